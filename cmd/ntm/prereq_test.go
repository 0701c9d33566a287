package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/xuri/excelize/v2"
)

// The tests of this file join a commune's assessments across sheets,
// files and JSON objects for prerequisites: 933/QĐ-UBND (pending the
// official text: each criterion attested) requires 1980/QĐ-TTg met. The
// communes are illustrative (số liệu minh họa): Tân Thành meets
// 1980/QĐ-TTg, Hòa Lạc does not (criterion 5: 2 of 3 schools), Minh Sơn has
// no 1980/QĐ-TTg values anywhere. All three attest the 14 criteria of
// 933/QĐ-UBND met.

var prereqCommunes = []string{"Tân Thành", "Hòa Lạc", "Minh Sơn"}

// met1980 returns a value meeting indicator ind of 1980/QĐ-TTg in any
// region, as written in a table or a JSON assessment.
func met1980(ind *criteria.Indicator) any {
	switch {
	case ind.Kind == criteria.KindPass:
		return true
	case ind.Kind == criteria.KindNone, ind.Op == criteria.OpLE:
		return 0
	}
	return 100
}

// wideSheet returns the rows of a wide table of set for the communes
// named: the header, then one row per commune with values from value.
func wideSheet(set *criteria.Set, communes []string, value func(commune string, ind *criteria.Indicator) any) [][]any {
	header := []any{"province", "district", "commune", "year", "set"}
	for _, ind := range set.Indicators() {
		header = append(header, ind.Code)
	}
	rows := [][]any{header}
	for _, c := range communes {
		row := []any{"Lạng Sơn", "Hữu Lũng", c, 2020, set.ID}
		for _, ind := range set.Indicators() {
			row = append(row, value(c, ind))
		}
		rows = append(rows, row)
	}
	return rows
}

func ntmRows() [][]any {
	return wideSheet(criteria.QD1980(), prereqCommunes[:2], func(c string, ind *criteria.Indicator) any {
		if c == "Hòa Lạc" && ind.Code == "5" {
			return "2/3"
		}
		return met1980(ind)
	})
}

func nangCaoRows() [][]any {
	return wideSheet(criteria.QD933(), prereqCommunes, func(string, *criteria.Indicator) any { return "đạt" })
}

