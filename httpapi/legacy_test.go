package httpapi

import (
	"net/http"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/legacyvn"
	"github.com/nongthonmoi/ntm/internal/xlsxtest"
)

// A table typed with the TCVN3 font encoding (số liệu minh họa) is read
// with charset=tcvn3, CSV or workbook; without it, the answer is 400 with
// one encoding problem saying which encoding and how to send it.
func TestALegacyTableIsReadWithItsCharset(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	table := "Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,4.2,96.5\n"
	csv, err := legacyvn.Encode(legacyvn.TCVN3, table)
	if err != nil {
		t.Fatal(err)
	}
	var cells [][]any
	for _, line := range strings.Split(strings.TrimSpace(table), "\n") {
		var row []any
		for _, c := range strings.Split(line, ",") {
			b, _ := legacyvn.Encode(legacyvn.TCVN3, c)
			r := make([]rune, len(b))
			for i, c := range b {
				r[i] = rune(c)
			}
			row = append(row, string(r))
		}
		cells = append(cells, row)
	}
	xlsx := string(xlsxtest.Sheet(t, cells...))
	const mediaXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	for _, tc := range []struct{ media, body, fix string }{
		{"text/csv", string(csv), "send it with Content-Type text/csv;charset=tcvn3"},
		{mediaXLSX, xlsx, "send it with charset=tcvn3 in its Content-Type"},
	} {
		rec := do(t, h, http.MethodPost, "/evaluate", tc.media+"; charset=tcvn3", tc.body)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "Hòa Lạc") {
			t.Errorf("%s; charset=tcvn3: status %d, body:\n%s", tc.media, rec.Code, rec.Body)
		}
		rec = do(t, h, http.MethodPost, "/evaluate?lang=en", tc.media, tc.body)
		msg := problemsMessages(t, rec)
		if rec.Code != http.StatusBadRequest || !strings.Contains(msg, "TCVN3") || !strings.Contains(msg, tc.fix) || !strings.Contains(rec.Body.String(), `"code": "encoding"`) {
			t.Errorf("%s without charset: status %d, body:\n%s", tc.media, rec.Code, rec.Body)
		}
	}
	rec := do(t, h, http.MethodPost, "/evaluate", mediaXLSX+"; charset=latin1", xlsx)
	if rec.Code != http.StatusUnsupportedMediaType {
		t.Errorf("a workbook with charset=latin1: status %d, want 415", rec.Code)
	}
}

// A JSON body declared or defaulted as UTF-8 whose names are typed with the
// TCVN3 font encoding (số liệu minh họa) gets an encoding problem at the
// line and column of the first, saying which encoding and what it reads;
// the other communes are evaluated (422).
func TestAJSONBodyInALegacyEncodingSaysSo(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	name, err := legacyvn.Encode(legacyvn.TCVN3, "Hòa Lạc")
	if err != nil {
		t.Fatal(err)
	}
	body := `[{"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}},
{"commune": {"name": "` + string(name) + `", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}}]`
	for _, media := range []string{"application/json", "application/json; charset=utf-8"} {
		rec := do(t, h, http.MethodPost, "/evaluate?lang=en", media, body)
		b := rec.Body.String()
		msg := problemsMessages(t, rec)
		if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(b, `"code": "encoding"`) || !strings.Contains(b, `"line": 2`) ||
			!strings.Contains(b, `"column": "24"`) || !strings.Contains(b, `"input": "Hßa L¹c"`) || !strings.Contains(b, "Tân Thành") ||
			!strings.Contains(msg, `TCVN3 (ABC: .VnTime, .VnArial), in which it reads "Hòa Lạc"`) || !strings.Contains(msg, "JSON is UTF-8 (RFC 8259)") {
			t.Errorf("%s: status %d, body:\n%s", media, rec.Code, b)
		}
	}
}
