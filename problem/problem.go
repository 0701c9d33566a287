// Package problem is the one shape of an input problem in ntm: where it is
// (file, line, column, sheet and cell, JSON path), which commune it
// concerns, the offending input quoted, a stable code and a message that
// reads in English or in Vietnamese. Start with [All], the problems of an
// error any reader of ntm returns, and [Problem.Message] to print one. A
// Problem is plain data, the caller's own; the functions are safe for
// concurrent use, but [InFile] and [Join] change the problems given to them.
//
// The readers of the core packages report their problems in this shape:
// [github.com/nongthonmoi/ntm/criteria.FieldError],
// [github.com/nongthonmoi/ntm/evaluate.InputError] and
// [github.com/nongthonmoi/ntm/plan.Error] are
// defined as [Problem] (same fields), each with its package prefix in
// Error, and each answers [errors.As] with a *Problem target, as do the
// errors of the one-value calls evaluate.Judge, evaluate.ParseValue and
// evaluate.Assessment.Put (Path the indicator code, Input the value as
// written). So a caller branches on any of them the same way:
//
//	if errors.Is(err, problem.DuplicateKey) { … }
//	var p *problem.Problem
//	if errors.As(err, &p) { log.Print(p.Code, p.Path) }
//	for _, p := range problem.All(err) { fmt.Println(p.Message(problem.VI)) }
//
// # Codes
//
// [Code] values are stable and are also error values: errors.Is(err, code)
// reports whether err is, or joins, a problem with that code. The codes of
// the interchange specification are syntax, unknown-key, duplicate-key,
// unknown-set, unknown-indicator, out-of-range, wrong-kind, region-mismatch,
// missing-field, encoding and too-large. ntm extends them: [AmbiguousSet]
// for a set ID that names two sets, [Invalid] for every other broken rule
// (a cycle of prerequisites, a window that ends before it starts), and the
// codes of the HTTP API's answers about the request itself rather than its
// content: not-found (404), method-not-allowed (405), not-acceptable
// (406), unsupported-media-type (415), busy and timeout (503), internal (500).
//
// # Messages
//
// A problem's cause is usually a [*Msg]: an English format, which is also
// the key of its Vietnamese translation, and its arguments. A cause made
// otherwise (fmt.Errorf with the same format) is translated by matching its
// text against the formats, the most specific first; arguments that are
// messages themselves are translated too. [Problem.Message] renders the
// problem without a package prefix in the [Lang] asked for ([VI], the zero
// Lang, or [EN]); Error renders it in English. Quoted input and names from the input are cut
// to a readable length with their size, and a problem is always one line.
//
// A reader reports at most [Max] problems of one input; [Join] adds a last
// line "… and N more problems" ([More]).
//
// [Problem.MarshalJSON] writes the problem object of the HTTP API
// (docs/schema/problem.schema.json: {"code", "message", "file", "line",
// "column", "sheet", "cell", "path", "commune", "input"}, empty fields left
// out) with its message in English; package httpapi writes the same
// fields, with the message in the language asked for and the input as
// [Problem.Bound] leaves it, then "input_size" when Bound cut it.
package problem

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/internal/pathorder"
)

// Code is the stable code of a problem. Each code is an error value, the
// sentinel of its problems for [errors.Is].
type Code string

