package communename

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestAfterKind(t *testing.T) {
	for _, tc := range []struct {
		name, vi, en string
	}{
		{"Hòa Lạc", "xã Hòa Lạc", "commune Hòa Lạc"},
		{"Xã Hòa Lạc", "Xã Hòa Lạc", "Xã Hòa Lạc"},
		{"xã Hòa Lạc", "xã Hòa Lạc", "xã Hòa Lạc"},
		{"XÃ HÒA LẠC", "XÃ HÒA LẠC", "XÃ HÒA LẠC"},
		{norm.NFD.String("Xã Hòa Lạc"), norm.NFD.String("Xã Hòa Lạc"), norm.NFD.String("Xã Hòa Lạc")},
		{"Phường Tam Thanh", "Phường Tam Thanh", "Phường Tam Thanh"},
		{"Thị trấn Hữu Lũng", "Thị trấn Hữu Lũng", "Thị trấn Hữu Lũng"},
		{"  thị   trấn Hữu Lũng", "  thị   trấn Hữu Lũng", "  thị   trấn Hữu Lũng"},
		// A kind alone, or a name that only begins like one, is a name.
		{"Xã", "xã Xã", "commune Xã"},
		{"Thị trấn", "xã Thị trấn", "commune Thị trấn"},
		{"Thị Cầu", "xã Thị Cầu", "commune Thị Cầu"},
		{"Xa Hoa Lac", "xã Xa Hoa Lac", "commune Xa Hoa Lac"},
		{"Xãhòa", "xã Xãhòa", "commune Xãhòa"},
	} {
		if got := AfterKind("xã", tc.name, tc.name); got != tc.vi {
			t.Errorf("AfterKind(xã, %q) = %q, want %q", tc.name, got, tc.vi)
		}
		if got := AfterKind("commune", tc.name, tc.name); got != tc.en {
			t.Errorf("AfterKind(commune, %q) = %q, want %q", tc.name, got, tc.en)
		}
		if got := Name(tc.name).Vietnamese(); got != tc.vi {
			t.Errorf("Name(%q).Vietnamese() = %q, want %q", tc.name, got, tc.vi)
		}
		if got := Name(tc.name).String(); got != tc.name {
			t.Errorf("Name(%q).String() = %q", tc.name, got)
		}
	}
	if got := AfterKind("Xã", "Xã Hòa Lạc", `"Xã Hòa Lạc" (Hữu Lũng)`); got != `"Xã Hòa Lạc" (Hữu Lũng)` {
		t.Errorf("AfterKind of a name shown quoted = %q", got)
	}
	if got := AfterKind("Commune", "Hòa Lạc", "Hòa Lạc, Hữu Lũng"); got != "Commune Hòa Lạc, Hữu Lũng" {
		t.Errorf("AfterKind of a name shown with its district = %q", got)
	}
}

func TestList(t *testing.T) {
	for _, tc := range []struct {
		names  List
		vi, en string
	}{
		{List{"Tân Thành"}, "xã Tân Thành", "Tân Thành"},
		{List{"Tân Thành", "Hòa Lạc"}, "xã Tân Thành, Hòa Lạc", "Tân Thành, Hòa Lạc"},
		{List{"Xã Tân Thành", "Hòa Lạc"}, "Xã Tân Thành, xã Hòa Lạc", "Xã Tân Thành, Hòa Lạc"},
		{List{"Hòa Lạc", "Phường Tam Thanh", "thị trấn Hữu Lũng"}, "xã Hòa Lạc, Phường Tam Thanh, thị trấn Hữu Lũng",
			"Hòa Lạc, Phường Tam Thanh, thị trấn Hữu Lũng"},
	} {
		if got := tc.names.Vietnamese(); got != tc.vi {
			t.Errorf("%q: Vietnamese() = %q, want %q", tc.names, got, tc.vi)
		}
		if got := tc.names.String(); got != tc.en {
			t.Errorf("%q: String() = %q, want %q", tc.names, got, tc.en)
		}
	}
}
