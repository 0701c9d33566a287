package progress_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/progress"
)

// The area of all communes is a total that says how many provinces it
// spans, as ntm eval --summary names it: beside a single province its row
// reads as that province's total (JSON and CSV keep scope "all").
func TestTheTotalAreaSaysHowManyProvincesItSpans(t *testing.T) {
	p := progress.Of(threeYears(t))
	for _, tc := range []struct {
		opt  progress.Options
		want string
	}{
		{progress.Options{}, "\nTổng cộng (1 tỉnh)  2018  2      0          16,50\n"},
		{progress.Options{Lang: "en"}, "\nTotal (1 province)  2018  2         0                16.50\n"},
		{progress.Options{Format: "markdown"}, "\n| Tổng cộng (1 tỉnh) | 2018 | 2 | 0 | 16,50 |\n"},
		{progress.Options{Format: "markdown", Lang: "en"}, "\n| Total (1 province) | 2018 | 2 | 0 | 16.50 |\n"},
	} {
		var b bytes.Buffer
		if err := progress.Write(&b, p, tc.opt); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if !strings.Contains(out, tc.want) || strings.Contains(out, "Toàn bộ") || strings.Contains(out, "All communes") {
			t.Errorf("%+v: want %q and neither Toàn bộ nor All communes in:\n%s", tc.opt, tc.want, out)
		}
	}
}
