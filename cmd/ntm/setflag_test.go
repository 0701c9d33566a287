package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// The tests of this file give --set to progress, report and plan, as eval
// has it: the set of a table without a set column (CSV or workbook) and,
// in progress and report without --plan, the only set evaluated; in plan,
// and with --plan, every set is evaluated all the same, so that the plan's
// targets of other sets keep their status. The communes are illustrative
// (số liệu minh họa).

// noSetTables writes the wide table of Nhật Tiến (the target of
// minimalPlan) without a set column, as CSV and as a workbook, and returns
// their paths.
func noSetTables(t *testing.T, dir string) []string {
	t.Helper()
	csv := fileWriter(t, dir)("khong-co-bo.csv", "Tỉnh,Huyện,Xã,Năm,1.1,17.1a\nLạng Sơn,Hữu Lũng,Nhật Tiến,2020,đạt,90\n")
	xlsx := filepath.Join(dir, "khong-co-bo.xlsx")
	writeWorkbook(t, xlsx, "Sheet1", [][]any{
		{"Tỉnh", "Huyện", "Xã", "Năm", "1.1", "17.1a"},
		{"Lạng Sơn", "Hữu Lũng", "Nhật Tiến", 2020, "đạt", 90},
	})
	return []string{csv, xlsx}
}

