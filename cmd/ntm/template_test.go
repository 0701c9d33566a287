package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/xuri/excelize/v2"
)

// fillFor returns the value that meets a target as the template prints it
// ("≥ 80%" → "80", "Đạt" → "đạt", "Không" → "0").
func fillFor(target string) string {
	target, _, _ = strings.Cut(target, " (")
	switch target {
	case "Đạt":
		return "đạt"
	case "Không":
		return "0"
	}
	f := strings.Fields(strings.TrimLeft(target, "≥≤ "))
	return strings.TrimSuffix(f[0], "%")
}

// evalAllMet evaluates path and checks that every report is met.
func evalAllMet(t *testing.T, wantReports int, args ...string) {
	t.Helper()
	code, out, errOut := runNTM(t, "", append([]string{"eval", "--format", "json"}, args...)...)
	for _, l := range strings.Split(strings.TrimSpace(errOut), "\n") {
		if l != "" && !strings.Contains(l, `bỏ qua trang tính "Hướng dẫn"`) {
			t.Errorf("ntm eval: %s", l)
		}
	}
	if code != exitOK {
		t.Fatalf("ntm eval: exit %d", code)
	}
	var reports []struct {
		Commune     struct{ Name string }
		Status      string
		CriteriaMet int `json:"criteria_met"`
	}
	if err := json.Unmarshal([]byte(out), &reports); err != nil {
		t.Fatal(err)
	}
	if len(reports) != wantReports {
		t.Fatalf("%d reports, want %d", len(reports), wantReports)
	}
	for _, r := range reports {
		if r.Status != "met" {
			t.Errorf("%s: status %s, %d criteria met, want met", r.Commune.Name, r.Status, r.CriteriaMet)
		}
	}
}

var templateCommunes = []string{"--commune", "Hòa Lạc, Hữu Lũng, Lạng Sơn", "--commune", "Minh Sơn, Hữu Lũng, Lạng Sơn"}

// TestTemplateFilledEvaluates fills templates as a person would (every
// target met) and evaluates them with no other edit.
func TestTemplateFilledEvaluates(t *testing.T) {
	dir := t.TempDir()
	t.Run("a filled long CSV template evaluates as it is", func(t *testing.T) {
		path := filepath.Join(dir, "mau.csv")
		if code, _, errOut := runNTM(t, "", append([]string{"template", "--set", "1980", "-o", path}, templateCommunes...)...); code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		data, _ := os.ReadFile(path)
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(rows[0], ","); got != "province,district,commune,region,year,set,indicator,value,numerator,denominator,unit,source,content,target,note" {
			t.Fatalf("header %s", got)
		}
		for _, r := range rows[1:] {
			r[7] = fillFor(r[13])
		}
		var b bytes.Buffer
		b.WriteString("\uFEFF")
		csv.NewWriter(&b).WriteAll(rows)
		os.WriteFile(path, b.Bytes(), 0o644)
		evalAllMet(t, 2, path)
	})
	t.Run("a filled template of a set split by commune group has the group column and evaluates as it is", func(t *testing.T) {
		path := filepath.Join(dir, "mau-nhom.csv")
		if code, _, errOut := runNTM(t, "", append([]string{"template", "--set", "51/2025", "--group", "3", "-o", path}, templateCommunes...)...); code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		data, _ := os.ReadFile(path)
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if rows[0][3] != "group" || rows[1][3] != "3" { // no region column: the set ignores it
			t.Fatalf("header %v, first row %v: want the group column filled", rows[0], rows[1])
		}
		for _, r := range rows[1:] {
			r[7] = fillFor(r[13])
		}
		var b bytes.Buffer
		csv.NewWriter(&b).WriteAll(rows)
		os.WriteFile(path, b.Bytes(), 0o644)
		evalAllMet(t, 2, path)
	})
	t.Run("a filled wide CSV template evaluates as it is", func(t *testing.T) {
		path := filepath.Join(dir, "mau-rong.csv")
		if code, _, errOut := runNTM(t, "", append([]string{"template", "--set", "1980", "--layout", "wide", "-o", path}, templateCommunes...)...); code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		// The targets, from the long template of the same communes.
		_, long, _ := runNTM(t, "", append([]string{"template", "--set", "1980"}, templateCommunes...)...)
		lrows, _ := csv.NewReader(strings.NewReader(long)).ReadAll()
		target := map[string]string{}
		for _, r := range lrows[1:] {
			target[r[6]] = r[13]
		}
		data, _ := os.ReadFile(path)
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for c, h := range rows[0][6:] {
			code, _, _ := strings.Cut(h, ". ")
			for _, r := range rows[1:] {
				r[6+c] = fillFor(target[code])
			}
		}
		var b bytes.Buffer
		csv.NewWriter(&b).WriteAll(rows)
		os.WriteFile(path, b.Bytes(), 0o644)
		evalAllMet(t, 2, path)
	})
	for _, wide := range []bool{false, true} {
		layout := map[bool]string{false: "long", true: "wide"}[wide]
		t.Run("a filled "+layout+" xlsx template evaluates as it is", func(t *testing.T) {
			path := filepath.Join(dir, "mau-"+layout+".xlsx")
			args := append([]string{"template", "--set", "1980", "--format", "xlsx", "--layout", layout, "-o", path}, templateCommunes...)
			if code, _, errOut := runNTM(t, "", args...); code != exitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			f, err := excelize.OpenFile(path)
			if err != nil {
				t.Fatal(err)
			}
			rows, _ := f.GetRows("Số liệu")
			if !wide {
				for i, r := range rows[1:] {
					cell, _ := excelize.CoordinatesToCellName(8, i+2)
					v := fillFor(r[13])
					if v == "đạt" {
						f.SetCellStr("Số liệu", cell, v)
					} else {
						f.SetCellDefault("Số liệu", cell, v) // a number cell, as Excel stores it
					}
				}
			} else {
				guide, _ := f.GetRows("Hướng dẫn")
				target := map[string]string{}
				for _, g := range guide[1:] {
					target[g[1]] = g[3]
				}
				for c, h := range rows[0][6:] {
					code, _, _ := strings.Cut(h, ". ")
					for r := 2; r <= len(rows); r++ {
						cell, _ := excelize.CoordinatesToCellName(7+c, r)
						f.SetCellStr("Số liệu", cell, fillFor(target[code]))
					}
				}
			}
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			f.Close()
			evalAllMet(t, 2, path)
		})
	}
}

