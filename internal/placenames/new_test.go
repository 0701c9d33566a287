package placenames

import "testing"

// TestNewReadsTheRegistriesOnce: the registries' names are the same for
// every run, so that a run begins without reading the unit registry again
// (POST /evaluate and POST /plans/status begin one per request).
func TestNewReadsTheRegistriesOnce(t *testing.T) {
	New()
	if n := testing.AllocsPerRun(20, func() { New() }); n > 8 {
		t.Errorf("New made %v allocations, want at most 8", n)
	}
}
