package evaluate

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/untranslated"
)

// viExtraInputs returns inputs that reach messages the case tables of the
// decoders' tests do not: JSON documents and tables. They are built when
// the test runs, not held for the life of the test binary.
func viExtraInputs() (viExtraJSON []string, viExtraTables []viTable) {
	viExtraJSON = []string{
		`{"communes": [`,
		`[{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"5": {"numerator": 4, "denominator": 3}, "4.2": "abc", "9.9": 1}}}]`,
		inHoaLac(`"4.2": {"value": 90, "unit": "x"}`),
		inHoaLac(`"4.2": {"value": 90, "source": 5}`),
		inHoaLac(`"4.2": {"value": 90, "numerator": 1}`),
		inHoaLac(`"5": {"numerator": "a", "denominator": 3}`),
		inHoaLac(`"5": {"numerator": 1e999, "denominator": 3}`),
		inHoaLac(`"4.2": "` + strings.Repeat("9", 2000) + `"`),
		inHoaLac(`"4.2": 1` + strings.Repeat("0", 2000)),
		inHoaLac(`"4.2": "1,5"`),
		inHoaLac(`"4.2": "1.2.3"`),
		inHoaLac(`"4.2": "9O"`),
		inHoaLac(`"1.1": "đạt"`),
		inHoaLac(`"17.6": "n/a"`),
		inHoaLac(`"9.1": {"numerator": 1, "denominator": 2}`),
		inHoaLac(`"5": {"numerator": 1, "denominator": 2, "source": "` + strings.Repeat("x", 1<<20) + `"}`),
		`{"commune": {"name": "A", "province": "Lạng Sơn", "code": 5}, "year": 2020, "sets": {}}`,
		`{"commune": {"name": 5}, "year": 2020, "sets": {}}`,
		`{"commune": {"name": "A\u0001", "province": "Lạng Sơn"}, "year": 2020, "sets": {}}`,
		`{"commune": {"name": "A", "province": "Lạng Sơn"}, "group": true, "year": 2020, "sets": {}}`,
		`{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 2026, "sets": {"51/2025": {"1": true}}}`,
		`{"commune": {"name": "A", "province": "Lạng Sơn"}, "group": "9", "year": 2026, "sets": {"51/2025": {"1": true}}}`,
		`{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": 5}}`,
		`{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 2020, "sets": {}, "recognitions": 5}`,
		`{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 2020, "sets": {}, "recognitions": [{"set": 5, "year": "x", "decision": 7}]}`,
		`{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 2020, "sets": {}, "commune": {}}`,
		`{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": 90}}} x`,
		`{"a": [1, 2,, 3]}`, `{"a" 1}`, `{"a": 1 "b": 2}`, `[1 2]`, `{"a": tru}`, `{"a": -}`, `{"a": 1.}`, `{"a": 1e}`,
		`{"a": "\q"}`, `{"a": "\u12x4"}`, "{\"a\": \"x\x01\"}", "{\"a\": \"\xff\"}", `{"a": 01}`,
		strings.Repeat("[", 2000),
		"",
	}
	viExtraTables = []viTable{
		{"province,district,commune,year,set,indicator,value\n", TableOptions{Encoding: "latin-1"}},
		{"province,district,commune,year,indicator,value\nLạng Sơn,Hữu Lũng,A,2020,4.2,96\n", TableOptions{Set: "1999"}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,DBSH,2020,1980,4.2,96,,,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,,\nLạng Sơn,Hữu Lũng,A,DBSH,2020,1980,4.3,96,,,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1999,4.2,96,,,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,,\nLạng Sơn,Hữu Lũng,A,,2020,1980,4.2,97,,,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,5,,2,,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,5,,,3,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,5,90,,,trường,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,\"1.234,5\",,,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,\"1.2.3\",,,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,1e999,,,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,nhiều,,,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,1.1,5,,,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,9.1,đạt,,,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,n/a,,,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,," + strings.Repeat("x", MaxCellBytes+1) + "\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,\"96\"x,,,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,,\nLạng Sơn,Hữu Lũng,B,,2020,1980,4.2,96,,,,\nLạng Sơn,Hữu Lũng,A,,2020,1980,4.3,96,,,,\n", TableOptions{}},
		{"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,1.1,\nLạng Sơn,Hữu Lũng,A,2020,1980,x,y\n", TableOptions{}},
		{"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,1.1,1.1 Quy hoạch\nLạng Sơn,Hữu Lũng,A,2020,1980,x,x\n", TableOptions{}},
		{"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,5 [trường]\nLạng Sơn,Hữu Lũng,A,2020,1980,a/3\nLạng Sơn,Hữu Lũng,B,2020,1980,1/b\n", TableOptions{}},
		{"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,10\nLạng Sơn,Hữu Lũng,A,2020,1980,1/3\n", TableOptions{}},
		{"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,Chỉ tiêu,1.1\nLạng Sơn,Hữu Lũng,A,2020,1980,1.1,x\n", TableOptions{}},
		{"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,Giá trị,1.1\nLạng Sơn,Hữu Lũng,A,2020,1980,1,x\n", TableOptions{}},
		{"Tỉnh,Huyện,Xã,Nhóm,Năm,Bộ tiêu chí,1\nLạng Sơn,Hữu Lũng,A,1,2026,51/2025,x\nLạng Sơn,Hữu Lũng,A,2,2026,51/2025,x\n", TableOptions{}},
		{"province;district;commune;year;set;indicator;value\n", TableOptions{}},
		{"province,district,commune,year,set,indicator,value,\"x\n", TableOptions{}},
		{"province\tdistrict\tcommune\n", TableOptions{}},
		{"provincedistrictcommune,year\n", TableOptions{}},
		{strings.Repeat("x", MaxRowBytes+10) + "\n", TableOptions{}},
		{inCSVHeader + strings.Repeat("x", MaxRowBytes+10) + "\nLạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,,\n", TableOptions{}},
		{inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,," + strings.Repeat(",", 5000) + "\n", TableOptions{}},
	}
	return viExtraJSON, viExtraTables
}

type viTable struct {
	in  string
	opt TableOptions
}

// TestProblemsReadInVietnamese renders every problem the decoders report
// for the bad inputs of their tests, their fuzz seeds and the inputs above
// in Vietnamese: no line may keep English words.
func TestProblemsReadInVietnamese(t *testing.T) {
	check := func(what string, err error, names ...string) {
		t.Helper()
		untranslated.Check(t, what, err, names...)
	}
	json := func(name, in string) {
		_, err := DecodeJSON(strings.NewReader(in), "hoalac.json", nil)
		check(name, err, "hoalac.json")
	}
	table := func(name, in string, opt TableOptions) {
		_, err := opt.DecodeCSV(strings.NewReader(in), "t.csv")
		check(name, err, "t.csv")
	}
	for _, tc := range jsonBadCases {
		json(tc.name, tc.in)
	}
	viExtraJSON, viExtraTables := viExtraInputs()
	for i, in := range viExtraJSON {
		json(fmt.Sprintf("viExtraJSON[%d]", i), in)
	}
	for _, tc := range csvBadCases {
		table(tc.name, tc.in, TableOptions{})
	}
	for _, tc := range tableBadCases() {
		table(tc.name, tc.in, tc.opt)
	}
	for i, tc := range viExtraTables {
		table(fmt.Sprintf("viExtraTables[%d]", i), tc.in, tc.opt)
	}
	for _, rows := range []string{
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,đạt,\"96,5\",2/3,n/a,96.5%",
		`Lạng Sơn,Hữu Lũng,"Hòa Lạc,2020,1980,,,0/0,,-1`,
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,5,101,5/3,có,-1",
	} {
		table("wide "+rows, "Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,1.1,4.2 Điện,5 Trường học [trường],7. Chợ,17.1a\n"+rows, TableOptions{Set: "1980"})
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*"))
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		switch filepath.Ext(file) {
		case ".json":
			_, err = DecodeJSON(bytes.NewReader(b), file, nil)
		case ".csv":
			_, err = TableOptions{}.DecodeCSV(bytes.NewReader(b), file)
		default:
			continue
		}
		check(file, err, file)
	}
	readme := filepath.Join("testdata", "input", "README.md")
	_, err := ReadFile(readme, nil)
	check("ReadFile README.md", err, readme)
}