// The codes.
const (
	Syntax           Code = "syntax"            // not well-formed JSON or CSV, or a query that is not well formed
	UnknownKey       Code = "unknown-key"       // a key or column the format does not have
	DuplicateKey     Code = "duplicate-key"     // a key, column, set, indicator or code given twice
	UnknownSet       Code = "unknown-set"       // a set ID no catalog set answers to
	UnknownIndicator Code = "unknown-indicator" // an indicator or criterion code the set does not have
	OutOfRange       Code = "out-of-range"      // a number, year or date outside what is allowed
	WrongKind        Code = "wrong-kind"        // a value of the wrong type or form for its place
	RegionMismatch   Code = "region-mismatch"   // a region or province that is unknown or disagrees
	MissingField     Code = "missing-field"     // a required field absent or empty
	Encoding         Code = "encoding"          // invalid UTF-8, a control character, a wrong text encoding
	TooLarge         Code = "too-large"         // an input, value, answer or list of problems beyond a documented cap
	Invalid          Code = "invalid"           // any other broken rule of a format

	AmbiguousSet Code = "ambiguous-set" // a set ID that names more than one set of the catalog

	// The codes of the HTTP API's answers about the request rather than
	// its content (package httpapi).
	NotFound             Code = "not-found"              // 404: no route at the request's path
	MethodNotAllowed     Code = "method-not-allowed"     // 405: a method the route does not serve (the answer has Allow)
	NotAcceptable        Code = "not-acceptable"         // 406: an Accept header that admits none of the answers of the route
	UnsupportedMediaType Code = "unsupported-media-type" // 415: a body of a media type the route does not read
	Busy                 Code = "busy"                   // 503: more requests in flight than the server serves at once (the answer has Retry-After)
	Timeout              Code = "timeout"                // 503: a request that took longer than the server allows
	Internal             Code = "internal"               // 500: a fault of the server, not of the request
)

// Codes returns every code: those of the specification in its order, then
// its extensions (invalid, ambiguous-set, then the HTTP API's).
func Codes() []Code {
	return []Code{Syntax, UnknownKey, DuplicateKey, UnknownSet, UnknownIndicator, OutOfRange,
		WrongKind, RegionMismatch, MissingField, Encoding, TooLarge, Invalid,
		AmbiguousSet, NotFound, MethodNotAllowed, NotAcceptable, UnsupportedMediaType, Busy, Timeout, Internal}
}

// Error returns the code itself.
func (c Code) Error() string { return string(c) }

// Max is how many problems of one input a reader reports; [Join] counts the
// rest in a final [More].
const Max = 100

// Problem is one problem of an input. Empty fields are unknown or do not
// apply.
type Problem struct {
	// Code classifies the problem; see [Code]. Readers always set it.
	Code Code
	// File names the input as given to the reader ("hoalac.json").
	File string
	// Line is the 1-based line (of a CSV row, or of a JSON syntax error
	// or value).
	Line int
	// Column is the CSV column as its header names it ("denominator"),
	// or the 1-based column of a JSON syntax error or of the token of a
	// JSON value in characters (runes) of its line ("12"):
	// "syn.json:5: column 12: invalid JSON: …".
	Column string
	// Sheet and Cell locate a problem in a workbook: "Sheet1", "G7".
	Sheet, Cell string
	// Path locates the problem in a JSON document
	// (`[1].sets["1980/QĐ-TTg"]["2.2"].denominator`, `tasks[0].due_before`),
	// or names the set and indicator of a CSV row ("1980/QĐ-TTg 5").
	Path string
	// Commune is the display name of the commune concerned.
	Commune string
	// Input is the offending text; InputSize is its size in bytes when
	// Input was cut ([Problem.Bound]), 0 when Input is whole.
	Input     string
	InputSize int
	// Err is the cause, usually a [*Msg].
	Err error
}

// Error returns the message in English without a package prefix: see
// [Problem.Message].
func (p *Problem) Error() string { return p.Message(EN) }

// Unwrap returns the cause.
func (p *Problem) Unwrap() error { return p.Err }

// Is reports whether target is the problem's code.
func (p *Problem) Is(target error) bool {
	c, ok := target.(Code)
	return ok && c != "" && c == p.code()
}

// code returns Code, or the code carried by the cause, or Invalid.
func (p *Problem) code() Code {
	if p.Code != "" {
		return p.Code
	}
	var m *Msg
	if errors.As(p.Err, &m) && m.Code != "" {
		return m.Code
	}
	var c Code
	if errors.As(p.Err, &c) {
		return c
	}
	return Invalid
}

// Lang selects the language of a message. Its zero value is VI:
// Vietnamese, the default language of ntm's output, as the zero
// evaluate.RenderOptions is. Any value other than VI gives English.
// Error methods are English whatever the language (Problem.Error).
type Lang uint8

// The languages of messages.
const (
	VI Lang = iota // Vietnamese
	EN             // English
)

