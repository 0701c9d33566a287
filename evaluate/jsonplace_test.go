package evaluate

import (
	"encoding/json"
	"strings"
	"testing"

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
