package evaluate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

// valueSyntax is the syntax a value is written in: a table cell's, or a
// JSON string's, which holds a decimal with '.' or "n/a" only
// (docs/formats.md, "Assessment, JSON"). The problems of text that is no
// value say what to write in the syntax of the text.
type valueSyntax bool

const (
	tableCell  valueSyntax = false
	jsonString valueSyntax = true
)

// typedFormProblem is the problem of a value cell holding a value in a
// form the tables do not take (docs/formats.md, "Tables as officials keep
// them"), saying what is wrong and what to write: digits of another
// script, a sign other than '-', a comparison, an approximation, Excel's
// text marker, the abbreviation KAD. It is nil when text is none of these.
// No form is read: each says what to write, and a value is shown only
// when it is the one the cell holds.
func typedFormProblem(text string, ind *criteria.Indicator, syn valueSyntax) error {
	s := strings.TrimSpace(text)
	if s == "" {
		return nil
	}
	if kadWords[vntext.Fold(s)] {
		if ind.NotApplicableAllowed {
			return problem.Errorf(problem.WrongKind, "the abbreviation KAD is not read: write n/a or không áp dụng")
		}
		return problem.Errorf(problem.WrongKind, "KAD (không áp dụng) is not allowed for indicator %s: write its value", ind.Code)
	}
	if rest, ok := cutApostrophe(s); ok {
		if fits(rest, ind, syn) {
			return problem.Errorf(problem.WrongKind, "a leading apostrophe is Excel's text marker, not part of the value: write %s", rest)
		}
		return problem.Errorf(problem.WrongKind, "a leading apostrophe is Excel's text marker, not part of the value: write the value without it")
	}
	if r, ok := invisible(s); ok {
		if shown := strings.Map(dropInvisible, s); fits(shown, ind, syn) {
			return problem.Errorf(problem.WrongKind, "the cell holds an invisible character (U+%04X), as text copied from a web page or a document does: write %s", r, shown)
		}
		return problem.Errorf(problem.WrongKind, "the cell holds an invisible character (U+%04X), as text copied from a web page or a document does: type the value again", r)
	}
	if ascii, wide, ok := otherDigits(s); ok {
		switch {
		case wide && fits(ascii, ind, syn):
			return problem.Errorf(problem.WrongKind, "full-width digits (typed with a Vietnamese or CJK input method): write ASCII digits: %s", ascii)
		case wide:
			return problem.Errorf(problem.WrongKind, "full-width digits (typed with a Vietnamese or CJK input method): write ASCII digits (0-9)")
		case fits(ascii, ind, syn):
			return problem.Errorf(problem.WrongKind, "digits of another script: write ASCII digits: %s", ascii)
		}
		return problem.Errorf(problem.WrongKind, "digits of another script: write ASCII digits (0-9)")
	}
	if ascii, ok := fullWidth(s); ok && fits(ascii, ind, syn) {
		// "ｘ", "ｄạｔ", "80％": the letters and signs of a full-width
		// input method, refused as its digits are.
		return problem.Errorf(problem.WrongKind, "full-width characters (typed with a Vietnamese or CJK input method): write %s", ascii)
	}
	if ind.Kind == criteria.KindPass {
		if checkMarks[s] {
			return problem.Errorf(problem.WrongKind, "a check mark is not read: write x (or đạt)")
		}
		// A number of any form is no pass/fail word: the generic message.
		return nil
	}
	if zero, ok := letterO(s); ok {
		if fits(zero, ind, syn) {
			return problem.Errorf(problem.WrongKind, "the letter O typed for the digit 0: write %s", zero)
		}
		return problem.Errorf(problem.WrongKind, "the letter O typed for the digit 0: write the digit 0")
	}
	for _, dash := range []string{"-", "\u2212", "\u2013", "\u2014"} {
		if rest, ok := strings.CutPrefix(s, dash); ok {
			if fig := bareNumber(rest); rest != strings.TrimLeft(rest, " \t\u00a0\u202f") && fig != "" && fig[0] >= '0' && fig[0] <= '9' {
				if _, ok := cellNumber(rest, syn); ok {
					// "- 80", "— 80": a list bullet, or a minus sign set
					// apart from its figure; neither is read.
					return problem.Errorf(problem.WrongKind, "a dash then a space before the figure is read neither as a minus sign nor as part of the value (no value of an indicator is negative): %s",
						writeAlone(ind, fig, syn))
				}
			}
		}
	}
	for _, minus := range []string{"\u2212", "\u2013", "\u2014"} {
		if rest, ok := strings.CutPrefix(s, minus); ok {
			if n, ok := cellNumber(rest, syn); ok && n.Sign() != 0 {
				// The problem "-80" has: no indicator takes a negative value.
				if ps := checkValue(ind, Number(n.Neg())); len(ps) > 0 {
					return ps[0].err
				}
			}
			return nil
		}
	}
	if rest, ok := strings.CutPrefix(s, "+"); ok {
		if _, ok := cellNumber(rest, syn); ok {
			if syn == jsonString {
				return problem.Errorf(problem.WrongKind, "write the number without the sign: %s", bareNumber(rest))
			}
			return problem.Errorf(problem.WrongKind, "write the number without the sign: %s", strings.TrimSpace(rest))
		}
		return nil
	}
	for _, op := range comparisonOps {
		if rest, ok := strings.CutPrefix(s, op); ok {
			if _, ok := cellNumber(rest, syn); ok {
				return problem.Errorf(problem.WrongKind, "a comparison is not a value: %s belongs to the target, the cell takes the commune's measured figure: %s",
					op, writeAlone(ind, bareNumber(rest), syn))
			}
			return nil
		}
	}
	if lead, ok := approximate(s, syn); ok {
		return problem.Errorf(problem.WrongKind, "an approximate figure is not read, the table takes the figure itself: %s", writeAlone(ind, lead, syn))
	}
	return nil
}

