package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestUnitsSuccessorOfHòaLạc(t *testing.T) {
	code, out, errOut := runNTM(t, "", "units", "--successor", "Hòa Lạc, Hữu Lũng, Lạng Sơn", "--as-of", "2025-07-01")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	for _, want := range []string{"Xã Tân Thành (06445)", "1672/NQ-UBTVQH15, Điều 1, khoản 46"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	golden(t, "units-successor-hoa-lac.txt", out)
}

func TestUnitsSuccessorJSON(t *testing.T) {
	code, out, errOut := runNTM(t, "", "units", "--successor", "xa hoa lac, huyen huu lung, tinh lang son", "--as-of", "2025-07-01", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	var got []struct {
		Successor struct{ Code, Name, District string }
		Whole     bool
		Basis     string
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	want := []struct {
		Successor struct{ Code, Name, District string }
		Whole     bool
		Basis     string
	}{{struct{ Code, Name, District string }{"06445", "Xã Tân Thành", ""}, true, "1672/NQ-UBTVQH15, Điều 1, khoản 46"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestUnitsList(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		golden   string
		stderr   string
	}{
		{"the 65 units of Lạng Sơn from 1/7/2025 as JSON", []string{"--province", "Lạng Sơn", "--as-of", "2025-07-01", "--format", "json"}, exitOK, "units-lang-son-2025-07.json", ""},
		{"the 194 units of 1/3/2025 as CSV", []string{"--as-of", "2025-03-01", "--format", "csv"}, exitOK, "units-2025-03.csv", ""},
		{"the units of 30/6/2025 as text, with their districts", []string{"--as-of", "2025-06-30", "--province", "lang son"}, exitOK, "units-2025-06-30.txt", ""},
		{"a province without registry is an input error", []string{"--province", "Hà Nội"}, exitInput, "", "no units known for province"},
		{"a malformed date is a usage error", []string{"--as-of", "1/7/2025"}, exitUsage, "", "--as-of"},
		{"an unknown commune names the closest units", []string{"--successor", "Nhất Tiến, Hữu Lũng, Lạng Sơn"}, exitInput, "", "Xã Nhật Tiến (06418), Huyện Hữu Lũng"},
		{"an ambiguous commune asks for the district", []string{"--successor", "Tân Thành, Lạng Sơn", "--as-of", "2025-07-01"}, exitInput, "", "name the district"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runNTM(t, "", append([]string{"units"}, tc.args...)...)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d; stderr %s", code, tc.wantCode, errOut)
			}
			if tc.golden != "" {
				golden(t, tc.golden, out)
			}
			if !strings.Contains(errOut, tc.stderr) {
				t.Errorf("stderr %q lacks %q", errOut, tc.stderr)
			}
		})
	}
}

func TestEvalSuccessors(t *testing.T) {
	in := `[
{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true, "5": {"numerator": 2, "denominator": 3}}}},
{"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true, "5": {"numerator": 1, "denominator": 2}}}},
{"commune": {"name": "Hòa Sơn", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true, "5": {"numerator": 3, "denominator": 3}}}},
{"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}}
]`
	code, out, errOut := runNTM(t, in, "eval", "--successors", "2025-07-01", "--format", "json", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var reports []struct {
		Commune  struct{ Name, Code string }
		Basis    string
		Warnings []string
	}
	if err := json.Unmarshal([]byte(out), &reports); err != nil {
		t.Fatal(err)
	}
	if len(reports) != 5 || reports[4].Basis != "estimate-from-predecessors" || reports[4].Commune.Code != "06445" ||
		!strings.Contains(strings.Join(reports[4].Warnings, "\n"), "ước tính từ số liệu các xã cũ") {
		t.Errorf("reports %+v: want the 4 reports and one estimate for Tân Thành 06445", reports)
	}
	if !strings.Contains(errOut, "Xã Vân Nham (06415)") {
		t.Errorf("stderr does not note that Vân Nham cannot be estimated: %s", errOut)
	}
	code, _, _ = runNTM(t, in, "eval", "--successors", "1/7/2025", "-")
	if code != exitUsage {
		t.Errorf("a malformed --successors date: exit %d, want %d", code, exitUsage)
	}
}
