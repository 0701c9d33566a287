// Package vidate writes dates in Vietnamese as administrative documents
// write them.
package vidate

import (
	"strconv"
	"time"
)

// Format writes a date day/month/year as Nghị định 30/2020/NĐ-CP (Phụ lục
// I) has the date of an administrative document written: a day below 10
// and the months 1 and 2 with a leading zero, other numbers as they are
// (05/02/2020, 20/5/2020, 30/4/2020, 01/12/2026).
func Format(year int, month time.Month, day int) string {
	b := make([]byte, 0, 10)
	if day < 10 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(day), 10)
	b = append(b, '/')
	if month < 3 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(month), 10)
	b = append(b, '/')
	return string(strconv.AppendInt(b, int64(year), 10))
}

// Time writes the date of t as [Format] does.
func Time(t time.Time) string { return Format(t.Year(), t.Month(), t.Day()) }

// Day is a date as the argument of a message: English writes it as its
// String does, ISO 8601 (2025-03-01); Vietnamese as [Time] does
// (01/3/2025), by its method Vietnamese.
type Day time.Time

// String writes d as ISO 8601: 2025-03-01.
func (d Day) String() string { return time.Time(d).Format(time.DateOnly) }

// Vietnamese writes d as [Time] does: 01/3/2025.
func (d Day) Vietnamese() string { return Time(time.Time(d)) }
