package evaluate

import (
	"bytes"
	"strings"
	"testing"
)

// chunkRecorder records each write it is given.
type chunkRecorder struct{ chunks [][]byte }

func (c *chunkRecorder) Write(p []byte) (int, error) {
	c.chunks = append(c.chunks, bytes.Clone(p))
	return len(p), nil
}

// TestJSONEncoderWritesWholeReports: the encoder writes its output in
// chunks of at least 64 KiB, each but the last ending with a report (a
// program reading the stream sees whole reports), and the chunks are
// WriteJSON's output.
func TestJSONEncoderWritesWholeReports(t *testing.T) {
	as, err := DecodeJSON(strings.NewReader(inHoaLac(`"1.1": true, "3.1": "95.5", "17.8": {"numerator": 9, "denominator": 10, "unit": "hộ"}`)), "minh-hoa.json", nil)
	if err != nil {
		t.Fatal(err)
	}
	one, err := RunAll(nil, &as[0])
	if err != nil {
		t.Fatal(err)
	}
	var reports []Report
	for range 200 {
		reports = append(reports, one...)
	}
	var rec chunkRecorder
	if err := WriteJSON(&rec, reports, RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	if len(rec.chunks) < 3 {
		t.Fatalf("%d writes, want the output in several", len(rec.chunks))
	}
	for i, c := range rec.chunks[:len(rec.chunks)-1] {
		if len(c) < 64<<10 || !bytes.HasSuffix(c, []byte("}")) {
			t.Errorf("write %d of %d: %d bytes ending %q, want at least 64 KiB ending with a report", i+1, len(rec.chunks), len(c), c[max(0, len(c)-20):])
		}
	}
	var want bytes.Buffer
	if err := WriteJSON(&want, reports, RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	if got := bytes.Join(rec.chunks, nil); !bytes.Equal(got, want.Bytes()) {
		t.Error("the chunks written are not WriteJSON's output")
	}
}