// TestATemplateOfACommuneWithoutProvinceIsRead: a commune given without a
// province is refused unless --region gives its region; with it the form
// has the region and ntm eval reads it as it is (as it reads the form of a
// group set, which needs no region).
func TestATemplateOfACommuneWithoutProvinceIsRead(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"template", "--set", "1980", "--region", "TDMNPB", "--commune", "Hòa Lạc"},
		{"template", "--set", "1980", "--region", "TDMNPB", "--commune", "Hòa Lạc, Hữu Lũng", "--layout", "wide"},
		{"template", "--set", "51", "--group", "2", "--commune", "Tân Thành"},
	} {
		code, form, stderr := runNTM(t, "", args...)
		if code != exitOK {
			t.Fatalf("%q: exit %d: %s", args, code, stderr)
		}
		path := filepath.Join(dir, "form.csv")
		if err := os.WriteFile(path, []byte(form), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, _, stderr := runNTM(t, "", "eval", path); code != exitOK || stderr != "" {
			t.Errorf("%q: ntm eval of the form: exit %d, stderr:\n%s", args, code, stderr)
		}
	}
}

// TestTemplateCommuneWithItsProvince: "Tân Thành, Lạng Sơn", a commune
// named with its province alone as communes are from 1/7/2025, is the
// commune of that province with no district, not of a district "Lạng
// Sơn"; a second part that names no province is the district.
func TestTemplateCommuneWithItsProvince(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"template", "--set", "51", "--group", "2", "--year", "2030", "--commune", "Tân Thành, Lạng Sơn"}, "Lạng Sơn,,Tân Thành,2,2030,51/2025/QĐ-TTg,1,"},
		{[]string{"template", "--set", "1980", "--commune", "Hòa Lạc, lang son"}, "lang son,,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,1.1,"},
		{[]string{"template", "--set", "1980", "--region", "TDMNPB", "--commune", "Hòa Lạc, Hữu Lũng"}, ",Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,1.1,"},
		// The identity columns are filled (shared spec, Templates): the
		// region of a set split by region is filled from the province.
		{[]string{"template", "--set", "1980", "--region", "TDMNPB", "--commune", "Hòa Lạc, Hữu Lũng, Lạng Sơn"}, "Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,1.1,"},
		{[]string{"template", "--set", "1980", "--commune", "Hòa Lạc, Hữu Lũng, Lạng Sơn", "--layout", "wide"}, "Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,"},
		{[]string{"template", "--set", "1980", "--region", "TDMNPB"}, ",,,TDMNPB,2020,1980/QĐ-TTg,1.1,"},
	} {
		code, form, stderr := runNTM(t, "", tc.args...)
		if code != exitOK {
			t.Fatalf("%q: exit %d: %s", tc.args, code, stderr)
		}
		if lines := strings.Split(form, "\n"); len(lines) < 2 || !strings.HasPrefix(lines[1], tc.want) {
			t.Errorf("%q: first row\n%s\nwant it to begin %q", tc.args, lines[1], tc.want)
		}
	}
}

