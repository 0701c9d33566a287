package evaluate

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
)

// Each problem of a JSON value is at the line and column where its token
// begins, whatever precedes it on its line or between its key and it:
// escapes, a string ending in an escaped quote or backslash, a line break
// after the colon, a string that is not UTF-8 earlier on the line (the
// line then counted in bytes), an unknown key (at the key).
func TestJSONValueProblemsNameTheirLineAndColumn(t *testing.T) {
	in := "[{\"commune\": {\"name\": \"Hòa Lạc\", \"district\": \"Hữu Lũng\", \"province\": \"Lạng Sơn\"}, \"year\": 2020,\n" +
		` "sets": {"1980/QĐ-TTg": {"10": "H\u1ed9 \"80\"", "4.2": "a\\", "9.1":` + "\n" +
		`      "x", "zz": 1, "5": {"numerator": 2,` + "\n" +
		`   "denominator": 0}}}},` + "\n" +
		"{\"commune\": {\"name\": \"Yên Bình\", \"district\": \"H\xdfu\", \"province\": \"Lạng Sơn\"}, \"year\": 1, \"extra\": 2, \"sets\": {\"1980/QĐ-TTg\": {\"4.2\": \"96.5\"}}}]"
	_, err := DecodeJSON(strings.NewReader(in), "t.json", nil)
	type place struct {
		Line   int
		Column string
		Path   string
	}
	var got []place
	for _, p := range problem.All(err) {
		got = append(got, place{p.Line, p.Column, p.Path})
	}
	want := []place{ // ordered by line, then path
		{2, "58", `[0].sets["1980/QĐ-TTg"]["4.2"]`},
		{2, "33", `[0].sets["1980/QĐ-TTg"]["10"]`},
		{3, "7", `[0].sets["1980/QĐ-TTg"]["9.1"]`},
		{3, "12", `[0].sets["1980/QĐ-TTg"]["zz"]`},
		{4, "19", `[0].sets["1980/QĐ-TTg"]["5"].denominator`},
		{5, "50", `[1].commune.district`}, // its first byte not UTF-8
		{5, "94", `[1].extra`},            // columns in bytes: the line is not UTF-8
		{5, "91", `[1].year`},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("places (-want +got):\n%s", diff)
	}
	// The HTTP API's problem object carries them.
	b, _ := json.Marshal(problem.All(err)[0])
	if !strings.Contains(string(b), `"line":2,"column":"58"`) {
		t.Errorf("problem object %s: want line 2, column 58", b)
	}
}

// A byte-order mark at the start of the input is no character of the
// first line, as for a syntax error.
func TestJSONValueProblemsAfterAByteOrderMark(t *testing.T) {
	for _, bom := range []string{"", "\uFEFF"} {
		_, err := DecodeJSON(strings.NewReader(bom+`{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 1, "sets": {}}`), "t.json", nil)
		all := problem.All(err)
		if len(all) != 1 || all[0].Line != 1 || all[0].Column != "60" {
			t.Errorf("mark %q: %v, want the year at line 1, column 60", bom, all)
		}
	}
}

// On one long line (JSON written without line breaks), the problems of
// every commune have their columns, beyond the bytes kept (tailSize), and
// are found without reading the line again from its start for each.
func TestJSONValueProblemsOnOneLongLine(t *testing.T) {
	var b strings.Builder
	b.WriteString("[")
	var want []string
	for i := range 3000 {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`{"commune": {"name": "Xã Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "Hộ 80", "10": -5, "99": 1}}}`)
	}
	b.WriteString("]")
	in := b.String()
	at, runes := 0, 0 // col is asked of offsets in increasing order
	col := func(off int) string {
		runes += utf8.RuneCountInString(in[at:off])
		at = off
		return strconv.Itoa(1 + runes)
	}
	for off := 0; ; {
		i := strings.Index(in[off:], `"Hộ 80"`)
		if i < 0 {
			break
		}
		off += i
		want = append(want, col(off), col(off+len(`"Hộ 80", "10": `)), col(off+len(`"Hộ 80", "10": -5, `)))
		off++
	}
	var all []*InputError
	for _, err := range NewJSONDecoder(strings.NewReader(in), "t.json", nil).All() {
		all = append(all, InputErrors(err)...)
	}
	if len(all) != 3*3000 {
		t.Fatalf("%d problems, want %d", len(all), 3*3000)
	}
	for i, p := range all {
		if p.Line != 1 || p.Column != want[i] {
			t.Fatalf("problem %d: %s, want line 1, column %s", i, p.Error(), want[i])
		}
	}
}
