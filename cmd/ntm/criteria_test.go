package main

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
)

func TestCriteriaGolden(t *testing.T) {
	tests := []struct {
		name   string
		golden string
		args   []string
	}{
		{"the 1980 set prints as a Vietnamese table with every region", "criteria-1980.txt", []string{"--set", "1980"}},
		{"one region and a year before 2020 flag criterion 10's fallback", "criteria-1980-TDMNPB-2018.txt", []string{"--set", "1980", "--region", "TDMNPB", "--year", "2018"}},
		{"English labels with --lang en", "criteria-1980-DBSCL-en.txt", []string{"--set", "QD1980", "--region", "dbscl", "--lang", "en"}},
		{"a province stands for its region", "criteria-1980-TDMNPB-2018.txt", []string{"--set", "1980/QD-TTg", "--region", "Lạng Sơn", "--year", "2018"}},
		{"933 prints its pending-content note", "criteria-933.txt", []string{"--set", "933"}},
		{"Markdown is a table", "criteria-1980-TDMNPB.md", []string{"--set", "1980", "--region", "TDMNPB", "--format", "markdown"}},
		{"Markdown for 933", "criteria-933.md", []string{"--set", "933", "--format", "markdown"}},
		{"JSON is the definition format", "criteria-1980.json", []string{"--set", "1980", "--format", "json"}},
		{"JSON with a region keeps common and that region", "criteria-1980-DBSCL.json", []string{"--set", "1980", "--format", "json", "--region", "DBSCL"}},
		{"JSON of 933", "criteria-933.json", []string{"--format", "json", "--set", "933"}},
		{"JSON of a set split by group", "criteria-51-2025.json", []string{"--format", "json", "--set", "51/2025"}},
		{"without --set every set is printed, JSON as an array", "criteria-all.json", []string{"--format", "json"}},
		{"without --set every set is printed as text", "criteria-all.txt", nil},
		{"--sets-from replaces 933 by ID", "criteria-sets-from.txt", []string{"--sets-from", "testdata/criteria-933-test-fixture.json", "--set", "933"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runNTM(t, "", append([]string{"criteria"}, tt.args...)...)
			if code != exitOK || errOut != "" {
				t.Fatalf("exit %d, stderr:\n%s", code, errOut)
			}
			golden(t, tt.golden, out)
		})
	}
}

func TestCriteriaSetsFromStandardInput(t *testing.T) {
	fixture, err := os.ReadFile("testdata/criteria-933-test-fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runNTM(t, string(fixture), "criteria", "--sets-from", "-", "--set", "933", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"content": "complete"`) || !strings.Contains(out, "TEST FIXTURE") {
		t.Errorf("the definition from standard input did not replace 933:\n%.300s", out)
	}
}

func TestCriteriaExitCodes(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"an unknown set is a usage error naming it", []string{"--set", "491"}, exitUsage, `unknown set (known: 1980/QĐ-TTg, 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg, 51/2025/QĐ-TTg) (got "491")`},
		{"an unknown region is a usage error naming it", []string{"--region", "Atlantis"}, exitUsage, `--region: unknown region or province (want TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL, a region name or a province of 2016-2020) (got "Atlantis")`},
		{"an unknown format is a usage error", []string{"--format", "xml"}, exitUsage, `unknown format "xml"`},
		{"an unknown language is a usage error", []string{"--lang", "fr"}, exitUsage, `unknown language "fr"`},
		{"an unknown flag is a usage error", []string{"--colour"}, exitUsage, "flag provided but not defined: --colour"},
		{"a non-numeric year is a usage error", []string{"--year", "2018a"}, exitUsage, "invalid value"},
		{"a positional argument is a usage error", []string{"1980"}, exitUsage, `unexpected argument "1980"`},
		{"a missing --sets-from file is an input error", []string{"--sets-from", "testdata/nope.json"}, exitInput, "testdata/nope.json"},
		{"an invalid definition is an input error with its path", []string{"--sets-from", "-"}, exitInput,
			"ntm criteria: --sets-from: -: criteria: phải có ít nhất một tiêu chí"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin := `{"id": "9/QĐ-UBND", "title": {"vi": "x", "en": "x"}, "level": "ntm", "scope": "Lạng Sơn", "issuer": "x", "period": {"from": 2018, "to": 2020}, "content": "complete", "criteria": []}`
			args := append([]string{"criteria"}, tt.args...)
			if tt.wantCode == exitUsage {
				args = english(args)
			}
			code, out, errOut := runNTM(t, stdin, args...)
			if code != tt.wantCode {
				t.Errorf("exit %d, want %d", code, tt.wantCode)
			}
			if !strings.Contains(errOut, tt.wantStderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.wantStderr, errOut)
			}
			if out != "" {
				t.Errorf("stdout is not empty:\n%.200s", out)
			}
		})
	}
}

