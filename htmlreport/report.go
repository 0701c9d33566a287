package htmlreport

import (
	"cmp"
	"fmt"
	"html/template"
	"io"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/coderuns"
	"github.com/nongthonmoi/ntm/internal/leftout"
	"github.com/nongthonmoi/ntm/internal/numtext"
	"github.com/nongthonmoi/ntm/internal/optionerr"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/progresslabel"
	"github.com/nongthonmoi/ntm/internal/registrynote"
	"github.com/nongthonmoi/ntm/internal/statuslabel"
	"github.com/nongthonmoi/ntm/internal/vidate"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/nongthonmoi/ntm/progress"
	"github.com/shopspring/decimal"
)

// Options control the report.
type Options struct {
	// Lang is "vi" (the default, as is "") or "en". Another value is an
	// error and Write writes nothing: the error matches problem.WrongKind
	// with errors.Is, and errors.As with a *problem.Problem target gets
	// its problem, Path "Lang" and Input the value given.
	Lang string
	// Title replaces the default title ("Báo cáo nông thôn mới").
	Title string
	// Illustrative marks the data as invented for illustration: the
	// report then says "số liệu minh họa" at its top and in its title.
	// Set it when any report is (evaluate.Report.Illustrative), as
	// ntm report does.
	Illustrative bool
	// Plan, when not nil, adds the plan's status on AsOf: its targets with
	// their path over the years, its tasks, its inspection and the
	// warnings of its status.
	Plan *plan.Plan
	// AsOf is the day the plan's status is given on, as [plan.StatusWith]
	// takes it (ntm report gives today unless --as-of). It is required
	// with Plan: a Plan with the zero AsOf is an error and Write writes
	// nothing; the error matches problem.MissingField with errors.Is, and
	// errors.As with a *problem.Problem target gets its problem, Path
	// "AsOf". Without a Plan it is not read.
	AsOf plan.Date
	// Catalog holds the sets the reports were evaluated against, read for
	// the plan's status as [plan.StatusWith] reads them: a target without
	// a report shows its set's content and counts its criteria from it.
	// Nil is the built-in sets ([criteria.Builtin]).
	Catalog *criteria.Catalog
	// Excluded are the communes left out because their input could not be
	// read, and Problems the input problems met (one line each): the report
	// says how many communes were left out, names them, and lists the
	// problems, so that no exclusion is hidden.
	Excluded []progress.Excluded
	Problems []string
	// Warnings are the warnings on the input that change no figure but
	// may change what the reader takes them for (one line each): a name
	// typed without diacritics that may be two communes, two names that
	// differ only in diacritics and are counted as two communes. The
	// report lists them after the problems, as a printed report is read
	// without the command's standard error.
	Warnings []string
	// Generated is when the report is made, shown at the top of the
	// document as a printed report must be dated: "Lập ngày 05/5/2020"
	// ("Generated 2020-05-05"), the date in Generated's location. The
	// zero time is the time of the call to [Write].
	Generated time.Time
	// Inputs names the files the report was made from (the assessments,
	// the plan, the set definitions), shown at the top of the document
	// after the date; "-" is shown as standard input. Nothing is shown
	// when it is empty.
	Inputs []string
}

func (o Options) pick(vi, en string) string {
	if o.Lang == "en" {
		return en
	}
	return vi
}

// num writes a number ("17.50", as the machine formats write it) for the
// report's language: "17,50" in Vietnamese ([numtext.Decimal]).
func (o Options) num(s string) string { return numtext.Decimal(s, o.Lang) }

// Write writes the HTML report of reports: one self-contained document (no
// external asset, font or script) that prints on A4 portrait, with a page
// break between sections. For each set: the overview by area for the
// latest year with a bar chart; the communes × criteria grid coloured by
// status with a letter in each cell; the progress over the years with line
// charts when several years are present; each commune's shortfalls,
// closest first, with the gaps in the indicator's unit and in natural
// units (and the warning about a percentage typed as a fraction); then
// the plan's status, with its warnings, when Options.Plan is set. Every chart is
// inline SVG with text labels and a table beside it. A set whose content
// awaits the official text is named "(chờ văn bản chính thức)" ("(pending
// the official text)") in visible text wherever its results appear: the
// header, each section's heading, the plan's targets; the overview says why
// in its notes.
//
// The document's header says when it was made (Options.Generated), the
// date the plan's status is given on when there is a plan, and the files it
// was made from (Options.Inputs).
//
// The output depends only on its arguments, and on the day of the call
// when Options.Generated is zero. The reports are only read.
func Write(w io.Writer, reports []evaluate.Report, opt Options) error {
	if !optionerr.Valid(opt.Lang) {
		return optionerr.Lang("htmlreport", opt.Lang)
	}
	if p := opt.Plan; p != nil {
		if opt.AsOf.IsZero() {
			return optionerr.Field("htmlreport", "Options", problem.Problem{Code: problem.MissingField, Path: "AsOf",
				Err: problem.Errorf(problem.MissingField, "required with Plan: the day the plan's status is given on")})
		}
		// A target's year is its deadline; plan.Read rejects a plan
		// without one, and so does this for a plan built in code.
		for i, t := range p.Targets {
			if t.Year < 1 || t.Year > 9999 {
				return fmt.Errorf("htmlreport: plan %s: targets[%d] (%s, %s): year %d out of range (want e.g. 2020)",
					p.Number, i, t.Commune, t.Set, t.Year)
			}
		}
	}
	return page.Execute(w, build(reports, opt))
}

// view is what the template renders.
type view struct {
	Lang         string
	Title        string
	Illustrative bool
	// Generated is "Lập ngày 05/5/2020" ("Generated 2020-05-05").
	Generated string
	// AsOf is the date of the plan's status, "" without a plan.
	AsOf string
	// Inputs is the files read, "" when not given.
	Inputs string
	// RunningHead is printed at the top of every page: the title and the
	// sets reported, a set pending the official text so named.
	RunningHead string
	L           labels
	Sets        []setView
	Plan        *planView
	Problems    []string
	Warnings    []string
	Excluded    []string
	// ExcludedCount is how many communes were left out, and parts of the
	// input whose communes are unknown ([leftout.Count]).
	ExcludedCount string
	Legend        []legendItem
	Empty         bool
}

