package criteria

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/internal/strictjson"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

// This file implements the "Set definition, JSON" format of docs/formats.md:
// what `ntm criteria --format json` writes and `--sets-from` reads.
//
// The wire structs describe the format once: writing encodes them, in the
// order of the spec, and reading takes each object's allowed keys from their
// json tags. Reading parses a strict ordered tree (internal/strictjson:
// numbers kept as text, never float64; keys given twice and invalid text
// reported) and walks it by hand, so that every problem is reported with its
// JSON path and reading never stops at the first one.

// dateLayout is the wire form of dates: "2016-10-17".
const dateLayout = "2006-01-02"

// Wire keys of the targets map besides region codes.
const commonKey = "common"

type textWire struct {
	VI string `json:"vi"`
	EN string `json:"en"`
}

type setWire struct {
	ID         string   `json:"id"`
	Title      textWire `json:"title"`
	Level      string   `json:"level"`
	Scope      string   `json:"scope"`
	Issuer     string   `json:"issuer"`
	Issued     *string  `json:"issued"`
	Effective  *string  `json:"effective"`
	Period     Period   `json:"period"`
	Supersedes []string `json:"supersedes"`
	Requires   *string  `json:"requires"`
	Content    string   `json:"content"`
	Notes      []string `json:"notes,omitempty"`
	// Columns is written for a group set only ("group"); a region set
	// leaves it out, the default.
	Columns string `json:"columns,omitempty"`
	// Groups are the commune groups of a group set; CriterionGroups the
	// criterion groups of any set.
	Groups          []groupWire     `json:"groups,omitempty"`
	CriterionGroups []groupWire     `json:"criterion_groups,omitempty"`
	Criteria        []criterionWire `json:"criteria"`
}

type groupWire struct {
	Code string   `json:"code"`
	Name textWire `json:"name"`
}

type criterionWire struct {
	Code             string          `json:"code"`
	Name             textWire        `json:"name"`
	Group            string          `json:"group"`
	Agency           string          `json:"agency"`
	AgencyProvenance string          `json:"agency_provenance,omitempty"`
	Note             string          `json:"note,omitempty"`
	Indicators       []indicatorWire `json:"indicators"`
}

type indicatorWire struct {
	Code                 string      `json:"code"`
	Text                 textWire    `json:"text"`
	Kind                 string      `json:"kind"`
	Op                   string      `json:"op"`
	Unit                 string      `json:"unit"`
	NotApplicableAllowed bool        `json:"not_applicable_allowed"`
	Agency               string      `json:"agency,omitempty"`
	Citation             string      `json:"citation"`
	TargetYear           int         `json:"target_year,omitempty"`
	Note                 string      `json:"note,omitempty"`
	Targets              targetsWire `json:"targets"`
}

// targetsWire lists the keys in the order they are written: common, then the
// regions in the order of the decision's columns.
type targetsWire struct {
	Common *targetWire `json:"common,omitempty"`
	TDMNPB *targetWire `json:"TDMNPB,omitempty"`
	DBSH   *targetWire `json:"DBSH,omitempty"`
	BTB    *targetWire `json:"BTB,omitempty"`
	DHNTB  *targetWire `json:"DHNTB,omitempty"`
	TN     *targetWire `json:"TN,omitempty"`
	DNB    *targetWire `json:"DNB,omitempty"`
	DBSCL  *targetWire `json:"DBSCL,omitempty"`
	// byGroup, when not nil, replaces the region keys: the targets of a
	// group set's commune groups in the order of the set's groups.
	byGroup []groupTarget
}

type groupTarget struct {
	code string
	t    *targetWire
}

