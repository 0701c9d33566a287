package evaluate

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestAppendDecimalPrintsLikeString(t *testing.T) {
	for _, s := range []string{"0", "0.00", "95", "95.0", "66.67", "66.670", "0.5", "0.05", "-1.25", "1000",
		"1e3", "12.500", "100", "3.34", "0.0000000000000001", "123456789012345678", "1234567890123456789012",
		"-0.010", "59.9999999999999999", "7e-20", "-5e2", "10.10"} {
		t.Run(s+" prints as decimal.String prints it", func(t *testing.T) {
			d := decimal.RequireFromString(s)
			if got, want := string(appendDecimal(nil, d)), d.String(); got != want {
				t.Errorf("appendDecimal(%s) = %q, want %q", s, got, want)
			}
		})
	}
}