type legendItem struct {
	Class string
	Mark  string
	Label string
}

type setView struct {
	Anchor   string
	ID       string
	Title    string
	Year     int
	Years    []int
	Total    int
	Communes int
	// CommunesText is Communes counted: "3 xã", "1 commune", "3 communes".
	CommunesText string
	Overview     template.HTML
	Areas        []areaRow
	Criteria     []criterionName
	// CriteriaRows are the criteria two by two, for the key table.
	CriteriaRows [][]criterionName
	Districts    []districtView
	Progress     *progressView
	// Notes say what the figures rest on: a set pending its official text,
	// targets of provenance M or C1, year fallbacks.
	Notes []string
	// Reorganised says, a line per commune of the set whose unit the
	// registry of units relates to the reorganisation of 1/7/2025, what it
	// states (progress.Reorganisation.Text): the unit that took a former
	// commune over, the former units a new unit was formed from.
	Reorganised []string
	// NotHeld says, once per province after the first set that has
	// communes of it, that the registry of units holds no units of a
	// province of the set's communes, so that the reorganisation of their
	// communes is not shown.
	NotHeld []string
	// Pending is "chờ văn bản chính thức" ("pending the official text")
	// for a set whose content awaits the official text, shown beside its
	// ID wherever its results appear; "" otherwise.
	Pending string
	// Attested says, once under the heading of the shortfalls, that the
	// criteria of a set pending its official text are judged from
	// attestations, so that each shortfall is only the criterion's code
	// and name; "" when no shortfall is such a criterion.
	Attested string
}

type criterionName struct{ Code, Name string }

type areaRow struct {
	Name                  string
	Communes, CommunesMet int
	Average               string
	// MostMissed is the criteria most often not met, each with its name
	// and the communes that missed it.
	MostMissed string
}

type progressView struct {
	Charts []template.HTML
	Years  []int
	Rows   []progressRow
	// Lost lists the communes with criteria met one assessed year and not
	// met the next.
	Lost []lostRow
}

type lostRow struct {
	Commune, Criteria string
}

type progressRow struct {
	Name  string
	Cells []string
}

type districtView struct {
	Name string
	// Grids are the communes × criteria chart, in parts that each fit a
	// printed page.
	Grids    []template.HTML
	Codes    []string
	Tally    []tallyRow
	Communes []communeShort
}

// tallyRow is a status's row of a district's tally, headed by the
// status's swatch as the legend draws it: printed, a district's grid on a
// page after the legend's is read by its tally.
type tallyRow struct {
	Class, Mark, Label string
	Counts             []int
}

type communeShort struct {
	Name    string
	Met     string
	Status  string
	Items   []shortItem
	Missing string
	// attested is set when an item is a criterion judged from an
	// attestation (see attested).
	attested bool
	// Continued marks a row that goes on with the shortfalls of the row
	// before, of the same commune (see splitShortfalls): its first cell
	// names the commune followed by "(tiếp theo)" ("(continued)"), its
	// criteria met and status are left empty.
	Continued bool
}

// shortItem is one shortfall of a commune, with the warning about its value
// when there is one (a percentage that looks typed as a fraction of one).
type shortItem struct {
	Text, Warning string
}

type planView struct {
	Number, Title, AsOf string
	Met, Total          int
	// OfWhich says how many of the targets met are provisional: ",
	// trong đó 1 tạm tính"; "" when none is.
	OfWhich string
	Targets []targetRow
	Tasks   []taskRow
	// Inspection is its state, or that the plan names none or sets no
	// time for it.
	Inspection string
	// Warnings are the warnings of the plan's status in the report's
	// language, as ntm plan prints them.
	Warnings []string
}

type targetRow struct {
	Commune, Set string
	// Pending qualifies a set pending the official text (see
	// setView.Pending).
	Pending string
	Year    int
	Status  string
	// Provisional qualifies a status resting on a set pending the
	// official text: "tạm tính: chờ văn bản chính thức"; "" otherwise.
	Provisional     string
	Criteria        string
	ByYear          string
	Short, Deadline string
}

type taskRow struct {
	Assignee, Action, Due, State string
}

type labels struct {
	Overview, Grid, Progress, Shortfalls, PlanStatus               string
	Area, Communes, CommunesMet, Average, Year, Commune, Criteria  string
	Legend, Table, Status, Short, Missing, None, Set, Illustrative string
	MostMissed                                                     string
	CriteriaKey, Code, Name, Targets, Tasks, Inspection, Deadline  string
	Assignee, Action, Due, State, ByYear, Problems, NoData         string
	ExcludedCommunes, NotGiven, Warnings, PlanWarnings             string
	TargetYear, TargetsMet, Lost, LostCriteria, NoneLost           string
	Reorganised                                                    string
	// Page and PageOf frame the page number printed at the foot of every
	// page: "Trang 3/12" ("Page 3 of 12").
	Page, PageOf string
	// Continued follows a district's name above each part of its grid
	// after the first, which a printed page may begin with.
	Continued string
	// YearIn is Year inside a sentence or heading: "năm 2020".
	YearIn string
}

