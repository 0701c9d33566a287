package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// readCSV reads a CSV output as a consumer's csv module does and checks
// what any such consumer relies on: one header, every row as wide.
func readCSV(t *testing.T, out string) (header []string, rows []map[string]string) {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, utf8BOM))).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v\n%s", err, out)
	}
	if len(recs) == 0 {
		t.Fatal("no header")
	}
	header = recs[0]
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range header {
			m[h] = r[i]
		}
		rows = append(rows, m)
	}
	return header, rows
}

// The header of ntm units --format csv is the same whatever the date: a
// script reading the column district (or the columns by position) of the
// units of 1/3/2025 reads those of 1/7/2025 unchanged, the district empty,
// as the JSON keeps its "district" key.
func TestUnitsCSVHeaderDoesNotDependOnTheDate(t *testing.T) {
	want := []string{"code", "name", "kind", "district", "province", "from", "to"}
	for _, date := range []string{"2025-03-01", "2025-07-01", "2026-12-01"} {
		code, out, stderr := runNTM(t, "", "units", "--province", "Lạng Sơn", "--as-of", date, "--format", "csv")
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", date, code, stderr)
		}
		header, rows := readCSV(t, out)
		if !slices.Equal(header, want) {
			t.Errorf("%s: header %q, want %q", date, header, want)
		}
		if len(rows) == 0 {
			t.Errorf("%s: no unit", date)
		}
		if date >= "2025-07-01" {
			for _, r := range rows {
				if r["district"] != "" {
					t.Errorf("%s: %s has district %q, want none", date, r["code"], r["district"])
				}
			}
		}
	}
}

// ntm units --successor --format csv has the columns of the predecessor,
// then those of a unit (as ntm units --format csv), then whole, basis and
// effective; whole is true or false, as in its JSON and as every other
// boolean column of ntm's CSV (deadline_passed, target_provisional).
func TestUnitsSuccessorCSV(t *testing.T) {
	want := []string{"predecessor_code", "predecessor_name", "predecessor_district",
		"code", "name", "kind", "district", "province", "from", "to", "whole", "basis", "effective"}
	for _, tc := range []struct {
		place string
		whole []string
	}{
		{"Hòa Lạc, Hữu Lũng, Lạng Sơn", []string{"true"}},
		{"Kiên Mộc, Đình Lập, Lạng Sơn", []string{"false", "false"}},
	} {
		code, out, stderr := runNTM(t, "", "units", "--successor", tc.place, "--as-of", "2025-07-01", "--format", "csv")
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", tc.place, code, stderr)
		}
		header, rows := readCSV(t, out)
		if !slices.Equal(header, want) {
			t.Errorf("%s: header %q, want %q", tc.place, header, want)
		}
		var whole []string
		for _, r := range rows {
			whole = append(whole, r["whole"])
		}
		if !slices.Equal(whole, tc.whole) {
			t.Errorf("%s: whole %q, want %q", tc.place, whole, tc.whole)
		}
	}
}

// Every CSV written to a file with -o starts with a UTF-8 byte-order mark,
// so that Excel opens its Vietnamese as UTF-8 (formats.md, "The command");
// CSV on standard output has none, for the programs reading it.
func TestEveryCSVWrittenWithOStartsWithAByteOrderMark(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join("..", "..", "examples", "huulung", "so-lieu-minh-hoa.json")
	for _, args := range [][]string{
		{"eval", "--format", "csv", in},
		{"eval", "--summary", "--format", "csv", in},
		{"progress", "--format", "csv", in},
		{"template", "--set", "1980", "--region", "TDMNPB"},
	} {
		file := filepath.Join(dir, args[0]+".csv")
		code, _, stderr := runNTM(t, "", append(slices.Clone(args), "-o", file)...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), utf8BOM) {
			t.Errorf("%v -o: no byte-order mark: %.40q", args, b)
		}
		_, out, _ := runNTM(t, "", args...)
		if strings.HasPrefix(out, utf8BOM) || out != strings.TrimPrefix(string(b), utf8BOM) {
			t.Errorf("%v: standard output is not the file without its mark: %.40q", args, out)
		}
	}
}

