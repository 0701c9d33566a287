package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/nongthonmoi/ntm/internal/untranslated"
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

// TestUnitsSuccessorOfAUnitInForceWithoutDistrict: a unit formed on
// 1/7/2025 has no district (1672/NQ-UBTVQH15): its name and province answer
// it, in force, and the text names the former units of that name with how
// to ask for one (the district), which then answers.
func TestUnitsSuccessorOfAUnitInForceWithoutDistrict(t *testing.T) {
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"vi", []string{"Xã Tân Thành (06445), Lạng Sơn: còn hiệu lực ngày 02/12/2026, không có đơn vị kế thừa\n" +
			"Đơn vị cũ cùng tên: Xã Tân Thành (06250), Huyện Cao Lộc, Lạng Sơn; Xã Tân Thành (06379), Huyện Bắc Sơn, Lạng Sơn; Xã Tân Thành (06442), Huyện Hữu Lũng, Lạng Sơn; " +
			"để xem đơn vị kế thừa của đơn vị cũ, hãy ghi thêm huyện, ví dụ \"Tân Thành, Huyện Cao Lộc, Lạng Sơn\"\n"}},
		{"en", []string{"Xã Tân Thành (06445), Lạng Sơn: still in force on 2026-12-02, no successor\n" +
			"Former units of the same name: Xã Tân Thành (06250), Huyện Cao Lộc, Lạng Sơn; Xã Tân Thành (06379), Huyện Bắc Sơn, Lạng Sơn; Xã Tân Thành (06442), Huyện Hữu Lũng, Lạng Sơn; " +
			"for the successor of a former unit, name its district, as in \"Tân Thành, Huyện Cao Lộc, Lạng Sơn\"\n"}},
	} {
		code, out, errOut := runNTM(t, "", "units", "--lang", tc.lang, "--successor", "Tân Thành, Lạng Sơn", "--as-of", "2026-12-02")
		if code != exitOK || errOut != "" || out != tc.want[0] {
			t.Errorf("%s: exit %d, stderr %q, output\n%s\nwant\n%s", tc.lang, code, errOut, out, tc.want[0])
		}
	}
	code, out, errOut := runNTM(t, "", "units", "--lang", "en", "--successor", "Tân Thành, Huyện Cao Lộc, Lạng Sơn", "--as-of", "2026-12-02")
	if code != exitOK || !strings.Contains(out, "→ Xã Tân Đoàn (06316), Lạng Sơn") {
		t.Errorf("the advice followed: exit %d, stderr %q, output\n%s", code, errOut, out)
	}
	code, out, errOut = runNTM(t, "", "units", "--format", "json", "--successor", "Tân Thành, Lạng Sơn", "--as-of", "2026-12-02")
	if code != exitOK || errOut != "" || out != "[]\n" {
		t.Errorf("JSON: exit %d, stderr %q, output %q; want [] (no successor)", code, errOut, out)
	}
}