func labelsFor(o Options) labels {
	return labels{
		Overview:         o.pick("Tổng quan theo địa bàn", "Overview by area"),
		Page:             o.pick("Trang ", "Page "),
		Continued:        o.pick("(tiếp theo)", "(continued)"),
		PageOf:           o.pick("/", " of "),
		Grid:             o.pick("Kết quả từng xã theo tiêu chí", "Communes × criteria"),
		Progress:         o.pick("Tiến độ qua các năm", "Progress over the years"),
		Shortfalls:       o.pick("Các chỉ tiêu chưa đạt của từng xã (chỉ tiêu gần đạt nhất xếp trước)", "Each commune's shortfalls (closest first)"),
		PlanStatus:       o.pick("Tình hình thực hiện kế hoạch", "Plan status"),
		Area:             o.pick("Địa bàn", "Area"),
		Communes:         o.pick("Số xã", "Communes"),
		CommunesMet:      o.pick("Số xã đạt chuẩn", "Communes meeting the set"),
		Average:          o.pick("Tiêu chí bình quân/xã", "Average criteria per commune"),
		MostMissed:       o.pick("Chưa đạt nhiều nhất", "Most often not met"),
		Year:             o.pick("Năm", "Year"),
		YearIn:           o.pick("năm", "Year"),
		Commune:          o.pick("Xã", "Commune"),
		Criteria:         o.pick("Tiêu chí đạt", "Criteria met"),
		Legend:           o.pick("Chú giải", "Legend"),
		Table:            o.pick("Bảng số liệu", "Data table"),
		Status:           o.pick("Kết quả", "Status"),
		Short:            o.pick("Chỉ tiêu chưa đạt và khoảng cách", "Indicators not met and gaps"),
		Missing:          o.pick("Thiếu số liệu", "Missing data"),
		None:             o.pick("không có", "none"),
		Set:              o.pick("Bộ tiêu chí", "Set"),
		Illustrative:     o.pick("Số liệu minh họa — số liệu giả định, không phải số liệu chính thức.", "Illustrative data (số liệu minh họa) — invented figures, not official data."),
		CriteriaKey:      o.pick("Tên tiêu chí", "Criteria"),
		Code:             o.pick("Mã", "Code"),
		Name:             o.pick("Tên", "Name"),
		Targets:          o.pick("Mục tiêu", "Targets"),
		Tasks:            o.pick("Nhiệm vụ", "Tasks"),
		Inspection:       o.pick("Kiểm tra", "Inspection"),
		Deadline:         o.pick("Hạn", "Deadline"),
		Assignee:         o.pick("Đơn vị thực hiện", "Assignee"),
		Action:           o.pick("Nội dung", "Task"),
		Due:              o.pick("Trước ngày", "Due before"),
		State:            o.pick("Tình trạng", "State"),
		ByYear:           o.pick("Tiêu chí đạt theo năm", "Criteria met by year"),
		Problems:         o.pick("Dữ liệu không đọc được (không tính trong báo cáo)", "Input not read (left out of the report)"),
		NotGiven:         o.pick("kế hoạch không nêu", "none in the plan"),
		Warnings:         o.pick("Cảnh báo về số liệu", "Warnings on the input"),
		PlanWarnings:     o.pick("Cảnh báo về kế hoạch", "Warnings on the plan"),
		ExcludedCommunes: o.pick("Bị loại vì số liệu không đọc được", "Left out because the input could not be read"),
		NoData:           o.pick("Không có báo cáo đánh giá nào.", "No evaluation report."),
		TargetYear:       o.pick("Năm mục tiêu", "Target year"),
		TargetsMet:       o.pick("Mục tiêu đã đạt", "Targets met"),
		Lost:             o.pick("Xã có tiêu chí tụt lại (đạt năm trước, chưa đạt năm sau)", "Communes with criteria lost (met one year, not met the next)"),
		LostCriteria:     o.pick("Năm: tiêu chí tụt lại", "Year: criteria lost"),
		NoneLost:         o.pick("Không xã nào có tiêu chí tụt lại.", "No commune lost a criterion."),
		Reorganised:      o.pick("Sắp xếp đơn vị hành chính cấp xã", "Reorganisation of commune-level units"),
	}
}

// statusStyle returns the look, the mark and the label of a status.
func statusStyle(s evaluate.Status, o Options) (look statusLook, mark, label string) {
	switch s {
	case evaluate.StatusMet:
		return lookMet, o.pick("Đ", "M"), o.pick("Đạt", "Met")
	case evaluate.StatusNotMet:
		return lookNotMet, o.pick("C", "N"), o.pick("Chưa đạt", "Not met")
	case evaluate.StatusNotApplicable:
		return lookNA, "–", o.pick("Không áp dụng", "Not applicable")
	}
	return lookMissing, "?", o.pick("Thiếu số liệu", "Missing")
}

func build(reports []evaluate.Report, opt Options) view {
	v := view{Lang: cmp.Or(opt.Lang, "vi"), Illustrative: opt.Illustrative, L: labelsFor(opt), Problems: opt.Problems, Warnings: opt.Warnings,
		Empty: len(reports) == 0}
	for _, e := range opt.Excluded {
		v.Excluded = append(v.Excluded, e.Label(opt.Lang)+" — "+e.Place()+", "+opt.pick(fmt.Sprintf("%d lỗi", e.Problems), counted(e.Problems, "problem", "problems")))
	}
	v.ExcludedCount = leftout.Count(opt.Excluded, opt.Lang)
	v.Generated, v.AsOf, v.Inputs = provenance(opt)
	v.Title = cmp.Or(opt.Title, opt.pick("Báo cáo nông thôn mới", "New rural area report (nông thôn mới)"))
	for _, s := range []evaluate.Status{evaluate.StatusMet, evaluate.StatusNotMet, evaluate.StatusMissing, evaluate.StatusNotApplicable} {
		look, mark, label := statusStyle(s, opt)
		v.Legend = append(v.Legend, legendItem{look.class, mark, label})
	}
	prog := progress.Of(reports)
	first, setIDs := indexReports(reports)
	said := map[string]bool{}
	for si, id := range setIDs {
		sv := setViewOf(si, id, reports, prog, first, opt)
		for _, p := range registrynote.Unheld(func(yield func(string) bool) {
			for _, c := range prog.Communes {
				if c.Set == id && !yield(c.Commune.Province) {
					return
				}
			}
		}) {
			if k := registrynote.Key(p); !said[k] {
				said[k] = true
				text := registrynote.Reorganisation(p, opt.Lang)
				_, n := utf8.DecodeRuneInString(text)
				sv.NotHeld = append(sv.NotHeld, strings.ToUpper(text[:n])+text[n:]+".")
			}
		}
		v.Sets = append(v.Sets, sv)
	}
	if opt.Plan != nil {
		v.Plan = planOf(opt, reports, prog)
	}
	v.RunningHead = v.Title
	for i, s := range v.Sets {
		sep := ", "
		if i == 0 {
			sep = " — "
		}
		v.RunningHead += sep + s.ID
		if s.Pending != "" {
			v.RunningHead += " (" + s.Pending + ")"
		}
	}
	return v
}

