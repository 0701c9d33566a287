// Package pathorder orders the paths that errors name (JSON paths such as
// `tasks[10].due_before`, `[2].sets["1980/QĐ-TTg"]["17.6"]`) so that runs of
// digits compare as numbers: tasks[2] comes before tasks[10].
package pathorder

import (
	"cmp"
	"strings"
)

// Compare returns -1, 0 or +1 as a orders before, with or after b: byte by
// byte, except that runs of ASCII digits compare by their numeric value
// (leading zeros ignored), so "[9]" < "[10]" and "17.9" < "17.10".
func Compare(a, b string) int {
	for a != "" && b != "" {
		da, db := leadingDigits(a), leadingDigits(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if c := cmp.Or(cmp.Compare(len(na), len(nb)), strings.Compare(na, nb)); c != 0 {
				return c
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

func leadingDigits(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}
