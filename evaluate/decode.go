package evaluate

import (
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/catalogaccess"
	"github.com/nongthonmoi/ntm/internal/mergedregion"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
	"golang.org/x/text/unicode/norm"
)

// Years an assessment may be for.
const (
	minYear = 1990
	maxYear = 2100
)

// ReadFile reads the assessments of a file: JSON when its name ends in
// .json, CSV when it ends in .csv (any case). Errors name the file as path
// was given. Like [DecodeJSON] and [DecodeCSV] it returns every valid
// assessment together with the joined errors of the invalid ones. It holds
// the whole file's assessments; use [NewJSONDecoder] or [NewCSVDecoder] to
// read one commune at a time.
func ReadFile(path string, cat *criteria.Catalog) ([]Assessment, error) {
	var newDec func(r io.Reader, file string, cat *criteria.Catalog) *Decoder
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		newDec = NewJSONDecoder
	case ".csv":
		newDec = NewCSVDecoder
	default:
		return nil, &InputError{File: path, Err: errors.New("unknown format: want a .json or .csv file")}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	defer f.Close()
	return newDec(f, path, cat).collect()
}

// A Decoder reads assessments one commune at a time, whatever the input
// format, so that a file of any size is read in bounded memory: the
// decoder holds one commune (and a bounded read buffer), never the whole
// input. Make one with [NewJSONDecoder] or [NewCSVDecoder].
//
// [Decoder.Next] returns the next valid assessment; the problems of a
// commune that cannot be read come back as an error (an
// [*AssessmentError]), and the following call goes on with the next
// commune. A problem that ends reading (malformed JSON, a CSV header that
// cannot be read) is returned once, as a [*NotReadError] saying which
// part of the input it leaves unread, if any; every later call returns
// io.EOF. A table
// header that cannot be read but names the commune column is the
// exception: its problems come first, then an [*AssessmentError] for each
// commune of the rows under it. [ExcludedOf] turns these errors into what
// a summary states as left out.
type Decoder struct {
	src  assessmentSource
	done bool
}

// assessmentSource is one input format behind a [Decoder]. next returns
// the next valid assessment, or the problems of one commune (an
// *AssessmentError) or of the input (an *InputError or several joined),
// or io.EOF at the end. After an error that ends reading it returns io.EOF.
type assessmentSource interface {
	next() (Assessment, error)
}

func newDecoder(src assessmentSource) *Decoder { return &Decoder{src: src} }

// SetGroup sets the commune group ("3") of the assessments that name none,
// as `ntm eval --group` does; call it before the first Next. It applies to
// sets split by commune group only. Formats that cannot carry a default
// group ignore it.
func (d *Decoder) SetGroup(g string) {
	if s, ok := d.src.(interface{ setGroup(code, input string) }); ok {
		s.setGroup(groupText(g), cleanText(g))
	}
}

// Next returns the next valid assessment, in input order. A non-nil error
// other than io.EOF is the problems of one commune or of the input
// ([InputErrors] lists them); call Next again to go on. io.EOF means the
// input is done.
func (d *Decoder) Next() (Assessment, error) {
	if d.done {
		return Assessment{}, io.EOF
	}
	a, err := d.src.next()
	if err == io.EOF {
		d.done = true
	} else if err != nil {
		setCodes(err)
	}
	return a, err
}

// All returns an iterator over the assessments and problems of the input,
// in order, as [Decoder.Next] returns them (without the final io.EOF).
func (d *Decoder) All() iter.Seq2[Assessment, error] {
	return func(yield func(Assessment, error) bool) {
		for {
			a, err := d.Next()
			if err == io.EOF || !yield(a, err) {
				return
			}
		}
	}
}

// collect reads the whole input: every valid assessment and the joined
// problems, sorted and capped as the Decode functions return them.
func (d *Decoder) collect() ([]Assessment, error) {
	var out []Assessment
	var all inputProblems
	for a, err := range d.All() {
		if err != nil {
			for _, ie := range InputErrors(err) {
				all.add(ie)
			}
			continue
		}
		out = append(out, a)
	}
	return out, all.err()
}

// AssessmentError is the problems of one commune that could not be read.
// A [Decoder] returns it and goes on with the next commune.
type AssessmentError struct {
	// Commune is the commune as far as it was read (possibly empty).
	Commune Commune
	// Origin is where it was read from, as [Assessment.Origin].
	Origin string
	// Problems are its problems, at least one, in input order.
	Problems []*InputError
}

