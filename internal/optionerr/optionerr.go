// Package optionerr makes the errors of the renderers' options (an
// unknown Format or Lang of evaluate.RenderOptions, progress.Options,
// htmlreport.Options): a message as it reads, which is also a
// problem.Problem of code wrong-kind (errors.Is with problem.WrongKind
// matches it, errors.As with a *problem.Problem target gets it, Path the
// option's field and Input the value given), so that a service passing a
// query parameter through can answer it as the caller's mistake.
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

func (e *Error) Error() string { return e.msg }

// Unwrap returns the cause, a *problem.Msg of code wrong-kind.
func (e *Error) Unwrap() error { return e.p.Err }

// Is reports whether target is problem.WrongKind.
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
