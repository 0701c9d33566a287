package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
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
