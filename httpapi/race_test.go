//go:build race

package httpapi

// raceEnabled tells whether the tests run with the race detector, under
// which sync.Pool drops some of what it is given.
const raceEnabled = true
