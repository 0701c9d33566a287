package httpapi

import (
	"bufio"
	"io"
	"net/http"
	"runtime"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/alloctest"
)

// spoolBytes returns the bytes a request allocates on average to spool n
// copies of the report r and answer them in format, once spools have been
// used before.
func spoolBytes(t *testing.T, format string, r *evaluate.Report, n int) int64 {
	answer := func() {
		s := newReportSpool(format, evaluate.RenderOptions{Lang: "vi"})
		defer s.close()
		for range n {
			if err := s.add(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.finish(); err != nil {
			t.Fatal(err)
		}
		if err := s.copyTo(io.Discard, format); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	return alloctest.BytesPerRun(200, answer)
}

// TestSpoolsReuseTheirBuffers: the report spool of a request takes its
// encoders' buffers and its memory from those of finished requests, so that
// an answer costs no buffer of its own, and a report in text or Markdown
// none either.
func TestSpoolsReuseTheirBuffers(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop buffers")
	}
	cat := criteria.Builtin()
	as, err := evaluate.DecodeJSON(strings.NewReader(readTestdata(t, "assessments.json")), "request", cat)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := evaluate.RunAll(cat, &as[0])
	if err != nil || len(rs) != 1 {
		t.Fatalf("reports %d, %v", len(rs), err)
	}
	for _, format := range []string{"json", "csv", "markdown", "text"} {
		if b := spoolBytes(t, format, &rs[0], 0); b >= 4<<10 {
			t.Errorf("%s: %d bytes allocated for an answer without reports, want less than 4 KiB", format, b)
		}
		// A report costs no more than rendering it (evaluate's writers
		// given a buffer) and 16 KiB of spool memory.
		one, three := spoolBytes(t, format, &rs[0], 1), spoolBytes(t, format, &rs[0], 3)
		render := renderBytes(t, format, &rs[0])
		if per := (three - one) / 2; per >= render+16<<10 {
			t.Errorf("%s: %d bytes allocated per report, want less than %d (rendering it: %d)", format, per, render+16<<10, render)
		}
	}
}

// renderBytes returns the bytes that rendering r in format allocates, to
// a buffer of its own.
func renderBytes(t *testing.T, format string, r *evaluate.Report) int64 {
	w := bufio.NewWriterSize(io.Discard, encoderBuffer)
	render := func() {
		var err error
		switch format {
		case "json":
			enc := evaluate.NewJSONEncoder(w, evaluate.RenderOptions{Lang: "vi"})
			err = enc.Encode(r)
		case "csv":
			err = evaluate.NewCSVEncoder(w).Encode([]evaluate.Report{*r})
		case "markdown":
			err = evaluate.WriteMarkdown(w, []evaluate.Report{*r}, evaluate.RenderOptions{Lang: "vi"})
		case "text":
			err = evaluate.WriteText(w, []evaluate.Report{*r}, evaluate.RenderOptions{Lang: "vi"})
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return alloctest.BytesPerRun(50, render)
}

// TestSetDefinitionsAreWrittenOnce: GET /sets/{id} without year= answers
// the definition written for an earlier request of the same set and
// column, the same bytes.
func TestSetDefinitionsAreWrittenOnce(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	for _, target := range []string{"/sets/1980", "/sets/1980/QĐ-TTg?region=TDMNPB", "/sets/1980?region=L%E1%BA%A1ng%20S%C6%A1n"} {
		first := do(t, h, http.MethodGet, target, "", "")
		if first.Code != http.StatusOK {
			t.Fatalf("GET %s: status %d", target, first.Code)
		}
		n := testing.AllocsPerRun(10, func() {
			if rec := do(t, h, http.MethodGet, target, "", ""); rec.Body.String() != first.Body.String() {
				t.Fatalf("GET %s answered differently the second time", target)
			}
		})
		if n > 200 {
			t.Errorf("GET %s: %v allocations per request, want at most 200", target, n)
		}
	}
}

// requestBytes returns the bytes that a request to h allocates on average,
// once requests have been answered before.
func requestBytes(t *testing.T, h http.Handler, method, target, contentType, body string) int64 {
	runtime.GC()
	return alloctest.BytesPerRun(100, func() { do(t, h, method, target, contentType, body) })
}

// TestCSVBodiesAreReadThroughReusedBuffers: a CSV body is read through a
// buffer of a finished request, so that a request costs no reading buffer
// of its own.
func TestCSVBodiesAreReadThroughReusedBuffers(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop buffers")
	}
	h := NewHandler(quiet(Options{}))
	header := csvBody[:strings.IndexByte(csvBody, '\n')+1]
	if rec := do(t, h, http.MethodPost, "/evaluate", mediaCSV, header); rec.Code != http.StatusBadRequest {
		t.Fatalf("a table without rows: status %d, want 400", rec.Code)
	}
	if b := requestBytes(t, h, http.MethodPost, "/evaluate", mediaCSV, header); b >= 32<<10 {
		t.Errorf("a table without rows: %d bytes allocated per request, want less than 32 KiB", b)
	}
}
