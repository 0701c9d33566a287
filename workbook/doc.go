// Package workbook reads commune assessments from Excel workbooks (.xlsx)
// and writes reports, summaries and fill-in templates as workbooks, as the
// formats specification's section "Tables as officials keep them" says.
// Start with [ReadFile] to read a workbook and [WriteReports] to write the
// reports of package evaluate. The assessments read are the caller's own;
// the functions are safe for concurrent use, a [Reader] or [ReportWriter]
// is used by one goroutine at a time (see Ownership and concurrency).
//
// It is an outer package: it imports excelize
// (github.com/xuri/excelize/v2), which the core packages (criteria,
// evaluate, plan) never do, so a service that only evaluates does not pull
// it in.
//
// # Reading
//
// [ReadFile] and [Decode] return every valid assessment of a workbook
// together with the problems of the others, as evaluate.DecodeCSV does;
// [OpenFile] and [NewReader] give a [Reader] that yields one commune at a
// time, as an evaluate.Decoder does. Every worksheet with a recognised header (the long or the wide
// layout, English or Vietnamese column names) in its first 10 non-empty
// rows is read; the rows above the header are a title, not data, named
// through [ReadOptions.TitleRows]; a hidden worksheet is read as the
// others are, and named through [ReadOptions.Hidden], as are the hidden
// rows and columns of a sheet that hold data read; the others are
// skipped and reported through [ReadOptions.Skipped] (or, when damaged
// cells are among their first rows, not read, with a problem).
// Numeric cells are read exactly as stored in the file (the text of the
// cell's XML, never through a float64), except a binary double as Excel
// writes one, with 16 or 17 significant digits (95% typed is stored as
// 0.94999999999999996), read to Excel's 15, which give back the number
// typed, as Excel shows it; a numeric cell with a percentage number format ("0.0%", "0%", or a
// custom format with %) holds a fraction and is read as a percentage by an
// exact decimal shift (0.965 → 96.5%).
// A numeric cell with a date or time format is read as the date it shows,
// day first (15/03/2020, in the 1900 or 1904 date system of the workbook):
// a source column keeps the date, and a value that Excel turned into a
// date (2/3 typed into a cell not formatted as Text) is an error quoting
// it, never a serial number read as a figure. A cell with a formula is read
// as the value computed when the file was saved; a formula without a
// computed value (written by a program that does not compute formulas) is
// an error at its cell quoting the formula ([evaluate.CellProblem]), never
// a missing value, unless it is in an ignored helper column; so is a
// formula whose result is an error value (#N/A, #DIV/0!), quoting it. Each
// cell is
// read at the column of its reference (a cell without one follows the
// cell before it); a cell held as Excel never writes one (a shared string
// that does not exist, a boolean other than 0 or 1, a numeric cell
// holding text, a cell style that does not exist, a cell given twice or
// before a cell at its left, a reference to another row) is an error at
// its cell quoting it, and its commune is left out. Merged cells read as
// officials mean them: the cells of a range merged down from a data row
// take the text of its top-left cell in the identity columns (province,
// district, commune, code, region, group, year, set), unit and source (a
// commune written once beside its rows); in a value, indicator or
// indicator-code column, and for a range that begins in the header or
// spreads a text into the next column, each other cell of the range is an
// error naming it, never a value copied to several indicators.
// The rows are then read by the table decoder of evaluate
// ([evaluate.TableOptions.NewTableDecoder]): the long and wide layouts,
// English or Vietnamese headers, the cell words of the specification.
// Problems name the file, the sheet and the cell:
//
//	so-lieu.xlsx: Sheet1!G7: …
//
// # Writing
//
// [WriteReports] and [WriteSummary] write the reports and the
// summary of `ntm eval --format xlsx`, and [ReportWriter] the reports as
// they come, a chunk at a time, without keeping them; [WriteTemplate] and
// [WriteTemplateCSV] write the forms of `ntm template`. Sheets are
// streamed; rows beyond what a sheet holds continue on further sheets
// named after the first ("Báo cáo (2)", …), each with the header, and a
// commune's rows are never split between two sheets.
//
// # Limits
//
// A workbook that unpacks to more than [ReadOptions.MaxUnpacked] bytes, or
// to more than 100 times its own size (and more than 1 MiB),
// is refused (a zip bomb must not exhaust memory), and the error says so.
// The file is read into memory (at most 256 MiB), its shared strings and
// cell styles whole; a worksheet is read as its XML is inflated, a row at
// a time, and never held whole. Its part is inflated once through first,
// its bytes counted against those limits as they come (a bomb is refused
// there, at the limit, before any of its rows is read), then, when it has
// merged cells, which the file holds after its rows, once for them, and
// once more row by row as the rows are decoded.
// A part with a DTD (<!DOCTYPE, whose entities could expand without
// bound) is refused, never expanded; so is a zip holding two parts of one
// name (whatever their case), and a part that unpacks to a size other
// than the zip says is an error naming it. A reference XML does not
// allow (an entity no DTD declares, an & that begins no reference, a
// character XML cannot hold) is an error quoting it: at its cell, where
// the cell's commune is still named and the other communes are read, or
// in the shared strings, which refuses the file.
//
// # Ownership and concurrency
//
// The assessments read are the caller's own plain data. The functions of
// the package only read their arguments and keep nothing between calls:
// they are safe for concurrent use. A [Reader] or a [ReportWriter] is used
// by one goroutine at a time; [ReportWriter.Write] does not keep the
// reports it is given.
package workbook
