package plan

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// maxErrors caps how many problems one input reports.
const maxErrors = 50

// Error is one problem of a plan, at a JSON path such as
// `targets[1].set` or `tasks[0].due_before`.
type Error struct {
	Path string // JSON path; "" for the document as a whole
	Err  error
}

// Error returns "plan: PATH: problem".
func (e *Error) Error() string {
	if e.Path == "" {
		return "plan: " + e.Err.Error()
	}
	return "plan: " + e.Path + ": " + e.Err.Error()
}

// Unwrap returns the underlying problem.
func (e *Error) Unwrap() error { return e.Err }

// problems collects errors with their paths.
type problems struct{ list []*Error }

func (p *problems) add(path, format string, args ...any) {
	p.list = append(p.list, &Error{Path: path, Err: fmt.Errorf(format, args...)})
}

// err joins the problems sorted by path (stably: order of discovery within
// a path), capped at maxErrors; nil when there are none.
func (p *problems) err() error {
	if len(p.list) == 0 {
		return nil
	}
	list := slices.Clone(p.list)
	slices.SortStableFunc(list, func(a, b *Error) int { return comparePaths(a.Path, b.Path) })
	n := min(len(list), maxErrors)
	errs := make([]error, 0, n+1)
	for _, e := range list[:n] {
		errs = append(errs, e)
	}
	if len(list) > n {
		errs = append(errs, fmt.Errorf("plan: %d more problems not shown", len(list)-n))
	}
	return errors.Join(errs...)
}

// comparePaths orders JSON paths so that tasks[2] comes before tasks[10].
func comparePaths(a, b string) int {
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

// Warning is a consistency remark on a plan that does not make it invalid:
// a target commune the route never visits, a task due after the inspection
// window.
type Warning struct {
	Path    string // JSON path of what the warning is about
	Message string // in Vietnamese with English beside
}

// String returns "PATH: message".
func (w Warning) String() string {
	if w.Path == "" {
		return w.Message
	}
	return w.Path + ": " + w.Message
}