// Limits of what a message quotes from the input.
const (
	maxQuoted = 80  // characters of Input quoted
	maxName   = 120 // characters of a path, column, sheet, cell or commune
	maxKeep   = 256 // bytes of Input kept by Bound
)

// Message renders the problem on one line, without a package prefix:
//
//	hoalac.json: [0] Hòa Lạc: sets["1980/QĐ-TTg"]["5"].denominator: must be > 0 (got "0")
//	communes.csv:14: column denominator: Hòa Lạc: 1980/QĐ-TTg 5: must be > 0 (got "0")
//	so-lieu.xlsx: Sheet1!G7: Hòa Lạc: …
//
// The location comes first (file and line, or file, sheet and cell; then
// the column), then the commune (after the array index of a JSON path, when
// the path begins with one), the rest of the path, the cause, and the quoted input: cut after 80
// characters with its size ("got "12345…", 1000000 bytes"). With VI the
// words and the cause are Vietnamese where a translation is known.
func (p *Problem) Message(lang Lang) string {
	var b strings.Builder
	switch {
	case p.File != "":
		b.WriteString(clip(p.File, maxName, lang))
		if p.Sheet != "" || p.Cell != "" {
			b.WriteString(": ")
			b.WriteString(sheetCell(p.Sheet, p.Cell, lang))
		} else if p.Line > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(p.Line))
		}
		b.WriteString(": ")
	case p.Sheet != "" || p.Cell != "":
		b.WriteString(sheetCell(p.Sheet, p.Cell, lang))
		b.WriteString(": ")
	case p.Line > 0:
		b.WriteString(word(lang, "line"))
		b.WriteString(strconv.Itoa(p.Line))
		b.WriteString(": ")
	}
	if p.Column != "" {
		b.WriteString(word(lang, "column"))
		b.WriteString(clip(headerLine(p.Column), maxName, lang))
		b.WriteString(": ")
	}
	index, rest := "", p.Path
	if p.Commune != "" {
		index, rest = splitIndex(p.Path)
	}
	if who := strings.TrimSpace(index + " " + clip(p.Commune, maxName, lang)); who != "" {
		b.WriteString(who)
		b.WriteString(": ")
	}
	if rest != "" {
		b.WriteString(clip(rest, maxName, lang))
		b.WriteString(": ")
	}
	b.WriteString(p.Text(lang))
	if p.Input != "" {
		b.WriteString(" (")
		b.WriteString(word(lang, "got"))
		b.WriteString(quote(p.Input, p.InputSize, lang))
		b.WriteByte(')')
	}
	return b.String()
}

func sheetCell(sheet, cell string, lang Lang) string {
	switch {
	case sheet == "":
		return clip(cell, maxName, lang)
	case cell == "":
		return clip(sheet, maxName, lang)
	}
	return clip(sheet, maxName, lang) + "!" + clip(cell, maxName, lang)
}

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

// quote returns s quoted as Go quotes it, cut after 80 characters with an
// ellipsis and followed by its size in bytes when it is longer; size, when
// positive, is the size of the original of which s is a part.
func quote(s string, size int, lang Lang) string {
	if size < len(s) {
		size = len(s)
	}
	cut := cutRunes(s, maxQuoted)
	if len(cut) == size {
		return strconv.Quote(s)
	}
	return strconv.Quote(cut+"…") + ", " + strconv.Itoa(size) + byteWord(lang)
}

// byteWord returns " bytes" in lang, after a size.
func byteWord(lang Lang) string {
	if lang == VI {
		return " byte"
	}
	return " bytes"
}

// cutRunes returns the first n characters of s (invalid bytes count as one).
func cutRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// clip makes a name from the input printable on one line: control
// characters escaped, cut after n characters with its size.
func clip(s string, n int, lang Lang) string {
	if len(s) <= n && printable(s) {
		return s
	}
	cut := cutRunes(s, n)
	out := oneLine(cut)
	if len(cut) < len(s) {
		out += "…(" + strconv.Itoa(len(s)) + byteWord(lang) + ")"
	}
	return out
}

