package xlsxread

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/evalbridge"
	"github.com/nongthonmoi/ntm/internal/legacyvn"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

// DefaultMaxUnpacked is the default cap on the unpacked size of a workbook,
// in bytes (512 MiB). A workbook unpacking to more is refused.
const DefaultMaxUnpacked = 512 << 20

// maxPacked caps the size of the file itself read into memory.
const maxPacked = 256 << 20

// ReadOptions are the options of [ReadFile] and [Decode]. The zero value
// reads with the built-in sets.
type ReadOptions struct {
	// Catalog holds the sets the values are for; nil means the built-in
	// sets.
	Catalog *criteria.Catalog
	// MaxUnpacked caps the total unpacked size of the workbook in bytes; 0
	// (or less) means DefaultMaxUnpacked.
	MaxUnpacked int64
	// Set is the set of sheets without a set column (as the command's
	// --set): an identifier or alias of a set of Catalog.
	Set string
	// SetFix is the other way than a set column that the problem of a
	// sheet without one suggests: see [evaluate.TableOptions.SetFix].
	SetFix string
	// Group is the commune group of communes whose rows name none (as the
	// command's --group): see [evaluate.Decoder.SetGroup].
	Group string
	// Skipped, when not nil, is called for each worksheet that is not read
	// because none of its first 10 non-empty rows is a recognised header
	// (or the sheet is empty), with the sheet's name and why; not for the
	// guide sheet of a wide form that workbook.WriteTemplate wrote.
	Skipped func(sheet, why string)
	// TitleRows, when not nil, is called for each worksheet read whose
	// header is below its first non-empty row, with the sheet's name and a
	// note naming the rows above the header, read as a title and not as
	// data ("row 1 above the header read as a title, not as data: \"Bảng
	// số liệu xã Tân Thành năm 2020\""); the note's Text is in English or
	// Vietnamese.
	TitleRows func(sheet string, note *problem.Msg)
	// Hidden, when not nil, is called for each worksheet read that is
	// hidden in Excel (hidden or very hidden), with the sheet's name and a
	// note saying that it is read as the others are; and, once the sheet
	// is read, for each worksheet read some of whose rows holding data
	// read (below the header) or columns read (an identity or indicator
	// column) are hidden in Excel, with a note naming them ("rows 5–7, 12;
	// columns L, N–P hidden in Excel and read: …"). The note's Text is in
	// English or Vietnamese.
	Hidden func(sheet string, note *problem.Msg)
	// SkippedRow, when not nil, is called for each row of a sheet read
	// that is skipped as a total row or a heading row between the
	// communes: see [evaluate.TableOptions.SkippedRow] (place
	// "so-lieu.xlsx: Sheet1!18:18"). When nil, such a row is a problem.
	SkippedRow func(place string, note *problem.Msg)
	// Encoding, "tcvn3" or "vni", has the text of every cell read as typed
	// with that Vietnamese font encoding before Unicode: the cell's
	// characters are the encoding's bytes as Windows-1252 shows them
	// ("Hßa L¹c"), decoded to Unicode, NFC ("Hòa Lạc"). "" reads cells as
	// they are; a sheet whose header reads only so is then not read, with
	// a problem (code encoding) naming the encoding and the fix.
	Encoding string
	// LegacyEncodingFix is the other fix than converting the file that
	// such a problem suggests: see [evaluate.TableOptions.LegacyEncodingFix].
	LegacyEncodingFix string
}

// ReadFile reads the assessments of the workbook at path; see [Decode].
func ReadFile(path string, opt ReadOptions) ([]evaluate.Assessment, error) {
	r, err := OpenFile(path, opt)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return r.all()
}

// Decode reads the assessments of every data sheet of the workbook r: the
// valid ones together with the joined problems of the others: an
// [*evaluate.AssessmentError] for each commune left out, an
// [*evaluate.NotReadError] for a part of a sheet, a sheet or the file not
// read whose communes cannot be told, an [*evaluate.InputError] for
// another problem of a sheet. Problems
// name the file, the sheet and the cell ("so-lieu.xlsx: Sheet1!G7: …"). A
// bad commune never stops the others.
func Decode(r io.Reader, file string, opt ReadOptions) ([]evaluate.Assessment, error) {
	rd, err := NewReader(r, file, opt)
	if err != nil {
		return nil, err
	}
	defer rd.Close()
	return rd.all()
}