// reportKey identifies a commune (by its code, else by the placekey of
// its names, without the district from 2026), a set and a year.
type reportKey struct {
	commune, set string
	year         int
}

func reportKeyOf(c evaluate.Commune, set string, year int) reportKey {
	if c.Code != "" {
		return reportKey{"c\x00" + strings.TrimSpace(c.Code), set, year}
	}
	return reportKey{"n\x00" + placekey.OfIn(c.Name, c.District, c.Province, year), set, year}
}

// firstReports holds the report used for each commune, set and year: the
// first, as in progress.Of.
type firstReports map[reportKey]*evaluate.Report

// get returns the report used for commune c, set and year, or nil.
func (f firstReports) get(c evaluate.Commune, set string, year int) *evaluate.Report {
	return f[reportKeyOf(c, set, year)]
}

// indexReports returns the report used for each commune, set and year, and
// the sets of the reports in order of first appearance.
func indexReports(reports []evaluate.Report) (first firstReports, setIDs []string) {
	first = firstReports{}
	for i := range reports {
		r := &reports[i]
		k := reportKeyOf(r.Commune, r.Set, r.Year)
		if _, ok := first[k]; !ok {
			first[k] = r
		}
		if !slices.Contains(setIDs, r.Set) {
			setIDs = append(setIDs, r.Set)
		}
	}
	return first, setIDs
}

// setViewOf returns the section of set id, the si-th (from 0) of the
// document: its overview, its progress over the years and its districts'
// grids, from the latest year's reports of its communes.
func setViewOf(si int, id string, reports []evaluate.Report, prog progress.Progress, first firstReports, opt Options) setView {
	sv := setView{Anchor: fmt.Sprintf("set-%d", si+1), ID: id}
	var areas []progress.Area
	for _, a := range prog.Areas {
		if a.Set == id {
			areas = append(areas, a)
			for _, y := range a.Years {
				if !slices.Contains(sv.Years, y.Year) {
					sv.Years = append(sv.Years, y.Year)
				}
			}
		}
	}
	slices.Sort(sv.Years)
	sv.Year = sv.Years[len(sv.Years)-1]
	var latest []*evaluate.Report
	for _, c := range prog.Communes {
		if c.Set != id {
			continue
		}
		if r := first.get(c.Commune, id, sv.Year); r != nil {
			latest = append(latest, r)
		}
	}
	r0 := latest[0]
	sv.Title = r0.SetTitle.In(opt.Lang)
	sv.Total = r0.CriteriaTotal
	sv.Communes = len(latest)
	sv.CommunesText = opt.pick(fmt.Sprintf("%d xã", sv.Communes), counted(sv.Communes, "commune", "communes"))
	for _, c := range r0.Criteria {
		sv.Criteria = append(sv.Criteria, criterionName{c.Code(), c.Name().In(opt.Lang)})
	}
	for i := 0; i < len(sv.Criteria); i += 2 {
		sv.CriteriaRows = append(sv.CriteriaRows, sv.Criteria[i:min(i+2, len(sv.Criteria))])
	}
	sv.Notes = notes(reports, id, opt)
	for _, c := range prog.Communes {
		if c.Set == id && c.Reorganisation != nil {
			sv.Reorganised = append(sv.Reorganised, c.Commune.String()+": "+c.Reorganisation.Text(id, opt.Lang))
		}
	}
	if pendingSet(reports, id) {
		sv.Pending = criteria.ContentPendingOfficialText.Name().In(opt.Lang)
	}
	sv.Overview, sv.Areas = overview(sv, areas, latest, opt)
	if len(sv.Years) > 1 {
		sv.Progress = progressOf(sv, areas, opt)
		sv.Progress.Lost = append(sv.Progress.Lost, lostRows(id, prog, opt)...)
	}
	sv.Districts = districts(sv, latest, opt)
	if slices.ContainsFunc(sv.Districts, func(d districtView) bool {
		return slices.ContainsFunc(d.Communes, func(c communeShort) bool { return c.attested })
	}) {
		sv.Attested = opt.pick("Bộ tiêu chí "+id+" chờ văn bản chính thức: mỗi tiêu chí được đánh giá theo xác nhận đạt hay chưa đạt, chưa nhập các chỉ tiêu.",
			"Set "+id+" awaits its official text: each criterion is judged from an attestation that it is met or not; its indicators are not entered yet.")
	}
	return sv
}

// lostRows returns a row for each commune of set id that lost criteria it
// had met, with the years and the criteria lost.
func lostRows(id string, prog progress.Progress, opt Options) []lostRow {
	var rows []lostRow
	for _, c := range prog.Communes {
		if c.Set == id && len(c.Regressions) > 0 {
			var parts []string
			for _, r := range c.Regressions {
				parts = append(parts, fmt.Sprintf("%d: %s", r.Year, named(r.Criteria, prog.CriterionNames[id], opt)))
			}
			rows = append(rows, lostRow{c.Commune.String(), strings.Join(parts, "; ")})
		}
	}
	return rows
}

