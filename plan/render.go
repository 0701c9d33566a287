package plan

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/communename"
	"github.com/nongthonmoi/ntm/internal/numtext"
	"github.com/nongthonmoi/ntm/internal/statuslabel"
	"github.com/nongthonmoi/ntm/internal/textwrap"
)

// ---- JSON ----

type statusWire struct {
	Plan       string `json:"plan"`
	AsOf       Date   `json:"as_of"`
	TargetsMet int    `json:"targets_met"`
	// TargetsMetProvisional counts the targets met whose status is
	// provisional.
	TargetsMetProvisional int                `json:"targets_met_provisional"`
	TargetsTotal          int                `json:"targets_total"`
	Targets               []targetStatusWire `json:"targets"`
	Tasks                 []taskStatusWire   `json:"tasks"`
	Inspection            *inspectionWireOut `json:"inspection"`
	Briefs                []briefWire        `json:"briefs"`
	Title                 string             `json:"title"`
	Issuer                string             `json:"issuer"`
	Issued                *Date              `json:"issued"`
	Warnings              []string           `json:"warnings"`
}

type targetStatusWire struct {
	Commune evaluate.Commune  `json:"commune"`
	Set     string            `json:"set"`
	Content *criteria.Content `json:"content"`
	Year    int               `json:"year"`
	Status  string            `json:"status"`
	// Provisional is true when the status rests on a set awaiting its
	// official text ([TargetStatus.Provisional]).
	Provisional   bool     `json:"provisional"`
	CriteriaMet   int      `json:"criteria_met"`
	CriteriaTotal int      `json:"criteria_total"`
	NotMet        []string `json:"not_met"`
	Missing       []string `json:"missing"`
	Origin        string   `json:"origin,omitempty"`
}

type taskStatusWire struct {
	Assignee    string    `json:"assignee"`
	DueBefore   *Date     `json:"due_before"`
	State       TaskState `json:"state"`
	Action      string    `json:"action"`
	Deliverable string    `json:"deliverable,omitempty"`
	Done        *Date     `json:"done"`
	Late        bool      `json:"late"`
}

type inspectionWireOut struct {
	State  InspectionState `json:"state"`
	Window *windowWire     `json:"window"`
	Days   int             `json:"days"`
	Date   *Date           `json:"date"`
}

type briefWire struct {
	Agency   string             `json:"agency"`
	Criteria []string           `json:"criteria"`
	Set      string             `json:"set,omitempty"`
	Communes []briefCommuneWire `json:"communes"`
}

type briefCommuneWire struct {
	Commune string `json:"commune"`
	Set     string `json:"set"`
	Status  string `json:"status"`
	// Provisional is true when the status rests on a set awaiting its
	// official text (briefProvisional).
	Provisional bool            `json:"provisional"`
	NotMet      []string        `json:"not_met"`
	Missing     []string        `json:"missing"`
	District    string          `json:"district"`
	Province    string          `json:"province"`
	Year        int             `json:"year"`
	Items       []briefItemWire `json:"items"`
}

type briefItemWire struct {
	Code       string          `json:"code"`
	Name       string          `json:"name"`
	Status     string          `json:"status"`
	Indicators []indicatorWire `json:"indicators"`
}

type indicatorWire struct {
	Code     string  `json:"code"`
	Status   string  `json:"status"`
	Actual   *string `json:"actual"`
	Op       string  `json:"op"`
	Target   string  `json:"target"`
	Unit     string  `json:"unit"`
	Gap      *string `json:"gap"`
	GapUnits *string `json:"gap_units,omitempty"`
	GapUnit  string  `json:"gap_unit,omitempty"`
	Source   string  `json:"source,omitempty"`
}