// A Reader reads the assessments of a workbook one commune at a time, sheet
// after sheet, as an [evaluate.Decoder] reads a CSV file.
type Reader struct {
	wb     *book
	file   string
	opt    ReadOptions
	sheets []sheetRef
	read   int // data sheets read
	limit  int64
	dec    *evaluate.Decoder
	rows   *sheetRows
}

// OpenFile opens the workbook at path for reading; see [NewReader].
func OpenFile(path string, opt ReadOptions) (*Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s: %w", path, pe.Err)
		}
		return nil, err
	}
	defer f.Close()
	return NewReader(f, path, opt)
}

// NewReader opens the workbook read from r, which it reads whole (at most
// 256 MiB, unpacking to at most opt.MaxUnpacked bytes; its worksheets are
// then read as they are inflated, a row at a time); file names it in
// problems and origins. The error, an [*evaluate.InputError], says why a
// file is not a workbook that can be read.
func NewReader(r io.Reader, file string, opt ReadOptions) (*Reader, error) {
	limit := opt.MaxUnpacked
	if limit <= 0 {
		limit = DefaultMaxUnpacked
	}
	wb, err := open(r, limit)
	if err != nil {
		oe := openError(err, limit)
		return nil, &evaluate.InputError{Code: codeOf(oe, problem.Syntax), File: file, Err: oe}
	}
	return &Reader{wb: wb, file: file, opt: opt, sheets: wb.sheets, limit: limit}, nil
}

// Next returns the next valid assessment, or the problems of one commune
// (an [*evaluate.AssessmentError]), of a part of a sheet or of the
// workbook that is not read (an [*evaluate.NotReadError]) or of a sheet's
// header, or io.EOF at the end.
func (r *Reader) Next() (evaluate.Assessment, error) {
	for {
		if r.dec != nil {
			a, err := r.dec.Next()
			if err != io.EOF {
				r.rows.noteRead(err)
				return a, err
			}
			r.dec = nil
			r.rows.close()
			if !r.rows.communeRead {
				// No commune read: no column was.
				r.rows.hidden.cols = nil
			}
			if r.rows.hidden.any() && r.opt.Hidden != nil {
				r.opt.Hidden(r.rows.name, &problem.Msg{Format: msgHiddenCells, Args: []any{r.rows.hidden}})
			}
		}
		if len(r.sheets) == 0 {
			if r.read == 0 && r.wb != nil {
				r.read = -1
				return evaluate.Assessment{}, &evaluate.NotReadError{Origin: r.file,
					Problems: []*evaluate.InputError{{Code: problem.MissingField, File: r.file, Err: errNoSheet}}}
			}
			return evaluate.Assessment{}, io.EOF
		}
		sheet := r.sheets[0]
		r.sheets = r.sheets[1:]
		rows, err := openSheet(r.wb, sheet)
		if err != nil {
			r.read++
			if errors.Is(err, errTooLarge) || err == errUnpackRatio {
				err = openError(err, r.limit)
			} else {
				err = problem.Errorf(problem.Syntax, "worksheet cannot be read: %s", err.Error())
			}
			return evaluate.Assessment{}, r.sheetNotRead(sheet.name, err)
		}
		rows.legacy = legacyvn.Name(r.opt.Encoding)
		if !rows.dataHeader() {
			rows.close()
			if g := rows.legacyHeader; g.enc != "" && rows.err == nil {
				// The header reads in a legacy encoding: the sheet is not
				// read, and the problem says why.
				r.read++
				return evaluate.Assessment{}, &evaluate.NotReadError{Origin: r.file + ": " + quoteSheet(sheet.name),
					Problems: []*evaluate.InputError{{Code: problem.Encoding, File: r.file, Sheet: quoteSheet(sheet.name), Cell: CellName(g.col, g.row),
						Input: g.input, Err: evalbridge.LegacyHeaderProblem(g.enc, g.input, r.opt.LegacyEncodingFix)}}}
			}
			if rows.err != nil {
				r.read++
				return evaluate.Assessment{}, r.sheetNotRead(sheet.name,
					problem.Errorf(problem.Syntax, "worksheet cannot be read: %s", rows.err.Error()))
			}
			if len(rows.damaged) > 0 {
				// A header may be among the damaged cells: the sheet is
				// not read, and not skipped as a sheet of notes.
				r.read++
				return evaluate.Assessment{}, r.sheetDamaged(sheet.name, rows.damaged)
			}
			if r.opt.Skipped != nil && !isGuideSheet(sheet.name, rows) {
				r.opt.Skipped(sheet.name, errNotData.Error())
			}
			continue
		}
		if rows.titleFrom > 0 && r.opt.TitleRows != nil {
			r.opt.TitleRows(sheet.name, &problem.Msg{Format: "%s above the header read as a title, not as data: %q",
				Args: []any{rowRange(rows.titleFrom, rows.titleTo), rows.title}})
		}
		if sheet.hidden && r.opt.Hidden != nil {
			r.opt.Hidden(sheet.name, &problem.Msg{Format: msgHidden})
		}
		r.read++
		r.rows = rows
		skipped := r.opt.SkippedRow
		if skipped != nil {
			// A row skipped as a total or a heading is not data read.
			skipped = func(place string, note *problem.Msg) {
				rows.hidden.rows.remove(placeRow(place))
				r.opt.SkippedRow(place, note)
			}
		}
		r.dec = evaluate.TableOptions{Catalog: r.opt.Catalog, Set: r.opt.Set, SetFix: r.opt.SetFix, Encoding: r.opt.Encoding,
			LegacyEncodingFix: r.opt.LegacyEncodingFix, SkippedRow: skipped}.NewTableDecoder(rows, r.file)
		r.dec.SetGroup(r.opt.Group)
	}
}

