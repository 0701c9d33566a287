package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/assesstest"
	"github.com/nongthonmoi/ntm/workbook"
)

// manyCommunes writes n illustrative assessments (số liệu minh họa) of
// 1980/QĐ-TTg as a JSON array, deterministically; when bad >= 0 the
// commune at that index has a share whose numerator exceeds its
// denominator.
func manyCommunes(n, bad int) []byte {
	var b bytes.Buffer
	writeCommunes(&b, n, bad, false)
	return b.Bytes()
}

// writeCommunes writes the assessments of manyCommunes to w: as a JSON
// array, or with long the same values as a long CSV table, a row per
// indicator.
func writeCommunes(w io.Writer, n, bad int, long bool) error {
	set := criteria.QD1980()
	b := bufio.NewWriter(w)
	if long {
		b.WriteString("province,district,commune,year,set,indicator,value,numerator,denominator,unit\n")
	} else {
		b.WriteString("[")
	}
	seed := uint32(2020)
	next := func() uint32 { seed = seed*1664525 + 1013904223; return seed >> 8 }
	for i := range n {
		commune := fmt.Sprintf("Xã minh họa %d", i)
		district := fmt.Sprintf("Huyện %d", i%11)
		if !long {
			if i > 0 {
				b.WriteString(",\n")
			}
			fmt.Fprintf(b, `{"commune": {"name": %q, "district": %q, "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {`, commune, district)
		}
		j := 0
		for _, ind := range set.Indicators() {
			// The value, or a share's numerator, denominator and unit.
			var value string
			var num, den uint32
			var unit string
			r := next()
			switch {
			case ind.Kind == criteria.KindPass:
				value = fmt.Sprint(r%9 != 0)
			case ind.Kind == criteria.KindNone:
				value = fmt.Sprint(r % 4 / 3)
			case ind.Kind == criteria.KindAmount:
				value = fmt.Sprintf("%d.%d", 30+r%15, r%10)
			case ind.Op == criteria.OpLE:
				value = fmt.Sprintf("%d.%d", r%14, r%10)
			case i == bad && ind.Code == "5":
				num, den, unit = 4, 3, "trường"
			case r%2 == 0:
				d := 20 + r%300
				num, den, unit = d-r%(d/6+1), d, "hộ"
			default:
				value = fmt.Sprintf("%d.%d", 65+r%35, r%10)
			}
			if long {
				if den > 0 {
					fmt.Fprintf(b, "Lạng Sơn,%s,%s,2020,1980,%s,,%d,%d,%s\n", district, commune, ind.Code, num, den, unit)
				} else {
					fmt.Fprintf(b, "Lạng Sơn,%s,%s,2020,1980,%s,%s,,,\n", district, commune, ind.Code, value)
				}
				continue
			}
			if j > 0 {
				b.WriteString(", ")
			}
			j++
			fmt.Fprintf(b, "%q: ", ind.Code)
			switch {
			case den > 0:
				fmt.Fprintf(b, `{"numerator": %d, "denominator": %d, "unit": %q}`, num, den, unit)
			case value == "true" || value == "false" || ind.Kind == criteria.KindNone:
				b.WriteString(value)
			default:
				fmt.Fprintf(b, "%q", value)
			}
		}
		if !long {
			b.WriteString("}}}")
		}
	}
	if !long {
		b.WriteString("]\n")
	}
	return b.Flush()
}

// TestWriteCommunes writes the communes of writeCommunes for measuring the
// command (the README's figures): NTM_COMMUNES of them to the file
// NTM_COMMUNES_FILE, JSON or, for a name ending in .csv, a long CSV table.
// Unset, it writes 10 communes in both forms to temporary files and checks
// that ntm reads them all, and evaluates both alike.
func TestWriteCommunes(t *testing.T) {
	if name := os.Getenv("NTM_COMMUNES_FILE"); name != "" {
		n, err := strconv.Atoi(os.Getenv("NTM_COMMUNES"))
		if err != nil || n < 1 {
			t.Fatalf("NTM_COMMUNES=%q: want a number of communes", os.Getenv("NTM_COMMUNES"))
		}
		writeCommunesFile(t, name, n)
		return
	}
	const n = 10
	dir := t.TempDir()
	var outs []string
	for _, name := range []string{filepath.Join(dir, "communes.json"), filepath.Join(dir, "communes.csv")} {
		writeCommunesFile(t, name, n)
		code, out, errOut := runNTM(t, "", "eval", "--summary", "--format", "json", name)
		if code != exitOK {
			t.Fatalf("%s: exit %d:\n%s", name, code, errOut)
		}
		var sum struct {
			Areas []struct {
				Scope    string `json:"scope"`
				Communes int    `json:"communes"`
			} `json:"areas"`
		}
		if err := json.Unmarshal([]byte(out), &sum); err != nil || len(sum.Areas) == 0 ||
			sum.Areas[0].Scope != "all" || sum.Areas[0].Communes != n {
			t.Errorf("%s: the summary does not count %d communes (%v):\n%s", name, n, err, out)
		}
		_, out, _ = runNTM(t, "", "eval", "--format", "csv", name)
		outs = append(outs, out)
	}
	if outs[0] != outs[1] {
		t.Errorf("the communes are not evaluated alike from JSON and from CSV:\n%s\n%s", outs[0], outs[1])
	}
}

