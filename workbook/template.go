package workbook

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/csvcell"
	"github.com/nongthonmoi/ntm/internal/mergedregion"
	"github.com/nongthonmoi/ntm/internal/numtext"
	"github.com/nongthonmoi/ntm/internal/optionerr"
	"github.com/nongthonmoi/ntm/internal/xlsxread"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/xuri/excelize/v2"
)

// Template describes an empty assessment form for one set (`ntm
// template`): the communes it is for, the year, and its layout.
type Template struct {
	// Set is the criteria set the form is for. Nil is an error
	// ([problem.MissingField], Path "Set").
	Set *criteria.Set
	// Region is the region whose targets the target column shows for a
	// commune whose province does not determine one; 0 when not given.
	// A known province determines its communes' region, Region aside:
	// a province named as since 1/7/2025 that was formed from former
	// provinces of several regions ("Tây Ninh": the former Tây Ninh in
	// DNB, the former Long An in DBSCL; Nghị quyết 202/2025/QH15)
	// determines the region of the former province of its name, as for
	// 2016-2020 (DNB): for a set split by region, its communes' region
	// cell is that region and the targets are its, the note saying what the
	// name covers since 1/7/2025 and that a commune of the former Long An
	// has its form made with the province "Long An" (mergedNote).
	Region criteria.Region
	// Group is the commune group (nhóm xã) of the communes, for a set whose
	// targets are split by group ([criteria.ColumnsGroup]); the form then
	// has a group column, and a region column only when Region fills it
	// for a commune without a province. "" leaves the group column empty
	// to fill: the target column then shows the target every group
	// shares, or each group's ("nhóm 1: ≥ 70%; nhóm 2: ≥ 60%; …"), and the
	// note says to fill the group. A group that is not one of the set's is
	// an error ([problem.OutOfRange], as a group the set has not is to the
	// readers), any group for a set split by region another
	// ([problem.WrongKind]); both with Path "Group", Input the group.
	Group string
	// Year is the year assessed; 0 means the last year of the set's period.
	// A year outside the set's period is an error ([problem.OutOfRange],
	// Path "Year", Input the year).
	Year int
	// Communes are the communes to assess; none gives one block of rows
	// whose identity is left to fill.
	Communes []evaluate.Commune
	// Wide selects the wide layout (one row per commune, a column per
	// indicator) instead of the long one (a row per commune and indicator).
	Wide bool
}

// check returns the error of a field of t that the form cannot have: no
// Set ([problem.MissingField]), a Group that is not one of the set's
// commune groups ([problem.OutOfRange]), or given for a set that splits
// its targets by region ([problem.WrongKind]), a Year outside the set's
// period ([problem.OutOfRange]); nil when there is none.
func (t *Template) check() error {
	field := func(code problem.Code, path, input string, err error) error {
		return optionerr.Field("workbook", "Template", problem.Problem{Code: code, Path: path, Input: input, Err: err})
	}
	s := t.Set
	if s == nil {
		return field(problem.MissingField, "Set", "", problem.Errorf(problem.MissingField, "no set (a nil *criteria.Set)"))
	}
	if t.Group != "" {
		if !t.byGroup() {
			return field(problem.WrongKind, "Group", t.Group, problem.Errorf(problem.WrongKind, "set %s does not split its targets by commune group", s.ID))
		}
		if _, ok := s.CommuneGroup(t.Group); !ok {
			codes := make([]string, len(s.CommuneGroups))
			for i, g := range s.CommuneGroups {
				codes[i] = g.Code
			}
			return field(problem.OutOfRange, "Group", t.Group, problem.Errorf(problem.OutOfRange, "not a commune group of set %s (want %s)", s.ID, strings.Join(codes, ", ")))
		}
	}
	if t.Year != 0 && s.Period != (criteria.Period{}) && !s.Period.Contains(t.Year) {
		return field(problem.OutOfRange, "Year", strconv.Itoa(t.Year),
			problem.Errorf(problem.OutOfRange, "%d is outside the period %d-%d of %s", t.Year, s.Period.From, s.Period.To, s.ID))
	}
	return nil
}

// templateColumns are the columns of the long template: the long form's,
// then the helper columns content, target and note, which readers ignore.
var templateColumns = []column{
	{"province", "province", false}, {"district", "district", false}, {"commune", "commune", false},
	{"region", "region", false}, {"year", "year", true}, {"set", "set", false},
	{"indicator", "indicator", false}, {"value", "value", false}, {"numerator", "numerator", false},
	{"denominator", "denominator", false}, {"unit", "unit", false}, {"source", "source", false},
	{"content", "content", false}, {"target", "target", false}, {"note", "note", false},
}