// msgHidden is the note on a hidden worksheet that is read.
const msgHidden = "the sheet is hidden in Excel and is read as the others are: unhide it to check its figures, or delete it if they are not to be used"

// msgHiddenCells is the note on the hidden rows and columns of a worksheet
// that are read, its argument a hiddenCells.
const msgHiddenCells = "%v hidden in Excel and read: unhide them to check their figures, or delete them if they are not to be used"

// noteRead takes what the decoder gave for the sheet besides its end: a
// commune (err nil or an *evaluate.AssessmentError) was read, unless its
// rows were not read below a header that cannot be; the rows of a part
// not read (an *evaluate.NotReadError: below such a header, a commune cell
// that cannot be read) are no rows read.
func (s *sheetRows) noteRead(err error) {
	var bad *evaluate.AssessmentError
	var lost *evaluate.NotReadError
	switch {
	case err == nil:
		s.communeRead = true
	case errors.As(err, &bad):
		read := false
		for _, p := range bad.Problems {
			if from, to, ok := notRead(p); ok {
				s.hidden.rows.removeRange(from, to)
			} else {
				read = true
			}
		}
		s.communeRead = s.communeRead || read
	case errors.As(err, &lost):
		from, to := placeRow(lost.Origin), placeRow(lost.Through)
		switch lost.Through {
		case "":
			to = from
		case evaluate.ToEnd:
			to = math.MaxInt
		}
		if from > 0 && to >= from {
			s.hidden.rows.removeRange(from, to)
		}
	}
}

// notRead returns the rows of p when it is the problem of rows not read
// below a header that cannot be read ("2:3" in its Cell).
func notRead(p *evaluate.InputError) (from, to int, ok bool) {
	var m *problem.Msg
	if !errors.As(p.Err, &m) || m.Format != evalbridge.MsgNotReadBelowHeader {
		return 0, 0, false
	}
	a, b, _ := strings.Cut(p.Cell, ":")
	from, err1 := strconv.Atoi(a)
	to, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return from, to, true
}

// placeRow returns the row of a place "so-lieu.xlsx: Sheet1!18:18", or 0.
func placeRow(place string) int {
	_, rest, _ := cutLast(place, "!")
	n, err := strconv.Atoi(strings.SplitN(rest, ":", 2)[0])
	if err != nil {
		return 0
	}
	return n
}

