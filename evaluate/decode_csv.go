package evaluate

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/shopspring/decimal"
)

// CSV columns of the "Assessment, CSV (long form)" format.
const (
	inColProvince    = "province"
	inColDistrict    = "district"
	inColCommune     = "commune"
	inColRegion      = "region"
	inColYear        = "year"
	inColSet         = "set"
	inColIndicator   = "indicator"
	inColValue       = "value"
	inColNumerator   = "numerator"
	inColDenominator = "denominator"
	inColUnit        = "unit"
	inColSource      = "source"
)

var (
	csvRequired = []string{inColProvince, inColDistrict, inColCommune, inColYear, inColSet, inColIndicator, inColValue}
	csvOptional = []string{inColRegion, inColNumerator, inColDenominator, inColUnit, inColSource}
	// csvHelper are the helper columns of a template (`ntm template`),
	// read and ignored.
	csvHelper = []string{"content", "target", "note"}
)

// DecodeCSV reads assessments in the "Assessment, CSV (long form)" format of
// the interchange specification: UTF-8 (a leading byte-order mark is
// skipped), comma separated, a header row naming the columns in any order
// (province, district, commune, year, set, indicator, value; optionally
// region, numerator, denominator, unit, source), then one row per indicator
// value. file names the input in errors and in each assessment's Origin
// ("file:line" of its first row).
//
// Rows are grouped into one assessment per (province, district, commune,
// year), in order of first appearance; names compare ignoring case, spacing
// and Unicode normalisation form, and the names of the first row are kept
// (in NFC). The region is derived from the province when the column is
// absent or empty; a disagreement is an error. A row gives either value or
// numerator and denominator (with an optional unit), not both; an empty
// value is missing. Pass/fail cells take the Vietnamese words of the
// specification (đạt, chưa đạt, có, không, …, any case, with or without
// diacritics as listed); decimals take '.' or the Vietnamese ','; thousands
// separators are rejected. The source column is kept in [Value.Source].
//
// Every problem is an [InputError] naming the file, the line and the
// column. A header with an unknown, repeated or missing column is reported
// and no row is read: a misnamed column must not silently drop its data. DecodeCSV returns every valid assessment together with the joined
// errors of the invalid ones: a bad commune never stops the others. A nil
// cat means the built-in sets.
func DecodeCSV(r io.Reader, file string, cat *criteria.Catalog) ([]Assessment, error) {
	return NewCSVDecoder(r, file, cat).collect()
}

// NewCSVDecoder returns a [Decoder] of the "Assessment, CSV (long form)"
// format read as [DecodeCSV] reads it.
func NewCSVDecoder(r io.Reader, file string, cat *criteria.Catalog) *Decoder {
	cr := &csvReader{file: file, sets: newSetCache(cat), byKey: map[string]*csvGroup{}, byRaw: map[string]*csvGroup{}}
	return newDecoder(&csvSource{cr: cr, r: r})
}

// csvSource yields the assessments of a CSV input. It reads the whole input
// on the first call, then yields each commune in order (valid, or an
// *AssessmentError with the problems of its rows) and finally the problems
// that belong to no commune.
type csvSource struct {
	cr   *csvReader
	r    io.Reader
	read bool
	i    int
}

func (s *csvSource) next() (Assessment, error) {
	if !s.read {
		s.cr.read(s.r)
		s.read = true
	}
	for s.i < len(s.cr.groups) {
		g := s.cr.groups[s.i]
		s.i++
		if !g.bad {
			return g.a, nil
		}
		return Assessment{}, &AssessmentError{Commune: g.a.Commune, Origin: g.a.Origin, Problems: g.problems}
	}
	if len(s.cr.all.list) > 0 {
		errs := make([]error, len(s.cr.all.list))
		for i, e := range s.cr.all.list {
			errs[i] = e
		}
		s.cr.all.list = nil
		return Assessment{}, errors.Join(errs...)
	}
	return Assessment{}, io.EOF
}

type csvReader struct {
	file string
	sets *setCache
	cols map[string]int // column name → index
	// at maps columnIndex to the column's field index, -1 when absent.
	at     [len(allColumns) + 1]int
	all    inputProblems
	groups []*csvGroup
	byKey  map[string]*csvGroup // by the vntext.Key of the commune and the year
	byRaw  map[string]*csvGroup // by the cells as written, to skip normalising
	// The row being read: its line, group, set and indicator, and problems.
	line     int
	rowGroup *csvGroup
	rowSet   string // set ID and indicator code, when known
	rowCode  string
	rowErrs  []*InputError
	// last is the identity of the previous row and its group: rows of one
	// commune usually follow each other.
	last lastIdentity
	// lastRegion is a region text already checked against lastRegionOf.
	lastRegion   string
	lastRegionOf *csvGroup
}