func TestTemplateUsage(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		args       []string
	}{
		{"--set is required", "--set is required", []string{"template"}},
		{"an unknown layout is a usage error", `unknown layout "tall"`, []string{"template", "--set", "1980", "--layout", "tall"}},
		{"a year outside the set's period is a usage error", "outside the period", []string{"template", "--set", "1980", "--year", "2030"}},
		{"a commune outside --region is a usage error", "not in --region", []string{"template", "--set", "1980", "--region", "DBSCL", "--commune", "Hòa Lạc, Hữu Lũng, Lạng Sơn"}},
		{"a commune without a province needs --region", `--commune "Nowhere" names no province: its form would have no region, and ntm eval could not read it; give "Xã, Huyện, Tỉnh" with a known province, or --region`,
			[]string{"template", "--set", "1980", "--commune", "Nowhere"}},
		{"a commune and district without a province need --region", `--commune "Hòa Lạc, Hữu Lũng" names no province`,
			[]string{"template", "--set", "1980", "--commune", "Hòa Lạc, Hữu Lũng, Lạng Sơn", "--commune", "Hòa Lạc, Hữu Lũng"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runNTM(t, "", english(tc.args)...)
			if code != exitUsage || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr:\n%s", code, errOut)
			}
		})
	}
}

// TestTemplateSetsFromProblemsFollowLang: the problems of the set
// definitions of --sets-from print as ntm eval prints them, one a line
// with one prefix, in Vietnamese by default and in English with --lang en.
func TestTemplateSetsFromProblemsFollowLang(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	for _, sets := range []string{
		write("syntax.json", "[{\"id\": \"X\",\n \"title\": tru}]\n"),
		write("invalid.json", `[{"id": "X", "foo": 1}]`),
		filepath.Join(t.TempDir(), "nosuch.json"),
	} {
		for _, lang := range []string{"vi", "en"} {
			code, _, got := runNTM(t, "", "template", "--lang", lang, "--set", "1980", "--sets-from", sets)
			_, _, want := runNTM(t, "", "eval", "--lang", lang, "--sets-from", sets, "x.json")
			want = strings.ReplaceAll(want, "ntm eval: ", "ntm template: ")
			if code != exitInput || got != want || !strings.HasPrefix(got, "ntm template: --sets-from: ") {
				t.Errorf("--lang %s --sets-from %s: exit %d, stderr\n%s\nwant\n%s", lang, sets, code, got, want)
			}
			if strings.Contains(got, sets+": criteria: ") {
				t.Errorf("--lang en --sets-from %s: a package prefix:\n%s", sets, got)
			}
		}
	}
}

