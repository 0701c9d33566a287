package main

import (
	"strings"
	"testing"
)

// TestATargetWithoutDiacriticsFindsItsReport: a plan's target written
// without diacritics ("Yen Binh, Lang Son", as a keyboard without Unikey
// types it) is the commune read with them ("Yên Bình, Lạng Sơn"), as an
// assessment so written is: ntm plan, progress --plan and report --plan
// evaluate it from that commune's report, in 2020 (with the district) and
// from 2026 (without) alike (số liệu minh họa).
func TestATargetWithoutDiacriticsFindsItsReport(t *testing.T) {
	for _, tc := range []struct {
		target, rows string
		year         string
	}{
		{`{"name": "Hoa Lac", "district": "Huu Lung", "province": "Lang Son"}, "set": "1980/QĐ-TTg", "year": 2020`,
			namesHeader + hoaLacRows("Lạng Sơn", "Hữu Lũng", "Hòa Lạc"), "2020"},
		{`{"name": "Yen Binh", "province": "Lang Son"}, "set": "51/2025/QĐ-TTg", "year": 2026`,
			"province,commune,group,year,set,indicator,value,source\n" +
				"Lạng Sơn,Yên Bình,3,2026,51/2025/QĐ-TTg,1,đạt,xác nhận minh họa\n" +
				"Lạng Sơn,Yên Bình,3,2026,51/2025/QĐ-TTg,2,chưa đạt,xác nhận minh họa\n", "2026"},
	} {
		csv := writeTemp(t, "so-lieu.csv", tc.rows)
		planFile := writeTemp(t, "plan.json", `{"number": "số liệu minh họa", "targets": [{"commune": `+tc.target+`}]}`)
		for _, args := range [][]string{
			{"plan", "--format", "json", "--as-of", tc.year + "-06-01", planFile, csv},
			{"progress", "--format", "json", "--plan", planFile, "--as-of", tc.year + "-06-01", csv},
		} {
			code, out, errOut := runNTM(t, "", args...)
			if code != exitOK {
				t.Fatalf("%q: exit %d:\n%s", args, code, errOut)
			}
			if strings.Contains(out, "not-evaluated") || !strings.Contains(out, `"not-met"`) {
				t.Errorf("%q: the target does not find its report:\n%.2000s", args, out)
			}
		}
		code, out, errOut := runNTM(t, "", "report", "--plan", planFile, "--as-of", tc.year+"-06-01", "--lang", "en", csv)
		if code != exitOK {
			t.Fatalf("report: exit %d:\n%s", code, errOut)
		}
		if strings.Contains(out, "Not evaluated") {
			t.Errorf("report: the target does not find its report")
		}
	}
}
