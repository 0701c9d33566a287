package xlsxread

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/nongthonmoi/ntm/internal/alloctest"
)

// TestSmallPartsAreScannedInSmallWindows: a part is scanned in a window
// no larger than the zip says it is, so that reading a workbook of a few
// kilobytes (a sheet surveyed then read, its shared strings) allocates less
// than four windows of scanChunk.
func TestSmallPartsAreScannedInSmallWindows(t *testing.T) {
	if raceDetector {
		t.Skip("the race detector allocates beside the reader")
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "workbook", "testdata", "so-lieu-rong.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	read := func() {
		as, err := Decode(bytes.NewReader(data), "so-lieu-rong.xlsx", ReadOptions{})
		if err != nil || len(as) == 0 {
			t.Fatalf("%d assessments, %v", len(as), err)
		}
	}
	if b := alloctest.BytesPerRun(20, read); b >= 4*scanChunk {
		t.Errorf("reading a workbook of %d bytes allocated %d bytes, want less than %d", len(data), b, 4*scanChunk)
	}
}
