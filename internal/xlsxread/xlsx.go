package xlsxread

import (
	"archive/zip"
	"bytes"
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"strconv"
	"strings"

	"github.com/nongthonmoi/ntm/problem"
)

// The reading side parses the parts of an .xlsx file it needs itself: the
// workbook's sheet list, the shared strings, the number formats of the
// cell styles, and the worksheets, whose cells it scans byte by byte (a
// generic XML decoder is an order of magnitude slower on a province's
// table). Writing, in package workbook, uses excelize.

// Limits on a workbook's structure, beyond the unpacked size.
const (
	maxParts   = 10000   // files in the zip
	maxColumn  = 16384   // XFD, the last column of a worksheet
	maxRow     = 1048576 // the last row of a worksheet
	maxStrings = 1 << 22 // shared strings
)

// book is an opened workbook: its sheets in order, its shared strings, and
// which cell styles have a percentage or a date number format.
type book struct {
	zip     *zip.Reader
	sheets  []sheetRef
	shared  []string
	formats []numberFormat // by style index (the s attribute of a cell)
	// date1904: serial dates count from 1904-01-01 (workbookPr date1904).
	date1904 bool
	limit    int64 // unpacked bytes still allowed
	// tooLarge is the error of a workbook unpacking to more than its
	// limit: errTooLarge, or errUnpackRatio when the limit is
	// maxUnpackRatio times the file's size.
	tooLarge error
}

// maxUnpackRatio bounds how many times its own size a workbook may unpack
// to (its sheets' XML compresses about tenfold; a zip bomb a
// thousandfold), so that a small file cannot make a reader hold hundreds
// of megabytes. Any file may unpack to 1 MiB.
const maxUnpackRatio = 100

// numberFormat is what a cell style's number format does to a number.
type numberFormat uint8

const (
	formatPlain   numberFormat = iota
	formatPercent              // shows the number × 100 with a %
	formatDate                 // shows a serial date (and time of day)
	formatTime                 // shows a time of day only
	formatElapsed              // shows a duration in hours ([h]:mm)
)

type sheetRef struct {
	name, part string
	// hidden: the sheet is hidden in Excel (state "hidden" or
	// "veryHidden" in the workbook part).
	hidden bool
}

// openBook opens the workbook in data, refusing one that unpacks to more
// than limit bytes.
func openBook(data []byte, limit int64) (*book, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	if len(z.File) > maxParts {
		return nil, fmt.Errorf("%d parts", len(z.File))
	}
	// Part names are equal whatever their case (ECMA-376 Part 2, Open
	// Packaging Conventions): which of two parts of one name a program
	// reads is not said, so a zip holding two is refused.
	names := make(map[string]bool, len(z.File))
	for _, f := range z.File {
		name := strings.ToLower(f.Name)
		if names[name] {
			return nil, fmt.Errorf("part %s given twice: the file is damaged", f.Name)
		}
		names[name] = true
	}
	tooLarge := errTooLarge
	if r := max(int64(len(data)), 1<<20/maxUnpackRatio) * maxUnpackRatio; r < limit {
		limit, tooLarge = r, errUnpackRatio
	}
	var total uint64
	for _, f := range z.File {
		total += f.UncompressedSize64
	}
	if total > uint64(limit) {
		return nil, tooLarge
	}
	b := &book{zip: z, limit: limit, tooLarge: tooLarge}
	wbPart := b.workbookPart()
	wbData, err := b.part(wbPart)
	if err != nil {
		return nil, errNotWorkbook
	}
	rels, err := b.rels(path.Join(path.Dir(wbPart), "_rels", path.Base(wbPart)+".rels"), path.Dir(wbPart))
	if err != nil {
		return nil, err
	}
	byID := map[string]string{}
	var sharedPart, stylesPart string
	for _, r := range rels {
		byID[r.id] = r.target
		switch {
		case strings.HasSuffix(r.typ, "/sharedStrings"):
			sharedPart = r.target
		case strings.HasSuffix(r.typ, "/styles"):
			stylesPart = r.target
		}
	}
	if err := b.readWorkbook(wbData, byID); err != nil {
		return nil, inPart(wbPart, err)
	}
	if sharedPart != "" {
		if b.shared, err = b.sharedStrings(sharedPart); err != nil {
			return nil, inPart(sharedPart, err)
		}
	}
	if stylesPart != "" {
		if b.formats, err = b.styles(stylesPart); err != nil {
			return nil, inPart(stylesPart, err)
		}
	}
	return b, nil
}

// workbookPart returns the name of the workbook part: the target of the
// package's officeDocument relationship, else xl/workbook.xml.
func (b *book) workbookPart() string {
	wbPart := "xl/workbook.xml"
	if rels, err := b.rels("_rels/.rels", ""); err == nil {
		for _, r := range rels {
			if strings.HasSuffix(r.typ, "/officeDocument") {
				wbPart = r.target
			}
		}
	}
	return wbPart
}

