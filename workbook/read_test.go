package workbook

import (
	"io"
	"testing"

	"github.com/nongthonmoi/ntm/internal/xlsxread"
)

// TestReadingIsXlsxread: the reading API is that of internal/xlsxread,
// whose tests are the reader's: the same default size limit, and a zero
// Reader that reads nothing, as a Reader closed.
func TestReadingIsXlsxread(t *testing.T) {
	if DefaultMaxUnpacked != xlsxread.DefaultMaxUnpacked {
		t.Errorf("DefaultMaxUnpacked = %d, internal/xlsxread's is %d", DefaultMaxUnpacked, xlsxread.DefaultMaxUnpacked)
	}
	var r Reader
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("zero Reader: Next gives %v, want io.EOF", err)
	}
	if err := r.Close(); err != nil {
		t.Errorf("zero Reader: Close gives %v", err)
	}
}

// TestNegativeMaxUnpackedIsTheDefault: as ReadOptions says, a MaxUnpacked
// of 0 or less is DefaultMaxUnpacked, and a workbook is read.
func TestNegativeMaxUnpackedIsTheDefault(t *testing.T) {
	as, _ := ReadFile("testdata/so-lieu-dai.xlsx", ReadOptions{MaxUnpacked: -1})
	if len(as) != 1 {
		t.Errorf("MaxUnpacked -1: %d assessments read, want 1", len(as))
	}
}