// byGroup reports whether the set splits its targets by commune group.
func (t *Template) byGroup() bool { return t.Set.Columns == criteria.ColumnsGroup }

// longColumns are the columns of the long form: templateColumns, without
// the region column of a form that has none (see hasRegion), with a group
// column after the identity columns for a set split by group.
func (t *Template) longColumns() []column {
	cols := append([]column{}, templateColumns[:3]...)
	if t.hasRegion() {
		cols = append(cols, templateColumns[3])
	}
	if t.byGroup() {
		cols = append(cols, column{"group", "group", false})
	}
	return append(cols, templateColumns[4:]...)
}

// hasRegion reports whether the form has a region column: always for a
// set split by region; for a set split by commune group, which ignores
// the region, only when a commune's region cell is filled (a commune
// without a province, with Region given), so that the form of such a set
// has no column that always stays empty.
func (t *Template) hasRegion() bool {
	return !t.byGroup() || slices.ContainsFunc(t.communes(), func(c evaluate.Commune) bool { return t.regionCell(c) != "" })
}

// identity returns the cells of the identity columns of commune c, as
// longColumns has them, before year and set.
func (t *Template) identity(c evaluate.Commune) []string {
	ident := []string{c.Province, c.District, c.Name}
	if t.hasRegion() {
		ident = append(ident, t.regionCell(c))
	}
	if t.byGroup() {
		ident = append(ident, t.Group)
	}
	return ident
}

// valueCol and contentCol are the 0-based columns of value and of the
// first helper column of the long form: after the identity columns,
// year, set and indicator.
func (t *Template) valueCol() int {
	n := 3 + 3
	if t.hasRegion() {
		n++
	}
	if t.byGroup() {
		n++
	}
	return n
}

func (t *Template) contentCol() int { return t.valueCol() + 5 }

// indicatorCount is the number of indicators of the set: the rows of one
// commune in the long layout.
func (t *Template) indicatorCount() int {
	n := 0
	for _, crit := range t.Set.Criteria {
		n += len(crit.Indicators)
	}
	return max(n, 1)
}

// year returns the year of the template.
func (t *Template) year() int {
	if t.Year != 0 {
		return t.Year
	}
	return t.Set.Period.To
}

// columnOf returns the target column of commune c.
func (t *Template) columnOf(c evaluate.Commune) criteria.Column {
	return t.Set.Column(t.regionOf(c), t.Group)
}

// regionOf returns the region whose targets apply to c: its province's
// (for a province named as since 1/7/2025 that also covers former
// provinces of other regions, that of the former province of the name,
// [mergedregion.Lookup]); for a commune without a known province,
// t.Region.
func (t *Template) regionOf(c evaluate.Commune) criteria.Region {
	if c.Province != "" {
		if p, _, ok := mergedregion.Lookup(c.Province); ok {
			return p.Region
		}
	}
	return t.Region
}

// mergedNote returns the note of the form of commune c of a set split by
// region whose province is named as since 1/7/2025 that of a province
// formed from former provinces of several regions ("Tây Ninh": the former
// Tây Ninh in DNB, the former Long An in DBSCL; Nghị quyết
// 202/2025/QH15), "" for any other commune ([mergedregion.Form]): "từ
// ngày 01/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" gồm cả Long An cũ
// (vùng DBSCL); mẫu dùng mức đạt chuẩn của vùng DNB, vùng của Tây Ninh cũ;
// xã thuộc Long An cũ cần lập mẫu với tỉnh "Long An"".
func (t *Template) mergedNote(c evaluate.Commune) string {
	if t.byGroup() || c.Province == "" {
		return ""
	}
	p, others, ok := mergedregion.Lookup(c.Province)
	if !ok || len(others) == 0 {
		return ""
	}
	return mergedregion.Form(p, others, "vi", nil)
}

// regionCell returns the region column of commune c. The identity columns
// of a form are filled, so for a set split by region it is the region the
// targets are resolved for (the province's, else t.Region); a set split by group
// ignores the region, which is then filled only for a commune without a
// province when t.Region is given.
func (t *Template) regionCell(c evaluate.Commune) string {
	r := t.regionOf(c)
	if !r.Valid() || (t.byGroup() && c.Province != "") {
		return ""
	}
	return r.String()
}

func (t *Template) communes() []evaluate.Commune {
	if len(t.Communes) == 0 {
		return []evaluate.Commune{{}}
	}
	return t.Communes
}

