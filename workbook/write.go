package workbook

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/xlsxread"
	"github.com/xuri/excelize/v2"
)

// column is one column of a written sheet: its header in English (the
// column name of the CSV output) and in Vietnamese, and whether its cells
// are numbers.
type column struct {
	en, vi  string
	numeric bool
}

// reportColumns are the columns of `ntm eval --format csv`, in order.
var reportColumns = []column{
	{"commune", "Xã", false}, {"district", "Huyện", false}, {"province", "Tỉnh", false},
	{"region", "Vùng", false}, {"year", "Năm", true}, {"set", "Bộ tiêu chí", false},
	{"criterion", "Tiêu chí", false}, {"indicator", "Chỉ tiêu", false}, {"status", "Kết quả", false},
	{"actual", "Giá trị", true}, {"op", "Phép so", false}, {"target", "Mức đạt chuẩn", true},
	{"unit", "Đơn vị", false}, {"gap", "Còn thiếu", true}, {"gap_units", "Còn thiếu (đơn vị)", true},
	{"gap_unit", "Đơn vị còn thiếu", false}, {"provenance", "Độ tin cậy", false}, {"source", "Nguồn", false},
	{"content", "Nội dung bộ tiêu chí", false}, {"group", "Nhóm xã", false},
}

// sheetCapacity is how many rows a worksheet holds, its header included: the
// most that Excel opens. A table with more rows continues on further
// sheets.
var sheetCapacity = excelize.TotalRows

// sheetOut is a table to write: the name of its sheet, its columns, and
// its rows, which it produces by calling emit once per row (twice over:
// once to fit the column widths, once to write them).
type sheetOut struct {
	name string
	cols []column
	rows func(emit func(cells ...string) error) error
	// group, when above 1, is how many consecutive rows belong together
	// (a commune's): a sheet ends only between groups.
	group int
	// finish, when not nil, is called on each sheet of the table once its
	// rows are written (with the last row's number), to add what a stream
	// writer cannot (validation, protection).
	finish func(f *excelize.File, sheet string, lastRow int) error
	// styles, when not nil, gives the style of each column's data cells.
	styles []int
}

// bookWriter is a workbook being written: each sheet is streamed as its rows
// come (excelize keeps a sheet's XML in memory up to a size, then in a
// temporary file), and the workbook is put together when it is written.
type bookWriter struct {
	f    *excelize.File
	lang string
	// sheets is the number of sheets begun.
	sheets int
	// decimals holds the styles made by fixedStyle, by number of decimals.
	decimals map[int]int
}

func newBookWriter(lang string) *bookWriter { return &bookWriter{f: excelize.NewFile(), lang: lang} }

// writeTo writes the workbook to w. The zip archive goes to w as it is
// made, rather than into a buffer of the whole file first (where excelize
// would mark a part too large for a plain zip entry as zip64: a sheet's
// rows stay far below that size).
func (b *bookWriter) writeTo(w io.Writer) error {
	b.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zip.NewWriter(w) })
	_, err := b.f.WriteToBuffer()
	return err
}

// close releases the workbook's temporary files.
func (b *bookWriter) close() { b.f.Close() }

// writeTable writes a table whose rows can be produced twice: the column
// widths are fitted to every row.
func (b *bookWriter) writeTable(spec sheetOut) error {
	t := b.newTable(spec)
	if err := spec.rows(func(cells ...string) error {
		t.fit(cells)
		return nil
	}); err != nil {
		return err
	}
	group, i := max(spec.group, 1), 0
	if err := spec.rows(func(cells ...string) error {
		if i%group == 0 && !t.fits(group) {
			if err := t.next(); err != nil {
				return err
			}
		}
		i++
		return t.add(cells)
	}); err != nil {
		return err
	}
	return t.close()
}

