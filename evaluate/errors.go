package evaluate

import (
	"errors"
	"strings"

	"github.com/nongthonmoi/ntm/problem"
)

// InputError is one problem in an assessment input: where it is (file, CSV
// line and column, workbook sheet and cell, or JSON path), which commune it
// concerns, the offending text, the cause and its [problem.Code]. It is a
// [problem.Problem] (same fields; [errors.As] with a *problem.Problem target
// finds it, [errors.Is] with a code matches it) whose message begins
// "evaluate: ".
//
// Its message reads, for JSON,
//
//	evaluate: hoalac.json: [0] Hòa Lạc: sets["1980/QĐ-TTg"]["5"].denominator: must be > 0 (got "0")
//
// and for CSV
//
//	evaluate: communes.csv:14: column denominator: Hòa Lạc: 1980/QĐ-TTg 5: must be > 0 (got "0")
//
// on one line, the quoted input cut after 80 characters with its size.
// [problem.Problem.Message] gives the same without the prefix, in English
// or Vietnamese.
//
// The decoders return every problem of an input joined with [errors.Join],
// sorted by file, line and path and capped at [problem.Max] with a last
// "… and N more problems"; use [InputErrors] to get them back as a slice.
type InputError problem.Problem

// Error returns the message described on [InputError].
func (e *InputError) Error() string { return "evaluate: " + (*problem.Problem)(e).Message(problem.EN) }

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }

// Is reports whether target is the problem's [problem.Code].
func (e *InputError) Is(target error) bool {
	p := (*problem.Problem)(e)
	if p.Code == "" {
		p = &problem.Problem{Code: classify(e), Err: e.Err}
	}
	return p.Is(target)
}

// As sets a *problem.Problem target to e.
func (e *InputError) As(target any) bool {
	if p, ok := target.(**problem.Problem); ok {
		*p = (*problem.Problem)(e)
		return true
	}
	return false
}

// InputErrors returns the [InputError]s in err: err itself, or those joined
// in it (as the decoders return them), in order. Other errors are skipped.
func InputErrors(err error) []*InputError {
	var out []*InputError
	for _, p := range problem.All(err) {
		out = append(out, (*InputError)(p))
	}
	return out
}

// maxInputErrors caps how many problems one call reports; the rest are
// counted in a final "… and N more problems".
const maxInputErrors = problem.Max

// The formats of the last problem of a commune (an assessment) that stands
// for its problems beyond maxInputErrors; its code is too-large, as that
// of a [problem.More].
const (
	moreOfCommune    = "… and %d more problems of this commune"
	moreOfAssessment = "… and %d more problems"
)

// problemCount returns how many problems ps stands for: one each, the
// last that counts those beyond maxInputErrors ("… and 100 more problems
// of this commune") as its count.
func problemCount(ps []*InputError) int {
	n := 0
	for _, p := range ps {
		var m *problem.Msg
		if errors.As(p.Err, &m) && (m.Format == moreOfCommune || m.Format == moreOfAssessment) && len(m.Args) == 1 {
			if k, ok := m.Args[0].(int); ok {
				n += k
				continue
			}
		}
		n++
	}
	return n
}

// inputProblems collects the InputErrors of one input.
type inputProblems struct {
	list []*InputError
}

func (p *inputProblems) add(e *InputError) { p.list = append(p.list, e) }

// err joins the problems sorted by file, line, path and column, capped at
// maxInputErrors, each with its code; nil when there are none.
func (p *inputProblems) err() error {
	for _, e := range p.list {
		if e.Code == "" {
			e.Code = classify(e)
		}
	}
	return problem.Join("evaluate", p.list, func(e *InputError) *problem.Problem { return (*problem.Problem)(e) })
}

// setCodes gives every problem in err its code and bounds its input.
func setCodes(err error) {
	for _, p := range problem.All(err) {
		if p.Code == "" {
			p.Code = classify((*InputError)(p))
		}
		p.Bound()
	}
}

// classify gives the code of a problem whose cause carries none, from the
// wording of the decoders' messages.
func classify(e *InputError) problem.Code {
	if e.Err == nil {
		return problem.Invalid
	}
	var m *problem.Msg
	if errors.As(e.Err, &m) && m.Code != "" {
		return m.Code
	}
	msg := e.Err.Error()
	for _, c := range codeWords {
		for _, w := range c.words {
			if strings.Contains(msg, w) {
				return c.code
			}
		}
	}
	return problem.Invalid
}

// codeWords maps the wording of the decoders' messages to codes, most
// specific first.
var codeWords = []struct {
	code  problem.Code
	words []string
}{
	{problem.Syntax, []string{"invalid JSON", "invalid CSV", "empty input", "malformed JSON", "row has"}},
	{problem.Encoding, []string{"UTF-8", "control character", "encoding"}},
	{problem.TooLarge, []string{"too long", "too large", "larger than", "deeper than"}},
	{problem.UnknownKey, []string{"unknown key", "unknown column"}},
	{problem.DuplicateKey, []string{"given twice", "duplicate", "already given"}},
	{problem.UnknownSet, []string{"unknown set", "no set"}},
	{problem.UnknownIndicator, []string{"unknown indicator"}},
	{problem.RegionMismatch, []string{"region", "province"}},
	{problem.MissingField, []string{"required", "must not be empty", "needs", "missing"}},
	{problem.OutOfRange, []string{"out of range", "must be > 0", "must not be negative", "must not exceed",
		"between 0 and 100", "must be a year", "count must", "amount must"}},
	{problem.WrongKind, []string{"must be", "not a number", "not a decimal", "decimal separator", "give either",
		"not allowed", "goes with", "unknown format"}},
}

// compareInputErrors orders problems by file, line, path and column.
func compareInputErrors(a, b *InputError) int {
	return problem.Compare((*problem.Problem)(a), (*problem.Problem)(b))
}
