package httpapi

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
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

// TestConcurrentEvaluationsOfMixedBodies sends 50 POST /evaluate at once
// to one server, valid and invalid bodies of each media type mixed; every
// answer must equal the one given alone. Run it with -race.
func TestConcurrentEvaluationsOfMixedBodies(t *testing.T) {
	srv := httptest.NewServer(NewHandler(quiet(Options{})))
	defer srv.Close()
	valid := `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96"}}}`
	type call struct{ target, ctype, body string }
	calls := []call{
		{"/evaluate", "application/json", valid},
		{"/evaluate?format=markdown", "application/json", readTestdata(t, "assessments.json")},
		{"/evaluate", "application/json", "[" + valid + `, {"commune": {"name": "X"}, "year": 20x}]`},
		{"/evaluate", "application/json", strings.Repeat("[", 1000)},
		{"/evaluate?format=csv", "text/csv", csvBody},
		{"/evaluate", "text/csv", strings.ReplaceAll(csvBody, "\n", "\r")},
		{"/evaluate", "text/csv", csvBody + "Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,99.9,x,,,,\n"},
		{"/evaluate", mediaXLSX, "not a workbook"},
		{"/evaluate?set=9999", "application/json", valid},
		{"/evaluate", "text/plain", valid},
	}
	send := func(c call) (string, error) {
		resp, err := srv.Client().Post(srv.URL+c.target, c.ctype, strings.NewReader(c.body))
		if err != nil {
			return "", err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		return resp.Status + " " + resp.Header.Get("Content-Type") + "\n" + string(b), err
	}
	want := make([]string, len(calls))
	for i, c := range calls {
		got, err := send(c)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = got
	}
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() {
			k := i % len(calls)
			got, err := send(calls[k])
			if err != nil {
				t.Errorf("%s: %v", calls[k].target, err)
				return
			}
			if got != want[k] {
				t.Errorf("call %d answered differently at once:\n%.400s\nalone:\n%.400s", k, got, want[k])
			}
		})
	}
	wg.Wait()
}

// TestACanceledRequestEndsPromptlyAndLeaksNothing: a client that cancels
// its request while its body is still arriving ends the handler's work at
// once, and no goroutine is left behind once the server is closed.
func TestACanceledRequestEndsPromptlyAndLeaksNothing(t *testing.T) {
	before := runtime.NumGoroutine()
	done := make(chan struct{}, 1)
	h := NewHandler(quiet(Options{}))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r)
		done <- struct{}{}
	}))
	for _, ctype := range []string{"application/json", "text/csv", mediaXLSX} {
		pr, pw := io.Pipe()
		ctx, cancel := context.WithCancel(context.Background())
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/evaluate", pr)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", ctype)
		errc := make(chan error, 1)
		go func() {
			resp, err := srv.Client().Do(req)
			if err == nil {
				resp.Body.Close()
			}
			errc <- err
		}()
		// Part of a body, then nothing more.
		if _, err := pw.Write([]byte("[" + strings.Repeat(" ", 64<<10))); err != nil {
			t.Fatal(err)
		}
		time.Sleep(50 * time.Millisecond)
		cancel()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: the handler still runs 5 s after the client canceled", ctype)
		}
		// The transport waits for the body's writer to end before Do
		// returns.
		pw.CloseWithError(context.Canceled)
		<-errc
	}
	srv.Close()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines before, %d after:\n%s", before, n, buf[:runtime.Stack(buf, true)])
	}
}

