package numtext

import "testing"

func TestDecimal(t *testing.T) {
	for _, c := range []struct{ in, lang, want string }{
		{"96.5", "vi", "96,5"},
		{"96.5", "", "96,5"},
		{"96.5", "en", "96.5"},
		{"-3.34", "vi", "-3,34"},
		{"0.50", "vi", "0,50"},
		{"70", "vi", "70"},
		{"12345", "vi", "12345"},     // no thousands separator
		{"12345.5", "vi", "12345,5"}, // nor with decimals
		{"1.5e+30", "vi", "1,5e+30"},
		{"1e-50", "vi", "1e-50"},
		{"", "vi", ""},
	} {
		if got := Decimal(c.in, c.lang); got != c.want {
			t.Errorf("Decimal(%q, %q) = %q, want %q", c.in, c.lang, got, c.want)
		}
	}
}

func TestWithUnit(t *testing.T) {
	for _, c := range []struct{ n, u, want string }{
		{"96,5", "%", "96,5%"},
		{"36,8", "triệu đồng/người/năm", "36,8 triệu đồng/người/năm"},
		{"2", "nhà", "2 nhà"},
		{"36.8", "", "36.8"},
	} {
		if got := WithUnit(c.n, c.u); got != c.want {
			t.Errorf("WithUnit(%q, %q) = %q, want %q", c.n, c.u, got, c.want)
		}
	}
}