// TestCriteriaJSONMatchesReference is the "done" condition:
// `ntm criteria --set 1980 --format json` matches the reference table
// (criteria/testdata/1980-targets.tsv) cell for cell.
func TestCriteriaJSONMatchesReference(t *testing.T) {
	code, out, errOut := runNTM(t, "", "criteria", "--set", "1980", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	regions := []string{"TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL"}
	// want: one line per indicator, the TSV row without its wording
	// formatting changes: code criterion group kind op unit common 7×region na text_vi.
	f, err := os.Open("../../criteria/testdata/1980-targets.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var want []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "code\t") {
			continue
		}
		want = append(want, raiseByEvidence(t, line))
	}
	type target struct{ Value, Provenance string }
	var def struct {
		Criteria []struct {
			Code, Group string
			Indicators  []struct {
				Code, Kind, Op, Unit string
				Text                 struct{ VI string }
				NA                   bool `json:"not_applicable_allowed"`
				Targets              map[string]target
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &def); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range def.Criteria {
		for _, ind := range c.Indicators {
			unit := ind.Unit
			if unit == "" {
				unit = "-"
			}
			cells := []string{ind.Code, c.Code, c.Group, ind.Kind, ind.Op, unit}
			common := ind.Targets["common"]
			cells = append(cells, common.Value+":"+common.Provenance)
			for _, r := range regions {
				tg, ok := ind.Targets[r]
				if !ok {
					tg = common
				}
				cells = append(cells, tg.Value+":"+tg.Provenance)
			}
			na := "no"
			if ind.NA {
				na = "yes"
			}
			cells = append(cells, na, ind.Text.VI)
			got = append(got, strings.Join(cells, "\t"))
		}
	}
	if len(want) != 50 {
		t.Fatalf("reference table has %d rows, want 50", len(want))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ntm criteria --set 1980 --format json vs 1980-targets.tsv with the marks of 1980-evidence.tsv (-want +got):\n%s", diff)
	}
}

// raiseByEvidence returns a row of 1980-targets.tsv with the cells that
// criteria/testdata/1980-evidence.tsv names as criteria.QD1980() holds them:
// the criteria package's reference test applies the evidence to the table
// and pins QD1980 to the result (TestQD1980MatchesReference).
func raiseByEvidence(t *testing.T, row string) string {
	t.Helper()
	data, err := os.ReadFile("../../criteria/testdata/1980-evidence.tsv")
	if err != nil {
		t.Fatal(err)
	}
	columns := map[string]int{"common": 6, "TDMNPB": 7, "DBSH": 8, "BTB": 9, "DHNTB": 10, "TN": 11, "DNB": 12, "DBSCL": 13}
	f := strings.Split(row, "\t")
	ind, _, ok := criteria.QD1980().Indicator(f[0])
	if !ok {
		t.Fatalf("QD1980 has no indicator %s", f[0])
	}
	for _, line := range strings.Split(string(data), "\n") {
		e := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(e) != 7 || e[0] != f[0] {
			continue
		}
		var tg criteria.Target
		if e[1] == "common" {
			tg = *ind.Common
		} else if r, err := criteria.ParseRegion(e[1]); err == nil {
			tg = ind.Regional[r]
		} else {
			t.Fatalf("1980-evidence.tsv: region %q", e[1])
		}
		value := tg.Value.String()
		if ind.Kind == criteria.KindPass && tg.Value.IsZero() {
			value = "true"
		}
		f[columns[e[1]]] = value + ":" + tg.Provenance.String()
	}
	return strings.Join(f, "\t")
}

func TestCriteriaAsOfAndGroup(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		want     []string // substrings of stdout
		wantNot  []string
		wantCode int
	}{
		{"--as-of 2026-12-01 names 51/2025/QĐ-TTg only", []string{"--as-of", "2026-12-01"},
			[]string{"Bộ tiêu chí 51/2025/QĐ-TTg", "Nhóm 1", "Nhóm 3"}, []string{"1980/QĐ-TTg:", "318/QĐ-TTg/I:"}, exitOK},
		{"--as-of 2023-01-01 names the three sets of 2021-2025", []string{"--as-of", "2023-01-01"},
			[]string{"318/QĐ-TTg/I:", "318/QĐ-TTg/II:", "319/QĐ-TTg:"}, []string{"51/2025/QĐ-TTg:", "1980/QĐ-TTg:"}, exitOK},
		{"--as-of with JSON lists the sets as definitions", []string{"--as-of", "2026-12-01", "--format", "json"},
			[]string{`"id": "51/2025/QĐ-TTg"`, `"columns": "group"`}, nil, exitOK},
		{"--group keeps one group's column", []string{"--set", "51", "--group", "3"},
			[]string{"Mức đạt chuẩn", "\n" + strings.Repeat(" ", 61) + "Nhóm 3\n"}, []string{"Nhóm 1"}, exitOK},
		{"a region set ignores --group", []string{"--set", "1980", "--group", "3"},
			[]string{"TDMNPB", "DBSCL"}, nil, exitOK},
		{"a group set ignores --region", []string{"--set", "51", "--region", "TDMNPB"},
			[]string{"Nhóm 2"}, []string{"TDMNPB"}, exitOK},
		{"an unknown group is a usage error", []string{"--set", "51", "--group", "9"}, nil, nil, exitUsage},
		{"a malformed --as-of is a usage error", []string{"--as-of", "31/11/2026"}, nil, nil, exitUsage},
		{"--as-of takes a date as Vietnamese documents write it", []string{"--as-of", "01/12/2026"}, []string{"51/2025"}, nil, exitOK},
		{"the 51/2025 fixture with invented values loads by ID with --sets-from",
			[]string{"--sets-from", "testdata/criteria-51-2025-test-fixture.json", "--set", "51/2025", "--group", "2"},
			[]string{"DỮ LIỆU KIỂM THỬ", "1.2", "≥ 80% M"}, nil, exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runNTM(t, "", append([]string{"criteria"}, tt.args...)...)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.wantCode, errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(out, w) {
					t.Errorf("output has %q", w)
				}
			}
		})
	}
}