// TestABodyCutByAHalfClosedConnectionIsA400: a client that declares a
// Content-Length, sends less and closes its side of the connection still
// reads the answer: a 400 problem saying the body could not be read, not
// a 200 without content, on every route and media type. (The server
// cancels the request's context as the connection's reading ends.)
func TestABodyCutByAHalfClosedConnectionIsA400(t *testing.T) {
	srv := httptest.NewServer(NewHandler(quiet(Options{})))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	for _, tc := range []struct{ target, ctype, body string }{
		{"/evaluate", "application/json", "[ "},
		{"/evaluate", "text/csv", csvBody[:100]},
		{"/evaluate", mediaXLSX, "PK\x03\x04"},
		{"/plans/status", "application/json", `{"plan": `},
	} {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(10 * time.Second))
		fmt.Fprintf(c, "POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s",
			tc.target, tc.ctype, len(tc.body)+1000, tc.body)
		c.(*net.TCPConn).CloseWrite()
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatalf("%s %s: %v", tc.target, tc.ctype, err)
		}
		b, _ := io.ReadAll(resp.Body)
		c.Close()
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), `"code": "syntax"`) || !strings.Contains(string(b), "unexpected EOF") {
			t.Errorf("%s %s: %s %q, want 400 syntax unexpected EOF", tc.target, tc.ctype, resp.Status, b)
		}
	}
}

// TestAnEmptyQueryParameterIsAsIfNotGiven, as docs/formats.md says: each
// route answers a parameter given empty as it answers none.
func TestAnEmptyQueryParameterIsAsIfNotGiven(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	valid := `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96"}}}`
	for _, tc := range []struct{ method, bare, empty, ctype, body string }{
		{http.MethodGet, "/sets", "/sets?year=&lang=", "", ""},
		{http.MethodGet, "/sets/1980", "/sets/1980?year=&region=&group=&lang=", "", ""},
		{http.MethodPost, "/evaluate", "/evaluate?set=&lang=&format=", "application/json", valid},
		{http.MethodPost, "/plans/status?as_of=2020-05-05", "/plans/status?as_of=2020-05-05&lang=", "application/json", planBody(t)},
	} {
		bare := do(t, h, tc.method, tc.bare, tc.ctype, tc.body)
		empty := do(t, h, tc.method, tc.empty, tc.ctype, tc.body)
		if bare.Code != http.StatusOK || empty.Code != bare.Code || empty.Body.String() != bare.Body.String() {
			t.Errorf("%s: %d, %s: %d; answers differ or are no 200\n%.300s", tc.empty, empty.Code, tc.bare, bare.Code, empty.Body)
		}
	}
	// format= empty leaves the choice to Accept.
	req := httptest.NewRequest(http.MethodPost, "/evaluate?format=", strings.NewReader(valid))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/csv")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") {
		t.Errorf("format= with Accept: text/csv: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
}

// TestAClientThatHalfClosesAfterItsBodyReadsTheAnswer: a client that sends
// its whole request and then closes its side of the connection (nc -N, an
// HTTP/1.0 tool) still reads the answer. Go's server cancels the request's
// context as it reads the end of the connection, as it does when the
// client goes away: the handler answers all the same, not a 200 without
// content.
func TestAClientThatHalfClosesAfterItsBodyReadsTheAnswer(t *testing.T) {
	srv := httptest.NewServer(NewHandler(quiet(Options{})))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	valid := `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96"}}}`
	h := NewHandler(quiet(Options{}))
	for _, tc := range []struct{ target, ctype, body string }{
		{"/evaluate", "application/json", valid},
		{"/evaluate", "application/json", "[" + strings.Repeat(valid+",", 200) + valid + "]"},
		{"/evaluate?format=csv", "text/csv", csvBody},
		{"/evaluate", "application/json", `[` + valid + `, {"year": "x"}]`},
		{"/plans/status?as_of=2020-05-05", "application/json", planBody(t)},
	} {
		want := do(t, h, http.MethodPost, tc.target, tc.ctype, tc.body)
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(10 * time.Second))
		fmt.Fprintf(c, "POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", tc.target, tc.ctype, len(tc.body), tc.body)
		c.(*net.TCPConn).CloseWrite()
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatalf("%s %s: %v", tc.target, tc.ctype, err)
		}
		b, _ := io.ReadAll(resp.Body)
		c.Close()
		if resp.StatusCode != want.Code || string(b) != want.Body.String() {
			t.Errorf("%s %s: %s, %d bytes %.100q; want %d, %d bytes", tc.target, tc.ctype, resp.Status, len(b), b, want.Code, want.Body.Len())
		}
	}
}