// documentedColumns returns the column lists of docs/formats.md, each the
// column names written in backquotes from a line <!-- columns: NAME --> to
// the end of its first sentence, in order, each once.
func documentedColumns(t *testing.T) map[string][]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "formats.md"))
	if err != nil {
		t.Fatal(err)
	}
	name := regexp.MustCompile(`^[a-z][a-z_]*$`)
	lists := map[string][]string{}
	text := string(b)
	const marker = "<!-- columns: "
	for {
		i := strings.Index(text, marker)
		if i < 0 {
			break
		}
		text = text[i+len(marker):]
		key, rest, _ := strings.Cut(text, " -->\n")
		// The first sentence: up to a full stop outside backquotes.
		inCode, end := false, len(rest)
		for j := 0; j < len(rest); j++ {
			switch {
			case rest[j] == '`':
				inCode = !inCode
			case !inCode && rest[j] == '.' && (j+1 == len(rest) || rest[j+1] == ' ' || rest[j+1] == '\n'):
				end = j
			}
			if end < len(rest) {
				break
			}
		}
		var cols []string
		parts := strings.Split(rest[:end], "`")
		for k := 1; k < len(parts); k += 2 {
			// true and false are values a column holds, never a column.
			if c := parts[k]; name.MatchString(c) && c != "true" && c != "false" && !slices.Contains(cols, c) {
				cols = append(cols, c)
			}
		}
		if _, dup := lists[key]; dup {
			t.Errorf("formats.md: two column lists %q", key)
		}
		lists[key] = cols
	}
	return lists
}

