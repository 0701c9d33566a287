package workbook

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/evaluate"
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
}

// sheetSpec of a sheet to write: its name, columns, and rows, which it
// produces by calling emit once per row (twice over: once to fit the
// column widths and count the rows, once to write them).
type sheetOut struct {
	name string
	cols []column
	rows func(emit func(cells ...string) error) error
	// prepare, when not nil, is called on the sheet before its rows are
	// written (with the last row's number), to add what a stream writer
	// cannot (validation, protection).
	prepare func(f *excelize.File, sheet string, lastRow int) error
	// styles, when not nil, gives the style of each column's data cells.
	styles []int
}

// writeSheet writes a sheet: a bold frozen header row with a filter, then
// the rows, with column widths fitted to the longest cell. A cell of a
// numeric column is written as a number when its text is a decimal that a
// number cell holds exactly, as text otherwise; an empty cell is left
// blank. Header labels follow lang.
func writeSheet(f *excelize.File, first bool, spec sheetOut, lang string) error {
	if first {
		if err := f.SetSheetName("Sheet1", spec.name); err != nil {
			return err
		}
	} else if _, err := f.NewSheet(spec.name); err != nil {
		return err
	}
	widths := make([]int, len(spec.cols))
	head := make([]string, len(spec.cols))
	fit := func(i int, s string) {
		if n := utf8.RuneCountInString(s); n > widths[i] {
			widths[i] = n
		}
	}
	for i, c := range spec.cols {
		head[i] = pick(lang, c.vi, c.en)
		fit(i, head[i])
	}
	last := 1
	if err := spec.rows(func(cells ...string) error {
		last++
		for i, s := range cells {
			fit(i, s)
		}
		return nil
	}); err != nil {
		return err
	}
	if err := f.AutoFilter(spec.name, "A1:"+cellName(len(spec.cols), max(last, 2)), nil); err != nil {
		return err
	}
	if spec.prepare != nil {
		if err := spec.prepare(f, spec.name, last); err != nil {
			return err
		}
	}
	sw, err := f.NewStreamWriter(spec.name)
	if err != nil {
		return err
	}
	for i, n := range widths {
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
	buf := make([]any, len(spec.cols))
	for i := range head {
		buf[i] = excelize.Cell{StyleID: bold, Value: head[i]}
	}
	if err := sw.SetRow("A1", buf); err != nil {
		return err
	}
	row := 1
	if err := spec.rows(func(cells ...string) error {
		row++
		buf = buf[:0]
		for i, s := range cells {
			var v any
			switch {
			case s == "":
			case spec.cols[i].numeric:
				v = numberCell(s)
			default:
				v = s
			}
			if spec.styles != nil && spec.styles[i] != 0 {
				v = excelize.Cell{StyleID: spec.styles[i], Value: v}
			}
			buf = append(buf, v)
		}
		return sw.SetRow(cellName(1, row), buf)
	}); err != nil {
		return err
	}
	return sw.Flush()
}

// numberCell returns the value excelize writes as a number cell whose text
// is exactly s, or s itself (a text cell) when no float64 prints as s.
func numberCell(s string) any {
	if i, err := strconv.ParseInt(s, 10, 64); err == nil && strconv.FormatInt(i, 10) == s {
		return i
	}
	if v, err := strconv.ParseFloat(s, 64); err == nil && strconv.FormatFloat(v, 'f', -1, 64) == s {
		return v
	}
	return s
}

// WriteReports writes reports as a workbook with one sheet ("Báo cáo", or
// "Reports" with opt.Lang "en") holding the columns of [evaluate.WriteCSV],
// one row per indicator: the same cells, with the year, actual, target,
// gap and gap_units as numbers; the header row is frozen and has a filter,
// and its labels follow opt.Lang (the CSV column names in English).
func WriteReports(w io.Writer, reports []evaluate.Report, opt evaluate.RenderOptions) error {
	rows := func(emit func(cells ...string) error) error {
		for row := range evaluate.CSVRows(reports) {
			if err := emit(row...); err != nil {
				return err
			}
		}
		return nil
	}
	return writeBook(w, opt.Lang, sheetOut{name: pick(opt.Lang, "Báo cáo", "Reports"), cols: reportColumns, rows: rows})
}

// writeBook writes a workbook of the given sheets to w.
func writeBook(w io.Writer, lang string, sheets ...sheetOut) error {
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if err := writeSheet(f, i == 0, s, lang); err != nil {
			return err
		}
	}
	_, err := f.WriteTo(w)
	return err
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
}