func (s *Standing) wire() statusWire {
	w := statusWire{Plan: s.Plan, AsOf: s.AsOf, TargetsMet: s.TargetsMet, TargetsMetProvisional: s.TargetsMetProvisional, TargetsTotal: s.TargetsTotal,
		Targets: []targetStatusWire{}, Tasks: []taskStatusWire{}, Briefs: []briefWire{},
		Title: s.Title, Issuer: s.Issuer, Warnings: []string{}}
	if !s.Issued.IsZero() {
		d := s.Issued
		w.Issued = &d
	}
	for _, t := range s.Targets {
		tw := targetStatusWire{Commune: t.Target.Commune, Set: t.Target.Set, Year: t.Target.Year,
			Status: t.StatusCode(), Provisional: t.Provisional(), CriteriaMet: t.CriteriaMet, CriteriaTotal: t.CriteriaTotal,
			NotMet: nonNil(t.NotMet), Missing: nonNil(t.Missing)}
		if t.Report != nil {
			tw.Origin = t.Report.Origin
		}
		if t.Content != 0 {
			c := t.Content
			tw.Content = &c
		}
		w.Targets = append(w.Targets, tw)
	}
	for _, t := range s.Tasks {
		w.Tasks = append(w.Tasks, taskStatusWire{Assignee: t.Task.Assignee, DueBefore: t.Task.DueBefore,
			State: t.State, Action: t.Task.Action, Deliverable: t.Task.Deliverable, Done: t.Task.Done, Late: t.Late})
	}
	if in := s.Inspection; in != nil {
		w.Inspection = &inspectionWireOut{State: in.State, Days: in.Days, Date: in.Date}
		if win := in.Window; !win.From.IsZero() && !win.To.IsZero() {
			w.Inspection.Window = &windowWire{From: win.From, To: win.To}
		}
	}
	for _, b := range s.Briefs {
		bw := briefWire{Agency: b.Agency, Criteria: nonNil(b.Criteria), Set: b.Set, Communes: []briefCommuneWire{}}
		for _, c := range b.Communes {
			cw := briefCommuneWire{Commune: c.Commune.Name, Set: c.Set, Status: c.StatusCode(), Provisional: briefProvisional(c),
				NotMet: nonNil(c.NotMet), Missing: nonNil(c.Missing), District: c.Commune.District,
				Province: c.Commune.Province, Year: c.Year, Items: []briefItemWire{}}
			for _, it := range c.Items {
				iw := briefItemWire{Code: it.Code, Name: it.Name.VI, Status: notEvaluated, Indicators: []indicatorWire{}}
				if c.Evaluated {
					iw.Status = it.Status.String()
				}
				for _, ir := range it.Indicators {
					iw.Indicators = append(iw.Indicators, indicatorToWire(ir))
				}
				cw.Items = append(cw.Items, iw)
			}
			bw.Communes = append(bw.Communes, cw)
		}
		w.Briefs = append(w.Briefs, bw)
	}
	for _, warn := range s.Warnings {
		w.Warnings = append(w.Warnings, warn.String())
	}
	return w
}

func indicatorToWire(ir evaluate.IndicatorResult) indicatorWire {
	t := ir.Target()
	iw := indicatorWire{Code: ir.Code(), Status: ir.Status.String(), Actual: actual(ir.Value()),
		Op: t.Op.String(), Target: targetText(t), Unit: t.Unit, Source: ir.Value().Source}
	if g, ok := ir.Gap(); ok {
		a := g.Amount.String()
		iw.Gap = &a
		if g.HasUnits {
			u := g.Units.String()
			iw.GapUnits, iw.GapUnit = &u, g.Unit
		}
	}
	return iw
}

// actual prints a value as the evaluation report does ([evaluate.Value.Actual]):
// rounded half-up to at most 2 decimal places; nil when absent or missing.
func actual(v evaluate.Value) *string {
	s, ok := v.Actual()
	if !ok {
		return nil
	}
	return &s
}

func targetText(r evaluate.Target) string {
	switch r.Op {
	case criteria.OpEq:
		return "true"
	case criteria.OpNone:
		return "0"
	case 0:
		return ""
	}
	return r.Value.String()
}

// WriteJSON writes s in the "Plan status, JSON" format, indented.
func WriteJSON(w io.Writer, s *Standing) error { return writeJSON(w, s.wire(), "  ") }

// MarshalJSON writes s in the "Plan status, JSON" format.
func (s Standing) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	if err := writeJSON(&b, s.wire(), ""); err != nil {
		return nil, err
	}
	return []byte(strings.TrimRight(b.String(), "\n")), nil
}

// ---- labels ----