func writeCommunesFile(t *testing.T, name string, n int) {
	t.Helper()
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	err = writeCommunes(f, n, -1, strings.HasSuffix(name, ".csv"))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
}

func TestStreamedOutputEqualsEvaluatingAllAtOnce(t *testing.T) {
	// More communes than one evaluation chunk, with an invalid one in the
	// middle: in every format, the output written a chunk at a time must be
	// the reports (or the summary) of the valid ones, in input order,
	// exactly as the evaluate writers give them for all the reports at once,
	// after the line that labels the illustrative data in text and Markdown.
	const n, bad = 1300, 700
	path := filepath.Join(t.TempDir(), "communes.json")
	if err := os.WriteFile(path, manyCommunes(n, bad), 0o644); err != nil {
		t.Fatal(err)
	}
	cat := criteria.Builtin()
	as, _ := evaluate.ReadFile(path, cat)
	if len(as) != n-1 {
		t.Fatalf("%d valid assessments, want %d", len(as), n-1)
	}
	// The text and Markdown reports end with the commune left out, at
	// the line where its object begins.
	data, _ := os.ReadFile(path)
	at := bytes.Index(data, fmt.Appendf(nil, `{"commune": {"name": "Xã minh họa %d"`, bad))
	place := fmt.Sprintf("%s:%d", path, 1+bytes.Count(data[:at], []byte("\n")))
	leftOut := fmt.Sprintf("Xã minh họa %d, Huyện %d, Lạng Sơn (%s, 1 lỗi)", bad, bad%11, place)
	const head = "Chú ý: 1 xã không được đánh giá vì số liệu có lỗi (xem các lỗi ở đầu ra lỗi chuẩn):"
	reports := assesstest.Reports(t, cat, as...)
	ropt := evaluate.RenderOptions{}
	for _, tc := range []struct {
		name  string
		args  []string
		write func(w io.Writer) error
	}{
		{"JSON is written as one array", []string{"--format", "json"},
			func(w io.Writer) error { return evaluate.WriteJSON(w, reports, ropt) }},
		{"text has one blank line between reports across chunks, and ends with the last report's line", []string{"--format", "text"},
			func(w io.Writer) error {
				fmt.Fprintf(w, "%s\n\n", illustrativeVI)
				return evaluate.WriteText(w, reports, ropt)
			}},
		{"Markdown has one blank line between reports across chunks, and names the commune left out at the end", []string{"--format", "markdown"},
			func(w io.Writer) error {
				fmt.Fprintf(w, "> **%s**\n\n", illustrativeVI)
				if err := evaluate.WriteMarkdown(w, reports, ropt); err != nil {
					return err
				}
				_, err := fmt.Fprintf(w, "\n> **%s**\n>\n> - %s\n", head, leftOut)
				return err
			}},
		{"CSV has one header", []string{"--format", "csv"},
			func(w io.Writer) error { return evaluate.WriteCSV(w, reports) }},
		{"the summary tallies every report", []string{"--summary"},
			func(w io.Writer) error {
				// The summary names the commune left out.
				s := evaluate.Summarize(reports)
				f, _ := os.Open(path)
				defer f.Close()
				for _, err := range evaluate.NewJSONDecoder(f, path, cat).All() {
					s.Excluded = append(s.Excluded, evaluate.ExcludedOf(err)...)
				}
				fmt.Fprintf(w, "%s\n\n", illustrativeVI)
				return evaluate.WriteSummaryText(w, s, ropt)
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runNTM(t, "", append(append([]string{"eval"}, tc.args...), path)...)
			if code != exitInput {
				t.Errorf("exit %d, want %d (one commune is invalid)", code, exitInput)
			}
			if !strings.Contains(stderr, fmt.Sprintf("[%d]", bad)) || !strings.Contains(stderr, `["5"].numerator`) {
				t.Errorf("stderr does not name the invalid commune and field:\n%s", stderr)
			}
			var want bytes.Buffer
			if err := tc.write(&want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want.String(), stdout); diff != "" {
				t.Errorf("streamed output differs (-want +got):\n%.2000s", diff)
			}
		})
	}
}

