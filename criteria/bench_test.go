package criteria

import (
	"bytes"
	"testing"
)

func BenchmarkResolve(b *testing.B) {
	s := QD1980()
	ind, _, _ := s.Indicator("10")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ind.Resolve(TDMNPB, 2018); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookupProvince(b *testing.B) {
	for _, name := range []string{"Lạng Sơn", "lang son", "Thừa Thiên - Huế"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, ok := LookupProvince(name); !ok {
					b.Fatal("not found")
				}
			}
		})
	}
}

func BenchmarkQD1980(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = QD1980()
	}
}

func BenchmarkReadDefinitions(b *testing.B) {
	data := exportJSON(b, QD1980())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadDefinitions(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarshalJSON(b *testing.B) {
	s := QD1980()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}