// TestCriteriaAsOfJSONIsAlwaysAList: --as-of lists the sets in force, so
// its JSON is an array even when a single set is in force on that date (a
// reader must not find an object one day and an array another).
func TestCriteriaAsOfJSONIsAlwaysAList(t *testing.T) {
	for _, tt := range []struct {
		date string
		ids  []string
	}{
		{"2026-12-01", []string{"51/2025/QĐ-TTg"}},
		{"2019-01-01", []string{"1980/QĐ-TTg", "933/QĐ-UBND"}},
		{"2021-01-01", nil},
	} {
		t.Run(tt.date, func(t *testing.T) {
			code, out, errOut := runNTM(t, "", "criteria", "--as-of", tt.date, "--format", "json")
			if code != exitOK {
				t.Fatalf("exit %d; stderr:\n%s", code, errOut)
			}
			var sets []struct {
				ID string `json:"id"`
			}
			if err := json.Unmarshal([]byte(out), &sets); err != nil {
				t.Fatalf("stdout is not a JSON array of sets: %v\n%.200s", err, out)
			}
			var ids []string
			for _, s := range sets {
				ids = append(ids, s.ID)
			}
			if diff := cmp.Diff(tt.ids, ids); diff != "" {
				t.Errorf("sets in force (-want +got):\n%s", diff)
			}
		})
	}
}