// A form of a set split by commune group without --group has the group
// column, empty to fill; the target column shows the target the groups
// share, else each group's; the note says to fill the group. Filled with
// a group and its values it is read by ntm eval with no other edit; with
// the group left empty ntm eval names the set and the place.
func TestATemplateOfAGroupSetWithoutGroupLeavesItToFill(t *testing.T) {
	const fixture = "testdata/criteria-51-2025-test-fixture.json"
	dir := t.TempDir()
	path := filepath.Join(dir, "mau-nhom.csv")
	if code, _, errOut := runNTM(t, "", append([]string{"template", "--set", "51/2025", "--sets-from", fixture, "-o", path}, templateCommunes...)...); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, _ := os.ReadFile(path)
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][3] != "group" || rows[0][13] != "target" || rows[0][14] != "note" {
		t.Fatalf("header %v: want group, …, target, note", rows[0])
	}
	targets := map[string]string{}
	for _, r := range rows[1:] {
		if r[3] != "" || !strings.Contains(r[14], "ghi nhóm xã (1, 2 hoặc 3) vào cột group") {
			t.Errorf("row %v: want the group empty and the note saying to fill it", r)
		}
		targets[r[6]] = r[13]
	}
	for code, want := range map[string]string{
		"1.1": "Đạt", // the common target
		"1.2": "nhóm 1: ≥ 90%; nhóm 2: ≥ 80%; nhóm 3: ≥ 70%",
	} {
		if targets[code] != want {
			t.Errorf("indicator %s: target %q, want %q", code, targets[code], want)
		}
	}

	write := func(name string, group string) string {
		out := filepath.Join(dir, name)
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		for i, r := range rows {
			r = slices.Clone(r)
			if i > 0 {
				target := r[13]
				// Group 2's part of "nhóm 1: …; nhóm 2: ≥ 80%; …".
				for _, part := range strings.Split(target, "; ") {
					if g, t, ok := strings.Cut(part, ": "); ok && g == "nhóm 2" {
						target = t
					}
				}
				r[3], r[7] = group, fillFor(target)
			}
			w.Write(r)
		}
		w.Flush()
		if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return out
	}
	evalAllMet(t, 2, "--sets-from", fixture, write("filled.csv", "2"))

	// The guide sheet of a wide workbook says the same.
	wide := filepath.Join(dir, "mau-rong.xlsx")
	if code, _, errOut := runNTM(t, "", "template", "--set", "51/2025", "--sets-from", fixture, "--layout", "wide", "--format", "xlsx", "-o", wide); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	f, err := excelize.OpenFile(wide)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	guide, _ := f.GetRows("Hướng dẫn")
	found := false
	for _, g := range guide[1:] {
		if g[1] == "1.2" {
			found = g[3] == targets["1.2"] && strings.Contains(g[4], "ghi nhóm xã (1, 2 hoặc 3) vào cột group")
		}
	}
	if !found {
		t.Errorf("the guide sheet has no row 1.2 with each group's target and the note to fill the group:\n%q", guide)
	}

	code, _, errOut := runNTM(t, "", "eval", "--lang", "en", "--sets-from", fixture, write("no-group.csv", ""))
	want := ":2: column group: Hòa Lạc: set 51/2025/QĐ-TTg splits its targets by commune group: name the commune's group (1, 2, 3)"
	if code != exitInput || !strings.Contains(errOut, want) {
		t.Errorf("ntm eval of the form without a group: exit %d, stderr:\n%s\nwant exit %d and %q", code, errOut, exitInput, want)
	}
}

// TestTemplateWarnsOfACommuneNoLongerAUnit: a form for a year from 2026
// of a commune abolished on 1/7/2025 (Hòa Lạc, in xã Tân Thành since,
// khoản 46 of 1672/NQ-UBTVQH15), or named with a district from habit, is
// written as asked, with the warning ntm eval would give its report on
// standard error, naming the --commune; a unit in force is not warned of.
func TestTemplateWarnsOfACommuneNoLongerAUnit(t *testing.T) {
	code, out, errOut := runNTM(t, "", "template", "--set", "51", "--group", "3", "--year", "2026",
		"--commune", "Hòa Lạc, Hữu Lũng, Lạng Sơn", "--commune", "Tân Thành, Hữu Lũng, Lạng Sơn", "--commune", "Vân Nham, Lạng Sơn")
	if code != 0 || !strings.Contains(out, "Lạng Sơn,Hữu Lũng,Hòa Lạc,") {
		t.Fatalf("exit %d, form:\n%s\n%s", code, out, errOut)
	}
	want := []string{
		`ntm template: --commune "Hòa Lạc, Hữu Lũng, Lạng Sơn": cảnh báo: trong năm 2026, xã không còn là đơn vị hành chính của tỉnh (các đơn vị hành chính cấp xã được sắp xếp lại từ ngày 01/7/2025); hãy đánh giá theo đơn vị kế thừa: Xã Tân Thành (06445), Lạng Sơn`,
		`ntm template: --commune "Tân Thành, Hữu Lũng, Lạng Sơn": cảnh báo: trong năm 2026 không còn cấp huyện (bỏ từ ngày 01/7/2025): tên xã là của Xã Tân Thành (06445), Lạng Sơn`,
	}
	for _, w := range want {
		if !strings.Contains(errOut, w) {
			t.Errorf("standard error lacks %q:\n%s", w, errOut)
		}
	}
	if strings.Contains(errOut, "Vân Nham") || strings.Count(errOut, "\n") != 2 {
		t.Errorf("standard error, want the two warnings alone:\n%s", errOut)
	}
	// Without --year, the year of the form (defaultTemplateYear): a unit
	// then too.
	_, _, errOut = runNTM(t, "", "template", "--set", "51", "--lang", "en", "--commune", "Hòa Lạc, Hữu Lũng, Lạng Sơn")
	year := defaultTemplateYear(criteria.QD51of2025().Period, time.Now())
	if !strings.Contains(errOut, fmt.Sprintf(`ntm template: --commune "Hòa Lạc, Hữu Lũng, Lạng Sơn": warning: the commune is no administrative unit of its province in %d`, year)) {
		t.Errorf("English, default year %d: %s", year, errOut)
	}
}