// Error returns the problems' messages, one per line.
func (e *AssessmentError) Error() string { return problemLines(e.Problems) }

// Unwrap returns the problems.
func (e *AssessmentError) Unwrap() []error { return problemErrors(e.Problems) }

// problemLines returns the messages of ps, one per line.
func problemLines(ps []*InputError) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Error())
	}
	return b.String()
}

// problemErrors returns ps as errors.
func problemErrors(ps []*InputError) []error {
	out := make([]error, len(ps))
	for i, p := range ps {
		out[i] = p
	}
	return out
}

// maxQuoted is how many characters of an offending input a message quotes;
// a longer input is cut and its size given.
const maxQuoted = 80

// cutText returns the first maxQuoted characters of s.
func cutText(s string) string {
	n := 0
	for i := range s {
		if n == maxQuoted {
			return s[:i]
		}
		n++
	}
	return s
}

// builtinSets is the catalog used when a decoder, [RunAll] or [Options] is
// given a nil catalog: built once and shared.
var builtinSets = sync.OnceValue(criteria.Builtin)

// catalogs reads a catalog's own sets, which evaluation compiles and
// caches by address, where the catalog's methods return copies.
var catalogs = catalogaccess.Get[criteria.Catalog, criteria.Set]()

func catalogOr(cat *criteria.Catalog) *criteria.Catalog {
	if cat == nil {
		return builtinSets()
	}
	return cat
}

// setCache finds sets by their ID as written in the input and their
// indicators by code, so that a large input pays for the catalog's
// normalising lookups once per distinct spelling.
type setCache struct {
	cat    *criteria.Catalog
	byText map[string]*setIndex
}

// setIndex is a set with its indicators by code.
type setIndex struct {
	set   *criteria.Set
	codes map[string]indicatorAt
}

// indicatorAt is an indicator of a set with its position among the
// set's values (positions).
type indicatorAt struct {
	ind *criteria.Indicator
	pos int
}

func newSetCache(cat *criteria.Catalog) *setCache {
	return &setCache{cat: catalogOr(cat), byText: map[string]*setIndex{}}
}

// lookup returns the set named by text (its ID or an alias).
func (c *setCache) lookup(text string) (*setIndex, bool) {
	if si, ok := c.byText[text]; ok {
		return si, si != nil
	}
	set, err := catalogs.Lookup(c.cat, text)
	if err != nil {
		if len(c.byText) < 1000 {
			c.byText[text] = nil
		}
		return nil, false
	}
	for _, si := range c.byText {
		if si != nil && si.set == set {
			c.byText[text] = si
			return si, true
		}
	}
	si := &setIndex{set: set, codes: make(map[string]indicatorAt, set.IndicatorCount())}
	at := positions(set)
	for _, ind := range set.Indicators() {
		si.codes[ind.Code] = indicatorAt{ind, at[ind.Code]}
	}
	c.byText[text] = si
	return si, true
}

// indicator finds an indicator by its code as written (trimmed, and with a
// part letter in either case).
func (si *setIndex) indicator(code string) (*criteria.Indicator, bool) {
	ia, ok := si.find(code)
	return ia.ind, ok
}

// find is indicator with the indicator's position.
func (si *setIndex) find(code string) (indicatorAt, bool) {
	if ia, ok := si.codes[code]; ok {
		return ia, true
	}
	ia, ok := si.codes[strings.ToLower(strings.TrimSpace(code))]
	return ia, ok
}

// unknown returns the cause of a problem with text, a set ID that lookup
// does not answer: the catalog's own when text names two sets
// (ambiguous-set), "unknown set (known: …)" otherwise.
func (c *setCache) unknown(text string) error {
	_, err := catalogs.Lookup(c.cat, text)
	var m *problem.Msg
	if errors.Is(err, problem.AmbiguousSet) && errors.As(err, &m) {
		return m
	}
	return fmt.Errorf("unknown set (known: %s)", knownSets(c.cat))
}

// knownSets lists the catalog's set IDs for an "unknown set" message.
func knownSets(cat *criteria.Catalog) string {
	var ids []string
	for _, s := range catalogs.Sets(cat) {
		ids = append(ids, s.ID)
	}
	return strings.Join(ids, ", ")
}

