package units

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
)

// A place is "Xã, Huyện, Tỉnh": a name of more parts, or without the
// commune's name, is refused quoting it, as ntm template --commune and
// ntm units --successor refuse it, never read with a district "B, C".
func TestParsePlace(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Place
	}{
		{"Hòa Lạc", Place{Name: "Hòa Lạc"}},
		{" Hòa Lạc , Hữu Lũng , Lạng Sơn ", Place{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}},
		{"Tân Thành, Lạng Sơn", Place{Name: "Tân Thành", Province: "Lạng Sơn"}},
		{"Hòa Lạc, Hữu Lũng", Place{Name: "Hòa Lạc", District: "Hữu Lũng"}},
		{"Hòa Lạc, , Lạng Sơn", Place{Name: "Hòa Lạc", Province: "Lạng Sơn"}},
	} {
		got, err := ParsePlace(tc.in)
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.in, diff)
		}
	}
	for _, tc := range []struct{ in, msg, vi string }{
		{"Xã A, B, C, D",
			`units: a place is "Xã, Huyện, Tỉnh": a commune, then at most its district and its province, separated by commas; this has 4 parts (got "Xã A, B, C, D")`,
			`địa danh ghi dạng "Xã, Huyện, Tỉnh": tên xã, sau đó nhiều nhất là huyện và tỉnh, cách nhau bởi dấu phẩy; ở đây có 4 phần (giá trị "Xã A, B, C, D")`},
		{" , Hữu Lũng, Lạng Sơn",
			`units: a place begins with the commune's name: "Xã, Huyện, Tỉnh" (got " , Hữu Lũng, Lạng Sơn")`,
			`địa danh bắt đầu bằng tên xã: "Xã, Huyện, Tỉnh" (giá trị " , Hữu Lũng, Lạng Sơn")`},
		{"",
			`units: a place begins with the commune's name: "Xã, Huyện, Tỉnh"`,
			`địa danh bắt đầu bằng tên xã: "Xã, Huyện, Tỉnh"`},
	} {
		got, err := ParsePlace(tc.in)
		if err == nil {
			t.Errorf("%q: read as %+v, want an error", tc.in, got)
			continue
		}
		if err.Error() != tc.msg {
			t.Errorf("%q: error %q\nwant %q", tc.in, err, tc.msg)
		}
		var p *problem.Problem
		if !errors.Is(err, problem.WrongKind) || !errors.As(err, &p) || p.Input != tc.in {
			t.Errorf("%q: %v is not a wrong-kind problem quoting the input", tc.in, err)
		} else if v := p.Message(problem.VI); v != tc.vi {
			t.Errorf("%q: in Vietnamese %q\nwant %q", tc.in, v, tc.vi)
		}
		if got != (Place{}) {
			t.Errorf("%q: %+v beside the error, want the zero Place", tc.in, got)
		}
	}
}
