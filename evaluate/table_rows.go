package evaluate

import (
	"bufio"
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/internal/legacyvn"
	"github.com/nongthonmoi/ntm/problem"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// TableRows is a source of table rows for [TableOptions.NewTableDecoder]:
// the lines of a CSV file (read by [TableOptions.NewCSVDecoder]) or the
// rows of a worksheet (fed by a workbook reader). Cells are text as a
// person would type them: a workbook reader hands numeric cells over
// exactly as stored ("96.5", "0"), a binary double Excel wrote with 17
// digits to Excel's 15 ("95" for a stored 94.999999999999996), and a numeric cell with a percentage number
// format as a percentage with its sign ("96.5%" for a stored 0.965).
type TableRows interface {
	// Next returns the cells of the next row, or io.EOF after the last. The
	// slice and its strings may be reused by the next call. A
	// [*CellProblem], or several joined with [errors.Join], comes with the
	// row's cells: a cell that cannot be read as text (its text in cells is
	// empty). Any other error ends the table and is reported as a problem of
	// the file.
	Next() ([]string, error)
	// Line returns the 1-based number of the row last returned: the line a
	// CSV row starts on, a worksheet's row number. Problems are sorted by it.
	Line() int
	// Cell names cell col (0-based) of the row last returned as problems
	// and origins show it, sheet and cell: "Sheet1!G7"; for col -1, the
	// row (by its first cell, "Sheet1!A7"). A source that returns "" is
	// shown by its line ("communes.csv:7").
	Cell(col int) string
}

// Caps on the size of what one CSV row may hold. A larger row or cell is a
// problem naming the cap and the row's lines; the row is skipped and the
// next line starts a new row, so nothing is held beyond these sizes.
const (
	// MaxRowBytes caps a CSV row (a line, or the lines of a row whose quoted
	// cell spans lines), in bytes after decoding to UTF-8.
	MaxRowBytes = 1 << 20
	// MaxCellBytes caps one cell.
	MaxCellBytes = 64 << 10
	// maxRowLines caps how many lines a quoted cell may span.
	maxRowLines = 64
	// maxColumns caps the cells of a row.
	maxColumns = 4096
)

// Encodings of CSV input ([TableOptions.Encoding]).
const (
	EncodingUTF8        = "utf-8"
	EncodingWindows1258 = "windows-1258"
	EncodingUTF16       = "utf-16"
	// EncodingTCVN3 and EncodingVNI are the Vietnamese font encodings
	// before Unicode (package internal/legacyvn): a file's bytes, or, in a
	// file that is UTF-8 (a sheet typed with such a font saved as "CSV
	// UTF-8"), a line's characters read as Windows-1252, are decoded.
	EncodingTCVN3 = "tcvn3"
	EncodingVNI   = "vni"
)

// decodeInput returns r decoded to UTF-8 from encoding: "" or "utf-8" (a
// UTF-8 byte-order mark is skipped, and a UTF-16 one switches to UTF-16),
// "windows-1258" (also "cp1258") or "utf-16" (a byte-order mark gives the
// byte order, little-endian without one). "tcvn3" and "vni" are read as
// "" is, the lines then decoded one by one (csvRows.legacy). Whatever the
// encoding, a file that starts with a UTF-8 or UTF-16 byte-order mark is
// read as its mark says: no Windows-1258 text starts with one, and one
// --encoding may be given for a folder of files saved both ways.
//
// overridden is the encoding asked for ("windows-1258", "utf-16") when a
// UTF-8 byte-order mark made the file read as UTF-8 instead, else "";
// marked is true when the file starts with a UTF-8 byte-order mark.
func decodeInput(r io.Reader, encoding string) (br *bufio.Reader, overridden string, marked bool, err error) {
	br = bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(3)
	utf8BOM := bytes.HasPrefix(head, []byte("\uFEFF"))
	utf16BOM := bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF})
	name := strings.ToLower(strings.TrimSpace(encoding))
	switch name {
	case "", "utf-8", "utf8", "windows-1258", "cp1258", "windows1258", "utf-16", "utf16":
	default:
		if legacyvn.Name(name) == "" {
			return nil, "", false, problem.Errorf(problem.Encoding, "unknown encoding %q (want utf-8, windows-1258, utf-16, tcvn3 or vni)", encoding)
		}
	}
	switch {
	case utf8BOM:
		br.Discard(3)
		switch name {
		case "windows-1258", "cp1258", "windows1258":
			overridden = EncodingWindows1258
		case "utf-16", "utf16":
			overridden = EncodingUTF16
		}
		return br, overridden, true, nil
	case utf16BOM:
		return utf16Reader(br), "", false, nil
	}
	switch name {
	case "windows-1258", "cp1258", "windows1258":
		return bufio.NewReaderSize(transform.NewReader(br, charmap.Windows1258.NewDecoder()), 64<<10), "", false, nil
	case "utf-16", "utf16":
		return utf16Reader(br), "", false, nil
	}
	return br, "", false, nil
}

