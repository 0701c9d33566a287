package xlsxread

import (
	"strconv"
	"strings"
)

// spans is a set of row or column numbers, added in increasing order, held
// as ranges.
type spans []span

// span is the numbers from through to.
type span struct{ from, to int }

// add adds n, not less than any number added before.
func (l *spans) add(n int) {
	if k := len(*l); k > 0 {
		last := &(*l)[k-1]
		switch {
		case n <= last.to:
			return
		case n == last.to+1:
			last.to = n
			return
		}
	}
	*l = append(*l, span{n, n})
}

// remove removes n.
func (l *spans) remove(n int) {
	for i := len(*l) - 1; i >= 0; i-- {
		sp := (*l)[i]
		switch {
		case n > sp.to:
			return
		case n < sp.from:
			continue
		case sp.from == sp.to:
			*l = append((*l)[:i], (*l)[i+1:]...)
		case n == sp.from:
			(*l)[i].from++
		case n == sp.to:
			(*l)[i].to--
		default:
			*l = append((*l)[:i+1], (*l)[i:]...)
			(*l)[i].to, (*l)[i+1].from = n-1, n+1
		}
		return
	}
}

// removeRange removes the numbers from through to.
func (l *spans) removeRange(from, to int) {
	var kept spans
	for _, sp := range *l {
		if sp.from < from {
			kept = append(kept, span{sp.from, min(sp.to, from-1)})
		}
		if sp.to > to {
			kept = append(kept, span{max(sp.from, to+1), sp.to})
		}
	}
	*l = kept
}

// count returns how many numbers l holds.
func (l spans) count() int {
	n := 0
	for _, sp := range l {
		n += sp.to - sp.from + 1
	}
	return n
}

// shownSpans is how many ranges a note lists; the numbers of the others
// are counted.
const shownSpans = 4

// format writes l as "5–7, 12", the numbers each as name writes them,
// the ranges beyond shownSpans counted ("… and 8 more").
func (l spans) format(name func(int) string, more string) string {
	var b strings.Builder
	for i, sp := range l {
		if i == shownSpans {
			b.WriteString(" " + strings.ReplaceAll(more, "%d", strconv.Itoa(l[i:].count())))
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(name(sp.from))
		if sp.to > sp.from {
			b.WriteString("–" + name(sp.to))
		}
	}
	return b.String()
}

// hiddenCells are the rows holding data read and the columns read of a
// worksheet that are hidden in Excel, as a note names them: "rows 5–7,
// 12; columns L, N–P" (String) or "hàng 5–7, 12; cột L, N–P"
// (Vietnamese).
type hiddenCells struct {
	rows, cols spans
}

func (h hiddenCells) any() bool { return len(h.rows) > 0 || len(h.cols) > 0 }

func (h hiddenCells) String() string {
	return h.text("row", "rows", "column", "columns", "and %d more")
}

// Vietnamese implements the Vietnamese text of a note's argument.
func (h hiddenCells) Vietnamese() string {
	return h.text("hàng", "hàng", "cột", "cột", "và %d khác")
}

func (h hiddenCells) text(row, rows, col, cols, more string) string {
	var parts []string
	if n := h.rows.count(); n > 0 {
		parts = append(parts, plural(n, row, rows)+" "+h.rows.format(strconv.Itoa, more))
	}
	if n := h.cols.count(); n > 0 {
		parts = append(parts, plural(n, col, cols)+" "+h.cols.format(columnName, more))
	}
	return strings.Join(parts, "; ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// columnName returns the letters of the 1-based column col ("L").
func columnName(col int) string {
	return strings.TrimSuffix(CellName(col, 1), "1")
}
