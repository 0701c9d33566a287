package main

import (
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/untranslated"
)

// vietnameseWords are words of the Vietnamese remarks of the command that
// no English line may have (the names of places aside).
var vietnameseWords = []string{"không", "được", "của", "số liệu", "kiểm tra", "cảnh báo", "lộ trình", "ngày", "hạn ", "khoảng"}

// TestRemarksInOneLanguage: the remarks the command prints on standard
// error besides problems (the successors that cannot be estimated, the
// warnings on a plan) are in Vietnamese by default and in English with
// --lang en, never in both at once.
func TestRemarksInOneLanguage(t *testing.T) {
	const huulung = "../../examples/huulung/so-lieu-minh-hoa.json"
	// Plan 47 with a warning of every kind: Hòa Lạc off the route, the
	// inspection announced after the window, a task due after it.
	plan := editedPlan47(t, func(p map[string]any) {
		in := p["inspection"].(map[string]any)
		in["route"] = in["route"].([]any)[1:]
		in["date"] = "2020-07-05"
		p["tasks"].([]any)[0].(map[string]any)["due_before"] = "2020-08-01"
	})
	dir := t.TempDir()
	warned := fileWriter(t, dir)("canh-bao.json", plan)

	for _, tc := range []struct {
		args   []string
		vi, en []string // lines (after the prefix) stderr must have
	}{
		{[]string{"eval", "--successors", "2025-07-01", huulung},
			[]string{"Xã Tân Thành (06445), Lạng Sơn, 1980/QĐ-TTg, 2020: không ước tính được vì thiếu số liệu của Xã Hòa Sơn (cùng mã với xã mới), Huyện Hữu Lũng, Lạng Sơn"},
			[]string{"Xã Tân Thành (06445), Lạng Sơn, 1980/QĐ-TTg, 2020: no estimate: no report for Xã Hòa Sơn (same code as the new unit), Huyện Hữu Lũng, Lạng Sơn"}},
		{[]string{"plan", "--as-of", "2020-05-05", warned, huulung},
			[]string{warned + ": cảnh báo: targets[1]: lộ trình kiểm tra không qua xã Hòa Lạc",
				warned + ": cảnh báo: inspection.date: ngày kiểm tra 05/7/2020 nằm ngoài đợt kiểm tra (01/4/2020 – 30/6/2020)",
				warned + ": cảnh báo: tasks[0].due_before: thời hạn 01/8/2020 muộn hơn ngày kết thúc đợt kiểm tra (30/6/2020)"},
			[]string{warned + ": warning: targets[1]: the inspection route never visits Hòa Lạc",
				warned + ": warning: inspection.date: the inspection date 2020-07-05 lies outside the window 2020-04-01 – 2020-06-30",
				warned + ": warning: tasks[0].due_before: due 2020-08-01, after the inspection window ends on 2020-06-30"}},
		{[]string{"progress", "--plan", warned, huulung},
			[]string{warned + ": cảnh báo: targets[1]: lộ trình kiểm tra không qua xã Hòa Lạc"},
			[]string{warned + ": warning: targets[1]: the inspection route never visits Hòa Lạc"}},
	} {
		for _, lang := range []string{"vi", "en"} {
			args, want := tc.args, tc.vi
			if lang == "en" {
				args, want = english(args), tc.en
			}
			code, _, stderr := runNTM(t, "", args...)
			if code != exitOK {
				t.Errorf("%v: exit %d:\n%s", args, code, stderr)
			}
			prefix := "ntm " + args[0] + ": "
			var lines []string
			for _, line := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
				rest, ok := strings.CutPrefix(line, prefix)
				if !ok {
					t.Errorf("%v: a line without the prefix %q:\n\t%s", args, prefix, line)
					continue
				}
				lines = append(lines, rest)
				if lang == "vi" {
					if w := untranslated.Words(rest, warned, huulung); len(w) > 0 {
						t.Errorf("%v: English in Vietnamese:\n\t%s\n\t\tEnglish: %s", args, line, strings.Join(w, ", "))
					}
					continue
				}
				for _, w := range vietnameseWords {
					if strings.Contains(rest, w) {
						t.Errorf("%v: Vietnamese (%q) in English:\n\t%s", args, w, line)
					}
				}
			}
			for _, w := range want {
				found := false
				for _, line := range lines {
					found = found || line == w
				}
				if !found {
					t.Errorf("%v: no line\n\t%s\nin:\n%s", args, w, stderr)
				}
			}
		}
	}
}
