package evaluate

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/csvcell"
	"github.com/nongthonmoi/ntm/internal/evalbridge"
	"github.com/nongthonmoi/ntm/internal/legacyvn"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/strictjson"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

// TableOptions configures the reading of tables: CSV files and worksheet
// rows, in the long or the wide layout of the specification ("Tables as
// officials keep them"). The zero value reads UTF-8 CSV against the
// built-in sets.
type TableOptions struct {
	// Catalog holds the sets named in the table; nil means the built-in sets.
	Catalog *criteria.Catalog
	// Set is the set (an ID or alias) of rows without a set: a table
	// without a set column, or a row whose set cell is empty.
	Set string
	// Encoding is the character encoding of CSV input: "" or
	// [EncodingUTF8] (a UTF-16 byte-order mark is honoured),
	// [EncodingWindows1258] or [EncodingUTF16].
	Encoding string
	// EncodingFix is the other way than saving it as CSV UTF-8 that the
	// problem of a CSV table that is not UTF-8 suggests, in English: ""
	// means the ntm command's flag, "read it with --encoding windows-1258
	// (or utf-16)". A program that is given the encoding another way says
	// its own, as package httpapi does ("send it with Content-Type
	// text/csv;charset=windows-1258 (or charset=utf-16)"); the problem is
	// in Vietnamese when the problem package's tables have the fix too.
	EncodingFix string
	// LegacyEncodingFix is the other way than converting the file to
	// Unicode that the problem of a header typed with a Vietnamese font
	// encoding before Unicode (TCVN3, VNI) suggests, in English: a format
	// whose one %s is the encoding ("tcvn3", "vni"). "" means the ntm
	// command's flag, "read it with --encoding %s"; package httpapi says
	// "send it with Content-Type text/csv;charset=%s".
	LegacyEncodingFix string
	// SetFix is the other way than a set column that the problem of a
	// table without one suggests, in English: "" means the ntm command's
	// flag, "or give the set of the table: --set". A program that takes
	// the set another way, or not at all, says its own, as package httpapi
	// does ("or give the set of the table: query parameter set="); the
	// problem is in Vietnamese when the problem package's tables have the
	// fix too.
	SetFix string
	// SkippedRow, when not nil, is called for each row that is skipped as
	// no commune's: a total row under the communes (Tổng cộng, Cộng huyện
	// Hữu Lũng, Toàn huyện (2 xã)) and a heading row between them (I,
	// Huyện Hữu Lũng: no commune, year, set or figure), as
	// [TableOptions.NewCSVDecoder] tells them. place names the row as
	// origins do ("so-lieu.csv:18", "so-lieu.xlsx: Sheet1!18:18"); the
	// note says what the row is taken for and quotes its text, and for a
	// total row with other cells filled (a year, a set, figures) says that
	// they are not read; its Text is in English or Vietnamese. When
	// SkippedRow is nil, such a row is a problem of the input instead
	// (nothing is left out unseen).
	SkippedRow func(place string, note *problem.Msg)
}

// DecodeCSV reads every assessment of a CSV table, like the package-level
// [DecodeCSV], with these options.
func (o TableOptions) DecodeCSV(r io.Reader, file string) ([]Assessment, error) {
	return o.NewCSVDecoder(r, file).collect()
}

// DecodeTable reads every assessment of the rows of a table (a worksheet):
// the valid assessments together with the joined problems of the others.
func (o TableOptions) DecodeTable(rows TableRows, file string) ([]Assessment, error) {
	return o.NewTableDecoder(rows, file).collect()
}

// NewCSVDecoder returns a [Decoder] of the CSV table read from r (see
// [DecodeCSV] for the dialect, the header and the layouts); file names it
// in problems and origins.
//
// The decoder holds only the rows of the communes being read: its memory
// does not grow with the table. Rows of one commune and year are adjacent
// in the tables officials keep (long layout: one row per indicator; wide:
// one row per set). The decoder groups rows whose province, district,
// commune and year are the same (names compared ignoring case, spacing,
// Unicode normalisation form, where a tone mark sits — "Hoà" is "Hòa" —
// and the prefixes "xã", "huyện", "tỉnh" and "thành phố": "Xã Hòa Lạc" is
// "Hòa Lạc", "Thị trấn Hòa Lạc" is not) and yields communes in the order
// of their first row. It keeps the last 64 communes open, so rows
// interleaved within that window still come together; a commune is
// yielded once that many other communes have started after it, or at the
// end. A commune and year whose rows come back after it was yielded is a
// problem naming both line ranges (detected among the last 4096 communes
// yielded; further back, the rows make a second assessment of the same
// commune and year, which `ntm eval --summary` and `ntm plan` report as a
// commune assessed twice).
func (o TableOptions) NewCSVDecoder(r io.Reader, file string) *Decoder {
	d := o.newDecoder(file)
	br, overridden, marked, err := decodeInput(r, o.Encoding)
	if err != nil {
		d.fileProblem(0, "", "", err)
		d.done = true
		return newDecoder(d)
	}
	d.csv = newCSVRows(br)
	d.csv.overridden, d.csv.marked = overridden, marked
	d.csv.legacy = legacyvn.Name(o.Encoding)
	d.rows = d.csv
	return newDecoder(d)
}

// NewTableDecoder returns a [Decoder] of the table whose rows come from
// rows, read as [TableOptions.NewCSVDecoder] reads a CSV table; file names
// it in problems and origins.
func (o TableOptions) NewTableDecoder(rows TableRows, file string) *Decoder {
	d := o.newDecoder(file)
	d.rows = rows
	return newDecoder(d)
}

// next implements assessmentSource: a valid assessment, an
// *AssessmentError for a commune that cannot be read, a *NotReadError for
// rows not read whose communes cannot be told, InputErrors of the header,
// or io.EOF.
func (d *tableDecoder) next() (Assessment, error) {
	it, ok := d.nextItem()
	if !ok {
		return Assessment{}, io.EOF
	}
	if len(it.errs) == 0 {
		return it.a, nil
	}
	for _, e := range it.errs {
		if e.Code == "" {
			e.Code = classify(e)
		}
		(*problem.Problem)(e).Bound()
	}
	if it.lost != nil {
		it.lost.Problems = it.errs
		return Assessment{}, it.lost
	}
	if it.a.Origin != "" {
		return Assessment{}, &AssessmentError{Commune: it.a.Commune, Origin: it.a.Origin, Problems: it.errs}
	}
	errs := make([]error, len(it.errs))
	for i, e := range it.errs {
		errs[i] = e
	}
	return Assessment{}, errors.Join(errs...)
}

// Columns a table may have.
type tableCol uint8

const (
	tcProvince tableCol = iota
	tcDistrict
	tcCommune
	tcCode
	tcRegion
	tcGroup
	tcYear
	tcSet
	tcIndicator
	tcValue
	tcNumerator
	tcDenominator
	tcUnit
	tcSource
	tcCount
	tcHelper = tcCount // an ignored helper column
)

var tableColNames = [tcCount]string{"province", "district", "commune", "code", "region", "group", "year", "set",
	"indicator", "value", "numerator", "denominator", "unit", "source"}

// headerNames maps the folded header names of the specification to columns.
var headerNames = func() map[string]tableCol {
	m := map[string]tableCol{}
	add := func(c tableCol, names ...string) {
		for _, n := range names {
			m[headerKey(n)] = c
		}
	}
	for c, n := range tableColNames {
		add(tableCol(c), n)
	}
	add(tcProvince, "Tỉnh", "Tỉnh/Thành phố")
	add(tcDistrict, "Huyện", "Huyện/Thị xã/Thành phố")
	add(tcCommune, "Xã", "Tên xã", "Xã/Phường/Thị trấn")
	add(tcCode, "Mã xã", "Mã ĐVHC")
	add(tcRegion, "Vùng")
	add(tcGroup, "Nhóm", "Nhóm xã")
	add(tcYear, "Năm")
	add(tcSet, "Bộ tiêu chí")
	add(tcIndicator, "Chỉ tiêu", "Mã chỉ tiêu")
	add(tcValue, "Giá trị", "Kết quả")
	add(tcNumerator, "Tử số")
	add(tcDenominator, "Mẫu số")
	add(tcUnit, "Đơn vị", "Đơn vị tính")
	add(tcSource, "Nguồn")
	add(tcHelper, "content", "Nội dung", "target", "Mức đạt chuẩn", "note", "Ghi chú")
	// The row numbers of an official's table (số thứ tự).
	add(tcHelper, "STT", "TT", "Số TT", "Số thứ tự")
	return m
}()

// criterionHeaders are the folded headers of a column of criterion codes
// ("Tiêu chí", "Mã tiêu chí"): the indicator column of a table without
// one ("Chỉ tiêu"), for the sets whose indicators are their criteria, each
// coded as its criterion (51/2025/QĐ-TTg while its indicators await the
// official text). Beside an indicator column, such a column is unknown.
var criterionHeaders = map[string]bool{headerKey("Tiêu chí"): true, headerKey("Mã tiêu chí"): true}

// headerKey folds a header name: no case, no diacritics, no spaces or
// punctuation.
func headerKey(s string) string {
	return strings.ReplaceAll(vntext.Fold(s), " ", "")
}

// missingColumnFix says, for each required column, which column to add:
// its Vietnamese header, as officials head their tables. The set's is
// followed by the other way to give the set (TableOptions.SetFix).
var missingColumnFix = map[tableCol]string{
	tcSet:      `add a column "Bộ tiêu chí" (set) giving each row's set`,
	tcProvince: `add a column "Tỉnh" (province) giving each commune's province`,
	tcCommune:  `add a column "Xã" (commune) giving each commune's name`,
	tcYear:     `add a column "Năm" (year) giving the year assessed on each row`,
	tcValue:    `add a column "Giá trị" (value) giving each indicator's figure on its row`,
}

// knownColumns lists the column names for an "unknown column" message.
const knownColumns = "province, district, commune, year, set, indicator, value, region, numerator, denominator, unit, source, code, group, " +
	"or their Vietnamese names (Tỉnh, Huyện, Xã, Năm, Bộ tiêu chí, Chỉ tiêu, Giá trị, …); in the wide layout, indicator codes (1.1, 2.2. Đường trục thôn, 5 Trường học [trường])"

// codeColumn is an indicator column of the wide layout.
type codeColumn struct {
	at     int
	header string // as written
	code   string
	unit   string // from "[trường]"
	// ind caches the indicator of code in each set met.
	ind map[*setIndex]*criteria.Indicator
}