// csvGroup is the assessment built from the rows of one commune and year.
type csvGroup struct {
	a    Assessment
	line int  // first row
	bad  bool // some row had a problem
	// problems are those of its rows, in input order.
	problems []*InputError
	// seen maps each indicator given (of any set) to the line that gave it.
	seen map[*criteria.Indicator]int
}

func (cr *csvReader) read(r io.Reader) {
	br := bufio.NewReader(r)
	if bom, err := br.Peek(3); err == nil && string(bom) == "\uFEFF" {
		br.Discard(3)
	}
	rd := csv.NewReader(br)
	rd.LazyQuotes = true
	rd.ReuseRecord = true
	rd.FieldsPerRecord = -1
	header, err := rd.Read()
	if err == io.EOF {
		cr.all.add(&InputError{File: cr.file, Err: errors.New("empty input: want a header row")})
		return
	}
	if err != nil {
		cr.all.add(&InputError{File: cr.file, Line: 1, Err: csvReadError(err)})
		return
	}
	if !cr.header(header) {
		return
	}
	for i := range cr.at {
		cr.at[i] = -1
	}
	for name, i := range cr.cols {
		cr.at[columnIndex(name)] = i
	}
	for {
		rec, err := rd.Read()
		if err == io.EOF {
			return
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				cr.all.add(&InputError{File: cr.file, Err: err})
				return
			}
			cr.all.add(&InputError{File: cr.file, Line: pe.StartLine, Err: csvReadError(err)})
			continue
		}
		line, _ := rd.FieldPos(0)
		cr.row(rec, line, len(header))
	}
}

func csvReadError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("invalid CSV: %v", pe.Err)
	}
	return err
}

// header maps the column names; it reports false when the rows cannot be
// read.
func (cr *csvReader) header(h []string) bool {
	cr.cols = map[string]int{}
	ok := true
	known := append(append([]string{}, csvRequired...), csvOptional...)
	for i, name := range h {
		name = strings.ToLower(strings.TrimSpace(name))
		if isKnownColumn(name, csvHelper) {
			continue
		}
		if !isKnownColumn(name, known) {
			cr.all.add(&InputError{File: cr.file, Line: 1, Input: h[i],
				Err: fmt.Errorf("unknown column (want %s)", strings.Join(known, ", "))})
			ok = false
			continue
		}
		if _, dup := cr.cols[name]; dup {
			cr.all.add(&InputError{File: cr.file, Line: 1, Column: name, Err: errors.New("column given twice")})
			ok = false
			continue
		}
		cr.cols[name] = i
	}
	for _, name := range csvRequired {
		if _, found := cr.cols[name]; !found {
			cr.all.add(&InputError{File: cr.file, Line: 1, Column: name, Err: errors.New("required column missing from the header")})
			ok = false
		}
	}
	return ok
}

func isKnownColumn(name string, known []string) bool {
	for _, k := range known {
		if k == name {
			return true
		}
	}
	return false
}

// cell returns the trimmed text of a column, "" when the column is absent.
func (cr *csvReader) cell(rec []string, col string) string {
	i := cr.at[columnIndex(col)]
	if i < 0 || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}

// allColumns lists the columns in the order of columnIndex.
var allColumns = [...]string{inColProvince, inColDistrict, inColCommune, inColRegion, inColYear, inColSet,
	inColIndicator, inColValue, inColNumerator, inColDenominator, inColUnit, inColSource}

// columnIndex returns the position of a column name in allColumns, or
// len(allColumns) for an unknown name (whose cr.at entry is always -1).
func columnIndex(col string) int {
	switch col {
	case inColProvince:
		return 0
	case inColDistrict:
		return 1
	case inColCommune:
		return 2
	case inColRegion:
		return 3
	case inColYear:
		return 4
	case inColSet:
		return 5
	case inColIndicator:
		return 6
	case inColValue:
		return 7
	case inColNumerator:
		return 8
	case inColDenominator:
		return 9
	case inColUnit:
		return 10
	case inColSource:
		return 11
	}
	return len(allColumns)
}