// planTargetStatus returns the status of the target of Nhật Tiến in the
// plan status JSON of ntm plan, or in the "plan" of ntm progress's JSON.
func planTargetStatus(t *testing.T, out string) string {
	t.Helper()
	type targets struct {
		Targets []struct {
			Commune struct{ Name string } `json:"commune"`
			Status  string                `json:"status"`
		} `json:"targets"`
	}
	var v struct {
		targets
		Plan json.RawMessage `json:"plan"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if strings.HasPrefix(string(v.Plan), "{") {
		if err := json.Unmarshal(v.Plan, &v.targets); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
	}
	for _, tg := range v.Targets {
		if tg.Commune.Name == "Nhật Tiến" {
			return tg.Status
		}
	}
	t.Fatalf("no target Nhật Tiến in %s", out)
	return ""
}

// progressSets returns the sets of the communes of ntm progress's JSON.
func progressSets(t *testing.T, out string) []string {
	t.Helper()
	var v struct {
		Communes []struct {
			Commune struct{ Name string } `json:"commune"`
			Set     string                `json:"set"`
		} `json:"communes"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var sets []string
	for _, c := range v.Communes {
		sets = append(sets, c.Commune.Name+": "+c.Set)
	}
	return sets
}

// TestSetNamesTheSetOfATableWithoutOne: progress, report and plan read a
// table without a set column, CSV or workbook, given --set.
func TestSetNamesTheSetOfATableWithoutOne(t *testing.T) {
	dir := t.TempDir()
	html := filepath.Join(dir, "r.html")
	for _, file := range noSetTables(t, dir) {
		name := filepath.Base(file)
		code, out, stderr := runNTM(t, "", "progress", "--set", "1980", "--format", "json", file)
		if want := []string{"Nhật Tiến: 1980/QĐ-TTg"}; code != exitOK || !slices.Equal(progressSets(t, out), want) {
			t.Errorf("progress --set 1980 %s: exit %d, communes %q, want %q\nstderr: %s", name, code, progressSets(t, out), want, stderr)
		}
		code, _, stderr = runNTM(t, "", "report", "--set", "QD1980", "-o", html, file)
		b, _ := os.ReadFile(html)
		if code != exitOK || !strings.Contains(string(b), "Nhật Tiến") || !strings.Contains(string(b), "1980/QĐ-TTg") {
			t.Errorf("report --set QD1980 %s: exit %d, Nhật Tiến or 1980/QĐ-TTg not in the report\nstderr: %s", name, code, stderr)
		}
		os.Remove(html)
		code, out, stderr = runNTM(t, "", "plan", "--set", "1980", "--as-of", "2020-05-05", "--format", "json", minimalPlan, file)
		if code != exitOK || planTargetStatus(t, out) != "missing" {
			t.Errorf("plan --set 1980 %s: exit %d, target %q, want missing\nstderr: %s", name, code, planTargetStatus(t, out), stderr)
		}
	}
}

// TestAnUnknownSetIsAUsageError: as in eval, in both languages.
func TestAnUnknownSetIsAUsageError(t *testing.T) {
	dir := t.TempDir()
	file := noSetTables(t, dir)[0]
	for _, args := range [][]string{
		{"eval", "--set", "491", file},
		{"progress", "--set", "491", file},
		{"report", "--set", "491", "-o", filepath.Join(dir, "r.html"), file},
		{"plan", "--set", "491", "--as-of", "2020-05-05", minimalPlan, file},
	} {
		code, out, stderr := runNTM(t, "", english(args)...)
		if code != exitUsage || out != "" || !strings.Contains(stderr, "ntm "+args[0]+`: --set: unknown set (known: `) || !strings.Contains(stderr, `) (got "491")`) || !strings.Contains(stderr, "Usage: ntm "+args[0]+" ") {
			t.Errorf("%s --set 491: exit %d, stdout %q, stderr %q", args[0], code, out, stderr)
		}
		if code, _, stderr := runNTM(t, "", args...); code != exitUsage || !strings.Contains(stderr, "Cách dùng: ntm "+args[0]+" ") {
			t.Errorf("%s --set 491 in Vietnamese: exit %d, stderr %q", args[0], code, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "r.html")); err == nil {
		t.Error("report --set 491 wrote its output")
	}
}

// TestSetAndATableOfAnotherSet: a table whose set column names 933/QĐ-UBND
// keeps its set whatever --set says. eval, progress and report, limited to
// --set 1980, evaluate nothing, as eval does; plan, and progress with
// --plan, evaluate it for the plan's target of 933/QĐ-UBND.
func TestSetAndATableOfAnotherSet(t *testing.T) {
	dir := t.TempDir()
	write := fileWriter(t, dir)
	rows := wideSheet(criteria.QD933(), []string{"Nhật Tiến"}, func(string, *criteria.Indicator) any { return "đạt" })
	var b strings.Builder
	for _, row := range rows {
		cells := make([]string, len(row))
		for i, cell := range row {
			cells[i] = fmt.Sprint(cell)
		}
		b.WriteString(strings.Join(cells, ",") + "\n")
	}
	csv := write("bo-933.csv", b.String())
	xlsx := filepath.Join(dir, "bo-933.xlsx")
	writeWorkbook(t, xlsx, "933", rows)
	plan933 := write("ke-hoach-933.json", `{"number": "12/KH-UBND", "targets": [
		{"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "933/QĐ-UBND", "year": 2020}]}`)
	for _, file := range []string{csv, xlsx} {
		name := filepath.Base(file)
		want := "ntm %s: no values for set 1980/QĐ-TTg in " + file + ": nothing was evaluated\n"
		for _, args := range [][]string{
			{"eval", "--lang", "en", "--set", "1980", file},
			{"progress", "--lang", "en", "--set", "1980", file},
			{"report", "--lang", "en", "--set", "1980", "-o", filepath.Join(dir, "r.html"), file},
		} {
			code, _, stderr := runNTM(t, "", args...)
			if w := strings.Replace(want, "%s", args[0], 1); code != exitInput || !strings.HasSuffix(stderr, w) {
				t.Errorf("%s --set 1980 %s: exit %d, stderr %q\nwant exit %d, ending %q", args[0], name, code, stderr, exitInput, w)
			}
		}
		code, out, stderr := runNTM(t, "", "plan", "--set", "1980", "--as-of", "2020-05-05", "--format", "json", plan933, file)
		if st := planTargetStatus(t, out); code != exitOK || st == "not-evaluated" {
			t.Errorf("plan --set 1980 %s: exit %d, target of 933/QĐ-UBND %q\nstderr: %s", name, code, st, stderr)
		}
		code, out, stderr = runNTM(t, "", "progress", "--set", "1980", "--plan", plan933, "--as-of", "2020-05-05", "--format", "json", file)
		if st := planTargetStatus(t, out); code != exitOK || st == "not-evaluated" || !slices.Equal(progressSets(t, out), []string{"Nhật Tiến: 933/QĐ-UBND"}) {
			t.Errorf("progress --set 1980 --plan %s: exit %d, target of 933/QĐ-UBND %q, communes %q\nstderr: %s", name, code, st, progressSets(t, out), stderr)
		}
		html := filepath.Join(dir, "r.html")
		code, _, stderr = runNTM(t, "", "report", "--lang", "en", "--set", "1980", "--plan", plan933, "--as-of", "2020-05-05", "-o", html, file)
		if b, _ := os.ReadFile(html); code != exitOK || !strings.Contains(string(b), "Nhật Tiến") || strings.Contains(string(b), "Not evaluated") {
			t.Errorf("report --set 1980 --plan %s: exit %d, the target of 933/QĐ-UBND not evaluated in the report\nstderr: %s", name, code, stderr)
		}
	}
}

// TestSetLimitsJSONAsInEval: a JSON assessment names its sets itself;
// --set limits progress and report to one, as eval's reports are.
func TestSetLimitsJSONAsInEval(t *testing.T) {
	const file = "testdata/eval/huulung.json"
	for _, tc := range []struct{ set, commune string }{{"933", "Tân Thành: 933/QĐ-UBND"}, {"1980", "Nhật Tiến: 1980/QĐ-TTg"}} {
		code, out, stderr := runNTM(t, "", "eval", "--set", tc.set, "--format", "json", file)
		var reports []struct {
			Commune struct{ Name string } `json:"commune"`
			Set     string                `json:"set"`
		}
		if err := json.Unmarshal([]byte(out), &reports); err != nil || code != exitOK || len(reports) != 1 || reports[0].Commune.Name+": "+reports[0].Set != tc.commune {
			t.Fatalf("eval --set %s: exit %d, %v, reports %v\nstderr: %s", tc.set, code, err, reports, stderr)
		}
		code, out, stderr = runNTM(t, "", "progress", "--set", tc.set, "--format", "json", file)
		if got := progressSets(t, out); code != exitOK || !slices.Equal(got, []string{tc.commune}) {
			t.Errorf("progress --set %s: exit %d, communes %q, want %q\nstderr: %s", tc.set, code, got, tc.commune, stderr)
		}
	}
}
