package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"syscall"
	"testing"
)

// failingWriter fails every write with err, as standard output on a full
// disk (> /dev/full) does.
type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }

// TestAFailedWriteToStandardOutputIsTold: a write to standard output that
// fails is a failure (exit 1) told in the language of the messages, in
// Vietnamese by default, without the name of the device.
func TestAFailedWriteToStandardOutputIsTold(t *testing.T) {
	const in = "testdata/eval/hoalac.json"
	for _, tc := range []struct {
		err    error
		lang   string
		want   string
		absent string
	}{
		{syscall.ENOSPC, "vi", "ntm eval: không ghi được ra đầu ra chuẩn: thiết bị hết chỗ trống\n", "no space"},
		{syscall.ENOSPC, "en", "ntm eval: cannot write to standard output: no space left on device\n", ""},
		{fmt.Errorf("write /dev/stdout: %w", syscall.EPIPE), "vi", "ntm eval: không ghi được ra đầu ra chuẩn: chương trình nhận dữ liệu đã đóng đường ống\n", "broken pipe"},
		{errors.New("disk on fire"), "vi", "ntm eval: không ghi được ra đầu ra chuẩn: disk on fire\n", ""},
	} {
		for _, format := range []string{"text", "markdown", "json", "csv"} {
			var stderr bytes.Buffer
			code := run([]string{"eval", "--lang", tc.lang, "--format", format, in}, strings.NewReader(""), failingWriter{tc.err}, &stderr)
			if code != exitInput {
				t.Errorf("%v, --lang %s --format %s: exit %d, want %d", tc.err, tc.lang, format, code, exitInput)
			}
			if got := stderr.String(); got != tc.want || (tc.absent != "" && strings.Contains(got, tc.absent)) {
				t.Errorf("%v, --lang %s --format %s: stderr %q, want %q", tc.err, tc.lang, format, got, tc.want)
			}
		}
	}
	// The other commands tell it alike.
	for _, args := range [][]string{{"criteria", "--set", "1980"}, {"units"}, {"template", "--set", "1980"}, {"progress", in}, {"plan", "--as-of", "2020-05-05", minimalPlan, planSamples}, {"report", in}, {"eval", "--summary", in}} {
		var stderr bytes.Buffer
		code := run(args, strings.NewReader(""), failingWriter{syscall.ENOSPC}, &stderr)
		want := "ntm " + args[0] + ": không ghi được ra đầu ra chuẩn: thiết bị hết chỗ trống\n"
		if code != exitInput || stderr.String() != want {
			t.Errorf("%q: exit %d, stderr %q; want %d, %q", args, code, stderr.String(), exitInput, want)
		}
	}
}