// tableHeader returns the header of the first table of ntm criteria's
// text or Markdown output, its cells trimmed: in text, the cells of its
// two rows with "/" between them.
func tableHeader(t *testing.T, out string) []string {
	t.Helper()
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "Tiêu chí ") || strings.HasPrefix(l, "Criterion ") {
			r := strings.NewReplacer("Chỉ tiêu", "Chỉ-tiêu", "Đơn vị", "Đơn-vị", "Nội dung chỉ tiêu", "Nội-dung", "Tiêu chí", "Tiêu-chí", "Mức đạt chuẩn", "Mức-đạt-chuẩn", "Nhóm ", "Nhóm-", "Group ", "Group-")
			return append(append(strings.Fields(r.Replace(l)), "/"), strings.Fields(r.Replace(lines[i+1]))...)
		}
		if strings.HasPrefix(l, "| Tiêu chí") || strings.HasPrefix(l, "| Criterion") {
			var cells []string
			for _, c := range strings.Split(strings.Trim(l, "| "), " | ") {
				cells = append(cells, strings.ReplaceAll(c, " ", "-"))
			}
			return cells
		}
	}
	t.Fatalf("no table header in:\n%s", out)
	return nil
}

// A set whose targets are all common (933/QĐ-UBND, the sets pending their
// text) shows the common column alone, not seven columns repeating it; a
// set with targets of its own for some regions or groups shows those
// columns beside the common one, and a note names the others.
func TestCriteriaShowsTheColumnsTheTargetsUse(t *testing.T) {
	const fixture933, fixture51 = "testdata/criteria-933-test-fixture.json", "testdata/criteria-51-2025-test-fixture.json"
	for _, tc := range []struct {
		name string
		args []string
		head []string
		note string // a line of the output
	}{
		{"933: the common targets only", []string{"--set", "933"},
			[]string{"Tiêu-chí", "Chỉ-tiêu", "Mức-đạt-chuẩn", "Đơn-vị", "Nội-dung", "/", "Chung"},
			"TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL: không có mức đạt chuẩn riêng, áp dụng mức đạt chuẩn chung (cột Chung)."},
		{"933 in Markdown, in English", []string{"--set", "933", "--format", "markdown", "--lang", "en"},
			[]string{"Criterion", "Indicator", "Target-(common)", "Unit", "Wording"},
			"TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL: no targets of their own; the common targets apply (column Common)."},
		{"51/2025: the common targets only, the groups' pending", []string{"--set", "51"},
			[]string{"Tiêu-chí", "Chỉ-tiêu", "Mức-đạt-chuẩn", "Đơn-vị", "Nội-dung", "/", "Chung"},
			"Nhóm 1, Nhóm 2, Nhóm 3: mức đạt chuẩn riêng (nếu có) chưa được nhập, chờ văn bản chính thức; áp dụng cột Chung: kết quả xác nhận Đạt/Chưa đạt."},
		{"1980: every region has targets of its own", []string{"--set", "1980"},
			[]string{"Tiêu-chí", "Chỉ-tiêu", "Mức-đạt-chuẩn", "Đơn-vị", "Nội-dung", "/", "Chung", "TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL"}, ""},
		{"a set read with --sets-from: the common column and TDMNPB's", []string{"--sets-from", fixture933, "--set", "933", "--format", "markdown"},
			[]string{"Tiêu-chí", "Chỉ-tiêu", "Mức-đạt-chuẩn-chung", "Mức-đạt-chuẩn-TDMNPB", "Đơn-vị", "Nội-dung-chỉ-tiêu"},
			"DBSH, BTB, DHNTB, TN, DNB, DBSCL: không có mức đạt chuẩn riêng, áp dụng mức đạt chuẩn chung (cột Chung)."},
		{"a group set with targets by group ignores --region", []string{"--sets-from", fixture51, "--set", "51", "--region", "TDMNPB"},
			[]string{"Tiêu-chí", "Chỉ-tiêu", "Mức-đạt-chuẩn", "Đơn-vị", "Nội-dung", "/", "Chung", "Nhóm-1", "Nhóm-2", "Nhóm-3"}, ""},
		{"a group set in Markdown names each group's column in full", []string{"--sets-from", fixture51, "--set", "51", "--format", "markdown"},
			[]string{"Tiêu-chí", "Chỉ-tiêu", "Mức-đạt-chuẩn-chung", "Mức-đạt-chuẩn-nhóm-1", "Mức-đạt-chuẩn-nhóm-2", "Mức-đạt-chuẩn-nhóm-3", "Đơn-vị", "Nội-dung-chỉ-tiêu"}, ""},
		{"--region keeps its column", []string{"--set", "933", "--region", "Lạng Sơn"},
			[]string{"Tiêu-chí", "Chỉ-tiêu", "Mức-đạt-chuẩn", "Đơn-vị", "Nội-dung", "/", "TDMNPB"}, ""},
		{"--region in English", []string{"--set", "933", "--region", "Lạng Sơn", "--lang", "en"},
			[]string{"Criterion", "Indicator", "Target", "Unit", "Wording", "/", "TDMNPB"}, ""},
		{"--group keeps its column", []string{"--sets-from", fixture51, "--set", "51", "--group", "2"},
			[]string{"Tiêu-chí", "Chỉ-tiêu", "Mức-đạt-chuẩn", "Đơn-vị", "Nội-dung", "/", "Nhóm-2"}, ""},
		{"--group in Markdown, in English", []string{"--sets-from", fixture51, "--set", "51", "--group", "2", "--format", "markdown", "--lang", "en"},
			[]string{"Criterion", "Indicator", "Target-(group-2)", "Unit", "Wording"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runNTM(t, "", append([]string{"criteria"}, tc.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if diff := cmp.Diff(tc.head, tableHeader(t, out)); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
			hasNote := strings.Contains(out, "mức đạt chuẩn riêng") || strings.Contains(out, "of their own")
			if tc.note != "" && !strings.Contains(out, "\n"+tc.note+"\n") {
				t.Errorf("output lacks the line %q:\n%s", tc.note, out)
			} else if tc.note == "" && hasNote {
				t.Errorf("a note on columns left out, but none is:\n%s", out)
			}
		})
	}
}

// TestCriteriaTargetsReadAsEvalWritesThem: ntm criteria writes a target
// in text and Markdown with the words and form of ntm eval's reports
// ("đạt", "không có", "≥ 80%"; "met", "none" in English), its confidence
// mark after it, and "—" for an indicator without a unit.
func TestCriteriaTargetsReadAsEvalWritesThem(t *testing.T) {
	_, evalOut, _ := runNTM(t, "", "eval", "../../testdata/readme/2018.csv")
	var rows []string // the table's rows, their cells one space apart
	for line := range strings.Lines(evalOut) {
		rows = append(rows, strings.Join(strings.Fields(line), " "))
	}
	for _, want := range []string{"3.1 Đạt 80% ≥ 80%", "1.1 Đạt đạt đạt",
		"10 Chưa đạt 33 triệu đồng/người/năm ≥ 36 triệu đồng/người/năm thiếu 3 triệu đồng/người/năm C2*"} {
		if !slices.ContainsFunc(rows, func(r string) bool { return strings.HasPrefix(r, want) }) {
			t.Fatalf("ntm eval no longer writes %q:\n%s", want, evalOut)
		}
	}
	for _, tc := range []struct {
		args   []string
		want   []string
		absent []string
	}{
		{[]string{"criteria", "--set", "1980", "--region", "TDMNPB"},
			[]string{" đạt C1 ", " ≥ 80% C1 ", " không có C2 ", " ≥ 36 triệu đồng/người/năm C2 ", " — "},
			[]string{"Đạt C1", "Không C2", "≥80", "  -  "}},
		{[]string{"criteria", "--set", "1980", "--region", "TDMNPB", "--format", "markdown"},
			[]string{"| đạt C1 | — |", "| ≥ 80% C1 | % |", "| không có C2 | nhà |"},
			[]string{"Đạt C1", "Không C2", "≥80", "| - |"}},
		{[]string{"criteria", "--lang", "en", "--set", "1980", "--region", "TDMNPB"},
			[]string{" met C1 ", " ≥ 80% C1 ", " none C2 ", " — "},
			[]string{"Met C1", "None C2", "≥80", "  -  "}},
		{[]string{"criteria", "--set", "1980", "--year", "2018"},
			[]string{" ≥ 36 triệu đồng/người/năm C2* ", " ≤ 26,7% "},
			[]string{"≤26"}},
	} {
		code, out, stderr := runNTM(t, "", tc.args...)
		if code != exitOK {
			t.Fatalf("ntm %q: exit %d: %s", tc.args, code, stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("ntm %q: no %q in:\n%.1500s", tc.args, w, out)
			}
		}
		for _, w := range tc.absent {
			if strings.Contains(out, w) {
				t.Errorf("ntm %q: %q should not be there:\n%.1500s", tc.args, w, out)
			}
		}
	}
}

// TestCriteriaOfAPendingSetDoesNotSayItsColumnsHaveNoTargets: 51/2025/QĐ-TTg
// splits every criterion by commune group and 318/QĐ-TTg's Phụ lục I by
// region (2021-2030-sets.md, C2); their tables are not encoded, so the
// groups' and regions' own targets are pending, never "none": the note
// under the table says they are not entered, in both languages.
func TestCriteriaOfAPendingSetDoesNotSayItsColumnsHaveNoTargets(t *testing.T) {
	for _, tc := range []struct{ set, lang, want, never string }{
		{"51", "vi", "Nhóm 1, Nhóm 2, Nhóm 3: mức đạt chuẩn riêng (nếu có) chưa được nhập, chờ văn bản chính thức; áp dụng cột Chung: kết quả xác nhận Đạt/Chưa đạt.", "không có mức đạt chuẩn riêng"},
		{"51", "en", "Group 1, Group 2, Group 3: their own targets, if any, are not entered yet, pending the official text; column Common applies: an attested met / not met.", "no targets of their own"},
		{"318/QĐ-TTg/I", "vi", "chưa được nhập, chờ văn bản chính thức", "không có mức đạt chuẩn riêng"},
	} {
		code, out, errOut := runNTM(t, "", "criteria", "--set", tc.set, "--lang", tc.lang)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.set, code, errOut)
		}
		if !strings.Contains(out, tc.want) || strings.Contains(out, tc.never) {
			t.Errorf("%s %s: want %q and never %q:\n%s", tc.set, tc.lang, tc.want, tc.never, out)
		}
	}
	// An encoded set keeps its note: its columns have no targets of their own.
	_, out, _ := runNTM(t, "", "criteria", "--set", "1980")
	if strings.Contains(out, "chưa được nhập, chờ văn bản chính thức; áp dụng cột") {
		t.Errorf("1980/QĐ-TTg said pending:\n%s", out)
	}
}