type labels struct {
	asOf, targets, met, tasks, noDeadline, before, done, inspection, window, days, date, notAnnounced,
	briefs, criteria, results, shortfalls, proposals, toFill, notEvaluated, noCommune, warnings,
	criteriaMet, notMetList, missingList, target, actual, noIndicator, none, route, commune, year,
	notGiven, noTime string
	// The codes a brief's verdict is about: "tiêu chí 1, 9 và chỉ tiêu
	// 17.8" ("criteria 1, 9 and indicator 17.8").
	criterionWord, criteriaWord, indicatorWord, indicatorsWord, and string
	// pending qualifies a set whose content awaits its official text, as
	// `ntm criteria` words it.
	pending string
}

var labelsVI = labels{
	asOf: "Tình hình đến ngày", targets: "Mục tiêu", met: "đạt", tasks: "Nhiệm vụ", noDeadline: "kế hoạch không nêu thời hạn",
	before: "trước ngày", done: "hoàn thành ngày", inspection: "Kiểm tra", window: "thời gian", days: "ngày",
	date: "ngày kiểm tra", notAnnounced: "chưa thông báo", briefs: "Ý kiến bằng văn bản của cơ quan phụ trách tiêu chí",
	criteria: "phụ trách", results: "Kết quả đạt được", shortfalls: "Tồn tại, hạn chế",
	proposals: "Đề xuất giải pháp", toFill: "[cơ quan phụ trách điền]", notEvaluated: statuslabel.NotEvaluated.VI,
	noCommune: "không xã mục tiêu nào có các mã này", warnings: "Lưu ý", criteriaMet: "đạt %d/%d tiêu chí",
	notMetList: "chưa đạt", missingList: "thiếu số liệu", target: "mức đạt chuẩn", actual: "thực tế",
	noIndicator: "không có", none: "không có", route: "Lộ trình", commune: "Xã", year: "năm",
	notGiven: "kế hoạch không nêu", noTime: "kế hoạch không nêu thời gian",
	criterionWord: "tiêu chí", criteriaWord: "tiêu chí", indicatorWord: "chỉ tiêu", indicatorsWord: "chỉ tiêu", and: "và",
	pending: "chờ văn bản chính thức",
}

var labelsEN = labels{
	asOf: "Status as of", targets: "Targets", met: "met", tasks: "Tasks", noDeadline: "the plan sets no deadline",
	before: "before", done: "done on", inspection: "Inspection", window: "window", days: "day(s)",
	date: "date", notAnnounced: "not yet announced", briefs: "Written opinions of the agencies in charge of criteria",
	criteria: "in charge of", results: "Results achieved", shortfalls: "Shortfalls",
	proposals: "Proposed solutions", toFill: "[to be filled in by the agency]", notEvaluated: statuslabel.NotEvaluated.EN,
	noCommune: "no target commune has these codes", warnings: "Warnings", criteriaMet: "met %d/%d criteria",
	notMetList: "not met", missingList: "missing", target: "target", actual: "actual",
	noIndicator: "none", none: "none", route: "Route", commune: "Commune", year: "year",
	notGiven: "none in the plan", noTime: "no time set in the plan",
	criterionWord: "criterion", criteriaWord: "criteria", indicatorWord: "indicator", indicatorsWord: "indicators", and: "and",
	pending: "pending the official text",
}

func labelsFor(lang string) labels {
	if lang == "en" {
		return labelsEN
	}
	return labelsVI
}

func statusLabel(evaluated bool, s evaluate.Status, lang string) string {
	if !evaluated {
		return labelsFor(lang).notEvaluated
	}
	return s.Label().In(lang)
}

// targetLabel is a target's status for display, marked when provisional:
// "Đạt (tạm tính: chờ văn bản chính thức)".
func targetLabel(t TargetStatus, lang string) string {
	return statuslabel.Status(statusLabel(t.Evaluated(), t.Status, lang), t.Provisional(), lang)
}

// briefProvisional reports whether a brief commune's status is
// provisional: evaluated on a set that awaits its official text. The
// agency's codes are judged on that set alone, whatever its prerequisite.
func briefProvisional(c BriefCommune) bool { return c.Evaluated && c.Pending() }

// briefLabel is a brief commune's status for display, marked as
// targetLabel marks a target's.
func briefLabel(c BriefCommune, lang string) string {
	return statuslabel.Status(statusLabel(c.Evaluated, c.Status, lang), briefProvisional(c), lang)
}

