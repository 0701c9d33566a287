package units

import (
	"testing"
	"time"
)

func BenchmarkFind(b *testing.B) {
	day := time.Date(2025, time.March, 1, 0, 0, 0, 0, time.UTC)
	p := mustPlace(b, "Hòa Lạc, Hữu Lũng, Lạng Sơn")
	for b.Loop() {
		if len(Find(p, day)) != 1 {
			b.Fatal("not found")
		}
	}
}

func BenchmarkClosest(b *testing.B) {
	p := Place{Name: "Nhất Tiến", District: "Hữu Lũng", Province: "Lạng Sơn"}
	for b.Loop() {
		Closest(p, 3)
	}
}
