package plan

import (
	"errors"
	"fmt"
	"github.com/nongthonmoi/ntm/internal/pathorder"
	"slices"
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
	slices.SortStableFunc(list, func(a, b *Error) int { return pathorder.Compare(a.Path, b.Path) })
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