// metText counts the targets met, and those of them provisional: "đạt
// 2/3, trong đó 1 tạm tính" ("met 2/3, of which 1 provisional").
func metText(s *Standing, lang string) string {
	return fmt.Sprintf("%s %d/%d", labelsFor(lang).met, s.TargetsMet, s.TargetsTotal) + statuslabel.OfWhichProvisional(s.TargetsMetProvisional, lang)
}

func dateText(d Date, lang string) string {
	if lang == "en" {
		return d.String()
	}
	return d.Vietnamese()
}

// namedList is the criteria of codes, each code followed by its name in
// lang as the report r names it ("5 Trường học; 17 Môi trường và an toàn
// thực phẩm", "5 Schools; …"), the code alone where r names none; items
// are separated by semicolons, as a criterion's name may hold a comma.
// "—" when there are none.
func namedList(codes []string, r *evaluate.Report, lang string) string {
	if len(codes) == 0 {
		return "—"
	}
	parts := make([]string, len(codes))
	for i, code := range codes {
		parts[i] = code
		if r == nil {
			continue
		}
		for ci := range r.Criteria {
			if c := &r.Criteria[ci]; c.Code() == code {
				if name := c.Name().In(lang); name != "" {
					parts[i] += " " + name
				}
				break
			}
		}
	}
	return strings.Join(parts, "; ")
}

// indicatorLine describes one indicator result: "17.6 Tỷ lệ …: Chưa đạt —
// thực tế 64,96%, mức đạt chuẩn ≥ 70%, thiếu 5,04 điểm phần trăm (+63 hộ)" (a
// decimal comma in Vietnamese, a point in English), "9.1
// Nhà tạm, dột nát: Chưa đạt — thực tế 2 nhà, mức đạt chuẩn không có, còn 2
// nhà". The threshold is the "mức đạt chuẩn" (the words of the template's
// column), since "chỉ tiêu" is the indicator itself.
func indicatorLine(ir evaluate.IndicatorResult, lang string) string {
	l := labelsFor(lang)
	var b strings.Builder
	b.WriteString(ir.Code())
	if t := ir.Text().In(lang); t != "" {
		b.WriteString(" " + t)
	}
	b.WriteString(": " + ir.Status.Label().In(lang))
	t := ir.Target()
	if ir.Status == evaluate.StatusMissing || t.Op == 0 {
		return b.String()
	}
	if a := actual(ir.Value()); a != nil && *a != "n/a" {
		b.WriteString(" — " + l.actual + " " + valueText(*a, t, lang))
		b.WriteString(", " + l.target + " " + t.In(lang))
	}
	if g, ok := ir.Gap(); ok {
		// Worded as `ntm eval` words it, by the target's operator: "thiếu"
		// short of a ≥ target, "vượt" over a ≤ one, "còn" what is left of
		// a none indicator (houses to remove are not missing).
		if gap := g.Text(t, lang); gap != "" {
			b.WriteString(", " + gap)
		}
	}
	return b.String()
}

// midSentence is a status label as a word inside a sentence, lower case
// ("thực tế đạt, mức đạt chuẩn đạt", as ntm eval writes its Thực tế and
// Mục tiêu columns), not the capitalised label of a result on its own.
func midSentence(label string) string {
	return strings.ToLower(label)
}

