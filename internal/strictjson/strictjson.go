// Package strictjson reads a JSON document strictly into a small ordered
// tree, for the readers of set definitions and plans: keys keep their order,
// a key given twice, invalid UTF-8 and control characters in strings are
// problems with their JSON path, nesting and size are bounded, a UTF-8 byte
// order mark is accepted. It builds on the tokenizer of internal/jsontok.
//
// Readers check each object against the keys its format allows, taken from
// the json tags of the format's wire struct ([Keys]), so that each format is
// described once, by its wire struct.
package strictjson

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/internal/jsontok"
	"github.com/nongthonmoi/ntm/problem"
)

// MaxDepth bounds nesting so that no input exhausts the stack.
const MaxDepth = 64

// Kind is the JSON type of a node.
type Kind uint8

// The JSON types.
const (
	Null Kind = iota + 1
	Bool
	Number
	String
	Array
	Object
)

var kindNames = [...]string{"", "null", "boolean", "number", "string", "array", "object"}

func (k Kind) String() string { return kindNames[k] }

// Member is one key and value of an object.
type Member struct {
	Key string
	Val *Node
}

// Node is a JSON value.
type Node struct {
	Kind    Kind
	Str     string // a string, or a number's literal text
	Bool    bool
	Elems   []*Node
	Members []Member // in input order; a key given twice is kept once (its first value)
	Offset  int64    // byte offset of the value in the input
}

// Get returns the member value for key, or nil.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != Object {
		return nil
	}
	for _, m := range n.Members {
		if m.Key == key {
			return m.Val
		}
	}
	return nil
}

// Text returns the node as input text for quoting in a problem: a string
// or number as written, "true", "null", "[…]" or "{…}".
func (n *Node) Text() string {
	switch n.Kind {
	case String, Number:
		return n.Str
	case Bool:
		return strconv.FormatBool(n.Bool)
	case Null:
		return "null"
	case Array:
		return "[…]"
	}
	return "{…}"
}

// CheckText returns a problem cause with code encoding when s holds
// invalid UTF-8 (which the tokenizer turns into U+FFFD, so U+FFFD itself
// is refused) or a control character other than tab, newline and carriage
// return; nil otherwise. Every JSON reader of ntm calls it on the strings
// it keeps.
func CheckText(s string) error {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f {
				return problem.Errorf(problem.Encoding, "control character %U", rune(c))
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError {
			return problem.Errorf(problem.Encoding, "invalid UTF-8")
		}
		if r >= 0x80 && r < 0xa0 {
			return problem.Errorf(problem.Encoding, "control character %U", r)
		}
		i += size
	}
	return nil
}

// Parse reads one JSON value from r through the bounded buffer of the
// tokenizer (a leading byte order mark is skipped). A syntax error, trailing
// data or nesting beyond MaxDepth ends reading: the tree is nil and the
// problem has the line and column of the error (Problem.Column, as
// [jsontok.Tokens.Column] counts it: "12"). A key given twice, a string or
// key with invalid text and a literal longer than [jsontok.MaxLiteral]
// (kept as its first bytes) are problems at their path; the tree is still
// returned, without the members whose key is not UTF-8 (a path through
// such a key shows it as a legacy font shows its bytes). An input longer
// than max bytes is a too-large problem and no tree.
//
// known, when not nil, tells the names a string at a path may be (a
// commune's, a province's), which tell the font encoding a string that is
// not UTF-8 was typed in ([jsontok.Invalid.Err]); nil, or false for every
// name, leaves it to the string's letters.
func Parse(r io.Reader, max int64, known func(path, name string) bool) (*Node, []*problem.Problem) {
	lr := &io.LimitedReader{R: r, N: max + 1}
	n, probs := parse(lr, known)
	if lr.N <= 0 {
		return nil, []*problem.Problem{{Code: problem.TooLarge,
			Err: problem.Errorf(problem.TooLarge, "input larger than %d bytes", max)}}
	}
	return n, probs
}

func parse(r io.Reader, known func(path, name string) bool) (*Node, []*problem.Problem) {
	p := &parser{dec: jsontok.NewReader(r), known: known}
	p.dec.SkipBOM()
	n, err := p.node("", 0)
	if err == nil {
		p.dec.More() // up to what follows, for its line and column
		if _, err2 := p.dec.Token(); err2 != io.EOF {
			err = problem.Errorf(problem.Syntax, "invalid JSON: unexpected data after the top-level value")
			if _, ok := err2.(jsontok.Oversize); !ok && err2 != nil && !errors.Is(err2, io.ErrUnexpectedEOF) {
				err = err2
			}
		}
	}
	if err != nil {
		return nil, append(p.probs, p.fatal(err))
	}
	return n, p.probs
}

type parser struct {
	dec   *jsontok.Tokens
	probs []*problem.Problem
	empty bool // nothing but space was read
	known func(path, name string) bool
}

// fatal is the problem that ends reading, at the line and column where the
// tokenizer stopped.
func (p *parser) fatal(err error) *problem.Problem {
	var se *jsontok.SyntaxError
	var m *problem.Msg
	line, col := p.dec.Line(), strconv.Itoa(p.dec.Column())
	switch {
	case errors.As(err, &m):
		return &problem.Problem{Code: m.Code, Line: line, Column: col, Err: err}
	case err == io.EOF && p.dec.InputOffset() == 0 || err == io.EOF && p.empty:
		return &problem.Problem{Code: problem.Syntax, Err: problem.Errorf(problem.Syntax, "empty input")}
	case err == io.EOF, errors.Is(err, io.ErrUnexpectedEOF):
		err = problem.Errorf(problem.Syntax, "invalid JSON: unexpected end of input")
	case errors.As(err, &se):
		err = problem.Errorf(problem.Syntax, "invalid JSON: %s", se.Msg)
	default:
		err = problem.Errorf(problem.Syntax, "invalid JSON: %s", err.Error())
	}
	return &problem.Problem{Code: problem.Syntax, Line: line, Column: col, Err: err}
}