// csvCell says what a column of ntm's CSV outputs may hold.
var (
	csvNumber  = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`) // a dot, never a thousands separator
	csvWhole   = regexp.MustCompile(`^[0-9]+$`)
	csvBool    = regexp.MustCompile(`^(true|false)$`)
	csvDate    = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
	csvCodes   = regexp.MustCompile(`^[0-9]+[a-z]?( [0-9]+[a-z]?)*$`) // criterion codes, space separated
	csvColumns = map[string]*regexp.Regexp{
		"year": csvWhole, "communes": csvWhole, "communes_met": csvWhole, "criteria_met": csvWhole,
		"criteria_total": csvWhole, "met": csvWhole, "problems": csvWhole, "first_met": csvWhole,
		"target_year": csvWhole, "short_year": csvWhole,
		"average_criteria_met": csvNumber, "average_criteria": csvNumber,
		"target": regexp.MustCompile(`^(-?[0-9]+(\.[0-9]+)?|true)$`), "gap": csvNumber, "gap_units": csvNumber,
		"deadline_passed": csvBool, "target_provisional": csvBool, "whole": csvBool,
		"from": csvDate, "to": csvDate, "effective": csvDate, "as_of": csvDate,
		"status":        regexp.MustCompile(`^(met|not-met|missing|not-applicable)$`),
		"target_status": regexp.MustCompile(`^(met|not-met|missing|not-applicable|not-evaluated)$`),
		"content":       regexp.MustCompile(`^pending-official-text$`),
		"regressed":     csvCodes,
		"actual":        regexp.MustCompile(`^(-?[0-9]+(\.[0-9]+)?|true|false|n/a)$`),
	}
)

// The CSV outputs are what docs/formats.md lists, column for column, and
// hold what a script or Excel reads without surprise: one header, every
// row as wide, numbers with a dot and no thousands separator, booleans
// true/false, dates YYYY-MM-DD, an empty cell where there is nothing (never
// "0" for a count that does not apply), the same in both languages, on the
// Hữu Lũng sample (sets pending the official text, 51/2025/QĐ-TTg with
// groups, the merged communes of 2026), tables of three years and inputs
// that cannot all be read.
func TestCSVOutputsAreTheDocumentedColumns(t *testing.T) {
	root := filepath.Join("..", "..")
	ex := func(name string) string { return filepath.Join(root, "examples", "huulung", name) }
	a2020, a2026, plan47 := ex("so-lieu-minh-hoa.json"), ex("so-lieu-minh-hoa-sau-sap-xep.json"), ex("plan-47-KH-STNMT.json")
	readme := func(name string) string { return filepath.Join(root, "testdata", "readme", name) }
	bad := []string{filepath.Join("testdata", "eval", "cu-phap-sai.json"), filepath.Join("testdata", "eval", "tieu-de-sai.csv")}
	years := []string{readme("2018.csv"), readme("2019.csv"), readme("2020.csv")}

	docs := documentedColumns(t)
	for _, tc := range []struct {
		doc  string
		args []string
		// filled: the columns filled on every row of these
		// scopes (the others leave them empty).
		filled map[string][]string
		// empty: the columns left empty on every row of these scopes.
		empty map[string][]string
	}{
		{"eval", []string{"eval", "--format", "csv", a2020, a2026}, nil, nil},
		{"eval", []string{"eval", "--format", "csv", "--successors", "2025-07-01", a2020, a2026}, nil, nil},
		{"summary", []string{"eval", "--summary", "--format", "csv", a2020, a2026}, nil, nil},
		{"summary", []string{"eval", "--summary", "--format", "csv", bad[0], bad[1], a2020}, map[string][]string{
			"excluded": {"origin", "problems"}, "all": {"communes", "communes_met", "average_criteria_met", "criteria_total", "met", "not_met", "missing"}}, nil},
		{"progress", append([]string{"progress", "--format", "csv"}, years...), map[string][]string{
			"district": {"year", "communes", "communes_met", "average_criteria", "criteria_total"},
			"commune":  {"year", "status", "criteria_met", "criteria_total"}}, map[string][]string{
			"district": {"status", "criteria_met", "first_met", "regressed", "problems", "target_year"},
			"commune":  {"communes", "communes_met", "average_criteria", "problems", "target_year"}}},
		{"progress", []string{"progress", "--format", "csv", "--plan", plan47, "--as-of", "2020-05-05", a2020, a2026}, map[string][]string{
			"target": {"plan", "as_of", "target_year", "target_status", "deadline_passed", "target_provisional"}}, nil},
		{"progress", []string{"progress", "--format", "csv", bad[0], bad[1], a2020, a2026}, map[string][]string{
			"excluded": {"origin", "problems"}, "commune": {"unit", "basis"}}, nil},
		{"units", []string{"units", "--format", "csv", "--as-of", "2025-03-01"}, nil, nil},
		{"units", []string{"units", "--format", "csv", "--as-of", "2026-12-01"}, nil, nil},
		{"successors", []string{"units", "--format", "csv", "--successor", "Bính Xá, Đình Lập, Lạng Sơn", "--as-of", "2025-07-01"}, nil, nil},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			want, ok := docs[tc.doc]
			if !ok || len(want) == 0 {
				t.Fatalf("formats.md has no <!-- columns: %s --> list", tc.doc)
			}
			code, out, stderr := runNTM(t, "", tc.args...)
			if code != exitOK && code != exitInput || out == "" {
				t.Fatalf("exit %d, no output: %s", code, stderr)
			}
			if _, en, _ := runNTM(t, "", english(tc.args)...); en != out {
				t.Errorf("--lang en changes the CSV")
			}
			header, rows := readCSV(t, out)
			if !slices.Equal(header, want) {
				t.Errorf("header\n%q\nformats.md lists\n%q", header, want)
			}
			if len(rows) == 0 {
				t.Fatal("no row")
			}
			for i, r := range rows {
				for col, re := range csvColumns {
					if v, ok := r[col]; ok && v != "" && !re.MatchString(v) && !(tc.doc == "summary" && col == "status") {
						t.Errorf("row %d: %s %q is not %s", i+2, col, v, re)
					}
				}
				for _, col := range tc.filled[r["scope"]] {
					if r[col] == "" {
						t.Errorf("row %d (scope %s): %s is empty", i+2, r["scope"], col)
					}
				}
				for _, col := range tc.empty[r["scope"]] {
					if r[col] != "" {
						t.Errorf("row %d (scope %s): %s is %q, not empty", i+2, r["scope"], col, r[col])
					}
				}
			}
		})
	}
}