// capitalized is s with its first letter in upper case ("Chưa đạt").
func capitalized(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// valueText is an actual value in a sentence, as ntm eval writes it in
// its Thực tế column: "đạt", "không có", "64,96%", "2 nhà".
func valueText(a string, r evaluate.Target, lang string) string {
	switch a {
	case "true":
		return midSentence(evaluate.StatusMet.Label().In(lang))
	case "false":
		if r.Op == criteria.OpNone {
			return labelsFor(lang).none
		}
		return midSentence(evaluate.StatusNotMet.Label().In(lang))
	}
	return numtext.WithUnit(numtext.Decimal(a, lang), r.Unit)
}

// ---- text ----

// WriteText writes s as plain text for a terminal, in Vietnamese, or in
// English when lang is "en". Each brief reads like the outline of the
// written opinion the plan asks of the agency: results achieved (kết quả
// đạt được) and shortfalls (tồn tại, hạn chế) with the indicator gaps,
// commune by commune, and, where there are shortfalls, a "đề xuất giải
// pháp" heading marked for the agency to fill in. A target's line is a
// sentence: its status, the criteria met, and the criteria not met and
// missing, each its code and its name as the target's report names it.
// A single list of what the status says follows it without its heading
// ("Thiếu số liệu (đạt 18/19 tiêu chí): 10 Thu nhập."); otherwise each
// list is labelled ("Chưa đạt (đạt 16/19 tiêu chí). Chưa đạt: 5 Trường
// học. Thiếu số liệu: 10 Thu nhập.").
// A commune's verdict in a brief names the codes it is about ("Xã Hòa Lạc — tiêu chí 1, 9
// (1980/QĐ-TTg): Đạt"): it is the agency's part, not the commune's result. Targets, tasks and the
// inspection the plan leaves out are each one line, "Nhiệm vụ: kế hoạch
// không nêu" ("Tasks: none in the plan"), and an inspection without a
// window or a date "Kiểm tra: kế hoạch không nêu thời gian" ("Inspection:
// no time set in the plan"); the inspection line shows only the window,
// days and date the plan gives. A line longer than 100 columns is wrapped
// at spaces for print, its continuation indented under its text (after
// its "- ", "1. " or "[Quá hạn] "), never inside a word, a code or a
// decision number, nor between a number and its unit.
func WriteText(w io.Writer, s *Standing, lang string) error {
	return writeText(w, s, lang, textwrap.Width)
}

// writeText is [WriteText] wrapping at width, or not at all when width is
// 0.
func writeText(w io.Writer, s *Standing, lang string, width int) error {
	l := labelsFor(lang)
	var bw strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&bw, format, args...) }
	p("%s %s — %s %s\n", kindWord(lang), s.Plan, l.asOf, dateText(s.AsOf, lang))
	if s.Title != "" {
		p("%s\n", s.Title)
	}
	writeTargetsText(p, s, l, lang)
	writeTasksText(p, s, l, lang)
	writeInspectionText(p, s, l, lang)
	writeBriefsText(p, s, l, lang)
	if len(s.Warnings) > 0 {
		p("\n%s:\n", l.warnings)
		for _, warn := range s.Warnings {
			p("  - %s\n", warn.Text(lang))
		}
	}
	text := bw.String()
	if width > 0 {
		text = textwrap.String(text, width)
	}
	_, err := io.WriteString(w, text)
	return err
}

// communeText is shown, a commune's name as printed, after the label
// "Xã" ("Commune"), unless the name as written begins with its kind
// (xã, phường, thị trấn): "Xã Hòa Lạc", never "Xã Xã Hòa Lạc".
func (l labels) communeText(name, shown string) string {
	return communename.AfterKind(l.commune, name, shown)
}

// writeTargetsText prints the targets of s with p, as [WriteText] does.
func writeTargetsText(p func(string, ...any), s *Standing, l labels, lang string) {
	if len(s.Targets) == 0 {
		p("\n%s: %s\n", l.targets, l.notGiven)
	} else {
		p("\n%s: %s\n", l.targets, metText(s, lang))
	}
	for _, t := range s.Targets {
		line := "  " + l.communeText(t.Target.Commune.Name, t.Target.Commune.String()) + " — " + setText(t.Target.Set, t.Pending(), lang) +
			", " + l.year + " " + strconv.Itoa(t.Target.Year) + ": "
		if !t.Evaluated() {
			p("%s%s.\n", line, targetLabel(t, lang))
			continue
		}
		// The criteria met share the provisional mark's parentheses.
		p("%s%s", line, statuslabel.StatusAnd(statusLabel(true, t.Status, lang), t.Provisional(), fmt.Sprintf(l.criteriaMet, t.CriteriaMet, t.CriteriaTotal), lang))
		// The criteria are separated by semicolons (namedList), so the
		// parts of the line are sentences; a part with no criteria is
		// left out, and the one list of what the status says is not
		// headed again.
		switch {
		case t.Status == evaluate.StatusNotMet && len(t.NotMet) > 0 && len(t.Missing) == 0:
			p(": %s.", namedList(t.NotMet, t.Report, lang))
		case t.Status == evaluate.StatusMissing && len(t.Missing) > 0 && len(t.NotMet) == 0:
			p(": %s.", namedList(t.Missing, t.Report, lang))
		default:
			p(".")
			if len(t.NotMet) > 0 {
				p(" %s: %s.", capitalized(l.notMetList), namedList(t.NotMet, t.Report, lang))
			}
			if len(t.Missing) > 0 {
				p(" %s: %s.", capitalized(l.missingList), namedList(t.Missing, t.Report, lang))
			}
		}
		p("\n")
	}
}