// writeWorkbook writes the sheets (name, rows) in order to path.
func writeWorkbook(t *testing.T, path string, sheets ...any) {
	t.Helper()
	f := excelize.NewFile()
	for i := 0; i < len(sheets); i += 2 {
		name, rows := sheets[i].(string), sheets[i+1].([][]any)
		if i == 0 {
			f.SetSheetName("Sheet1", name)
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// writeCSV writes rows as a comma-separated table.
func writeCSV(t *testing.T, path string, rows [][]any) {
	t.Helper()
	var b strings.Builder
	for _, row := range rows {
		for i, v := range row {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprint(&b, v)
		}
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// assessmentJSON returns the JSON assessment of a row of a wide table.
func assessmentJSON(header, row []any) string {
	vals := map[string]any{}
	for i := 5; i < len(header); i++ {
		v := row[i]
		switch v {
		case "2/3":
			v = map[string]any{"numerator": 2, "denominator": 3, "unit": "trường"}
		case "đạt":
			v = true
		}
		vals[header[i].(string)] = v
	}
	b, _ := json.Marshal(map[string]any{
		"commune": map[string]string{"name": row[2].(string), "district": row[1].(string), "province": row[0].(string)},
		"year":    row[3], "sets": map[string]any{row[4].(string): vals}})
	return string(b)
}

// prereqOf is what the tests read of a report.
type prereqOf struct {
	Set          string `json:"set"`
	Commune      string
	Status       string `json:"status"`
	Origin       string `json:"origin"`
	Prerequisite *struct {
		Set    string  `json:"set"`
		Status string  `json:"status"`
		Basis  *string `json:"basis"`
		Origin string  `json:"origin"`
	} `json:"prerequisite"`
}

// evalReports runs ntm eval --format json on files and reads its reports,
// failing unless it exits 0 with nothing on standard error.
func evalReports(t *testing.T, files ...string) []prereqOf {
	t.Helper()
	code, out, errOut := runNTM(t, "", append([]string{"eval", "--format", "json"}, files...)...)
	if code != exitOK || errOut != "" {
		t.Fatalf("%v: exit %d, stderr:\n%s", files, code, errOut)
	}
	return readReports(t, out)
}

// writeAssessments writes the JSON objects objs, an array, to
// minh-hoa.json in a new temporary folder and returns its path.
func writeAssessments(t *testing.T, objs []string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "minh-hoa.json")
	if err := os.WriteFile(path, []byte("[\n"+strings.Join(objs, ",\n")+"\n]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readReports(t *testing.T, out string) []prereqOf {
	t.Helper()
	var raw []struct {
		prereqOf
		CommuneObj struct {
			Name string `json:"name"`
		} `json:"commune"`
	}
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("output is not report JSON: %v\n%s", err, out)
	}
	rs := make([]prereqOf, len(raw))
	for i, r := range raw {
		rs[i] = r.prereqOf
		rs[i].Commune = r.CommuneObj.Name
	}
	return rs
}

// check933 checks the 933/QĐ-UBND reports: Tân Thành's prerequisite met
// and Hòa Lạc's not met, both evaluated from the 1980/QĐ-TTg values of
// origins (by commune), Minh Sơn's missing.
func check933(t *testing.T, reports []prereqOf, origins map[string]string) {
	t.Helper()
	type got struct{ Status, Prereq, Basis, Origin string }
	want := map[string]got{
		"Tân Thành": {"met", "met", "evaluated", origins["Tân Thành"]},
		"Hòa Lạc":   {"not-met", "not-met", "evaluated", origins["Hòa Lạc"]},
		"Minh Sơn":  {"missing", "missing", "recognition", ""},
	}
	seen := map[string]got{}
	for _, r := range reports {
		if r.Set != criteria.IDQD933 {
			continue
		}
		g := got{Status: r.Status}
		if p := r.Prerequisite; p != nil {
			g.Prereq, g.Origin = p.Status, p.Origin
			if p.Basis != nil {
				g.Basis = *p.Basis
			}
		}
		seen[r.Commune] = g
	}
	if diff := cmp.Diff(want, seen); diff != "" {
		t.Errorf("933/QĐ-UBND reports (-want +got):\n%s", diff)
	}
}

func TestPrerequisiteFromAnotherSheetOfTheWorkbook(t *testing.T) {
	for _, tc := range []struct {
		name   string
		sheets []any
	}{
		{"the NTM sheet first", []any{"NTM", ntmRows(), "NTM nâng cao", nangCaoRows()}},
		{"the NTM nâng cao sheet first", []any{"NTM nâng cao", nangCaoRows(), "NTM", ntmRows()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "so-lieu-minh-hoa.xlsx")
			writeWorkbook(t, path, tc.sheets...)
			reports := evalReports(t, path)
			check933(t, reports, map[string]string{"Tân Thành": path + ": NTM!2:2", "Hòa Lạc": path + ": NTM!3:3"})
			// The 1980/QĐ-TTg reports are unchanged, and every report is
			// written once.
			var sets []string
			for _, r := range reports {
				sets = append(sets, r.Set+" "+r.Commune)
			}
			slices.Sort(sets)
			want := []string{"1980/QĐ-TTg Hòa Lạc", "1980/QĐ-TTg Tân Thành", "933/QĐ-UBND Hòa Lạc", "933/QĐ-UBND Minh Sơn", "933/QĐ-UBND Tân Thành"}
			if diff := cmp.Diff(want, sets); diff != "" {
				t.Errorf("reports (-want +got):\n%s", diff)
			}

			// Text names where the prerequisite's values are, and the
			// result stays provisional (933/QĐ-UBND awaits its official text).
			_, text, _ := runNTM(t, "", "eval", "--set", "933", path)
			for _, s := range []string{
				"Kết quả:     Đạt (tạm tính: chờ văn bản chính thức)\n",
				"Điều kiện tiên quyết: 1980/QĐ-TTg — Đạt (theo kết quả đánh giá số liệu ở " + path + ": NTM!2:2)\n",
				"Điều kiện tiên quyết: 1980/QĐ-TTg — Chưa đạt (theo kết quả đánh giá số liệu ở " + path + ": NTM!3:3)\n",
				"Điều kiện tiên quyết: 1980/QĐ-TTg — Thiếu số liệu (không có số liệu đánh giá hay quyết định công nhận)\n",
			} {
				if !strings.Contains(text, s) {
					t.Errorf("--set 933: no %q in:\n%s", s, text)
				}
			}
			if strings.Contains(text, "Bộ tiêu chí: 1980/QĐ-TTg") {
				t.Errorf("--set 933 shows 1980/QĐ-TTg reports:\n%s", text)
			}
		})
	}
}

func TestPrerequisiteFromAnotherFile(t *testing.T) {
	dir := t.TempDir()
	ntm, nc := filepath.Join(dir, "ntm-minh-hoa.csv"), filepath.Join(dir, "nang-cao-minh-hoa.csv")
	writeCSV(t, ntm, ntmRows())
	writeCSV(t, nc, nangCaoRows())
	origins := map[string]string{"Tân Thành": ntm + ":2", "Hòa Lạc": ntm + ":3"}
	for _, files := range [][]string{{ntm, nc}, {nc, ntm}} {
		check933(t, evalReports(t, files...), origins)
	}

	// The summary counts Tân Thành as meeting 933/QĐ-UBND.
	_, out, _ := runNTM(t, "", "eval", "--summary", "--format", "json", nc, ntm)
	check933Summary(t, out)
}

// check933Summary checks that the summary JSON out counts 3 communes for
// 933/QĐ-UBND, 1 meeting it (Tân Thành).
func check933Summary(t *testing.T, out string) {
	t.Helper()
	var s struct {
		Areas []struct {
			Set         string `json:"set"`
			Scope       string `json:"scope"`
			Communes    int    `json:"communes"`
			CommunesMet int    `json:"communes_met"`
		} `json:"areas"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("summary: %v\n%s", err, out)
	}
	found := false
	for _, a := range s.Areas {
		if a.Set == criteria.IDQD933 && a.Scope == "all" {
			found = true
			if a.Communes != 3 || a.CommunesMet != 1 {
				t.Errorf("933/QĐ-UBND summary: %d communes, %d met; want 3, 1 (Tân Thành)", a.Communes, a.CommunesMet)
			}
		}
	}
	if !found {
		t.Errorf("no 933/QĐ-UBND summary of all communes:\n%s", out)
	}
}

func TestPrerequisiteFromAnotherObjectOfTheFile(t *testing.T) {
	nc, ntm := nangCaoRows(), ntmRows()
	// Hòa Lạc's 1980/QĐ-TTg object comes before its 933/QĐ-UBND object,
	// Tân Thành's after.
	objs := []string{assessmentJSON(ntm[0], ntm[2]), assessmentJSON(nc[0], nc[1]), assessmentJSON(nc[0], nc[2]),
		assessmentJSON(nc[0], nc[3]), assessmentJSON(ntm[0], ntm[1])}
	path := writeAssessments(t, objs)
	reports := evalReports(t, path)
	check933(t, reports, map[string]string{"Tân Thành": path + ":6", "Hòa Lạc": path + ":2"})
	// Reports come in input order, except those whose prerequisite was
	// read later (Tân Thành's, and Minh Sơn's, which may have been): at
	// the end, in input order.
	var order []string
	for _, r := range reports {
		order = append(order, r.Origin)
	}
	want := []string{path + ":2", path + ":4", path + ":6", path + ":3", path + ":5"}
	if diff := cmp.Diff(want, order); diff != "" {
		t.Errorf("order of the reports (-want +got):\n%s", diff)
	}
}

func TestTwoAssessmentsWithTheRequiredSetAreAProblemNamingBoth(t *testing.T) {
	nc, ntm := nangCaoRows(), ntmRows()
	// Tân Thành's 1980/QĐ-TTg values twice: met, then not met.
	notMet := slices.Clone(ntm[2])
	notMet[2] = "Tân Thành"
	objs := []string{assessmentJSON(nc[0], nc[1]), assessmentJSON(ntm[0], ntm[1]), assessmentJSON(ntm[0], notMet)}
	path := writeAssessments(t, objs)
	code, out, errOut := runNTM(t, "", "eval", "--lang", "en", "--format", "json", path)
	wantErr := "ntm eval: " + path + ":4: Tân Thành, Hữu Lũng, Lạng Sơn has values for 1980/QĐ-TTg, 2020 in two assessments: " +
		"the prerequisite 1980/QĐ-TTg of its other assessments is evaluated from " + path + ":3, not from this one\n"
	// Both reports are given (without --summary); the problem names both
	// assessments, so no warning of a commune assessed twice says it again.
	if code != exitInput || errOut != wantErr {
		t.Errorf("exit %d, stderr:\n%s\nwant exit %d and:\n%s", code, errOut, exitInput, wantErr)
	}
	for _, r := range readReports(t, out) {
		if r.Set == criteria.IDQD933 && (r.Prerequisite == nil || r.Prerequisite.Origin != path+":3" || r.Prerequisite.Status != "met") {
			t.Errorf("933/QĐ-UBND prerequisite %+v, want met from the first, %s:3", r.Prerequisite, path)
		}
	}
	_, _, errOut = runNTM(t, "", "eval", "--format", "json", path)
	if !strings.Contains(errOut, ":4: Tân Thành, Hữu Lũng, Lạng Sơn có số liệu của 1980/QĐ-TTg, năm 2020 ở hai lần đánh giá") {
		t.Errorf("in Vietnamese:\n%s", errOut)
	}

	// With --summary, the second is a duplicate, not used: no ambiguity.
	code, _, errOut = runNTM(t, "", "eval", "--lang", "en", "--summary", path)
	if code != exitInput || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "is assessed again for 1980/QĐ-TTg, 2020") {
		t.Errorf("--summary: exit %d, stderr:\n%s", code, errOut)
	}

	// A third assessment with the values: the problem names the first
	// two only, so the third is still a warning naming the first.
	path = writeAssessments(t, append(objs, assessmentJSON(ntm[0], notMet)))
	code, _, errOut = runNTM(t, "", "eval", "--lang", "en", "--format", "json", path)
	wantErr = "ntm eval: " + path + ":4: Tân Thành, Hữu Lũng, Lạng Sơn has values for 1980/QĐ-TTg, 2020 in two assessments: " +
		"the prerequisite 1980/QĐ-TTg of its other assessments is evaluated from " + path + ":3, not from this one\n" +
		"ntm eval: " + path + `:5: warning: commune "Tân Thành" (Hữu Lũng, Lạng Sơn) is assessed again for 1980/QĐ-TTg, 2020: first in ` + path +
		`:3, written "Tân Thành" (Hữu Lũng, Lạng Sơn); both reports are given, a summary uses the first only` + "\n"
	if code != exitInput || errOut != wantErr {
		t.Errorf("three assessments: exit %d, stderr:\n%s\nwant exit %d and:\n%s", code, errOut, exitInput, wantErr)
	}
}

func TestPlanTargetOnASetWhosePrerequisiteIsInAnotherFile(t *testing.T) {
	dir := t.TempDir()
	ntm, nc := filepath.Join(dir, "ntm-minh-hoa.csv"), filepath.Join(dir, "nang-cao-minh-hoa.csv")
	writeCSV(t, ntm, ntmRows())
	writeCSV(t, nc, nangCaoRows())
	checkTanThanh933Met(t, dir, nc, ntm)
}

// checkTanThanh933Met writes in dir a plan whose one target is Tân
// Thành's 933/QĐ-UBND in 2020, and checks that ntm plan on the files
// finds it met on 2020-05-05.
func checkTanThanh933Met(t *testing.T, dir string, files ...string) {
	t.Helper()
	plan := filepath.Join(dir, "plan.json")
	if err := os.WriteFile(plan, []byte(`{"number": "1/KH-UBND", "targets": [
  {"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "933", "year": 2020}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runNTM(t, "", append([]string{"plan", "--as-of", "2020-05-05", "--format", "json", plan}, files...)...)
	if code != exitOK {
		t.Fatalf("plan: exit %d, stderr:\n%s", code, errOut)
	}
	var st struct {
		Targets []struct {
			Status string `json:"status"`
		} `json:"targets"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	if len(st.Targets) != 1 || st.Targets[0].Status != "met" {
		t.Errorf("plan: targets %+v, want Tân Thành's 933/QĐ-UBND met", st.Targets)
	}
}

// TestPrerequisitesAcrossChunks: more communes than three evaluation
// chunks, their 933/QĐ-UBND objects all before their 1980/QĐ-TTg ones:
// every 933/QĐ-UBND report takes its prerequisite from its commune's
// 1980/QĐ-TTg object, and comes after the 1980/QĐ-TTg reports, in input
// order.
func TestPrerequisitesAcrossChunks(t *testing.T) {
	saved := chunkSize
	chunkSize = 16
	t.Cleanup(func() { chunkSize = saved })
	const n = 4*16 + 7
	var communes []string
	for i := range n {
		communes = append(communes, fmt.Sprintf("Xã minh họa %d", i))
	}
	nc := wideSheet(criteria.QD933(), communes, func(string, *criteria.Indicator) any { return "đạt" })
	ntm := wideSheet(criteria.QD1980(), communes, func(_ string, ind *criteria.Indicator) any { return met1980(ind) })
	var objs []string
	for _, rows := range [][][]any{nc, ntm} {
		for _, row := range rows[1:] {
			objs = append(objs, assessmentJSON(rows[0], row))
		}
	}
	path := writeAssessments(t, objs)
	reports := evalReports(t, path)
	if len(reports) != 2*n {
		t.Fatalf("%d reports, want %d", len(reports), 2*n)
	}
	for i, r := range reports {
		wantSet, wantCommune := criteria.IDQD1980, communes[i%n]
		if i >= n {
			wantSet = criteria.IDQD933
		}
		if r.Set != wantSet || r.Commune != wantCommune {
			t.Fatalf("report %d: %s of %s, want %s of %s", i, r.Set, r.Commune, wantSet, wantCommune)
		}
		if i >= n {
			if want := fmt.Sprintf("%s:%d", path, n+i%n+2); r.Status != "met" || r.Prerequisite == nil || r.Prerequisite.Origin != want {
				t.Errorf("%s: status %s, prerequisite %+v; want met from %s", r.Commune, r.Status, r.Prerequisite, want)
			}
		}
	}
}

// TestPrerequisiteOfANameWithoutDiacritics: where a run counts communes
// (--summary, plan, progress, report), a district written without
// diacritics is the registry's district ("Huu Lung" is Hữu Lũng), for
// prerequisites as for the commune's identity.
func TestPrerequisiteOfANameWithoutDiacritics(t *testing.T) {
	dir := t.TempDir()
	ntm, nc := filepath.Join(dir, "ntm-minh-hoa.csv"), filepath.Join(dir, "nang-cao-minh-hoa.csv")
	writeCSV(t, ntm, ntmRows())
	rows := nangCaoRows()
	for _, row := range rows[1:] {
		row[1] = "Huu Lung"
	}
	writeCSV(t, nc, rows)
	code, out, errOut := runNTM(t, "", "eval", "--summary", "--format", "json", nc, ntm)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	check933Summary(t, out)
}