// targetText returns the target of ind for a commune of target column c
// (a region, or a commune group of a group set) in year as a person reads
// it, in Vietnamese with a decimal comma: "≥ 70%", "≤ 26,7%", "≥ 36 triệu
// đồng/người/năm", "Đạt" for a pass/fail indicator, "Không" for an
// indicator whose target is none; "" when the column has no target. The
// readers ignore the column it fills.
func targetText(ind *criteria.Indicator, c criteria.Column, year int) string {
	s, _ := targetCells(ind, c, year)
	return s
}

// targetCells returns the target column of a template (targetText) and
// the note column beside it: that the target is unverified when its
// provenance is M, and that it is the value stated "đến năm N" when the
// year is earlier and has no value of its own; else empty.
func targetCells(ind *criteria.Indicator, c criteria.Column, year int) (target, note string) {
	res, err := ind.ResolveColumn(c, year)
	if err != nil {
		return "", ""
	}
	var notes []string
	if res.Provenance == criteria.M {
		notes = append(notes, "mức đạt chuẩn chưa kiểm chứng (M: không tìm thấy nguồn công khai)")
	}
	if res.YearFallback {
		notes = append(notes, fmt.Sprintf("mức đạt chuẩn \"đến năm %d\" áp dụng cho năm %d (chưa tìm thấy giá trị riêng của năm này)", ind.TargetYear, year))
	}
	note = strings.Join(notes, "; ")
	s := ""
	switch res.Op {
	case criteria.OpEq:
		s = "Đạt"
	case criteria.OpNone:
		s = "Không"
	default:
		s = res.Op.Symbol() + " " + numtext.Decimal(res.Value.String(), "vi")
		if ind.Unit == "%" {
			s += "%"
		} else if ind.Unit != "" {
			s += " " + ind.Unit
		}
	}
	return s, note
}

// pendingNote is the note of every row of a form for a set whose content
// awaits the official text: each criterion is one slot, attested đạt or
// chưa đạt, and every result on it is provisional.
const pendingNote = "chờ văn bản chính thức: nội dung tiêu chí chưa được mã hóa, ghi đạt hoặc chưa đạt theo kết quả xác nhận"

// pendingTableNote is the note of every row of a form for a set whose
// content awaits the official text that is an indicator of a table loaded
// for it (--sets-from, [criteria.Set.TableEntered]): the indicator and its
// target are that table's, not the official text's, and every result on
// it is provisional. What to write in the value cell follows the
// indicator's kind and target, as on the form of a set whose content is
// complete.
const pendingTableNote = "chờ văn bản chính thức: chỉ tiêu và mức đạt chuẩn theo bảng đã nạp, không phải văn bản chính thức; kết quả là tạm tính"

// pendingNoteOf is the pending-text note of ind's rows: pendingNote for
// a criterion's attested pass slot (the one pass indicator coded as its
// criterion, as a set whose table is not entered has each criterion),
// pendingTableNote for an indicator of a loaded table; "" for a set whose
// content does not await the official text.
func (t *Template) pendingNoteOf(ind *criteria.Indicator) string {
	if !t.Set.Content.Pending() {
		return ""
	}
	if _, c, ok := t.Set.Indicator(ind.Code); ok && len(c.Indicators) == 1 && ind.Code == c.Code && ind.Kind == criteria.KindPass {
		return pendingNote
	}
	return pendingTableNote
}

// groupNote is the note of every row of a form for a group set whose
// group column is left to fill: "ghi nhóm xã (1, 2 hoặc 3) vào cột group".
func (t *Template) groupNote() string {
	codes := make([]string, len(t.Set.CommuneGroups))
	for i, g := range t.Set.CommuneGroups {
		codes[i] = g.Code
	}
	list := strings.Join(codes, ", ")
	if n := len(codes); n > 1 {
		list = strings.Join(codes[:n-1], ", ") + " hoặc " + codes[n-1]
	}
	return "ghi nhóm xã (" + list + ") vào cột group"
}

// helperCells returns the target and note columns of ind for a commune
// of target column c: those of [targetCells] (for a group set whose group
// is left to fill, those of groupsCells), the note beginning with
// pendingNoteOf for a set whose content awaits the official text, then
// groupNote when the group is to fill.
func (t *Template) helperCells(ind *criteria.Indicator, c criteria.Column) (target, note string) {
	toFill := t.byGroup() && c.Group == ""
	if toFill {
		target, note = t.groupsCells(ind)
	} else {
		target, note = targetCells(ind, c, t.year())
	}
	var notes []string
	if p := t.pendingNoteOf(ind); p != "" {
		notes = append(notes, p)
	}
	if toFill {
		notes = append(notes, t.groupNote())
	}
	if note != "" {
		notes = append(notes, note)
	}
	return target, strings.Join(notes, "; ")
}

