// Package optionerr makes the errors of the options of the module's calls
// (an unknown Format or Lang of evaluate.RenderOptions, progress.Options,
// htmlreport.Options; a field of workbook.Template or htmlreport.Options
// missing or given a value the call does not take): a message as it
// reads, which is also a problem.Problem (errors.Is with its code matches
// it, errors.As with a *problem.Problem target gets it, Path the option's
// field and Input the value given), so that a service passing a query
// parameter through can answer it as the caller's mistake.
package optionerr

import (
	"fmt"
	"strings"

	"github.com/nongthonmoi/ntm/problem"
)

// Error is an option given a value the renderer does not take.
type Error struct {
	p   problem.Problem
	msg string
}

// Format returns the error of an unknown format f: "PKG: unknown format
// "f" (want WANT)".
func Format(pkg, f string, want ...string) error {
	return of(pkg, "Format", "unknown format (want %s)", "format", f, want)
}

// Lang returns the error of an unknown language l: "PKG: unknown
// language "l" (want vi or en)".
func Lang(pkg, l string) error {
	return of(pkg, "Lang", "unknown language (want %s)", "language", l, []string{"vi", "en"})
}

func of(pkg, field, format, what, v string, want []string) error {
	w := strings.Join(want, ", ")
	if n := len(want); n > 1 {
		w = strings.Join(want[:n-1], ", ") + " or " + want[n-1]
	}
	return &Error{
		p: problem.Problem{Code: problem.WrongKind, Path: field, Input: v,
			Err: problem.Errorf(problem.WrongKind, format, strings.Join(want, ", "))},
		msg: fmt.Sprintf("%s: unknown %s %q (want %s)", pkg, what, v, w),
	}
}

// Field returns the error of a field of the options typ of package pkg,
// p its problem (Path the field, Input the value given, Err the cause of
// code p.Code): "PKG: TYP." then p as it reads in English, as in
// "workbook: Template.Year: 1990 is outside the period 2016-2020 of
// 1980/QĐ-TTg (got "1990")".
func Field(pkg, typ string, p problem.Problem) error {
	return &Error{p: p, msg: pkg + ": " + typ + "." + p.Message(problem.EN)}
}

func (e *Error) Error() string { return e.msg }

// Unwrap returns the cause, a *problem.Msg of the problem's code.
func (e *Error) Unwrap() error { return e.p.Err }

// Is reports whether target is the problem's code.
func (e *Error) Is(target error) bool { return target == e.p.Code }

// As sets a *problem.Problem target to the problem of e.
func (e *Error) As(target any) bool {
	if p, ok := target.(**problem.Problem); ok {
		*p = &e.p
		return true
	}
	return false
}

// Valid reports whether l is a language the renderers take: "", "vi" or "en".
func Valid(l string) bool { return l == "" || l == "vi" || l == "en" }
