package httpapi

import (
	"errors"
	"net/http"

	"github.com/nongthonmoi/ntm/internal/placenames"
	"github.com/nongthonmoi/ntm/problem"
)

// jsonProblem is a [problem.Problem] on the wire
// (docs/schema/problem.schema.json).
type jsonProblem struct {
	Code      problem.Code `json:"code"`
	Message   string       `json:"message"`
	File      string       `json:"file,omitempty"`
	Line      int          `json:"line,omitempty"`
	Column    string       `json:"column,omitempty"`
	Sheet     string       `json:"sheet,omitempty"`
	Cell      string       `json:"cell,omitempty"`
	Path      string       `json:"path,omitempty"`
	Commune   string       `json:"commune,omitempty"`
	Input     string       `json:"input,omitempty"`
	InputSize int          `json:"input_size,omitempty"`
}

// toJSON serialises p with its cause in lang as message; the input is cut
// to a readable length first.
func toJSON(p *problem.Problem, lang problem.Lang) jsonProblem {
	c := *p
	c.Bound()
	code := c.Code
	if code == "" {
		code = problem.Invalid
		for _, k := range problem.Codes() {
			if errors.Is(&c, k) {
				code = k
				break
			}
		}
	}
	return jsonProblem{Code: code, Message: cause(&c, lang), File: c.File, Line: c.Line, Column: c.Column,
		Sheet: c.Sheet, Cell: c.Cell, Path: c.Path, Commune: c.Commune, Input: c.Input, InputSize: c.InputSize}
}

// cause is the problem's message without its location, commune and input,
// which have fields of their own: "must be > 0".
func cause(p *problem.Problem, lang problem.Lang) string {
	if p.Err == nil {
		return p.Message(lang)
	}
	return (&problem.Problem{Code: p.Code, Err: p.Err}).Message(lang)
}

// problems collects the problems of one request, at most problem.Max of
// them, counting the others; and the notes on what was read that are no
// problems (a total or heading row skipped, a sheet read below a title,
// hidden, or skipped), also at most problem.Max.
type problems struct {
	lang      problem.Lang
	list      []jsonProblem
	more      int
	notes     []string
	moreNotes int
}

// note adds a note, place (the request and a line, or a sheet and row)
// followed by m in the request's language.
func (ps *problems) note(place string, m *problem.Msg) {
	if len(ps.notes) >= problem.Max {
		ps.moreNotes++
		return
	}
	ps.notes = append(ps.notes, place+": "+m.Text(ps.lang))
}

// warn adds a warning to the notes: "ORIGIN: cảnh báo: TEXT" ("warning:"
// in English), as ntm eval prints it.
func (ps *problems) warn(w placenames.Warning) {
	if len(ps.notes) >= problem.Max {
		ps.moreNotes++
		return
	}
	mark := ": cảnh báo: "
	if ps.lang == problem.EN {
		mark = ": warning: "
	}
	ps.notes = append(ps.notes, w.Origin+mark+w.Text)
}

// allNotes returns the notes, with a last one counting those beyond
// problem.Max; nil when there are none.
func (ps *problems) allNotes() []string {
	if ps.moreNotes == 0 {
		return ps.notes
	}
	m := &problem.Msg{Format: "… and %d more notes", Args: []any{ps.moreNotes}}
	return append(ps.notes[:len(ps.notes):len(ps.notes)], m.Text(ps.lang))
}

func (ps *problems) add(p *problem.Problem) {
	if len(ps.list) >= problem.Max {
		ps.more++
		return
	}
	ps.list = append(ps.list, toJSON(p, ps.lang))
}

// addErr adds the problems of err; an error that holds none is one
// problem of code invalid in file.
func (ps *problems) addErr(file string, err error) {
	all := problem.All(err)
	if len(all) == 0 {
		ps.add(&problem.Problem{Code: problem.Invalid, File: file, Err: err})
		return
	}
	for _, p := range all {
		if p.File == "" {
			c := *p
			c.File = file
			p = &c
		}
		ps.add(p)
	}
	var m *problem.More
	if errors.As(err, &m) {
		ps.more += m.N
	}
}

func (ps *problems) empty() bool { return len(ps.list) == 0 && ps.more == 0 }

// all returns the problems, with a last one of code too-large counting
// those beyond problem.Max.
func (ps *problems) all() []jsonProblem {
	if ps.more == 0 {
		return ps.list
	}
	m := &problem.More{N: ps.more}
	return append(ps.list[:len(ps.list):len(ps.list)], jsonProblem{Code: problem.TooLarge, Message: m.Message(ps.lang)})
}

// writeProblems answers status with {"problems": [...]}.
func writeProblems(w http.ResponseWriter, status int, lang problem.Lang, list ...*problem.Problem) {
	ps := problems{lang: lang}
	for _, p := range list {
		ps.add(p)
	}
	ps.write(w, status)
}

func (ps *problems) write(w http.ResponseWriter, status int) {
	writeJSON(w, status, struct {
		Problems []jsonProblem `json:"problems"`
		Notes    []string      `json:"notes,omitempty"`
	}{ps.all(), ps.allNotes()})
}
