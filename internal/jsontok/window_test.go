package jsontok

import (
	"io"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/alloctest"
)

// TestAReaderOfKnownLengthIsReadThroughABufferItsSize: a small input
// whose length is known is read whole, through a buffer its size rather
// than one of bufSize.
func TestAReaderOfKnownLengthIsReadThroughABufferItsSize(t *testing.T) {
	const doc = `{"plan": {"number": "47/KH-STNMT"}, "assessments": [1, 2, 3]}`
	read := func() {
		d := NewReader(strings.NewReader(doc))
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	if b := alloctest.BytesPerRun(100, read); b >= 4<<10 {
		t.Errorf("reading %d bytes allocated %d bytes, want less than 4 KiB", len(doc), b)
	}
}
