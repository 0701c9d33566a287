package evaluate

import (
	"errors"
	"fmt"
	"github.com/nongthonmoi/ntm/internal/pathorder"
	"slices"
	"strconv"
	"strings"
)

// InputError is one problem in an assessment input: where it is (file, CSV
// line and column, or JSON path), which commune it concerns, the offending
// text and the cause.
//
// Its message reads, for JSON,
//
//	evaluate: hoalac.json: [0] Hòa Lạc: sets["1980/QĐ-TTg"]["5"].denominator: must be > 0 (got "0")
//
// and for CSV
//
//	evaluate: communes.csv:14: column denominator: Hòa Lạc: 1980/QĐ-TTg 5: must be > 0 (got "0")
//
// The decoders return every problem of an input joined with [errors.Join],
// sorted by file, line and path; use [InputErrors] to get them back as a
// slice.
type InputError struct {
	File string // the input's name as given to the decoder ("hoalac.json"), or ""
	// Line is the 1-based line of the CSV row (or of a JSON syntax error),
	// or the worksheet row; 0 when not known.
	Line int
	// Cell names the worksheet cell or row of a workbook table
	// ("Sheet1!G7"); when set, the message shows it instead of the line.
	Cell string
	// Column is the CSV column name ("denominator"); "" for JSON.
	Column string
	// Commune is the commune's display name, when known.
	Commune string
	// Path locates the problem below the file. In JSON it is the path of the
	// field: `[1].sets["1980/QĐ-TTg"]["2.2"].denominator` ([1] only when the
	// file holds an array). In CSV it is the set and indicator of the row
	// ("1980/QĐ-TTg 5"), when known.
	Path string
	// Input is the offending text, quoted in the message; "" when there is
	// nothing to quote (a missing field).
	Input string
	Err   error // the cause
}

// Error returns the message described on [InputError].
func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString("evaluate: ")
	switch {
	case e.File != "" && e.Cell != "":
		b.WriteString(e.File)
		b.WriteString(": ")
		b.WriteString(e.Cell)
		b.WriteString(": ")
	case e.File != "":
		b.WriteString(e.File)
		if e.Line > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(e.Line))
		}
		b.WriteString(": ")
	case e.Line > 0:
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteString(": ")
	}
	if e.Column != "" {
		b.WriteString("column ")
		b.WriteString(e.Column)
		b.WriteString(": ")
	}
	index, rest := splitIndex(e.Path)
	if who := strings.TrimSpace(index + " " + e.Commune); who != "" {
		b.WriteString(who)
		b.WriteString(": ")
	}
	if rest != "" {
		b.WriteString(rest)
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("invalid input")
	}
	if e.Input != "" {
		b.WriteString(" (got ")
		b.WriteString(quoteInput(e.Input))
		b.WriteByte(')')
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }

// splitIndex splits a JSON path into its leading array index ("[0]") and the
// rest without a leading dot.
func splitIndex(path string) (index, rest string) {
	if strings.HasPrefix(path, "[") {
		if i := strings.IndexByte(path, ']'); i > 0 {
			if _, err := strconv.Atoi(path[1:i]); err == nil {
				return path[:i+1], strings.TrimPrefix(path[i+1:], ".")
			}
		}
	}
	return "", path
}

// InputErrors returns the [InputError]s in err: err itself, or those joined
// in it (as the decoders return them), in order. Other errors are skipped.
func InputErrors(err error) []*InputError {
	var out []*InputError
	var walk func(error)
	walk = func(err error) {
		if err == nil {
			return
		}
		if ie, ok := err.(*InputError); ok {
			out = append(out, ie)
			return
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var ie *InputError
		if errors.As(err, &ie) {
			out = append(out, ie)
		}
	}
	walk(err)
	return out
}

// maxInputErrors caps how many inputProblems one call reports; the rest are
// counted in a final "… and N more inputProblems".
const maxInputErrors = 100

// inputProblems collects the InputErrors of one input.
type inputProblems struct {
	list []*InputError
}

func (p *inputProblems) add(e *InputError) { p.list = append(p.list, e) }

// err joins the inputProblems sorted by file, line, path and column, capped at
// maxInputErrors; nil when there are none.
func (p *inputProblems) err() error {
	if len(p.list) == 0 {
		return nil
	}
	slices.SortStableFunc(p.list, compareInputErrors)
	errs := make([]error, 0, min(len(p.list), maxInputErrors)+1)
	for i, e := range p.list {
		if i == maxInputErrors {
			errs = append(errs, fmt.Errorf("evaluate: … and %d more problems", len(p.list)-maxInputErrors))
			break
		}
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}

func compareInputErrors(a, b *InputError) int {
	if c := strings.Compare(a.File, b.File); c != 0 {
		return c
	}
	if a.Line != b.Line {
		return a.Line - b.Line
	}
	if c := pathorder.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	return strings.Compare(a.Column, b.Column)
}
