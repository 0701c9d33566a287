package xlsxread

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/problem"
)

// Merged cells. Officials merge the cells of a commune's identity over its
// rows (the commune written once, beside the rows of its indicators);
// Excel shows the text of the top-left cell of a merged range across the
// range, and the file holds it in that cell alone. A data row's cell in
// the column of a merged range's top-left cell takes its text when the
// column names the commune, its year or set, a unit or a source (what the
// official means: the same for every row). A value, numerator,
// denominator, indicator or indicator-code column does not: one figure
// shown across several indicators' rows (or spread over several columns)
// is no value of each, and the cell is a problem naming the range, its
// commune left out. So is a cell of a range that begins in the header or
// above it, or that spreads a text into the next column.

// maxMerges caps the merged ranges of a worksheet: far above the 8 identity
// columns of 10,000 communes.
const maxMerges = 1 << 20

// mergeRange is a merged range: its rows and columns (1-based, inclusive)
// and the text of its top-left cell, once read.
type mergeRange struct {
	r1, c1, r2, c2 int
	text           string
}

func (r *mergeRange) String() string {
	return CellName(r.c1, r.r1) + ":" + CellName(r.c2, r.r2)
}

// merges are the merged ranges of a worksheet, met as its rows are read.
type merges struct {
	ranges []mergeRange // by top row, then left column
	next   int          // the first range whose top row is not read yet
	active []int        // the ranges begun and not yet ended
	// stamp and owner tell, by column, the row and the range that last
	// covered it: two ranges covering a cell overlap.
	stamp, owner []int
}

// readMerges reads the <mergeCell ref="A2:A4"/> elements of a worksheet's
// XML, scanned by p from the start of its sheetData: nil when there are
// none.
func readMerges(p scanner) (*merges, error) {
	var m merges
	for {
		tok, ok := p.next()
		if !ok {
			if p.err != nil {
				return nil, p.err
			}
			break
		}
		if tok.kind != tokOpen || tok.name != "mergeCell" {
			continue
		}
		ref, _ := tok.attr("ref")
		from, to, _ := strings.Cut(ref, ":")
		c1, r1 := cellRef(from)
		c2, r2 := c1, r1
		if to != "" {
			c2, r2 = cellRef(to)
		}
		if c1 <= 0 || c2 <= 0 {
			return nil, fmt.Errorf("bad merged range %q", ref)
		}
		if c1 == c2 && r1 == r2 {
			continue // one cell
		}
		if len(m.ranges) == maxMerges {
			return nil, fmt.Errorf("more than %d merged ranges", maxMerges)
		}
		m.ranges = append(m.ranges, mergeRange{r1: min(r1, r2), c1: min(c1, c2), r2: max(r1, r2), c2: max(c1, c2)})
	}
	if len(m.ranges) == 0 {
		return nil, nil
	}
	slices.SortFunc(m.ranges, func(a, b mergeRange) int { return cmp.Or(cmp.Compare(a.r1, b.r1), cmp.Compare(a.c1, b.c1)) })
	return &m, nil
}

// begin notes the ranges whose top row is at or before row num, whose
// cells are read: each keeps the text of its top-left cell.
func (m *merges) begin(num int, cells []string) {
	for m.next < len(m.ranges) && m.ranges[m.next].r1 <= num {
		r := &m.ranges[m.next]
		if r.r1 == num && r.c1 <= len(cells) {
			r.text = cells[r.c1-1]
		}
		m.active = append(m.active, m.next)
		m.next++
	}
}

// fillable reports whether the cells of a column (as evaluate.TableColumn
// names it) take the text of the merged cell above them.
func fillable(col string) bool {
	switch col {
	case "province", "district", "commune", "code", "region", "group", "year", "set", "unit", "source", "helper":
		return true
	}
	return false
}

// errMerged is the problem of a cell of a merged range that cannot take
// the range's text.
func errMerged(r *mergeRange) error {
	return problem.Errorf(problem.Invalid, "one of the merged cells %s, which show the text of %s alone: unmerge them and type the value in each cell",
		r.String(), CellName(r.c1, r.r1))
}

// fill gives the cells of data row num (below the header row, cells up to
// the header's width) the text of the merged ranges covering them, where
// their column takes it (fills), and returns the problems of the others.
// A row whose own cells are all empty stays empty: merged cells alone are
// no data.
func (m *merges) fill(num, header int, cells []string, fills []bool, issues []cellIssue) ([]cellIssue, error) {
	width := len(cells)
	kept := m.active[:0]
	for _, i := range m.active {
		if r := &m.ranges[i]; r.r2 >= num && r.c1 <= width {
			kept = append(kept, i)
		}
	}
	m.active = kept
	if len(m.active) == 0 || blank(cells) {
		return issues, nil
	}
	if len(m.stamp) < width+1 {
		m.stamp, m.owner = make([]int, width+1), make([]int, width+1)
	}
	for _, i := range m.active {
		r := &m.ranges[i]
		for c := r.c1; c <= min(r.c2, width); c++ {
			if m.stamp[c] == num {
				return issues, fmt.Errorf("merged cells %s and %s overlap: the file is damaged", &m.ranges[m.owner[c]], r)
			}
			m.stamp[c], m.owner[c] = num, i
			switch own := cells[c-1]; {
			case r.r1 == num && c == r.c1:
				// The top-left cell: its own text.
			case r.r1 > header && c == r.c1 && fills[c-1] && (own == "" || own == r.text):
				if r.text != "" {
					cells[c-1] = r.text
				}
			case r.text != "" || own != "":
				// A text of its own hidden under the range (another
				// commune's?) is quoted before the range's.
				input := own
				if input == "" {
					input = r.text
				}
				cells[c-1] = ""
				issues = append(issues, cellIssue{col: c, input: input, err: errMerged(r)})
			}
		}
	}
	return issues, nil
}

// fillableColumns returns, for each cell of a header, whether the cells
// below it take the text of a merged cell above them.
func fillableColumns(header []string) []bool {
	out := make([]bool, len(header))
	for i, h := range header {
		out[i] = fillable(evaluate.TableColumn(h))
	}
	return out
}