// unknownIndicator explains an indicator code that set does not have, with a
// hint when the code is a split indicator given without its part letter
// ("17.1" of 1980/QĐ-TTg must be given as 17.1a or 17.1b).
func unknownIndicator(set *criteria.Set, code string) error {
	var parts []string
	for _, suffix := range "abcdefgh" {
		if _, _, ok := set.Indicator(code + string(suffix)); ok {
			parts = append(parts, code+string(suffix))
		}
	}
	switch len(parts) {
	case 0:
		return fmt.Errorf("unknown indicator of %s", set.ID)
	case 1:
		return fmt.Errorf("unknown indicator of %s: give %s", set.ID, parts[0])
	}
	return fmt.Errorf("unknown indicator of %s: give %s or %s", set.ID,
		strings.Join(parts[:len(parts)-1], ", "), parts[len(parts)-1])
}

// cleanText normalises free text read from input: valid UTF-8, NFC, trimmed.
func cleanText(s string) string {
	return strings.TrimSpace(norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD")))
}

// groupText reads a commune group as written (vntext.GroupCode): "Nhóm 3"
// is group "3".
func groupText(s string) string {
	return vntext.GroupCode(cleanText(s))
}

// Fields of a value that a problem may concern.
const (
	vfValue       = ""
	vfNumerator   = "numerator"
	vfDenominator = "denominator"
)

// valueProblem is one reason a value does not fit its indicator.
type valueProblem struct {
	field string // vfValue, vfNumerator or vfDenominator
	err   error
}

// problemText is a value problem in English, naming the part of a share
// it concerns: "numerator must not exceed the denominator 2".
func problemText(field, why string) string {
	if field == vfValue {
		return why
	}
	return field + " " + why
}

// checkValue returns the reasons v cannot be a value of ind: the kind of
// value does not fit the indicator's kind, a number is out of range, a share
// is malformed, or "n/a" is not allowed.
func checkValue(ind *criteria.Indicator, v Value) []valueProblem {
	one := func(field, format string, args ...any) []valueProblem {
		return []valueProblem{{field, fmt.Errorf(format, args...)}}
	}
	switch v.Kind {
	case ValueMissing:
		return nil
	case ValueNotApplicable:
		if !ind.NotApplicableAllowed {
			return one(vfValue, `"n/a" is not allowed for indicator %s`, ind.Code)
		}
		return nil
	case ValueBool:
		switch ind.Kind {
		case criteria.KindPass:
			return nil
		case criteria.KindNone:
			if v.Bool {
				return one(vfValue, "must be a count of %s (0 meets it) or false (none present)", unitOrElse(ind.Unit, "things"))
			}
			return nil
		case criteria.KindPercent:
			return one(vfValue, "must be a percentage (0-100), not true/false")
		default:
			return one(vfValue, "must be an amount in %s, not true/false", unitOrElse(ind.Unit, "the indicator's unit"))
		}
	case ValueNumber:
		n := v.Number
		switch ind.Kind {
		case criteria.KindPass:
			return one(vfValue, "pass/fail indicator: must be true or false (đạt / chưa đạt), not a number")
		case criteria.KindNone:
			if n.Sign() < 0 {
				return one(vfValue, "count must not be negative")
			}
			if !n.IsInteger() {
				return one(vfValue, "count must be a whole number")
			}
		case criteria.KindPercent:
			if n.Sign() < 0 || cmpDecimal(n, percentMax) > 0 {
				return one(vfValue, "percentage must be between 0 and 100")
			}
		default:
			if n.Sign() < 0 {
				return one(vfValue, "amount must not be negative")
			}
		}
		return nil
	case ValueShare:
		switch ind.Kind {
		case criteria.KindPass:
			return one(vfValue, "pass/fail indicator: must be true or false (đạt / chưa đạt), not a share")
		case criteria.KindNone:
			return one(vfValue, "must be a count of %s (0 meets it) or false (none present), not a share", unitOrElse(ind.Unit, "things"))
		case criteria.KindAmount:
			return one(vfValue, "must be an amount in %s, not a share", unitOrElse(ind.Unit, "the indicator's unit"))
		}
		var out []valueProblem
		if v.Denominator.Sign() <= 0 {
			out = append(out, valueProblem{vfDenominator, errors.New("must be > 0")})
		}
		if v.Numerator.Sign() < 0 {
			out = append(out, valueProblem{vfNumerator, errors.New("must not be negative")})
		} else if v.Denominator.Sign() > 0 && cmpDecimal(v.Numerator, v.Denominator) > 0 {
			out = append(out, valueProblem{vfNumerator, fmt.Errorf("must not exceed the denominator %s", v.Denominator)})
		}
		return out
	}
	return one(vfValue, "invalid value kind %v", v.Kind)
}

var percentMax = decimal.New(100, 0)

// cmpDecimal compares a and b exactly, in machine integers when both fit
// (Cmp allocates to bring them to one exponent), else as [cmpExact] does:
// for a caller that holds decimals, where the evaluator's own fast path
// ([fx]) has already failed before it calls cmpExact.
func cmpDecimal(a, b decimal.Decimal) int {
	if fa, ok := toFx(a); ok {
		if fb, ok := toFx(b); ok {
			if c, ok := fa.cmp(fb); ok {
				return c
			}
		}
	}
	return cmpExact(a, b)
}

func unitOrElse(unit, fallback string) string {
	if unit == "" {
		return fallback
	}
	return unit
}

// maxExponent bounds the decimal exponent of numbers read from input, so
// that "1e999999999" cannot make later arithmetic or printing explode.
const maxExponent = 40

var errNumberRange = fmt.Errorf("number out of range (exponent beyond ±%d)", maxExponent)

// parseJSONNumber reads the literal text of a JSON number exactly.
func parseJSONNumber(s string) (decimal.Decimal, error) {
	if len(s) > 200 {
		return decimal.Decimal{}, errors.New("number too long")
	}
	if !strings.ContainsAny(s, "eE") {
		if d, err := parseDecimal(s, false); err == nil {
			return d, nil
		}
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, errors.New("not a number")
	}
	if e := d.Exponent(); e > maxExponent || e < -maxExponent {
		if d.IsZero() {
			return decimal.Decimal{}, nil // zero at any exponent
		}
		return decimal.Decimal{}, errNumberRange
	}
	return d, nil
}

// errNotDecimal is parseDecimal's error for text that is no decimal, as
// opposed to one written with separators it does not take.
var errNotDecimal = errors.New("not a decimal number")

// parseDecimal reads a plain decimal: an optional minus sign, digits, and
// optionally one separator followed by digits. The separator is '.', or also
// ',' (the Vietnamese decimal comma) when comma is true. Exponents, spaces,
// '+' signs and thousands separators are rejected.
func parseDecimal(s string, comma bool) (decimal.Decimal, error) {
	if len(s) > 200 {
		return decimal.Decimal{}, errors.New("number too long")
	}
	body := strings.TrimPrefix(s, "-")
	seps, sepAt := 0, -1
	hasDot, hasComma := false, false
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c >= '0' && c <= '9':
		case c == '.' || (comma && c == ','):
			seps++
			sepAt = i
			hasDot = hasDot || c == '.'
			hasComma = hasComma || c == ','
		default:
			return decimal.Decimal{}, errNotDecimal
		}
	}
	if hasDot && hasComma {
		return decimal.Decimal{}, errors.New("both '.' and ',' in a number: write one decimal separator and no thousands separators")
	}
	if seps > 1 {
		return decimal.Decimal{}, errors.New("more than one decimal separator: write no thousands separators")
	}
	if body == "" || sepAt == 0 || sepAt == len(body)-1 {
		return decimal.Decimal{}, errNotDecimal
	}
	if d, ok := smallDecimal(body, sepAt, strings.HasPrefix(s, "-")); ok {
		return d, nil
	}
	if sepAt > 0 {
		body = body[:sepAt] + "." + body[sepAt+1:]
	}
	if strings.HasPrefix(s, "-") {
		body = "-" + body
	}
	d, err := decimal.NewFromString(body)
	if err != nil {
		return decimal.Decimal{}, errNotDecimal
	}
	if e := d.Exponent(); e > maxExponent || e < -maxExponent {
		return decimal.Decimal{}, errNumberRange
	}
	return d, nil
}

