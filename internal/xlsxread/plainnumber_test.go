package xlsxread

import "testing"

// The text of a numeric cell, as Excel and other writers store it, is read
// as a plain decimal, exactly.
func TestPlainNumber(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"96.5", "96.5", true},
		{"-3", "-3", true},
		{"+3", "3", true},
		{"1.5E-2", "0.015", true},
		{"2e3", "2000", true},
		{"1e0", "1", true},
		{"1E+0", "1", true},
		{"-2.50e0", "-2.5", true},
		{"-2.50", "-2.50", true},
		{"9.9999999999999995E-7", "0.00000099999999999999995", true},
		{".5", "0.5", true},
		{"5.", "5", true},
		{"1e31", "", false},
		{"1e", "", false},
		{"e5", "", false},
		{"1,5", "", false},
		{"", "", false},
	} {
		got, ok := plainNumber(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("plainNumber(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
