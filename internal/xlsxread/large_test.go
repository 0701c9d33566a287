package xlsxread

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
)

// The parts of a workbook of one sheet without shared strings or styles, as
// longWorkbook writes it.
const (
	largeContentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
	largeRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
	largeWorkbookXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`
	largeWorkbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
)

// longWorkbook writes to w a workbook of one sheet in the long layout: the
// Vietnamese header, then rows-1 rows of one commune and indicator each,
// the 50 indicators of 1980/QĐ-TTg for one commune after another (the
// last commune may have fewer), texts as inline strings, the year and the
// figures as numbers (số liệu minh họa: generated). It returns the number
// of communes.
func longWorkbook(w io.Writer, rows int) (int, error) {
	var inds []criteria.Indicator
	for _, c := range criteria.QD1980().Criteria {
		inds = append(inds, c.Indicators...)
	}
	zw := zip.NewWriter(w)
	for _, p := range []struct{ name, content string }{
		{"[Content_Types].xml", largeContentTypes},
		{"_rels/.rels", largeRels},
		{"xl/workbook.xml", largeWorkbookXML},
		{"xl/_rels/workbook.xml.rels", largeWorkbookRels},
	} {
		pw, err := zw.Create(p.name)
		if err != nil {
			return 0, err
		}
		if _, err := io.WriteString(pw, p.content); err != nil {
			return 0, err
		}
	}
	pw, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriterSize(pw, 64<<10)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	var line []byte
	str := func(col string, row int, s string) {
		line = append(line, `<c r="`...)
		line = append(line, col...)
		line = strconv.AppendInt(line, int64(row), 10)
		line = append(line, `" t="inlineStr"><is><t>`...)
		line = append(line, s...)
		line = append(line, `</t></is></c>`...)
	}
	number := func(col string, row int, v string) {
		line = append(line, `<c r="`...)
		line = append(line, col...)
		line = strconv.AppendInt(line, int64(row), 10)
		line = append(line, `"><v>`...)
		line = append(line, v...)
		line = append(line, `</v></c>`...)
	}
	communes := 0
	seed := uint32(2020)
	for r := 1; r <= rows; r++ {
		line = append(line[:0], `<row r="`...)
		line = strconv.AppendInt(line, int64(r), 10)
		line = append(line, `">`...)
		if r == 1 {
			for i, h := range longHeaderVI[:7] {
				str(string(rune('A'+i)), r, h.(string))
			}
		} else {
			i := r - 2
			n, ind := i/len(inds), inds[i%len(inds)]
			if i%len(inds) == 0 {
				communes++
			}
			str("A", r, "Lạng Sơn")
			str("B", r, "Huyện minh họa "+strconv.Itoa(n%11))
			str("C", r, "Xã minh họa "+strconv.Itoa(n))
			number("D", r, "2020")
			str("E", r, "1980")
			str("F", r, ind.Code)
			seed = seed*1664525 + 1013904223
			v := seed >> 8
			switch {
			case ind.Kind == criteria.KindPass && v%9 == 0:
				str("G", r, "chưa đạt")
			case ind.Kind == criteria.KindPass:
				str("G", r, "đạt")
			case ind.Kind == criteria.KindNone:
				number("G", r, strconv.Itoa(int(v%4/3)))
			case ind.Kind == criteria.KindAmount:
				number("G", r, strconv.Itoa(int(30+v%15))+"."+strconv.Itoa(int(v%10)))
			case ind.Op == criteria.OpLE:
				number("G", r, strconv.Itoa(int(v%14))+"."+strconv.Itoa(int(v%10)))
			default:
				number("G", r, strconv.Itoa(int(65+v%35))+"."+strconv.Itoa(int(v%10)))
			}
		}
		line = append(line, `</row>`...)
		if _, err := bw.Write(line); err != nil {
			return 0, err
		}
	}
	bw.WriteString(`</sheetData></worksheet>`)
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return communes, zw.Close()
}

// longBook returns a workbook of longWorkbook and its number of communes.
func longBook(tb testing.TB, rows int) ([]byte, int) {
	tb.Helper()
	var b bytes.Buffer
	communes, err := longWorkbook(&b, rows)
	if err != nil {
		tb.Fatal(err)
	}
	return b.Bytes(), communes
}

// largeRows is the size of the workbook of TestLargeWorkbook: a worksheet
// full to its last row but five.
const largeRows = 1048571

