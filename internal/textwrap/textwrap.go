// Package textwrap wraps the prose lines of ntm's text outputs so that they
// print at a readable width.
//
// A line longer than the width is broken at spaces only, with a hanging
// indent: the continuation lines start under the text after the line's
// leading spaces and its list marker ("- ", "1. ", "[Quá hạn] "), or two
// columns in from the line's own indent when it has no marker. A line is
// never broken inside a word, so codes ("17.1a") and decision numbers
// ("47/KH-STNMT") stay whole, nor between a number and what follows it
// ("30 hộ", "2,15 điểm phần trăm", "≥ 70%", "ngày 30/4/2020"), nor around a
// hyphen standing between words ("sản xuất - kinh doanh"), which at the
// start of a line would read as a list marker. A unit longer than the width
// is left whole on a line of its own. Width counts characters, combining
// marks aside.
//
// Tables are not for this package: their callers keep their columns.
package textwrap

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Width is the width the text outputs are wrapped at: about 100 columns, a
// printed A4 page in a monospaced type of readable size.
const Width = 100

// String wraps every line of s at width (see the package documentation);
// lines not longer than width are left as they are.
func String(s string, width int) string {
	if !strings.Contains(s, "\n") {
		return strings.Join(Line(s, width), "\n")
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/16)
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.Join(Line(line, width), "\n"))
	}
	return b.String()
}

// Line wraps one line (without its newline) at width, returning the lines
// it prints as.
func Line(line string, width int) []string {
	if columns(line) <= width {
		return []string{line}
	}
	lead := len(line) - len(strings.TrimLeft(line, " "))
	head := lead + marker(line[lead:])
	hang := columns(line[:head])
	if head == lead {
		hang = lead + 2
	}
	if hang > width/2 {
		hang = lead + 2
	}
	units := joinUnits(strings.Fields(line[head:]))
	var out []string
	cur := line[:head]
	curCols := columns(cur)
	empty := true
	for _, u := range units {
		w := columns(u)
		if !empty && curCols+1+w > width {
			out = append(out, cur)
			cur, curCols, empty = strings.Repeat(" ", hang), hang, true
		}
		if !empty {
			cur += " "
			curCols++
		}
		cur += u
		curCols += w
		empty = false
	}
	return append(out, cur)
}

// marker is the length in bytes of the list marker s begins with, with the
// space after it: "- ", "• ", "1. ", "[Quá hạn] "; 0 when there is none.
func marker(s string) int {
	switch {
	case strings.HasPrefix(s, "- "), strings.HasPrefix(s, "* "):
		return 2
	case strings.HasPrefix(s, "• "):
		return len("• ")
	case strings.HasPrefix(s, "["):
		if i := strings.Index(s, "] "); i > 0 && i < 40 && !strings.Contains(s[1:i], "[") {
			return i + 2
		}
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && strings.HasPrefix(s[i:], ". ") {
		return i + 2
	}
	return 0
}

// joinUnits joins the words that must stay on one line into units, each
// pair separated by a space.
func joinUnits(words []string) []string {
	var units []string
	for i, w := range words {
		if i > 0 && glued(words[i-1], w) {
			units[len(units)-1] += " " + w
			continue
		}
		units = append(units, w)
	}
	return units
}

// glued reports whether no line may break between words a and b.
func glued(a, b string) bool {
	switch {
	case endsWithDigit(a):
		// a number and its unit: "30 hộ", "17/19 tiêu chí", "2,15 điểm"
		return true
	case startsWithDigit(b) && isLower(a):
		// a label and its number: "ngày 30/4/2020", "tiêu chí 17", "năm 2020"
		return true
	case a == "≥", a == "≤", a == "<", a == ">", a == "=", a == "≠", a == "+", a == "−":
		return true
	case a == "-", b == "-", a == "–", b == "–", b == "—":
		return true
	case a == "điểm" && b == "phần", a == "phần" && strings.HasPrefix(b, "trăm"):
		return true
	case a == "percentage" && strings.HasPrefix(b, "point"):
		return true
	case a == "triệu" && strings.HasPrefix(b, "đồng"):
		return true
	}
	return false
}

func endsWithDigit(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "%"))
	return s != "" && unicode.IsDigit(r) && !strings.ContainsAny(s[len(s)-1:], ".,;:)")
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// isLower reports whether s is a word in lower case: "ngày", "năm", "chí".
func isLower(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

// columns is the width of s in characters, combining marks aside.
func columns(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.Is(unicode.Mn, r) {
			n++
		}
	}
	return n
}