// table writes a bold header row and rows under it, a row at a time, on
// the sheet named spec.name and, past the rows a sheet holds, on further
// sheets "name (2)", "name (3)", …, each with the same header, frozen,
// with a filter and fitted column widths. A cell of a numeric column is
// written as a number when its text is a decimal that a number cell holds
// exactly (shown with the decimals written: 1.00), as text otherwise; an
// empty cell is left blank. Header labels follow the book's language.
//
// A sheet's column widths are fitted to the header and to the cells given
// to fit before the sheet begins: excelize writes a streamed sheet's
// column widths ahead of its first row, and they cannot change once a row
// is written.
type table struct {
	b      *bookWriter
	spec   sheetOut
	head   []string
	widths []int
	// sheets is the number of the table's sheets begun; sheet is the name
	// of the one being written, sw its stream (nil when none is), and row
	// the number of its last row written (1: the header).
	sheets int
	sheet  string
	sw     *excelize.StreamWriter
	row    int
	cells  []any
}

func (b *bookWriter) newTable(spec sheetOut) *table {
	t := &table{b: b, spec: spec, head: make([]string, len(spec.cols)), widths: make([]int, len(spec.cols)),
		cells: make([]any, 0, len(spec.cols))}
	for i, c := range spec.cols {
		t.head[i] = pick(b.lang, c.vi, c.en)
	}
	t.fit(t.head)
	return t
}

// fit widens the columns to the cells of a row, for the sheets not yet
// begun.
func (t *table) fit(cells []string) {
	for i, s := range cells {
		if len(s) > t.widths[i] {
			if n := utf8.RuneCountInString(s); n > t.widths[i] {
				t.widths[i] = n
			}
		}
	}
}

// fits reports whether n more rows go on the sheet being written: never
// before the first sheet; always when the sheet has no row yet (rows more
// than any sheet holds are then split).
func (t *table) fits(n int) bool {
	return t.sw != nil && (t.row == 1 || t.row+n <= sheetCapacity)
}

