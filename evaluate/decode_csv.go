package evaluate

import (
	"io"

	"github.com/nongthonmoi/ntm/criteria"
)

// DecodeCSV reads assessments from a CSV table as the specification's
// "Assessment, CSV (long form)" and "Tables as officials keep them"
// describe. file names the input in errors and in each assessment's Origin
// ("file:line" of its first row).
//
// # Dialect
//
// UTF-8 with or without a byte-order mark (a UTF-16 byte-order mark is
// honoured too; other encodings with [TableOptions.Encoding]), LF or CRLF
// line endings. The separator is detected from the header line: ',', ';'
// (what Excel writes in a Vietnamese locale) or tab, whichever splits it
// into the most recognised column names. A file that is not UTF-8 is one
// problem that says so and names the fix, and is not read further.
//
// # Header
//
// The header names the columns in any order, in English or Vietnamese,
// matched ignoring case, diacritics and spaces: province (Tỉnh), district
// (Huyện), commune (Xã, Tên xã), code (Mã xã), region (Vùng), group (Nhóm),
// year (Năm), set (Bộ tiêu chí), indicator (Chỉ tiêu), value (Giá trị, Kết
// quả), numerator (Tử số), denominator (Mẫu số), unit (Đơn vị), source
// (Nguồn); the helper columns content (Nội dung), target (Mức đạt chuẩn),
// note (Ghi chú) and the row numbers STT (TT, Số TT, Số thứ tự) are
// ignored. The code column gives [Commune.Code]; the group
// column gives [Assessment.Group] (else the group of [Decoder.SetGroup]). A header with an unknown, repeated or missing
// column is reported (with a hint when the separator looks wrong) and no
// row is read: a misnamed column must not silently drop its data. The
// district column may be left out: a commune of a year from 2026, when
// there are no districts, reads as with an empty district; one of an
// earlier year, when the district tells communes of one name apart, is
// then a missing-field problem of its own, and the others are read.
//
// # Layouts
//
// The long layout (the header has an indicator column) gives one row per
// indicator value: either value or numerator and denominator (with an
// optional unit). A unit with a value must be the indicator's own ("%",
// "triệu đồng/người/năm"), compared ignoring case, spaces and Unicode
// normalisation form: officials fill the unit column on every row. The wide layout (the header has indicator-code columns
// instead: 1.1, "2.2. Đường trục thôn", "5 Trường học [trường]", 17.1a)
// gives one row per commune, year and set, a column per indicator; a share
// is written N/D, its unit taken from the header's square brackets (a
// number under a unit other than the indicator's is an error), and an
// empty cell is missing. A code the row's set does not have is an error
// naming the column. The set column may be left out when
// [TableOptions.Set] names the set.
//
// # Cells
//
// Pass/fail cells take the words of the specification (đạt, chưa đạt, có,
// không, true, false, x, …, any case, with or without diacritics); not
// applicable is n/a, không áp dụng or khong ap dung; decimals take '.' or
// the Vietnamese ',' (a cell with both, or with more than one, is an
// error: no thousands separators), and a percentage may end in '%'; a
// number in exponent notation (9.65e1) is an error giving its plain form
// (96.5). The source column is kept in [Value.Source].
//
// # Rows and communes
//
// Rows are grouped into one assessment per province, district, commune
// and year as described on [TableOptions.NewCSVDecoder]: the rows of a commune are
// adjacent. Names compare ignoring case, spacing, Unicode normalisation
// form, where a tone mark sits and the prefixes "xã", "huyện", "tỉnh" and
// "thành phố"; the names of the first row are kept (in NFC). The region is
// derived from the province when the column is absent or empty; a
// disagreement is an error. A commune whose rows are all for sets split by
// commune group needs no region: its province may be unknown or empty.
//
// A quoting error stays within its row: the row is reported and skipped,
// and the next line starts a new row (a quoted cell spans lines only when
// the row it makes is sound). A row over [MaxRowBytes] or a cell over
// [MaxCellBytes] is reported with its lines and skipped. Every problem is
// an [InputError] naming the file, the line and the column; DecodeCSV
// returns every valid assessment together with the joined errors of the
// invalid ones: a bad commune never stops the others. A nil cat means the
// built-in sets. To read one commune at a time, use
// [NewCSVDecoder].
func DecodeCSV(r io.Reader, file string, cat *criteria.Catalog) ([]Assessment, error) {
	return TableOptions{Catalog: cat}.DecodeCSV(r, file)
}

// NewCSVDecoder returns a [Decoder] of a CSV table read as [DecodeCSV]
// reads it, one commune at a time (see [TableOptions.NewCSVDecoder]).
func NewCSVDecoder(r io.Reader, file string, cat *criteria.Catalog) *Decoder {
	return TableOptions{Catalog: cat}.NewCSVDecoder(r, file)
}