// row adds one data row to its commune's assessment.
func (cr *csvReader) row(rec []string, line, width int) {
	empty := true
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			empty = false
			break
		}
	}
	if empty {
		return // a blank spreadsheet row holds no data
	}
	cr.line = line
	cr.rowErrs = cr.rowErrs[:0]
	for i, c := range rec {
		if !utf8.ValidString(c) {
			name := ""
			for n, j := range cr.cols {
				if j == i {
					name = n
				}
			}
			cr.problem(name, strings.ToValidUTF8(c, "\uFFFD"), errors.New("not valid UTF-8"))
		}
	}
	if len(rec) != width {
		cr.problem("", "", fmt.Errorf("row has %d fields, the header %d", len(rec), width))
	}

	g := cr.group(rec, line)
	cr.rowGroup, cr.rowSet, cr.rowCode = g, "", ""
	defer cr.endRow()
	if len(cr.rowErrs) > 0 {
		return
	}

	setText, code := cr.cell(rec, inColSet), cr.cell(rec, inColIndicator)
	if setText == "" {
		cr.problem(inColSet, "", errors.New("must not be empty"))
		return
	}
	si, ok := cr.sets.lookup(setText)
	if !ok {
		cr.problem(inColSet, setText, fmt.Errorf("unknown set (known: %s)", knownSets(cr.sets.cat)))
		return
	}
	set := si.set
	cr.rowSet, cr.rowCode = set.ID, code
	if code == "" {
		cr.problem(inColIndicator, "", errors.New("must not be empty"))
		return
	}
	ind, ok := si.indicator(code)
	if !ok {
		cr.problem(inColIndicator, code, unknownIndicator(set, code))
		return
	}
	cr.rowCode = ind.Code
	if prev, dup := g.seen[ind]; dup {
		cr.problem(inColIndicator, code, fmt.Errorf("duplicate row: %s %s already given on line %d", set.ID, ind.Code, prev))
		return
	}
	g.seen[ind] = line

	v, ok := cr.value(rec)
	if !ok {
		return
	}
	for _, vp := range checkValue(ind, v) {
		col := inColValue
		if vp.field != vfValue {
			col = vp.field
		}
		cr.problem(col, cr.cell(rec, col), vp.err)
	}
	if len(cr.rowErrs) > 0 {
		return
	}
	if g.a.Values[set.ID] == nil {
		g.a.Values[set.ID] = make(map[string]Value, set.IndicatorCount())
	}
	g.a.Values[set.ID][ind.Code] = v
}

type lastIdentity struct {
	province, district, commune, year string
	g                                 *csvGroup
}

// problem records a problem of the row being read.
func (cr *csvReader) problem(col, input string, err error) {
	cr.rowErrs = append(cr.rowErrs, &InputError{File: cr.file, Line: cr.line, Column: col, Input: input, Err: err})
}

// endRow files the problems of the row being read under its commune, and
// marks the commune invalid when there are any.
func (cr *csvReader) endRow() {
	if len(cr.rowErrs) == 0 {
		return
	}
	if g := cr.rowGroup; g != nil {
		g.bad = true
		for _, p := range cr.rowErrs {
			p.Commune = g.a.Commune.Name
			p.Path = strings.TrimSpace(cr.rowSet + " " + cr.rowCode)
		}
		g.problems = append(g.problems, cr.rowErrs...)
		return
	}
	cr.all.list = append(cr.all.list, cr.rowErrs...)
}

// group returns the assessment a row belongs to, creating it (and checking
// the commune, year and region) on its first row; later rows are checked for
// a region that disagrees.
func (cr *csvReader) group(rec []string, line int) *csvGroup {
	province, district := cr.cell(rec, inColProvince), cr.cell(rec, inColDistrict)
	commune, yearText := cr.cell(rec, inColCommune), cr.cell(rec, inColYear)
	regionText := cr.cell(rec, inColRegion)
	ok := false
	var g *csvGroup
	if last := cr.last; last.g != nil && last.province == province && last.district == district &&
		last.commune == commune && last.year == yearText {
		g, ok = last.g, true
	}
	raw := ""
	if !ok {
		raw = province + "\x00" + district + "\x00" + commune + "\x00" + yearText
		g, ok = cr.byRaw[raw]
	}
	defer func() {
		cr.last = lastIdentity{province, district, commune, yearText, g}
	}()
	if !ok {
		key := vntext.Key(province) + "\x00" + vntext.Key(district) + "\x00" + vntext.Key(commune) + "\x00" + yearText
		g, ok = cr.byKey[key]
		if !ok {
			g = cr.newGroup(key, province, district, commune, yearText, regionText, line)
		}
		cr.byRaw[raw] = g
		if !ok {
			return g
		}
	}
	if regionText != "" && (regionText != cr.lastRegion || g != cr.lastRegionOf) {
		if r, err := criteria.ParseRegion(regionText); err != nil {
			cr.problem(inColRegion, regionText, errors.New("unknown region (want TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL or a region name)"))
			return g
		} else if g.a.Region.Valid() && r != g.a.Region {
			cr.problem(inColRegion, regionText, fmt.Errorf("disagrees with the commune's region %s (line %d)", g.a.Region, g.line))
			return g
		}
	}
	if regionText != "" && g.a.Region.Valid() {
		// The same text on the next row of this commune needs no parsing.
		cr.lastRegion, cr.lastRegionOf = regionText, g
	}
	return g
}