// cutLast slices s around the last sep.
func cutLast(s, sep string) (before, after string, ok bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// sheetNotRead is the problem of a worksheet that cannot be read, as the
// part of the input it leaves unread.
func (r *Reader) sheetNotRead(sheet string, err error) error {
	return &evaluate.NotReadError{Origin: r.file + ": " + quoteSheet(sheet),
		Problems: []*evaluate.InputError{{Code: codeOf(err, problem.Syntax), File: r.file, Sheet: sheet, Err: err}}}
}

// codeOf returns the code err carries, or def.
func codeOf(err error, def problem.Code) problem.Code {
	var m *problem.Msg
	if errors.As(err, &m) && m.Code != "" {
		return m.Code
	}
	return def
}

// sheetDamaged is the problem of a worksheet without a header among its
// first rows, some of whose cells are damaged.
func (r *Reader) sheetDamaged(sheet string, damaged []damagedCell) error {
	nr := &evaluate.NotReadError{Origin: r.file + ": " + quoteSheet(sheet)}
	for _, d := range damaged {
		nr.Problems = append(nr.Problems, &evaluate.InputError{Code: problem.Invalid, File: r.file, Sheet: quoteSheet(sheet), Cell: CellName(d.col, d.row),
			Input: d.input, Err: problem.Errorf(problem.Invalid, "%v; no header of the long or wide layout in the first 10 non-empty rows: the sheet is not read", d.err)})
	}
	return nr
}

// rowRange formats "row 7" or "rows 7-9".
func rowRange(from, to int) string {
	if to <= from {
		return fmt.Sprintf("row %d", from)
	}
	return fmt.Sprintf("rows %d-%d", from, to)
}

// Close releases the workbook.
func (r *Reader) Close() error {
	if r.wb == nil {
		return nil
	}
	if r.rows != nil {
		r.rows.close()
	}
	r.wb, r.rows, r.dec = nil, nil, nil
	return nil
}

// all reads the remaining assessments and problems.
func (r *Reader) all() ([]evaluate.Assessment, error) {
	var (
		out  []evaluate.Assessment
		errs []error
	)
	for {
		a, err := r.Next()
		if err == io.EOF {
			return out, errors.Join(errs...)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, a)
	}
}

// headerRows is how many non-empty rows of a worksheet are searched for its
// header: the rows above it are a title ("Bảng số liệu xã Tân Thành năm
// 2020", the issuing office, the unit of the figures).
const headerRows = 10

var (
	errNotData  = errors.New("no header of the long or wide layout in the first 10 non-empty rows")
	errNoSheet  = problem.Errorf(problem.MissingField, "no worksheet has a header of the long or wide layout in its first 10 non-empty rows")
	errTooLarge = errors.New("the workbook unpacks to more than the size limit")
	// errUnpackRatio: the workbook unpacks to more than maxUnpackRatio
	// times its size.
	errUnpackRatio = problem.Errorf(problem.TooLarge, "the workbook unpacks to more than %d times its own size: refused as a possible zip bomb", maxUnpackRatio)
)

// openError is the problem of a file that cannot be opened as a workbook.
func openError(err error, limit int64) error {
	switch {
	case errors.Is(err, errTooLarge):
		return problem.Errorf(problem.TooLarge, "the workbook unpacks to more than %d MiB: refused as a possible zip bomb", limit>>20)
	case errors.Is(err, errNotWorkbook):
		return problem.Errorf(problem.Syntax, `not an Excel workbook (.xlsx): want a file saved as "Excel Workbook (*.xlsx)"`)
	case errors.Is(err, errPackedTooLarge):
		return problem.Errorf(problem.TooLarge, "the file is larger than %d MiB: refused as a possible zip bomb", maxPacked>>20)
	}
	var m *problem.Msg
	if errors.As(err, &m) {
		return m
	}
	return problem.Errorf(problem.Syntax, "not a readable Excel workbook (.xlsx): %s", err.Error())
}

var (
	errNotWorkbook    = errors.New("not a workbook")
	errPackedTooLarge = errors.New("file too large")
)

// open opens a workbook with the unpacked size capped.
func open(r io.Reader, limit int64) (*book, error) {
	if limit <= 0 {
		limit = DefaultMaxUnpacked
	}
	data, err := io.ReadAll(io.LimitReader(r, maxPacked+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxPacked {
		return nil, errPackedTooLarge
	}
	if !bytes.HasPrefix(data, []byte("PK")) {
		return nil, errNotWorkbook
	}
	return openBook(data, limit)
}

// sheetRows are the rows of a worksheet as an [evaluate.TableRows]: the
// cells as text (see cellText), from the first non-empty row on, each
// located by sheet and cell ("Sheet1!G7").
type sheetRows struct {
	sheet string
	name  string // the sheet's name, as the workbook gives it
	// communeRead: the decoder gave a commune of the sheet, valid or not.
	communeRead bool
	sc          *sheetScanner
	num         int // the row last read
	cells       []string
	// held is a row read ahead (the header), its number and the problems
	// of its cells, returned by the next call to Next.
	held    []string
	heldNum int
	heldErr error
	line    int // the row last returned
	width   int // cells of the header
	// titleFrom and titleTo are the non-empty rows above the header (0
	// when there are none), title the text of the first one's first
	// non-empty cell.
	titleFrom, titleTo int
	title              quotedText
	// prevTitle is the last row of the title before the row last searched
	// for the header was added to it.
	prevTitle int
	// damaged are the damaged cells of the rows searched for the header
	// (the first few), when none was found.
	damaged []damagedCell
	// fills tells, by column, whether a data cell takes the text of the
	// merged cell above it (see merges).
	fills []bool
	// reads tells, by column, whether the header names a column the
	// decoder reads (not a helper column, not an unnamed one).
	reads []bool
	// hidden are the rows holding data read and the columns read that
	// are hidden in Excel.
	hidden hiddenCells
	err    error
	// legacy is the Vietnamese font encoding before Unicode the cells are
	// decoded from (ReadOptions.Encoding), or "".
	legacy string
	// legacyHeader is, when no header was found and legacy is "", the
	// first row searched that is a header decoded from a legacy encoding:
	// the encoding and the first cell that tells it.
	legacyHeader struct {
		enc      string
		row, col int
		input    string
	}
}

func openSheet(b *book, ref sheetRef) (*sheetRows, error) {
	sc, err := b.openSheet(ref.part)
	if err != nil {
		return nil, err
	}
	return &sheetRows{sheet: quoteSheet(ref.name), name: ref.name, sc: sc}, nil
}

// close releases the worksheet's part.
func (s *sheetRows) close() { s.sc.close() }

// read reads the next row present in the file; false at the end or on an
// error (s.err).
func (s *sheetRows) read() bool {
	if s.err != nil {
		return false
	}
	num, cells, ok := s.sc.next()
	if !ok {
		if s.sc.err != nil {
			row := s.sc.row
			if !s.sc.inRow {
				row++ // the error is before the next row
			}
			s.err = fmt.Errorf("row %d: %v", row, s.sc.err)
		}
		return false
	}
	if s.legacy != "" {
		for i, c := range cells {
			cells[i] = legacyvn.Text(s.legacy, c)
		}
	}
	s.num, s.cells = num, cells
	if s.sc.merges != nil {
		s.sc.merges.begin(num, cells)
	}
	return true
}

// dataHeader reads up to the header, the first of the first headerRows
// non-empty rows that is a header of the long or the wide layout, and
// reports whether there is one; the header is then the first row that
// Next returns, and the non-empty rows above it are a title.
func (s *sheetRows) dataHeader() bool {
	var damaged []damagedCell
	// upper and upperNum are the non-empty row last read and its number:
	// the upper row of a header of two rows.
	var upper []string
	upperNum := 0
	for n := 0; n < headerRows && s.read(); {
		for _, is := range s.sc.issues {
			if is.err == errErrorValue {
				continue // a formula's error is no damage where a header may be
			}
			if len(damaged) < headerRows {
				damaged = append(damaged, damagedCell{row: s.num, col: is.col, input: is.input, err: is.err})
			}
		}
		if blank(s.cells) {
			continue
		}
		n++
		header := evaluate.IsTableHeader(s.cells)
		if !header && upperNum > 0 && upperNum == s.num-1 {
			// A header of two rows, as officials draw one: the commune's
			// columns named in the upper row (often in cells merged down
			// over both), the indicator codes in the lower one under the
			// criteria's names. Each empty cell of the lower row takes the
			// text of the cell above it.
			if joined := joinHeader(upper, s.cells); evaluate.IsTableHeader(joined) {
				s.cells, header = joined, true
				if s.titleTo == upperNum {
					s.titleTo = s.prevTitle
					if s.titleTo == 0 {
						s.titleFrom, s.title = 0, ""
					}
				}
			}
		}
		if header {
			s.held, s.heldNum, s.heldErr = append([]string(nil), s.cells...), s.num, s.cellProblems()
			s.width = len(s.held)
			if s.sc.merges != nil {
				s.fills = fillableColumns(s.held)
			}
			s.reads = make([]bool, len(s.held))
			for i, h := range s.held {
				t := evaluate.TableColumn(h)
				s.reads[i] = t != "" && t != "helper"
				if s.reads[i] && s.sc.colHidden(i+1) {
					s.hidden.cols.add(i + 1)
				}
			}
			return true
		}
		if s.legacy == "" && s.legacyHeader.enc == "" {
			s.guessLegacyHeader()
		}
		upper, upperNum = append(upper[:0], s.cells...), s.num
		s.prevTitle = s.titleTo
		if s.titleFrom == 0 {
			s.titleFrom = s.num
			for _, c := range s.cells {
				if c = strings.TrimSpace(c); c != "" {
					s.title = quotedText(cutText(c, 80))
					break
				}
			}
		}
		s.titleTo = s.num
	}
	s.damaged = damaged
	return false
}

// guessLegacyHeader notes the row last read (not a header) when,
// decoded from a legacy encoding, it is one: the encoding and its first
// cell that names a column only decoded.
func (s *sheetRows) guessLegacyHeader() {
	for i, c := range s.cells {
		enc := evalbridge.GuessLegacyHeader(c)
		if enc == "" {
			continue
		}
		decoded := make([]string, len(s.cells))
		for j, d := range s.cells {
			decoded[j] = legacyvn.Text(enc, d)
		}
		if evaluate.IsTableHeader(decoded) {
			s.legacyHeader.enc, s.legacyHeader.row, s.legacyHeader.col, s.legacyHeader.input = enc, s.num, i+1, c
		}
		return
	}
}

// joinHeader returns the cells of a header of two rows as one: each cell of
// lower, or the cell of upper above it where lower's is empty.
func joinHeader(upper, lower []string) []string {
	joined := make([]string, max(len(upper), len(lower)))
	copy(joined, lower)
	for i, c := range joined {
		if strings.TrimSpace(c) == "" && i < len(upper) {
			joined[i] = upper[i]
		}
	}
	return joined
}

// damagedCell is a damaged cell of a row searched for the header.
type damagedCell struct {
	row, col int
	input    string
	err      error
}

// GuideSheet is the name of the guide sheet that workbook.WriteTemplate
// adds to a wide form, and GuideTitle the Vietnamese name of its first
// column.
const (
	GuideSheet = "Hướng dẫn"
	GuideTitle = "Vùng/Nhóm"
)

// isGuideSheet reports whether a sheet not read is the guide sheet that
// workbook.WriteTemplate adds to a wide form: named GuideSheet, its first
// row the guide's header. Skipping it goes without a note.
func isGuideSheet(name string, rows *sheetRows) bool {
	return name == GuideSheet && rows.titleFrom == 1 && rows.title == GuideTitle
}

// quotedText is a text quoted in a note as it is, never translated.
type quotedText string

// cutText returns s cut to n characters, with "…" when cut.
func cutText(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i] + "…"
		}
		n--
	}
	return s
}

