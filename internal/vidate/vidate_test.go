package vidate

import (
	"testing"
	"time"
)

func TestFormat(t *testing.T) {
	for _, c := range []struct {
		y    int
		m    time.Month
		d    int
		want string
	}{
		{2020, time.February, 5, "05/02/2020"},
		{2020, time.May, 20, "20/5/2020"},
		{2020, time.April, 30, "30/4/2020"},
		{2020, time.May, 5, "05/5/2020"},
		{2026, time.December, 1, "01/12/2026"},
		{2025, time.January, 15, "15/01/2025"},
		{2025, time.October, 10, "10/10/2025"},
	} {
		if got := Format(c.y, c.m, c.d); got != c.want {
			t.Errorf("Format(%d, %d, %d) = %q, want %q", c.y, c.m, c.d, got, c.want)
		}
	}
	if got := Time(time.Date(2020, time.April, 15, 23, 0, 0, 0, time.UTC)); got != "15/4/2020" {
		t.Errorf("Time = %q", got)
	}
}
