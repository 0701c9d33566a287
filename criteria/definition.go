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

	"github.com/shopspring/decimal"
)

// This file implements the "Set definition, JSON" format of spec/formats.md:
// what `ntm criteria --format json` writes and `--sets-from` reads.
//
// Writing goes through plain wire structs whose field order is the order of
// the spec. Reading decodes into generic JSON values (numbers kept as
// json.Number, never float64) and walks them by hand, so that every problem
// is reported with its JSON path and reading never stops at the first one.

// dateLayout is the wire form of dates: "2016-10-17".
const dateLayout = "2006-01-02"

// Wire keys of the targets map besides region codes.
const commonKey = "common"

type textWire struct {
	VI string `json:"vi"`
	EN string `json:"en"`
}

type setWire struct {
	ID         string          `json:"id"`
	Title      textWire        `json:"title"`
	Level      string          `json:"level"`
	Scope      string          `json:"scope"`
	Issuer     string          `json:"issuer"`
	Issued     *string         `json:"issued"`
	Effective  *string         `json:"effective"`
	Period     Period          `json:"period"`
	Supersedes []string        `json:"supersedes"`
	Requires   *string         `json:"requires"`
	Content    string          `json:"content"`
	Notes      []string        `json:"notes,omitempty"`
	// Columns is written for a group set only ("group"); a region set
	// leaves it out, the default.
	Columns string `json:"columns,omitempty"`
	// Groups are the criterion groups of a region set, the commune groups
	// of a group set, whose criterion groups are CriterionGroups.
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

// MarshalJSON writes s in the set definition format of spec/formats.md.
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
func (s *Set) MarshalJSON() ([]byte, error) {
	if s == nil {
		return []byte("null"), nil
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(toWire(s)); err != nil {
		return nil, fmt.Errorf("criteria: set %s: %w", s.ID, err)
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// WriteDefinition writes s as one indented JSON object in the set
// definition format, followed by a newline.
func WriteDefinition(w io.Writer, s *Set) error {
	return writeIndented(w, s)
}

// WriteDefinitions writes sets as an indented JSON array in the set
// definition format (an empty array when there are none), followed by a
// newline.
func WriteDefinitions(w io.Writer, sets []*Set) error {
	if sets == nil {
		sets = []*Set{}
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
	for _, g := range s.Groups {
		w.Groups = append(w.Groups, groupWire{Code: g.Code, Name: textWire(g.Name)})
	}
	if s.Columns != ColumnsRegion {
		w.Columns = s.Columns.String()
		w.CriterionGroups = w.Groups
		w.Groups = nil
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

// ReadDefinitions reads set definitions in the JSON format of
// spec/formats.md from r: one object or an array of objects. Numbers and
// decimals are read exactly.
//
// Reading is strict. Unknown keys, values of the wrong JSON type, unknown
// enumeration codes (level, content, kind, op, provenance, region), malformed
// decimals and dates are errors, and every set read is then checked with
// [Validate] (duplicate codes, an operator the kind does not admit, a region
// with no target and no common one, …). All problems are reported together,
// each a [*FieldError] whose path locates it
// (`[0].criteria[3].indicators[1].targets.TDMNPB.value` in an array,
// without the leading index for a single object), joined with
// [errors.Join], sorted by path and capped at 50.
//
// A pass target reads back with a zero Value and a none target with 0, so
// that a set written with [Set.MarshalJSON] and read back is equal to the
// original (as compared by go-cmp, which compares decimals with their Equal
// method). Empty lists ("supersedes": []) read back as nil.
func ReadDefinitions(r io.Reader) ([]*Set, error) {
	return readDefinitions(r, true)
}

func readDefinitions(r io.Reader, arrayOK bool) ([]*Set, error) {
	dec := json.NewDecoder(r)
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		return nil, syntaxError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &FieldError{Err: fmt.Errorf("unexpected data after the JSON value at byte %d", dec.InputOffset())}
	}
	var p problems
	var sets []*Set
	switch v := root.(type) {
	case map[string]any:
		sets = append(sets, readSet(&p, "", v))
	case []any:
		if !arrayOK {
			p.add("", "array", "want one set definition object")
			break
		}
		if len(v) == 0 {
			p.add("", "[]", "want at least one set definition")
		}
		for i, e := range v {
			prefix := fmt.Sprintf("[%d]", i)
			m, ok := e.(map[string]any)
			if !ok {
				p.add(prefix, jsonType(e), "want a set definition object")
				continue
			}
			sets = append(sets, readSet(&p, prefix, m))
		}
	default:
		p.add("", jsonType(root), "want a set definition object or an array of them")
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
		if isArray(root) {
			prefix = fmt.Sprintf("[%d].", i)
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

func isArray(v any) bool { _, ok := v.([]any); return ok }

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

func syntaxError(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &FieldError{Err: fmt.Errorf("malformed JSON at byte %d: %w", se.Offset, err)}
	}
	if errors.Is(err, io.EOF) {
		return &FieldError{Err: errors.New("empty input: want a set definition")}
	}
	return &FieldError{Err: fmt.Errorf("malformed JSON: %w", err)}
}

// reader walks generic JSON values, adding a problem for each mismatch.
type reader struct{ p *problems }

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func jsonType(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(v)
	case json.Number:
		return v.String()
	case string:
		return v
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

// object checks that v is an object whose keys are all allowed and returns
// it; nil (with a problem) otherwise.
func (rd reader) object(path string, v any, allowed ...string) map[string]any {
	m, ok := v.(map[string]any)
	if !ok {
		rd.p.add(path, jsonType(v), "want an object")
		return nil
	}
	for _, k := range sortedKeys(m) {
		if !slices.Contains(allowed, k) {
			rd.p.add(join(path, k), "", "unknown key (want one of %s)", strings.Join(allowed, ", "))
		}
	}
	return m
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// str reads a string; absent or null gives "".
func (rd reader) str(path string, v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	}
	rd.p.add(path, jsonType(v), "want a string")
	return ""
}

func (rd reader) boolean(path string, v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	}
	rd.p.add(path, jsonType(v), "want true or false")
	return false
}

func (rd reader) integer(path string, v any) int {
	switch v := v.(type) {
	case nil:
		return 0
	case json.Number:
		n, err := strconv.Atoi(v.String())
		if err != nil {
			rd.p.add(path, v.String(), "want a whole number")
		}
		return n
	}
	rd.p.add(path, jsonType(v), "want a whole number")
	return 0
}

func (rd reader) array(path string, v any) []any {
	switch v := v.(type) {
	case nil:
		return nil
	case []any:
		return v
	}
	rd.p.add(path, jsonType(v), "want an array")
	return nil
}

func (rd reader) strings(path string, v any) []string {
	var out []string
	for i, e := range rd.array(path, v) {
		out = append(out, rd.str(fmt.Sprintf("%s[%d]", path, i), e))
	}
	return out
}

func (rd reader) text(path string, v any) Text {
	if v == nil {
		return Text{}
	}
	m := rd.object(path, v, "vi", "en")
	return Text{VI: rd.str(join(path, "vi"), m["vi"]), EN: rd.str(join(path, "en"), m["en"])}
}

func (rd reader) date(path string, v any) time.Time {
	s := rd.str(path, v)
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		rd.p.add(path, s, "want a date YYYY-MM-DD")
		return time.Time{}
	}
	return t
}

// enum reads a wire code with the type's UnmarshalText.
func (rd reader) enum(path string, v any, into interface{ UnmarshalText([]byte) error }) {
	s := rd.str(path, v)
	if v == nil || s == "" {
		return // absent: zero, reported by Validate
	}
	if err := into.UnmarshalText([]byte(s)); err != nil {
		rd.p.add(path, "", "%s", strings.TrimPrefix(err.Error(), "criteria: "))
	}
}

func readSet(p *problems, path string, m map[string]any) *Set {
	rd := reader{p}
	rd.object(path, m, "id", "title", "level", "scope", "issuer", "issued", "effective", "period",
		"supersedes", "requires", "content", "notes", "groups", "criteria")
	s := &Set{
		ID:         rd.str(join(path, "id"), m["id"]),
		Title:      rd.text(join(path, "title"), m["title"]),
		Scope:      rd.str(join(path, "scope"), m["scope"]),
		Issuer:     rd.str(join(path, "issuer"), m["issuer"]),
		Issued:     rd.date(join(path, "issued"), m["issued"]),
		Effective:  rd.date(join(path, "effective"), m["effective"]),
		Supersedes: rd.strings(join(path, "supersedes"), m["supersedes"]),
		Requires:   rd.str(join(path, "requires"), m["requires"]),
		Notes:      rd.strings(join(path, "notes"), m["notes"]),
	}
	rd.enum(join(path, "level"), m["level"], &s.Level)
	rd.enum(join(path, "content"), m["content"], &s.Content)
	if v, ok := m["period"]; ok && v != nil {
		pp := join(path, "period")
		pm := rd.object(pp, v, "from", "to")
		s.Period = Period{From: rd.integer(join(pp, "from"), pm["from"]), To: rd.integer(join(pp, "to"), pm["to"])}
	}
	for i, g := range rd.array(join(path, "groups"), m["groups"]) {
		gp := fmt.Sprintf("%s[%d]", join(path, "groups"), i)
		gm := rd.object(gp, g, "code", "name")
		s.Groups = append(s.Groups, Group{Code: rd.str(join(gp, "code"), gm["code"]), Name: rd.text(join(gp, "name"), gm["name"])})
	}
	for i, c := range rd.array(join(path, "criteria"), m["criteria"]) {
		cp := fmt.Sprintf("%s[%d]", join(path, "criteria"), i)
		s.Criteria = append(s.Criteria, readCriterion(rd, cp, c))
	}
	return s
}

func readCriterion(rd reader, path string, v any) Criterion {
	m := rd.object(path, v, "code", "name", "group", "agency", "agency_provenance", "note", "indicators")
	c := Criterion{
		Code:   rd.str(join(path, "code"), m["code"]),
		Name:   rd.text(join(path, "name"), m["name"]),
		Group:  rd.str(join(path, "group"), m["group"]),
		Agency: rd.str(join(path, "agency"), m["agency"]),
		Note:   rd.str(join(path, "note"), m["note"]),
	}
	rd.enum(join(path, "agency_provenance"), m["agency_provenance"], &c.AgencyProvenance)
	for j, e := range rd.array(join(path, "indicators"), m["indicators"]) {
		c.Indicators = append(c.Indicators, readIndicator(rd, fmt.Sprintf("%s[%d]", join(path, "indicators"), j), e))
	}
	return c
}

func readIndicator(rd reader, path string, v any) Indicator {
	m := rd.object(path, v, "code", "text", "kind", "op", "unit", "not_applicable_allowed", "agency",
		"citation", "target_year", "note", "targets")
	ind := Indicator{
		Code:                 rd.str(join(path, "code"), m["code"]),
		Text:                 rd.text(join(path, "text"), m["text"]),
		Unit:                 rd.str(join(path, "unit"), m["unit"]),
		NotApplicableAllowed: rd.boolean(join(path, "not_applicable_allowed"), m["not_applicable_allowed"]),
		Agency:               rd.str(join(path, "agency"), m["agency"]),
		Citation:             rd.str(join(path, "citation"), m["citation"]),
		TargetYear:           rd.integer(join(path, "target_year"), m["target_year"]),
		Note:                 rd.str(join(path, "note"), m["note"]),
	}
	rd.enum(join(path, "kind"), m["kind"], &ind.Kind)
	rd.enum(join(path, "op"), m["op"], &ind.Op)
	tv, ok := m["targets"]
	if !ok || tv == nil {
		return ind // no targets: reported by Validate
	}
	tp := join(path, "targets")
	tm, isObj := tv.(map[string]any)
	if !isObj {
		rd.p.add(tp, jsonType(tv), "want an object of targets by \"common\" and region code")
		return ind
	}
	seen := make(map[Region]string)
	for _, k := range sortedKeys(tm) {
		kp := join(tp, k)
		if k == commonKey {
			t := readTarget(rd, kp, ind.Kind, tm[k])
			ind.Common = &t
			continue
		}
		r, err := ParseRegion(k)
		if err != nil {
			rd.p.add(kp, "", "unknown key: want \"common\" or a region code (TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL)")
			continue
		}
		if prev, dup := seen[r]; dup {
			rd.p.add(kp, "", "region %s already has a target (key %q)", r, prev)
			continue
		}
		seen[r] = k
		if ind.Regional == nil {
			ind.Regional = make(map[Region]Target)
		}
		ind.Regional[r] = readTarget(rd, kp, ind.Kind, tm[k])
	}
	return ind
}

func readTarget(rd reader, path string, k Kind, v any) Target {
	m := rd.object(path, v, "value", "provenance", "source", "by_year")
	if m == nil {
		return Target{}
	}
	t := Target{Source: rd.str(join(path, "source"), m["source"])}
	t.Value = readValue(rd, join(path, "value"), k, m["value"])
	rd.enum(join(path, "provenance"), m["provenance"], &t.Provenance)
	if m["provenance"] == nil {
		rd.p.add(join(path, "provenance"), "", "missing: want C2, C1 or M")
	}
	byp := join(path, "by_year")
	if yv, ok := m["by_year"]; ok && yv != nil {
		ym, isObj := yv.(map[string]any)
		if !isObj {
			rd.p.add(byp, jsonType(yv), "want an object of targets by year")
		}
		for _, ys := range sortedKeys(ym) {
			yp := join(byp, ys)
			y, err := strconv.Atoi(ys)
			if err != nil || y <= 0 || strconv.Itoa(y) != ys {
				rd.p.add(yp, "", "want a year as key")
				continue
			}
			e := rd.object(yp, ym[ys], "value", "provenance", "source")
			if e == nil {
				continue
			}
			yt := YearTarget{Value: readValue(rd, join(yp, "value"), k, e["value"]), Source: rd.str(join(yp, "source"), e["source"])}
			rd.enum(join(yp, "provenance"), e["provenance"], &yt.Provenance)
			if e["provenance"] == nil {
				rd.p.add(join(yp, "provenance"), "", "missing: want C2, C1 or M")
			}
			if t.ByYear == nil {
				t.ByYear = make(map[int]YearTarget)
			}
			t.ByYear[y] = yt
		}
	}
	return t
}

// readValue reads a target value: "true" for a pass indicator (stored as
// zero), an exact decimal (string or JSON number) otherwise.
func readValue(rd reader, path string, k Kind, v any) decimal.Decimal {
	var s string
	switch v := v.(type) {
	case nil:
		rd.p.add(path, "", "missing target value")
		return decimal.Decimal{}
	case bool:
		s = strconv.FormatBool(v)
	case string:
		s = v
	case json.Number:
		s = v.String()
	default:
		rd.p.add(path, jsonType(v), "want a decimal string")
		return decimal.Decimal{}
	}
	if k == 0 && s == "true" {
		return decimal.New(0, 0) // unknown kind, reported already: read as pass
	}
	if k == KindPass {
		if s != "true" {
			rd.p.add(path, s, "a pass target is \"true\"")
		}
		return decimal.New(0, 0)
	}
	d, err := parseDecimal(s)
	if err != nil {
		rd.p.add(path, s, "want a decimal number such as \"98\" or \"21.8\"")
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