// Next implements [evaluate.TableRows].
func (s *sheetRows) Next() ([]string, error) {
	if s.held != nil {
		cells, err := s.held, s.heldErr
		s.held, s.heldErr, s.line = nil, nil, s.heldNum
		return cells, err
	}
	if !s.read() {
		if s.err != nil {
			return nil, s.err
		}
		return nil, io.EOF
	}
	// A worksheet row stops at its last non-empty cell: the empty cells
	// up to the header's width are there all the same.
	for len(s.cells) < s.width {
		s.cells = append(s.cells, "")
	}
	if m := s.sc.merges; m != nil {
		var err error
		if s.sc.issues, err = m.fill(s.num, s.heldNum, s.cells[:min(len(s.cells), s.width)], s.fills, s.sc.issues); err != nil {
			s.err = fmt.Errorf("row %d: %v", s.num, err)
			return nil, s.err
		}
	}
	if s.sc.rowHidden && s.holdsData() {
		s.hidden.rows.add(s.num)
	}
	s.line = s.num
	return s.cells, s.cellProblems()
}

// holdsData reports whether the row last read has a cell in a column the
// decoder reads.
func (s *sheetRows) holdsData() bool {
	for i, c := range s.cells[:min(len(s.cells), len(s.reads))] {
		if s.reads[i] && strings.TrimSpace(c) != "" {
			return true
		}
	}
	for _, is := range s.sc.issues {
		if is.col <= len(s.reads) && s.reads[is.col-1] {
			return true // a cell read as a problem
		}
	}
	return false
}