// writeTasksText prints the tasks of s with p, as [WriteText] does.
func writeTasksText(p func(string, ...any), s *Standing, l labels, lang string) {
	if len(s.Tasks) == 0 {
		p("\n%s: %s\n", l.tasks, l.notGiven)
	} else {
		p("\n%s:\n", l.tasks)
	}
	for _, t := range s.Tasks {
		due := l.noDeadline
		if t.Task.DueBefore != nil {
			due = l.before + " " + dateText(*t.Task.DueBefore, lang)
		}
		p("  [%s] %s", t.State.Label().In(lang), t.Task.Assignee)
		if t.Task.Action != "" {
			p(" — %s", t.Task.Action)
		}
		p(" (%s", due)
		if t.State == TaskDone && t.Task.Done != nil {
			p("; %s %s", l.done, dateText(*t.Task.Done, lang))
		}
		p(")\n")
	}
}

// writeInspectionText prints the inspection of s with p, as [WriteText]
// does.
func writeInspectionText(p func(string, ...any), s *Standing, l labels, lang string) {
	if in := s.Inspection; in == nil {
		p("\n%s: %s\n", l.inspection, inspectionNone(s, l))
	} else {
		var parts []string
		if !in.Window.From.IsZero() {
			parts = append(parts, fmt.Sprintf("%s %s – %s", l.window, dateText(in.Window.From, lang), dateText(in.Window.To, lang)))
		}
		if in.Days > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", in.Days, l.days))
		}
		parts = append(parts, inspectionDate(in, lang, " "))
		p("\n%s: %s (%s)\n", l.inspection, in.State.Label().In(lang), strings.Join(parts, ", "))
	}
}

// writeBriefsText prints the briefs of s with p, as [WriteText] does.
func writeBriefsText(p func(string, ...any), s *Standing, l labels, lang string) {
	if len(s.Briefs) > 0 {
		p("\n%s\n", strings.ToUpper(l.briefs))
		if note := s.BriefsNote.In(lang); note != "" {
			p("%s\n", note)
		}
	}
	for _, b := range s.Briefs {
		p("\n== %s — %s %s ==\n", b.Agency, l.criteria, strings.Join(b.Criteria, ", "))
		if len(b.Communes) == 0 {
			p("  (%s)\n", l.noCommune)
		}
		for _, c := range b.Communes {
			p("  %s — %s (%s): %s\n", l.communeText(c.Commune.Name, c.Commune.Name), scopeText(c.Items, lang), briefSetText(c, lang),
				briefLabel(c, lang))
			if !c.Evaluated {
				for _, it := range c.Items {
					p("    - %s %s\n", it.Code, it.Name.In(lang))
				}
				continue
			}
			good, bad := splitResults(c.Items)
			p("    1. %s:\n", l.results)
			writeLines(p, good, lang)
			p("    2. %s:\n", l.shortfalls)
			writeLines(p, bad, lang)
			if len(bad) > 0 {
				p("    3. %s: %s\n", l.proposals, l.toFill)
			}
		}
	}
}

// inspectionNone says why s has no inspection state: the plan names none,
// or sets no time for it.
func inspectionNone(s *Standing, l labels) string {
	if s.InspectionUntimed {
		return l.noTime
	}
	return l.notGiven
}

// inspectionDate is the announced date after its label and sep, or the
// label and "not yet announced".
func inspectionDate(in *InspectionStatus, lang, sep string) string {
	l := labelsFor(lang)
	if in.Date == nil {
		return l.date + ": " + l.notAnnounced
	}
	return l.date + sep + dateText(*in.Date, lang)
}

// setText is a set's ID, qualified when its content awaits the official
// text: "933/QĐ-UBND (chờ văn bản chính thức)".
func setText(id string, pending bool, lang string) string {
	if pending {
		return id + " (" + labelsFor(lang).pending + ")"
	}
	return id
}

// briefSetText is the set of a brief commune inside its parentheses:
// "1980/QĐ-TTg", "933/QĐ-UBND, chờ văn bản chính thức".
func briefSetText(c BriefCommune, lang string) string {
	if c.Pending() {
		return c.Set + ", " + labelsFor(lang).pending
	}
	return c.Set
}