// BenchmarkEvalCLI10k is `ntm eval --format json` over 10,000 communes,
// end to end: reading the file, decoding, evaluating, writing the JSON.
func BenchmarkEvalCLI10k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "communes.json")
	if err := os.WriteFile(path, manyCommunes(10000, -1), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if code := run([]string{"eval", "--format", "json", path}, nil, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}

func TestStreamedWorkbookEqualsEvaluatingAllAtOnce(t *testing.T) {
	// More communes than three evaluation chunks (whose reports' memory
	// is then reused), with an invalid one in the middle: the workbook
	// written a chunk at a time has the rows that workbook.WriteReports
	// writes for all the reports of the valid communes at once, in input
	// order (the column widths may differ: they are fitted to the first
	// chunk). Chunks of 16 communes keep the test fast.
	saved := chunkSize
	chunkSize = 16
	t.Cleanup(func() { chunkSize = saved })
	const n, bad = 4*16 + 7, 40
	dir := t.TempDir()
	path := filepath.Join(dir, "communes.json")
	if err := os.WriteFile(path, manyCommunes(n, bad), 0o644); err != nil {
		t.Fatal(err)
	}
	cat := criteria.Builtin()
	as, _ := evaluate.ReadFile(path, cat)
	reports := assesstest.Reports(t, cat, as...)
	var want bytes.Buffer
	if err := workbook.WriteReports(&want, reports, evaluate.RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(dir, "bao-cao.xlsx")
	if code, _, stderr := runNTM(t, "", "eval", "--format", "xlsx", "-o", book, path); code != exitInput {
		t.Fatalf("exit %d, want %d (one commune is invalid):\n%s", code, exitInput, stderr)
	}
	got, err := os.ReadFile(book)
	if err != nil {
		t.Fatal(err)
	}
	wantRows, gotRows := sheetData(t, want.Bytes()), sheetData(t, got)
	if !bytes.Equal(wantRows, gotRows) {
		i := 0
		for i < min(len(wantRows), len(gotRows)) && wantRows[i] == gotRows[i] {
			i++
		}
		t.Errorf("the rows differ from byte %d of %d: want\n%.300s\ngot\n%.300s", i, len(wantRows), wantRows[i:], gotRows[i:])
	}
}

// sheetData returns the rows of the first sheet of a workbook: its XML
// from <sheetData> to </sheetData>.
func sheetData(t *testing.T, book []byte) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	r, err := z.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	x, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	start, end := bytes.Index(x, []byte("<sheetData>")), bytes.Index(x, []byte("</sheetData>"))
	if start < 0 || end < start {
		t.Fatalf("no sheetData in %.300s", x)
	}
	return x[start:end]
}

// peakLiveHeap runs f and returns the most heap that was live after a
// collection while it ran (the runtime's /gc/heap/live:bytes, read every
// millisecond), collecting often (GOGC=10) so that the peak is seen.
func peakLiveHeap(f func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			s := slices.Clone(sample)
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	})
	f()
	close(done)
	wg.Wait()
	return peak.Load()
}

func TestWorkbookMemoryDoesNotGrowWithInput(t *testing.T) {
	// The reports of a workbook are written as they come, and the
	// workbook goes to its file as it is zipped: the live heap is the same
	// for 2,000 and for 10,000 communes (a sheet's XML is kept in memory
	// up to a size, then in a temporary file), within the noise of
	// sampling it.
	if raceDetector {
		t.Skip("too slow with the race detector; BenchmarkEvalCLIWorkbook reports the same heaps")
	}
	dir := t.TempDir()
	peak := map[int]uint64{}
	for _, n := range []int{2000, 10000} {
		in := filepath.Join(dir, fmt.Sprintf("c%d.json", n))
		if err := os.WriteFile(in, manyCommunes(n, -1), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, fmt.Sprintf("c%d.xlsx", n))
		peak[n] = peakLiveHeap(func() {
			if code := run([]string{"eval", "--format", "xlsx", "-o", out, in}, nil, io.Discard, io.Discard); code != exitOK {
				t.Errorf("exit %d", code)
			}
		})
		t.Logf("%d communes: peak live heap %.1f MiB", n, float64(peak[n])/(1<<20))
	}
	if peak[10000] > peak[2000]+8<<20 {
		t.Errorf("peak live heap %.1f MiB for 10,000 communes, %.1f MiB for 2,000: it grows with the input",
			float64(peak[10000])/(1<<20), float64(peak[2000])/(1<<20))
	}
}

// BenchmarkEvalCLIWorkbook is `ntm eval --format xlsx -o FILE` over 2,000
// and 10,000 communes, end to end, with the peak live heap of each run
// (live-heap-MB): the same for both.
func BenchmarkEvalCLIWorkbook(b *testing.B) {
	dir := b.TempDir()
	for _, n := range []int{2000, 10000} {
		in := filepath.Join(dir, fmt.Sprintf("c%d.json", n))
		if err := os.WriteFile(in, manyCommunes(n, -1), 0o644); err != nil {
			b.Fatal(err)
		}
		out := filepath.Join(dir, fmt.Sprintf("c%d.xlsx", n))
		b.Run(fmt.Sprintf("communes=%d", n), func(b *testing.B) {
			var peak uint64
			for b.Loop() {
				peak = max(peak, peakLiveHeap(func() {
					if code := run([]string{"eval", "--format", "xlsx", "-o", out, in}, nil, io.Discard, io.Discard); code != exitOK {
						b.Fatalf("exit %d", code)
					}
				}))
			}
			b.ReportMetric(float64(peak)/(1<<20), "live-heap-MB")
		})
	}
}