// groupsCells returns the target and note columns of ind for a commune
// of a group set whose group is not known: the target and note every
// commune group shares (the common target, say), else each group's,
// "nhóm 1: ≥ 90%; nhóm 2: ≥ 80%"; likewise the note, the one the groups
// share or those of the groups that have one.
func (t *Template) groupsCells(ind *criteria.Indicator) (target, note string) {
	groups := t.Set.CommuneGroups
	if len(groups) == 0 {
		return targetCells(ind, criteria.Column{}, t.year())
	}
	targets, notes := make([]string, len(groups)), make([]string, len(groups))
	for i, g := range groups {
		targets[i], notes[i] = targetCells(ind, criteria.GroupColumn(g.Code), t.year())
	}
	return t.perGroup(targets), t.perGroup(notes)
}

// perGroup returns the text the commune groups share (cells, one per
// group, all equal), else each group's that is not empty: "nhóm 1: …;
// nhóm 2: …".
func (t *Template) perGroup(cells []string) string {
	labels := make([]string, len(t.Set.CommuneGroups))
	for i, g := range t.Set.CommuneGroups {
		labels[i] = "nhóm " + g.Code
	}
	return perLabel(labels, cells)
}

// perLabel returns the text cells share (all equal), else each cell that
// is not empty after its label: "nhóm 1: …; nhóm 2: …", "DNB: …; DBSCL:
// …".
func perLabel(labels, cells []string) string {
	if !slices.ContainsFunc(cells, func(c string) bool { return c != cells[0] }) {
		return cells[0]
	}
	var out []string
	for i, l := range labels {
		if cells[i] != "" {
			out = append(out, l+": "+cells[i])
		}
	}
	return strings.Join(out, "; ")
}

// communeCells returns what gives the target and note columns of each
// indicator for commune c, its province looked up once: those of
// [Template.helperCells] for its target column, the note ending with
// [Template.mergedNote] when c has one.
func (t *Template) communeCells(c evaluate.Commune) func(ind *criteria.Indicator) (target, note string) {
	col, merged := t.columnOf(c), t.mergedNote(c)
	if merged == "" {
		return func(ind *criteria.Indicator) (string, string) { return t.helperCells(ind, col) }
	}
	return func(ind *criteria.Indicator) (string, string) {
		target, note := t.helperCells(ind, col)
		return target, joinNotes(note, merged)
	}
}

// joinNotes joins the notes that are not empty with "; ".
func joinNotes(notes ...string) string {
	return strings.Join(slices.DeleteFunc(notes, func(n string) bool { return n == "" }), "; ")
}

// validWords are the cell words a drop-down offers for an indicator: the
// pass/fail words, and "không áp dụng" where the set allows it; nil for a
// numeric indicator.
func validWords(ind *criteria.Indicator) []string {
	if ind.Kind != criteria.KindPass {
		return nil
	}
	w := []string{"đạt", "chưa đạt"}
	if ind.NotApplicableAllowed {
		w = append(w, "không áp dụng")
	}
	return w
}