// isNotApplicable reports whether s is "n/a" (any case, surrounding space).
func isNotApplicable(s string) bool { return strings.EqualFold(strings.TrimSpace(s), "n/a") }

// passWords maps the vntext.Key of each pass/fail word of the CSV format to
// its meaning.
var passWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range []string{"đạt", "dat", "đạt chuẩn", "dat chuan", "true", "x", "có", "co"} {
		m[vntext.Key(w)] = true
	}
	for _, w := range []string{"chưa đạt", "chua dat", "chưa đạt chuẩn", "chua dat chuan", "không đạt", "khong dat",
		"không đạt chuẩn", "khong dat chuan", "false", "không", "khong"} {
		m[vntext.Key(w)] = false
	}
	return m
}()

// passWord reads a pass/fail word, ignoring case, spacing and Unicode
// normalisation form.
func passWord(s string) (met, ok bool) {
	if met, ok = passWords[s]; ok {
		return met, ok
	}
	met, ok = passWords[vntext.Key(s)]
	return met, ok
}

// regionProblem is a problem found while settling a commune's region.
type regionProblem struct {
	field string // "region" or "province"
	input string
	err   error
	// unsettled: the only problem is that neither the province nor a
	// region gives the commune's region, which matters only to sets split
	// by region ([needsRegion]).
	unsettled bool
}

