package workbook

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/xuri/excelize/v2"
)

// DefaultMaxUnpacked is the default cap on the unpacked size of a workbook:
// far above any commune table (10,000 communes in the wide layout unpack to
// about 40 MB) and far below what would exhaust a machine's memory.
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
	// means DefaultMaxUnpacked.
	MaxUnpacked int64
	// Set is the set of sheets without a set column (as the command's
	// --set): an identifier or alias of a set of Catalog.
	Set string
	// Skipped, when not nil, is called for each worksheet that is not read
	// because its first non-empty row is not a recognised header (or the
	// sheet is empty), with the sheet's name and why.
	Skipped func(sheet, why string)
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
// [*evaluate.InputError] for a problem of a sheet or of the file. Problems
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
	wb     *excelize.File
	file   string
	opt    ReadOptions
	sheets []string
	read   int // data sheets read
	queue  []item
}

type item struct {
	a   evaluate.Assessment
	err error
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
// 256 MiB, unpacking to at most opt.MaxUnpacked bytes); file names it in
// problems and origins. The error, an [*evaluate.InputError], says why a
// file is not a workbook that can be read.
func NewReader(r io.Reader, file string, opt ReadOptions) (*Reader, error) {
	wb, err := open(r, opt.MaxUnpacked)
	if err != nil {
		return nil, &evaluate.InputError{File: file, Err: err}
	}
	return &Reader{wb: wb, file: file, opt: opt, sheets: wb.GetSheetList()}, nil
}

// Next returns the next valid assessment, or the problems of one commune
// (an [*evaluate.AssessmentError]) or of a sheet, or io.EOF at the end.
func (r *Reader) Next() (evaluate.Assessment, error) {
	for len(r.queue) == 0 {
		if len(r.sheets) == 0 {
			if r.read == 0 && r.wb != nil {
				r.read = -1
				return evaluate.Assessment{}, &evaluate.InputError{File: r.file, Err: errNoSheet}
			}
			return evaluate.Assessment{}, io.EOF
		}
		sheet := r.sheets[0]
		r.sheets = r.sheets[1:]
		as, err := decodeSheet(r.wb, r.file, sheet, r.opt)
		if errors.Is(err, errNotData) {
			if r.opt.Skipped != nil {
				r.opt.Skipped(sheet, err.Error())
			}
			continue
		}
		r.read++
		for _, a := range as {
			r.queue = append(r.queue, item{a: a})
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				r.queue = append(r.queue, item{err: e})
			}
		} else if err != nil {
			r.queue = append(r.queue, item{err: err})
		}
	}
	it := r.queue[0]
	r.queue = r.queue[1:]
	return it.a, it.err
}

// Close releases the workbook.
func (r *Reader) Close() error {
	if r.wb == nil {
		return nil
	}
	err := r.wb.Close()
	r.wb = nil
	return err
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

var (
	errNotData  = errors.New("first non-empty row is not a header of the long or wide layout")
	errNoSheet  = errors.New("no worksheet has a header of the long or wide layout in its first non-empty row")
	errTooLarge = errors.New("the workbook unpacks to more than the size limit")
)

// open opens a workbook with the unpacked size capped.
func open(r io.Reader, limit int64) (*excelize.File, error) {
	if limit <= 0 {
		limit = DefaultMaxUnpacked
	}
	data, err := io.ReadAll(io.LimitReader(r, maxPacked+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxPacked {
		return nil, fmt.Errorf("%w (%d MiB): refused as a possible zip bomb", errTooLarge, maxPacked>>20)
	}
	if !bytes.HasPrefix(data, []byte("PK")) {
		return nil, errors.New("not an Excel workbook (.xlsx): want a file saved as \"Excel Workbook (*.xlsx)\"")
	}
	wb, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: limit, UnzipXMLSizeLimit: limit})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size") {
			return nil, fmt.Errorf("%w (%d MiB): refused as a possible zip bomb", errTooLarge, limit>>20)
		}
		return nil, fmt.Errorf("not a readable Excel workbook (.xlsx): %v", err)
	}
	return wb, nil
}

// eachRow calls fn for each row of a sheet, in order, with its 1-based row
// number and its cells as text (see cellText); rows absent from the file
// are skipped. fn returning false stops the iteration.
func eachRow(wb *excelize.File, sheet string, fn func(num int, cells []string) bool) error {
	// Two iterators in step over the same XML: the raw text of each cell,
	// and the text its number format displays (which tells percentage and
	// boolean cells apart without a style lookup per cell).
	raw, err := wb.Rows(sheet)
	if err != nil {
		return err
	}
	defer raw.Close()
	shown, err := wb.Rows(sheet)
	if err != nil {
		return err
	}
	defer shown.Close()
	rawOpt := excelize.Options{RawCellValue: true}
	num := 0
	var cells []string
	for raw.Next() {
		num++
		if !shown.Next() {
			return errors.New("worksheet changed while read")
		}
		rc, err := raw.Columns(rawOpt)
		if err != nil {
			return fmt.Errorf("%s!%s: %v", sheet, cellName(1, num), err)
		}
		sc, err := shown.Columns()
		if err != nil {
			return fmt.Errorf("%s!%s: %v", sheet, cellName(1, num), err)
		}
		if len(rc) == 0 {
			continue
		}
		cells = cells[:0]
		for i, v := range rc {
			s := ""
			if i < len(sc) {
				s = sc[i]
			}
			cells = append(cells, cellText(v, s))
		}
		if !fn(num, cells) {
			break
		}
	}
	return raw.Error()
}

// cellText is the text of a cell read from its raw XML text and the text its
// number format displays: a boolean as "true" or "false", a number with a
// percentage format as the percentage (0.965 → "96.5", an exact shift of
// the decimal point), a number in exponent form as a plain decimal, and
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
	if strings.Contains(shown, "%") {
		return shiftPoint(num, 2)
	}
	return num
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
	if exp == 0 && !strings.HasPrefix(s, "+") && intPart != "" && (!hasPoint || frac != "") {
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

// cellName returns the A1 reference of a 1-based column and row.
func cellName(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return fmt.Sprintf("R%dC%d", row, col)
	}
	return name
}