// longRows produces the rows of the long template.
func (t *Template) longRows(emit func(cells ...string) error) error {
	year := strconv.Itoa(t.year())
	for _, c := range t.communes() {
		ident := append(t.identity(c), year, t.Set.ID)
		row := make([]string, 0, len(ident)+8)
		cells := t.communeCells(c)
		for _, crit := range t.Set.Criteria {
			for i := range crit.Indicators {
				ind := &crit.Indicators[i]
				target, note := cells(ind)
				row = append(append(row[:0], ident...), ind.Code, "", "", "", "", "", ind.Text.VI, target, note)
				if err := emit(row...); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// wideColumns returns the columns of the wide template: identity, then one
// per indicator ("2.2. Giao thông").
func (t *Template) wideColumns() []column {
	cols := append([]column{}, t.longColumns()[:t.valueCol()-1]...)
	for _, crit := range t.Set.Criteria {
		for _, ind := range crit.Indicators {
			h := ind.Code + ". " + crit.Name.VI
			cols = append(cols, column{h, h, false})
		}
	}
	return cols
}

func (t *Template) wideRows(emit func(cells ...string) error) error {
	n := len(t.wideColumns())
	row := make([]string, n)
	for _, c := range t.communes() {
		copy(row, append(t.identity(c), strconv.Itoa(t.year()), t.Set.ID))
		if err := emit(row...); err != nil {
			return err
		}
	}
	return nil
}

// guideColumns are the columns of the wide template's guide sheet.
// guideSheet is the name of the guide sheet of a wide form.
const guideSheet = xlsxread.GuideSheet

var guideColumns = []column{
	{"column", xlsxread.GuideTitle, false}, {"indicator", "Chỉ tiêu", false}, {"content", "Nội dung", false}, {"target", "Mức đạt chuẩn", false},
	{"note", "Ghi chú", false},
}

// guideRows lists each indicator's text and target, for each region of the
// template's communes; the note of the region of a commune that has a
// [Template.mergedNote] then says it of the commune's province ("xã của
// Tây Ninh: …").
func (t *Template) guideRows(emit func(cells ...string) error) error {
	var cols []criteria.Column
	notes := map[criteria.Column][]string{}
	add := func(col criteria.Column, note string) {
		if _, seen := notes[col]; !seen {
			cols = append(cols, col)
			notes[col] = nil
		}
		if note != "" && !slices.Contains(notes[col], note) {
			notes[col] = append(notes[col], note)
		}
	}
	for _, c := range t.communes() {
		note := t.mergedNote(c)
		if note != "" {
			p, _, _ := mergedregion.Lookup(c.Province)
			note = "xã của " + p.Name + ": " + note
		}
		add(t.columnOf(c), note)
	}
	for _, col := range cols {
		name := col.String()
		for _, crit := range t.Set.Criteria {
			for i := range crit.Indicators {
				ind := &crit.Indicators[i]
				target, note := t.helperCells(ind, col)
				if n := notes[col]; len(n) > 0 {
					note = strings.Join(append(slices.Clip(n), note), "; ")
					note = strings.TrimSuffix(note, "; ")
				}
				if err := emit(name, ind.Code, ind.Text.VI, target, note); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// WriteTemplateCSV writes the template as CSV (UTF-8). The long layout has
// the long form's columns, then content (the indicator's text), target
// (the resolved target, "≥ 70%") and note (whether the target is
// unverified; on every row of a set whose content awaits the official
// text, first that it does: "chờ văn bản chính thức: …"); the wide layout
// has the identity columns and one column per indicator. A cell that
// begins with =, +, -, @, a tab or a carriage return (a commune named
// =cmd|calc!A1) has a leading apostrophe, so that a spreadsheet does not
// run it as a formula; ntm eval reads it without.
//
// A Template whose Set is nil, whose Group is not one of the set's or
// whose Year is outside the set's period is an error and nothing is
// written: the error is a [problem.Problem] (errors.As with a
// *problem.Problem target gets it) whose Path names the field and Input
// quotes the value, as the Template fields say.
func WriteTemplateCSV(w io.Writer, t Template) error {
	if err := t.check(); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cols, rows := t.longColumns(), t.longRows
	if t.Wide {
		cols, rows = t.wideColumns(), t.wideRows
	}
	head := make([]string, len(cols))
	for i, c := range cols {
		head[i] = c.en
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	if err := rows(func(cells ...string) error {
		// Every cell of the form is text (a name, a code, a target): one
		// that a spreadsheet would run as a formula gets the apostrophe
		// the table readers take away.
		for i := range cells {
			cells[i] = csvcell.Text(cells[i])
		}
		return cw.Write(cells)
	}); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// WriteTemplate writes the template as a workbook. The sheet "Số liệu" has
// the columns of [WriteTemplateCSV]; the cells to fill are white and
// unlocked, the helper columns (content, target, note) grey and locked, the
// sheet protected without a password (so that the helpers are not typed
// over by mistake) while rows can still be added, sorted and filtered; the
// value cells (value, numerator and denominator; each indicator's column
// in the wide layout) are formatted as Text; the cells of pass/fail
// indicators offer a drop-down of the accepted words.
// The wide layout adds the sheet "Hướng dẫn" listing each indicator's text
// and target, which readers skip. A Template the set cannot have is an
// error, and nothing is written, as for [WriteTemplateCSV].
func WriteTemplate(w io.Writer, t Template) error {
	if err := t.check(); err != nil {
		return err
	}
	b := newBookWriter("vi")
	defer b.close()
	f := b.f
	grey, err := f.NewStyle(&excelize.Style{Protection: &excelize.Protection{Locked: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E7E6E6"}},
		Font: &excelize.Font{Color: "595959", Italic: true}, Alignment: &excelize.Alignment{WrapText: false}})
	if err != nil {
		return err
	}
	open, err := f.NewStyle(&excelize.Style{Protection: &excelize.Protection{Locked: false}})
	if err != nil {
		return err
	}
	// The cells of values are formatted as Text ("@", format 49), so that
	// Excel keeps what is typed as it is: a share 2/3 or 15/3 would
	// otherwise become a date.
	text, err := f.NewStyle(&excelize.Style{Protection: &excelize.Protection{Locked: false}, NumFmt: 49})
	if err != nil {
		return err
	}
	data := sheetOut{name: "Số liệu", cols: t.longColumns(), rows: cellRows(t.longRows), group: t.indicatorCount()}
	if t.Wide {
		data.cols, data.rows, data.group = t.wideColumns(), cellRows(t.wideRows), 1
	}
	data.styles = make([]int, len(data.cols))
	for i := range data.styles {
		switch {
		case t.Wide && i >= t.valueCol()-1, !t.Wide && i >= t.valueCol() && i <= t.valueCol()+2:
			data.styles[i] = text // the indicators' columns; value, numerator, denominator
		case !t.Wide && i >= t.contentCol():
			data.styles[i] = grey
		default:
			data.styles[i] = open
		}
	}
	data.finish = func(f *excelize.File, sheet string, last int) error {
		if err := t.dropDowns(f, sheet, last); err != nil {
			return err
		}
		return f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
			FormatCells: true, FormatColumns: true, FormatRows: true, InsertRows: true, DeleteRows: true,
			Sort: true, AutoFilter: true, SelectLockedCells: true, SelectUnlockedCells: true})
	}
	sheets := []sheetOut{data}
	if t.Wide {
		sheets = append(sheets, sheetOut{name: guideSheet, cols: guideColumns, rows: t.guideRows,
			styles: slices.Repeat([]int{grey}, len(guideColumns))})
	}
	for _, s := range sheets {
		if err := b.writeTable(s); err != nil {
			return err
		}
	}
	return b.writeTo(w)
}

// cellRows returns rows with each cell as a string cell of a workbook
// ([csvcell.Cell]): a name that begins with an apostrophe before =, +, -,
// @ ("'=x") keeps it when the form is read.
func cellRows(rows func(emit func(cells ...string) error) error) func(emit func(cells ...string) error) error {
	return func(emit func(cells ...string) error) error {
		return rows(func(cells ...string) error {
			for i := range cells {
				cells[i] = csvcell.Cell(cells[i])
			}
			return emit(cells...)
		})
	}
}

// dropDowns adds the drop-downs of the pass/fail cells of a sheet of the
// form whose last row is last.
func (t *Template) dropDowns(f *excelize.File, sheet string, last int) error {
	add := func(ref string, words []string) error {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = ref
		if err := dv.SetDropList(words); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleWarning, "Giá trị không hợp lệ",
			"Chọn một giá trị trong danh sách: "+strings.Join(words, ", "))
		return f.AddDataValidation(sheet, dv)
	}
	if t.Wide {
		col := t.valueCol()
		for _, crit := range t.Set.Criteria {
			for i := range crit.Indicators {
				if words := validWords(&crit.Indicators[i]); words != nil {
					name, _ := excelize.ColumnNumberToName(col)
					if err := add(fmt.Sprintf("%s2:%s%d", name, name, max(last, 2)), words); err != nil {
						return err
					}
				}
				col++
			}
		}
		return nil
	}
	// Long layout: one validation per set of words, over the value cells
	// of the rows of pass/fail indicators, in the blocks of one commune's
	// rows that the sheet holds.
	refs := map[string][]string{}
	var order []string
	row := 1
	valueCol, _ := excelize.ColumnNumberToName(t.valueCol() + 1)
	for range (last - 1) / t.indicatorCount() {
		for _, crit := range t.Set.Criteria {
			for i := range crit.Indicators {
				row++
				words := validWords(&crit.Indicators[i])
				if words == nil {
					continue
				}
				key := strings.Join(words, ",")
				if _, ok := refs[key]; !ok {
					order = append(order, key)
				}
				refs[key] = append(refs[key], valueCol+strconv.Itoa(row))
			}
		}
	}
	for _, key := range order {
		if err := add(strings.Join(refs[key], " "), strings.Split(key, ",")); err != nil {
			return err
		}
	}
	return nil
}