// writeAlone is the advice to write the number lead alone, in the form
// and unit of ind (not a pass/fail indicator).
func writeAlone(ind *criteria.Indicator, lead string, syn valueSyntax) error {
	switch {
	case ind.Kind == criteria.KindPercent && syn == jsonString:
		return problem.Errorf(problem.WrongKind, "write the percentage alone: %s", lead)
	case ind.Kind == criteria.KindPercent:
		return problem.Errorf(problem.WrongKind, "write the percentage alone: %s or %s%%", lead, lead)
	case ind.Kind == criteria.KindNone:
		return problem.Errorf(problem.WrongKind, "write the count alone: %s", lead)
	}
	return problem.Errorf(problem.WrongKind, "write the amount alone, in %s: %s", unitOrElse(ind.Unit, "the indicator's unit"), lead)
}

// kadWords are the vntext.Fold of KAD, the abbreviation of "không áp
// dụng": not read, since docs/formats.md gives n/a and không áp dụng only.
var kadWords = map[string]bool{"kad": true, "k a d": true}

// cutApostrophe returns s without the apostrophes it begins with (Excel's
// text marker, or its typographic form), and whether it began with one
// and something follows.
func cutApostrophe(s string) (string, bool) {
	rest := strings.TrimLeft(s, "'\u2018\u2019")
	return strings.TrimSpace(rest), rest != s && strings.TrimSpace(rest) != ""
}

// fits reports whether s, a value written in syn, reads as a value that
// fits ind and is written on one line, as a message may show it.
func fits(s string, ind *criteria.Indicator, syn valueSyntax) bool {
	if strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return false
	}
	var v Value
	var err error
	if syn == jsonString {
		v, err = jsonStringValue(s)
	} else {
		v, err = cellValue(s, ind, false, "")
	}
	return err == nil && v.Kind != ValueMissing && len(checkValue(ind, v)) == 0
}

// otherDigits reports whether s holds decimal digits other than ASCII
// ones, and returns s with them written in ASCII and the full-width forms
// of ASCII (U+FF01-FF5E: "．", "％") in ASCII; wide is true when some
// digits are full-width (U+FF10-FF19), as a Vietnamese or CJK input
// method types them.
func otherDigits(s string) (ascii string, wide, ok bool) {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsDigit(r) {
			ok = true
			wide = wide || r >= '\uff10' && r <= '\uff19'
		}
	}
	if !ok {
		return "", false, false
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '\uff01' && r <= '\uff5e':
			b.WriteRune(r - 0xfee0)
		case r >= utf8.RuneSelf && unicode.IsDigit(r):
			b.WriteByte('0' + digitValue(r))
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), wide, true
}

// digitValue is the value of r, a decimal digit (category Nd): Unicode
// encodes each script's digits as one run of ten, 0 to 9, so its value is
// its distance from the start of its run, modulo ten (runs of several
// styles, as the mathematical digits, follow each other).
func digitValue(r rune) byte {
	start := r
	for start > 0 && unicode.IsDigit(start-1) {
		start--
	}
	return byte((r - start) % 10)
}

