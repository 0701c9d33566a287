package plan

import (
	"fmt"
	"time"

	"github.com/nongthonmoi/ntm/internal/vidate"
	"github.com/nongthonmoi/ntm/problem"
)

// Date is a civil date (ngày) without a time of day or a time zone, as a
// plan writes it: "ngày 15 tháng 4 năm 2020". Its text form is ISO 8601,
// "2020-04-15". The zero Date is not a valid date ([Date.IsZero]); plans use
// a nil *Date for "none" (no deadline, not yet done, not yet announced).
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date y-m-d. It panics when the date does not exist,
// so use it only with literals; use [ParseDate] for input.
func NewDate(y int, m time.Month, d int) Date {
	t := Date{y, m, d}
	if !t.valid() {
		panic(fmt.Sprintf("plan: invalid date %04d-%02d-%02d", y, int(m), d))
	}
	return t
}

// DateOf returns the civil date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate reads a date written "YYYY-MM-DD". It rejects any other layout,
// dates that do not exist ("2020-02-30") and years before 1.
//
// The error is an [*Error] quoting s, with code wrong-kind for a malformed
// date and out-of-range for a year outside 1-9999 ("0000-01-01").
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || len(s) != len(time.DateOnly) {
		return Date{}, &Error{Code: problem.WrongKind, Input: s, Err: problem.Errorf(problem.WrongKind, "want a date YYYY-MM-DD")}
	}
	d := DateOf(t)
	if !d.valid() {
		return Date{}, &Error{Code: problem.OutOfRange, Input: s, Err: problem.Errorf(problem.OutOfRange, "date out of range (year 1-9999)")}
	}
	return d, nil
}

func (d Date) valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= time.Date(d.Year, d.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// String returns "YYYY-MM-DD".
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// Vietnamese returns the date day first, as every date ntm prints in
// Vietnamese: a day below 10 and the months 1 and 2 with a leading zero,
// as Nghị định (Decree) 30/2020/NĐ-CP has administrative documents dated
// ("30/4/2020", "05/02/2020").
func (d Date) Vietnamese() string { return vidate.Format(d.Year, d.Month, d.Day) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	}
	return cmpInt(d.Day, e.Day)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// MarshalText implements [encoding.TextMarshaler]: "YYYY-MM-DD". The zero
// Date and impossible dates are an error.
func (d Date) MarshalText() ([]byte, error) {
	if !d.valid() {
		return nil, fmt.Errorf("plan: invalid date %s", d)
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDate].
func (d *Date) UnmarshalText(b []byte) error {
	t, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = t
	return nil
}
