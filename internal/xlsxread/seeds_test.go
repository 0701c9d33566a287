package xlsxread

import (
	"bytes"
	"testing"
)

// TestSeedBooksRead: the seeds of FuzzDecode are workbooks the reader
// reads (each gives an assessment or a problem), so that the fuzzer starts
// from the reader's deep paths and not from a refused zip.
func TestSeedBooksRead(t *testing.T) {
	for i, data := range seedBooks(t) {
		as, err := Decode(bytes.NewReader(data), "x.xlsx", ReadOptions{})
		t.Logf("seed %d: %d assessments, %v", i, len(as), err)
		if len(as) == 0 && err == nil {
			t.Errorf("seed %d: no assessment and no error", i)
		}
	}
}
