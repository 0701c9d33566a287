package xlsxread

import (
	"bytes"
	"testing"

	"github.com/nongthonmoi/ntm/internal/xlsxtest"
)

const benchN = 10000

// BenchmarkDecodeWide10k reads 10,000 communes of a wide workbook. Besides
// the time per read it reports the processor time (cpu-s/op), which a
// machine busy with other work does not inflate.
func BenchmarkDecodeWide10k(b *testing.B) {
	data := xlsxtest.WideWorkbook(b, benchN)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	start := cpuTime()
	defer func() { b.ReportMetric((cpuTime()-start).Seconds()/float64(b.N), "cpu-s/op") }()
	for b.Loop() {
		as, err := Decode(bytes.NewReader(data), "so-lieu.xlsx", ReadOptions{})
		if err != nil || len(as) != benchN {
			b.Fatalf("%d assessments, %v", len(as), err)
		}
	}
}