// criterionColumns are the columns of the by-criterion sheet, those of
// `ntm eval --summary --format csv`.
var criterionColumns = []column{
	{"set", "Bộ tiêu chí", false}, {"year", "Năm", true}, {"scope", "Phạm vi", false},
	{"province", "Tỉnh", false}, {"district", "Huyện", false}, {"communes", "Số xã", true},
	{"communes_met", "Số xã đạt chuẩn", true}, {"average_criteria_met", "Tiêu chí bình quân/xã", true},
	{"criteria_total", "Số tiêu chí", true}, {"criterion", "Tiêu chí", false}, {"name", "Tên tiêu chí", false},
	{"met", "Đạt", true}, {"not_met", "Chưa đạt", true}, {"missing", "Thiếu số liệu", true},
}

// excludedColumns are the columns of the sheet of communes left out.
var excludedColumns = []column{
	{"commune", "Xã", false}, {"district", "Huyện", false}, {"province", "Tỉnh", false},
	{"origin", "Vị trí", false}, {"problems", "Số lỗi", true},
}

// WriteSummary writes a summary as a workbook: the sheet "Tổng hợp"
// ("Summary") with one row per area (set, year, scope, province, district,
// communes, communes_met, average_criteria_met, criteria_total,
// most_missed); "Theo tiêu chí" ("By criterion") with the rows of
// [evaluate.WriteSummaryCSV]; and "Không tổng hợp" ("Excluded") listing
// each commune left out because its input could not be read (commune,
// district, province, origin, problems; empty but for its header when
// none was). Headers are frozen, filtered and follow opt.Lang.
func WriteSummary(w io.Writer, s evaluate.Summary, opt evaluate.RenderOptions) error {
	lang := opt.Lang
	areas := func(emit func(cells ...string) error) error {
		for gi := range s.Groups {
			g := &s.Groups[gi]
			if err := emit(g.Set, strconv.Itoa(g.Year), g.Scope.String(), g.Province, g.District,
				strconv.Itoa(g.Communes), strconv.Itoa(g.CommunesMet), g.AverageCriteria.StringFixed(2),
				strconv.Itoa(g.CriteriaTotal), strings.Join(g.MostMissed, ", ")); err != nil {
				return err
			}
		}
		return nil
	}
	byCriterion := func(emit func(cells ...string) error) error {
		for gi := range s.Groups {
			g := &s.Groups[gi]
			for _, c := range g.Criteria {
				if err := emit(g.Set, strconv.Itoa(g.Year), g.Scope.String(), g.Province, g.District,
					strconv.Itoa(g.Communes), strconv.Itoa(g.CommunesMet), g.AverageCriteria.StringFixed(2),
					strconv.Itoa(g.CriteriaTotal), c.Code, c.Name.In(lang), strconv.Itoa(c.Met),
					strconv.Itoa(c.NotMet), strconv.Itoa(c.Missing)); err != nil {
					return err
				}
			}
		}
		return nil
	}
	excluded := func(emit func(cells ...string) error) error {
		for _, e := range s.Excluded {
			if err := emit(e.Commune.Name, e.Commune.District, e.Commune.Province, e.Origin,
				strconv.Itoa(e.Problems)); err != nil {
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