// scopeText names the codes a brief commune's verdict is about, so that
// it is not read as the commune's result: "tiêu chí 1, 9", "chỉ tiêu
// 17.8", "tiêu chí 5 và chỉ tiêu 14.1, 14.2" ("criteria 1, 9", "indicator
// 17.8", "criterion 5 and indicators 14.1, 14.2").
func scopeText(items []BriefItem, lang string) string {
	l := labelsFor(lang)
	var crits, inds []string
	for _, it := range items {
		if it.Criterion {
			crits = append(crits, it.Code)
		} else {
			inds = append(inds, it.Code)
		}
	}
	var parts []string
	for _, g := range []struct {
		codes     []string
		one, many string
	}{{crits, l.criterionWord, l.criteriaWord}, {inds, l.indicatorWord, l.indicatorsWord}} {
		switch len(g.codes) {
		case 0:
		case 1:
			parts = append(parts, g.one+" "+g.codes[0])
		default:
			parts = append(parts, g.many+" "+strings.Join(g.codes, ", "))
		}
	}
	return strings.Join(parts, " "+l.and+" ")
}

func kindWord(lang string) string {
	if lang == "en" {
		return "Plan (Kế hoạch)"
	}
	return "Kế hoạch"
}

func writeLines(p func(string, ...any), rs []evaluate.IndicatorResult, lang string) {
	if len(rs) == 0 {
		p("       (%s)\n", labelsFor(lang).noIndicator)
		return
	}
	for _, ir := range rs {
		p("       - %s\n", indicatorLine(ir, lang))
	}
}

// splitResults separates indicators met (or not applicable) from those not
// met or missing, keeping their order.
func splitResults(items []BriefItem) (good, bad []evaluate.IndicatorResult) {
	for _, it := range items {
		for _, ir := range it.Indicators {
			switch ir.Status {
			case evaluate.StatusMet, evaluate.StatusNotApplicable:
				good = append(good, ir)
			default:
				bad = append(bad, ir)
			}
		}
	}
	return good, bad
}

// ---- Markdown ----

// WriteMarkdown writes s as Markdown: a table of targets (the criteria not
// met and missing named as in [WriteText]), a table of tasks,
// the inspection, and one section per brief with the results achieved and
// the shortfalls of each commune. Targets, tasks and the inspection the plan
// leaves out are each a heading without a table, as in [WriteText].
func WriteMarkdown(w io.Writer, s *Standing, lang string) error {
	l := labelsFor(lang)
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("# %s %s — %s %s\n\n", kindWord(lang), s.Plan, l.asOf, dateText(s.AsOf, lang))
	if s.Title != "" {
		p("%s\n\n", mdEscape(s.Title))
	}
	writeTargetsMarkdown(p, s, l, lang)
	writeTasksMarkdown(p, s, l, lang)
	writeInspectionMarkdown(p, s, l, lang)
	writeBriefsMarkdown(p, s, l, lang)
	if len(s.Warnings) > 0 {
		p("\n## %s\n\n", l.warnings)
		for _, warn := range s.Warnings {
			p("- %s\n", mdEscape(warn.Text(lang)))
		}
	}
	return bw.Flush()
}

// writeTargetsMarkdown prints the targets of s with p, as
// [WriteMarkdown] does.
func writeTargetsMarkdown(p func(string, ...any), s *Standing, l labels, lang string) {
	if len(s.Targets) == 0 {
		p("## %s: %s\n", l.targets, l.notGiven)
	} else {
		p("## %s: %s\n\n", l.targets, metText(s, lang))
		if lang == "en" {
			p("| Commune | Set | Year | Status | Criteria met | Not met | Missing |\n")
		} else {
			p("| Xã | Bộ tiêu chí | Năm | Kết quả | Tiêu chí đạt | Chưa đạt | Thiếu số liệu |\n")
		}
		p("|---|---|---|---|---|---|---|\n")
	}
	for _, t := range s.Targets {
		crit := "—"
		if t.Evaluated() {
			crit = fmt.Sprintf("%d/%d", t.CriteriaMet, t.CriteriaTotal)
		}
		p("| %s | %s | %d | %s | %s | %s | %s |\n", mdEscape(t.Target.Commune.String()), setText(t.Target.Set, t.Pending(), lang), t.Target.Year,
			targetLabel(t, lang), crit, mdEscape(namedList(t.NotMet, t.Report, lang)), mdEscape(namedList(t.Missing, t.Report, lang)))
	}
}