// provenance returns what the header says of the document's making: when it
// was made, the date of the plan's status, the files read.
func provenance(opt Options) (generated, asOf, inputs string) {
	t := opt.Generated
	if t.IsZero() {
		t = time.Now()
	}
	generated = opt.pick("Lập ngày "+vidate.Time(t), "Generated "+t.Format(time.DateOnly))
	if p := opt.Plan; p != nil { // Write refuses a Plan without AsOf
		d := opt.AsOf.Vietnamese()
		asOf = opt.pick("Tình hình thực hiện Kế hoạch "+p.Number+" tính đến ngày "+d,
			"Status of plan "+p.Number+" as of "+opt.AsOf.String())
	}
	if len(opt.Inputs) > 0 {
		names := make([]string, len(opt.Inputs))
		for i, f := range opt.Inputs {
			names[i] = f
			if f == "-" {
				names[i] = opt.pick("(đầu vào chuẩn)", "(standard input)")
			}
		}
		inputs = opt.pick("Tệp đầu vào: ", "Input files: ") + strings.Join(names, ", ")
	}
	return generated, asOf, inputs
}

// named is codes, each followed by its criterion's name when names has
// it ("5 Trường học, 17 Môi trường và an toàn thực phẩm").
func named(codes []string, names map[string]criteria.Text, opt Options) string {
	parts := make([]string, len(codes))
	for i, code := range codes {
		parts[i] = strings.TrimSpace(code + " " + names[code].In(opt.Lang))
	}
	return strings.Join(parts, ", ")
}

// pendingSet reports whether a report of set has content pending the
// official text.
func pendingSet(reports []evaluate.Report, set string) bool {
	for i := range reports {
		if reports[i].Set == set && reports[i].Content.Pending() {
			return true
		}
	}
	return false
}

// notes gathers, over the reports of set, the warnings that qualify the
// figures, once each: pending content, the indicators decided by targets
// of provenance M and C1 (how many, and which, compactly as the text
// warnings list them: "35 chỉ tiêu: 1.1, 1.2, 2.1–2.4, …"), the indicators
// whose yearly target fell back.
func notes(reports []evaluate.Report, set string, opt Options) []string {
	var out []string
	pending, entered := false, false
	// byProv has, per provenance and per target column that applied (the
	// region, or the commune group of a set split by groups), the
	// indicators decided by targets of that provenance.
	type column struct {
		region criteria.Region
		group  string
	}
	byProv := map[criteria.Provenance]map[column]map[string]bool{}
	provinces := map[criteria.Region][]string{} // as first written, once each
	groups := map[string]bool{}                 // the groups that applied
	var order [][]string                        // the set's indicator codes, criterion by criterion
	fallback := map[string][]int{}
	var fallbackCodes []string
	for i := range reports {
		r := &reports[i]
		if r.Set != set {
			continue
		}
		if order == nil {
			order = indicatorCodes(r)
		}
		if p := r.Commune.Province; r.Region.Valid() && p != "" && !slices.ContainsFunc(provinces[r.Region], func(q string) bool { return registrynote.Key(p) == registrynote.Key(q) }) {
			provinces[r.Region] = append(provinces[r.Region], p)
		}
		if r.Group != "" {
			groups[r.Group] = true
		}
		pending = pending || r.Content.Pending()
		entered = entered || r.TableEntered()
		for _, w := range r.Warnings() {
			switch w.Kind {
			case evaluate.WarnProvenance:
				p := w.Target().Provenance
				if byProv[p] == nil {
					byProv[p] = map[column]map[string]bool{}
				}
				c := column{r.Region, r.Group}
				if byProv[p][c] == nil {
					byProv[p][c] = map[string]bool{}
				}
				byProv[p][c][w.Indicator] = true
			case evaluate.WarnYearFallback:
				if _, ok := fallback[w.Indicator]; !ok {
					fallbackCodes = append(fallbackCodes, w.Indicator)
				}
				if !slices.Contains(fallback[w.Indicator], w.Year) {
					fallback[w.Indicator] = append(fallback[w.Indicator], w.Year)
				}
			}
		}
	}
	if pending {
		out = append(out, statuslabel.PendingSentence(set, opt.Lang, entered))
	}
	// With communes of several regions, whose targets differ, the lists
	// are region by region (in the order of the decision's columns), each
	// named with its provinces; with communes of several groups of a set
	// split by commune groups, which ignores regions, group by group (in
	// the set's order), each named with its group; with one, each list is
	// the set's.
	columns := []column{{}}
	if bySet := groupOrder(set, groups, opt); bySet != nil {
		if len(groups) > 1 {
			columns = nil
			for _, g := range bySet {
				columns = append(columns, column{group: g})
			}
			columns = append(columns, column{})
		}
	} else if len(provinces) > 1 {
		columns = nil
		for _, rg := range criteria.Regions() {
			if provinces[rg] != nil {
				columns = append(columns, column{region: rg})
			}
		}
		columns = append(columns, column{})
	}
	grouped := len(groups) > 0
	for _, col := range columns {
		for _, p := range []criteria.Provenance{criteria.M, criteria.C1} {
			codes := map[string]bool{}
			for c, cs := range byProv[p] {
				if len(columns) == 1 || (grouped && c.group == col.group) || (!grouped && c.region == col.region) {
					maps.Copy(codes, cs)
				}
			}
			if len(codes) == 0 {
				continue
			}
			list := coderuns.Join(order, codes)
			d := p.Describe()
			line := opt.pick(
				"Mức đạt chuẩn có độ tin cậy "+p.String()+" ("+d.VI+") là căn cứ đánh giá "+fmt.Sprint(len(codes))+" chỉ tiêu: "+list+".",
				"Targets of provenance "+p.String()+" ("+d.EN+") decided "+indicatorCount(len(codes))+": "+list+".")
			if len(columns) > 1 {
				var where string
				switch {
				case grouped && col.group != "":
					where = opt.pick("Nhóm ", "Group ") + col.group
				case grouped:
					where = opt.pick("Không rõ nhóm xã", "Commune group not known")
				case col.region.Valid():
					where = opt.pick("Vùng ", "Region ") + col.region.Name().In(opt.Lang) + " (" + strings.Join(provinces[col.region], ", ") + ")"
				default:
					where = opt.pick("Không rõ vùng", "Region not known")
				}
				line = where + ": " + strings.ToLower(line[:1]) + line[1:]
			}
			out = append(out, line)
		}
	}
	for _, code := range fallbackCodes {
		ys := fallback[code]
		slices.Sort(ys)
		years := make([]string, len(ys))
		for i, y := range ys {
			years[i] = fmt.Sprint(y)
		}
		out = append(out, opt.pick(
			"Chỉ tiêu "+code+": năm "+strings.Join(years, ", ")+" chưa có mức đạt chuẩn riêng, áp dụng mức \"đến năm\" của bộ tiêu chí.",
			"Indicator "+code+": "+strings.Join(years, ", ")+" have no value of their own; the target year's value applied."))
	}
	return out
}

