package workbook

import (
	"io"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/xlsxread"
	"github.com/nongthonmoi/ntm/problem"
)

// The reading side lives in internal/xlsxread, which does not import
// excelize, so that package httpapi reads workbooks without pulling it in;
// this file gives it its public names.

// DefaultMaxUnpacked is the default cap on the unpacked size of a workbook,
// in bytes (512 MiB). A workbook unpacking to more is refused.
const DefaultMaxUnpacked = xlsxread.DefaultMaxUnpacked

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
	// guide sheet of a wide form that WriteTemplate wrote.
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
	return xlsxread.ReadFile(path, xlsxread.ReadOptions(opt))
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
	return xlsxread.Decode(r, file, xlsxread.ReadOptions(opt))
}

// A Reader reads the assessments of a workbook one commune at a time, sheet
// after sheet, as an [evaluate.Decoder] reads a CSV file.
type Reader struct {
	r *xlsxread.Reader // nil in the zero Reader, which reads nothing
}

// OpenFile opens the workbook at path for reading; see [NewReader].
func OpenFile(path string, opt ReadOptions) (*Reader, error) {
	r, err := xlsxread.OpenFile(path, xlsxread.ReadOptions(opt))
	if err != nil {
		return nil, err
	}
	return &Reader{r}, nil
}

// NewReader opens the workbook read from r, which it reads whole (at most
// 256 MiB, unpacking to at most opt.MaxUnpacked bytes; its worksheets are
// then read as they are inflated, a row at a time); file names it in
// problems and origins. The error, an [*evaluate.InputError], says why a
// file is not a workbook that can be read.
func NewReader(r io.Reader, file string, opt ReadOptions) (*Reader, error) {
	rd, err := xlsxread.NewReader(r, file, xlsxread.ReadOptions(opt))
	if err != nil {
		return nil, err
	}
	return &Reader{rd}, nil
}

// Next returns the next valid assessment, or the problems of one commune
// (an [*evaluate.AssessmentError]), of a part of a sheet or of the
// workbook that is not read (an [*evaluate.NotReadError]) or of a sheet's
// header, or io.EOF at the end.
func (r *Reader) Next() (evaluate.Assessment, error) {
	if r.r == nil {
		return evaluate.Assessment{}, io.EOF
	}
	return r.r.Next()
}

// Close releases the workbook.
func (r *Reader) Close() error {
	if r.r == nil {
		return nil
	}
	return r.r.Close()
}
