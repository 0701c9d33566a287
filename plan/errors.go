package plan

import (
	"cmp"
	"errors"

	"github.com/nongthonmoi/ntm/problem"
)

// Error is one problem of a plan, at a JSON path such as
// `targets[1].set` or `tasks[0].due_before`, with its [problem.Code]. It is
// a [problem.Problem] (same fields; [errors.As] with a *problem.Problem
// target finds it) whose message begins "plan: ".
type Error problem.Problem

// Error returns "plan: PATH: problem".
func (e *Error) Error() string { return "plan: " + (*problem.Problem)(e).Message(problem.EN) }

// Unwrap returns the underlying problem.
func (e *Error) Unwrap() error { return e.Err }

// Is reports whether target is the problem's [problem.Code].
func (e *Error) Is(target error) bool { return (*problem.Problem)(e).Is(target) }

// As sets a *problem.Problem target to e.
func (e *Error) As(target any) bool {
	if p, ok := target.(**problem.Problem); ok {
		*p = (*problem.Problem)(e)
		return true
	}
	return false
}

// tooLarge reports whether the value at path was reported too large.
func (p *problems) tooLarge(path string) bool {
	for _, e := range p.list {
		if e.Code == problem.TooLarge && e.Path == path {
			return true
		}
	}
	return false
}

// problems collects errors with their paths.
type problems struct{ list []*Error }

func (p *problems) add(path string, code problem.Code, format string, args ...any) {
	if p.tooLarge(path) {
		return // the value was cut; what else is wrong with it echoes that
	}
	p.list = append(p.list, &Error{Code: code, Path: path, Err: problem.Errorf(code, format, args...)})
}

// unknownSet adds the problem of id, a set ID that the catalog's lookup
// answered with err: ambiguous-set with the lookup's message when id names
// two sets, unknown-set otherwise, quoting id as its input.
func (p *problems) unknownSet(path, id string, err error) {
	var m *problem.Msg
	if errors.Is(err, problem.AmbiguousSet) && errors.As(err, &m) {
		p.list = append(p.list, &Error{Code: problem.AmbiguousSet, Path: path, Input: id, Err: m})
		return
	}
	p.addInput(path, id, problem.UnknownSet, "unknown set")
}

// addInput adds a problem quoting the offending input.
func (p *problems) addInput(path, input string, code problem.Code, format string, args ...any) {
	if p.tooLarge(path) {
		return // the value was cut; what else is wrong with it echoes that
	}
	p.list = append(p.list, &Error{Code: code, Path: path, Input: input, Err: problem.Errorf(code, format, args...)})
}

// err joins the problems sorted by path (stably: order of discovery within
// a path), capped at [problem.Max]; nil when there are none.
func (p *problems) err() error {
	return problem.Join("plan", p.list, func(e *Error) *problem.Problem { return (*problem.Problem)(e) })
}

// Warning is a consistency remark on a plan that does not make it invalid:
// a target commune the route never visits, a task due after the inspection
// window.
type Warning struct {
	Path    string // JSON path of what the warning is about
	Message string // in Vietnamese with English beside
	// cause is the remark alone: its English format, which package
	// problem translates into Vietnamese. Message is made from it;
	// [Warning.Text] renders it in one language.
	cause *problem.Msg
}

// String returns "PATH: message", the message in Vietnamese with English
// beside.
func (w Warning) String() string {
	if w.Path == "" {
		return w.Message
	}
	return w.Path + ": " + w.Message
}

// Text returns "PATH: message" in lang alone: English for "en", otherwise
// Vietnamese ("targets[1]: lộ trình kiểm tra không qua xã Hòa Lạc";
// "targets[1]: the inspection route never visits Hòa Lạc"). A warning
// made by another package, with only its Path and Message, is its String.
func (w Warning) Text(lang string) string {
	if w.cause == nil {
		return w.String()
	}
	l := problem.VI
	if lang == "en" {
		l = problem.EN
	}
	return (&problem.Problem{Path: w.Path, Err: w.cause}).Message(l)
}

// warning returns the warning at path whose cause is the English format
// with its arguments (its Vietnamese in package problem's table). Its
// Message is the cause in Vietnamese with, beside it, gloss: a shorter
// English than the cause's, or "" for the cause's own.
func warning(path, gloss, format string, args ...any) Warning {
	m := &problem.Msg{Format: format, Args: args}
	return Warning{Path: path, Message: m.Text(problem.VI) + " (" + cmp.Or(gloss, m.Error()) + ")", cause: m}
}