// MarshalJSON writes the targets of a region set as the struct's fields,
// those of a group set as "common" then each group's code.
func (t targetsWire) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if t.byGroup == nil {
		type plain targetsWire
		if err := enc.Encode(plain(t)); err != nil {
			return nil, err
		}
		return bytes.TrimRight(b.Bytes(), "\n"), nil
	}
	b.WriteByte('{')
	first := true
	write := func(k string, v *targetWire) error {
		if !first {
			b.WriteByte(',')
		}
		first = false
		if err := enc.Encode(k); err != nil {
			return err
		}
		b.Truncate(b.Len() - 1)
		b.WriteByte(':')
		if err := enc.Encode(v); err != nil {
			return err
		}
		b.Truncate(b.Len() - 1)
		return nil
	}
	if t.Common != nil {
		if err := write(commonKey, t.Common); err != nil {
			return nil, err
		}
	}
	for _, g := range t.byGroup {
		if err := write(g.code, g.t); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func (t *targetsWire) slot(r Region) **targetWire {
	switch r {
	case TDMNPB:
		return &t.TDMNPB
	case DBSH:
		return &t.DBSH
	case BTB:
		return &t.BTB
	case DHNTB:
		return &t.DHNTB
	case TN:
		return &t.TN
	case DNB:
		return &t.DNB
	case DBSCL:
		return &t.DBSCL
	}
	return nil
}

type targetWire struct {
	Value      string              `json:"value"`
	Provenance string              `json:"provenance"`
	Source     string              `json:"source,omitempty"`
	ByYear     map[string]yearWire `json:"by_year,omitempty"`
}

type yearWire struct {
	Value      string `json:"value"`
	Provenance string `json:"provenance"`
	Source     string `json:"source,omitempty"`
}

// MarshalJSON writes s in the set definition format of docs/formats.md.
// Target values are strings: "true" for pass indicators, "0" for none
// indicators, exact decimals otherwise ("98", "21.8"). Fields beyond the
// spec (notes, groups, agency_provenance, criterion and indicator notes,
// indicator agency and target_year, target source) are extra keys, left out
// when empty. A zero date is written as null; "requires" is null when s
// requires no set.
//
// Enumerations that are out of range (a zero Kind, say) are written as their
// [fmt.Stringer] form, which [ReadDefinitions] rejects: writing never fails
// on the content of s, reading catches it.
func (s Set) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(toWire(&s)); err != nil {
		return nil, fmt.Errorf("criteria: set %s: %w", s.ID, err)
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// WriteDefinition writes s as one indented JSON object in the set
// definition format, followed by a newline. A nil s is an error, the one
// [Validate] gives it (a [FieldError] of code [problem.Invalid], "nil
// set"), and nothing is written.
func WriteDefinition(w io.Writer, s *Set) error {
	if s == nil {
		return Validate(nil)
	}
	return writeIndented(w, s)
}

// WriteDefinitions writes sets as an indented JSON array in the set
// definition format (an empty array when there are none), followed by a
// newline. A nil set among them is an error at its index ("[2]", code
// invalid, as [Validate] gives it), and nothing is written.
func WriteDefinitions(w io.Writer, sets []*Set) error {
	if sets == nil {
		sets = []*Set{}
	}
	var p problems
	for i, s := range sets {
		if s == nil {
			validateSet(&p, fmt.Sprintf("[%d].", i), nil)
		}
	}
	if err := p.err(); err != nil {
		return err
	}
	return writeIndented(w, sets)
}

func writeIndented(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("criteria: writing definition: %w", err)
	}
	return nil
}

func toWire(s *Set) setWire {
	w := setWire{
		ID:         s.ID,
		Title:      textWire(s.Title),
		Level:      s.Level.String(),
		Scope:      s.Scope,
		Issuer:     s.Issuer,
		Issued:     dateWire(s.Issued),
		Effective:  dateWire(s.Effective),
		Period:     s.Period,
		Supersedes: s.Supersedes,
		Content:    s.Content.String(),
		Notes:      s.Notes,
		Criteria:   make([]criterionWire, 0, len(s.Criteria)),
	}
	if w.Supersedes == nil {
		w.Supersedes = []string{}
	}
	if s.Requires != "" {
		w.Requires = &s.Requires
	}
	for _, g := range s.CriterionGroups {
		w.CriterionGroups = append(w.CriterionGroups, groupWire{Code: g.Code, Name: textWire(g.Name)})
	}
	if s.Columns != ColumnsRegion {
		w.Columns = s.Columns.String()
		for _, g := range s.CommuneGroups {
			w.Groups = append(w.Groups, groupWire{Code: g.Code, Name: textWire(g.Name)})
		}
	}
	for _, c := range s.Criteria {
		cw := criterionWire{Code: c.Code, Name: textWire(c.Name), Group: c.Group, Agency: c.Agency,
			Note: c.Note, Indicators: make([]indicatorWire, 0, len(c.Indicators))}
		if c.AgencyProvenance != 0 {
			cw.AgencyProvenance = c.AgencyProvenance.String()
		}
		for i := range c.Indicators {
			cw.Indicators = append(cw.Indicators, indicatorToWire(s, &c.Indicators[i]))
		}
		w.Criteria = append(w.Criteria, cw)
	}
	return w
}

func indicatorToWire(s *Set, ind *Indicator) indicatorWire {
	w := indicatorWire{
		Code: ind.Code, Text: textWire(ind.Text), Kind: ind.Kind.String(), Op: ind.Op.String(),
		Unit: ind.Unit, NotApplicableAllowed: ind.NotApplicableAllowed, Agency: ind.Agency,
		Citation: ind.Citation, TargetYear: ind.TargetYear, Note: ind.Note,
	}
	if ind.Common != nil {
		w.Targets.Common = targetToWire(ind.Kind, *ind.Common)
	}
	for _, r := range Regions() {
		if t, ok := ind.Regional[r]; ok {
			*w.Targets.slot(r) = targetToWire(ind.Kind, t)
		}
	}
	if s.Columns == ColumnsGroup {
		w.Targets.byGroup = []groupTarget{}
		for _, g := range s.CommuneGroups {
			if t, ok := ind.ByGroup[g.Code]; ok {
				w.Targets.byGroup = append(w.Targets.byGroup, groupTarget{g.Code, targetToWire(ind.Kind, t)})
			}
		}
		// Targets of undeclared groups are written too (Validate reports
		// them), so that writing loses nothing.
		for _, g := range sortedTargetKeys(ind.ByGroup) {
			if _, ok := s.CommuneGroup(g); !ok {
				w.Targets.byGroup = append(w.Targets.byGroup, groupTarget{g, targetToWire(ind.Kind, ind.ByGroup[g])})
			}
		}
	}
	return w
}

func targetToWire(k Kind, t Target) *targetWire {
	w := &targetWire{Value: valueString(k, t.Value), Provenance: t.Provenance.String(), Source: t.Source}
	if len(t.ByYear) > 0 {
		w.ByYear = make(map[string]yearWire, len(t.ByYear))
		for y, yt := range t.ByYear {
			w.ByYear[strconv.Itoa(y)] = yearWire{Value: valueString(k, yt.Value),
				Provenance: yt.Provenance.String(), Source: yt.Source}
		}
	}
	return w
}

// valueString is a target value on the wire: "true" for pass (whose stored
// value is zero), the exact decimal otherwise.
func valueString(k Kind, v decimal.Decimal) string {
	if k == KindPass && v.IsZero() {
		return "true"
	}
	return v.String()
}

func dateWire(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(dateLayout)
	return &s
}

// UnmarshalJSON reads one set definition strictly, as [ReadDefinitions]
// does, and validates it; on error s is left unchanged.
func (s *Set) UnmarshalJSON(data []byte) error {
	sets, err := readDefinitions(bytes.NewReader(data), false)
	if err != nil {
		return err
	}
	*s = *sets[0]
	return nil
}

// maxDefinitionBytes bounds what ReadDefinitions accepts; a set definition
// is some tens of kilobytes.
const maxDefinitionBytes = 16 << 20

// ReadDefinitions reads set definitions in the JSON format of
// docs/formats.md from r: one object or an array of objects. Numbers and
// decimals are read exactly. A UTF-8 byte order mark is accepted; an input
// over 16 MiB is refused. Problems name no file, as r has no name:
// problem.InFile(path, err) names the one read.
//
// Reading is strict. Unknown keys, keys given twice, values of the wrong
// JSON type, invalid UTF-8 or control characters in strings, unknown
// enumeration codes (level, content, kind, op, provenance, region),
// malformed decimals and dates (years 1-9999) are errors, and every set read
// is then checked with [Validate] (duplicate codes, an operator the kind
// does not admit, a region with no target and no common one, …). All
// problems are reported together, each a [*FieldError] with its
// [problem.Code] and the path that locates it
// (`[0].criteria[3].indicators[1].targets.TDMNPB.value` in an array,
// without the leading index for a single object), joined with
// [errors.Join], sorted by path and capped at [problem.Max].
//
// Prerequisites are not resolved here: [Catalog.Add] resolves "requires"
// against the catalog's sets.
//
// A pass target reads back with a zero Value and a none target with 0, so
// that a set written with [Set.MarshalJSON] and read back is equal to the
// original (as compared by go-cmp, which compares decimals with their Equal
// method). Empty lists ("supersedes": []) read back as nil.
func ReadDefinitions(r io.Reader) ([]*Set, error) {
	return readDefinitions(r, true)
}

func readDefinitions(r io.Reader, arrayOK bool) ([]*Set, error) {
	var p problems
	root, probs := strictjson.Parse(r, maxDefinitionBytes, nil)
	for _, q := range probs {
		p.addProblem(q)
	}
	if root == nil {
		if len(p.list) == 1 && p.list[0].Err.Error() == "empty input" {
			p.list[0].Err = problem.Errorf(problem.Syntax, "empty input: want a set definition")
		}
		return nil, p.err()
	}
	var sets []*Set
	switch root.Kind {
	case strictjson.Object:
		sets = append(sets, readSet(&p, "", root))
	case strictjson.Array:
		if !arrayOK {
			p.add("", "array", problem.WrongKind, "want one set definition object")
			break
		}
		if len(root.Elems) == 0 {
			p.add("", "[]", problem.MissingField, "want at least one set definition")
		}
		for i, e := range root.Elems {
			prefix := strictjson.Index("", i)
			if e.Kind != strictjson.Object {
				p.add(prefix, e.Text(), problem.WrongKind, "want a set definition object")
				continue
			}
			sets = append(sets, readSet(&p, prefix, e))
		}
	default:
		p.add("", root.Text(), problem.WrongKind, "want a set definition object or an array of them")
	}
	// Validate what was read. A field that failed to decode is zero, and
	// Validate would report it a second time: drop what restates a decoding
	// problem.
	decoded := make(map[string]bool, len(p.list))
	for _, e := range p.list {
		decoded[e.Path] = true
	}
	var v problems
	for i, s := range sets {
		prefix := ""
		if root.Kind == strictjson.Array {
			prefix = strictjson.Index("", i) + "."
		}
		validateSet(&v, prefix, s)
	}
	for _, e := range v.list {
		if !coveredBy(e.Path, decoded) {
			p.list = append(p.list, e)
		}
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return sets, nil
}

// coveredBy reports whether a validation problem at path restates a decoding
// problem at the same path, at one of its parents or inside it.
func coveredBy(path string, decoded map[string]bool) bool {
	for d := range decoded {
		if rest, ok := strings.CutPrefix(d, path); ok && (strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "[")) {
			return true
		}
	}
	for p := path; p != ""; {
		if decoded[p] {
			return true
		}
		i := strings.LastIndexAny(p, ".[")
		if i <= 0 {
			break
		}
		p = p[:i]
	}
	return false
}

// The keys of each object of the format, from its wire structs.
var (
	setKeys        = strictjson.Keys[setWire]()
	textKeys       = strictjson.Keys[textWire]()
	periodKeys     = strictjson.Keys[Period]()
	groupKeys      = strictjson.Keys[groupWire]()
	criterionKeys  = strictjson.Keys[criterionWire]()
	indicatorKeys  = strictjson.Keys[indicatorWire]()
	targetKeys     = strictjson.Keys[targetWire]()
	yearKeys       = strictjson.Keys[yearWire]()
	regionWireKeys = strictjson.Keys[targetsWire]()[1:] // after "common"
)

// reader walks a JSON tree, adding a problem for each mismatch.
type reader struct{ p *problems }

var join = strictjson.Field

// object checks that n is an object whose keys are all allowed and returns
// it; nil (with a problem) otherwise. A nil n (absent) is nil without a
// problem.
func (rd reader) object(path string, n *strictjson.Node, allowed []string) *strictjson.Node {
	if n == nil {
		return nil
	}
	if n.Kind != strictjson.Object {
		rd.p.add(path, n.Text(), problem.WrongKind, "want an object")
		return nil
	}
	for _, m := range n.Members {
		if !slices.Contains(allowed, m.Key) {
			rd.p.add(join(path, m.Key), m.Key, problem.UnknownKey, "unknown key (want one of %s)", strings.Join(allowed, ", "))
		}
	}
	return n
}

// str reads a string; absent or null gives "".
func (rd reader) str(path string, n *strictjson.Node) string {
	switch {
	case n == nil || n.Kind == strictjson.Null:
		return ""
	case n.Kind == strictjson.String:
		return n.Str
	}
	rd.p.add(path, n.Text(), problem.WrongKind, "want a string")
	return ""
}

func (rd reader) boolean(path string, n *strictjson.Node) bool {
	switch {
	case n == nil || n.Kind == strictjson.Null:
		return false
	case n.Kind == strictjson.Bool:
		return n.Bool
	}
	rd.p.add(path, n.Text(), problem.WrongKind, "want true or false")
	return false
}

func (rd reader) integer(path string, n *strictjson.Node) int {
	switch {
	case n == nil || n.Kind == strictjson.Null:
		return 0
	case n.Kind == strictjson.Number:
		v, err := strconv.ParseInt(n.Str, 10, 32)
		if err != nil {
			rd.p.add(path, n.Str, problem.WrongKind, "want a whole number")
		}
		return int(v)
	}
	rd.p.add(path, n.Text(), problem.WrongKind, "want a whole number")
	return 0
}

func (rd reader) array(path string, n *strictjson.Node) []*strictjson.Node {
	switch {
	case n == nil || n.Kind == strictjson.Null:
		return nil
	case n.Kind == strictjson.Array:
		return n.Elems
	}
	rd.p.add(path, n.Text(), problem.WrongKind, "want an array")
	return nil
}

func (rd reader) strings(path string, n *strictjson.Node) []string {
	var out []string
	for i, e := range rd.array(path, n) {
		out = append(out, rd.str(strictjson.Index(path, i), e))
	}
	return out
}

func (rd reader) text(path string, n *strictjson.Node) Text {
	m := rd.object(path, n, textKeys)
	return Text{VI: rd.str(join(path, "vi"), m.Get("vi")), EN: rd.str(join(path, "en"), m.Get("en"))}
}

// date reads a date "YYYY-MM-DD" of a year from 1 to 9999.
func (rd reader) date(path string, n *strictjson.Node) time.Time {
	s := rd.str(path, n)
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil || len(s) != len(dateLayout) {
		rd.p.add(path, s, problem.WrongKind, "want a date YYYY-MM-DD")
		return time.Time{}
	}
	if t.Year() < 1 {
		rd.p.add(path, s, problem.OutOfRange, "date out of range (year 1-9999)")
		return time.Time{}
	}
	return t
}

// enum reads a wire code with the type's UnmarshalText.
func (rd reader) enum(path string, n *strictjson.Node, into interface{ UnmarshalText([]byte) error }) {
	s := rd.str(path, n)
	if s == "" {
		return // absent: zero, reported by Validate
	}
	if err := into.UnmarshalText([]byte(s)); err != nil {
		var u *unknownCode
		switch {
		case errors.As(err, &u) && u.what == "columns":
			rd.p.add(path, s, problem.WrongKind, "unknown columns (want region or group)")
			return
		case errors.As(err, &u):
			rd.p.add(path, s, problem.WrongKind, "unknown %s (want one of %s)", u.what, u.want)
			return
		}
		rd.p.add(path, "", problem.WrongKind, "%s", strings.TrimPrefix(err.Error(), "criteria: "))
	}
}

func readSet(p *problems, path string, m *strictjson.Node) *Set {
	rd := reader{p}
	rd.object(path, m, setKeys)
	s := &Set{
		ID:         rd.str(join(path, "id"), m.Get("id")),
		Title:      rd.text(join(path, "title"), m.Get("title")),
		Scope:      rd.str(join(path, "scope"), m.Get("scope")),
		Issuer:     rd.str(join(path, "issuer"), m.Get("issuer")),
		Issued:     rd.date(join(path, "issued"), m.Get("issued")),
		Effective:  rd.date(join(path, "effective"), m.Get("effective")),
		Supersedes: rd.strings(join(path, "supersedes"), m.Get("supersedes")),
		Requires:   rd.str(join(path, "requires"), m.Get("requires")),
		Notes:      rd.strings(join(path, "notes"), m.Get("notes")),
	}
	rd.enum(join(path, "level"), m.Get("level"), &s.Level)
	rd.enum(join(path, "content"), m.Get("content"), &s.Content)
	if v := m.Get("period"); v != nil && v.Kind != strictjson.Null {
		pp := join(path, "period")
		pm := rd.object(pp, v, periodKeys)
		s.Period = Period{From: rd.integer(join(pp, "from"), pm.Get("from")), To: rd.integer(join(pp, "to"), pm.Get("to"))}
	}
	rd.enum(join(path, "columns"), m.Get("columns"), &s.Columns)
	s.CriterionGroups = readGroups(rd, join(path, "criterion_groups"), m.Get("criterion_groups"))
	switch v := m.Get("groups"); {
	case s.Columns == ColumnsGroup:
		s.CommuneGroups = readGroups(rd, join(path, "groups"), v)
	case v == nil || v.Kind == strictjson.Null:
	case s.CriterionGroups == nil && m.Get("columns") == nil:
		// A region set without "columns" and without criterion_groups
		// may list its criterion groups as groups.
		s.CriterionGroups = readGroups(rd, join(path, "groups"), v)
	default:
		rd.p.add(join(path, "groups"), "", problem.UnknownKey, `commune groups need "columns": "group" (the criterion groups of a set are criterion_groups)`)
	}
	for i, c := range rd.array(join(path, "criteria"), m.Get("criteria")) {
		s.Criteria = append(s.Criteria, readCriterion(rd, strictjson.Index(join(path, "criteria"), i), c, s.Columns))
	}
	return s
}

// readGroups reads a list of groups: the criterion groups, or the commune
// groups of a group set.
func readGroups(rd reader, path string, n *strictjson.Node) []Group {
	var out []Group
	for i, g := range rd.array(path, n) {
		gp := strictjson.Index(path, i)
		gm := rd.object(gp, g, groupKeys)
		out = append(out, Group{Code: rd.str(join(gp, "code"), gm.Get("code")), Name: rd.text(join(gp, "name"), gm.Get("name"))})
	}
	return out
}

func readCriterion(rd reader, path string, n *strictjson.Node, cols Columns) Criterion {
	m := rd.object(path, n, criterionKeys)
	c := Criterion{
		Code:   rd.str(join(path, "code"), m.Get("code")),
		Name:   rd.text(join(path, "name"), m.Get("name")),
		Group:  rd.str(join(path, "group"), m.Get("group")),
		Agency: rd.str(join(path, "agency"), m.Get("agency")),
		Note:   rd.str(join(path, "note"), m.Get("note")),
	}
	rd.enum(join(path, "agency_provenance"), m.Get("agency_provenance"), &c.AgencyProvenance)
	for j, e := range rd.array(join(path, "indicators"), m.Get("indicators")) {
		c.Indicators = append(c.Indicators, readIndicator(rd, strictjson.Index(join(path, "indicators"), j), e, cols))
	}
	return c
}

func readIndicator(rd reader, path string, n *strictjson.Node, cols Columns) Indicator {
	m := rd.object(path, n, indicatorKeys)
	ind := Indicator{
		Code:                 rd.str(join(path, "code"), m.Get("code")),
		Text:                 rd.text(join(path, "text"), m.Get("text")),
		Unit:                 rd.str(join(path, "unit"), m.Get("unit")),
		NotApplicableAllowed: rd.boolean(join(path, "not_applicable_allowed"), m.Get("not_applicable_allowed")),
		Agency:               rd.str(join(path, "agency"), m.Get("agency")),
		Citation:             rd.str(join(path, "citation"), m.Get("citation")),
		TargetYear:           rd.integer(join(path, "target_year"), m.Get("target_year")),
		Note:                 rd.str(join(path, "note"), m.Get("note")),
	}
	rd.enum(join(path, "kind"), m.Get("kind"), &ind.Kind)
	rd.enum(join(path, "op"), m.Get("op"), &ind.Op)
	tv := m.Get("targets")
	if tv == nil || tv.Kind == strictjson.Null {
		return ind // no targets: reported by Validate
	}
	tp := join(path, "targets")
	if tv.Kind != strictjson.Object {
		rd.p.add(tp, tv.Text(), problem.WrongKind, "want an object of targets by \"common\" and region code")
		return ind
	}
	seen := make(map[Region]string)
	for _, kv := range tv.Members {
		k := kv.Key
		kp := join(tp, k)
		if k == commonKey {
			t := readTarget(rd, kp, ind.Kind, kv.Val)
			ind.Common = &t
			continue
		}
		if cols == ColumnsGroup {
			// A commune group's code; one the set does not declare is
			// reported by Validate.
			if ind.ByGroup == nil {
				ind.ByGroup = make(map[string]Target)
			}
			ind.ByGroup[k] = readTarget(rd, kp, ind.Kind, kv.Val)
			continue
		}
		r, err := ParseRegion(k)
		if err != nil {
			rd.p.add(kp, k, problem.UnknownKey, "unknown key: want \"common\" or a region code (%s)", strings.Join(regionWireKeys, ", "))
			continue
		}
		if prev, dup := seen[r]; dup {
			rd.p.add(kp, k, problem.DuplicateKey, "region %s already has a target (key %q)", r, prev)
			continue
		}
		seen[r] = k
		if ind.Regional == nil {
			ind.Regional = make(map[Region]Target)
		}
		ind.Regional[r] = readTarget(rd, kp, ind.Kind, kv.Val)
	}
	return ind
}

func readTarget(rd reader, path string, k Kind, n *strictjson.Node) Target {
	m := rd.object(path, n, targetKeys)
	if m == nil {
		if n == nil || n.Kind == strictjson.Null {
			rd.p.add(path, "null", problem.WrongKind, "want an object")
		}
		return Target{}
	}
	t := Target{Source: rd.str(join(path, "source"), m.Get("source"))}
	t.Value = readValue(rd, join(path, "value"), k, m.Get("value"))
	rd.enum(join(path, "provenance"), m.Get("provenance"), &t.Provenance)
	if v := m.Get("provenance"); v == nil || v.Kind == strictjson.Null {
		rd.p.add(join(path, "provenance"), "", problem.MissingField, "missing: want C2, C1 or M")
	}
	byp := join(path, "by_year")
	yv := m.Get("by_year")
	if yv == nil || yv.Kind == strictjson.Null {
		return t
	}
	if yv.Kind != strictjson.Object {
		rd.p.add(byp, yv.Text(), problem.WrongKind, "want an object of targets by year")
		return t
	}
	for _, kv := range yv.Members {
		ys := kv.Key
		yp := join(byp, ys)
		y, err := strconv.Atoi(ys)
		if err != nil || y <= 0 || strconv.Itoa(y) != ys {
			rd.p.add(yp, ys, problem.WrongKind, "want a year as key")
			continue
		}
		e := rd.object(yp, kv.Val, yearKeys)
		if e == nil {
			continue
		}
		yt := YearTarget{Value: readValue(rd, join(yp, "value"), k, e.Get("value")), Source: rd.str(join(yp, "source"), e.Get("source"))}
		rd.enum(join(yp, "provenance"), e.Get("provenance"), &yt.Provenance)
		if v := e.Get("provenance"); v == nil || v.Kind == strictjson.Null {
			rd.p.add(join(yp, "provenance"), "", problem.MissingField, "missing: want C2, C1 or M")
		}
		if t.ByYear == nil {
			t.ByYear = make(map[int]YearTarget)
		}
		t.ByYear[y] = yt
	}
	return t
}

// readValue reads a target value: "true" for a pass indicator (stored as
// zero), an exact decimal (string or JSON number) otherwise.
func readValue(rd reader, path string, k Kind, n *strictjson.Node) decimal.Decimal {
	var s string
	switch {
	case n == nil || n.Kind == strictjson.Null:
		rd.p.add(path, "", problem.MissingField, "missing target value")
		return decimal.Decimal{}
	case n.Kind == strictjson.Bool, n.Kind == strictjson.String, n.Kind == strictjson.Number:
		s = n.Text()
	default:
		rd.p.add(path, n.Text(), problem.WrongKind, "want a decimal string")
		return decimal.Decimal{}
	}
	if k == 0 && s == "true" {
		return decimal.New(0, 0) // unknown kind, reported already: read as pass
	}
	if k == KindPass {
		if s != "true" {
			rd.p.add(path, s, problem.WrongKind, "a pass target is \"true\"")
		}
		return decimal.New(0, 0)
	}
	d, err := parseDecimal(s)
	if err != nil {
		rd.p.add(path, s, problem.WrongKind, "want a decimal number such as \"98\" or \"21.8\"")
		return decimal.Decimal{}
	}
	return d
}

// parseDecimal reads a plain decimal: optional sign, digits, optional
// fraction. Exponents, spaces, "NaN" and the like are refused (shopspring
// accepts exponents, which a legal table never uses).
func parseDecimal(s string) (decimal.Decimal, error) {
	body := strings.TrimPrefix(s, "-")
	if body == "" || len(s) > 40 {
		return decimal.Decimal{}, errors.New("not a decimal")
	}
	dot := false
	digits := 0
	for i := 0; i < len(body); i++ {
		switch c := body[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && i > 0 && i < len(body)-1:
			dot = true
		default:
			return decimal.Decimal{}, errors.New("not a decimal")
		}
	}
	if digits == 0 {
		return decimal.Decimal{}, errors.New("not a decimal")
	}
	return decimal.NewFromString(s)
}
