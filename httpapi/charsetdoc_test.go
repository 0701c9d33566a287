package httpapi

import (
	"encoding/json"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/legacyvn"
	"github.com/nongthonmoi/ntm/internal/xlsxtest"
)

// The charsets openapi.json says POST /evaluate reads, of a CSV body and
// of a workbook, are those the handler reads: each listed one is read,
// in either case, and others are 415 with code encoding (utf-8 of a
// workbook among them); of JSON only utf-8 is read (RFC 8259).
func TestTheDocumentedCharsetsAreThoseRead(t *testing.T) {
	raw, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Paths map[string]map[string]struct {
			RequestBody struct{ Description string }
			Responses   map[string]struct{ Description string }
		}
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	post := doc.Paths["/evaluate"]["post"]
	d415 := post.Responses["415"].Description
	// "of text/csv one but `a`, `b` and `c`; of a workbook one but `d` and `e`."
	m := regexp.MustCompile(`of text/csv one but ([^;]+); of a workbook one but ([^.]+)\.`).FindStringSubmatch(d415)
	if m == nil {
		t.Fatalf("415 description does not list the charsets: %q", d415)
	}
	listed := func(s string) []string {
		var out []string
		for _, x := range regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(s, -1) {
			out = append(out, x[1])
		}
		return out
	}
	csvCharsets, xlsxCharsets := listed(m[1]), listed(m[2])
	for _, c := range append(append([]string{}, csvCharsets...), xlsxCharsets...) {
		if !strings.Contains(post.RequestBody.Description, "`"+c+"`") {
			t.Errorf("the request body's description does not name charset %q of the 415's", c)
		}
	}

	h := NewHandler(quiet(Options{}))
	const csvBody = "province,district,commune,year,set,indicator,value\nLang Son,Huu Lung,Hoa Lac,2020,1980,4.2,96.5\n"
	xlsx := string(xlsxtest.Sheet(t, []any{"province", "district", "commune", "year", "set", "4.2"}, []any{"Lang Son", "Huu Lung", "Hoa Lac", 2020, "1980", 96.5}))
	const mediaXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	status := func(ctype, body string) (int, string) {
		rec := do(t, h, http.MethodPost, "/evaluate?lang=en", ctype, body)
		return rec.Code, rec.Body.String()
	}
	for _, c := range csvCharsets {
		if c == "utf-16" {
			continue // an ASCII body is no UTF-16 text: read, and said wrong
		}
		for _, name := range []string{c, strings.ToUpper(c)} {
			if code, body := status("text/csv; charset="+name, csvBody); code != http.StatusOK {
				t.Errorf("text/csv; charset=%s: status %d, want 200\n%.300s", name, code, body)
			}
		}
	}
	if code, _ := status("text/csv; charset=utf-16", "\xff\xfe"+utf16le(csvBody)); code != http.StatusOK {
		t.Errorf("text/csv; charset=utf-16: status %d, want 200", code)
	}
	for _, c := range xlsxCharsets {
		for _, name := range []string{c, strings.ToUpper(c)} {
			if code, body := status(mediaXLSX+"; charset="+name, xlsx); code != http.StatusOK {
				t.Errorf("workbook; charset=%s: status %d, want 200\n%.300s", name, code, body)
			}
		}
	}
	if code, body := status(mediaXLSX, xlsx); code != http.StatusOK {
		t.Errorf("workbook without charset: status %d, want 200\n%.300s", code, body)
	}
	for _, tc := range []struct{ ctype, body string }{
		{"text/csv; charset=latin1", csvBody},
		{"text/csv; charset=utf-32", csvBody},
		{"text/csv; charset=abc", csvBody},
		{mediaXLSX + "; charset=utf-8", xlsx},
		{mediaXLSX + "; charset=windows-1258", xlsx},
		{mediaXLSX + "; charset=latin1", xlsx},
	} {
		if code, body := status(tc.ctype, tc.body); code != http.StatusUnsupportedMediaType || !strings.Contains(body, `"code": "encoding"`) {
			t.Errorf("%s: status %d, want 415 with code encoding\n%.300s", tc.ctype, code, body)
		}
	}
	if !strings.Contains(post.RequestBody.Description, "JSON, which is UTF-8 (RFC 8259: charset=utf-8 or none; another charset is 415, code encoding") {
		t.Errorf("the request body's description no longer says JSON's charset is utf-8 or none")
	}
	if code, body := status("application/json; charset=latin1", `[{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": 96.5}}}]`); code != http.StatusUnsupportedMediaType || !strings.Contains(body, `"code": "encoding"`) {
		t.Errorf("application/json; charset=latin1: status %d, want 415 with code encoding\n%.300s", code, body)
	}

	// Without its charset, a legacy header, province cell or line of
	// bytes is a problem of code encoding naming the charset to send.
	cell := func(s string) string {
		b, err := legacyvn.Encode(legacyvn.TCVN3, s)
		if err != nil {
			t.Fatal(err)
		}
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r)
	}
	line, err := legacyvn.Encode(legacyvn.TCVN3, "Lạng Sơn,Hữu Lũng,Hòa Lạc")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ what, ctype, body, fix string }{
		{"province cell", "text/csv", "Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\n" + cell("Lạng Sơn,Hữu Lũng,Hòa Lạc") + ",2020,1980,4.2,96.5\n", "text/csv;charset=tcvn3"},
		{"line of bytes", "text/csv", "province,district,commune,year,set,indicator,value\n" + string(line) + ",2020,1980,4.2,96.5\n", "text/csv;charset=tcvn3"},
		{"workbook province cell", mediaXLSX, string(xlsxtest.Sheet(t, []any{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "4.2"},
			[]any{cell("Lạng Sơn"), cell("Hữu Lũng"), cell("Hòa Lạc"), 2020, "1980", 96.5})), "charset=tcvn3 in its Content-Type"},
	} {
		code, body := status(tc.ctype, tc.body)
		if code != http.StatusBadRequest || !strings.Contains(body, `"code": "encoding"`) || !strings.Contains(body, "TCVN3") || !strings.Contains(body, tc.fix) {
			t.Errorf("%s: status %d, want 400 with code encoding naming TCVN3 and %q\n%.600s", tc.what, code, tc.fix, body)
		}
	}
}

// utf16le returns s, ASCII, as UTF-16LE bytes.
func utf16le(s string) string {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return string(b)
}