func (p *parser) oversize(path string, o jsontok.Oversize) {
	p.probs = append(p.probs, &problem.Problem{Code: problem.TooLarge, Path: path, Input: o.Prefix, InputSize: int(o.Size),
		Err: problem.Errorf(problem.TooLarge, "%s longer than %d bytes", o.Kind, jsontok.MaxLiteral)})
}

// text records the problem of a string s at path that CheckText refuses.
// A string that is not UTF-8 is quoted as Windows-1252 shows its bytes
// ("Hßa L¹c"), at the line and column of its first invalid byte, with the
// legacy encoding it looks typed in (jsontok.Invalid, told by p.known).
func (p *parser) text(path, s string) {
	if prob := p.textProblem(path, s); prob != nil {
		p.probs = append(p.probs, prob)
	}
}

// textProblem returns the problem of a string s at path that CheckText
// refuses (see text), or nil.
func (p *parser) textProblem(path, s string) *problem.Problem {
	err := CheckText(s)
	if err == nil {
		return nil
	}
	if v, ok := p.dec.Invalid(s); ok {
		return p.invalid(path, v)
	}
	return &problem.Problem{Code: problem.Encoding, Path: path, Input: s, Err: err}
}

// invalid returns the encoding problem of v, a string or key at path that
// is not UTF-8.
func (p *parser) invalid(path string, v *jsontok.Invalid) *problem.Problem {
	var known func(string) bool
	if p.known != nil {
		known = func(name string) bool { return p.known(path, name) }
	}
	return &problem.Problem{Code: problem.Encoding, Line: v.Line, Column: strconv.Itoa(v.Column), Path: path,
		Input: v.Input(), Err: v.Err(known)}
}

func (p *parser) node(path string, depth int) (*Node, error) {
	if depth > MaxDepth {
		return nil, problem.Errorf(problem.TooLarge, "nested deeper than %d levels", MaxDepth)
	}
	off := p.dec.InputOffset()
	tok, err := p.dec.Token()
	if err != nil {
		if err == io.EOF && depth == 0 {
			p.empty = true
		}
		return nil, err
	}
	switch t := tok.(type) {
	case jsontok.Oversize:
		p.oversize(path, t)
		kind := String
		if t.Kind == "number" {
			kind = Number
		}
		return &Node{Kind: kind, Str: t.Prefix, Offset: off}, nil
	case nil:
		return &Node{Kind: Null, Offset: off}, nil
	case bool:
		return &Node{Kind: Bool, Bool: t, Offset: off}, nil
	case json.Number:
		return &Node{Kind: Number, Str: string(t), Offset: off}, nil
	case string:
		p.text(path, t)
		return &Node{Kind: String, Str: t, Offset: off}, nil
	case json.Delim:
		switch t {
		case '[':
			n := &Node{Kind: Array, Elems: []*Node{}, Offset: off}
			for p.dec.More() {
				e, err := p.node(path+"["+strconv.Itoa(len(n.Elems))+"]", depth+1)
				if err != nil {
					return nil, err
				}
				n.Elems = append(n.Elems, e)
			}
			if _, err := p.dec.Token(); err != nil {
				return nil, err
			}
			return n, nil
		case '{':
			n := &Node{Kind: Object, Members: []Member{}, Offset: off}
			var seen map[string]bool
			for p.dec.More() {
				k, err := p.dec.Key()
				if o, ok := err.(jsontok.Oversize); ok {
					p.oversize(Field(path, o.Prefix+"…"), o)
					if _, err := p.node(path, depth+1); err != nil {
						return nil, err
					}
					continue
				}
				if err != nil {
					return nil, err
				}
				if bad, ok := p.dec.Invalid(k); ok {
					// Not a key of the format: reported, its value read
					// (for its own problems) and left out.
					kp := Field(path, bad.Input())
					kprob := p.invalid(kp, bad)
					if _, err := p.node(kp, depth+1); err != nil {
						return nil, err
					}
					p.probs = append(p.probs, kprob)
					continue
				}
				kp := Field(path, k)
				kprob := p.textProblem(kp, k) // before the value, the tokenizer's last string
				v, err := p.node(kp, depth+1)
				if err != nil {
					return nil, err
				}
				if seen == nil {
					seen = make(map[string]bool)
				}
				if seen[k] {
					p.probs = append(p.probs, &problem.Problem{Code: problem.DuplicateKey, Path: kp, Input: k,
						Err: problem.Errorf(problem.DuplicateKey, "key given twice")})
					continue
				}
				seen[k] = true
				if kprob != nil {
					p.probs = append(p.probs, kprob)
				}
				n.Members = append(n.Members, Member{k, v})
			}
			if _, err := p.dec.Token(); err != nil {
				return nil, err
			}
			return n, nil
		}
	}
	return nil, fmt.Errorf("unexpected token %v", tok)
}

// Field returns the path of key in the object at path: "a.b".
func Field(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// Index returns the path of element i of the array at path.
func Index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// Keys returns the JSON keys of the wire struct type T, in field order:
// the format's keys, described once by its wire struct.
func Keys[T any]() []string {
	t := reflect.TypeFor[T]()
	keys := make([]string, 0, t.NumField())
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			keys = append(keys, name)
		}
	}
	return keys
}
