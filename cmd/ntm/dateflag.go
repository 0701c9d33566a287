package main

import (
	"strconv"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/plan"
)

// parseDateFlag reads the date of a flag (--as-of, --successors) written
// as the formats write dates, 2020-04-30, or as Vietnamese documents write
// them, day first: 30/4/2020 or 30/04/2020. ok is false for anything else
// and for a day the calendar does not have.
func parseDateFlag(s string) (d plan.Date, ok bool) {
	if d, err := plan.ParseDate(s); err == nil {
		return d, true
	}
	parts := strings.Split(s, "/")
	if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) != 4 {
		return plan.Date{}, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || p == "" || p[0] == '+' || p[0] == '-' {
			return plan.Date{}, false
		}
		n[i] = v
	}
	d, err := plan.ParseDate(time.Date(n[2], time.Month(n[1]), n[0], 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
	if err != nil || d.Day != n[0] || int(d.Month) != n[1] || d.Year != n[2] {
		return plan.Date{}, false
	}
	return d, true
}

// dateFlagTime is parseDateFlag's date at midnight UTC.
func dateFlagTime(s string) (time.Time, bool) {
	d, ok := parseDateFlag(s)
	if !ok {
		return time.Time{}, false
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC), true
}
