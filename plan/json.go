package plan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/knownplace"
	"github.com/nongthonmoi/ntm/internal/strictjson"
	"github.com/nongthonmoi/ntm/problem"
	"golang.org/x/text/unicode/norm"
)

// maxPlanBytes bounds what Read accepts; a plan is a few kilobytes.
const maxPlanBytes = 16 << 20

// Read reads a plan in the "Plan, JSON" format, strictly: unknown keys, keys
// given twice, invalid UTF-8 and control characters in strings, values of
// the wrong type, malformed dates and dates outside the years 1-9999, a
// target with an unknown set and a responsibility naming a code that no
// target set has are errors, all of them collected as [*Error]s with their
// JSON paths and [problem.Code]s, sorted by path and capped at
// [problem.Max]. They name no file, as r has no name: problem.InFile(path,
// err) names the one read.
//
// A key given null reads as if it were left out. Of the plan itself only
// "number" is required; "issued", "place", "issuer", "signer", "title",
// "bases", "targets", "inspection", "responsibilities", "tasks",
// "recipients" and the lists of text may all be left out (a plan without
// "inspection" has a nil [Plan.Inspection]). The parts a plan lists need
// what makes them usable, as [Plan.Validate] says (a target its commune's
// name, its set and its year). A UTF-8 byte order mark is accepted; an input over 16 MiB
// is refused. Set IDs are canonicalised through cat (the built-in sets when
// cat is nil), so a plan may write "1980" for "1980/QĐ-TTg".
//
// On success Read also returns the plan's consistency warnings (see
// [Plan.Validate]). On error the plan is nil.
func Read(r io.Reader, cat *criteria.Catalog) (*Plan, []Warning, error) {
	var pr problems
	root, probs := strictjson.Parse(r, maxPlanBytes, placeName)
	for _, q := range probs {
		pr.list = append(pr.list, (*Error)(q))
	}
	if root == nil {
		return nil, nil, pr.err()
	}
	p := decodePlan(&pr, root)
	cat = catalogOr(cat)
	p.canonicalise(cat)
	if len(pr.list) > 0 {
		// Report the plan's other problems too, except those that only
		// echo a value already rejected (a malformed date read as zero).
		var more problems
		p.check(&more, cat)
		for _, e := range more.list {
			if !overlaps(e.Path, pr.list) {
				pr.list = append(pr.list, e)
			}
		}
		return nil, nil, pr.err()
	}
	warns, err := p.Validate(cat)
	if err != nil {
		return nil, nil, err
	}
	return p, warns, nil
}

// placeName reports whether name, a string at path of a plan, is the name
// of a known place (knownplace.Name) where the plan names a place: a
// target's commune, its district and province, the plan's place and the
// places of the inspection's route. It tells the font encoding before
// Unicode a name that is not UTF-8 was typed in.
func placeName(path, name string) bool {
	switch {
	case path == "place",
		strings.HasPrefix(path, "targets[") && (strings.HasSuffix(path, "].commune.name") ||
			strings.HasSuffix(path, "].commune.district") || strings.HasSuffix(path, "].commune.province")),
		strings.HasPrefix(path, "inspection.route[") && strings.HasSuffix(path, "].place"):
		return knownplace.Name(name)
	}
	return false
}

// overlaps reports whether path is, contains or lies within the path of
// one of errs.
func overlaps(path string, errs []*Error) bool {
	for _, e := range errs {
		if within(path, e.Path) || within(e.Path, path) {
			return true
		}
	}
	return false
}

// within reports whether path a lies within path b (or equals it).
func within(a, b string) bool {
	return a == b || b == "" || strings.HasPrefix(a, b) && (a[len(b)] == '.' || a[len(b)] == '[')
}

// UnmarshalJSON reads a plan in the "Plan, JSON" format with the built-in
// sets, as [Read] does.
func (p *Plan) UnmarshalJSON(data []byte) error {
	q, _, err := Read(bytes.NewReader(data), nil)
	if err != nil {
		return err
	}
	*p = *q
	return nil
}