func utf16Reader(r io.Reader) *bufio.Reader {
	dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
	return bufio.NewReaderSize(transform.NewReader(r, unicode.BOMOverride(dec)), 64<<10)
}

// CellProblem is a problem of one cell of a row that a [TableRows] source
// finds as it reads the row, such as a workbook formula without a computed
// value. The decoder reports it at the cell, quoting Input, as a problem of
// the row's commune (the commune is then left out), or of the file when the
// row names no commune (the rest of the row is empty, or the cell is in an
// identity column and not Kept); a cell of an ignored helper column
// (content, target, note) is not reported.
type CellProblem struct {
	Col   int    // the cell, 0-based
	Input string // the cell as written ("=1/2*100")
	Err   error  // the cause, a *problem.Msg with its code
	// Kept says that the cell's text is in the row all the same (a
	// workbook cell out of order, placed at its column): an identity
	// cell still names the row's commune.
	Kept bool
}

// Error returns the cause's message; the decoder adds the place and the
// quoted input when it reports the problem.
func (p *CellProblem) Error() string { return p.Err.Error() }

// Unwrap returns the cause.
func (p *CellProblem) Unwrap() error { return p.Err }

// cellProblems returns the cell problems err is or joins; nil when err is
// anything else.
func cellProblems(err error) []*CellProblem {
	var out []*CellProblem
	var walk func(error) bool
	walk = func(err error) bool {
		if cp, ok := err.(*CellProblem); ok {
			out = append(out, cp)
			return true
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				if !walk(e) {
					return false
				}
			}
			return len(j.Unwrap()) > 0
		}
		return false
	}
	if !walk(err) {
		return nil
	}
	return out
}

// rowProblem is a problem confined to one CSV row (a quoting error, a row
// over a cap): the row's cells as far as they could be read come with it.
type rowProblem struct {
	col int // the cell concerned, -1 for the row
	err error
	// cut: the row's cells from col on are not known (a line over
	// MaxRowBytes): the cells come only up to col.
	cut bool
}

func (p *rowProblem) Error() string { return p.err.Error() }

// encodingProblem ends a CSV file that is not UTF-8: the line, the byte
// and its place in the line, and the encoding asked for that a UTF-8
// byte-order mark overrode ("" when none did).
type encodingProblem struct {
	line, b, at int
	overridden  string
	// legacy is the Vietnamese font encoding before Unicode that the
	// line, a header, looks typed in, and input the header cell that
	// tells it (as Windows-1252 shows its bytes); "" when it does not.
	legacy, input string
	// maybe is the legacy encoding whose letters the line's bytes read
	// as while Windows-1258's do not (legacyvn.Probable), when legacy is "": the
	// fix names it too.
	maybe string
}

func (p *encodingProblem) Error() string { return p.msg("", "", "").Error() }

// notUTF8Format is the message of a file that is not UTF-8; its last two
// arguments are the other fix than saving the file as CSV UTF-8, and what
// was not read.
const notUTF8Format = `line %d is not UTF-8 (byte 0x%02X at byte %d of the line): the file is in another encoding; ` +
	`save it as "CSV UTF-8" (in Excel: Save As, CSV UTF-8) or %s; %s not read`

// defaultEncodingFix is the fix of a file that is not UTF-8 without
// TableOptions.EncodingFix: the ntm command's flag.
const defaultEncodingFix = "read it with --encoding windows-1258 (or utf-16)"

// defaultSetFix is the fix of a table without a set column without
// TableOptions.SetFix: the ntm command's flag.
const defaultSetFix = "or give the set of the table: --set"

