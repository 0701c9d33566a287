package evaluate

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
)

// tableAllocBound is what decoding an input of n bytes may allocate at
// most: a fixed multiple of its size, plus the decoder's own fixed cost
// (buffers, set indexes).
func tableAllocBound(n int) uint64 { return uint64(64*n) + 4<<20 }

// decodeTableBounded decodes in one commune at a time, as a streaming
// caller does, and fails t when it allocates beyond tableAllocBound.
func decodeTableBounded(t *testing.T, opt TableOptions, in []byte) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	dec := opt.NewCSVDecoder(bytes.NewReader(in), "fuzz.csv")
	for {
		a, err := dec.Next()
		if err == io.EOF {
			break
		}
		if err == nil {
			checkDecoded(t, []Assessment{a}, nil)
		} else {
			checkDecoded(t, nil, err)
		}
	}
	runtime.ReadMemStats(&after)
	if got, bound := after.TotalAlloc-before.TotalAlloc, tableAllocBound(len(in)); got > bound {
		t.Errorf("decoding %d bytes allocated %d bytes, over the bound %d", len(in), got, bound)
	}
}

func seedTables(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "tables", "*.csv"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// FuzzDecodeTableDialects feeds CSV tables in every dialect (separators,
// encodings, quoting, layouts) to the table decoder.
func FuzzDecodeTableDialects(f *testing.F) {
	seedTables(f)
	for _, tc := range tableBadCases() {
		if len(tc.in) < 1<<16 {
			f.Add([]byte(tc.in))
		}
	}
	f.Add([]byte("\xff\xfeT\x00\xec\x1e\t\x00"))
	f.Add([]byte("province;district;commune;year;set;indicator;value\r\nLạng Sơn;Hữu Lũng;\"Hòa\r\nLạc\";2020;1980;4.2;96,5%\r\n"))
	// Wide headers with a code of no indicator, a code given twice, a
	// column typed on two lines; a header without the required columns.
	f.Add([]byte("Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2;17.9;4.2\nLạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;96,5;1;97\n"))
	f.Add([]byte("Tỉnh,Xã,Năm,Bộ tiêu chí,\"4.2\nTỷ lệ (%)\",99.1 Khác\nLạng Sơn,Hòa Lạc,2020,1980,96.5,1\n"))
	f.Add([]byte("Tỉnh,Chỉ tiêu,Giá trị\nLạng Sơn,4.2,96.5\n"))
	builtinSets() // built once, outside the measured allocations
	f.Fuzz(func(t *testing.T, in []byte) {
		decodeTableBounded(t, TableOptions{}, in)
		checkWholeAndStreamed(t, TableOptions{}, in)
	})
}

// checkWholeAndStreamed fails t unless in reads the same read whole and
// a byte at a time, and DecodeCSV gives the assessments the decoder
// yields one by one.
func checkWholeAndStreamed(t *testing.T, opt TableOptions, in []byte) {
	t.Helper()
	as, errs := decodeAll(opt, in)
	as1, errs1 := decodeAllFrom(opt, iotest.OneByteReader(bytes.NewReader(in)))
	if as != as1 || fmt.Sprint(errs) != fmt.Sprint(errs1) {
		t.Fatalf("whole and a byte at a time differ:\nwhole %s\n      %q\nbytes %s\n      %q", as, errs, as1, errs1)
	}
	all, _ := opt.DecodeCSV(bytes.NewReader(in), "fuzz.csv")
	if got := fmt.Sprintf("%+v", asMaps(all)); got != as {
		t.Fatalf("DecodeCSV gives %s, the decoder one by one %s", got, as)
	}
}

// FuzzDecodeTableWide feeds rows under a wide header: that of the seed
// header (the header of 1980/QĐ-TTg's indicators, a code of no indicator,
// a code given twice, no Năm column) chosen by the first argument.
func FuzzDecodeTableWide(f *testing.F) {
	for h := range uint8(len(wideHeaders)) {
		f.Add(h, "Lạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,đạt,\"96,5\",2/3,n/a,96.5%")
		f.Add(h, "Lạng Sơn,Hữu Lũng,Hòa Lạc,2020,,x,94.8%,3/4,không áp dụng,\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,933,,,,,")
		f.Add(h, `Lạng Sơn,Hữu Lũng,"Hòa Lạc,2020,1980,,,0/0,,-1`)
	}
	builtinSets()
	f.Fuzz(func(t *testing.T, header uint8, rows string) {
		in := []byte(wideHeaders[int(header)%len(wideHeaders)] + rows)
		decodeTableBounded(t, TableOptions{Set: "1980"}, in)
		checkWholeAndStreamed(t, TableOptions{Set: "1980"}, in)
	})
}

var wideHeaders = []string{
	"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,1.1,4.2 Điện,5 Trường học [trường],7. Chợ,17.1a\n",
	"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,1.1,4.2 Điện,17.9,7. Chợ,17.1a\n",
	"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,1.1,4.2 Điện,5 Trường học [trường],4.2,17.1a\n",
	"Tỉnh,Huyện,Xã,Bộ tiêu chí,1.1,4.2 Điện,5 Trường học [trường],7. Chợ,17.1a\n",
}

// wideTable returns a wide CSV table of n communes (số liệu minh họa).
func wideTable(n int) []byte {
	var b strings.Builder
	b.WriteString("Tỉnh;Huyện;Xã;Mã xã;Năm;Bộ tiêu chí;1.1;1.2;2.1;2.2. Đường trục thôn;3.1;4.1;4.2 Điện;5 Trường học [trường];6.3 [thôn];7. Chợ;9.1;10;11;14.2;15.1;16 [thôn];17.1a;17.1b;17.2;17.6;Ghi chú\n")
	for i := range n {
		fmt.Fprintf(&b, "Lạng Sơn;Huyện %d;Xã %d;%05d;2020;1980/QĐ-TTg;đạt;Đạt;chưa đạt;x;%d,5;đạt;%d,%d%%;%d/4;%d/12;không áp dụng;%d;3%d,8;%d,25;7%d;8%d,1;9/12;9%d,5;5%d;n/a;7%d;số liệu minh họa\n",
			i/100, i, i, 70+i%20, 90+i%10, i%10, 1+i%4, 6+i%7, i%3, i%10, i%20, i%10, i%10, i%10, i%10, i%10)
	}
	return []byte(b.String())
}

func TestWideTableOfTheBenchmarkReads(t *testing.T) {
	as, err := DecodeCSV(bytes.NewReader(wideTable(100)), "wide.csv", nil)
	if err != nil || len(as) != 100 || len(as[99].SetValues("1980/QĐ-TTg")) != 20 {
		t.Fatalf("%d assessments, %v", len(as), err)
	}
}

// BenchmarkDecodeWideCSV10k reads 10,000 communes of a wide ';' table, one
// commune at a time.
func BenchmarkDecodeWideCSV10k(b *testing.B) {
	in := wideTable(10000)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		dec := TableOptions{}.NewCSVDecoder(bytes.NewReader(in), "wide.csv")
		n := 0
		for {
			_, err := dec.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 10000 {
			b.Fatal(n)
		}
	}
}

// The decoder's memory does not grow with the table: the live heap after
// 2,000 communes and after 20,000 differ by less than a commune's worth of
// slack.
func TestTableDecoderMemoryDoesNotGrowWithTheTable(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 20,000 communes")
	}
	in := wideTable(20000)
	dec := TableOptions{}.NewCSVDecoder(bytes.NewReader(in), "wide.csv")
	heap := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	var at2k uint64
	for n := 1; ; n++ {
		_, err := dec.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if n == 2000 {
			at2k = heap()
		}
	}
	if end := heap(); end > at2k+1<<20 {
		t.Errorf("live heap grew from %d to %d bytes between 2,000 and 20,000 communes", at2k, end)
	}
}