// node is a value of the strict JSON tree.
type node = strictjson.Node

// ---- decoding the tree into a Plan ----

func key(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

func kindName(n *node) string { return n.Kind.String() }

// wrongKind adds the problem of a value of the wrong kind, format saying
// what was wanted and the kind got, quoting the value when it is a string,
// a number or a boolean (a year written "2027").
func wrongKind(pr *problems, path string, n *node, format string) {
	switch n.Kind {
	case strictjson.String, strictjson.Number:
		pr.addInput(path, n.Str, problem.WrongKind, format, kindName(n))
	case strictjson.Bool:
		pr.addInput(path, strconv.FormatBool(n.Bool), problem.WrongKind, format, kindName(n))
	default:
		pr.add(path, problem.WrongKind, format, kindName(n))
	}
}

// object calls f for each member of an object node whose key is known.
// Unknown keys are errors naming the known ones. A member whose value is
// null is the same as a member left out: f is not called for it.
func object(pr *problems, path string, n *node, known []string, f func(k string, v *node)) bool {
	if n.Kind != strictjson.Object {
		wrongKind(pr, path, n, "want an object, got %s")
		return false
	}
	for _, m := range n.Members {
		if !contains(known, m.Key) {
			pr.addInput(key(path, m.Key), m.Key, problem.UnknownKey, "unknown key (want one of %s)", strings.Join(known, ", "))
			continue
		}
		if m.Val.Kind == strictjson.Null {
			continue
		}
		f(m.Key, m.Val)
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func str(pr *problems, path string, n *node) string {
	if n.Kind != strictjson.String {
		wrongKind(pr, path, n, "want a string, got %s")
		return ""
	}
	return n.Str
}

func strs(pr *problems, path string, n *node) []string {
	if n.Kind != strictjson.Array {
		wrongKind(pr, path, n, "want an array of strings, got %s")
		return nil
	}
	out := make([]string, 0, len(n.Elems))
	for i, e := range n.Elems {
		out = append(out, str(pr, index(path, i), e))
	}
	return out
}

func integer(pr *problems, path string, n *node) int {
	if n.Kind != strictjson.Number {
		wrongKind(pr, path, n, "want a whole number, got %s")
		return 0
	}
	v, err := strconv.ParseInt(n.Str, 10, 32)
	if err != nil {
		pr.addInput(path, n.Str, problem.WrongKind, "want a whole number")
		return 0
	}
	return int(v)
}

func date(pr *problems, path string, n *node) Date {
	if n.Kind != strictjson.String {
		wrongKind(pr, path, n, "want a date \"YYYY-MM-DD\", got %s")
		return Date{}
	}
	d, err := ParseDate(n.Str)
	if err != nil {
		e := err.(*Error)
		e.Path = path
		pr.list = append(pr.list, e)
		return Date{}
	}
	return d
}

func datePtr(pr *problems, path string, n *node) *Date {
	d := date(pr, path, n)
	return &d
}

func array(pr *problems, path string, n *node, f func(path string, e *node)) {
	if n.Kind != strictjson.Array {
		wrongKind(pr, path, n, "want an array, got %s")
		return
	}
	for i, e := range n.Elems {
		f(index(path, i), e)
	}
}

// The keys of each object of the format, from its wire structs.
var (
	planKeys        = strictjson.Keys[planWire]()
	signerKeys      = strictjson.Keys[signerWire]()
	basisKeys       = strictjson.Keys[basisWire]()
	targetKeys      = strictjson.Keys[targetWire]()
	communeKeys     = strictjson.Keys[evaluate.Commune]()
	inspectionKeys  = strictjson.Keys[inspectionWire]()
	windowKeys      = strictjson.Keys[windowWire]()
	stopKeys        = strictjson.Keys[stopWire]()
	participantKeys = strictjson.Keys[participantWire]()
	respKeys        = strictjson.Keys[responsibilityWire]()
	taskKeys        = strictjson.Keys[taskWire]()
)

// decodePlan reads the tree of a plan. Every key may be left out or null
// (object skips null members); what a plan needs is checked by
// [Plan.check], so that a key left out and a key given empty read alike.
func decodePlan(pr *problems, n *node) *Plan {
	p := &Plan{}
	object(pr, "", n, planKeys, func(k string, v *node) {
		switch k {
		case "number":
			p.Number = str(pr, k, v)
		case "issued":
			p.Issued = date(pr, k, v)
		case "place":
			p.Place = str(pr, k, v)
		case "issuer":
			p.Issuer = str(pr, k, v)
		case "signer":
			object(pr, k, v, signerKeys, func(sk string, sv *node) {
				path := key(k, sk)
				switch sk {
				case "name":
					p.Signer.Name = str(pr, path, sv)
				case "title":
					p.Signer.Title = str(pr, path, sv)
				case "on_behalf_of":
					p.Signer.OnBehalfOf = str(pr, path, sv)
				}
			})
		case "title":
			p.Title = str(pr, k, v)
		case "purposes":
			p.Purposes = strs(pr, k, v)
		case "requirements":
			p.Requirements = strs(pr, k, v)
		case "contents":
			p.Contents = strs(pr, k, v)
		case "bases":
			p.Bases = []Basis{}
			array(pr, k, v, func(path string, e *node) { p.Bases = append(p.Bases, decodeBasis(pr, path, e)) })
		case "targets":
			p.Targets = []Target{}
			array(pr, k, v, func(path string, e *node) { p.Targets = append(p.Targets, decodeTarget(pr, path, e)) })
		case "inspection":
			p.Inspection = decodeInspection(pr, k, v)
		case "responsibilities":
			p.Responsibilities = []Responsibility{}
			array(pr, k, v, func(path string, e *node) {
				p.Responsibilities = append(p.Responsibilities, decodeResponsibility(pr, path, e))
			})
		case "tasks":
			p.Tasks = []Task{}
			array(pr, k, v, func(path string, e *node) { p.Tasks = append(p.Tasks, decodeTask(pr, path, e)) })
		case "recipients":
			p.Recipients = strs(pr, k, v)
		}
	})
	return p
}

func decodeBasis(pr *problems, path string, n *node) Basis {
	var b Basis
	object(pr, path, n, basisKeys, func(k string, v *node) {
		switch k {
		case "number":
			b.Number = str(pr, key(path, k), v)
		case "issued":
			b.Issued = date(pr, key(path, k), v)
		case "issuer":
			b.Issuer = str(pr, key(path, k), v)
		case "title":
			b.Title = str(pr, key(path, k), v)
		}
	})
	return b
}

func decodeTarget(pr *problems, path string, n *node) Target {
	var t Target
	hasYear := false
	ok := object(pr, path, n, targetKeys, func(k string, v *node) {
		switch k {
		case "commune":
			t.Commune = decodeCommune(pr, key(path, k), v)
		case "set":
			t.Set = str(pr, key(path, k), v)
		case "year":
			t.Year, hasYear = integer(pr, key(path, k), v), true
		}
	})
	if ok && !hasYear {
		pr.add(key(path, "year"), problem.MissingField, "missing: a target needs its year")
	}
	return t
}

// decodeCommune reads a target's commune, its names in the composed form
// (NFC), as the readers of assessments give them.
func decodeCommune(pr *problems, path string, n *node) evaluate.Commune {
	var c evaluate.Commune
	object(pr, path, n, communeKeys, func(k string, v *node) {
		switch k {
		case "name":
			c.Name = norm.NFC.String(str(pr, key(path, k), v))
		case "district":
			c.District = norm.NFC.String(str(pr, key(path, k), v))
		case "province":
			c.Province = norm.NFC.String(str(pr, key(path, k), v))
		case "code":
			c.Code = str(pr, key(path, k), v)
		}
	})
	return c
}

// decodeInspection reads the inspection object; a value that is not an
// object reads as no inspection, with its error.
func decodeInspection(pr *problems, path string, n *node) *Inspection {
	var in Inspection
	ok := object(pr, path, n, inspectionKeys, func(k string, v *node) {
		p := key(path, k)
		switch k {
		case "window":
			object(pr, p, v, windowKeys, func(wk string, wv *node) {
				if wk == "from" {
					in.Window.From = date(pr, key(p, wk), wv)
				} else {
					in.Window.To = date(pr, key(p, wk), wv)
				}
			})
		case "days":
			in.Days = integer(pr, p, v)
		case "date":
			in.Date = datePtr(pr, p, v)
		case "route":
			in.Route = []Stop{}
			array(pr, p, v, func(sp string, e *node) {
				var s Stop
				object(pr, sp, e, stopKeys, func(sk string, sv *node) {
					if sk == "place" {
						s.Place = str(pr, key(sp, sk), sv)
					} else {
						s.Activity = str(pr, key(sp, sk), sv)
					}
				})
				in.Route = append(in.Route, s)
			})
		case "participants":
			in.Participants = []Participant{}
			array(pr, p, v, func(pp string, e *node) {
				var part Participant
				object(pr, pp, e, participantKeys, func(pk string, pv *node) {
					switch pk {
					case "organisation":
						part.Organisation = str(pr, key(pp, pk), pv)
					case "role":
						part.Role = str(pr, key(pp, pk), pv)
					case "note":
						part.Note = str(pr, key(pp, pk), pv)
					}
				})
				in.Participants = append(in.Participants, part)
			})
		case "form":
			in.Form = str(pr, p, v)
		}
	})
	if !ok {
		return nil
	}
	return &in
}

func decodeResponsibility(pr *problems, path string, n *node) Responsibility {
	var r Responsibility
	object(pr, path, n, respKeys, func(k string, v *node) {
		switch k {
		case "agency":
			r.Agency = str(pr, key(path, k), v)
		case "criteria":
			r.Criteria = strs(pr, key(path, k), v)
		case "set":
			r.Set = str(pr, key(path, k), v)
		}
	})
	return r
}

func decodeTask(pr *problems, path string, n *node) Task {
	var t Task
	object(pr, path, n, taskKeys, func(k string, v *node) {
		switch k {
		case "assignee":
			t.Assignee = str(pr, key(path, k), v)
		case "action":
			t.Action = str(pr, key(path, k), v)
		case "deliverable":
			t.Deliverable = str(pr, key(path, k), v)
		case "due_before":
			t.DueBefore = datePtr(pr, key(path, k), v)
		case "done":
			t.Done = datePtr(pr, key(path, k), v)
		}
	})
	return t
}

// ---- writing ----

type planWire struct {
	Number           string               `json:"number"`
	Issued           *Date                `json:"issued"`
	Place            string               `json:"place"`
	Issuer           string               `json:"issuer"`
	Signer           *signerWire          `json:"signer"`
	Title            string               `json:"title"`
	Purposes         []string             `json:"purposes"`
	Requirements     []string             `json:"requirements"`
	Contents         []string             `json:"contents"`
	Bases            []basisWire          `json:"bases"`
	Targets          []targetWire         `json:"targets"`
	Inspection       *inspectionWire      `json:"inspection"`
	Responsibilities []responsibilityWire `json:"responsibilities"`
	Tasks            []taskWire           `json:"tasks"`
	Recipients       []string             `json:"recipients"`
}

type signerWire struct {
	Name       string `json:"name"`
	Title      string `json:"title"`
	OnBehalfOf string `json:"on_behalf_of"`
}

type basisWire struct {
	Number string `json:"number"`
	Issued *Date  `json:"issued"`
	Issuer string `json:"issuer"`
	Title  string `json:"title"`
}

type targetWire struct {
	Commune evaluate.Commune `json:"commune"`
	Set     string           `json:"set"`
	Year    int              `json:"year"`
}

type inspectionWire struct {
	Window       *windowWire       `json:"window"`
	Days         int               `json:"days"`
	Date         *Date             `json:"date"`
	Route        []stopWire        `json:"route"`
	Participants []participantWire `json:"participants"`
	Form         string            `json:"form"`
}

type windowWire struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

type stopWire struct {
	Place    string `json:"place"`
	Activity string `json:"activity,omitempty"`
}

type participantWire struct {
	Organisation string `json:"organisation"`
	Role         string `json:"role"`
	Note         string `json:"note,omitempty"`
}

type responsibilityWire struct {
	Agency   string   `json:"agency"`
	Criteria []string `json:"criteria"`
	Set      string   `json:"set,omitempty"`
}

type taskWire struct {
	Assignee    string `json:"assignee"`
	Action      string `json:"action"`
	Deliverable string `json:"deliverable,omitempty"`
	DueBefore   *Date  `json:"due_before"`
	Done        *Date  `json:"done"`
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// dateOrNil returns &d, or nil for the zero Date (written null).
func dateOrNil(d Date) *Date {
	if d.IsZero() {
		return nil
	}
	return &d
}

func (p *Plan) wire() planWire {
	w := planWire{
		Number: p.Number, Issued: dateOrNil(p.Issued), Place: p.Place, Issuer: p.Issuer, Title: p.Title,
		Purposes: nonNil(p.Purposes), Requirements: nonNil(p.Requirements), Contents: nonNil(p.Contents),
		Bases: []basisWire{}, Targets: []targetWire{}, Responsibilities: []responsibilityWire{},
		Tasks: []taskWire{}, Recipients: nonNil(p.Recipients),
	}
	if p.Signer != (Signer{}) {
		s := signerWire(p.Signer)
		w.Signer = &s
	}
	if in := p.Inspection; in != nil {
		w.Inspection = &inspectionWire{Days: in.Days, Date: in.Date,
			Route: []stopWire{}, Participants: []participantWire{}, Form: in.Form}
		if win := in.Window; !win.From.IsZero() || !win.To.IsZero() {
			w.Inspection.Window = &windowWire{From: win.From, To: win.To}
		}
		for _, s := range in.Route {
			w.Inspection.Route = append(w.Inspection.Route, stopWire(s))
		}
		for _, pt := range in.Participants {
			w.Inspection.Participants = append(w.Inspection.Participants, participantWire(pt))
		}
	}
	for _, b := range p.Bases {
		w.Bases = append(w.Bases, basisWire{Number: b.Number, Issued: dateOrNil(b.Issued), Issuer: b.Issuer, Title: b.Title})
	}
	for _, t := range p.Targets {
		w.Targets = append(w.Targets, targetWire(t))
	}
	for _, r := range p.Responsibilities {
		w.Responsibilities = append(w.Responsibilities, responsibilityWire{r.Agency, nonNil(r.Criteria), r.Set})
	}
	for _, t := range p.Tasks {
		w.Tasks = append(w.Tasks, taskWire(t))
	}
	return w
}

// MarshalJSON writes p in the "Plan, JSON" format. What p leaves out is
// written null (a zero date, a zero signer, no inspection) or as an empty
// string or list; it fails on an impossible date, and on a zero end of an
// inspection window whose other end is set.
func (p Plan) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	if err := writeJSON(&buf, p.wire(), ""); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// Write writes p to w in the "Plan, JSON" format, indented by two spaces,
// with characters such as & and < left as they are.
func Write(w io.Writer, p *Plan) error { return writeJSON(w, p.wire(), "  ") }

func writeJSON(w io.Writer, v any, indent string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("plan: writing JSON: %w", err)
	}
	return nil
}