// A commune whose code its successor took over (06445 was xã Hòa Sơn, is
// xã Tân Thành) is written with words in place of its code, as the notes
// of ntm eval --successors write it, the code once, on the successor's
// line; of several successors, the one that took the code is named. JSON
// and CSV keep each unit's code.
func TestUnitsSuccessorWithTheSameCode(t *testing.T) {
	for _, tc := range []struct {
		commune, code, vi, en string
	}{
		{"Hòa Sơn, Hữu Lũng, Lạng Sơn", "06445",
			"Xã Hòa Sơn (cùng mã với xã mới), Huyện Hữu Lũng, Lạng Sơn, đến 30/6/2025\n" +
				"→ Xã Tân Thành (06445), Lạng Sơn, từ 01/7/2025 (toàn bộ; 1672/NQ-UBTVQH15, Điều 1, khoản 46)\n",
			"Xã Hòa Sơn (same code as the new unit), Huyện Hữu Lũng, Lạng Sơn, until 2025-06-30\n" +
				"→ Xã Tân Thành (06445), Lạng Sơn, from 2025-07-01 (whole; 1672/NQ-UBTVQH15, Điều 1, khoản 46)\n"},
		{"Kiên Mộc, Đình Lập, Lạng Sơn", "06625",
			"Xã Kiên Mộc (cùng mã với Xã Kiên Mộc mới), Huyện Đình Lập, Lạng Sơn, đến 30/6/2025\n" +
				"→ Xã Châu Sơn (06637), Lạng Sơn, từ 01/7/2025 (một phần; 1672/NQ-UBTVQH15, Điều 1, khoản 42)\n" +
				"→ Xã Kiên Mộc (06625), Lạng Sơn, từ 01/7/2025 (một phần; 1672/NQ-UBTVQH15, Điều 1, khoản 43)\n",
			"Xã Kiên Mộc (same code as the new Xã Kiên Mộc), Huyện Đình Lập, Lạng Sơn, until 2025-06-30\n" +
				"→ Xã Châu Sơn (06637), Lạng Sơn, from 2025-07-01 (part; 1672/NQ-UBTVQH15, Điều 1, khoản 42)\n" +
				"→ Xã Kiên Mộc (06625), Lạng Sơn, from 2025-07-01 (part; 1672/NQ-UBTVQH15, Điều 1, khoản 43)\n"},
	} {
		for lang, want := range map[string]string{"vi": tc.vi, "en": tc.en} {
			args := []string{"units", "--lang", lang, "--successor", tc.commune, "--as-of", "2025-07-01"}
			code, out, errOut := runNTM(t, "", args...)
			if code != exitOK || out != want {
				t.Errorf("%v: exit %d, stdout\n%s\nwant\n%s\nstderr %s", args, code, out, want, errOut)
			}
		}
		for _, format := range []string{"json", "csv"} {
			_, out, _ := runNTM(t, "", "units", "--format", format, "--successor", tc.commune, "--as-of", "2025-07-01")
			if strings.Contains(out, "cùng mã") || strings.Contains(out, "same code") || strings.Count(out, `"`+tc.code+`"`)+strings.Count(out, tc.code+",") < 2 {
				t.Errorf("%s: %s, want each unit with its own code:\n%s", tc.commune, format, out)
			}
		}
	}
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
	// The whole answer, which docs/schema/units.schema.json describes.
	golden(t, "units-successor-hoa-lac.json", out)
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
		{"a province without registry is an input error", []string{"--province", "Nghệ An"}, exitInput, "", "no units known for province"},
		{"a centrally-run city without registry is an input error", []string{"--province", "Hà Nội"}, exitInput, "", "no units known for city"},
		{"a name that is no province is an input error", []string{"--province", "Xyz"}, exitInput, "", `"Xyz" is not a province or centrally-run city`},
		{"a malformed date is a usage error", []string{"--as-of", "30/2/2025"}, exitUsage, "", "--as-of"},
		{"an unknown commune names the closest units", []string{"--successor", "Nhất Tiến, Hữu Lũng, Lạng Sơn"}, exitInput, "", "Xã Nhật Tiến (06418), Huyện Hữu Lũng"},
		{"an ambiguous commune asks for the district", []string{"--successor", "Tân Thành, Lạng Sơn", "--as-of", "2025-06-30"}, exitInput, "", `name the district, as in "Tân Thành, Huyện Cao Lộc, Lạng Sơn"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"units"}, tc.args...)
			if tc.wantCode != exitOK {
				args = english(args) // the English messages; see TestUnitsProblemsInBothLanguages
			}
			code, out, errOut := runNTM(t, "", args...)
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
	code, _, _ = runNTM(t, in, "eval", "--successors", "2025-7-1", "-")
	if code != exitUsage {
		t.Errorf("a malformed --successors date: exit %d, want %d", code, exitUsage)
	}
}

// The Hữu Lũng scenario before and after the 2025 merger, read together:
// the 2026 reports of the new xã Tân Thành (06445, the former code of xã
// Hòa Sơn) and xã Vân Nham (06415, the name of a former commune) are not
// taken for their predecessors' reports. Each new unit is estimated from
// its three former communes' 2020 figures, and the one note left is that
// 933/QĐ-UBND has only xã Tân Thành's figures; no note says that a new
// unit cannot be estimated in 2026 for want of reports of the communes it
// replaced.
func TestEvalSuccessorsAcrossTheMerger(t *testing.T) {
	const before, after = "../../examples/huulung/so-lieu-minh-hoa.json", "../../examples/huulung/so-lieu-minh-hoa-sau-sap-xep.json"
	code, out, errOut := runNTM(t, "", "eval", "--successors", "2025-07-01", "--format", "json", before, after)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := "ntm eval: Xã Tân Thành (06445), Lạng Sơn, 933/QĐ-UBND, 2020: không ước tính được vì thiếu số liệu của Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn; Xã Hòa Sơn (cùng mã với xã mới), Huyện Hữu Lũng, Lạng Sơn\n"
	if errOut != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", errOut, want)
	}
	var reports []struct {
		Set          string
		Year         int
		Commune      struct{ Name, Code string }
		Basis        string
		Predecessors []struct{ Name string }
	}
	if err := json.Unmarshal([]byte(out), &reports); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range reports {
		if r.Basis != "" {
			var names []string
			for _, p := range r.Predecessors {
				names = append(names, p.Name)
			}
			got = append(got, fmt.Sprintf("%s (%s) %s %d: %s", r.Commune.Name, r.Commune.Code, r.Set, r.Year, strings.Join(names, ", ")))
		}
	}
	wantEst := []string{
		"Vân Nham (06415) 1980/QĐ-TTg 2020: Minh Tiến, Nhật Tiến, Vân Nham",
		"Tân Thành (06445) 1980/QĐ-TTg 2020: Hòa Lạc, Tân Thành, Hòa Sơn",
	}
	if strings.Join(got, "\n") != strings.Join(wantEst, "\n") {
		t.Errorf("estimates:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantEst, "\n"))
	}
}

// A date before the registry is an error in every format, not an empty
// list: "0 đơn vị" and exit 0 read as if Lạng Sơn had no communes in 2020.
func TestUnitsBeforeTheRegistryIsAnError(t *testing.T) {
	for _, format := range []string{"text", "json", "csv"} {
		code, out, errOut := runNTM(t, "", "units", "--as-of", "2020-01-01", "--format", format)
		if code != exitInput || out != "" || !strings.Contains(errOut, "01/3/2025") {
			t.Errorf("--format %s: exit %d, stdout %q, stderr %q; want exit %d, nothing on stdout and the first date known",
				format, code, out, errOut, exitInput)
		}
	}
	// The first day known lists its units.
	if code, out, errOut := runNTM(t, "", "units", "--as-of", "1/3/2025"); code != exitOK || !strings.HasSuffix(out, "194 đơn vị\n") {
		t.Errorf("1/3/2025: exit %d, %q, stderr %q", code, out[max(0, len(out)-40):], errOut)
	}
}

// TestUnitsProblemsInBothLanguages: the problems and usage errors of ntm
// units read in Vietnamese by default and in English with --lang en
// (after the subcommand or before it), each with one prefix ("ntm units: ",
// not "… units: " again).
func TestUnitsProblemsInBothLanguages(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		code   int
		vi, en []string // the beginning of standard error, then what it contains
	}{
		// A centrally-run city is a "thành phố", a province a "tỉnh".
		{[]string{"--province", "Hà Nội"}, exitInput,
			[]string{`ntm units: chưa có danh sách đơn vị hành chính của thành phố "Hà Nội" (đã có: Lạng Sơn)` + "\n"},
			[]string{`ntm units: no units known for city "Hà Nội" (known: Lạng Sơn)` + "\n"}},
		{[]string{"--province", "TP. Hồ Chí Minh"}, exitInput,
			[]string{`ntm units: chưa có danh sách đơn vị hành chính của thành phố "TP. Hồ Chí Minh" (đã có: Lạng Sơn)` + "\n"},
			[]string{`ntm units: no units known for city "TP. Hồ Chí Minh" (known: Lạng Sơn)` + "\n"}},
		{[]string{"--province", "Huế"}, exitInput,
			[]string{`ntm units: chưa có danh sách đơn vị hành chính của thành phố "Huế" (đã có: Lạng Sơn)` + "\n"},
			[]string{`ntm units: no units known for city "Huế" (known: Lạng Sơn)` + "\n"}},
		{[]string{"--province", "Nghệ An"}, exitInput,
			[]string{`ntm units: chưa có danh sách đơn vị hành chính của tỉnh "Nghệ An" (đã có: Lạng Sơn)` + "\n"},
			[]string{`ntm units: no units known for province "Nghệ An" (known: Lạng Sơn)` + "\n"}},
		// A name that is no province says so, with the nearest names when
		// some are close.
		{[]string{"--province", "Xyz"}, exitInput,
			[]string{`ntm units: "Xyz" không phải tên tỉnh hay thành phố trực thuộc trung ương nào` + "\n"},
			[]string{`ntm units: "Xyz" is not a province or centrally-run city` + "\n"}},
		{[]string{"--province", "Nghệ Ann"}, exitInput,
			[]string{`ntm units: "Nghệ Ann" không phải tên tỉnh hay thành phố trực thuộc trung ương nào (gần nhất: Nghệ An)` + "\n"},
			[]string{`ntm units: "Nghệ Ann" is not a province or centrally-run city (closest: Nghệ An)` + "\n"}},
		{[]string{"--successor", "Xã Không Có, Hữu Lũng, Lạng Sơn"}, exitInput,
			[]string{`ntm units: --successor: danh sách đơn vị hành chính không có đơn vị nào tên "Xã Không Có, Hữu Lũng, Lạng Sơn" (gần nhất: Thị trấn Đồng Mỏ (06463), Huyện Chi Lăng, Lạng Sơn; `},
			[]string{`ntm units: --successor: no unit named "Xã Không Có, Hữu Lũng, Lạng Sơn" is known (closest: Thị trấn Đồng Mỏ (06463), Huyện Chi Lăng, Lạng Sơn; `}},
		// A commune of a province whose units the registry does not hold
		// is not said to name no unit; "Xã, Tỉnh" names the province.
		{[]string{"--successor", "Mỹ Hiệp, Cao Lãnh, Đồng Tháp", "--as-of", "2025-07-01"}, exitInput,
			[]string{`ntm units: --successor: danh sách đơn vị hành chính chưa có tỉnh "Đồng Tháp" (đã có: Lạng Sơn): chưa biết đơn vị nào kế thừa "Mỹ Hiệp, Cao Lãnh, Đồng Tháp"` + "\n"},
			[]string{`ntm units: --successor: the registry holds no units of province "Đồng Tháp" (it holds: Lạng Sơn): the successors of "Mỹ Hiệp, Cao Lãnh, Đồng Tháp" are not known` + "\n"}},
		{[]string{"--successor", "Nghĩa Đồng, Nghệ An", "--as-of", "2025-07-01"}, exitInput,
			[]string{`ntm units: --successor: danh sách đơn vị hành chính chưa có tỉnh "Nghệ An" (đã có: Lạng Sơn): chưa biết đơn vị nào kế thừa "Nghĩa Đồng, Nghệ An"` + "\n"},
			[]string{`ntm units: --successor: the registry holds no units of province "Nghệ An" (it holds: Lạng Sơn): the successors of "Nghĩa Đồng, Nghệ An" are not known` + "\n"}},
		{[]string{"--successor", "Hòa Bình, Lạng Sơn", "--as-of", "2025-07-01"}, exitInput,
			[]string{`ntm units: --successor: "Hòa Bình, Lạng Sơn" chưa rõ là đơn vị nào: Xã Hòa Bình (06103), Huyện Bình Gia, Lạng Sơn; `, `; hãy ghi thêm huyện, ví dụ "Hòa Bình, Huyện Bình Gia, Lạng Sơn"` + "\n"},
			[]string{`ntm units: --successor: "Hòa Bình, Lạng Sơn" is ambiguous: Xã Hòa Bình (06103), Huyện Bình Gia, Lạng Sơn; `, `; name the district, as in "Hòa Bình, Huyện Bình Gia, Lạng Sơn"` + "\n"}},
		// A date before the registry says so, with the first date known.
		{[]string{"--successor", "Hòa Lạc, Hữu Lũng, Lạng Sơn", "--as-of", "2025-01-01"}, exitInput,
			[]string{"ntm units: danh mục đơn vị hành chính chỉ có từ ngày 01/3/2025, không có ngày 01/01/2025\n"},
			[]string{"ntm units: the registry of administrative units covers dates from 2025-03-01, not 2025-01-01\n"}},
		// An empty or malformed name is a usage error that shows the form.
		{[]string{"--successor", ",,"}, exitUsage,
			[]string{`ntm units: giá trị ",," không hợp lệ cho cờ --successor: cần dạng "Xã, Huyện, Tỉnh" (giá trị ",,")` + "\nCách dùng: ntm units ["},
			[]string{`ntm units: invalid value ",," for flag --successor: want "Xã, Huyện, Tỉnh" (got ",,")` + "\nUsage: ntm units ["}},
		{[]string{"--successor", ""}, exitUsage,
			[]string{`ntm units: giá trị "" không hợp lệ cho cờ --successor: cần dạng "Xã, Huyện, Tỉnh" (giá trị "")` + "\nCách dùng: ntm units ["},
			[]string{`ntm units: invalid value "" for flag --successor: want "Xã, Huyện, Tỉnh" (got "")` + "\nUsage: ntm units ["}},
		{[]string{"--successor", " , Hữu Lũng, Lạng Sơn"}, exitUsage,
			[]string{`ntm units: giá trị " , Hữu Lũng, Lạng Sơn" không hợp lệ cho cờ --successor: cần dạng "Xã, Huyện, Tỉnh"`},
			[]string{`ntm units: invalid value " , Hữu Lũng, Lạng Sơn" for flag --successor: want "Xã, Huyện, Tỉnh"`}},
		{[]string{"--successor", "Hòa Lạc, Hữu Lũng, Lạng Sơn, Việt Nam"}, exitUsage,
			[]string{`ntm units: giá trị "Hòa Lạc, Hữu Lũng, Lạng Sơn, Việt Nam" không hợp lệ cho cờ --successor: cần dạng "Xã, Huyện, Tỉnh"`},
			[]string{`ntm units: invalid value "Hòa Lạc, Hữu Lũng, Lạng Sơn, Việt Nam" for flag --successor: want "Xã, Huyện, Tỉnh"`}},
		{[]string{"--as-of", "2020-01-01"}, exitInput,
			[]string{"ntm units: danh mục đơn vị hành chính chỉ có từ ngày 01/3/2025, không có ngày 01/01/2020\n"},
			[]string{"ntm units: the registry of administrative units covers dates from 2025-03-01, not 2020-01-01\n"}},
		{[]string{"--as-of", "28/2/2025", "--province", "Lạng Sơn", "--format", "json"}, exitInput,
			[]string{"ntm units: danh mục đơn vị hành chính chỉ có từ ngày 01/3/2025, không có ngày 28/02/2025\n"},
			[]string{"ntm units: the registry of administrative units covers dates from 2025-03-01, not 2025-02-28\n"}},
		{[]string{"--as-of", "2025-13-01"}, exitUsage,
			[]string{`ntm units: --as-of: "2025-13-01" không phải ngày dạng YYYY-MM-DD hoặc N/T/NNNN` + "\nCách dùng: ntm units [", "Chạy 'ntm help units'"},
			[]string{`ntm units: --as-of: "2025-13-01" is not a date YYYY-MM-DD or D/M/YYYY` + "\nUsage: ntm units [", "Run 'ntm help units'"}},
		{[]string{"--format", "xml"}, exitUsage,
			[]string{`ntm units: không có định dạng "xml" (chọn text, json hoặc csv)` + "\nCách dùng: ntm units ["},
			[]string{`ntm units: unknown format "xml" (want text, json or csv)` + "\nUsage: ntm units ["}},
		{[]string{"Lạng Sơn"}, exitUsage,
			[]string{`ntm units: thừa tham số "Lạng Sơn"` + "\nCách dùng: ntm units ["},
			[]string{`ntm units: unexpected argument "Lạng Sơn"` + "\nUsage: ntm units ["}},
		{[]string{"--colour"}, exitUsage,
			[]string{"ntm units: không có cờ --colour\nCách dùng: ntm units ["},
			[]string{"ntm units: flag provided but not defined: --colour\nUsage: ntm units ["}},
	} {
		args := append([]string{"units"}, tc.args...)
		for _, lang := range []string{"vi", "en", "en before"} {
			run, want := args, tc.vi
			switch lang {
			case "en":
				run, want = english(args), tc.en
			case "en before":
				run, want = append([]string{"--lang", "en"}, args...), tc.en
			}
			code, _, stderr := runNTM(t, "", run...)
			if code != tc.code {
				t.Errorf("%v: exit %d, want %d", run, code, tc.code)
			}
			if !strings.HasPrefix(stderr, want[0]) {
				t.Errorf("%v: stderr does not begin with %q:\n%s", run, want[0], stderr)
			}
			for _, w := range want[1:] {
				if !strings.Contains(stderr, w) {
					t.Errorf("%v: stderr lacks %q:\n%s", run, w, stderr)
				}
			}
			first, _, _ := strings.Cut(stderr, "\n")
			if rest := strings.TrimPrefix(first, "ntm units: "); strings.Contains(rest, "units: ") {
				t.Errorf("%v: a second prefix in %q", run, first)
			}
			if lang == "vi" {
				if w := untranslated.Words(first); len(w) > 0 {
					t.Errorf("%v: English in Vietnamese:\n\t%s\n\t\tEnglish: %s", run, first, strings.Join(w, ", "))
				}
			}
		}
	}
}

// TestUnitsTextInEnglish: with --lang en (after or before the subcommand)
// the labels of the text output are English, the units the same; JSON and
// CSV do not change with the language.
func TestUnitsTextInEnglish(t *testing.T) {
	list := []string{"units", "--as-of", "2025-06-30", "--province", "lang son"}
	_, vi, _ := runNTM(t, "", list...)
	code, en, errOut := runNTM(t, "", english(list)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	viLines, enLines := strings.Split(vi, "\n"), strings.Split(en, "\n")
	if len(viLines) != len(enLines) || len(enLines) < 3 {
		t.Fatalf("%d lines in Vietnamese, %d in English:\n%s", len(viLines), len(enLines), en)
	}
	if got := strings.Fields(enLines[0]); strings.Join(got, " ") != "Code Name Kind District Province" {
		t.Errorf("header %q", enLines[0])
	}
	if got := enLines[len(enLines)-2]; got != "194 units" {
		t.Errorf("count line %q, want %q", got, "194 units")
	}
	// The rows are those of the Vietnamese list (aligned under the header).
	for i := 1; i < len(enLines)-2; i++ {
		if got, want := strings.Join(strings.Fields(enLines[i]), " "), strings.Join(strings.Fields(viLines[i]), " "); got != want {
			t.Errorf("row %d: %q, in Vietnamese %q", i, got, want)
		}
	}

	for _, tc := range []struct {
		commune, asOf, want string
	}{
		{"Hòa Lạc, Hữu Lũng, Lạng Sơn", "2025-07-01", "Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn, until 2025-06-30\n" +
			"→ Xã Tân Thành (06445), Lạng Sơn, from 2025-07-01 (whole; 1672/NQ-UBTVQH15, Điều 1, khoản 46)\n"},
		{"Bính Xá, Đình Lập, Lạng Sơn", "2025-07-01", "Xã Bính Xá (06622), Huyện Đình Lập, Lạng Sơn, until 2025-06-30\n" +
			"→ Xã Đình Lập (06613), Lạng Sơn, from 2025-07-01 (part; 1672/NQ-UBTVQH15, Điều 1, khoản 40)\n" +
			"→ Xã Kiên Mộc (06625), Lạng Sơn, from 2025-07-01 (part; 1672/NQ-UBTVQH15, Điều 1, khoản 43)\n"},
		{"Hòa Lạc, Hữu Lũng, Lạng Sơn", "2025-03-01", "Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn: still in force on 2025-03-01, no successor\n"},
	} {
		args := []string{"units", "--successor", tc.commune, "--as-of", tc.asOf}
		for _, run := range [][]string{english(args), append([]string{"--lang", "en"}, args...)} {
			code, out, errOut := runNTM(t, "", run...)
			if code != exitOK || out != tc.want {
				t.Errorf("%v: exit %d, stdout\n%s\nwant\n%s\nstderr %s", run, code, out, tc.want, errOut)
			}
		}
	}

	for _, args := range [][]string{
		{"units", "--as-of", "2025-07-01", "--format", "json"},
		{"units", "--as-of", "2025-03-01", "--format", "csv"},
		{"units", "--successor", "Bính Xá, Đình Lập, Lạng Sơn", "--as-of", "2025-07-01", "--format", "json"},
		{"units", "--successor", "Bính Xá, Đình Lập, Lạng Sơn", "--as-of", "2025-07-01", "--format", "csv"},
	} {
		_, vi, _ := runNTM(t, "", args...)
		_, en, _ := runNTM(t, "", english(args)...)
		if vi != en || vi == "" {
			t.Errorf("%v: --lang en changes the output:\n%s\n---\n%s", args, vi, en)
		}
	}
}

// TestUnitsWithoutDistrictsHaveNoDistrictColumn: the units in force from
// 1/7/2025 have no district (districts ceased), so the text list of a
// date from then on has no district column, in both languages; the JSON
// keeps its "district" key (formats.md), empty, and the CSV its district
// column, empty (TestUnitsCSVHeaderDoesNotDependOnTheDate).
func TestUnitsWithoutDistrictsHaveNoDistrictColumn(t *testing.T) {
	for _, tc := range []struct {
		args       []string
		wantHeader string
	}{
		{[]string{"units", "--as-of", "2026-12-01"}, "Mã Tên Loại Tỉnh"},
		{[]string{"units", "--as-of", "2026-12-01", "--lang", "en"}, "Code Name Kind Province"},
		{[]string{"units", "--as-of", "2025-06-30"}, "Mã Tên Loại Huyện Tỉnh"},
		{[]string{"units", "--as-of", "2025-06-30", "--format", "csv"}, "code,name,kind,district,province,from,to"},
	} {
		code, out, errOut := runNTM(t, "", tc.args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errOut)
		}
		lines := strings.Split(out, "\n")
		if got := strings.Join(strings.Fields(lines[0]), " "); got != tc.wantHeader {
			t.Errorf("%v: header %q, want %q", tc.args, got, tc.wantHeader)
		}
		if strings.Contains(tc.wantHeader, "Huyện") || strings.Contains(tc.wantHeader, "district") {
			continue
		}
		for i, l := range lines[1:] {
			if strings.Contains(l, ",,Lạng Sơn") || strings.Contains(l, "Huyện") && !strings.HasPrefix(tc.wantHeader, "predecessor") {
				t.Errorf("%v: line %d %q has an empty district", tc.args, i+2, l)
			}
		}
	}
	_, out, _ := runNTM(t, "", "units", "--as-of", "2026-12-01", "--format", "json")
	if !strings.Contains(out, `"district": "",`) {
		t.Errorf("the JSON lost its district key:\n%.300s", out)
	}
}

// TestEvalSuccessorsOfProvincesWithoutRegistry: the communes of a province
// whose units the registry does not hold are evaluated, and --successors
// says, once per province, that their successors are not known, rather
// than estimating nothing without a word.
func TestEvalSuccessorsOfProvincesWithoutRegistry(t *testing.T) {
	in := `[
{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}},
{"commune": {"name": "Nghĩa Đồng", "district": "Tân Kỳ", "province": "Nghệ An"}, "year": 2020, "sets": {"1980": {"1.1": true}}},
{"commune": {"name": "Kỳ Sơn", "district": "Tân Kỳ", "province": "Nghệ An"}, "year": 2020, "sets": {"1980": {"1.1": true}}},
{"commune": {"name": "Kỳ Sơn", "district": "Tân Kỳ", "province": "Nghệ An"}, "year": 2019, "sets": {"1980": {"1.1": true}}},
{"commune": {"name": "Mỹ Hiệp", "district": "Cao Lãnh", "province": "Đồng Tháp"}, "year": 2020, "sets": {"1980": {"1.1": true}}}
]`
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"vi", []string{
			"ntm eval: --successors: danh sách đơn vị hành chính chưa có tỉnh \"Nghệ An\" (đã có: Lạng Sơn): chưa biết đơn vị kế thừa của 2 xã của tỉnh này, không ước tính được\n",
			"ntm eval: --successors: danh sách đơn vị hành chính chưa có tỉnh \"Đồng Tháp\" (đã có: Lạng Sơn): chưa biết đơn vị kế thừa của 1 xã của tỉnh này, không ước tính được\n"}},
		{"en", []string{
			"ntm eval: --successors: the registry holds no units of province \"Nghệ An\" (it holds: Lạng Sơn): the successors of its 2 communes are not known and not estimated\n",
			"ntm eval: --successors: the registry holds no units of province \"Đồng Tháp\" (it holds: Lạng Sơn): the successors of its 1 commune are not known and not estimated\n"}},
	} {
		code, out, errOut := runNTM(t, in, "eval", "--lang", tc.lang, "--successors", "2025-07-01", "--format", "json", "-")
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", tc.lang, code, errOut)
		}
		var reports []json.RawMessage
		if err := json.Unmarshal([]byte(out), &reports); err != nil || len(reports) != 5 {
			t.Errorf("%s: %d reports (%v), want the 5", tc.lang, len(reports), err)
		}
		for _, w := range tc.want {
			if strings.Count(errOut, w) != 1 {
				t.Errorf("%s: stderr does not say once\n%s\nin:\n%s", tc.lang, w, errOut)
			}
		}
	}
}

// TestEvalSuccessorsOfProvinceWithoutRegistryWhateverItsSpelling: a
// province written with diacritics and without them is one province, said
// once with the communes of both spellings.
func TestEvalSuccessorsOfProvinceWithoutRegistryWhateverItsSpelling(t *testing.T) {
	in := `[
{"commune": {"name": "Nghĩa Đồng", "district": "Tân Kỳ", "province": "Nghệ An"}, "year": 2020, "sets": {"1980": {"1.1": true}}},
{"commune": {"name": "Kỳ Sơn", "district": "Tân Kỳ", "province": "Nghe An"}, "year": 2020, "sets": {"1980": {"1.1": true}}}
]`
	code, _, errOut := runNTM(t, in, "eval", "--lang", "en", "--successors", "2025-07-01", "--format", "json", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := "ntm eval: --successors: the registry holds no units of province \"Nghệ An\" (it holds: Lạng Sơn): the successors of its 2 communes are not known and not estimated\n"
	if n := strings.Count(errOut, "the registry holds no units"); n != 1 || !strings.Contains(errOut, want) {
		t.Errorf("said %d times, want once:\n%s\nin:\n%s", n, want, errOut)
	}
}
