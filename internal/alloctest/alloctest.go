// Package alloctest measures the memory that code allocates, for the tests
// that bound it (testing.AllocsPerRun counts allocations, not bytes).
package alloctest

import "runtime"

// BytesPerRun runs f once to warm it up, then runs times, and returns the
// bytes allocated per run on average.
func BytesPerRun(runs int, f func()) int64 {
	f()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		f()
	}
	runtime.ReadMemStats(&after)
	return int64(after.TotalAlloc-before.TotalAlloc) / int64(runs)
}
