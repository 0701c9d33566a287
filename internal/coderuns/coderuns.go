// Package coderuns writes a list of indicator codes for people, compactly
// and in a set's order: three or more indicators in a row are written
// first–last ("1.1, 1.2, 2.1–2.4, 18.1–18.6"). The text warnings of
// `ntm eval` and the notes of the HTML report list codes so.
package coderuns

import (
	"slices"
	"strings"

	"github.com/nongthonmoi/ntm/internal/pathorder"
)

// Join returns the codes that chosen holds, separated by ", ", in the
// order of criteria (each criterion's indicator codes, in the set's
// order). Three or more codes in a row, all chosen, are written first–last
// (with an en dash): in a row within one criterion ("18.1–18.6"), or
// across consecutive criteria of one indicator each ("1–14" for the 14
// criteria of 933/QĐ-UBND); a run does not otherwise cross from one
// criterion into the next. A chosen code that criteria do not list still
// shows, after the others, its numbers in numeric order (9.9 before 10.1).
func Join(criteria [][]string, chosen map[string]bool) string {
	var items, run []string
	flush := func() {
		if len(run) >= 3 {
			items = append(items, run[0]+"–"+run[len(run)-1])
		} else {
			items = append(items, run...)
		}
		run = run[:0]
	}
	listed := make(map[string]bool, len(chosen))
	single := false // the previous criterion has one indicator
	for _, codes := range criteria {
		if !single || len(codes) != 1 {
			flush() // a run does not cross into another criterion
		}
		for _, code := range codes {
			if chosen[code] && !listed[code] {
				run = append(run, code)
				listed[code] = true
			} else {
				flush()
			}
		}
		single = len(codes) == 1
	}
	flush()
	var rest []string
	for code, ok := range chosen {
		if ok && !listed[code] {
			rest = append(rest, code)
		}
	}
	slices.SortFunc(rest, pathorder.Compare)
	return strings.Join(append(items, rest...), ", ")
}