// errUncomputed is the problem of a cell holding a formula without a
// computed value.
var errUncomputed = problem.Errorf(problem.WrongKind, "formula has no computed value: open and save the file in Excel (or type the value)")

// cellProblems returns the problems of the cells of the row last read, as
// [evaluate.CellProblem] values quoting the cells: a formula without a
// computed value (a file written by a program that does not compute
// formulas), a shared string that does not exist, a cell given twice or
// out of order; nil when there are none. The cells themselves are empty
// in the row (reading one as a missing value would hide it), unless the
// problem says the cell is kept.
func (s *sheetRows) cellProblems() error {
	is := s.sc.issues
	if len(is) == 0 {
		return nil
	}
	errs := make([]error, len(is))
	for i, c := range is {
		errs[i] = &evaluate.CellProblem{Col: c.col - 1, Input: c.input, Err: c.err, Kept: c.kept}
	}
	return errors.Join(errs...)
}

// Line implements [evaluate.TableRows]: the worksheet row.
func (s *sheetRows) Line() int { return s.line }

// Cell implements [evaluate.TableRows]: "Sheet1!G7", or "Sheet1!7:7" for
// the whole row (col -1).
func (s *sheetRows) Cell(col int) string {
	if col < 0 {
		return s.sheet + "!" + strconv.Itoa(s.line) + ":" + strconv.Itoa(s.line)
	}
	return s.sheet + "!" + CellName(col+1, s.line)
}