// groupOrder returns, for a set split by commune groups, the groups of
// groups in the set's order (those the set does not name after them, in
// code order); nil for a set split by regions. A set the catalog does not
// hold is split by groups when its reports named groups.
func groupOrder(set string, groups map[string]bool, opt Options) []string {
	cat := opt.Catalog
	if cat == nil {
		cat = criteria.Builtin()
	}
	s, err := cat.Lookup(set)
	ok := err == nil
	if ok && s.Columns != criteria.ColumnsGroup || !ok && len(groups) == 0 {
		return nil
	}
	out := []string{}
	if ok {
		for _, g := range s.CommuneGroups {
			if groups[g.Code] {
				out = append(out, g.Code)
			}
		}
	}
	var rest []string
	for g := range groups {
		if !slices.Contains(out, g) {
			rest = append(rest, g)
		}
	}
	slices.Sort(rest)
	return append(out, rest...)
}

// indicatorCodes is the codes of r's indicators, criterion by criterion,
// as [coderuns.Join] takes them.
func indicatorCodes(r *evaluate.Report) [][]string {
	out := make([][]string, len(r.Criteria))
	for ci := range r.Criteria {
		for _, ind := range r.Criteria[ci].Indicators {
			out[ci] = append(out[ci], ind.Code())
		}
	}
	return out
}

// mostMissedCount is how many criteria the overview lists as most often
// missed in an area, as the text and Markdown summaries do.
const mostMissedCount = 5

// shownAreas leaves out the whole when it is a single province (the same
// figures twice).
func shownAreas(areas []progress.Area) []progress.Area {
	if provinceCount(areas) != 1 {
		return areas
	}
	return slices.DeleteFunc(slices.Clone(areas), func(a progress.Area) bool { return a.Scope == evaluate.ScopeAll })
}

// provinceCount is how many provinces areas has areas of.
func provinceCount(areas []progress.Area) int {
	n := 0
	for _, a := range areas {
		if a.Scope == evaluate.ScopeProvince {
			n++
		}
	}
	return n
}

func overview(sv setView, areas []progress.Area, latest []*evaluate.Report, opt Options) (template.HTML, []areaRow) {
	// The criteria most often missed in each area, from the tally of
	// ntm eval --summary over the reports of the year shown.
	var z evaluate.Summarizer
	for _, r := range latest {
		z.Add(r)
	}
	type areaKey struct {
		scope              evaluate.Scope
		province, district string
	}
	missed := map[areaKey]string{}
	for _, g := range z.Summary().Areas {
		missed[areaKey{g.Scope, placekey.Province(g.Province), placekey.District(g.District)}] = g.MostMissedText(opt.Lang, mostMissedCount)
	}
	var bars []bar
	var rows []areaRow
	for _, a := range shownAreas(areas) {
		i := slices.IndexFunc(a.Years, func(y progress.AreaYear) bool { return y.Year == sv.Year })
		if i < 0 {
			continue
		}
		y := a.Years[i]
		name := progresslabel.AreaName(a.Scope, a.Province, a.District, provinceCount(areas), opt.Lang)
		if a.Scope == evaluate.ScopeDistrict {
			name = a.District
		}
		avg := opt.num(y.AverageCriteria.StringFixed(2))
		bars = append(bars, bar{label: name, value: y.AverageCriteria, text: avg,
			note: fmt.Sprintf(opt.pick("(%d/%d xã đạt chuẩn)", "(%d/%d communes met)"), y.CommunesMet, y.Communes)})
		rows = append(rows, areaRow{Name: progresslabel.AreaName(a.Scope, a.Province, a.District, provinceCount(areas), opt.Lang), Communes: y.Communes, CommunesMet: y.CommunesMet, Average: avg,
			MostMissed: missed[areaKey{a.Scope, placekey.Province(a.Province), placekey.District(a.District)}]})
	}
	title := fmt.Sprintf(opt.pick("Tiêu chí bình quân/xã theo địa bàn, %s, năm %d", "Average criteria per commune by area, %s, %d"), sv.ID, sv.Year)
	return barChart(sv.Anchor+"-overview", title, bars, decimal.New(int64(sv.Total), 0),
		opt.pick("tiêu chí bình quân/xã (trên tổng số ", "criteria per commune (of ")+fmt.Sprint(sv.Total)+")"), rows
}

