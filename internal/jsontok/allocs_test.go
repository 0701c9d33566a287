package jsontok

import (
	"strings"
	"testing"
)

// TestRepeatedLiteralsAreNotMadeAgain: a short string or number literal
// read before is returned as the token made then, without allocating.
func TestRepeatedLiteralsAreNotMadeAgain(t *testing.T) {
	for _, lit := range []string{`"96.5"`, `"hộ"`, `"17.1a"`, `412`, `96.5`} {
		tokens := func(n int) float64 {
			in := []byte("[" + strings.Repeat(lit+", ", n) + lit + "]")
			return testing.AllocsPerRun(20, func() {
				d := New(in)
				for {
					if _, err := d.Token(); err != nil {
						break
					}
				}
			})
		}
		if per := (tokens(100) - tokens(10)) / 90; per > 0.05 {
			t.Errorf("%s: %.2f allocations per literal read again, want none", lit, per)
		}
	}
}