// headerLine writes a column's header on one line as a reader sees it in
// the cell: a line break typed in the cell (Alt+Enter in Excel, "4.2\nTỷ
// lệ (%)") is a space.
func headerLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(s)), " ")
}

func printable(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f {
			return false
		}
	}
	return utf8.ValidString(s)
}

// oneLine escapes control characters and invalid UTF-8 so that s prints on
// one line.
func oneLine(s string) string {
	if printable(s) {
		return s
	}
	q := strconv.Quote(s)
	return q[1 : len(q)-1]
}

// Bound cuts an Input longer than 256 bytes to its first 81 characters
// (one more than a message quotes, so that the message still shows it cut),
// recording its size in InputSize, so that a problem kept in memory does
// not hold a huge input; a Commune longer than 256 bytes is cut to 121
// characters, and a Path longer than 1024 bytes to 120 followed by "…",
// which shows it cut wherever it is written.
func (p *Problem) Bound() {
	if len(p.Input) > maxKeep {
		if p.InputSize < len(p.Input) {
			p.InputSize = len(p.Input)
		}
		p.Input = strings.Clone(cutRunes(p.Input, maxQuoted+1))
	}
	if len(p.Path) > 4*maxKeep {
		p.Path = strings.Clone(cutRunes(p.Path, maxName)) + "…"
	}
	if len(p.Commune) > maxKeep {
		p.Commune = strings.Clone(cutRunes(p.Commune, maxName+1))
	}
}

// Compare orders problems by file, line, sheet, cell, path (runs of digits
// compared as numbers: tasks[2] before tasks[10]) and column (so too: a
// JSON column 93 before 102).
func Compare(a, b *Problem) int {
	return cmp.Or(
		strings.Compare(a.File, b.File),
		cmp.Compare(a.Line, b.Line),
		strings.Compare(a.Sheet, b.Sheet),
		compareCells(a.Cell, b.Cell),
		pathorder.Compare(a.Path, b.Path),
		pathorder.Compare(a.Column, b.Column),
	)
}

// compareCells orders cells by row, then column: G7 before A10.
func compareCells(a, b string) int {
	split := func(c string) (string, int) {
		i := strings.IndexAny(c, "0123456789")
		if i < 0 {
			return c, 0
		}
		n, _ := strconv.Atoi(c[i:])
		return c[:i], n
	}
	ca, ra := split(a)
	cb, rb := split(b)
	return cmp.Or(cmp.Compare(ra, rb), cmp.Compare(len(ca), len(cb)), strings.Compare(ca, cb))
}

// More stands for the problems of an input beyond [Max].
type More struct {
	Prefix string // the package that read the input ("evaluate"), or ""
	N      int
}

// Error returns "PREFIX: … and N more problems".
func (m *More) Error() string { return prefixed(m.Prefix, m.Message(EN)) }

// Message returns "… and N more problems" in lang.
func (m *More) Message(lang Lang) string {
	if lang == VI {
		return fmt.Sprintf("… và %d lỗi khác", m.N)
	}
	return fmt.Sprintf("… and %d more problems", m.N)
}

func prefixed(prefix, s string) string {
	if prefix == "" {
		return s
	}
	return prefix + ": " + s
}

// Join sorts list stably by [Compare], fills in each problem's Code from its
// cause where it is empty, bounds its input ([Problem.Bound]) and joins the
// first [Max] with [errors.Join], followed by a [*More] with prefix when
// there are more. It returns nil for an empty list. E is a package's own
// problem type (such as *evaluate.InputError) and of gives its Problem.
func Join[E error](prefix string, list []E, of func(E) *Problem) error {
	if len(list) == 0 {
		return nil
	}
	slices.SortStableFunc(list, func(a, b E) int { return Compare(of(a), of(b)) })
	n := min(len(list), Max)
	errs := make([]error, 0, n+1)
	for _, e := range list[:n] {
		p := of(e)
		p.Code = p.code()
		p.Bound()
		errs = append(errs, e)
	}
	if len(list) > n {
		errs = append(errs, &More{Prefix: prefix, N: len(list) - n})
	}
	return errors.Join(errs...)
}