// TestGroupFlagAppliesToWorkbooks: --group gives the commune group of the
// communes that name none in a workbook as in a CSV or JSON file: a wide
// 51/2025/QĐ-TTg form filled without its group column is evaluated, the
// group in every output.
func TestGroupFlagAppliesToWorkbooks(t *testing.T) {
	dir := t.TempDir()
	form := filepath.Join(dir, "mau.xlsx")
	if code, _, errOut := runNTM(t, "", "template", "--set", "51", "--year", "2026", "--layout", "wide", "--format", "xlsx", "-o", form,
		"--commune", "Chi Lăng, Lạng Sơn"); code != 0 {
		t.Fatalf("template: %s", errOut)
	}
	f, err := excelize.OpenFile(form)
	if err != nil {
		t.Fatal(err)
	}
	sheet := f.GetSheetName(0)
	for col := 'G'; col <= 'P'; col++ { // after province, district, commune, group, year, set
		if err := f.SetCellStr(sheet, string(col)+"2", "đạt"); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, out, errOut := runNTM(t, "", "eval", "--group", "Nhóm 2", "--format", "csv", form)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "Chi Lăng,,Lạng Sơn,TDMNPB,2026,51/2025/QĐ-TTg,1,1,met,true,=,true,,,,,C1,,pending-official-text,2\n") {
		t.Errorf("output:\n%s", out)
	}
}

// TestTemplateDefaultYear: without --year a form is for this year when the
// set's period holds it, else for the period's last year; the form's
// year column says which.
func TestTemplateDefaultYear(t *testing.T) {
	p := criteria.Period{From: 2026, To: 2030}
	for _, tc := range []struct {
		now  string
		want int
	}{{"2026-12-02", 2026}, {"2026-01-01", 2026}, {"2030-12-31", 2030}, {"2025-12-31", 2030}, {"2031-01-01", 2030}} {
		now, err := time.Parse(time.DateOnly, tc.now)
		if err != nil {
			t.Fatal(err)
		}
		if got := defaultTemplateYear(p, now); got != tc.want {
			t.Errorf("defaultTemplateYear(2026-2030, %s) = %d, want %d", tc.now, got, tc.want)
		}
	}
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"--set", "1980", "--commune", "Hòa Lạc, Hữu Lũng, Lạng Sơn"}, 2020},
		{[]string{"--set", "51", "--group", "2", "--commune", "Tân Thành, Lạng Sơn"}, defaultTemplateYear(p, time.Now())},
	} {
		code, form, stderr := runNTM(t, "", append([]string{"template"}, tc.args...)...)
		if code != exitOK {
			t.Fatalf("%q: exit %d: %s", tc.args, code, stderr)
		}
		lines := strings.Split(form, "\n")
		if len(lines) < 2 || !strings.Contains(lines[1], fmt.Sprintf(",%d,", tc.want)) {
			t.Errorf("%q without --year: first row %q, want the year %d", tc.args, lines[1], tc.want)
		}
	}
}