// newGroup starts the assessment of a commune and year at its first row,
// checking the commune, year and region.
func (cr *csvReader) newGroup(key, province, district, commune, yearText, regionText string, line int,
) *csvGroup {
	g := &csvGroup{line: line, seen: make(map[*criteria.Indicator]int, 64)}
	g.a = Assessment{
		Commune: Commune{Name: cleanText(commune), District: cleanText(district), Province: cleanText(province)},
		Values:  map[string]map[string]Value{},
		Origin:  cr.file + ":" + strconv.Itoa(line),
	}
	cr.byKey[key] = g
	cr.groups = append(cr.groups, g)
	if commune == "" {
		cr.problem(inColCommune, "", errors.New("must not be empty"))
	}
	if yearText == "" {
		cr.problem(inColYear, "", errors.New("must not be empty"))
	} else if y, err := strconv.Atoi(yearText); err != nil {
		cr.problem(inColYear, yearText, errors.New("must be a whole number"))
	} else if err := checkYear(y); err != nil {
		cr.problem(inColYear, yearText, err)
	} else {
		g.a.Year = y
	}
	r, p := settleRegion(province, regionText)
	if p != nil {
		cr.problem(p.field, p.input, p.err)
	}
	g.a.Region = r
	return g
}

// value reads the value, numerator, denominator, unit and source cells.
func (cr *csvReader) value(rec []string) (Value, bool) {
	text := cr.cell(rec, inColValue)
	numText, denText := cr.cell(rec, inColNumerator), cr.cell(rec, inColDenominator)
	unit, source := cleanText(cr.cell(rec, inColUnit)), cleanText(cr.cell(rec, inColSource))
	isShare := numText != "" || denText != ""
	switch {
	case text != "" && isShare:
		cr.problem(inColValue, text, errors.New("give either value or numerator and denominator, not both"))
		return Value{}, false
	case isShare:
		v := Value{Kind: ValueShare, Unit: unit, Source: source}
		var ok [2]bool
		v.Numerator, ok[0] = cr.shareCell(inColNumerator, numText, inColDenominator)
		v.Denominator, ok[1] = cr.shareCell(inColDenominator, denText, inColNumerator)
		return v, ok[0] && ok[1]
	case unit != "":
		cr.problem(inColUnit, unit, errors.New("a unit goes with numerator and denominator"))
		return Value{}, false
	case text == "":
		v := Missing()
		v.Source = source
		return v, true
	case isNotApplicable(text):
		v := NotApplicable()
		v.Source = source
		return v, true
	}
	if met, ok := passWord(text); ok {
		v := Bool(met)
		v.Source = source
		return v, true
	}
	d, err := parseDecimal(text, true)
	if err != nil {
		if strings.ContainsAny(text, ".,") && strings.IndexFunc(text, func(r rune) bool { return (r < '0' || r > '9') && r != '.' && r != ',' && r != '-' }) < 0 {
			cr.problem(inColValue, text, err)
		} else {
			cr.problem(inColValue, text, errors.New("must be a number, a pass/fail word (đạt, chưa đạt, có, không, true, false, x), n/a or empty"))
		}
		return Value{}, false
	}
	v := Number(d)
	v.Source = source
	return v, true
}

// shareCell reads a numerator or denominator cell; other names the cell
// that requires it.
func (cr *csvReader) shareCell(col, text, other string) (decimal.Decimal, bool) {
	if text == "" {
		cr.problem(col, "", fmt.Errorf("required with %s", other))
		return decimal.Decimal{}, false
	}
	d, err := parseDecimal(text, true)
	if err != nil {
		cr.problem(col, text, err)
		return decimal.Decimal{}, false
	}
	return d, true
}