// All returns the problems in err: err itself, or those joined or wrapped in
// it, in order. Errors that are not problems are skipped.
func All(err error) []*Problem {
	var out []*Problem
	eachJoined(err, func(err error) {
		var p *Problem
		if errors.As(err, &p) {
			out = append(out, p)
		}
	})
	return out
}

// InFile returns err with its problems naming file: each [Problem] in err
// (err itself or those joined in it) without a File gets file, so that a
// reader that does not know the name of its input (criteria.ReadDefinitions,
// criteria.Catalog.Add, plan.Read: they read an io.Reader) reports with its
// place as the readers of files do ("sets.json: [0].level: …",
// "plan.json:2: column 29: …"). The other errors joined in err (the count
// of the problems beyond those reported) are prefixed with file. The
// problems of err are changed in place, not copied: err itself names file
// afterwards. It returns nil for a nil err.
func InFile(file string, err error) error {
	if err == nil {
		return nil
	}
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	out := make([]error, 0, len(errs))
	for _, e := range errs {
		var p *Problem
		if !errors.As(e, &p) {
			out = append(out, fmt.Errorf("%s: %w", file, e))
			continue
		}
		if p.File == "" {
			p.File = file
		}
		out = append(out, e)
	}
	if len(out) == 1 {
		return out[0]
	}
	return errors.Join(out...)
}

// Lines returns the messages of err, one per problem, in lang, without
// package prefixes: each problem's [Problem.Message], each [More]'s
// message, and the text of any other error (on one line).
func Lines(err error, lang Lang) []string {
	var out []string
	eachJoined(err, func(err error) {
		var p *Problem
		var m *More
		switch {
		case errors.As(err, &p):
			out = append(out, p.Message(lang))
		case errors.As(err, &m):
			out = append(out, m.Message(lang))
		case lang == VI:
			out = append(out, oneLine(vietnamese(err)))
		default:
			out = append(out, oneLine(err.Error()))
		}
	})
	return out
}

// eachJoined calls f with each error that err joins ([errors.Join] or any
// Unwrap() []error), depth first, in order, or with err itself when it
// joins none; never with nil.
func eachJoined(err error, f func(error)) {
	if err == nil {
		return
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			eachJoined(e, f)
		}
		return
	}
	f(err)
}

// Text returns the cause of the problem in lang, on one line, without its
// location or input: "must be > 0".
func (p *Problem) Text(lang Lang) string {
	switch {
	case p.Err == nil:
		return word(lang, "invalid input")
	case lang == VI:
		return oneLine(vietnamese(p.Err))
	}
	return oneLine(p.Err.Error())
}

// wire is the problem object of the HTTP API: empty fields left out.
type wire struct {
	Code    Code   `json:"code"`
	Message string `json:"message"`
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Column  string `json:"column,omitempty"`
	Sheet   string `json:"sheet,omitempty"`
	Cell    string `json:"cell,omitempty"`
	Path    string `json:"path,omitempty"`
	Commune string `json:"commune,omitempty"`
	Input   string `json:"input,omitempty"`
}

// MarshalJSON writes the problem as the HTTP API's problem object:
// {"code", "message", "file", "line", "column", "sheet", "cell", "path",
// "commune", "input"} with empty fields left out. The message is the
// English cause ([Problem.Text]); the input is cut after 80 characters,
// ending with "…" when cut (also when [Problem.Bound] cut it before). It
// writes no "input_size": the HTTP API adds it beside an input that Bound
// cut.
func (p *Problem) MarshalJSON() ([]byte, error) {
	w := wire{Code: p.code(), Message: p.Text(EN), File: p.File, Line: p.Line, Column: p.Column,
		Sheet: p.Sheet, Cell: p.Cell, Path: p.Path, Commune: p.Commune, Input: p.Input}
	if cut := cutRunes(w.Input, maxQuoted); len(cut) < len(w.Input) || p.InputSize > len(w.Input) {
		w.Input = cut + "…"
	}
	if len(w.Path) > 4*maxKeep {
		w.Path = cutRunes(w.Path, maxName) + "…"
	}
	return json.Marshal(w)
}