// notUTF8AfterBOMFormat is the message of a file that starts with a UTF-8
// byte-order mark, read as UTF-8 whatever the encoding asked for, and is
// not UTF-8 further on.
const notUTF8AfterBOMFormat = `line %d is not UTF-8 (byte 0x%02X at byte %d of the line), though the file starts with a UTF-8 byte-order mark, ` +
	`which takes precedence over the encoding %s asked for: the file is damaged or was saved with a wrong mark; ` +
	`save it again as "CSV UTF-8" (in Excel: Save As, CSV UTF-8); %s not read`

// msg returns the problem, suggesting fix (defaultEncodingFix when empty)
// or, for a header in a legacy encoding, legacyFix (see
// TableOptions.LegacyEncodingFix), and saying that lines were not read.
func (p *encodingProblem) msg(lines, fix, legacyFix string) error {
	if p.legacy != "" {
		return problem.Errorf(problem.Encoding, legacyLineFormat, p.line, legacyvn.Label(p.legacy), p.input,
			legacyvn.Text(p.legacy, p.input), legacyvn.Unikey(p.legacy), legacyFixOf(p.legacy, legacyFix), lines)
	}
	if p.overridden != "" {
		return problem.Errorf(problem.Encoding, notUTF8AfterBOMFormat, p.line, p.b, p.at, p.overridden, lines)
	}
	if fix == "" {
		fix = defaultEncodingFix
	}
	if p.maybe != "" {
		return problem.Errorf(problem.Encoding, notUTF8Format, p.line, p.b, p.at,
			problem.Errorf(problem.Encoding, legacyMaybeFormat, fix, legacyvn.Label(p.maybe), legacyFixOf(p.maybe, legacyFix)), lines)
	}
	return problem.Errorf(problem.Encoding, notUTF8Format, p.line, p.b, p.at, fix, lines)
}

// csvRows reads the rows of a CSV file. The separator is detected from the
// header line. A cell opened by a quote may span lines, but only when the
// row it makes is sound (the quote closes, followed by a separator or the
// end of the line, within maxRowLines lines and MaxRowBytes, and the row
// has as many cells as the header): otherwise the row is its first line
// alone, reported, and the next line starts a new row. A quote inside an
// unquoted cell is kept as text.
type csvRows struct {
	br    *bufio.Reader
	sep   byte
	width int // cells of the header, once known; 0 before
	// overridden is the encoding asked for that a UTF-8 byte-order mark
	// overrode, or "".
	overridden string
	// marked is true when the file starts with a UTF-8 byte-order mark:
	// it was saved as UTF-8, so bytes that are not UTF-8 in it are not
	// taken for text typed in a legacy font encoding.
	marked bool
	// legacy is the legacy Vietnamese encoding the lines are decoded from
	// (legacyvn.TCVN3, legacyvn.VNI), or "".
	legacy string

	lineNo  int   // lines read from br
	offset  int64 // bytes read from br
	pending []physLine
	eof     bool

	rowLine int
	cells   []string
	buf     []byte // the text of the row's cells
	ends    []int
	lineBuf []byte // the text of the line being read
}

// physLine is one line of input without its line ending.
type physLine struct {
	text   []byte
	no     int
	offset int64 // of its first byte
	size   int   // with its line ending
	long   bool  // over MaxRowBytes: text holds only its start
}

func newCSVRows(br *bufio.Reader) *csvRows { return &csvRows{br: br} }

// readLine returns the next line, from the pending queue or the input.
func (c *csvRows) readLine() (physLine, bool, error) {
	if len(c.pending) > 0 {
		l := c.pending[0]
		c.pending = c.pending[1:]
		return l, true, nil
	}
	l, ok, err := c.readPhys(c.lineBuf[:0])
	if ok && !l.long {
		c.lineBuf = l.text[:0]
	}
	return l, ok, err
}

// nextPhys returns the next line, from the pending queue or the input, in
// a buffer of its own.
func (c *csvRows) nextPhys() (physLine, bool, error) {
	if len(c.pending) > 0 {
		l := c.pending[0]
		c.pending = c.pending[1:]
		return l, true, nil
	}
	return c.readPhys(nil)
}