// comparisonOps are the comparisons a target is written with, longest
// first, which a cell written from the target may begin with.
var comparisonOps = []string{">=", "<=", "=>", "=<", "≥", "≤", "⩾", "⩽", ">", "<"}

// cellNumber reads s, after a sign or a comparison, as a number as a cell
// holds one ("80", "36,8", "80%"), ignoring space around it; in a JSON
// string, which takes no decimal comma, "36,8" is none.
func cellNumber(s string, syn valueSyntax) (decimal.Decimal, bool) {
	n, err := parseDecimal(bareNumber(s), syn == tableCell)
	return n, err == nil
}

// bareNumber is s, a number possibly followed by %, without the % and
// the space around it.
func bareNumber(s string) string {
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
}

// approxBefore are the vntext.Key of the words an approximate figure
// begins with ("khoảng 80", "~80"), longest first; approxAfter those it
// ends with ("80 (ước)").
var (
	approxBefore = []string{"~", "≈", "∼", "khoảng chừng", "khoảng", "khoang", "xấp xỉ", "xap xi", "gần", "gan",
		"trên", "tren", "dưới", "duoi", "hơn", "hon", "ước tính", "uoc tinh", "ước", "uoc", "chừng"}
	approxAfter = []string{"(ước tính)", "(uoc tinh)", "(ước)", "(uoc)", "ước tính", "uoc tinh", "ước", "uoc"}
)

// approximate reports whether s is a number said to be approximate
// ("khoảng 80", "~80", "80 (ước)") and returns the number as written.
func approximate(s string, syn valueSyntax) (lead string, ok bool) {
	k := vntext.Key(s)
	for _, w := range approxBefore {
		if rest, found := strings.CutPrefix(k, w); found {
			if _, isNum := cellNumber(rest, syn); isNum && (rest[0] == ' ' || !isLetterByte(w[0])) {
				return bareNumber(rest), true
			}
		}
	}
	for _, w := range approxAfter {
		if rest, found := strings.CutSuffix(k, w); found {
			if _, isNum := cellNumber(rest, syn); isNum && rest != "" && rest[len(rest)-1] == ' ' || isNum && w[0] == '(' {
				return bareNumber(rest), true
			}
		}
	}
	return "", false
}

// invisibleRunes are the characters a cell may hold that a spreadsheet
// shows as nothing: zero-width space, non-joiner and joiner, word joiner,
// the byte-order mark (zero-width no-break space) and the soft hyphen.
var invisibleRunes = map[rune]bool{'\u200b': true, '\u200c': true, '\u200d': true, '\u2060': true, '\ufeff': true, '\u00ad': true}

// invisible returns the first character of s that a spreadsheet shows as
// nothing, and whether s holds one.
func invisible(s string) (rune, bool) {
	for _, r := range s {
		if invisibleRunes[r] {
			return r, true
		}
	}
	return 0, false
}

// dropInvisible is the strings.Map function that drops invisibleRunes.
func dropInvisible(r rune) rune {
	if invisibleRunes[r] {
		return -1
	}
	return r
}

// fullWidth reports whether s holds full-width forms of ASCII characters
// (U+FF01-FF5E: "ｘ", "％"), and returns s with them written in ASCII.
func fullWidth(s string) (string, bool) {
	if strings.IndexFunc(s, func(r rune) bool { return r >= '\uff01' && r <= '\uff5e' }) < 0 {
		return "", false
	}
	return strings.Map(func(r rune) rune {
		if r >= '\uff01' && r <= '\uff5e' {
			return r - 0xfee0
		}
		return r
	}, s), true
}

// checkMarks are the check marks a cell of a pass/fail indicator may be
// ticked with: not among the pass/fail words of docs/formats.md.
var checkMarks = map[string]bool{"✓": true, "✔": true, "☑": true, "√": true}

// letterO reports whether s is a number with the letter O (or o) typed
// for some of its digits 0 ("8O", "1OO"), and returns it with the digit.
func letterO(s string) (string, bool) {
	digits, letters := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c == 'O' || c == 'o':
			letters = true
		case c == '.' || c == ',' || c == '%':
		default:
			return "", false
		}
	}
	if !digits || !letters || s[0] == 'O' || s[0] == 'o' {
		return "", false
	}
	return strings.NewReplacer("O", "0", "o", "0").Replace(s), true
}