// readWorkbook reads the workbook part wbData: its date system and its
// sheets, each with the part byID names for its relationship ID (a sheet
// without one is left out) and whether it is hidden.
func (b *book) readWorkbook(wbData []byte, byID map[string]string) error {
	var wb struct {
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := unmarshalPart(wbData, &wb); err != nil {
		return err
	}
	b.date1904 = wb.Pr.Date1904 == "1" || wb.Pr.Date1904 == "true"
	for _, s := range wb.Sheets {
		hidden := false
		for _, a := range s.Attrs {
			if a.Name.Local == "state" && a.Name.Space == "" {
				hidden = a.Value == "hidden" || a.Value == "veryHidden"
			}
		}
		for _, a := range s.Attrs {
			if a.Name.Local == "id" && a.Name.Space != "" {
				if t, ok := byID[a.Value]; ok {
					b.sheets = append(b.sheets, sheetRef{name: s.Name, part: t, hidden: hidden})
				}
			}
		}
	}
	return nil
}

// unmarshalPart decodes the XML of a part held whole into v, refusing a
// DTD as the scanner does (errDTD).
func unmarshalPart(data []byte, v any) error {
	p := scanner{data: data}
	for {
		if _, ok := p.next(); !ok {
			break
		}
	}
	if p.err == errDTD {
		return p.err
	}
	return xml.Unmarshal(data, v)
}

// part returns the unpacked content of a part, counted against the limit.
func (b *book) part(name string) ([]byte, error) {
	r, err := b.openPart(name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	b.limit -= r.n
	return data, nil
}

// file returns the zip entry of a part.
func (b *book) file(name string) (*zip.File, error) {
	name = strings.TrimPrefix(name, "/")
	for _, f := range b.zip.File {
		if f.Name == name {
			return f, nil
		}
	}
	return nil, fmt.Errorf("no part %s", name)
}

// openPart opens a part to be read as it is inflated, refusing one that
// says it unpacks to more than the bytes the workbook may still unpack to,
// or that does unpack to more. The bytes read are counted (n), not yet
// taken from the limit.
func (b *book) openPart(name string) (*partReader, error) {
	f, err := b.file(name)
	if err != nil {
		return nil, err
	}
	if f.UncompressedSize64 > uint64(b.limit) {
		return nil, b.tooLarge
	}
	rc, err := f.Open()
	if err != nil {
		return nil, partError(f.Name, err)
	}
	return &partReader{name: f.Name, rc: rc, max: b.limit, tooLarge: b.tooLarge, size: int64(f.UncompressedSize64)}, nil
}

// partError is the error of a part that cannot be inflated: a damaged
// zip, or a part that unpacks to a size other than the zip says.
func partError(name string, err error) error {
	if err == io.ErrUnexpectedEOF {
		return &partErr{fmt.Errorf("part %s is cut short (the file is damaged)", name)}
	}
	return &partErr{fmt.Errorf("part %s is damaged: %v", name, err)}
}

// partErr is an error naming its part, which is not named again.
type partErr struct{ err error }

func (e *partErr) Error() string { return e.err.Error() }

// inPart names the part of an error, unless it names it already.
func inPart(name string, err error) error {
	var pe *partErr
	if errors.As(err, &pe) || err == errTooLarge || err == errUnpackRatio {
		return err
	}
	return fmt.Errorf("%s: %v", name, err)
}

// A partReader reads a part as it is inflated, counting the bytes: once
// they are more than max, the error is tooLarge, and the rest is not
// inflated.
type partReader struct {
	name     string
	rc       io.ReadCloser
	n, max   int64
	tooLarge error
	// size is how many bytes the zip says are left to read.
	size int64
}

// chunk is how many bytes to scan r in at a time: scanChunk, or less for a
// part the zip says is smaller, so that a small part is not read into a
// window many times its size. A part larger than it says is still read
// whole, in more chunks.
func (r *partReader) chunk() int {
	return int(min(scanChunk, max(r.size+1, 512)))
}

func (r *partReader) Read(p []byte) (int, error) {
	if r.n > r.max {
		return 0, r.tooLarge
	}
	n, err := r.rc.Read(p)
	if r.n += int64(n); r.n > r.max {
		return 0, r.tooLarge
	}
	if err != nil && err != io.EOF {
		err = partError(r.name, err)
	}
	return n, err
}

func (r *partReader) Close() error { return r.rc.Close() }

type rel struct{ id, typ, target string }

// rels reads a relationships part; targets are resolved against dir.
func (b *book) rels(name, dir string) ([]rel, error) {
	data, err := b.part(name)
	if err != nil {
		return nil, err
	}
	var x struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
			Mode   string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if err := unmarshalPart(data, &x); err != nil {
		return nil, inPart(name, err)
	}
	out := make([]rel, 0, len(x.Rels))
	for _, r := range x.Rels {
		if r.Mode == "External" {
			continue
		}
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = t[1:]
		} else {
			t = path.Join(dir, t)
		}
		out = append(out, rel{r.ID, r.Type, t})
	}
	return out, nil
}

// sharedStrings reads the shared string table: the text of each <si>,
// its runs joined, phonetic runs left out.
func (b *book) sharedStrings(name string) ([]string, error) {
	r, err := b.openPart(name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var out []string
	var cur strings.Builder
	in, skip := false, 0
	p := scanner{r: r, chunk: r.chunk()}
	for {
		tok, ok := p.next()
		if !ok {
			break
		}
		switch {
		case tok.kind == tokOpen && tok.name == "si":
			in = true
			cur.Reset()
		case tok.kind == tokClose && tok.name == "si":
			if len(out) == maxStrings {
				return nil, errors.New("too many shared strings")
			}
			out = append(out, cur.String())
			in = false
		case tok.kind == tokOpen && (tok.name == "rPh" || tok.name == "phoneticPr"):
			skip++
		case tok.kind == tokClose && (tok.name == "rPh" || tok.name == "phoneticPr"):
			skip--
		case tok.kind == tokOpen && tok.name == "t" && in && skip == 0 && !tok.empty:
			text, bad, ok := p.text("t")
			if !ok {
				if p.rerr != nil && p.rerr != io.EOF {
					return nil, p.rerr
				}
				return nil, errors.New("malformed string")
			}
			if bad != nil {
				return nil, fmt.Errorf("shared string %d: %v", len(out), bad)
			}
			cur.WriteString(text)
		}
	}
	if p.rerr != nil && p.rerr != io.EOF {
		return nil, p.rerr
	}
	if p.err == errDTD {
		return nil, p.err
	}
	// The strings end at a damaged tag: the rest of the part counts all
	// the same.
	if _, err := io.Copy(io.Discard, r); err != nil {
		return nil, err
	}
	b.limit -= r.n
	return out, nil
}

// styles reads what the number format of each cell style (cellXfs) does:
// a percentage (the built-in formats 9 and 10, or a custom format with a %
// outside quotes), a date or a time of day (the built-in date and time
// formats, or a custom format with date or time codes), or nothing.
func (b *book) styles(name string) ([]numberFormat, error) {
	data, err := b.part(name)
	if err != nil {
		return nil, err
	}
	var x struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmt int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := unmarshalPart(data, &x); err != nil {
		return nil, err
	}
	custom := map[int]numberFormat{}
	for _, f := range x.NumFmts {
		custom[f.ID] = formatOf(f.Code)
	}
	out := make([]numberFormat, len(x.Xfs))
	for i, xf := range x.Xfs {
		f, ok := custom[xf.NumFmt]
		if !ok {
			f = builtinFormat(xf.NumFmt)
		}
		out[i] = f
	}
	return out, nil
}

// builtinFormat is what the built-in number format id does (ECMA-376
// Part 1, 18.8.30): 9 and 10 are percentages; 14-17 and 22 dates, 18-21
// and 45-47 times of day; 27-36 and 50-58 the dates and times of East
// Asian locales.
func builtinFormat(id int) numberFormat {
	switch {
	case id == 9 || id == 10:
		return formatPercent
	case id >= 14 && id <= 17, id == 22, id >= 27 && id <= 36, id >= 50 && id <= 58:
		return formatDate
	case id >= 18 && id <= 21, id >= 45 && id <= 47:
		return formatTime
	}
	return formatPlain
}

// formatOf is what a custom number format code does, judged by its first
// section: a percentage when it has a % outside quotes; a date when it has
// a day, month or year code (d, m, y, also e for the year in some
// locales); a duration when it has a bracketed hour, minute or second code
// ([h]:mm); a time of day when it has only hour and second codes (h, s,
// with m then meaning minutes). Quoted text, escaped characters and other
// bracketed parts ([Red], [$-42A]) are not codes.
func formatOf(code string) numberFormat {
	if i := sectionEnd(code); i >= 0 {
		code = code[:i]
	}
	if percentFormat(code) {
		return formatPercent
	}
	date, clock, elapsed := false, false, false
	quoted := false
	for i := 0; i < len(code); i++ {
		switch c := code[i] | 0x20; {
		case code[i] == '"':
			quoted = !quoted
		case quoted:
		case code[i] == '\\' || code[i] == '_' || code[i] == '*':
			i++
		case code[i] == '[':
			if j := strings.IndexByte(code[i:], ']'); j >= 0 {
				if k := strings.ToLower(code[i+1 : i+j]); k == "h" || k == "hh" || k == "m" || k == "mm" || k == "s" || k == "ss" {
					elapsed = true
				}
				i += j
			}
		case c == 'a' && (hasFoldPrefix(code[i:], "am/pm") || hasFoldPrefix(code[i:], "a/p")):
			clock = true
			i += strings.IndexByte(code[i:], '/') + 1
			for i+1 < len(code) && code[i+1]|0x20 >= 'a' && code[i+1]|0x20 <= 'z' {
				i++
			}
		case c == 'd' || c == 'y' || c == 'e' && i+1 < len(code) && code[i+1]|0x20 == 'e':
			date = true
		case c == 'm':
			// m is a month unless it follows an hour or precedes
			// seconds (h:mm, mm:ss); a format with a day or year has
			// a date anyway.
			if !minutes(code, i) {
				date = true
			}
		case c == 'h' || c == 's':
			clock = true
		}
	}
	switch {
	case date:
		return formatDate
	case elapsed:
		return formatElapsed
	case clock:
		return formatTime
	}
	return formatPlain
}

// hasFoldPrefix reports whether s begins with the ASCII prefix p, ignoring
// case.
func hasFoldPrefix(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// sectionEnd returns the index of the ; that ends the first section of a
// number format code, or -1.
func sectionEnd(code string) int {
	quoted := false
	for i := 0; i < len(code); i++ {
		switch {
		case code[i] == '"':
			quoted = !quoted
		case quoted:
		case code[i] == '\\':
			i++
		case code[i] == ';':
			return i
		}
	}
	return -1
}

// minutes reports whether the m at code[i] means minutes: the nearest code
// letter before the run of m is h, or the nearest after it is s.
func minutes(code string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if c := code[j] | 0x20; c >= 'a' && c <= 'z' {
			if c == 'm' {
				continue
			}
			return c == 'h'
		}
		if code[j] == ']' {
			return strings.Contains(strings.ToLower(code[:j]), "[h")
		}
	}
	for j := i + 1; j < len(code); j++ {
		if c := code[j] | 0x20; c >= 'a' && c <= 'z' {
			if c == 'm' {
				continue
			}
			return c == 's'
		}
	}
	return false
}

// percentFormat reports whether a number format code shows its value as a
// percentage: a % that is not quoted or escaped.
func percentFormat(code string) bool {
	quoted := false
	for i := 0; i < len(code); i++ {
		switch c := code[i]; {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\\' || c == '_' || c == '*':
			i++
		case c == '%':
			return true
		}
	}
	return false
}

// sheetScanner yields the rows of a worksheet's XML, read from its part as
// it is inflated: it holds one row at a time.
type sheetScanner struct {
	b     *book
	p     scanner
	row   int // number of the row being read
	cells []string
	// issues are the problems of the cells of the row: a formula without
	// a computed value (no <v>: a program that does not compute formulas
	// wrote the file), a shared string that does not exist, a cell given
	// twice or out of order. The text in cells of such a cell is empty,
	// unless the issue says it is kept.
	issues []cellIssue
	// cols are the columns of the row's cells so far, in file order; seen
	// marks them (a bit each) once a cell comes out of order, to tell a
	// cell given twice.
	cols     []int
	seen     []uint64
	seenUsed bool
	inRow    bool    // an error is inside row (not before it)
	merges   *merges // the sheet's merged cells, nil when none
	// rowHidden: the row last read is hidden in Excel (<row hidden="1">).
	rowHidden bool
	// hiddenCols marks (a bit each, 1-based) the columns hidden in Excel
	// (<col hidden="1">); nil when none is.
	hiddenCols []uint64
	rc         io.ReadCloser
	err        error
}

// cellIssue is a problem of one cell of a row.
type cellIssue struct {
	col   int    // 1-based
	input string // the cell as written, quoted in the problem
	err   error
	// kept: the cell's text is in the row all the same (a cell out of
	// order, placed at its column).
	kept bool
}

// Problems of cells, as the file holds them.
var (
	errBadString = func(n int) error {
		return problem.Errorf(problem.Invalid, "not a shared string of the workbook (it has %d): the file is damaged", n)
	}
	errBadBool   = problem.Errorf(problem.Invalid, "not a boolean (a boolean cell holds 0 or 1): the file is damaged")
	errNotNumber = problem.Errorf(problem.Invalid, "not a number (the cell's type is a number): the file is damaged")
	errBadStyle  = func(style string, n int) error {
		return problem.Errorf(problem.Invalid, "cell style %q is not one of the workbook's %d cell styles: the file is damaged", style, n)
	}
	errCellTwice = problem.Errorf(problem.Invalid, "cell given twice in its row: the file is damaged")
	// errErrorValue: a formula whose result is an error (#N/A, #DIV/0!,
	// #REF!), held as a cell of type "e".
	errErrorValue = problem.Errorf(problem.Invalid, "the formula gives an error value: fix it in Excel or type the value")
	errCellOrder  = func(after string) error {
		return problem.Errorf(problem.Invalid, "cell out of order: it comes after cell %s in its row: the file is damaged", after)
	}
	errCellRow = func(ref string, row int) error {
		return problem.Errorf(problem.Invalid, "cell reference %q is not in row %d: the file is damaged", ref, row)
	}
)

// openSheet opens a worksheet to read its rows as its XML is inflated. It
// first inflates the part once through, counting its bytes against the
// limit (a zip bomb is refused there, at the limit, before any row is
// read), to find where its sheetData begins and whether merged cells
// follow it; the merged cells, which come after the rows, are read first,
// in a pass of their own.
func (b *book) openSheet(part string) (*sheetScanner, error) {
	start, merged, n, err := b.surveySheet(part)
	if err != nil {
		return nil, err
	}
	b.limit -= n
	s := &sheetScanner{b: b}
	if merged {
		r, err := b.openAt(part, start, nil)
		if err != nil {
			return nil, err
		}
		s.merges, err = readMerges(scanner{r: r, chunk: r.chunk()})
		r.Close()
		if err != nil {
			return nil, err
		}
	}
	rc, err := b.openAt(part, start, &s.hiddenCols)
	if err != nil {
		return nil, err
	}
	s.rc, s.p = rc, scanner{r: rc, chunk: rc.chunk()}
	return s, nil
}

// colHidden reports whether the 1-based column col is hidden in Excel.
func (s *sheetScanner) colHidden(col int) bool {
	return col >= 1 && col <= maxColumn && s.hiddenCols != nil && s.hiddenCols[col/64]&(1<<(col%64)) != 0
}

// hiddenColumns reads the first n bytes of a worksheet's XML, those before
// its sheetData, and returns the columns its <cols> element hides (a bit
// each, 1-based; nil when none): the element comes before sheetData
// (ECMA-376 Part 1, 18.3.1.99 worksheet: sheetPr, dimension, sheetViews,
// sheetFormatPr, cols, sheetData, …). A col element it cannot read hides
// nothing: its columns are read all the same. The error is one of reading
// r.
func hiddenColumns(r io.Reader, n int64) ([]uint64, error) {
	lr := &io.LimitedReader{R: r, N: n}
	p := scanner{r: lr, chunk: int(min(n+1, scanChunk))}
	var hidden []uint64
	for {
		tok, ok := p.next()
		if !ok {
			break
		}
		if tok.kind != tokOpen || tok.name != "col" || !trueAttr(tok, "hidden") {
			continue
		}
		lo, err1 := attrInt(tok, "min")
		hi, err2 := attrInt(tok, "max")
		if err1 != nil || err2 != nil || lo < 1 || hi < lo {
			continue
		}
		if hidden == nil {
			hidden = make([]uint64, maxColumn/64+1)
		}
		for c := lo; c <= min(hi, maxColumn); c++ {
			hidden[c/64] |= 1 << (c % 64)
		}
	}
	if p.rerr != nil && p.rerr != io.EOF {
		return nil, p.rerr
	}
	// What the scanner left (after a DTD, which survey refuses before
	// sheetData) is skipped.
	if _, err := io.Copy(io.Discard, lr); err != nil {
		return nil, err
	}
	return hidden, nil
}

// trueAttr reports whether the boolean attribute name of t is true ("1" or
// "true", as XML Schema writes one).
func trueAttr(t token, name string) bool {
	v, _ := t.attr(name)
	v = strings.TrimSpace(v)
	return v == "1" || v == "true"
}

// attrInt returns the attribute name of t as a whole number.
func attrInt(t token, name string) (int, error) {
	v, _ := t.attr(name)
	return strconv.Atoi(strings.TrimSpace(v))
}

// surveySheet inflates a worksheet's part through, counting its bytes (n)
// against the limit without keeping them; see survey.
func (b *book) surveySheet(part string) (start int64, merged bool, n int64, err error) {
	r, err := b.openPart(part)
	if err != nil {
		return 0, false, 0, err
	}
	defer r.Close()
	return survey(r, r.chunk())
}

// survey reads a worksheet's XML from r, chunk bytes at a time (more than
// 8), and returns errDTD for a DTD before the rows; else it returns where its rows are read from (start: the byte before
// the first "sheetData"; 0 without one), whether "mergeCell" is written at
// or after it (merged), and its size (n).
func survey(r io.Reader, chunk int) (start int64, merged bool, n int64, err error) {
	const keep = len("sheetData") - 1 // carried over to the next chunk
	buf := make([]byte, chunk)
	sheetData := int64(-1)
	early := false // a "mergeCell" while no sheetData is found
	var base int64 // the offset of buf[0]
	have := 0
	for {
		k, err := readFull(r, buf[have:])
		have += k
		chunk := buf[:have]
		if sheetData < 0 {
			i := bytes.Index(chunk, []byte("sheetData"))
			// A DTD is in the prolog, before the rows, which are read
			// from start on.
			if d := bytes.Index(chunk, []byte("<!DOCTYPE")); d >= 0 && (i < 0 || d < i) {
				return 0, false, 0, errDTD
			}
			if i >= 0 {
				sheetData = base + int64(i)
				start = max(sheetData-1, 0)
			}
		}
		switch {
		case merged:
		case sheetData < 0:
			// Without a sheetData, rows are read from the start.
			early = early || bytes.Contains(chunk, []byte("mergeCell"))
		default:
			// A "mergeCell" found in an earlier chunk is before start.
			merged = bytes.Contains(chunk[max(start-base, 0):], []byte("mergeCell"))
		}
		switch err {
		case nil:
		case io.EOF:
			return start, merged || sheetData < 0 && early, base + int64(have), nil
		default:
			return 0, false, 0, err
		}
		base += int64(have - keep)
		have = copy(buf, buf[have-keep:have])
	}
}

// openAt opens a part whose bytes surveySheet counted, to be read from
// byte start on. When cols is not nil, the bytes before start are read for
// the columns they hide (see hiddenColumns), else skipped.
func (b *book) openAt(part string, start int64, cols *[]uint64) (*partReader, error) {
	f, err := b.file(part)
	if err != nil {
		return nil, err
	}
	rc, err := f.Open()
	if err != nil {
		return nil, partError(f.Name, err)
	}
	r := &partReader{name: f.Name, rc: rc, max: math.MaxInt64, size: max(int64(f.UncompressedSize64)-start, 0)}
	if cols != nil && start > 0 {
		if *cols, err = hiddenColumns(r, start); err != nil {
			r.Close()
			return nil, err
		}
		return r, nil
	}
	if _, err := io.CopyN(io.Discard, r, start); err != nil {
		r.Close()
		return nil, err
	}
	return r, nil
}

// close releases the part being read.
func (s *sheetScanner) close() {
	if s.rc != nil {
		s.rc.Close()
		s.rc = nil
	}
}

// next reads the next row present in the XML: its number and its cells as
// text (see cellText), one per column up to the last non-empty one; false
// at the end or on an error (s.err).
func (s *sheetScanner) next() (int, []string, bool) {
	for {
		tok, ok := s.p.next()
		if !ok {
			s.err = s.p.err
			return 0, nil, false
		}
		if tok.kind == tokClose && tok.name == "sheetData" {
			return 0, nil, false
		}
		if tok.kind != tokOpen || tok.name != "row" {
			continue
		}
		num := s.row + 1
		if r, ok := tok.attr("r"); ok {
			n, err := strconv.Atoi(r)
			switch {
			case err != nil || n < 1 || n > maxRow:
				s.err = fmt.Errorf("row number %q is not a whole number from 1 to 1048576: the file is damaged", r)
				return 0, nil, false
			case n <= s.row:
				s.err = fmt.Errorf("row %q comes after row %d: the rows of a worksheet go down, each once: the file is damaged", r, s.row)
				return 0, nil, false
			}
			num = n
		}
		if num > maxRow {
			s.err = errors.New("more rows than a worksheet holds")
			return 0, nil, false
		}
		s.row = num
		s.cells = s.cells[:0]
		s.issues = s.issues[:0]
		s.rowHidden = bytes.Contains(tok.attrs, []byte("hidden")) && trueAttr(tok, "hidden")
		if tok.empty {
			return num, s.cells, true
		}
		s.inRow = true
		if !s.readRow(num) {
			return 0, nil, false
		}
		s.inRow = false
		return num, s.cells, true
	}
}

// readRow reads the cells of row num up to its end tag, each at the column
// of its reference (a cell without one follows the cell before it, as
// Excel allows). A cell given twice, or before a cell at its left, or
// whose reference names another row, is an issue of the row.
func (s *sheetScanner) readRow(num int) bool {
	prev := 0 // the column of the cell before
	s.cols, s.seenUsed = s.cols[:0], false
	for {
		tok, ok := s.p.next()
		if !ok {
			s.err = s.p.err
			if s.err == nil {
				s.err = errors.New("worksheet ends inside a row")
			}
			return false
		}
		if tok.kind == tokClose && tok.name == "row" {
			return true
		}
		if tok.kind != tokOpen || tok.name != "c" {
			continue
		}
		col := prev + 1
		ref, hasRef := tok.attr("r")
		refRow := num
		if hasRef {
			if col, refRow = cellRef(ref); col <= 0 {
				s.err = fmt.Errorf("bad cell reference %q", ref)
				return false
			}
		}
		if col > maxColumn || len(s.cols) >= maxColumn {
			s.err = errors.New("more columns than a worksheet holds")
			return false
		}
		typ, _ := tok.attr("t")
		st, _ := tok.attr("s")
		var c cellXML
		if !tok.empty {
			var ok bool
			if c, ok = s.cellContent(typ); !ok {
				return false
			}
		}
		var text string
		var issue error
		switch {
		case c.bad != nil:
			issue, text = c.bad, c.raw
		case c.hasFormula && !c.hasValue:
			issue = errUncomputed
			if c.formula != "" && !strings.HasPrefix(c.formula, "=") {
				// Excel stores a formula without its "="; a program
				// may have kept it.
				text = "="
			}
			text += c.formula
		default:
			text, issue = s.cellValue(typ, c.raw, st)
			if issue != nil {
				text = strings.TrimSpace(c.raw)
			}
		}
		// Where the cell goes: at its column, once.
		order := col <= prev
		twice := order && s.seenCol(col)
		s.cols = append(s.cols, col)
		if s.seenUsed {
			s.markCol(col)
		}
		after := prev
		prev = col
		switch {
		case twice:
			s.issues = append(s.issues, cellIssue{col: col, input: text, err: errCellTwice})
			continue
		case order:
			s.issues = append(s.issues, cellIssue{col: col, input: text, err: errCellOrder(CellName(after, num)), kept: issue == nil})
		case refRow != num:
			s.issues = append(s.issues, cellIssue{col: col, input: ref, err: errCellRow(ref, num)})
			continue
		}
		if issue != nil {
			s.issues = append(s.issues, cellIssue{col: col, input: text, err: issue})
			continue
		}
		if text == "" {
			continue
		}
		if col <= len(s.cells) {
			s.cells[col-1] = text
			continue
		}
		for len(s.cells) < col-1 {
			s.cells = append(s.cells, "")
		}
		s.cells = append(s.cells, text)
	}
}

// seenCol reports whether a cell of the row being read was at col. The
// columns are marked from the first cell out of order on.
func (s *sheetScanner) seenCol(col int) bool {
	if !s.seenUsed {
		s.seenUsed = true
		if s.seen == nil {
			s.seen = make([]uint64, maxColumn/64+1)
		} else {
			clear(s.seen)
		}
		for _, c := range s.cols {
			s.markCol(c)
		}
	}
	return s.seen[col/64]&(1<<(col%64)) != 0
}

func (s *sheetScanner) markCol(col int) { s.seen[col/64] |= 1 << (col % 64) }

// cellXML is what a cell's XML holds.
type cellXML struct {
	raw        string // the <v> text, or the text of the inline string
	formula    string // the <f> text
	hasFormula bool   // an <f>, even empty (a cell sharing another's formula)
	hasValue   bool   // a <v>, even empty, or an inline string
	// bad is a reference XML does not allow in the cell's texts, which
	// are then as written.
	bad error
}

// cellContent reads a cell's <v> text, or the text of its inline string,
// and its formula, up to the cell's end tag.
func (s *sheetScanner) cellContent(typ string) (cellXML, bool) {
	var c cellXML
	var is strings.Builder
	inIS := false
	for {
		tok, ok := s.p.next()
		if !ok {
			s.err = s.p.err
			if s.err == nil {
				s.err = errors.New("worksheet ends inside a cell")
			}
			return cellXML{}, false
		}
		switch {
		case tok.kind == tokClose && tok.name == "c":
			if typ == "inlineStr" {
				c.raw, c.hasValue = is.String(), true
			}
			return c, true
		case tok.kind == tokOpen && tok.name == "is":
			inIS = !tok.empty
		case tok.kind == tokClose && tok.name == "is":
			inIS = false
		case tok.kind == tokOpen && tok.name == "v":
			c.hasValue = true
			if tok.empty {
				continue
			}
			if c.raw, c.bad, ok = s.p.text("v"); !ok {
				s.err = errors.New("malformed cell value")
				return cellXML{}, false
			}
		case tok.kind == tokOpen && tok.name == "f":
			c.hasFormula = true
			if tok.empty {
				continue
			}
			var bad error
			if c.formula, bad, ok = s.p.text("f"); !ok {
				s.err = errors.New("malformed cell formula")
				return cellXML{}, false
			}
			if c.bad == nil {
				c.bad = bad
			}
		case tok.kind == tokOpen && tok.name == "t" && inIS && !tok.empty:
			t, bad, ok := s.p.text("t")
			if !ok {
				s.err = errors.New("malformed inline string")
				return cellXML{}, false
			}
			if c.bad == nil {
				c.bad = bad
			}
			is.WriteString(t)
		}
	}
}

// cellValue is the text of a cell of type typ with the content raw; an
// error for a content the type cannot have (a shared string that does not
// exist, a boolean other than 0 and 1).
func (s *sheetScanner) cellValue(typ, raw, style string) (string, error) {
	switch typ {
	case "s":
		if raw == "" {
			return "", nil
		}
		i, err := strconv.Atoi(strings.TrimSpace(raw))
		if err != nil || i < 0 || i >= len(s.b.shared) {
			return "", errBadString(len(s.b.shared))
		}
		return s.b.shared[i], nil
	case "b":
		switch strings.TrimSpace(raw) {
		case "1":
			return "true", nil
		case "0":
			return "false", nil
		case "":
			return "", nil
		}
		return "", errBadBool
	case "", "n":
		if _, ok := plainNumber(strings.TrimSpace(raw)); !ok && raw != "" {
			return "", errNotNumber
		}
		f := formatPlain
		if style != "" && raw != "" {
			// A style index beyond the styles (s="0" in a workbook
			// without a styles part is the default style).
			i, err := strconv.Atoi(style)
			switch {
			case err == nil && i >= 0 && i < len(s.b.formats):
				f = s.b.formats[i]
			case err == nil && i == 0 && len(s.b.formats) == 0:
			default:
				return "", errBadStyle(style, len(s.b.formats))
			}
		}
		switch f {
		case formatPercent:
			return cellText(raw, "%"), nil
		case formatDate, formatTime, formatElapsed:
			return shownDate(raw, f, s.b.date1904), nil
		}
		return cellText(raw, ""), nil
	case "e":
		return "", errErrorValue
	}
	return raw, nil // str, inlineStr, d (a date)
}

// cellRef returns the 1-based column and row of a cell reference ("G7" →
// 7, 7); a column of 0 when it is not one.
func cellRef(ref string) (col, row int) {
	col = columnOf(ref)
	if col <= 0 {
		return 0, 0
	}
	i := strings.IndexAny(ref, "0123456789")
	row, err := strconv.Atoi(ref[i:])
	if err != nil || row < 1 || row > maxRow || ref[i] == '0' {
		return 0, 0
	}
	return col, row
}

// columnOf returns the 1-based column of a cell reference ("G7" → 7), or 0.
func columnOf(ref string) int {
	col := 0
	for i := 0; i < len(ref); i++ {
		c := ref[i]
		switch {
		case c >= 'A' && c <= 'Z':
			col = col*26 + int(c-'A'+1)
		case c >= 'a' && c <= 'z':
			col = col*26 + int(c-'a'+1)
		case c >= '0' && c <= '9' && i > 0:
			return col
		default:
			return 0
		}
		if col > maxColumn {
			return 0
		}
	}
	return 0
}

// A scanner reads the tags of an XML document: enough of XML for the parts
// of a workbook (no DTD). Names are taken without their namespace prefix.
// It reads the document from r as it scans it, holding the tag or the text
// being read, not what came before; without r, data holds the document.
type scanner struct {
	r    io.Reader
	data []byte // data[pos:] is read and not yet scanned
	pos  int
	rerr error // what ended r: io.EOF, or the error reading it
	err  error // a damaged document, or rerr when not io.EOF
	// chunk is how many bytes are read at a time at least; 0 means
	// scanChunk.
	chunk int
}

// scanChunk is how much of a document a scanner reads at a time.
const scanChunk = 64 << 10

// done reports whether the whole document is in data.
func (p *scanner) done() bool { return p.r == nil || p.rerr != nil }

// more reads more of the document into data, keeping data[pos:] (which
// then begins at data[0]); it reads something or ends r (rerr). It grows
// data when what is kept fills more than half of it, so that a long tag
// or text is scanned again only a bounded number of times.
func (p *scanner) more() {
	kept := len(p.data) - p.pos
	size := cmp.Or(p.chunk, scanChunk)
	if c := cap(p.data); kept > c/2 || c < size {
		buf := make([]byte, kept, max(2*c, size))
		copy(buf, p.data[p.pos:])
		p.data = buf
	} else {
		p.data = p.data[:copy(p.data[:c], p.data[p.pos:])]
	}
	p.pos = 0
	n, err := readFull(p.r, p.data[len(p.data):cap(p.data)])
	p.data = p.data[:len(p.data)+n]
	switch err {
	case nil:
	case io.EOF:
		p.rerr = io.EOF
	default:
		p.rerr = err
		if p.err == nil {
			p.err = err
		}
	}
}

// errDTD: a part with a DTD, which may declare entities that expand to
// more than any limit (a "billion laughs"). Excel writes none; the
// entities are never expanded, the part is refused.
var errDTD = errors.New("a DTD (<!DOCTYPE …>), which the parts of a workbook never hold: the file is refused")

// readFull reads len(buf) bytes from r, or fewer and the error that ended
// r. Unlike io.ReadFull it gives the reader's own error: a part that ends
// before the size the zip says (io.ErrUnexpectedEOF from archive/zip) is
// not taken for the end of the part.
func readFull(r io.Reader, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		k, err := r.Read(buf[n:])
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// fail notes a damaged document, unless an error is already noted.
func (p *scanner) fail(msg string) {
	if p.err == nil {
		p.err = errors.New(msg)
	}
}

const (
	tokOpen = iota + 1
	tokClose
)

// A token is a tag. Its attrs are valid until the scanner reads on.
type token struct {
	kind  int
	name  string
	attrs []byte // the raw attribute text of an open tag
	empty bool   // <x/>
}

// attr returns the value of an attribute (by local name), unescaped.
func (t token) attr(name string) (string, bool) {
	a := t.attrs
	for len(a) > 0 {
		a = trimSpaceLeft(a)
		eq := bytes.IndexByte(a, '=')
		if eq < 0 {
			return "", false
		}
		key := bytes.TrimSpace(a[:eq])
		if i := bytes.IndexByte(key, ':'); i >= 0 {
			key = key[i+1:]
		}
		rest := trimSpaceLeft(a[eq+1:])
		if len(rest) == 0 || rest[0] != '"' && rest[0] != '\'' {
			return "", false
		}
		end := bytes.IndexByte(rest[1:], rest[0])
		if end < 0 {
			return "", false
		}
		if string(key) == name {
			// A value with a reference XML does not allow is kept as
			// written: what reads it finds it is not one it knows.
			v, _ := unescape(rest[1 : 1+end])
			return v, true
		}
		a = rest[2+end:]
	}
	return "", false
}

// isSpace reports whether c is XML white space.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// trimSpaceLeft returns b without its leading XML white space.
func trimSpaceLeft(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	return b
}

// next returns the next open or close tag, skipping text, comments,
// processing instructions and declarations; false at the end of the
// document or on an error (p.err).
func (p *scanner) next() (token, bool) {
	for {
		i := bytes.IndexByte(p.data[p.pos:], '<')
		if i < 0 {
			p.pos = len(p.data) // text between tags is not kept
			if !p.done() {
				p.more()
				continue
			}
			return token{}, false
		}
		p.pos += i
		rest := p.data[p.pos:]
		if len(rest) < len("<![CDATA[") && !p.done() {
			p.more()
			continue
		}
		var skip []byte // the end of what is skipped
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			skip = []byte("-->")
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			skip = []byte("]]>")
		case bytes.HasPrefix(rest, []byte("<!DOCTYPE")):
			if p.err == nil {
				p.err = errDTD
			}
			return token{}, false
		case bytes.HasPrefix(rest, []byte("<?")), bytes.HasPrefix(rest, []byte("<!")):
			skip = []byte(">")
		}
		if skip != nil {
			end := bytes.Index(rest, skip)
			if end < 0 {
				if !p.done() {
					p.more()
					continue
				}
				switch skip[0] {
				case '-':
					p.fail("unclosed comment")
				case ']':
					p.fail("unclosed CDATA")
				default:
					p.fail("unclosed declaration")
				}
				return token{}, false
			}
			p.pos += end + len(skip)
			continue
		}
		end := tagEnd(rest)
		if end < 0 {
			if !p.done() {
				p.more()
				continue
			}
			p.fail("unclosed tag")
			return token{}, false
		}
		p.pos += end + 1
		body := rest[1:end]
		var t token
		if len(body) > 0 && body[0] == '/' {
			t.kind = tokClose
			body = body[1:]
		} else {
			t.kind = tokOpen
			if len(body) > 0 && body[len(body)-1] == '/' {
				t.empty = true
				body = body[:len(body)-1]
			}
		}
		nameEnd := 0
		for nameEnd < len(body) && !isSpace(body[nameEnd]) {
			nameEnd++
		}
		name := body[:nameEnd]
		if i := bytes.IndexByte(name, ':'); i >= 0 {
			name = name[i+1:]
		}
		t.name = internName(name)
		t.attrs = body[nameEnd:]
		return t, true
	}
}

// tagEnd returns the index of the '>' ending the tag at the start of b,
// skipping quoted attribute values, or -1.
func tagEnd(b []byte) int {
	var quote byte
	for i := 1; i < len(b); i++ {
		c := b[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i
		}
	}
	return -1
}

// text reads the character data up to the end tag of the element name (no
// nested elements), unescaped; CDATA sections are kept as written. A
// reference XML does not allow is bad (the text is then as written); ok
// is false when the element does not end as it should.
func (p *scanner) text(name string) (text string, bad error, ok bool) {
	n := 0 // the bytes of data[pos:] that are text
	cdata := false
	for {
		rest := p.data[p.pos:]
		i := bytes.IndexByte(rest[n:], '<')
		if i < 0 {
			if !p.done() {
				n = len(rest)
				p.more()
				continue
			}
			return "", nil, false
		}
		if len(rest)-n-i < len("<![CDATA[") && !p.done() {
			n += i
			p.more()
			continue
		}
		if !bytes.HasPrefix(rest[n+i:], []byte("<![CDATA[")) {
			n += i
			break
		}
		end := bytes.Index(rest[n+i:], []byte("]]>"))
		if end < 0 {
			if !p.done() {
				n += i
				p.more()
				continue
			}
			return "", nil, false
		}
		n += i + end + 3
		cdata = true
	}
	raw := p.data[p.pos : p.pos+n]
	if cdata {
		var b strings.Builder
		for len(raw) > 0 {
			i := bytes.Index(raw, []byte("<![CDATA["))
			if i < 0 {
				i = len(raw)
			}
			t, err := unescape(raw[:i])
			b.WriteString(t)
			if bad == nil {
				bad = err
			}
			if i == len(raw) {
				break
			}
			raw = raw[i+9:]
			end := bytes.Index(raw, []byte("]]>"))
			b.Write(raw[:end])
			raw = raw[end+3:]
		}
		text = b.String()
	} else {
		text, bad = unescape(raw)
	}
	p.pos += n
	tok, ok := p.next()
	if !ok || tok.kind != tokClose || tok.name != name {
		return "", nil, false
	}
	return text, bad, true
}

// internName returns the names the readers compare as constants, others
// as a new string.
func internName(b []byte) string {
	switch string(b) {
	case "c":
		return "c"
	case "v":
		return "v"
	case "row":
		return "row"
	case "t":
		return "t"
	case "is":
		return "is"
	case "f":
		return "f"
	case "si":
		return "si"
	}
	return string(b)
}

// unescape replaces the XML character and entity references of b. A
// reference XML does not allow (an entity no DTD declares, as none is
// read; an & that begins none; a character XML cannot hold) is an error
// quoting it, and the text is returned as written.
func unescape(b []byte) (string, error) {
	if bytes.IndexByte(b, '&') < 0 {
		if bytes.IndexByte(b, '\r') < 0 {
			return string(b), nil
		}
	}
	var out strings.Builder
	out.Grow(len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '\r' {
			// XML normalises line ends to \n.
			if i+1 < len(b) && b[i+1] == '\n' {
				continue
			}
			out.WriteByte('\n')
			continue
		}
		if c != '&' {
			out.WriteByte(c)
			continue
		}
		end := bytes.IndexByte(b[i:], ';')
		if end < 0 || end > 12 {
			return string(b), badReference(b[i:])
		}
		ent := string(b[i+1 : i+end])
		switch ent {
		case "amp":
			out.WriteByte('&')
		case "lt":
			out.WriteByte('<')
		case "gt":
			out.WriteByte('>')
		case "quot":
			out.WriteByte('"')
		case "apos":
			out.WriteByte('\'')
		default:
			r, ok := charReference(ent)
			if !ok {
				return string(b), badReference(b[i : i+end+1])
			}
			out.WriteRune(r)
		}
		i += end
	}
	return out.String(), nil
}

// charReference returns the character of a character reference's name
// ("#233", "#xE9"); false when it is not one or names a character XML
// cannot hold.
func charReference(ent string) (rune, bool) {
	var n uint64
	var err error
	switch {
	case strings.HasPrefix(ent, "#x") || strings.HasPrefix(ent, "#X"):
		n, err = strconv.ParseUint(ent[2:], 16, 32)
	case strings.HasPrefix(ent, "#"):
		n, err = strconv.ParseUint(ent[1:], 10, 32)
	default:
		return 0, false
	}
	if err != nil || !xmlChar(n) {
		return 0, false
	}
	return rune(n), true
}

// xmlChar reports whether XML can hold the character n (XML 1.0, Char).
func xmlChar(n uint64) bool {
	switch {
	case n == 0x9, n == 0xA, n == 0xD:
		return true
	case n >= 0x20 && n <= 0xD7FF, n >= 0xE000 && n <= 0xFFFD, n >= 0x10000 && n <= 0x10FFFF:
		return true
	}
	return false
}

// badReference is the error of a reference XML does not allow, quoting
// it (at most 12 bytes).
func badReference(ref []byte) error {
	if len(ref) > 12 {
		ref = ref[:12]
	}
	return problem.Errorf(problem.Invalid, "%q is not a reference XML allows (&amp; &lt; &gt; &quot; &apos; or a character &#…;): the file is damaged", ref)
}