func progressOf(sv setView, areas []progress.Area, opt Options) *progressView {
	pv := &progressView{Years: sv.Years}
	// One scale for all the charts, from 0 to the set's total: a rise of
	// one criterion shows as one criterion of the whole.
	hi := decimal.New(int64(sv.Total), 0)
	unit := opt.pick("tiêu chí bình quân/xã", "criteria per commune")
	for ai, a := range shownAreas(areas) {
		name := progresslabel.AreaName(a.Scope, a.Province, a.District, provinceCount(areas), opt.Lang)
		if a.Scope == evaluate.ScopeDistrict {
			name = a.District
		}
		var pts []point
		row := progressRow{Name: progresslabel.AreaName(a.Scope, a.Province, a.District, provinceCount(areas), opt.Lang)}
		for slot, year := range sv.Years {
			i := slices.IndexFunc(a.Years, func(y progress.AreaYear) bool { return y.Year == year })
			if i < 0 {
				row.Cells = append(row.Cells, "—")
				continue
			}
			y := a.Years[i]
			avg := opt.num(y.AverageCriteria.StringFixed(2))
			pts = append(pts, point{slot: slot, x: fmt.Sprint(year), value: y.AverageCriteria, text: avg})
			row.Cells = append(row.Cells, fmt.Sprintf(opt.pick("%s (%d/%d xã đạt)", "%s (%d/%d met)"), avg, y.CommunesMet, y.Communes))
		}
		pv.Rows = append(pv.Rows, row)
		pv.Charts = append(pv.Charts, lineChart(fmt.Sprintf("%s-progress-%d", sv.Anchor, ai+1), name, pts, len(sv.Years), hi, unit))
	}
	return pv
}