// quoteSheet writes a sheet name as a cell reference does: 'Tổng hợp'
// when it holds a space or punctuation, as is otherwise.
func quoteSheet(name string) string {
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			return "'" + strings.ReplaceAll(name, "'", "''") + "'"
		}
	}
	return name
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// cellText is the text of a cell read from its raw XML text and the text its
// number format displays: a boolean as "true" or "false", a number with a
// percentage format as the percentage with its sign (0.965 → "96.5%", an
// exact shift of the decimal point), a number in exponent form as a plain decimal, and
// anything else as stored.
func cellText(raw, shown string) string {
	switch {
	case raw == "":
		return ""
	case raw == "1" && shown == "TRUE":
		return "true"
	case raw == "0" && shown == "FALSE":
		return "false"
	}
	num, ok := plainNumber(raw)
	if !ok {
		return raw
	}
	num = excelDigits(num)
	if strings.Contains(shown, "%") {
		return shiftPoint(num, 2) + "%"
	}
	return num
}

// excelDigits15 is the precision of a number in Excel, in significant
// digits; excelDigits17 is the most it writes to a file.
const (
	excelDigits15 = 15
	excelDigits17 = 17
)

// excelDigits returns the plain decimal s rounded to Excel's 15 significant
// digits (half away from zero) when s is a binary double written as Excel
// writes one, with 16 or 17 significant digits, and s itself otherwise.
// Excel holds a number as a binary double and writes it to the file with up
// to 17 digits, so that 95% typed is stored as 0.94999999999999996 and
// =0.1+0.2 as 0.30000000000000004: 15 digits give back the number typed,
// as Excel shows it. A number of more than 17 digits, or of 16 or 17 that
// are not a double's own (94.999999999999999 is no double's 17 digits: the
// nearest double is 95), was not written by Excel from a double and is
// read exactly.
func excelDigits(s string) string {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return s
	}
	n := d.NumDigits()
	if n <= excelDigits15 || n > excelDigits17 {
		return s
	}
	// The float64 only tells whether s is a double's digits; the value
	// read is the decimal's.
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	own, err := decimal.NewFromString(strconv.FormatFloat(f, 'g', n, 64))
	if err != nil || !own.Equal(d) {
		return s
	}
	return d.Round(-d.Exponent() - int32(n-excelDigits15)).String()
}