// settleRegion returns the region of a commune from its province and an
// optional region text: the province's region when the region is not given;
// the given region when the province is unknown or absent; an error when
// the two disagree, when the region is not a region, or when neither
// determines one (unsettled: an error only for an assessment that
// [needsRegion]). A province named as since 1/7/2025, which also covers
// former provinces of other regions ("Tây Ninh": the former Long An,
// ĐBSCL), is one of the 63 provinces of 2016-2020 and determines the
// region of the former province of its name, as any province does: any
// other region disagrees, and the error says what the name covers and,
// for the region of one of its other former provinces, that its communes
// give that province ("Long An"). Given no region, its region is left to
// [Run] (deferred, [provinceRegion]): r is the region Run derives, and the
// assessment's Region stays zero so that its report warns
// ([WarnMergedProvince]).
func settleRegion(province, region string) (r criteria.Region, deferred bool, rp *regionProblem) {
	province, region = strings.TrimSpace(province), strings.TrimSpace(region)
	var given criteria.Region
	if region != "" {
		r, err := criteria.ParseRegion(region)
		if err != nil {
			return 0, false, &regionProblem{"region", region, problem.Errorf(problem.RegionMismatch, "unknown region (want TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL or a region name)"), false}
		}
		given = r
	}
	if province != "" {
		if p, others, ok := mergedregion.Lookup(province); ok {
			switch {
			case given == 0:
				return p.Region, len(others) > 0, nil
			case given == p.Region:
				return given, false, nil
			case len(others) > 0:
				// No two former provinces of one province share a region
				// other than its name's (mergedregion's tests): in is one
				// province or none.
				if in := mergedregion.In(others, given); len(in) > 0 {
					return 0, false, &regionProblem{"region", region, problem.Errorf(problem.RegionMismatch, "disagrees with province %s, which is in %s; since 1/7/2025 it also covers %s: for a commune of the former %s, write the province %q", p.Name, p.Region, mergedregion.Names(others, ""), in[0].Name, in[0].Name), false}
				}
				return 0, false, &regionProblem{"region", region, problem.Errorf(problem.RegionMismatch, "disagrees with province %s, which is in %s; since 1/7/2025 it also covers %s", p.Name, p.Region, mergedregion.Names(others, "")), false}
			}
			return 0, false, &regionProblem{"region", region, problem.Errorf(problem.RegionMismatch, "disagrees with province %s, which is in %s", p.Name, p.Region), false}
		}
		if given == 0 {
			return 0, false, &regionProblem{"province", province, problem.Errorf(problem.RegionMismatch, "unknown province: give the region"), true}
		}
		return given, false, nil
	}
	if given == 0 {
		return 0, false, &regionProblem{"region", "", problem.Errorf(problem.MissingField, "required when the province is not given"), true}
	}
	return given, false, nil
}

// checkYear checks an assessment or recognition year.
func checkYear(y int) error {
	if y < minYear || y > maxYear {
		return fmt.Errorf("must be a year from %d to %d", minYear, maxYear)
	}
	return nil
}

// smallDecimal reads digits with an optional separator at sepAt (-1 for
// none) exactly when they fit in an int64, which is what almost every
// figure does; it avoids the cost of the general parser.
func smallDecimal(body string, sepAt int, neg bool) (decimal.Decimal, bool) {
	digits := len(body)
	if sepAt >= 0 {
		digits--
	}
	if digits > 18 {
		return decimal.Decimal{}, false
	}
	var n int64
	for i := 0; i < len(body); i++ {
		if i == sepAt {
			continue
		}
		n = n*10 + int64(body[i]-'0')
	}
	if neg {
		n = -n
	}
	exp := 0
	if sepAt >= 0 {
		exp = -(len(body) - sepAt - 1)
	}
	return readDecimal(n, int32(exp)), true
}