// parseCodeHeader reads an indicator-code header: the code ("1.1", "17.1a",
// "5"), optionally followed by '.' and/or a label, optionally ending with
// the share unit in square brackets.
func parseCodeHeader(h string) (code, unit string, ok bool) {
	h = strings.TrimSpace(h)
	i := 0
	digits := func() int {
		n := 0
		for i < len(h) && h[i] >= '0' && h[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if digits() == 0 {
		return "", "", false
	}
	if i+1 < len(h) && h[i] == '.' && h[i+1] >= '0' && h[i+1] <= '9' {
		i++
		digits()
	}
	if i < len(h) && (h[i] >= 'a' && h[i] <= 'z' || h[i] >= 'A' && h[i] <= 'Z') &&
		(i+1 == len(h) || !isLetterByte(h[i+1])) {
		i++
	}
	code = strings.ToLower(h[:i])
	rest := h[i:]
	if r, _ := utf8.DecodeRuneInString(rest); rest != "" && r != '.' && r != '[' && r != '-' && r != ':' && !unicode.IsSpace(r) {
		// A space of any kind may end the code: a line break typed in
		// the cell (Alt+Enter in Excel), a non-breaking space.
		return "", "", false
	}
	rest = strings.TrimSpace(rest)
	if strings.HasSuffix(rest, "]") {
		if j := strings.LastIndexByte(rest, '['); j >= 0 {
			unit = cleanText(rest[j+1 : len(rest)-1])
		}
	}
	return code, unit, true
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// IsTableHeader reports whether cells are the header of a table in the
// long or the wide layout: they name a commune column and either an
// indicator column or indicator-code columns. A reader of worksheets
// (package workbook, or a caller's own for another spreadsheet format)
// uses it before handing a sheet's rows to [TableOptions.NewTableDecoder]:
// to find the header below a title, as docs/formats.md says worksheets are
// read, and to skip the sheets that hold no assessments. The decoder takes
// the header as the first row it is given.
func IsTableHeader(cells []string) bool {
	commune, indicator := false, false
	for _, h := range cells {
		if _, _, ok := parseCodeHeader(h); ok {
			indicator = true
			continue
		}
		if criterionHeaders[headerKey(h)] {
			indicator = true
			continue
		}
		switch headerNames[headerKey(h)] {
		case tcCommune:
			commune = commune || strings.TrimSpace(h) != ""
		case tcIndicator:
			indicator = true
		}
	}
	return commune && indicator
}

// TableColumn tells what a header cell of a table names, as the decoder
// reads it: the English name of a column of the long form ("province",
// "district", "commune", "code", "region", "group", "year", "set",
// "indicator", "value", "numerator", "denominator", "unit", "source"),
// "helper" for an ignored helper column (content, target, note),
// "indicator-code" for an indicator-code column of the wide layout ("2.2.
// Đường trục thôn"), or "" for a cell that names none. A reader of
// worksheets with merged cells (package workbook, or a caller's own) uses
// it to tell, whatever words and language the header uses, which columns'
// cells take the text of a cell merged over them: the identity columns
// that docs/formats.md lists under "Merged cells".
func TableColumn(header string) string {
	h := strings.TrimSpace(header)
	if h == "" {
		return ""
	}
	if _, _, ok := parseCodeHeader(h); ok {
		return "indicator-code"
	}
	c, ok := headerNames[headerKey(h)]
	switch {
	case !ok:
		return ""
	case c == tcHelper:
		return "helper"
	}
	return tableColNames[c]
}

// recognisedHeader reports whether a header cell names a column or an
// indicator code (for separator detection).
func recognisedHeader(h string) bool {
	if _, _, ok := parseCodeHeader(h); ok {
		return true
	}
	_, ok := headerNames[headerKey(h)]
	return ok
}

// openCommunes is how many communes a table [Decoder] keeps open at a time
// (64, as [TableOptions.NewCSVDecoder] documents).
const openCommunes = 64

// recentCommunes is how many yielded communes are remembered to detect
// rows that come back.
const recentCommunes = 4096

// tableItem is what the decoder yields: an assessment and its problems, or
// problems of no commune, which lost says are of a part not read.
type tableItem struct {
	a    Assessment
	errs []*InputError
	lost *NotReadError
}

type tableDecoder struct {
	// byCriterion is set when the indicator column is headed as criterion
	// codes ("Tiêu chí"): its rows are read for a set whose indicators are
	// its criteria only.
	byCriterion bool
	opt         TableOptions
	file        string
	sets        *setCache
	rows        TableRows
	csv         *csvRows // when reading CSV

	started, done bool
	// mapped is set once the header's columns are mapped (at); skipping
	// when the header cannot be read but names the commune column: the
	// rows are then only grouped by commune, each reported not read.
	mapped, skipping bool
	// sheet is the worksheet of a source whose rows are placed by sheet
	// and cell ("Sheet1", "'Tổng hợp'"); "" for CSV.
	sheet    string
	header   []string // as written, trimmed
	at       [tcCount]int
	codes    []codeColumn
	wide     bool
	fixedSet *setIndex                     // TableOptions.Set
	unnamed  []int                         // columns with an empty header
	freeSeen []map[*criteria.Indicator]int // of communes yielded, for reuse

	open  []*tableGroup // in order of first row
	byKey map[string]*tableGroup
	last  *tableGroup // of the previous row
	out   []tableItem
	loose []*InputError // problems of no commune, not yet yielded
	lost  *NotReadError // the part not read that loose reports, if any

	recent     map[string][2]int // identity key → first and last line
	recentRing []string
	recentNext int

	words map[string]word // word cells met, by their text
	// defaultGroup is the group of communes whose rows name none, and
	// defaultGroupInput that group as written ("Nhóm 3").
	defaultGroup, defaultGroupInput string

	// The row being read.
	line  int
	cells []string
}

// tableGroup is the assessment being built from the rows of one commune
// and year.
type tableGroup struct {
	a                                 Assessment
	province, district, commune, year string // first row's cells as written
	key                               string // identityKey of the first row
	first, last                       int    // lines
	errs                              []*InputError
	more                              int // problems beyond maxInputErrors
	errLine                           int // line of the last problem, counted in more or not
	seen                              map[*criteria.Indicator]int
	wideSets                          map[*criteria.Set]int // line of each set's row (wide layout)
	lastRegion                        string
	regionOK                          bool
	// region is the commune's region as its rows settle it: a's, or the
	// one [Run] derives when a's is left to it (settleRegion).
	region criteria.Region
	// regionLine is the line of the row that wrote the commune's region,
	// 0 while no row has: a later row that writes one is then settled as
	// the first would be (checkRegion).
	regionLine int
	groupInput string // the group of a as written
	// unsettled is the problem that neither province nor region gives the
	// commune's region, reported (at index unsettledAt of errs) only if
	// the commune has values for a set split by region ([needsRegion]).
	unsettled   *InputError
	unsettledAt int
	// named tells that a row of the commune named a set, and regionNamed
	// that one named a set split by region: whether the region matters
	// even when a problem kept the values from being stored.
	named, regionNamed bool
}

func (o TableOptions) newDecoder(file string) *tableDecoder {
	return &tableDecoder{opt: o, file: file, sets: newSetCache(o.Catalog), recent: map[string][2]int{}, byKey: map[string]*tableGroup{}}
}

// fileProblem records a problem of no commune.
func (d *tableDecoder) fileProblem(line int, col, input string, err error) {
	d.loose = append(d.loose, &InputError{File: d.file, Line: line, Column: col, Input: input, Err: err})
}

// lose records that the problems of no commune leave lines (rows) from
// through to unread, their communes unknown: to <= from for the line of
// from alone, to < 0 for from to the end of the input, from 0 for the
// whole input.
func (d *tableDecoder) lose(from, to int) {
	if d.lost != nil {
		return
	}
	d.lost = &NotReadError{Origin: d.file}
	if from > 0 {
		d.lost.Origin = d.rowPlace(from)
	}
	switch {
	case to < 0:
		d.lost.Through = ToEnd
	case to > from:
		d.lost.Through = d.rowPlace(to)
	}
}

// rowPlace names line (row) n as origins do: "communes.csv:7", or
// "so-lieu.xlsx: Sheet1!7:7".
func (d *tableDecoder) rowPlace(n int) string {
	if d.sheet != "" {
		return d.file + ": " + d.sheet + "!" + strconv.Itoa(n) + ":" + strconv.Itoa(n)
	}
	return d.file + ":" + strconv.Itoa(n)
}

// notReadProblem is the problem of lines (rows) from through to, not read
// because the header cannot be read, placed by sheet and rows in a
// workbook ("Ngang2!2:9").
func (d *tableDecoder) notReadProblem(from, to int, commune string) *InputError {
	span := lineRange(from, to)
	if d.sheet != "" {
		span = rowRange(from, to)
	}
	e := &InputError{File: d.file, Line: from, Commune: commune,
		Err: problem.Errorf(problem.Invalid, evalbridge.MsgNotReadBelowHeader, span)}
	if d.sheet != "" {
		e.Sheet, e.Cell = d.sheet, strconv.Itoa(from)+":"+strconv.Itoa(max(from, to))
	}
	return e
}

// place fills in the sheet and cell of a problem from a non-CSV source
// ("Sheet1!G7").
func (d *tableDecoder) place(e *InputError, col int) {
	if d.csv == nil && d.rows != nil {
		at := d.rows.Cell(col)
		if i := strings.LastIndexByte(at, '!'); i >= 0 {
			e.Sheet, e.Cell = at[:i], at[i+1:]
		} else {
			e.Cell = at
		}
	}
}

// placeRow places a problem of row (line) n of a worksheet, read before
// the row last returned, by sheet and cell: cell col of row n ("Sheet1!E7",
// the column of the row last returned), or row n itself ("Sheet1!7:7")
// for col -1 or a source that names no cell.
func (d *tableDecoder) placeRow(e *InputError, col, n int) {
	if d.sheet == "" {
		return
	}
	row := strconv.Itoa(n)
	e.Sheet, e.Cell = d.sheet, row+":"+row
	if col < 0 || d.rows == nil {
		return
	}
	at := d.rows.Cell(col)
	at = at[strings.LastIndexByte(at, '!')+1:]
	letters := strings.TrimRight(at, "0123456789")
	if letters != "" && len(letters) < len(at) && strings.Trim(letters, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		e.Cell = letters + row
	}
}

// nextItem yields the next assessment or problems; false at the end.
func (d *tableDecoder) nextItem() (tableItem, bool) {
	for {
		if len(d.loose) > 0 {
			it := tableItem{errs: d.loose, lost: d.lost}
			d.loose, d.lost = nil, nil
			return it, true
		}
		if len(d.out) > 0 {
			it := d.out[0]
			d.out = d.out[1:]
			return it, true
		}
		if d.done {
			return tableItem{}, false
		}
		if !d.started {
			d.started = true
			if !d.readHeader() {
				if d.mapped && d.at[tcCommune] >= 0 {
					// The rows still name their communes: each is
					// reported, not read.
					d.skipping = true
				} else {
					d.done = true
					d.notRead()
				}
			}
			continue
		}
		d.step()
	}
}

// finish yields the oldest open commune.
func (d *tableDecoder) finish() {
	if len(d.open) == 0 {
		return
	}
	g := d.open[0]
	d.open[0] = nil
	clear(g.seen)
	d.freeSeen = append(d.freeSeen, g.seen)
	g.seen = nil
	d.open = d.open[1:]
	if g == d.last {
		d.last = nil
	}
	// The sets the rows named decide, as the values of some may not be
	// stored (a problem of the commune keeps them out).
	if e := g.unsettled; e != nil && !d.skipping && (g.regionNamed || !g.named && needsRegion(d.sets, &g.a)) {
		if len(g.errs) >= maxInputErrors {
			g.errs = g.errs[:maxInputErrors-1]
			g.more++
		}
		g.errs = slices.Insert(g.errs, min(g.unsettledAt, len(g.errs)), e)
	}
	if d.skipping {
		g.errs, g.more = []*InputError{d.notReadProblem(g.first, g.last, g.a.Commune.Name)}, 0
	} else if input, err, bad := groupProblem(d.sets, &g.a, g.groupInput); bad && len(g.errs) < maxInputErrors {
		col := d.colName(d.at[tcGroup])
		if col == "" {
			col = tableColNames[tcGroup]
		}
		e := &InputError{File: d.file, Line: g.first, Column: col, Commune: g.a.Commune.Name, Input: input, Err: err}
		d.placeRow(e, d.at[tcGroup], g.first)
		g.errs = append(g.errs, e)
	}
	it := tableItem{a: g.a, errs: g.errs}
	if g.more > 0 {
		e := &InputError{File: d.file, Line: g.last, Commune: g.a.Commune.Name,
			Err: problem.Errorf(problem.TooLarge, moreOfCommune, g.more)}
		d.placeRow(e, -1, g.last)
		it.errs = append(it.errs, e)
	}
	d.out = append(d.out, it)
	if g.key != "" {
		delete(d.byKey, g.key)
		if len(d.recentRing) < recentCommunes {
			d.recentRing = append(d.recentRing, g.key)
		} else {
			delete(d.recent, d.recentRing[d.recentNext])
			d.recentRing[d.recentNext] = g.key
			d.recentNext = (d.recentNext + 1) % recentCommunes
		}
		d.recent[g.key] = [2]int{g.first, g.last}
	}
}

// finishAll yields every open commune.
func (d *tableDecoder) finishAll() {
	for len(d.open) > 0 {
		d.finish()
	}
}

// step reads one row.
func (d *tableDecoder) step() {
	cells, err := d.rows.Next()
	if err == io.EOF {
		d.finishAll()
		d.done = true
		return
	}
	d.line = d.rows.Line()
	var rp *rowProblem
	var cps []*CellProblem
	if err != nil {
		if cps = cellProblems(err); cps == nil {
			var ok bool
			if rp, ok = d.readProblem(err, cells); !ok {
				return
			}
		}
	}
	d.cells = cells
	cps = d.dropHelpers(cps)
	if rp == nil && len(cps) == 0 && blankRow(cells) {
		return
	}
	if label, err := d.labelRow(cps); rp == nil && err != nil {
		// Its cells' problems (merged over the identity columns, say)
		// are those of a row that is no commune's.
		if d.opt.SkippedRow != nil {
			d.opt.SkippedRow(d.rowPlace(d.line), d.skippedNote(err, label, cps))
			return
		}
		e := &InputError{File: d.file, Line: d.line, Input: label, Err: err}
		d.place(e, -1)
		d.loose = append(d.loose, e)
		d.lose(d.line, d.line)
		return
	}
	if len(cps) > 0 {
		d.cellProblems(cps)
		return
	}
	if rp != nil && rp.col >= 0 && (d.isIdentity(rp.col) || rp.cut && d.identityFrom(rp.col)) {
		// The commune of the row cannot be told.
		d.fileProblem(d.line, d.colName(rp.col), "", rp.err)
		d.lose(d.line, d.line)
		return
	}
	g := d.group()
	if d.skipping {
		return // the row only names its commune
	}
	if rp != nil {
		d.problem(g, rp.col, rowPath{}, "", rp.err)
		return
	}
	if len(cells) != len(d.header) {
		d.problem(g, -1, rowPath{}, "", d.widthProblem(cells))
		return
	}
	for _, i := range d.unnamed {
		if v := strings.TrimSpace(cells[i]); v != "" {
			d.problem(g, i, rowPath{}, v, problem.Errorf(problem.UnknownKey, "unknown column: a value in column %d, which has no header", i+1))
		}
	}
	d.noteSet(g)
	if g.hasErrorsAt(d.line) {
		return
	}
	if d.wide {
		d.wideRow(g)
	} else {
		d.longRow(g)
	}
}

// errTotalRow is the problem of a total row of an official's table, and
// errHeadingRow that of a row of labels alone (the district the next rows
// are of).
var (
	errTotalRow   = problem.Errorf(problem.Invalid, "a total row, not the figures of a commune: delete it from the table")
	errHeadingRow = problem.Errorf(problem.Invalid, "a row without a commune, a year or a figure (a heading?), not the figures of a commune: delete it from the table")
)

// The notes on a row skipped as no commune's ([TableOptions.SkippedRow]):
// a total row, one whose other cells are filled, a heading row.
const (
	noteTotalRow        = "total row skipped, not the figures of a commune: %q"
	noteTotalRowFigures = "total row skipped, not the figures of a commune; the figures in its cells are not read: %q"
	noteHeadingRow      = "heading row skipped (no commune, year, set or figure): %q"
)

// quotedLabel is the text of a row quoted in a note as it is, never
// translated.
type quotedLabel string

// skippedNote returns the note on the row being read, skipped as a total
// row (err is errTotalRow) or a heading row, quoting label (cut to 80
// characters); cps are the row's cell problems.
func (d *tableDecoder) skippedNote(err error, label string, cps []*CellProblem) *problem.Msg {
	quoted, n := quotedLabel(label), 0
	for i := range label {
		if n == 80 {
			quoted = quotedLabel(label[:i] + "…")
			break
		}
		n++
	}
	switch {
	case err != errTotalRow:
		return &problem.Msg{Format: noteHeadingRow, Args: []any{quoted}}
	case d.otherCells(label, cps):
		return &problem.Msg{Format: noteTotalRowFigures, Args: []any{quoted}}
	}
	return &problem.Msg{Format: noteTotalRow, Args: []any{quoted}}
}

// otherCells reports whether the row being read has a cell filled other
// than its label and cells showing it (merged with it), outside the
// ignored helper columns (the row number, content, target, note): a cell
// with text, or one with a problem (a formula without a computed value).
func (d *tableDecoder) otherCells(label string, cps []*CellProblem) bool {
	helper := func(i int) bool {
		if i < 0 || i >= len(d.header) {
			return false
		}
		c, known := headerNames[headerKey(d.header[i])]
		return known && c == tcHelper
	}
	for i, c := range d.cells {
		if c = strings.TrimSpace(c); c != "" && c != label && !helper(i) {
			return true
		}
	}
	for _, cp := range cps {
		if strings.TrimSpace(cp.Input) != label && !helper(cp.Col) {
			return true
		}
	}
	return false
}

// labelRow returns the problem of a row of the table being read that
// holds no commune's figures, a total row or a heading, with the text it
// quotes; nil for any other row. A heading's cells may have problems only
// as cells showing the text of another of its cells (merged with it).
func (d *tableDecoder) labelRow(cps []*CellProblem) (string, error) {
	if label, ok := d.totalRow(); ok {
		return label, errTotalRow
	}
	if d.cell(tcCommune) != "" || d.cell(tcYear) != "" || d.cell(tcSet) != "" {
		return "", nil
	}
	figures := []int{d.at[tcIndicator], d.at[tcValue], d.at[tcNumerator], d.at[tcDenominator]}
	for _, cc := range d.codes {
		figures = append(figures, cc.at)
	}
	for _, i := range figures {
		if i >= 0 && i < len(d.cells) && strings.TrimSpace(d.cells[i]) != "" {
			return "", nil
		}
	}
	var label []string
	for _, c := range d.cells {
		if c = strings.TrimSpace(c); c != "" {
			label = append(label, c)
		}
	}
	if len(label) == 0 {
		return "", nil
	}
	for _, cp := range cps {
		if !slices.Contains(label, strings.TrimSpace(cp.Input)) {
			return "", nil
		}
	}
	return strings.Join(label, " "), errHeadingRow
}

// totalLabels are the labels of a total row (the row's first text, in
// lower case), and totalPrefixes those that may go on ("Cộng huyện Hữu
// Lũng", "Toàn huyện (15 xã)").
var (
	totalLabels   = []string{"tổng cộng", "tổng", "cộng", "tổng số", "toàn huyện", "toàn tỉnh", "tong cong", "tong so"}
	totalPrefixes = []string{"tổng cộng", "tổng số", "cộng", "toàn huyện", "toàn tỉnh"}
)

// totalRow reports whether the row being read is a total row, and its
// label: its first non-empty cell reads "Tổng cộng", "Cộng", "Toàn huyện"
// … (case aside, a colon after it), and its commune cell is empty or that
// label itself. A label that goes on ("Cộng huyện Hữu Lũng") counts only
// with the commune cell empty, as xã Cộng Hòa is a commune.
func (d *tableDecoder) totalRow() (string, bool) {
	label := ""
	for _, c := range d.cells {
		if c = strings.TrimSpace(c); c != "" {
			label = c
			break
		}
	}
	if label == "" {
		return "", false
	}
	commune := d.cell(tcCommune)
	if commune != "" && commune != label {
		return "", false
	}
	key := strings.TrimSpace(strings.TrimSuffix(vntext.Key(label), ":"))
	if slices.Contains(totalLabels, key) {
		return label, true
	}
	if commune != "" {
		return "", false
	}
	for _, p := range totalPrefixes {
		if rest, ok := strings.CutPrefix(key, p); ok && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "(")) {
			return label, true
		}
	}
	return "", false
}

// notRead reports the rows after a header that could not be read and does
// not name the commune column: they are skipped, and the problem says which
// lines, a part of the input not read.
func (d *tableDecoder) notRead() {
	from, to := d.line+1, d.line
	if d.csv != nil {
		if d.csv.eof && len(d.csv.pending) == 0 {
			return
		}
		to = d.csv.skipRest()
	} else if d.rows != nil {
		for {
			cells, err := d.rows.Next()
			if err != nil && !errors.As(err, new(*rowProblem)) && cellProblems(err) == nil {
				break
			}
			if !blankRow(cells) {
				to = d.rows.Line()
			}
		}
	}
	if to >= from {
		d.loose = append(d.loose, d.notReadProblem(from, to, ""))
		d.lose(from, to)
	}
}

// dropHelpers returns the cell problems that are not in ignored helper
// columns (content, target, note).
func (d *tableDecoder) dropHelpers(cps []*CellProblem) []*CellProblem {
	out := cps[:0]
	for _, cp := range cps {
		if cp.Col >= 0 && cp.Col < len(d.header) {
			if c, known := headerNames[headerKey(d.header[cp.Col])]; known && c == tcHelper {
				continue
			}
		}
		out = append(out, cp)
	}
	return out
}

// cellProblems reports the problems of cells of the row being read: of its
// commune, or of the file when the row names none (the rest of the row is
// empty, or a problem is in an identity column). The row is not read
// further.
func (d *tableDecoder) cellProblems(cps []*CellProblem) {
	loose := blankRow(d.cells)
	for _, cp := range cps {
		loose = loose || d.isIdentity(cp.Col) && !cp.Kept
	}
	if loose {
		for _, cp := range cps {
			e := &InputError{File: d.file, Line: d.line, Column: d.colName(cp.Col), Input: cp.Input, Err: cp.Err}
			d.place(e, cp.Col)
			d.loose = append(d.loose, e)
		}
		if !blankRow(d.cells) {
			d.lose(d.line, d.line) // a row whose commune cannot be told
		}
		return
	}
	g := d.group()
	for _, cp := range cps {
		d.problem(g, cp.Col, rowPath{}, cp.Input, cp.Err)
	}
}

// readProblem handles an error of the row source: false when the row
// cannot be read at all, else the row's problem in *rp.
func (d *tableDecoder) readProblem(err error, cells []string) (*rowProblem, bool) {
	var ep *encodingProblem
	var rp *rowProblem
	switch {
	case errors.As(err, &ep):
		d.finishAll()
		from := d.line
		to := d.csv.skipRest()
		d.fileProblem(from, "", "", ep.msg(lineRange(from, to), d.opt.EncodingFix, d.opt.LegacyEncodingFix))
		d.lose(from, to)
		d.done = true
		return nil, false
	case errors.As(err, &rp):
		if cells == nil {
			d.fileProblem(d.line, "", "", rp.err)
			d.lose(d.line, d.line)
			return nil, false
		}
		return rp, true
	}
	d.finishAll()
	d.fileProblem(d.line, "", "", err)
	if d.sheet != "" {
		d.loose[len(d.loose)-1].Sheet = d.sheet // the rest of the sheet is not read
	}
	d.lose(d.line+1, -1)
	d.done = true
	return nil, false
}

func blankRow(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// hasErrorsAt reports whether a problem of line was recorded, listed or
// only counted beyond maxInputErrors: the row is then not read further,
// and the problems of the rows after it are still counted.
func (g *tableGroup) hasErrorsAt(line int) bool { return g.errLine == line }

// widthProblem explains a row whose cell count is not the header's, with a
// hint when a decimal comma split a number in a comma-separated file.
func (d *tableDecoder) widthProblem(cells []string) error {
	msg := fmt.Sprintf("row has %d fields, the header %d", len(cells), len(d.header))
	if d.csv != nil && d.csv.sep == ',' && len(cells) > len(d.header) {
		for i := 0; i+1 < len(cells) && i < len(d.header); i++ {
			a, b := strings.TrimSpace(cells[i]), strings.TrimSpace(cells[i+1])
			if d.valueColumn(i) && isDigits(strings.TrimPrefix(a, "-")) && isDigits(strings.TrimSuffix(b, "%")) {
				return problem.Errorf(problem.Syntax, `row has %d fields, the header %d: is "%s,%s" a number with a decimal comma? In a comma-separated file quote it ("%s,%s") or write %s.%s, or save the file with ';' as the separator`,
					len(cells), len(d.header), a, b, a, b, a, b)
			}
		}
	}
	return errors.New(msg)
}

// valueColumn reports whether column i holds values (not identity).
func (d *tableDecoder) valueColumn(i int) bool {
	for _, c := range []tableCol{tcValue, tcNumerator, tcDenominator} {
		if d.at[c] == i {
			return true
		}
	}
	for _, cc := range d.codes {
		if cc.at == i {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// identityFrom reports whether an identity column is col or after it.
func (d *tableDecoder) identityFrom(col int) bool {
	for _, c := range []tableCol{tcProvince, tcDistrict, tcCommune, tcYear} {
		if d.at[c] >= col {
			return true
		}
	}
	return false
}

func (d *tableDecoder) isIdentity(col int) bool {
	for _, c := range []tableCol{tcProvince, tcDistrict, tcCommune, tcYear} {
		if d.at[c] == col {
			return true
		}
	}
	return false
}

// colName is the header of cell i as written, "" for the row.
func (d *tableDecoder) colName(i int) string {
	if i >= 0 && i < len(d.header) {
		return d.header[i]
	}
	return ""
}

// cell returns the trimmed text of a column, "" when absent. A name or a
// source loses the apostrophe that keeps it from running as a formula in
// a spreadsheet (written by ntm template before =, +, -, @: csvcell.Read).
func (d *tableDecoder) cell(c tableCol) string {
	i := d.at[c]
	if i < 0 || i >= len(d.cells) {
		return ""
	}
	s := strings.TrimSpace(d.cells[i])
	switch c {
	case tcProvince, tcDistrict, tcCommune, tcSource:
		s = csvcell.Read(s)
	}
	return s
}

// problem records a problem of the row being read in its commune; col is
// the cell (-1 for the row), path the set and indicator when known.
func (d *tableDecoder) problem(g *tableGroup, col int, path rowPath, input string, err error) {
	g.errLine = d.line
	if len(g.errs) >= maxInputErrors {
		g.more++
		return
	}
	e := &InputError{File: d.file, Line: d.line, Column: d.colName(col), Commune: g.a.Commune.Name, Path: path.String(), Input: input, Err: err}
	d.place(e, col)
	g.errs = append(g.errs, e)
}

// rowPath is the set and indicator a problem concerns, made into the
// InputError's Path only when there is a problem.
type rowPath struct{ set, code string }

func (p rowPath) String() string {
	if p.code == "" {
		return p.set
	}
	return p.set + " " + p.code
}

// group returns the commune of the row being read: the previous row's,
// an open one, or a new one (yielding the oldest open commune when the
// window is full).
func (d *tableDecoder) group() *tableGroup {
	province, district := d.cell(tcProvince), d.cell(tcDistrict)
	commune, year := d.cell(tcCommune), d.cell(tcYear)
	if g := d.last; g != nil && g.province == province && g.district == district && g.commune == commune && g.year == year {
		g.last = d.line
		if !d.skipping {
			d.checkRegion(g)
		}
		return g
	}
	key := ""
	if commune != "" {
		key = identityKey(province, district, commune, year)
		if g, ok := d.byKey[key]; ok {
			g.last = d.line
			d.last = g
			if !d.skipping {
				d.checkRegion(g)
			}
			return g
		}
	}
	if len(d.open) >= openCommunes {
		d.finish()
	}
	g := d.newGroup(province, district, commune, year)
	g.key = key
	d.open = append(d.open, g)
	d.last = g
	if key != "" {
		d.byKey[key] = g
		if lines, ok := d.recent[key]; ok && !d.skipping {
			d.problem(g, d.at[tcCommune], rowPath{}, "", problem.Errorf(problem.Invalid, "the rows of %s, %d come back after the commune was read (%s, now line %d): keep a commune's rows together",
				g.a.Commune.Name, g.a.Year, lineRange(lines[0], lines[1]), d.line))
		}
	}
	return g
}

// identityKey is the commune and year of a row, names compared as
// package placekey does: from 2026, when there are no districts, by name
// and province alone.
func identityKey(province, district, commune, year string) string {
	year = strings.TrimSpace(year)
	if y, err := strconv.Atoi(year); err == nil {
		district = placekey.DistrictIn(district, y)
	}
	return placekey.Of(commune, district, province) + "\x00" + year
}

// newGroup starts the assessment of a commune and year at its first row,
// checking the commune, year and region.
func (d *tableDecoder) newGroup(province, district, commune, year string) *tableGroup {
	g := &tableGroup{province: province, district: district, commune: commune, year: year,
		first: d.line, last: d.line, seen: d.seenMap()}
	g.a = Assessment{
		Commune: Commune{Name: cleanText(commune), District: cleanText(district), Province: cleanText(province),
			Code: cleanText(d.cell(tcCode))},
		Origin: d.file + ":" + strconv.Itoa(d.line),
	}
	if d.csv == nil {
		if c := d.rows.Cell(-1); c != "" {
			g.a.Origin = d.file + ": " + c
		}
	}
	if d.skipping {
		return g // not read: its cells are not checked
	}
	for _, c := range [...]struct {
		col  tableCol
		text string
	}{{tcProvince, province}, {tcDistrict, district}, {tcCommune, commune}} {
		if err := strictjson.CheckText(c.text); err != nil {
			d.problem(g, d.at[c.col], rowPath{}, c.text, err)
		}
	}
	if commune == "" {
		d.problem(g, d.at[tcCommune], rowPath{}, "", errors.New("must not be empty"))
		d.fixMissingColumn(g, tcCommune)
	}
	if year == "" {
		d.problem(g, d.at[tcYear], rowPath{}, "", errors.New("must not be empty"))
		d.fixMissingColumn(g, tcYear)
	} else if y, err := strconv.Atoi(year); err != nil {
		d.problem(g, d.at[tcYear], rowPath{}, year, errors.New("must be a whole number"))
	} else if err := checkYear(y); err != nil {
		d.problem(g, d.at[tcYear], rowPath{}, year, err)
	} else {
		g.a.Year = y
		d.checkDistrictColumn(g)
	}
	regionText := d.cell(tcRegion)
	r, deferred, p := settleRegion(province, regionText)
	if p != nil && p.field == "province" {
		if enc, decoded := legacyProvince(province); enc != "" {
			// A province typed with a legacy font is said so, whether or
			// not its set needs the region: the commune would be
			// counted under a province of no such name.
			p.err = problem.Errorf(problem.Encoding, legacyProvinceFormat, legacyvn.Label(enc), decoded,
				legacyvn.Unikey(enc), legacyFixOf(enc, d.opt.LegacyEncodingFix))
			p.unsettled = false
		}
	}
	if p != nil {
		col := d.at[tcRegion]
		if p.field == "province" {
			col = d.at[tcProvince]
		}
		if p.unsettled {
			e := &InputError{File: d.file, Line: d.line, Column: d.colName(col), Commune: g.a.Commune.Name, Input: p.input, Err: p.err}
			d.place(e, col)
			if col < 0 {
				e.Column = p.field
			}
			g.unsettled, g.unsettledAt = e, len(g.errs)
		} else {
			d.problem(g, col, rowPath{}, p.input, p.err)
			if col < 0 && len(g.errs) > 0 {
				g.errs[len(g.errs)-1].Column = p.field
			}
		}
	}
	g.region = r
	if !deferred {
		g.a.Region = r
	}
	if g.groupInput = cleanText(d.cell(tcGroup)); g.groupInput != "" {
		g.a.Group = groupText(g.groupInput)
	} else {
		g.a.Group, g.groupInput = d.defaultGroup, d.defaultGroupInput
	}
	if regionText != "" {
		g.regionLine = d.line
		if r.Valid() {
			g.lastRegion, g.regionOK = regionText, true
		}
	}
	return g
}

// checkDistrictColumn reports a commune of a table without a district
// column whose year is before placekey.NoDistrictsFrom: until 1/7/2025 the
// district is part of a commune's identity (Lạng Sơn had three xã Tân
// Thành), and a table that omits it cannot tell them apart. From that
// year on a commune is its name and province (the districts ceased on
// 1/7/2025; Nghị quyết 1672/NQ-UBTVQH15 for Lạng Sơn): its rows are read
// as rows with an empty district.
func (d *tableDecoder) checkDistrictColumn(g *tableGroup) {
	if d.at[tcDistrict] >= 0 || g.a.Year >= placekey.NoDistrictsFrom {
		return
	}
	d.problem(g, -1, rowPath{}, "", problem.Errorf(problem.MissingField, `no district for %s, assessed for %d: the table has no district column; add a column "Huyện" (district) giving the district of each commune assessed before %d (until 1/7/2025 communes of one name were told apart by district; empty for a commune from 1/7/2025)`,
		g.a.Commune.Name, g.a.Year, placekey.NoDistrictsFrom))
	d.fixMissingColumn(g, tcDistrict)
}

// seenMap returns an empty map for the indicators of a commune, reusing
// one of a commune already yielded.
func (d *tableDecoder) seenMap() map[*criteria.Indicator]int {
	if n := len(d.freeSeen); n > 0 {
		m := d.freeSeen[n-1]
		d.freeSeen = d.freeSeen[:n-1]
		return m
	}
	return make(map[*criteria.Indicator]int, 64)
}

// fixMissingColumn names an absent column by its canonical name.
func (d *tableDecoder) fixMissingColumn(g *tableGroup, c tableCol) {
	if d.at[c] < 0 && len(g.errs) > 0 {
		g.errs[len(g.errs)-1].Column = tableColNames[c]
	}
}

// setGroup sets the commune group of communes whose rows name none
// ([Decoder.SetGroup]): its code, and the group as written.
func (d *tableDecoder) setGroup(code, input string) {
	d.defaultGroup, d.defaultGroupInput = code, input
}

// checkRegion checks the region and group of a later row of a commune.
func (d *tableDecoder) checkRegion(g *tableGroup) {
	if group := d.cell(tcGroup); group != "" && groupText(group) != g.a.Group {
		d.problem(g, d.at[tcGroup], rowPath{}, group, problem.Errorf(problem.RegionMismatch, "disagrees with the commune's group %s (line %d)", g.a.Group, g.first))
	}
	text := d.cell(tcRegion)
	if text == "" || g.regionOK && text == g.lastRegion {
		return
	}
	r, err := criteria.ParseRegion(text)
	switch {
	case err != nil:
		d.problem(g, d.at[tcRegion], rowPath{}, text, errors.New("unknown region (want TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL or a region name)"))
	case g.regionLine == 0 && (g.a.Region == 0 || r == g.region):
		// The first region written for the commune (its earlier rows
		// left it to the province, which gave it none, or gave the
		// region of a province merged across regions that Run warns
		// of): settled as on the first row.
		d.laterRegion(g, text)
	case g.region.Valid() && r != g.region:
		line := g.regionLine
		if line == 0 {
			line = g.first
		}
		d.problem(g, d.at[tcRegion], rowPath{}, text, fmt.Errorf("disagrees with the commune's region %s (line %d)", g.region, line))
	case g.region.Valid():
		g.lastRegion, g.regionOK = text, true
	}
}

// laterRegion settles the region text written on a later row of commune
// g whose earlier rows wrote none, with the province of its first row, as
// the first row's would be ([settleRegion]): the commune's region, given
// (the region of its province, or of a commune of unknown province); else
// the problem the first row would have ("Tây Ninh" with DBSCL: the region
// of its former Long An disagrees with the name, as on the first row).
func (d *tableDecoder) laterRegion(g *tableGroup, text string) {
	r, _, p := settleRegion(g.province, text)
	if p != nil {
		d.problem(g, d.at[tcRegion], rowPath{}, text, p.err)
		return
	}
	g.a.Region, g.region, g.regionLine = r, r, d.line
	g.lastRegion, g.regionOK = text, true
	g.unsettled = nil
}

// noteSet notes in g the set the row being read names, if it names one,
// even when a problem of the row keeps its values out.
func (d *tableDecoder) noteSet(g *tableGroup) {
	si := d.fixedSet
	if text := d.cell(tcSet); text != "" {
		si, _ = d.sets.lookup(text)
	}
	if si != nil {
		g.named = true
		g.regionNamed = g.regionNamed || si.set.Columns != criteria.ColumnsGroup
	}
}

// rowSet returns the set of the row being read.
func (d *tableDecoder) rowSet(g *tableGroup) (*setIndex, bool) {
	text := d.cell(tcSet)
	if text == "" {
		if d.fixedSet != nil {
			return d.fixedSet, true
		}
		d.problem(g, d.at[tcSet], rowPath{}, "", errors.New("must not be empty"))
		if d.at[tcSet] < 0 {
			g.errs[len(g.errs)-1].Column = "set"
		}
		return nil, false
	}
	si, ok := d.sets.lookup(text)
	if !ok {
		d.problem(g, d.at[tcSet], rowPath{}, text, d.sets.unknown(text))
		return nil, false
	}
	return si, true
}

// longRow reads a row of the long layout: one indicator value.
func (d *tableDecoder) longRow(g *tableGroup) {
	si, ok := d.rowSet(g)
	if !ok {
		return
	}
	set := si.set
	code := d.cell(tcIndicator)
	if d.byCriterion && !indicatorsAreCriteria(set) {
		d.problem(g, d.at[tcIndicator], rowPath{set: set.ID}, code, problem.Errorf(problem.UnknownKey,
			"column %q gives criterion codes, read as indicator codes only for a set whose indicators are its criteria; %s has indicators within its criteria: head the column \"Chỉ tiêu\" and give indicator codes", d.header[d.at[tcIndicator]], set.ID))
		return
	}
	if code == "" {
		d.problem(g, d.at[tcIndicator], rowPath{set: set.ID}, "", errors.New("must not be empty"))
		return
	}
	ind, ok := si.indicator(code)
	if !ok {
		d.problem(g, d.at[tcIndicator], rowPath{set.ID, code}, code, unknownIndicator(set, code))
		return
	}
	path := rowPath{set.ID, ind.Code}
	if prev, dup := g.seen[ind]; dup {
		d.problem(g, d.at[tcIndicator], path, code, fmt.Errorf("duplicate row: %s %s already given on line %d", set.ID, ind.Code, prev))
		return
	}
	g.seen[ind] = d.line

	text := d.cell(tcValue)
	numText, denText := d.cell(tcNumerator), d.cell(tcDenominator)
	unit, source := cleanText(d.cell(tcUnit)), cleanText(d.cell(tcSource))
	isShare := numText != "" || denText != ""
	var v Value
	switch {
	case text != "" && isShare:
		d.problem(g, d.at[tcValue], path, text, errors.New("give either value or numerator and denominator, not both"))
		return
	case isShare:
		v = Value{Kind: ValueShare, Unit: unit}
		var ok [2]bool
		v.Numerator, ok[0] = d.shareCell(g, path, tcNumerator, numText, "denominator")
		v.Denominator, ok[1] = d.shareCell(g, path, tcDenominator, denText, "numerator")
		if !ok[0] || !ok[1] {
			return
		}
	case ind.Kind == criteria.KindPercent && isShareText(text):
		// "3/4 trường": a share as officials write it, its unit after the
		// denominator or in the unit column.
		num, textUnit := splitShareText(text)
		switch {
		case strings.HasPrefix(textUnit, "/"):
			// "2/3/4": no share has two denominators.
			d.problem(g, d.at[tcValue], path, text, problem.Errorf(problem.WrongKind, "share N/D: more than one '/': write one numerator and one denominator (2/3)"))
			return
		case textUnit != "" && unit != "" && !sameUnit(textUnit, unit):
			d.problem(g, d.at[tcValue], path, text, problem.Errorf(problem.WrongKind, "the share's unit %q is not the unit column's %q", textUnit, unit))
			return
		case textUnit != "":
			unit = textUnit
		}
		var err error
		if v, err = d.value(num, ind, true, unit); err != nil {
			d.problem(g, d.at[tcValue], path, text, err)
			return
		}
	default:
		// Officials fill the unit column of every row: the unit of a value
		// is the indicator's own.
		if err := valueUnit(unit, ind); err != nil {
			d.problem(g, d.at[tcUnit], path, unit, err)
			return
		}
		var err error
		if v, err = d.value(text, ind, false, ""); err != nil {
			d.problem(g, d.at[tcValue], path, text, err)
			return
		}
	}
	v.Source = source
	d.check(g, si, ind, v, path, nil, "")
}

// isShareText reports whether text is a share written in one cell: a
// number, then "/" ("3/4 trường"; not "n/a").
func isShareText(text string) bool {
	i := strings.IndexByte(text, '/')
	if i <= 0 {
		return false
	}
	_, err := parseDecimal(strings.TrimSpace(text[:i]), true)
	return err == nil
}

// splitShareText splits a share written in one cell, "3/4 trường", into
// the share, "3/4", and the unit written after the denominator, "trường"
// ("" when none is).
func splitShareText(text string) (share, unit string) {
	i := strings.IndexByte(text, '/')
	den := strings.TrimLeft(text[i+1:], " ")
	end := strings.IndexFunc(den, func(r rune) bool { return (r < '0' || r > '9') && r != '.' && r != ',' })
	if end < 0 {
		return strings.TrimSpace(text), ""
	}
	return strings.TrimSpace(text[:i+1] + den[:end]), cleanText(den[end:])
}

// valueUnit checks the unit given with a value (not a share): none, or the
// indicator's own unit ("%" for a percentage, "triệu đồng/người/năm" for
// criterion 10's income), compared ignoring case, spaces and Unicode
// normalisation form. Another unit goes with a share.
func valueUnit(unit string, ind *criteria.Indicator) error {
	switch {
	case unit == "" || ind.Unit != "" && sameUnit(unit, ind.Unit):
		return nil
	case ind.Unit == "":
		return problem.Errorf(problem.WrongKind, "the indicator has no unit: a unit goes with numerator and denominator")
	}
	return problem.Errorf(problem.WrongKind, "the indicator's unit is %q: a value is in that unit, another unit goes with numerator and denominator", ind.Unit)
}

// sameUnit reports whether two units are written alike, ignoring case,
// spaces and Unicode normalisation form.
func sameUnit(a, b string) bool {
	return a == b || strings.EqualFold(a, b) || strings.ReplaceAll(vntext.Key(a), " ", "") == strings.ReplaceAll(vntext.Key(b), " ", "")
}

// check checks v against ind and stores it; where maps a problem's field to
// its cell and text.
func (d *tableDecoder) check(g *tableGroup, si *setIndex, ind *criteria.Indicator, v Value, path rowPath, cc *codeColumn, text string) {
	bad := false
	problems := checkValue(ind, v)
	if len(problems) > 0 && ind.Kind == criteria.KindPass {
		// The words a table takes, not the JSON's true and false.
		switch v.Kind {
		case ValueNumber:
			problems = []valueProblem{{vfValue, notPassWord(ind, notNumber)}}
		case ValueShare:
			problems = []valueProblem{{vfValue, notPassWord(ind, notShare)}}
		}
	}
	for _, vp := range problems {
		col, in := d.valueCell(vp.field, cc, text)
		d.problem(g, col, path, in, vp.err)
		bad = true
	}
	if bad || len(g.errs) > 0 {
		return
	}
	setTableValue(&g.a, si.set, ind, v)
}

// valueCell returns the cell and text a value problem concerns: the code
// column of a wide row, else the long row's value, numerator or
// denominator; a problem of a long row's share as a whole (a share for a
// pass/fail indicator) concerns its numerator cell, quoting the share
// "N/D".
func (d *tableDecoder) valueCell(field string, cc *codeColumn, text string) (int, string) {
	if cc != nil {
		return cc.at, text
	}
	c := tcValue
	switch field {
	case vfNumerator:
		c = tcNumerator
	case vfDenominator:
		c = tcDenominator
	default:
		if d.cell(tcValue) == "" && d.cell(tcNumerator) != "" {
			return d.at[tcNumerator], d.cell(tcNumerator) + "/" + d.cell(tcDenominator)
		}
	}
	return d.at[c], d.cell(c)
}

// setTableValue stores a value read from a table in its assessment.
func setTableValue(a *Assessment, set *criteria.Set, ind *criteria.Indicator, v Value) {
	a.store(set, ind, v)
}

// shareCell reads a numerator or denominator cell; other names the cell
// that requires it.
func (d *tableDecoder) shareCell(g *tableGroup, path rowPath, c tableCol, text, other string) (decimal.Decimal, bool) {
	if text == "" {
		d.problem(g, d.at[c], path, "", fmt.Errorf("required with %s", other))
		if d.at[c] < 0 {
			g.errs[len(g.errs)-1].Column = tableColNames[c]
		}
		return decimal.Decimal{}, false
	}
	n, err := parseDecimal(text, true)
	if err != nil {
		d.problem(g, d.at[c], path, text, err)
		return decimal.Decimal{}, false
	}
	return n, true
}

// wideRow reads a row of the wide layout: the values of one set.
func (d *tableDecoder) wideRow(g *tableGroup) {
	si, ok := d.rowSet(g)
	if !ok {
		return
	}
	if prev, dup := g.wideSets[si.set]; dup {
		d.problem(g, d.at[tcSet], rowPath{set: si.set.ID}, "", problem.Errorf(problem.DuplicateKey, "%s given twice for this commune and year (first on line %d): give one row per commune, year and set", si.set.ID, prev))
		return
	}
	if g.wideSets == nil {
		g.wideSets = map[*criteria.Set]int{}
	}
	g.wideSets[si.set] = d.line
	// A row for the set, even with every cell empty, asks for the commune
	// to be evaluated against it (all missing).
	g.a.Indexed.add(si.set)
	source := cleanText(d.cell(tcSource))
	for k := range d.codes {
		cc := &d.codes[k]
		text := strings.TrimSpace(d.cells[cc.at])
		ind, known := cc.ind[si]
		if !known && cc.ind != nil {
			// cached as unknown
		} else if !known {
			ind, _ = si.indicator(cc.code)
			if cc.ind == nil {
				cc.ind = map[*setIndex]*criteria.Indicator{}
			}
			if len(cc.ind) < 16 {
				cc.ind[si] = ind
			}
		}
		if ind == nil {
			if d.fixedSet == nil || text != "" {
				d.problem(g, cc.at, rowPath{si.set.ID, cc.code}, "", problem.Errorf(problem.UnknownIndicator, "column %q: %s", cc.header, unknownIndicator(si.set, cc.code).Error()))
			}
			continue
		}
		path := rowPath{si.set.ID, ind.Code}
		if prev, dup := g.seen[ind]; dup {
			d.problem(g, cc.at, path, "", problem.Errorf(problem.DuplicateKey, "%s %s already given on line %d", si.set.ID, ind.Code, prev))
			continue
		}
		if text == "" {
			continue
		}
		g.seen[ind] = d.line
		v, err := d.value(text, ind, true, cc.unit)
		if err == nil && v.Kind == ValueNumber && cc.unit != "" && ind.Unit != "" && !sameUnit(cc.unit, ind.Unit) &&
			!strings.HasSuffix(text, "%") {
			// The unit in the header is a share's: a number in another
			// unit than the indicator's cannot be read, unless it says it
			// is a percentage ("96,5%").
			err = problem.Errorf(problem.WrongKind, "must be a share N/D: the column's unit %q is not the indicator's unit %q", cc.unit, ind.Unit)
		}
		if err != nil {
			d.problem(g, cc.at, path, text, err)
			continue
		}
		v.Source = source
		d.check(g, si, ind, v, path, cc, text)
	}
}

// word is what a word cell says.
type word uint8

const (
	wordNone word = iota // not a word
	wordNA
	wordMet
	wordNotMet
)

// maxWordCache bounds the decoder's cache of word cells.
const maxWordCache = 256

// value reads a value cell as cellValue does, remembering what the words
// written in the table mean so that each spelling is folded once.
func (d *tableDecoder) value(text string, ind *criteria.Indicator, share bool, unit string) (Value, error) {
	if text == "" || text[0] >= '0' && text[0] <= '9' || len(text) > 40 {
		return cellValue(text, ind, share, unit)
	}
	w, ok := d.words[text]
	if !ok {
		switch met, isPass := passWord(text); {
		case isNotApplicableWord(text):
			w = wordNA
		case isPass && met:
			w = wordMet
		case isPass:
			w = wordNotMet
		}
		if d.words == nil {
			d.words = map[string]word{}
		}
		if len(d.words) < maxWordCache {
			d.words[strings.Clone(text)] = w
		}
	}
	switch w {
	case wordNA:
		return NotApplicable(), nil
	case wordMet:
		if ind.Kind == criteria.KindNone {
			return Value{}, noCount(ind)
		}
		return Bool(true), nil
	case wordNotMet:
		return notMetWord(text, ind)
	}
	return cellValue(text, ind, share, unit)
}

// notMetWord is the value of a word that reads as not met (chưa đạt,
// không, false): false. For an indicator whose target is none (9.1 nhà
// tạm, dột nát) false says none is present, which only không and false
// say: chưa đạt and không đạt say the indicator is not met, and so that
// some are present, without their count.
func notMetWord(text string, ind *criteria.Indicator) (Value, error) {
	if ind.Kind == criteria.KindNone && !noneWords[vntext.Key(text)] {
		return Value{}, noCount(ind)
	}
	return Bool(false), nil
}

// noCount is the problem of a pass/fail word other than không under an
// indicator whose target is none: đạt, có, chưa đạt say whether the
// indicator is met or things are present, not how many there are, which
// the indicator is judged on (docs/formats.md: a count, or none).
func noCount(ind *criteria.Indicator) error {
	return problem.Errorf(problem.WrongKind, "must be a count of %s (0 meets it) or không (none): đạt and chưa đạt do not say how many there are",
		unitOrElse(ind.Unit, "things"))
}

// noneWords are the vntext.Key of the not-met words that say "none":
// không, khong and false.
var noneWords = map[string]bool{vntext.Key("không"): true, vntext.Key("khong"): true, vntext.Key("false"): true}

// noneThereWords are the vntext.Key of "không có" ("there are none"),
// read as none present under an indicator whose target is none (9.1 of
// 1980/QĐ-TTg: nhà tạm, dột nát — không có), as the target is written.
var noneThereWords = map[string]bool{vntext.Key("không có"): true, vntext.Key("khong co"): true}

// cellValue reads a value cell: empty (missing), a not-applicable word, a
// pass/fail word, a number (with an optional trailing % for a percentage
// indicator) or, when share is true, a share "N/D" with unit.
func cellValue(text string, ind *criteria.Indicator, share bool, unit string) (Value, error) {
	return readValueText(text, ind, share, unit, tableCell)
}

// jsonStringProblem is the problem of t, a JSON string that is no value
// of ind: the problem a table cell holding t has, told in terms of JSON
// (what to write is a JSON value), when it says more than the forms a
// value takes; else those forms. A pass/fail indicator takes no string in
// JSON but "n/a": the cell's advice, a word, is none of its values.
func jsonStringProblem(t string, ind *criteria.Indicator) error {
	if err := cellProblem(t, ind); err != nil {
		return err
	}
	return notJSONValue(ind)
}

// cellProblem is the problem a table cell holding t, a JSON string that is
// no value of ind, has, told in terms of JSON, when it says more than the
// forms a value takes; else nil. A pass/fail indicator has none: the
// cell's advice, a word, is none of its values in JSON.
func cellProblem(t string, ind *criteria.Indicator) error {
	if ind.Kind == criteria.KindPass {
		return nil
	}
	_, err := readValueText(strings.TrimSpace(t), ind, false, "", jsonString)
	return err
}

// readValueText reads text, a value written in syn, as a cell is read
// ([cellValue]). In a JSON string, text a cell holds for a value JSON
// writes otherwise (a pass/fail word, "36,8", "80%" of a percentage), and
// text whose only problem is not to be among the forms a value takes, is
// read without error: only a problem that says more is returned.
func readValueText(text string, ind *criteria.Indicator, share bool, unit string, syn valueSyntax) (Value, error) {
	switch {
	case text == "":
		return Missing(), nil
	case isNotApplicableWord(text):
		return NotApplicable(), nil
	case ind.Kind == criteria.KindNone && noneThereWords[vntext.Key(text)]:
		// "Nhà tạm, dột nát: không có", the words of the target itself.
		return Bool(false), nil
	}
	if met, ok := passWord(text); ok {
		if syn == jsonString {
			return Value{}, nil
		}
		if !met {
			return notMetWord(text, ind)
		}
		return Bool(true), nil
	}
	if syn == tableCell && looksLikeDate(text) {
		return Value{}, problem.Errorf(problem.WrongKind, "a date, not a value: Excel turns %s typed into a cell into the date %s (format the column as Text, then type the value again)",
			typedAsDate(text), text)
	}
	num := text
	if strings.HasSuffix(num, "%") {
		num = strings.TrimSpace(strings.TrimSuffix(num, "%"))
		if ind.Kind != criteria.KindPercent {
			if _, err := parseDecimal(num, syn == tableCell); err == nil {
				if ind.Kind == criteria.KindPass {
					return Value{}, notPassWord(ind, notPercentage)
				}
				return Value{}, problem.Errorf(problem.WrongKind, "must be an amount in %s, without %%", unitOrElse(ind.Unit, "the indicator's unit"))
			}
		}
	}
	if share {
		if i := strings.IndexByte(num, '/'); i >= 0 {
			n, err := parseDecimal(strings.TrimSpace(num[:i]), true)
			if err != nil {
				return Value{}, problem.Errorf(problem.WrongKind, "share N/D: numerator: %s", err.Error())
			}
			den, err := parseDecimal(strings.TrimSpace(num[i+1:]), true)
			if err != nil {
				return Value{}, problem.Errorf(problem.WrongKind, "share N/D: denominator: %s", err.Error())
			}
			return Value{Kind: ValueShare, Numerator: n, Denominator: den, Unit: unit}, nil
		}
	}
	n, err := parseDecimal(num, syn == tableCell)
	if err != nil {
		if strings.ContainsAny(num, ".,") && strings.IndexFunc(num, func(r rune) bool { return (r < '0' || r > '9') && r != '.' && r != ',' && r != '-' }) < 0 {
			if p := bareSeparator(num, ind, syn); p != nil {
				return Value{}, p
			}
			if syn == jsonString {
				// The separators as a cell reads them: "36,8" is read
				// (a JSON string takes no decimal comma), "1.234,5" and
				// "1,234,5" are not.
				if _, err = parseDecimal(num, true); err == errNotDecimal {
					err = nil
				}
			}
			return Value{}, err
		}
		return Value{}, notAValue(num, ind, share, syn)
	}
	return Number(n), nil
}

// notAValue is the problem of a value cell holding text that is no value
// of ind: what the cell may hold, for the indicator's kind; for a number
// followed by words ("36,8 triệu"), to write the number alone; for a share
// where none is read, where shares go.
func notAValue(text string, ind *criteria.Indicator, share bool, syn valueSyntax) error {
	na := ind.NotApplicableAllowed
	if err := typedFormProblem(text, ind, syn); err != nil {
		return err
	}
	if plain, ok := exponentNumber(text); ok && ind.Kind != criteria.KindPass {
		if plain == "" {
			return problem.Errorf(problem.WrongKind, "a number in exponent notation is not read: write it in full")
		}
		return problem.Errorf(problem.WrongKind, "a number in exponent notation is not read: write it in full: %s", plain)
	}
	if lead := leadingNumber(text); lead != "" && ind.Kind != criteria.KindPass && !strings.Contains(text, ":") {
		rest := strings.TrimLeft(text[len(lead):], " \u00a0\u202f")
		switch {
		case rest != "" && rest[0] >= '0' && rest[0] <= '9' && rest != text[len(lead):]:
			// "1 234": digits grouped by spaces, thousands separators.
			return problem.Errorf(problem.WrongKind, "thousands separators are not read: write the number without spaces")
		case isRangeEnd(rest):
			// "80-85", "80 – 85": a range, no measured value.
			return problem.Errorf(problem.WrongKind, "a range is not a value: write the measured value alone")
		case lead == "0" && (rest != "" && (rest[0] == 'x' || rest[0] == 'X')):
			// "0x10": no number of a table.
			return problem.Errorf(problem.WrongKind, "a hexadecimal number is not read: write the number in decimal digits")
		case ind.Kind == criteria.KindAmount && inDong(rest) && strings.HasPrefix(vntext.Key(ind.Unit), vntext.Key("triệu đồng")):
			if m, ok := millions(lead); ok && syn == tableCell {
				return problem.Errorf(problem.WrongKind, "written in đồng: the indicator's unit is %s: write %s", ind.Unit, m)
			}
			return problem.Errorf(problem.WrongKind, "written in đồng: the indicator's unit is %s: write the amount in triệu đồng", ind.Unit)
		case strings.Count(lead, ".")+strings.Count(lead, ",") > 1:
			// "45.000.000 đồng": no number to suggest.
			return problem.Errorf(problem.WrongKind, "more than one decimal separator: write no thousands separators")
		}
		switch {
		case strings.Contains(text, "/") && !share && ind.Kind != criteria.KindPercent:
			// "1/2" for an amount or a count: no share is a value of it.
			if ps := checkValue(ind, Value{Kind: ValueShare}); len(ps) > 0 {
				return ps[0].err
			}
		case strings.Contains(text, "/") && !share && syn == tableCell:
			return problem.Errorf(problem.WrongKind, "a share N/D is read from the numerator and denominator columns (long layout) or from a column whose header gives its unit, e.g. \"5. Trường học [trường]\" (wide layout); or write the percentage")
		case !strings.Contains(text, "/") && (syn == tableCell || !strings.Contains(lead, ",")):
			return writeAlone(ind, lead, syn)
		}
	}
	if syn == jsonString {
		return nil
	}
	switch ind.Kind {
	case criteria.KindPass:
		if na {
			return problem.Errorf(problem.WrongKind, "must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x), n/a (không áp dụng) or empty")
		}
		return problem.Errorf(problem.WrongKind, "must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x) or empty")
	case criteria.KindNone:
		if na {
			return problem.Errorf(problem.WrongKind, "must be a count of %s (0 meets it), không (none), n/a (không áp dụng) or empty", unitOrElse(ind.Unit, "things"))
		}
		return problem.Errorf(problem.WrongKind, "must be a count of %s (0 meets it), không (none) or empty", unitOrElse(ind.Unit, "things"))
	case criteria.KindPercent:
		switch {
		case share && na:
			return problem.Errorf(problem.WrongKind, "must be a percentage (%s or %s%%), a share N/D, n/a (không áp dụng) or empty", "96,5", "96,5")
		case share:
			return problem.Errorf(problem.WrongKind, "must be a percentage (%s or %s%%), a share N/D or empty", "96,5", "96,5")
		case na:
			return problem.Errorf(problem.WrongKind, "must be a percentage (%s or %s%%), n/a (không áp dụng) or empty", "96,5", "96,5")
		}
		return problem.Errorf(problem.WrongKind, "must be a percentage (%s or %s%%) or empty", "96,5", "96,5")
	}
	if na {
		return problem.Errorf(problem.WrongKind, "must be an amount in %s, n/a (không áp dụng) or empty", unitOrElse(ind.Unit, "the indicator's unit"))
	}
	return problem.Errorf(problem.WrongKind, "must be an amount in %s or empty", unitOrElse(ind.Unit, "the indicator's unit"))
}

// isRangeEnd reports whether rest, what follows the first number of a
// cell, is the end of a range: a dash ("-", "–", "—"), space around it or
// not, then a number ("-85" of "80-85", " – 85" of "80 – 85").
func isRangeEnd(rest string) bool {
	r := strings.TrimLeft(rest, " \u00a0\u202f")
	dash := len(r)
	r = strings.TrimLeft(r, "-–—")
	if len(r) == dash {
		return false
	}
	r = strings.TrimLeft(r, " \u00a0\u202f")
	return r != "" && r[0] >= '0' && r[0] <= '9'
}

// bareSeparator is the problem of num, a number of an indicator that is
// not pass/fail, whose one decimal separator has no digit before it
// (",5") or after it ("80,"), or nil when num is no such number.
func bareSeparator(num string, ind *criteria.Indicator, syn valueSyntax) error {
	if ind.Kind == criteria.KindPass || len(num) < 2 || strings.Count(num, ".")+strings.Count(num, ",") != 1 || strings.Contains(num, "-") {
		return nil
	}
	if syn == jsonString && num[0] == ',' {
		// ",5": a decimal comma, which a JSON string does not take.
		return nil
	}
	if c := num[0]; c == '.' || c == ',' {
		return problem.Errorf(problem.WrongKind, "a decimal separator needs a digit before it: write 0%s", num)
	}
	if c := num[len(num)-1]; c == '.' || c == ',' {
		return problem.Errorf(problem.WrongKind, "a decimal separator needs digits after it: write %s without it, or the digits that follow it", num[:len(num)-1])
	}
	return nil
}

// inDong reports whether s, the words after an amount, name the đồng:
// "đồng", "đ", "VNĐ" (any case).
func inDong(s string) bool {
	switch vntext.Key(strings.TrimSpace(s)) {
	case vntext.Key("đồng"), vntext.Key("đ"), vntext.Key("vnđ"), vntext.Key("vnd"):
		return true
	}
	return false
}

// millions returns the amount in đồng written lead ("45.000.000", with
// thousands separators or without them) in triệu đồng, with a decimal
// comma ("45", "41,5"); ok is false when lead is no whole number of đồng.
func millions(lead string) (string, bool) {
	digits := lead
	if strings.ContainsAny(lead, ".,") {
		groups := strings.FieldsFunc(lead, func(r rune) bool { return r == '.' || r == ',' })
		for i, g := range groups {
			if len(g) != 3 && i > 0 || i == 0 && (len(g) == 0 || len(g) > 3) {
				return "", false
			}
		}
		digits = strings.Join(groups, "")
	}
	d, err := decimal.NewFromString(digits)
	if err != nil {
		return "", false
	}
	return strings.Replace(d.Shift(-6).String(), ".", ",", 1), true
}

// What a table cell held instead of a pass/fail word.
const (
	notNumber = iota
	notPercentage
	notShare
)

// notPassWord is the problem of a number, a percentage or a share written
// for a pass/fail indicator (the one indicator of each criterion of a set
// whose content awaits its official text among them): the indicator is
// judged đạt or chưa đạt, and these are the words a table takes for it.
func notPassWord(ind *criteria.Indicator, what int) error {
	if ind.NotApplicableAllowed {
		switch what {
		case notPercentage:
			return problem.Errorf(problem.WrongKind, "pass/fail indicator: must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x), n/a (không áp dụng) or empty, not a percentage")
		case notShare:
			return problem.Errorf(problem.WrongKind, "pass/fail indicator: must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x), n/a (không áp dụng) or empty, not a share")
		}
		return problem.Errorf(problem.WrongKind, "pass/fail indicator: must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x), n/a (không áp dụng) or empty, not a number")
	}
	switch what {
	case notPercentage:
		return problem.Errorf(problem.WrongKind, "pass/fail indicator: must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x) or empty, not a percentage")
	case notShare:
		return problem.Errorf(problem.WrongKind, "pass/fail indicator: must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x) or empty, not a share")
	}
	return problem.Errorf(problem.WrongKind, "pass/fail indicator: must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x) or empty, not a number")
}

// leadingNumber returns the number text begins with ("36,8" of "36,8
// triệu"), or "" when it begins with none.
func leadingNumber(text string) string {
	i := 0
	for i < len(text) && (text[i] >= '0' && text[i] <= '9' || (text[i] == ',' || text[i] == '.') && i > 0) {
		i++
	}
	return strings.TrimRight(text[:i], ",.")
}

// maxShownExponent bounds the exponent of a number in exponent notation
// whose plain form a problem suggests: beyond it no measured value is that
// large or small, and the plain form would be absurdly long.
const maxShownExponent = 30

// exponentNumber reports whether text is a number in exponent notation
// ("9.65e1", "1,5E-2", "1E+41"), which a table cell does not hold, and
// gives its plain form with the decimal separator of text ("96.5",
// "0,015"), or "" when its exponent is beyond ±30.
func exponentNumber(text string) (plain string, ok bool) {
	i := strings.IndexAny(text, "eE")
	if i < 0 {
		return "", false
	}
	mant, exp := text[:i], text[i+1:]
	if mant != "" && (mant[0] == '+' || mant[0] == '-') {
		mant = mant[1:]
	}
	if exp != "" && (exp[0] == '+' || exp[0] == '-') {
		exp = exp[1:]
	}
	digits := func(s string) bool {
		return s != "" && strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
	}
	intPart, frac, hasSep := mant, "", false
	if j := strings.IndexAny(mant, ".,"); j >= 0 {
		intPart, frac, hasSep = mant[:j], mant[j+1:], true
	}
	if !digits(intPart) || hasSep && !digits(frac) || !digits(exp) || len(exp) > 3 {
		return "", false
	}
	if e, _ := strconv.Atoi(exp); e > maxShownExponent {
		return "", true
	}
	d, err := decimal.NewFromString(strings.Replace(text, ",", ".", 1))
	if err != nil {
		return "", true
	}
	plain = d.String()
	if strings.Contains(mant, ",") {
		plain = strings.Replace(plain, ".", ",", 1)
	}
	return plain, true
}

// typedAsDate returns what was likely typed into a cell Excel shows as the
// date text ("2/4" for "02/04/2020"): its first two parts without leading
// zeros.
func typedAsDate(text string) string {
	parts := strings.SplitN(text, "/", 3)
	for i := range parts[:2] {
		parts[i] = strings.TrimLeft(parts[i], "0")
	}
	return parts[0] + "/" + parts[1]
}

// looksLikeDate reports whether s is a date as Excel writes one in a
// Vietnamese or English locale: d/m/yyyy or m/d/yyyy, optionally with a
// time of day ("02/03/2026", "2/3/2026 08:30").
func looksLikeDate(s string) bool {
	date, _, _ := strings.Cut(s, " ")
	part, n := 0, 0 // the part being read (day, month, year) and its digits
	for i := 0; i < len(date); i++ {
		switch c := date[i]; {
		case c >= '0' && c <= '9':
			n++
		case c == '/' && part < 2 && n >= 1 && n <= 2:
			part, n = part+1, 0
		default:
			return false
		}
	}
	return part == 2 && n == 4
}

// isNotApplicableWord reports whether s says "not applicable": n/a,
// không áp dụng or khong ap dung (any case).
func isNotApplicableWord(s string) bool {
	if isNotApplicable(s) {
		return true
	}
	if len(s) < 13 || len(s) > 40 {
		return false
	}
	return vntext.Fold(s) == "khong ap dung"
}

// readHeader reads and maps the header; false when no row can be read.
func (d *tableDecoder) readHeader() bool {
	cells, err := d.firstRow()
	if err == io.EOF {
		d.fileProblem(0, "", "", errors.New("empty input: want a header row"))
		d.lose(0, 0)
		return false
	}
	d.line = d.rows.Line()
	if d.csv == nil {
		// The rows of a worksheet are placed by sheet and rows, whatever
		// the header's problems.
		if c := d.rows.Cell(-1); c != "" {
			if i := strings.LastIndexByte(c, '!'); i >= 0 {
				d.sheet = c[:i]
			}
		}
	}
	cps := cellProblems(err)
	if err != nil && cps == nil {
		d.headerNotRead(err)
		return false
	}
	for i := range d.at {
		d.at[i] = -1
	}
	d.mapped = true
	d.header = make([]string, len(cells))
	hc := &headerCheck{d: d, ok: true}
	// A header cell whose text is not known (a formula without a computed
	// value) is a problem, and its column is not told; the other cells
	// still map theirs, so that the rows not read name their communes.
	unknown := map[int]bool{}
	for _, cp := range cps {
		hc.bad(cp.Col, "", cp.Input, cp.Err)
		unknown[cp.Col] = true
	}
	codeCols := d.mapColumns(hc, cells, unknown)
	if d.opt.Set != "" && !d.fixSet(hc) {
		return false
	}
	d.wide = d.at[tcIndicator] < 0 && len(codeCols) > 0
	d.checkLayout(hc, codeCols, len(unknown) > 0)
	if d.wide {
		d.checkWide(hc, codeCols)
		d.codes = codeCols
	}
	if hc.ok && d.csv != nil {
		d.csv.setWidth(len(cells))
	}
	return hc.ok
}

// firstRow returns the header's cells: a CSV's first row, or a sheet's
// first row that is not blank.
func (d *tableDecoder) firstRow() (cells []string, err error) {
	if d.csv != nil {
		return d.csv.header(recognisedHeader)
	}
	for {
		cells, err = d.rows.Next()
		if err != nil || !blankRow(cells) {
			return cells, err
		}
	}
}

// headerNotRead passes on the problem of a header row that cannot be
// read: an encoding problem loses the rest of the file.
func (d *tableDecoder) headerNotRead(err error) {
	var ep *encodingProblem
	if errors.As(err, &ep) {
		to := d.csv.skipRest()
		d.fileProblem(d.line, "", "", ep.msg(lineRange(d.line, to), d.opt.EncodingFix, d.opt.LegacyEncodingFix))
		d.lose(d.line, to)
		return
	}
	var rp *rowProblem
	if errors.As(err, &rp) {
		err = rp.err
	}
	d.fileProblem(d.line, "", "", err)
}

// headerCheck collects the problems of a header: each is a problem of the
// header's line, placed at its cell, and makes the header fail.
type headerCheck struct {
	d  *tableDecoder
	ok bool
}

// bad records the problem err of the header cell of index i (-1: none),
// of column col, with input.
func (hc *headerCheck) bad(i int, col, input string, err error) {
	d := hc.d
	e := &InputError{File: d.file, Line: d.line, Column: col, Input: input, Err: err}
	d.place(e, i)
	d.loose = append(d.loose, e)
	hc.ok = false
}

// mapColumns maps each header cell to its column, but for the cells whose
// text is unknown, and returns the columns named by an indicator code (the
// wide layout). An empty cell is an unnamed column.
func (d *tableDecoder) mapColumns(hc *headerCheck, cells []string, unknown map[int]bool) []codeColumn {
	var codeCols []codeColumn
	legacy := false // a cell looks typed in a legacy encoding
	criterionAt := -1
	for i, h := range cells {
		h = strings.TrimSpace(h)
		d.header[i] = h
		if unknown[i] {
			continue
		}
		if h == "" {
			// Excel leaves trailing columns without a header; a value under
			// one is a problem of its row.
			d.unnamed = append(d.unnamed, i)
			continue
		}
		if code, unit, isCode := parseCodeHeader(h); isCode {
			codeCols = append(codeCols, codeColumn{at: i, header: h, code: code, unit: unit})
			continue
		}
		c, known := headerNames[headerKey(h)]
		switch {
		case !known && criterionHeaders[headerKey(h)] && criterionAt < 0:
			criterionAt = i
		case !known && criterionHeaders[headerKey(h)]:
			hc.bad(i, h, "", errors.New("column given twice"))
		case !known && legacyvn.Name(d.opt.Encoding) == "" && guessLegacyHeader(h) != "":
			// One problem for the header, at its first cell that tells
			// the encoding: the other cells are of the same typing.
			if !legacy {
				legacy = true
				hc.bad(i, "", h, legacyHeaderProblem(guessLegacyHeader(h), h, d.opt.LegacyEncodingFix))
			}
			// Its column is not told: no column is said to be missing.
			unknown[i] = true
		case !known:
			hc.bad(i, "", h, d.unknownColumn(h, len(cells)))
		case c == tcHelper:
		case d.at[c] >= 0:
			hc.bad(i, h, "", errors.New("column given twice"))
		default:
			d.at[c] = i
		}
	}
	switch {
	case criterionAt >= 0 && d.at[tcIndicator] < 0:
		d.at[tcIndicator], d.byCriterion = criterionAt, true
	case criterionAt >= 0:
		hc.bad(criterionAt, "", d.header[criterionAt], d.unknownColumn(d.header[criterionAt], len(cells)))
	}
	return codeCols
}

// fixSet looks up the set given for the whole table (TableOptions.Set);
// false when it is not known.
func (d *tableDecoder) fixSet(hc *headerCheck) bool {
	si, found := d.sets.lookup(d.opt.Set)
	if !found {
		cause := d.sets.unknown(d.opt.Set)
		if !errors.Is(cause, problem.AmbiguousSet) {
			cause = problem.Errorf(problem.UnknownSet, "unknown set given for the table (known: %s)", knownSets(d.sets.cat))
		}
		hc.bad(-1, "", d.opt.Set, cause)
		return false
	}
	d.fixedSet = si
	return true
}

// checkLayout checks that the header is of one layout, long (an indicator
// column) or wide (indicator-code columns), with the columns it requires.
// A column missing may be a cell whose text is not known (someUnknown):
// then it is not told.
func (d *tableDecoder) checkLayout(hc *headerCheck, codeCols []codeColumn, someUnknown bool) {
	switch {
	case d.at[tcIndicator] >= 0:
		for _, cc := range codeCols {
			hc.bad(cc.at, cc.header, cc.header, problem.Errorf(problem.UnknownKey, "unknown column in a long table: an indicator code (the table has an indicator column: give each value on its own row, or drop the indicator column for the wide layout)"))
		}
	case len(codeCols) == 0 && !someUnknown:
		hc.bad(-1, "indicator", "", problem.Errorf(problem.MissingField, "required column missing from the header (or, in the wide layout, indicator-code columns such as 1.1, 2.2, 17.1a)"))
	}
	if someUnknown {
		return
	}
	for _, c := range d.requiredColumns() {
		if d.at[c] >= 0 {
			continue
		}
		if c == tcSet {
			fix := d.opt.SetFix
			if fix == "" {
				fix = defaultSetFix
			}
			hc.bad(-1, tableColNames[c], "", problem.Errorf(problem.MissingField, "required column missing from the header: %s, %s", missingColumnFix[c], fix))
			continue
		}
		hc.bad(-1, tableColNames[c], "", problem.Errorf(problem.MissingField, "required column missing from the header: %s", missingColumnFix[c]))
	}
}

// requiredColumns returns the columns the header must have: the set's
// unless a set is given for the table, the value's in the long layout.
// The district's is not: a table of 2026 on has none to give, and a
// commune of an earlier year in a table without one is a problem of its
// own (checkDistrictColumn).
func (d *tableDecoder) requiredColumns() []tableCol {
	required := []tableCol{tcProvince, tcCommune, tcYear}
	if d.fixedSet == nil {
		required = append(required, tcSet)
	}
	if !d.wide && d.at[tcIndicator] >= 0 {
		required = append(required, tcValue)
	}
	return required
}

// checkWide checks the header of a wide table: no column of the long
// layout, each indicator code once and, with a set given for the table
// and no set column, an indicator of that set.
func (d *tableDecoder) checkWide(hc *headerCheck, codeCols []codeColumn) {
	for _, c := range []tableCol{tcValue, tcNumerator, tcDenominator, tcUnit} {
		if i := d.at[c]; i >= 0 {
			hc.bad(i, d.header[i], "", problem.Errorf(problem.UnknownKey, "unknown column in a wide table: it belongs to the long layout (a wide table has a column per indicator)"))
		}
	}
	if d.fixedSet != nil && d.at[tcSet] < 0 {
		for _, cc := range codeCols {
			if _, found := d.fixedSet.indicator(cc.code); !found {
				hc.bad(cc.at, cc.header, cc.header, unknownIndicator(d.fixedSet.set, cc.code))
			}
		}
	}
	seen := map[string]string{}
	for _, cc := range codeCols {
		if prev, dup := seen[cc.code]; dup {
			hc.bad(cc.at, cc.header, cc.header, problem.Errorf(problem.DuplicateKey, "indicator %s given twice (also %q)", cc.code, prev))
		}
		seen[cc.code] = cc.header
	}
}

// unknownColumn explains an unknown header cell, with a hint when it
// holds another separator than the header's.
func (d *tableDecoder) unknownColumn(h string, n int) error {
	if d.csv != nil {
		for _, sep := range []byte{';', '\t', ','} {
			if sep == d.csv.sep || strings.IndexByte(h, sep) < 0 {
				continue
			}
			if n == 1 {
				return problem.Errorf(problem.UnknownKey, "unknown column (want %s); the header has one column containing %q: is the separator %q?",
					knownColumns, sepName(sep), sepName(sep))
			}
			return problem.Errorf(problem.UnknownKey, "unknown column (want %s); the column holds %q but the header is separated by %q: use one separator throughout",
				knownColumns, sepName(sep), sepName(d.csv.sep))
		}
	}
	return problem.Errorf(problem.UnknownKey, "unknown column (want %s)", knownColumns)
}

func sepName(sep byte) string {
	if sep == '\t' {
		return "tab"
	}
	return string(sep)
}

// indicatorsAreCriteria reports whether each indicator of set is coded as
// its criterion: one indicator per criterion.
func indicatorsAreCriteria(set *criteria.Set) bool {
	for c, ind := range set.Indicators() {
		if ind.Code != c.Code {
			return false
		}
	}
	return true
}