// serialDate returns the date and time of day a number in a date-formatted
// cell stands for: days since the workbook's epoch, the fraction the time
// of day, to the second. In the 1900 date system, serial 1 is 1900-01-01
// and serial 60 the 29 February 1900 that Excel counts but that did not
// exist (read as 1900-02-28); in the 1904 system serial 0 is 1904-01-01.
// ok is false for a negative serial, one past 9999-12-31, or a cell that
// is not a number.
func serialDate(raw string, date1904 bool) (time.Time, bool) {
	v, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
	if err != nil || v < 0 || v >= 2958466 {
		return time.Time{}, false
	}
	days := math.Floor(v)
	secs := math.Round((v - days) * 86400)
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	switch {
	case date1904:
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	case days == 60:
		days = 59
		fallthrough
	case days < 60:
		base = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return base.AddDate(0, 0, int(days)).Add(time.Duration(secs) * time.Second), true
}

// impossibleDate is what Excel shows for a number its date or time format
// cannot show (a negative date, one past 9999-12-31).
const impossibleDate = "########"

// shownDate is the text of a number raw in a cell of date, time or
// duration format f, as Excel shows it: a date (with its time of day), the
// time of day alone (whatever the days), or a duration in hours (37:30);
// impossibleDate when it cannot be shown. A number read this way is never
// taken for a figure: a date in a value column is an error quoting it.
func shownDate(raw string, f numberFormat, date1904 bool) string {
	if f == formatElapsed {
		v, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
		if err != nil || v < 0 || v >= 2958466 {
			return impossibleDate
		}
		secs := int64(math.Round(v * 86400))
		s := fmt.Sprintf("%d:%02d", secs/3600, secs/60%60)
		if secs%60 != 0 {
			s += fmt.Sprintf(":%02d", secs%60)
		}
		return s
	}
	t, ok := serialDate(raw, date1904)
	if !ok {
		return impossibleDate
	}
	return dateText(t, f == formatTime)
}

// dateText writes a date the Vietnamese way, day first (15/03/2020), with
// the time of day when it has one (15/03/2020 08:30); a time of day alone
// as hours and minutes (08:30), with seconds when it has them.
func dateText(t time.Time, timeOnly bool) string {
	clock := "15:04"
	if t.Second() != 0 {
		clock = "15:04:05"
	}
	switch {
	case timeOnly:
		return t.Format(clock)
	case t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0:
		return t.Format("02/01/2006")
	}
	return t.Format("02/01/2006 " + clock)
}

// maxExponent bounds the exponent of a number read from a cell: beyond it
// the plain form would be absurdly long (and no measured value is that
// large or small), so the cell is kept as written and rejected downstream.
const maxExponent = 30

// plainNumber reads the text of a numeric cell ("96.5", "-3", "1.5E-2",
// "2e3") and returns it as a plain decimal ("0.015", "2000"), exactly;
// ok is false for anything else.
func plainNumber(s string) (string, bool) {
	mant, exp := s, 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant = s[:i]
		e := s[i+1:]
		neg := false
		if e != "" && (e[0] == '+' || e[0] == '-') {
			neg = e[0] == '-'
			e = e[1:]
		}
		if e == "" || len(e) > 3 {
			return "", false
		}
		for _, c := range []byte(e) {
			if c < '0' || c > '9' {
				return "", false
			}
			exp = exp*10 + int(c-'0')
		}
		if neg {
			exp = -exp
		}
		if exp > maxExponent || exp < -maxExponent {
			return "", false
		}
	}
	sign := ""
	if mant != "" && (mant[0] == '-' || mant[0] == '+') {
		if mant[0] == '-' {
			sign = "-"
		}
		mant = mant[1:]
	}
	intPart, frac, hasPoint := strings.Cut(mant, ".")
	if intPart == "" && frac == "" || hasPoint && frac == "" && intPart == "" {
		return "", false
	}
	for _, part := range []string{intPart, frac} {
		for _, c := range []byte(part) {
			if c < '0' || c > '9' {
				return "", false
			}
		}
	}
	if exp == 0 && !strings.ContainsAny(s, "eE+") && intPart != "" && (!hasPoint || frac != "") {
		return s, true // already plain
	}
	return shiftPoint(sign+intPart+"."+frac, exp), true
}

// shiftPoint moves the decimal point of the plain decimal s by n places
// (to the right for n > 0) and returns the result without superfluous
// zeros: shiftPoint("0.965", 2) = "96.5".
func shiftPoint(s string, n int) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	digits := intPart + frac
	point := len(intPart) + n
	switch {
	case point <= 0:
		digits = strings.Repeat("0", -point+1) + digits
		point = 1
	case point > len(digits):
		digits += strings.Repeat("0", point-len(digits))
	}
	i, f := strings.TrimLeft(digits[:point], "0"), strings.TrimRight(digits[point:], "0")
	if i == "" {
		i = "0"
	}
	if f != "" {
		i += "." + f
	}
	if i == "0" {
		sign = ""
	}
	return sign + i
}

// CellName returns the A1 reference of a 1-based column and row ("G7"),
// or "R7C0" for a place no worksheet has (a column outside A to XFD, a row
// outside 1 to 1048576).
func CellName(col, row int) string {
	if col < 1 || col > maxColumn || row < 1 || row > maxRow {
		return fmt.Sprintf("R%dC%d", row, col)
	}
	var name [3]byte // XFD at most
	i := len(name)
	for ; col > 0; col = (col - 1) / 26 {
		i--
		name[i] = byte('A' + (col-1)%26)
	}
	return string(name[i:]) + strconv.Itoa(row)
}
