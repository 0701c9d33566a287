package main

import (
	"regexp"
	"strings"
	"testing"
)

// isoDate is a date written YYYY-MM-DD.
var isoDate = regexp.MustCompile(`\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b`)

// TestVietnameseMessagesWriteDatesAsDocumentsDo: a date the command
// writes in a Vietnamese message or line (a plan's warnings, the registry
// of units and the sets in force on a date, a unit's successors) is
// written as Vietnamese documents write it (30/6/2020), never ISO; in
// English it is ISO (2020-06-30).
func TestVietnameseMessagesWriteDatesAsDocumentsDo(t *testing.T) {
	plan := editedPlan47(t, func(p map[string]any) {
		p["inspection"].(map[string]any)["date"] = "2020-07-05"
		p["tasks"].([]any)[0].(map[string]any)["due_before"] = "2020-08-01"
	})
	warned := fileWriter(t, t.TempDir())("canh-bao.json", plan)
	for _, tc := range []struct {
		args   []string
		vi, en string // a date in the Vietnamese output, in the English
	}{
		{[]string{"plan", "--as-of", "2020-05-05", warned, "../../examples/huulung/so-lieu-minh-hoa.json"}, "01/8/2020", "2020-08-01"},
		{[]string{"units", "--as-of", "2025-01-01"}, "01/01/2025", "2025-01-01"},
		{[]string{"criteria", "--as-of", "2021-01-01"}, "01/01/2021", "2021-01-01"},
		{[]string{"units", "--successor", "Hòa Lạc, Hữu Lũng, Lạng Sơn", "--as-of", "2025-07-02"}, "30/6/2025", "2025-06-30"},
		{[]string{"units", "--successor", "Hòa Lạc, Hữu Lũng, Lạng Sơn", "--as-of", "2025-03-02"}, "02/3/2025", "2025-03-02"},
	} {
		_, out, errOut := runNTM(t, "", tc.args...)
		got := out + errOut
		if d := isoDate.FindString(got); d != "" {
			t.Errorf("%v: Vietnamese output has the ISO date %s:\n%s", tc.args, d, got)
		}
		if !strings.Contains(got, tc.vi) {
			t.Errorf("%v: Vietnamese output lacks %s:\n%s", tc.args, tc.vi, got)
		}
		_, out, errOut = runNTM(t, "", append(tc.args[:1:1], append([]string{"--lang", "en"}, tc.args[1:]...)...)...)
		if !strings.Contains(out+errOut, tc.en) {
			t.Errorf("%v --lang en: output lacks %s:\n%s", tc.args, tc.en, out+errOut)
		}
	}
}

// unpaddedDate finds a date D/M/YYYY whose day is below 10, or whose month
// is 1 or 2, written without a leading zero (1/7/2025).
var unpaddedDate = regexp.MustCompile(`(^|[^0-9/])([1-9]/[0-9]{1,2}|[0-9]{1,2}/[12])/[0-9]{4}`)

// TestVietnameseHelpWritesDatesAsDocumentsDo: the Vietnamese help of
// every command, and of each of its flags, writes a date as Nghị định
// 30/2020/NĐ-CP (Phụ lục I) has documents write it: a day below 10 and
// the months 1 and 2 with a leading zero (01/7/2025, not 1/7/2025).
func TestVietnameseHelpWritesDatesAsDocumentsDo(t *testing.T) {
	for name, h := range helpVI {
		texts := []string{h.synopsis, h.usage}
		for _, f := range h.flags {
			texts = append(texts, f)
		}
		for _, s := range texts {
			if d := unpaddedDate.FindString(s); d != "" {
				t.Errorf("help of %s writes the date %q without its leading zero", name, strings.TrimSpace(d))
			}
		}
	}
}