// next ends the sheet being written, if any, and begins the next one with
// its header row.
func (t *table) next() error {
	if err := t.end(); err != nil {
		return err
	}
	f, name := t.b.f, t.spec.name
	if t.sheets > 0 {
		name = fmt.Sprintf("%s (%d)", name, t.sheets+1)
	}
	if t.b.sheets == 0 {
		if err := f.SetSheetName("Sheet1", name); err != nil {
			return err
		}
	} else if _, err := f.NewSheet(name); err != nil {
		return err
	}
	t.b.sheets++
	t.sheets++
	// The filter is set before the stream begins, which writes the sheet
	// properties it marks; end sets its range to the rows written.
	if err := f.AutoFilter(name, "A1:"+xlsxread.CellName(len(t.spec.cols), 2), nil); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	for i, n := range t.widths {
		if err := sw.SetColWidth(i+1, i+1, float64(min(max(n, 6), 60))+2); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	if err != nil {
		return err
	}
	head := make([]any, len(t.head))
	for i := range t.head {
		head[i] = excelize.Cell{StyleID: bold, Value: t.head[i]}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	t.sheet, t.sw, t.row = name, sw, 1
	return nil
}

// add writes a row, on a new sheet when there is none or the sheet is full.
func (t *table) add(cells []string) error {
	if t.sw == nil || t.row >= sheetCapacity {
		if err := t.next(); err != nil {
			return err
		}
	}
	t.row++
	t.cells = t.cells[:0]
	for i, s := range cells {
		var v any
		style := 0
		if t.spec.styles != nil {
			style = t.spec.styles[i]
		}
		switch {
		case s == "":
		case t.spec.cols[i].numeric:
			v = numberCell(s)
			if _, text := v.(string); !text && style == 0 && trimFraction(s) != s {
				// "1.00": the number 1, shown as written.
				_, frac, _ := strings.Cut(s, ".")
				var err error
				if style, err = t.b.fixedStyle(len(frac)); err != nil {
					return err
				}
			}
		default:
			v = s
		}
		if style != 0 {
			v = excelize.Cell{StyleID: style, Value: v}
		}
		t.cells = append(t.cells, v)
	}
	return t.sw.SetRow(xlsxread.CellName(1, t.row), t.cells)
}

// end finishes the sheet being written, if any: its filter covers the rows
// written.
func (t *table) end() error {
	if t.sw == nil {
		return nil
	}
	sw := t.sw
	t.sw = nil
	if err := t.b.f.AutoFilter(t.sheet, "A1:"+xlsxread.CellName(len(t.spec.cols), max(t.row, 2)), nil); err != nil {
		return err
	}
	if t.spec.finish != nil {
		if err := t.spec.finish(t.b.f, t.sheet, t.row); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// close ends the table; a table without rows has its sheet with only the
// header.
func (t *table) close() error {
	if t.sheets == 0 {
		if err := t.next(); err != nil {
			return err
		}
	}
	return t.end()
}

// fixedStyle returns the style of a number shown with n decimals ("0.00"
// for 2), made once per workbook.
func (b *bookWriter) fixedStyle(n int) (int, error) {
	if style, ok := b.decimals[n]; ok {
		return style, nil
	}
	style, err := b.f.NewStyle(&excelize.Style{CustomNumFmt: ptr("0." + strings.Repeat("0", n))})
	if err != nil {
		return 0, err
	}
	if b.decimals == nil {
		b.decimals = map[int]int{}
	}
	b.decimals[n] = style
	return style, nil
}

func ptr[T any](v T) *T { return &v }

// numberCell returns the value excelize writes as a number cell whose value
// is exactly that of the decimal s, or s itself (a text cell) when no
// float64 prints as s. Zeros ending the fraction are not part of the value:
// "1.00" is the number 1 (which the table shows as written, with
// fixedStyle).
func numberCell(s string) any {
	t := trimFraction(s)
	if i, err := strconv.ParseInt(t, 10, 64); err == nil && strconv.FormatInt(i, 10) == t {
		return i
	}
	if v, err := strconv.ParseFloat(t, 64); err == nil && strconv.FormatFloat(v, 'f', -1, 64) == t {
		return v
	}
	return s
}

// trimFraction drops the zeros ending the fraction of a plain decimal
// ("1.50" → "1.5", "1.00" → "1", "-0.0" → "0"); anything else is returned
// as it is.
func trimFraction(s string) string {
	i, f, ok := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	if !ok || i == "" || f == "" || strings.Trim(i, "0123456789") != "" || strings.Trim(f, "0123456789") != "" ||
		!strings.HasSuffix(f, "0") {
		return s
	}
	t := strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
	if t == "-0" {
		t = "0"
	}
	return t
}

// WriteReports writes reports as a workbook: the sheet "Báo cáo" ("Reports"
// with opt.Lang "en") holds the columns of [evaluate.WriteCSV], one row per
// indicator: the same cells, with the year, actual, target, gap and
// gap_units as numbers; the header row is frozen and has a filter, and its
// labels follow opt.Lang (the CSV column names in English). Rows beyond
// what a sheet holds (Excel's limit) continue on the sheets
// "Báo cáo (2)", "Báo cáo (3)", … with the same header; a report's rows
// are never split across two sheets. It is [ReportWriter] given all the
// reports at once.
func WriteReports(w io.Writer, reports []evaluate.Report, opt evaluate.RenderOptions) error {
	rw := NewReportWriter(w, opt)
	if err := rw.Write(reports); err != nil {
		rw.Close()
		return err
	}
	return rw.Close()
}

// ReportWriter writes the workbook of [WriteReports] from reports given a
// chunk at a time, without keeping them: each chunk's rows are streamed
// to the workbook's sheets (in temporary files once a sheet is large),
// and the workbook is written to its writer by Close. The column widths of
// a sheet are fitted to the rows seen when it begins: the first chunk's
// for the first sheet, every earlier row and the rest of the chunk at
// hand for a later one. A ReportWriter is not safe for concurrent use.
type ReportWriter struct {
	w      io.Writer
	b      *bookWriter
	t      *table
	err    error
	closed bool
}

// errClosed is the error of [ReportWriter.Write] after Close.
var errClosed = errors.New("workbook: ReportWriter.Write after Close: the reports are not added (Close has ended the workbook)")

// NewReportWriter returns a writer of reports to w, with the labels of
// opt.Lang. Its Close must be called: it writes the workbook and removes
// the temporary files.
func NewReportWriter(w io.Writer, opt evaluate.RenderOptions) *ReportWriter {
	b := newBookWriter(opt.Lang)
	return &ReportWriter{w: w, b: b, t: b.newTable(sheetOut{name: pick(opt.Lang, "Báo cáo", "Reports"), cols: reportColumns})}
}

// Write adds the rows of reports. The reports are not kept: the caller may
// reuse them once Write returns. After an error, Write does nothing and
// returns it again; after Close, it does nothing and returns an error
// saying so (the reports are not in the workbook).
func (rw *ReportWriter) Write(reports []evaluate.Report) error {
	if rw.closed {
		return errClosed
	}
	if rw.err != nil {
		return rw.err
	}
	t := rw.t
	for i := range reports {
		if !t.fits(rowCount(&reports[i])) {
			for row := range evaluate.CSVRows(reports[i:]) {
				t.fit(row)
			}
			if rw.err = t.next(); rw.err != nil {
				return rw.err
			}
		}
		for row := range evaluate.CSVRows(reports[i : i+1]) {
			t.fit(row)
			if rw.err = t.add(row); rw.err != nil {
				return rw.err
			}
		}
	}
	return nil
}

// Close finishes the last sheet and writes the workbook to the writer,
// unless Write failed: it then writes nothing and returns Write's error.
// Either way it removes the temporary files. Close is called after the
// last Write; a second Close does nothing and returns nil (whatever the
// first returned), so that a deferred Close may back up the one whose
// error is checked.
func (rw *ReportWriter) Close() error {
	if rw.closed {
		return nil
	}
	rw.closed = true
	defer rw.b.close()
	if rw.err != nil {
		return rw.err
	}
	if err := rw.t.close(); err != nil {
		return err
	}
	return rw.b.writeTo(rw.w)
}

// rowCount is the number of rows of a report: one per indicator.
func rowCount(r *evaluate.Report) int {
	n := 0
	for i := range r.Criteria {
		n += len(r.Criteria[i].Indicators)
	}
	return n
}

// contentCell is the content column of a sheet, as in the CSV outputs:
// "pending-official-text" for a set whose content awaits the official
// text, empty otherwise.
func contentCell(c criteria.Content) string {
	if c.Pending() {
		return c.String()
	}
	return ""
}

// writeBook writes a workbook of the given tables to w.
func writeBook(w io.Writer, lang string, sheets ...sheetOut) error {
	b := newBookWriter(lang)
	defer b.close()
	for _, s := range sheets {
		if err := b.writeTable(s); err != nil {
			return err
		}
	}
	return b.writeTo(w)
}

func pick(lang, vi, en string) string {
	if lang == "en" {
		return en
	}
	return vi
}

// summaryColumns are the columns of the summary sheet: one row per area
// (all communes, a province, a district) of a set and year.
var summaryColumns = []column{
	{"set", "Bộ tiêu chí", false}, {"year", "Năm", true}, {"scope", "Phạm vi", false},
	{"province", "Tỉnh", false}, {"district", "Huyện", false}, {"communes", "Số xã", true},
	{"communes_met", "Số xã đạt chuẩn", true}, {"average_criteria_met", "Tiêu chí bình quân/xã", true},
	{"criteria_total", "Số tiêu chí", true}, {"most_missed", "Chưa đạt nhiều nhất", false},
	{"content", "Nội dung bộ tiêu chí", false},
}

// mostMissed is the summary's most_missed cell: every criterion not met by
// some commune, most often missed first, with its name and the communes
// that missed it ([evaluate.SummaryArea.MostMissedText]); empty when none.
func mostMissed(g *evaluate.SummaryArea, lang string) string {
	if len(g.MostMissed) == 0 {
		return ""
	}
	return g.MostMissedText(lang, 0)
}

// criterionColumns are the columns of the by-criterion sheet, those of
// `ntm eval --summary --format csv`.
var criterionColumns = []column{
	{"set", "Bộ tiêu chí", false}, {"year", "Năm", true}, {"scope", "Phạm vi", false},
	{"province", "Tỉnh", false}, {"district", "Huyện", false}, {"communes", "Số xã", true},
	{"communes_met", "Số xã đạt chuẩn", true}, {"average_criteria_met", "Tiêu chí bình quân/xã", true},
	{"criteria_total", "Số tiêu chí", true}, {"criterion", "Tiêu chí", false}, {"name", "Tên tiêu chí", false},
	{"met", "Đạt", true}, {"not_met", "Chưa đạt", true}, {"missing", "Thiếu số liệu", true},
	{"content", "Nội dung bộ tiêu chí", false},
}

// excludedColumns are the columns of the sheet of communes left out.
var excludedColumns = []column{
	{"commune", "Xã", false}, {"district", "Huyện", false}, {"province", "Tỉnh", false},
	{"origin", "Vị trí", false}, {"problems", "Số lỗi", true}, {"through", "Đến vị trí", false},
}

// WriteSummary writes a summary as a workbook: the sheet "Tổng hợp"
// ("Summary") with one row per area (set, year, scope, province, district,
// communes, communes_met, average_criteria_met, criteria_total,
// most_missed, content: most_missed names each criterion not met by some
// commune, most often missed first, with its name and the communes that
// missed it, "5 Trường học (2 xã); 17 Môi trường và an toàn thực phẩm (1
// xã)", in opt.Lang); "Theo tiêu chí" ("By criterion") with the rows of
// [evaluate.WriteSummaryCSV] but its excluded rows (its columns up to
// missing, then content); on both, content is "pending-official-text" for
// a set whose content awaits the official text (its figures are
// provisional), empty otherwise; and "Không tổng hợp" ("Excluded") listing
// each commune left out because its input could not be read (commune,
// district, province, origin, problems, through; empty but for its header
// when none was): a part of the input whose communes are unknown is
// "(không rõ xã)" ("(commune unknown)"), from origin through where it
// ends when it spans more than one line or row. Years, counts and the
// average criteria per commune are number cells, each shown as the CSV
// writes it (the average with two decimals: 1.00). Headers are frozen,
// filtered and follow opt.Lang.
func WriteSummary(w io.Writer, s evaluate.Summary, opt evaluate.RenderOptions) error {
	lang := opt.Lang
	areas := func(emit func(cells ...string) error) error {
		for gi := range s.Areas {
			g := &s.Areas[gi]
			if err := emit(g.Set, strconv.Itoa(g.Year), g.Scope.String(), g.Province, g.District,
				strconv.Itoa(g.Communes), strconv.Itoa(g.CommunesMet), g.AverageCriteria.StringFixed(2),
				strconv.Itoa(g.CriteriaTotal), mostMissed(g, lang), contentCell(g.Content)); err != nil {
				return err
			}
		}
		return nil
	}
	byCriterion := func(emit func(cells ...string) error) error {
		for gi := range s.Areas {
			g := &s.Areas[gi]
			for _, c := range g.Criteria {
				if err := emit(g.Set, strconv.Itoa(g.Year), g.Scope.String(), g.Province, g.District,
					strconv.Itoa(g.Communes), strconv.Itoa(g.CommunesMet), g.AverageCriteria.StringFixed(2),
					strconv.Itoa(g.CriteriaTotal), c.Code, c.Name.In(lang), strconv.Itoa(c.Met),
					strconv.Itoa(c.NotMet), strconv.Itoa(c.Missing), contentCell(g.Content)); err != nil {
					return err
				}
			}
		}
		return nil
	}
	excluded := func(emit func(cells ...string) error) error {
		for _, e := range s.Excluded {
			name := e.Commune.Name
			if !e.Named() {
				name = evaluate.Excluded{}.Label(lang) // "(không rõ xã)"
			}
			if err := emit(name, e.Commune.District, e.Commune.Province, e.Origin,
				strconv.Itoa(e.Problems), e.Through); err != nil {
				return err
			}
		}
		return nil
	}
	return writeBook(w, lang,
		sheetOut{name: pick(lang, "Tổng hợp", "Summary"), cols: summaryColumns, rows: areas},
		sheetOut{name: pick(lang, "Theo tiêu chí", "By criterion"), cols: criterionColumns, rows: byCriterion},
		sheetOut{name: pick(lang, "Không tổng hợp", "Excluded"), cols: excludedColumns, rows: excluded})
}
