//go:build race

package evaluate

// raceDetector is whether the tests run with the race detector, whose
// instrumentation changes how many allocations the reading makes.
const raceDetector = true