// readPhys reads one line from the input into text; a line over
// MaxRowBytes is consumed to its end and marked long.
func (c *csvRows) readPhys(text []byte) (physLine, bool, error) {
	if c.eof {
		return physLine{}, false, nil
	}
	l := physLine{no: c.lineNo + 1, offset: c.offset}
	for {
		chunk, err := c.br.ReadSlice('\n')
		l.size += len(chunk)
		if len(text)+len(chunk) <= MaxRowBytes+2 {
			text = append(text, chunk...)
		} else {
			l.long = true
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			c.eof = true
			if l.size == 0 {
				return physLine{}, false, nil
			}
			break
		}
		if err != nil {
			return physLine{}, false, err
		}
		break
	}
	c.lineNo++
	c.offset += int64(l.size)
	text = bytes.TrimSuffix(text, []byte("\n"))
	text = bytes.TrimSuffix(text, []byte("\r"))
	if c.legacy != "" {
		// Decoded into a new buffer (but an ASCII line): the line's own
		// is reused for the next line.
		text = legacyvn.Line(c.legacy, text)
	}
	if len(text) > MaxRowBytes {
		l.long = true
	}
	l.text = text
	return l, true, nil
}

// header reads the first line and detects the separator: of ',', ';' and
// tab, the one that splits the line into the most recognised column names
// (then into the most cells). It returns the header's cells.
func (c *csvRows) header(recognised func(string) bool) ([]string, error) {
	var l physLine
	for {
		var ok bool
		var err error
		l, ok, err = c.readLine()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, io.EOF
		}
		if l.long || len(bytes.Trim(l.text, " \t,;")) > 0 {
			break // not an empty line, nor empty cells only
		}
	}
	c.rowLine = l.no
	if l.long {
		return nil, &rowProblem{col: -1, err: problem.Errorf(problem.TooLarge, "header larger than the %d-byte row cap", MaxRowBytes)}
	}
	if !utf8.Valid(l.text) {
		err := c.notUTF8(l)
		// A file with a UTF-8 byte-order mark was saved as UTF-8: its
		// bytes that are not are no legacy text (and, when the mark took
		// precedence over the encoding asked for, the problem says so).
		if !c.marked {
			for _, sep := range []byte{',', ';', '\t'} {
				if enc, input := legacyLine(l.text, sep, isHeaderName); enc != "" {
					err.legacy, err.input = enc, input
					break
				}
			}
			if err.legacy == "" {
				err.maybe = legacyvn.Probable(l.text)
			}
		}
		return nil, err
	}
	if bytes.IndexByte(l.text, '\r') >= 0 {
		// Lines that end with CR alone make the whole file one line: its
		// rows would be read as columns of the header.
		return nil, &rowProblem{col: -1, err: problem.Errorf(problem.Syntax, "the lines end with a carriage return (CR) alone: save the file with CRLF (Windows) or LF line ends")}
	}
	best, bestScore, bestCells := byte(','), -1, 0
	for _, sep := range []byte{',', ';', '\t'} {
		cells, _ := splitLine(l.text, sep)
		score := 0
		for _, cell := range cells {
			if recognised(cell) {
				score++
			}
		}
		if score > bestScore || score == bestScore && len(cells) > bestCells {
			best, bestScore, bestCells = sep, score, len(cells)
		}
	}
	c.sep = best
	cells, open := splitLine(l.text, c.sep)
	if open {
		return nil, &rowProblem{col: len(cells) - 1, err: problem.Errorf(problem.Syntax, "invalid CSV: unclosed quote in the header")}
	}
	c.cells = append(c.cells[:0], cells...)
	return c.cells, nil
}

// splitLine splits one line into cells, reporting a quoted cell left open
// at its end (the cell then holds the rest of the line).
func splitLine(text []byte, sep byte) ([]string, bool) {
	var p cellParser
	p.sep = sep
	p.feed(text)
	return p.finish()
}