// TestCriteriaOfAPendingSetWithATableLoadedSayItsResultsAreProvisional:
// once an indicator table is loaded for a set pending its official text
// (the test fixture of 51/2025/QĐ-TTg, INVENTED values), the note under
// the table says the table is not the official text and results judged
// from it are provisional, not that each criterion is attested; the
// built-in set keeps saying so.
func TestCriteriaOfAPendingSetWithATableLoadedSayItsResultsAreProvisional(t *testing.T) {
	for _, tc := range []struct {
		args      []string
		want, not string
		wantEN    string
	}{
		{[]string{"--set", "51"}, "mỗi tiêu chí được đánh giá theo kết quả xác nhận", "tạm tính", "each is evaluated from an attestation"},
		{[]string{"--sets-from", "testdata/criteria-51-2025-test-fixture.json", "--set", "51", "--group", "3"},
			"là bảng đã nạp, không phải văn bản chính thức, kết quả đánh giá theo bảng này là tạm tính", "mỗi tiêu chí được đánh giá theo kết quả xác nhận",
			"results judged from it are provisional"},
	} {
		code, out, errOut := runNTM(t, "", append([]string{"criteria"}, tc.args...)...)
		if code != 0 || !strings.Contains(out, tc.want) || strings.Contains(out, tc.not) {
			t.Errorf("criteria %q: exit %d, stderr %s; output:\n%s\nwant %q, not %q", tc.args, code, errOut, out, tc.want, tc.not)
		}
		code, out, _ = runNTM(t, "", append([]string{"criteria", "--lang", "en"}, tc.args...)...)
		if code != 0 || !strings.Contains(out, tc.wantEN) {
			t.Errorf("criteria --lang en %q: exit %d; output:\n%s\nwant %q", tc.args, code, out, tc.wantEN)
		}
	}
}