// TestLargeWorkbook writes a workbook of largeRows rows to the file named
// by NTM_LARGE_XLSX and reads it back: for measuring (the command's
// figures in the README are taken on this file), not in the normal run.
func TestLargeWorkbook(t *testing.T) {
	name := os.Getenv("NTM_LARGE_XLSX")
	if name == "" {
		t.Skip("set NTM_LARGE_XLSX to the file to write")
	}
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	bw := bufio.NewWriter(f)
	communes, err := longWorkbook(bw, largeRows)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	r, err := OpenFile(name, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	n := countCommunes(t, r, nil)
	t.Logf("%d communes read in %v", n, time.Since(start))
	if n != communes {
		t.Errorf("%d communes read, want %d", n, communes)
	}
}

// A worksheet is read as its part is inflated: the scanner holds a chunk of
// its XML at a time, never the whole part (3.8 MB for 10,000 rows).
func TestSheetIsNotHeldWhole(t *testing.T) {
	data, communes := longBook(t, 10001)
	size := len(zipPart(t, data, "xl/worksheets/sheet1.xml"))
	r, err := NewReader(bytes.NewReader(data), "x.xlsx", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	held := 0
	n := countCommunes(t, r, func(int) { held = max(held, cap(r.rows.sc.p.data)) })
	if n != communes {
		t.Errorf("%d communes read, want %d", n, communes)
	}
	if held > 256<<10 {
		t.Errorf("%d bytes of the %d-byte sheet held at once", held, size)
	}
}

// Reading a sheet of 200,000 rows (76 MB of XML) keeps the live heap
// within a few megabytes of what the opened workbook takes: the XML is not
// held, only the row being read and the commune being decoded.
func TestLargeSheetKeepsMemoryBounded(t *testing.T) {
	if testing.Short() || raceDetector {
		t.Skip("a sheet of 200,000 rows: too slow in a short run or with the race detector")
	}
	data, communes := longBook(t, 200001)
	live := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	r, err := NewReader(bytes.NewReader(data), "x.xlsx", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	base := live()
	peak := base
	n := countCommunes(t, r, func(n int) {
		if n%250 == 1 {
			peak = max(peak, live())
		}
	})
	if n != communes {
		t.Errorf("%d communes read, want %d", n, communes)
	}
	t.Logf("live heap %.1f MB opened, at most %.1f MB while reading", float64(base)/1e6, float64(peak)/1e6)
	if peak-base > 8<<20 {
		t.Errorf("the live heap grew by %.1f MB while reading the sheet", float64(peak-base)/1e6)
	}
}

// A sheet whose rows begin, and whose merged cells come, far beyond the
// first chunk its part is read in reads as it did whole: the rows from
// their sheetData, the merged cells found after them.
func TestMergedCellsBeyondTheFirstChunk(t *testing.T) {
	hoaLac := []any{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", "TDMNPB", num("2020"), "1980/QĐ-TTg"}
	below := func(cells ...any) []any { return append([]any{nil, nil, nil, nil, nil, nil}, cells...) }
	data := mergedBook(t, [][]any{longHeaderEN, append(hoaLac, "4.2", num("96.5")), below("10", num("36.8"))},
		"A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3")
	pad := strings.Repeat(" ", 3*scanChunk)
	data = editSheet(t, data, func(s string) string {
		s = strings.Replace(s, "<sheetData>", pad+"<sheetData>"+pad, 1)
		return strings.Replace(s, "</sheetData>", pad+"</sheetData>"+pad, 1)
	})
	if size := len(zipPart(t, data, "xl/worksheets/sheet1.xml")); size < 12*scanChunk {
		t.Fatalf("the sheet is %d bytes", size)
	}
	checkRead(t, "padded", data, []string{
		"Hòa Lạc 2020 1980/QĐ-TTg 10=36.8 @ x.xlsx: Sheet1!2:2",
		"Hòa Lạc 2020 1980/QĐ-TTg 4.2=96.5 @ x.xlsx: Sheet1!2:2",
	}, nil, nil)
}

// A part unpacking to more than the workbook may still unpack to is
// refused as it is inflated, once the limit is passed, without inflating
// the rest.
func TestPartRefusedAtTheLimit(t *testing.T) {
	var z bytes.Buffer
	fw, _ := flate.NewWriter(&z, flate.BestSpeed)
	zeros := make([]byte, 1<<20)
	for range 8 {
		fw.Write(zeros)
	}
	fw.Close()
	inflated := &countingReader{r: flate.NewReader(&z)}
	r := &partReader{rc: io.NopCloser(inflated), max: 1 << 20, tooLarge: errUnpackRatio}
	if _, err := io.Copy(io.Discard, r); err != errUnpackRatio {
		t.Fatalf("error %v, want %v", err, errUnpackRatio)
	}
	if inflated.n > 1<<20+64<<10 {
		t.Errorf("%d bytes inflated before the part was refused at 1 MiB", inflated.n)
	}
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// countCommunes reads r to its end and returns how many communes it read,
// calling each, when not nil, with that count after every commune; a
// problem fails t.
func countCommunes(t *testing.T, r *Reader, each func(n int)) int {
	t.Helper()
	n := 0
	for {
		_, err := r.Next()
		if err == io.EOF {
			return n
		}
		if err != nil {
			t.Fatal(err)
		}
		n++
		if each != nil {
			each(n)
		}
	}
}
