package main

import (
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/textwrap"
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

// TestAPlanGivenTheYearBeforeSaysSo: ntm plan on a plan of 2027 given the
// communes' attestations of 2026 (số liệu minh họa), as an office drafting
// the plan in December has them, finds no report for its target and says
// which years it read of the commune, where: in the text (Lưu ý) and the
// JSON (warnings), in the language of --lang.
func TestAPlanGivenTheYearBeforeSaysSo(t *testing.T) {
	csv := writeTemp(t, "so-lieu-2026.csv", "province,commune,group,year,set,indicator,value,source\n"+
		"Lạng Sơn,Yên Bình,3,2026,51/2025/QĐ-TTg,1,đạt,xác nhận minh họa\n"+
		"Lạng Sơn,Hồng Phong,3,2026,51/2025/QĐ-TTg,1,đạt,xác nhận minh họa\n")
	planFile := writeTemp(t, "plan.json", `{"number": "số liệu minh họa", "targets": [
		{"commune": {"name": "Yên Bình", "province": "Lạng Sơn"}, "set": "51/2025/QĐ-TTg", "year": 2027}]}`)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"plan", "--as-of", "2026-12-20", planFile, csv}, textwrap.String("  - targets[0]: không có số liệu đánh giá năm 2027; số liệu đã đọc của xã Yên Bình theo 51/2025/QĐ-TTg là của năm 2026 ("+csv+":2)", textwrap.Width)},
		{[]string{"plan", "--as-of", "2026-12-20", "--format", "json", "--lang", "en", planFile, csv},
			`(no assessment of 2027; those read of Yên Bình for 51/2025/QĐ-TTg are of 2026 (` + csv + `:2))`},
	} {
		code, out, errOut := runNTM(t, "", tc.args...)
		if code != exitOK {
			t.Fatalf("%q: exit %d:\n%s", tc.args, code, errOut)
		}
		if !strings.Contains(out, tc.want) {
			t.Errorf("%q: the output lacks %q:\n%s", tc.args, tc.want, out)
		}
		if strings.Contains(out, "Hồng Phong") {
			t.Errorf("%q: names Hồng Phong, no target:\n%s", tc.args, out)
		}
	}
}

// TestAllAgenciesAddsOnlyBriefsOfTheTargetSets: the default table of the
// Lạng Sơn departments is of 1980/QĐ-TTg; a plan of 2027 whose targets are
// of 51/2025/QĐ-TTg gets none of its briefs from ntm plan --all-agencies
// (each would list no commune), and is told on standard error that the
// table has none for its sets (số liệu minh họa).
func TestAllAgenciesAddsOnlyBriefsOfTheTargetSets(t *testing.T) {
	csv := writeTemp(t, "so-lieu-2027.csv", "province,commune,group,year,set,indicator,value,source\n"+
		"Lạng Sơn,Yên Bình,3,2027,51/2025/QĐ-TTg,1,đạt,xác nhận minh họa\n")
	planFile := writeTemp(t, "plan.json", `{"number": "số liệu minh họa", "targets": [
		{"commune": {"name": "Yên Bình", "province": "Lạng Sơn"}, "set": "51/2025/QĐ-TTg", "year": 2027}],
		"responsibilities": [{"agency": "Sở Nông nghiệp và Môi trường", "criteria": ["3", "8"]}]}`)
	code, out, errOut := runNTM(t, "", "plan", "--all-agencies", "--format", "json", "--as-of", "2027-05-01", planFile, csv)
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	if n := strings.Count(out, `"agency"`); n != 1 || strings.Contains(out, "1980/QĐ-TTg") {
		t.Errorf("%d briefs, want the plan's one, none of 1980/QĐ-TTg:\n%.3000s", n, out)
	}
	if want := "--all-agencies: bảng phân công mặc định chỉ có cho 1980/QĐ-TTg"; !strings.Contains(errOut, want) {
		t.Errorf("standard error lacks %q:\n%s", want, errOut)
	}
}