// districts groups the latest reports by district for the grid and the
// shortfalls; from 2026, when there are no districts, by province.
func districts(sv setView, latest []*evaluate.Report, opt Options) []districtView {
	var out []districtView
	var cur []*evaluate.Report
	flush := func() {
		if len(cur) == 0 {
			return
		}
		out = append(out, district(sv, len(out), cur, opt))
		cur = nil
	}
	for i, r := range latest {
		if i > 0 && (placekey.District(placekey.DistrictIn(r.Commune.District, r.Year)) != placekey.District(placekey.DistrictIn(latest[i-1].Commune.District, latest[i-1].Year)) ||
			placekey.Province(r.Commune.Province) != placekey.Province(latest[i-1].Commune.Province)) {
			flush()
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

func district(sv setView, index int, rs []*evaluate.Report, opt Options) districtView {
	c0 := rs[0].Commune
	dv := districtView{Name: strings.TrimPrefix(placekey.DistrictIn(c0.District, rs[0].Year)+", "+c0.Province, ", ")}
	for _, c := range sv.Criteria {
		dv.Codes = append(dv.Codes, c.Code)
	}
	statuses := []evaluate.Status{evaluate.StatusMet, evaluate.StatusNotMet, evaluate.StatusMissing, evaluate.StatusNotApplicable}
	counts := make([][]int, len(statuses))
	for i := range counts {
		counts[i] = make([]int, len(dv.Codes))
	}
	var rows []string
	var cells [][]cell
	for _, r := range rs {
		rows = append(rows, r.Commune.Name)
		row := make([]cell, len(dv.Codes))
		for j, code := range dv.Codes {
			st := evaluate.StatusMissing
			name := ""
			for _, c := range r.Criteria {
				if c.Code() == code {
					st, name = c.Status, c.Name().In(opt.Lang)
				}
			}
			look, mark, label := statusStyle(st, opt)
			row[j] = cell{look: look, mark: mark, title: fmt.Sprintf("%s — %s %s: %s", r.Commune.Name, code, name, label)}
			counts[slices.Index(statuses, st)][j]++
		}
		cells = append(cells, row)
		dv.Communes = append(dv.Communes, splitShortfalls(shortfalls(r, opt))...)
	}
	for i, s := range statuses {
		look, mark, label := statusStyle(s, opt)
		dv.Tally = append(dv.Tally, tallyRow{Class: look.class, Mark: mark, Label: label, Counts: counts[i]})
	}
	title := fmt.Sprintf(opt.pick("Kết quả theo tiêu chí, %s, năm %d", "Criteria by commune, %s, %d"), dv.Name, sv.Year)
	dv.Grids = gridCharts(fmt.Sprintf("%s-grid-%d", sv.Anchor, index+1), title, labelsFor(opt).Continued, dv.Codes, rows, cells)
	return dv
}

// attested reports whether s is a criterion of a set pending its official
// text judged from an attestation: the criterion's one pass indicator, of
// the criterion's code (criteria.Set's slots of 318/QĐ-TTg, 319/QĐ-TTg,
// 51/2025/QĐ-TTg and 933/QĐ-UBND as built in).
func attested(r *evaluate.Report, s evaluate.Shortfall) bool {
	return r.Content.Pending() && s.Indicator == s.Criterion && s.Target.Kind == criteria.KindPass
}

// A row of the shortfalls table holds at most shortfallRowLines lines of
// shortfalls, estimated at shortfallLineRunes characters a line (the
// shortfalls column of an A4 page holds about 60 at 9.5 pt): about 610 px,
// under the 1,017 px between the page's margins with the table's header.
// Printed, a row is kept whole on a page; a row taller than a page would
// be cut, its part on the next page without the commune's name.
const (
	shortfallRowLines  = 40
	shortfallLineRunes = 50
)

// estimatedLines is how many lines of the shortfalls column s takes
// (see shortfallRowLines).
func estimatedLines(s string) int {
	return (utf8.RuneCountInString(s) + shortfallLineRunes - 1) / shortfallLineRunes
}

// splitShortfalls returns cs as one row, or, when its shortfalls are more
// than a row holds (shortfallRowLines), as rows that each hold at most
// that many, the later ones Continued, so that every printed page of them
// names the commune.
func splitShortfalls(cs communeShort) []communeShort {
	var out []communeShort
	cur := cs
	cur.Items, cur.Missing = nil, ""
	used := 0
	next := func(n int) {
		if used > 0 && used+n > shortfallRowLines {
			out = append(out, cur)
			cur = communeShort{Name: cs.Name, Continued: true}
			used = 0
		}
		used += n
	}
	for _, it := range cs.Items {
		next(estimatedLines(it.Text) + estimatedLines(it.Warning))
		cur.Items = append(cur.Items, it)
	}
	if cs.Missing != "" {
		next(estimatedLines(cs.Missing))
		cur.Missing = cs.Missing
	}
	return append(out, cur)
}

func shortfalls(r *evaluate.Report, opt Options) communeShort {
	_, _, label := statusStyle(r.Status, opt)
	cs := communeShort{Name: r.Commune.Name, Met: fmt.Sprintf("%d/%d", r.CriteriaMet, r.CriteriaTotal), Status: label}
	// The warnings about a shortfall's value go beside it: 0.965 judged as
	// 0.965% may be 96.5% typed as a fraction.
	valueWarnings := map[string]string{}
	for _, w := range r.Warnings() {
		if w.Kind == evaluate.WarnPercentAsFraction {
			valueWarnings[w.Indicator] = opt.pick("Cảnh báo: ", "Warning: ") + w.Text(opt.Lang)
		}
	}
	for _, s := range r.ShortfallsByCloseness() {
		item := s.Indicator + " " + s.Text.In(opt.Lang)
		if attested(r, s) {
			// The set, its pending text and the attestation are said
			// once, under the section's heading (setView.Attested).
			cs.Items = append(cs.Items, shortItem{Text: s.Criterion + " " + s.CriterionName.In(opt.Lang) + ": " + opt.pick("chưa đạt", "not met"),
				Warning: valueWarnings[s.Indicator]})
			cs.attested = true
			continue
		}
		actual := opt.num(s.Actual)
		if actual != "" {
			actual = numtext.WithUnit(actual, s.Target.Unit)
		}
		if s.Target.Kind == criteria.KindPass {
			item += ": " + opt.pick("chưa đạt", "not met")
		} else {
			item += ": " + actual + " (" + s.Target.In(opt.Lang) + ")"
		}
		if g := s.Gap.Text(s.Target, opt.Lang); g != "" && !s.Gap.MustBeMet {
			item += " — " + g
		}
		cs.Items = append(cs.Items, shortItem{Text: item, Warning: valueWarnings[s.Indicator]})
	}
	var missing []string
	for _, c := range r.Criteria {
		if c.Status == evaluate.StatusMissing {
			missing = append(missing, c.Code()+" "+c.Name().In(opt.Lang))
		}
	}
	if len(missing) > 0 {
		cs.Missing = opt.pick("Thiếu số liệu tiêu chí ", "Missing data for criteria ") + strings.Join(missing, ", ")
	}
	return cs
}

func planOf(opt Options, reports []evaluate.Report, prog progress.Progress) *planView {
	p := opt.Plan
	st := plan.StatusWith(opt.Catalog, p, reports, opt.AsOf)
	path := progress.TargetsWith(opt.Catalog, p, reports, prog, opt.AsOf)
	date := func(d plan.Date) string {
		if opt.Lang == "en" {
			return d.String()
		}
		return d.Vietnamese()
	}
	pv := &planView{Number: p.Number, Title: p.Title, AsOf: date(opt.AsOf), Met: st.TargetsMet, Total: st.TargetsTotal,
		OfWhich: statuslabel.OfWhichProvisional(st.TargetsMetProvisional, opt.Lang)}
	for _, w := range st.Warnings {
		pv.Warnings = append(pv.Warnings, w.Text(opt.Lang))
	}
	for i, ts := range st.Targets {
		tp := path.Targets[i]
		crit := "—"
		if ts.Evaluated() {
			crit = fmt.Sprintf("%d/%d", ts.CriteriaMet, ts.CriteriaTotal)
		}
		by := make([]string, len(tp.Years))
		for j, y := range tp.Years {
			by[j] = fmt.Sprintf("%d: %d/%d", y.Year, y.CriteriaMet, y.CriteriaTotal)
		}
		deadline := opt.pick("chưa hết hạn", "not yet passed")
		if tp.DeadlinePassed {
			deadline = opt.pick("đã hết hạn", "passed")
		}
		// The content of the set the commune was evaluated by; without a
		// report, that of the set the plan's status knows.
		content := tp.Content
		if !ts.Evaluated() {
			content = ts.Content
		}
		pending := ""
		if content.Pending() {
			pending = content.Name().In(opt.Lang)
		}
		provisional := ""
		if ts.Provisional() {
			provisional = statuslabel.Provisional.In(opt.Lang)
		}
		pv.Targets = append(pv.Targets, targetRow{Commune: ts.Target.Commune.String(), Set: ts.Target.Set, Pending: pending, Year: ts.Target.Year,
			Status: progresslabel.Status(ts.StatusCode(), opt.Lang), Provisional: provisional, Criteria: crit, ByYear: cmp.Or(strings.Join(by, ", "), "—"),
			Short: progresslabel.StillShort(tp.ShortYear, tp.NotMet, tp.Missing, tp.CriterionNames, opt.Lang), Deadline: deadline})
	}
	for _, t := range st.Tasks {
		due := "—"
		if t.Task.DueBefore != nil {
			due = date(*t.Task.DueBefore)
		}
		pv.Tasks = append(pv.Tasks, taskRow{Assignee: t.Task.Assignee, Action: cmp.Or(t.Task.Action, "—"), Due: due, State: t.State.Label().In(opt.Lang)})
	}
	if in := st.Inspection; in != nil {
		pv.Inspection = in.State.Label().In(opt.Lang)
		if w := in.Window; !w.From.IsZero() {
			pv.Inspection += fmt.Sprintf(" (%s – %s)", date(w.From), date(w.To))
		}
	} else if st.InspectionUntimed {
		pv.Inspection = opt.pick("kế hoạch không nêu thời gian", "no time set in the plan")
	} else {
		pv.Inspection = labelsFor(opt).NotGiven
	}
	return pv
}

// counted is n followed by one or many: "1 commune", "3 communes".
func counted(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprint(n) + " " + many
}

// indicatorCount is "1 indicator" or "n indicators".
func indicatorCount(n int) string { return counted(n, "indicator", "indicators") }
