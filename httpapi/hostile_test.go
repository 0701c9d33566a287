package httpapi

import (
	"archive/zip"
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// failingBody is a request body that ends in an error other than io.EOF,
// as a connection closed before the whole body arrived.
type failingBody struct{ r io.Reader }

func (b *failingBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if err == io.EOF {
		return n, io.ErrUnexpectedEOF
	}
	return n, err
}

// TestABodyWhoseReadingFailsIsA400: a body that could not be read to its
// end (the reader fails) is answered 400 with one problem saying so, as
// POST /plans/status answers it; none of its communes is evaluated, as
// the body is not what the client sent, and the error is not taken for
// one of its syntax.
func TestABodyWhoseReadingFailsIsA400(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	valid := `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96"}}}`
	for _, tc := range []struct{ name, target, ctype, body string }{
		{"whole JSON", "/evaluate", "application/json", valid},
		{"JSON cut in a commune", "/evaluate", "application/json", "[" + valid + "," + valid[:50]},
		{"whole CSV", "/evaluate", "text/csv", csvBody},
		{"CSV cut in a row", "/evaluate", "text/csv", csvBody[:200]},
		{"workbook", "/evaluate", mediaXLSX, "PK\x03\x04"},
		{"plan", "/plans/status", "application/json", planBody(t)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, lang := range []string{"vi", "en"} {
				req := httptest.NewRequest(http.MethodPost, tc.target+"?lang="+lang, &failingBody{strings.NewReader(tc.body)})
				req.ContentLength = -1
				req.Header.Set("Content-Type", tc.ctype)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusBadRequest {
					t.Fatalf("lang=%s: status %d, want 400\n%.600s", lang, rec.Code, rec.Body)
				}
				ps := decodeProblems(t, rec)
				want := "reading the request body: unexpected EOF"
				if lang == "vi" {
					want = "đọc nội dung yêu cầu: unexpected EOF"
				}
				if len(ps) != 1 || ps[0]["code"] != "syntax" || ps[0]["file"] != "request" || ps[0]["message"] != want {
					t.Errorf("lang=%s: problems %v, want one syntax problem %q", lang, ps, want)
				}
			}
		})
	}
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// zeros is an endless body of a byte.
type zeros byte

func (z zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(z)
	}
	return len(p), nil
}

// TestAnEndlessBodyIsReadOnlyToTheLimit: a body without Content-Length
// that never ends is answered 413 with its problem once MaxBodyBytes are
// read, in each media type, and little beyond the limit is read.
func TestAnEndlessBodyIsReadOnlyToTheLimit(t *testing.T) {
	const limit = 1 << 20
	h := NewHandler(quiet(Options{MaxBodyBytes: limit}))
	for _, tc := range []struct {
		target, ctype string
		fill          byte
	}{
		{"/evaluate", "application/json", ' '},
		{"/evaluate", "application/json", 'x'},
		{"/evaluate", "text/csv", 'a'},
		{"/evaluate", "text/csv", ','},
		{"/evaluate", mediaXLSX, 'P'},
		{"/plans/status", "application/json", ' '},
	} {
		body := &countingReader{r: zeros(tc.fill)}
		req := httptest.NewRequest(http.MethodPost, tc.target, body)
		req.ContentLength = -1
		req.Header.Set("Content-Type", tc.ctype)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusRequestEntityTooLarge {
			t.Errorf("%s %s %q: status %d, want 413\n%.300s", tc.target, tc.ctype, tc.fill, rec.Code, rec.Body)
			continue
		}
		if diff := problemsOf(t, rec); len(diff) != 1 || diff[0].Code != "too-large" {
			t.Errorf("%s %s %q: problems %v", tc.target, tc.ctype, tc.fill, diff)
		}
		if body.n > limit+64<<10 {
			t.Errorf("%s %s %q: read %d bytes of a limit of %d", tc.target, tc.ctype, tc.fill, body.n, limit)
		}
	}
}

// zipBomb is a workbook whose sheet unpacks to 300 MiB of zeros.
func zipBomb(t *testing.T) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if name != "xl/worksheets/sheet1.xml" {
			w.Write([]byte("<x/>"))
			continue
		}
		w.Write([]byte(`<worksheet><sheetData>`))
		z := make([]byte, 1<<20)
		for range 300 {
			w.Write(z)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestAZipBombIsAProblem: the workbook reader's unpack limits apply to a
// body of POST /evaluate, answered with a too-large problem.
func TestAZipBombIsAProblem(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	rec := do(t, h, http.MethodPost, "/evaluate", mediaXLSX, string(zipBomb(t)))
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("status %d, want 400\n%.300s", rec.Code, rec.Body)
	}
	if ps := problemsOf(t, rec); len(ps) != 1 || ps[0].Code != "too-large" {
		t.Errorf("problems %v, want one too-large", ps)
	}
}