func (c *csvRows) notUTF8(l physLine) *encodingProblem {
	at := 0
	for at < len(l.text) {
		r, n := utf8.DecodeRune(l.text[at:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		at += n
	}
	return &encodingProblem{line: l.no, b: int(l.text[at]), at: at + 1, overridden: c.overridden}
}

// Next returns the cells of the next non-empty row.
func (c *csvRows) Next() ([]string, error) {
	for {
		l, ok, err := c.readLine()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, io.EOF
		}
		c.rowLine = l.no
		if l.long {
			return c.longRow(l)
		}
		if !utf8.Valid(l.text) {
			err := c.notUTF8(l)
			// A row whose names (province, district, commune) read
			// as places in a legacy encoding: a table typed with
			// such a font under a header in ASCII.
			if !c.marked { // saved as UTF-8: no legacy text (csvRows.marked)
				if enc, input := legacyLine(l.text, c.sep, knownPlaceName); enc != "" {
					err.legacy, err.input = enc, input
				} else {
					err.maybe = legacyvn.Probable(l.text)
				}
			}
			return nil, err
		}
		if len(bytes.TrimSpace(l.text)) == 0 {
			continue
		}
		return c.row(l)
	}
}

// longRow returns the problem of a line over MaxRowBytes, not read, with
// the cells its first MaxRowBytes hold: the cells before the one the cap
// cuts (or the first over MaxCellBytes), so that the row's commune can
// still be told and left out by name. The problem names the cut cell; with
// no cell before it (or text that is not UTF-8 before it), the row comes
// without cells, its commune unknown.
func (c *csvRows) longRow(l physLine) ([]string, error) {
	err := problem.Errorf(problem.TooLarge, "line larger than the %d-byte row cap: not read (bytes %d-%d of the file); the next line starts a new row",
		MaxRowBytes, l.offset+1, l.offset+int64(l.size))
	p := cellParser{sep: c.sep, cells: c.cells[:0], buf: c.buf[:0], ends: c.ends[:0]}
	p.feed(l.text)
	cut := len(p.ends) // the cell the cap cuts
	if p.tooLong >= 0 && p.tooLong < cut {
		cut = p.tooLong
	}
	cells, _ := p.finish()
	c.cells, c.buf, c.ends = cells, p.buf, p.ends
	if cut == 0 || cut > maxColumns {
		return nil, &rowProblem{col: -1, err: err}
	}
	c.cells = c.cells[:cut]
	for _, cell := range c.cells {
		if !utf8.ValidString(cell) {
			return nil, &rowProblem{col: -1, err: err}
		}
	}
	return c.cells, &rowProblem{col: cut, err: err, cut: true}
}

// row reads the row that starts with line l, taking further lines while a
// quoted cell is open.
func (c *csvRows) row(l physLine) ([]string, error) {
	p := cellParser{sep: c.sep, cells: c.cells[:0], buf: c.buf[:0], ends: c.ends[:0]}
	p.feed(l.text)
	if !p.inQuote && p.bad < 0 {
		return c.done(&p, nil)
	}
	// A quoted cell is open at the end of the line: take further lines
	// while they keep the row sound.
	var taken []physLine
	size := len(l.text)
	for p.inQuote && p.bad < 0 && len(taken) < maxRowLines {
		next, ok, err := c.nextPhys()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		taken = append(taken, next)
		size += len(next.text) + 1
		if next.long || size > MaxRowBytes || !utf8.Valid(next.text) {
			break
		}
		p.newline()
		p.feed(next.text)
	}
	if !p.inQuote && p.bad < 0 {
		cells, _ := p.finish()
		if c.width == 0 || len(cells) == c.width {
			c.cells, c.buf, c.ends = p.cells, p.buf, p.ends
			return c.cells, nil
		}
	}
	// Not sound: the row is its first line alone; the lines taken are read
	// again as rows of their own.
	c.pending = append(taken, c.pending...)
	p = cellParser{sep: c.sep, cells: c.cells[:0], buf: c.buf[:0], ends: p.ends[:0]}
	p.feed(l.text)
	if p.bad >= 0 {
		return c.done(&p, nil)
	}
	col := len(p.ends)
	cells, _ := p.finish()
	c.cells, c.buf, c.ends = cells, p.buf, p.ends
	return c.cells, &rowProblem{col: col, err: problem.Errorf(problem.Syntax, "invalid CSV: unclosed quote in cell %d: the row is line %d alone, and line %d starts a new row",
		col+1, l.no, l.no+1)}
}

// done returns the cells of a one-line row and its quoting problem.
func (c *csvRows) done(p *cellParser, _ error) ([]string, error) {
	bad := p.bad
	cells, _ := p.finish()
	c.cells, c.buf, c.ends = cells, p.buf, p.ends
	switch {
	case bad >= 0:
		return c.cells, &rowProblem{col: bad, err: problem.Errorf(problem.Syntax, "invalid CSV: text after the closing quote of cell %d: write a quote inside a quoted cell as \"\"", bad+1)}
	case p.tooLong >= 0:
		return c.cells, &rowProblem{col: p.tooLong, err: problem.Errorf(problem.TooLarge, "cell %d larger than the %d-byte cell cap", p.tooLong+1, MaxCellBytes)}
	case len(c.cells) > maxColumns:
		return nil, &rowProblem{col: -1, err: problem.Errorf(problem.TooLarge, "row too large: more than %d cells", maxColumns)}
	}
	return c.cells, nil
}

func (c *csvRows) Line() int       { return c.rowLine }
func (c *csvRows) Cell(int) string { return "" }
func (c *csvRows) setWidth(n int)  { c.width = n }

// cellParser splits text into cells, line by line.
type cellParser struct {
	sep     byte
	cells   []string
	buf     []byte // cell text accumulated, then cut into strings by finish
	ends    []int  // end of each finished cell in buf
	start   bool   // at the start of a cell
	inQuote bool   // inside a quoted cell
	quoted  bool   // the current cell was quoted and closed
	begun   bool
	bad     int // first cell with text after its closing quote, or -1
	tooLong int // first cell over MaxCellBytes, or -1
	cellLen int
}

func (p *cellParser) init() {
	if !p.begun {
		p.begun, p.start, p.bad, p.tooLong = true, true, -1, -1
		p.ends = p.ends[:0]
	}
}

// feed parses one line (without its ending).
func (p *cellParser) feed(text []byte) {
	p.init()
	for i := 0; i < len(text); i++ {
		b := text[i]
		switch {
		case p.inQuote:
			if b == '"' {
				if i+1 < len(text) && text[i+1] == '"' {
					p.add(b)
					i++
					continue
				}
				p.inQuote, p.quoted = false, true
				continue
			}
			p.add(b)
		case b == p.sep:
			p.endCell()
		case p.start && b == '"':
			p.inQuote, p.start = true, false
		case p.quoted:
			if b == ' ' || b == '\t' && p.sep != '\t' {
				continue // space after a closing quote
			}
			if p.bad < 0 {
				p.bad = len(p.ends)
			}
			p.add(b)
		default:
			p.start = false
			p.add(b)
		}
	}
}

func (p *cellParser) add(b byte) {
	p.cellLen++
	if p.cellLen > MaxCellBytes {
		if p.tooLong < 0 {
			p.tooLong = len(p.ends)
		}
		return
	}
	p.buf = append(p.buf, b)
}

// newline adds the line break inside a quoted cell.
func (p *cellParser) newline() { p.add('\n') }

func (p *cellParser) endCell() {
	p.ends = append(p.ends, len(p.buf))
	p.start, p.quoted, p.cellLen = true, false, 0
}

// finish ends the row and returns its cells and whether a quote was left
// open. The strings share one allocation.
func (p *cellParser) finish() ([]string, bool) {
	p.init()
	open := p.inQuote
	p.endCell()
	all := string(p.buf)
	p.cells = p.cells[:0]
	from := 0
	for _, end := range p.ends {
		p.cells = append(p.cells, all[from:end])
		from = end
	}
	p.inQuote = false
	return p.cells, open
}

// lineRange formats "line 7" or "lines 7-9".
func lineRange(from, to int) string { return numberRange("line", "lines", from, to) }

// rowRange formats "row 7" or "rows 7-9" (of a worksheet).
func rowRange(from, to int) string { return numberRange("row", "rows", from, to) }

// numberRange formats "one 7" or "many 7-9".
func numberRange(one, many string, from, to int) string {
	if to <= from {
		return one + " " + strconv.Itoa(from)
	}
	return many + " " + strconv.Itoa(from) + "-" + strconv.Itoa(to)
}

// skipRest reads the rest of the input without keeping it and returns the
// number of its last line.
func (c *csvRows) skipRest() int {
	for _, l := range c.pending {
		c.rowLine = max(c.rowLine, l.no)
	}
	c.pending = nil
	for !c.eof {
		chunk, err := c.br.ReadSlice('\n')
		if n := len(chunk); n > 0 && (chunk[n-1] == '\n' || err == io.EOF) {
			c.lineNo++
		}
		if err != nil && err != bufio.ErrBufferFull {
			c.eof = true
		}
	}
	return max(c.lineNo, c.rowLine)
}