// TestTemplateOfAProvinceMergedAcrossRegions: "Tây Ninh" is one of the
// 63 provinces of 2016-2020 and determines DNB (docs/formats.md), though
// since 1/7/2025 it also covers the former Long An (DBSCL), Nghị quyết
// 202/2025/QH15. Its commune's form fills the region cell with DNB, and
// standard error says what the name covers and how to make the form of a
// commune of the former Long An; --region DNB agrees; --region DBSCL, the
// former Long An's, is a usage error as any region disagreeing with a
// province, saying to give the province "Long An"; --region TN says what
// the name covers. The form, filled, is read by ntm eval with no edit.
func TestTemplateOfAProvinceMergedAcrossRegions(t *testing.T) {
	const commune = "Tân Đông, Tân Châu, Tây Ninh"
	const (
		noteEN = `ntm template: --commune "Tân Đông, Tân Châu, Tây Ninh": note: since 1/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" also covers the former province Long An (region DBSCL); the form uses the targets of region DNB, that of the former Tây Ninh; for a commune of the former Long An, make the form with the province "Long An" (--commune "Tân Đông, , Long An")` + "\n"
		noteVI = `ntm template: --commune "Tân Đông, Tân Châu, Tây Ninh": lưu ý: từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" gồm cả Long An cũ (vùng DBSCL); mẫu dùng mức đạt chuẩn của vùng DNB, vùng của Tây Ninh cũ; xã thuộc Long An cũ cần lập mẫu với tỉnh "Long An" (--commune "Tân Đông, , Long An")` + "\n"
	)
	for _, tc := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"--lang", "en"}, noteEN},
		{[]string{"--lang", "en", "--layout", "wide"}, noteEN},
		{[]string{"--region", "DNB"}, noteVI},
		{nil, noteVI},
	} {
		code, form, stderr := runNTM(t, "", append([]string{"template", "--set", "1980", "--commune", commune}, tc.args...)...)
		if code != exitOK || stderr != tc.stderr {
			t.Errorf("%q: exit %d, stderr\n%s\nwant\n%s", tc.args, code, stderr, tc.stderr)
		}
		if lines := strings.Split(form, "\n"); len(lines) < 2 || !strings.HasPrefix(lines[1], "Tây Ninh,Tân Châu,Tân Đông,DNB,2020,1980/QĐ-TTg,") {
			t.Errorf("%q: first row\n%s\nwant the region cell DNB", tc.args, lines[1])
		}
	}
	for _, tc := range []struct{ region, lang, want string }{
		{"DBSCL", "en", `ntm template: --commune: Tân Đông, Tân Châu, Tây Ninh is in DNB, not in --region DBSCL; since 1/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" also covers the former province Long An (region DBSCL): for a commune of the former Long An, give the province "Long An" (--commune "Tân Đông, , Long An")` + "\n"},
		{"DBSCL", "vi", `ntm template: --commune: Tân Đông, Tân Châu, Tây Ninh thuộc vùng DNB, không thuộc --region DBSCL; từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" gồm cả Long An cũ (vùng DBSCL): xã thuộc Long An cũ cần ghi tỉnh "Long An" (--commune "Tân Đông, , Long An")` + "\n"},
		{"TN", "en", `ntm template: --commune: Tân Đông, Tân Châu, Tây Ninh is in DNB, not in --region TN; since 1/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" also covers the former province Long An (region DBSCL)` + "\n"},
	} {
		code, form, stderr := runNTM(t, "", "template", "--set", "1980", "--commune", commune, "--region", tc.region, "--lang", tc.lang)
		if first, _, _ := strings.Cut(stderr, "\n"); code != exitUsage || form != "" || first+"\n" != tc.want {
			t.Errorf("--region %s --lang %s: exit %d, stderr\n%s\nwant exit %d, first line\n%s", tc.region, tc.lang, code, stderr, exitUsage, tc.want)
		}
	}
	// The form of a commune of Tây Ninh and one of the former Long An,
	// made as the note says, filled, evaluates with no edit.
	path := filepath.Join(t.TempDir(), "mau.csv")
	if code, _, errOut := runNTM(t, "", "template", "--set", "1980", "-o", path, "--commune", commune, "--commune", "Tân Đông, , Long An"); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, _ := os.ReadFile(path)
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	regions := map[string]bool{}
	for _, r := range rows[1:] {
		r[7] = fillFor(r[13])
		regions[r[0]+" "+r[3]] = true
	}
	if len(regions) != 2 || !regions["Tây Ninh DNB"] || !regions["Long An DBSCL"] {
		t.Errorf("regions of the form: %v; want Tây Ninh DNB and Long An DBSCL", regions)
	}
	var b bytes.Buffer
	csv.NewWriter(&b).WriteAll(rows)
	os.WriteFile(path, b.Bytes(), 0o644)
	evalAllMet(t, 2, path)
}
