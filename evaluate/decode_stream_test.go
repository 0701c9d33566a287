package evaluate

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// zeros is an endless input of zero bytes (what /dev/zero gives) that
// fails the test when more than limit bytes are read.
type zeros struct {
	t     *testing.T
	read  int
	limit int
}

func (z *zeros) Read(p []byte) (int, error) {
	z.read += len(p)
	if z.read > z.limit {
		z.t.Fatalf("read %d bytes of an endless input", z.read)
	}
	clear(p)
	return len(p), nil
}

func TestDecoderFailsAtTheFirstByteOfAnEndlessInput(t *testing.T) {
	z := &zeros{t: t, limit: 1 << 20}
	_, err := NewJSONDecoder(z, "zero.json", nil).Next()
	want := `evaluate: zero.json:1: column 1: invalid JSON: invalid character "\x00" looking for beginning of value`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

func TestDecoderYieldsACommuneBeforeReadingTheRest(t *testing.T) {
	// The input fails after its first element: the first commune must
	// come out before the failure is seen.
	broken := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader("["+inHoaLac(`"1.1": true`)+",\n"), failingReader{broken})
	dec := NewJSONDecoder(r, "a.json", nil)
	a, err := dec.Next()
	if err != nil || a.Commune.Name != "Hòa Lạc" {
		t.Fatalf("first: %+v, %v", a.Commune, err)
	}
	if _, err := dec.Next(); !errors.Is(err, broken) {
		t.Errorf("second: %v, want the read error", err)
	}
	if _, err := dec.Next(); err != io.EOF {
		t.Errorf("after the read error: %v, want io.EOF", err)
	}
}

// failingReader is a reader that fails.
type failingReader struct{ err error }

func (r failingReader) Read([]byte) (int, error) { return 0, r.err }

func TestDecoderLimits(t *testing.T) {
	next := `{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}}`
	for _, tc := range []struct {
		name  string
		in    string
		want  []string // the messages, in order
		valid int      // assessments read
	}{
		{
			name:  "a string over 64 KiB is reported, cut, and skipped",
			in:    "[" + strings.Replace(inHoaLac(`"1.1": true`), "Hữu Lũng", strings.Repeat("x", 70000), 1) + "," + next + "]",
			valid: 1,
			want: []string{`evaluate: a.json:1: [0] Hòa Lạc: commune.district: string of 70002 bytes, longer than the limit of 65536 bytes (got "` +
				strings.Repeat("x", 64) + `…")`},
		},
		{
			name:  "an assessment over 1 MiB is reported with its line and skipped",
			in:    "[\n" + strings.Replace(inHoaLac(`"1.1": true`), `"year"`, `"recognitions": [`+strings.Repeat(`{"set": "1980", "year": 2018, "decision": "1/QĐ"},`, 30000)+`{}], "year"`, 1) + ",\n" + next + "]",
			valid: 1,
			want:  []string{`evaluate: a.json:2: [0] Hòa Lạc: assessment larger than 1048576 bytes (the limit): the rest of it is skipped`},
		},
		{
			name:  "nesting deeper than 64 ends reading",
			in:    "[" + next + `, {"x": ` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + "}]",
			valid: 1,
			want: []string{`evaluate: a.json:1: column 110: [1].x: unknown key (want commune, region, group, year, sets, recognitions) (got "x")`,
				`evaluate: a.json:1: column 177: invalid JSON: arrays and objects nested deeper than 64`},
		},
		{
			name:  "at most 100 problems of one commune are listed",
			in:    "[" + strings.Replace(next, `"1.1": true`, strings.Repeat(`"99": 1, `, 150)+`"1.1": true`, 1) + "]",
			valid: 0,
			want: append(unknown99(100),
				`evaluate: a.json: [0] Tân Thành: … and 50 more problems`),
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			valid := 0
			for _, err := range NewJSONDecoder(strings.NewReader(tc.in), "a.json", nil).All() {
				if err != nil {
					for _, ie := range InputErrors(err) {
						got = append(got, ie.Error())
					}
					continue
				}
				valid++
			}
			if valid != tc.valid {
				t.Errorf("%d assessments, want %d", valid, tc.valid)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// unknown99 is the problems of the first n of the unknown indicators "99"
// of the test "at most 100 problems of one commune are listed", each at
// its column.
func unknown99(n int) []string {
	var out []string
	for i := range n {
		out = append(out, `evaluate: a.json:1: column `+strconv.Itoa(93+9*i)+`: [0] Tân Thành: sets["1980"]["99"]: unknown indicator of 1980/QĐ-TTg (got "99")`)
	}
	return out
}