// writeTasksMarkdown prints the tasks of s with p, as [WriteMarkdown]
// does.
func writeTasksMarkdown(p func(string, ...any), s *Standing, l labels, lang string) {
	if len(s.Tasks) == 0 {
		p("\n## %s: %s\n", l.tasks, l.notGiven)
	} else {
		p("\n## %s\n\n", l.tasks)
		if lang == "en" {
			p("| State | Assignee | Action | Due before | Done |\n")
		} else {
			p("| Trạng thái | Đơn vị thực hiện | Nội dung | Trước ngày | Hoàn thành |\n")
		}
		p("|---|---|---|---|---|\n")
	}
	for _, t := range s.Tasks {
		due, done, action := "—", "—", "—"
		if t.Task.DueBefore != nil {
			due = dateText(*t.Task.DueBefore, lang)
		}
		if t.State == TaskDone && t.Task.Done != nil {
			done = dateText(*t.Task.Done, lang)
		}
		if t.Task.Action != "" {
			action = mdEscape(t.Task.Action)
		}
		p("| %s | %s | %s | %s | %s |\n", t.State.Label().In(lang), mdEscape(t.Task.Assignee), action, due, done)
	}
}

// writeInspectionMarkdown prints the inspection of s with p, as
// [WriteMarkdown] does.
func writeInspectionMarkdown(p func(string, ...any), s *Standing, l labels, lang string) {
	if in := s.Inspection; in == nil {
		p("\n## %s: %s\n", l.inspection, inspectionNone(s, l))
	} else {
		p("\n## %s: %s\n\n", l.inspection, in.State.Label().In(lang))
		switch {
		case !in.Window.From.IsZero() && in.Days > 0:
			p("- %s: %s – %s, %d %s\n", l.window, dateText(in.Window.From, lang), dateText(in.Window.To, lang), in.Days, l.days)
		case !in.Window.From.IsZero():
			p("- %s: %s – %s\n", l.window, dateText(in.Window.From, lang), dateText(in.Window.To, lang))
		case in.Days > 0:
			p("- %d %s\n", in.Days, l.days)
		}
		p("- %s\n", inspectionDate(in, lang, ": "))
	}
}

// writeBriefsMarkdown prints the briefs of s with p, as [WriteMarkdown]
// does.
func writeBriefsMarkdown(p func(string, ...any), s *Standing, l labels, lang string) {
	if len(s.Briefs) > 0 {
		p("\n## %s\n", l.briefs)
		if note := s.BriefsNote.In(lang); note != "" {
			p("\n%s\n", mdEscape(note))
		}
	}
	for _, b := range s.Briefs {
		p("\n### %s — %s %s\n", mdEscape(b.Agency), l.criteria, strings.Join(b.Criteria, ", "))
		if len(b.Communes) == 0 {
			p("\n_%s_\n", l.noCommune)
		}
		for _, c := range b.Communes {
			p("\n#### %s — %s (%s): %s\n\n", l.communeText(c.Commune.Name, mdEscape(c.Commune.Name)), scopeText(c.Items, lang), briefSetText(c, lang),
				briefLabel(c, lang))
			if !c.Evaluated {
				for _, it := range c.Items {
					p("- %s %s\n", it.Code, mdEscape(it.Name.In(lang)))
				}
				continue
			}
			good, bad := splitResults(c.Items)
			p("**%s**\n\n", l.results)
			mdLines(p, good, lang)
			p("\n**%s**\n\n", l.shortfalls)
			mdLines(p, bad, lang)
			if len(bad) > 0 {
				p("\n**%s**: %s\n", l.proposals, l.toFill)
			}
		}
	}
}

func mdLines(p func(string, ...any), rs []evaluate.IndicatorResult, lang string) {
	if len(rs) == 0 {
		p("- _%s_\n", labelsFor(lang).noIndicator)
		return
	}
	for _, ir := range rs {
		p("- %s\n", mdEscape(indicatorLine(ir, lang)))
	}
}

var mdReplacer = strings.NewReplacer("|", `\|`, "*", `\*`, "_", `\_`, "<", "&lt;", ">", "&gt;", "\n", " ")

func mdEscape(s string) string { return mdReplacer.Replace(s) }
