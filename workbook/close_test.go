package workbook

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/xuri/excelize/v2"
)

// A second Close writes nothing more and returns nil, so that a deferred
// Close may follow the Close whose error is checked; the output is one
// workbook.
func TestASecondCloseIsANoOp(t *testing.T) {
	reports := reportsOf(t, "testdata/so-lieu-rong.xlsx")
	var b bytes.Buffer
	rw := NewReportWriter(&b, evaluate.RenderOptions{})
	if err := rw.Write(reports); err != nil {
		t.Fatal(err)
	}
	if err := rw.Close(); err != nil {
		t.Fatal(err)
	}
	n := b.Len()
	if err := rw.Close(); err != nil {
		t.Errorf("second Close: %v, want nil", err)
	}
	if b.Len() != n {
		t.Errorf("second Close wrote %d more bytes, want none", b.Len()-n)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Báo cáo")
	if len(rows) != 151 {
		t.Errorf("%d rows, want 151 (a header and 150 rows)", len(rows))
	}
}

// Reports given after Close are not dropped silently: Write says that the
// writer is closed, and the output stays as Close wrote it.
func TestWriteAfterCloseIsAnError(t *testing.T) {
	reports := reportsOf(t, "testdata/so-lieu-rong.xlsx")
	for _, name := range []string{"after a Close", "after a Close that failed"} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			rw := NewReportWriter(&b, evaluate.RenderOptions{})
			if name == "after a Close that failed" {
				rw = NewReportWriter(failingWriter{}, evaluate.RenderOptions{})
			}
			if err := rw.Write(reports[:1]); err != nil {
				t.Fatal(err)
			}
			closeErr := rw.Close()
			if (closeErr != nil) != (name == "after a Close that failed") {
				t.Fatalf("Close: %v", closeErr)
			}
			n := b.Len()
			err := rw.Write(reports[1:])
			if err == nil || !strings.Contains(err.Error(), "workbook: ReportWriter.Write after Close") {
				t.Errorf("Write after Close: %v, want an error saying so", err)
			}
			if b.Len() != n {
				t.Errorf("Write after Close wrote %d bytes", b.Len()-n)
			}
			if err := rw.Close(); err != nil {
				t.Errorf("Close after Write after Close: %v, want nil (a no-op)", err)
			}
		})
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errWriteFailed }

var errWriteFailed = errors.New("disk full")
