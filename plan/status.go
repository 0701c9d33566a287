package plan

import (
	"fmt"
	"slices"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

// Standing is where a plan stands on a date (the result of [Status], the
// "Plan status, JSON" format): its targets met or short, its tasks done,
// open or overdue, its inspection, and one brief per responsibility. It is plain data; render it with [WriteText],
// [WriteMarkdown] or [WriteJSON]. It shares no memory with the plan or the
// reports it was made from: changing it changes neither.
type Standing struct {
	Plan   string // the plan's number: "47/KH-STNMT"
	Title  string // the plan's title, "" when not given
	Issuer string // "" when not given
	Issued Date   // zero when not given
	AsOf   Date
	// TargetsMet counts targets whose report has status met; TargetsTotal
	// is the number of targets.
	TargetsMet, TargetsTotal int
	Targets                  []TargetStatus
	Tasks                    []TaskStatus
	// Inspection is nil when the plan names no inspection, or names one
	// without a window or a date (InspectionUntimed): there is no
	// inspection state ("inspection": null in JSON).
	Inspection *InspectionStatus
	// InspectionUntimed is true when the plan names an inspection but sets
	// no time for it, neither a window nor a date: the text and Markdown
	// say so ("Kiểm tra: kế hoạch không nêu thời gian").
	InspectionUntimed bool

	Briefs []Brief
	// Warnings are the plan's consistency warnings and remarks on the
	// reports (several reports for one target).
	Warnings []Warning
}

// TargetStatus is one target and the report that decides it.
type TargetStatus struct {
	Target Target
	// Report is a copy of the matching report ([evaluate.Report.Clone]),
	// nil when the target is not evaluated: changing it changes none of the
	// reports given to [Status].
	Report *evaluate.Report
	// Status is the report's set status; zero when not evaluated.
	Status                     evaluate.Status
	CriteriaMet, CriteriaTotal int
	// NotMet and Missing list criterion codes, in the set's order; never nil.
	NotMet, Missing []string
}

// Evaluated reports whether a report was found for the target.
func (t TargetStatus) Evaluated() bool { return t.Report != nil }

// StatusCode returns the wire code of the target's status: "met",
// "not-met", "missing", or "not-evaluated" when there is no report.
func (t TargetStatus) StatusCode() string {
	if t.Report == nil {
		return notEvaluated
	}
	return t.Status.String()
}

const notEvaluated = "not-evaluated"

// TaskState is where a task stands on a date. The zero value is invalid.
type TaskState int

const (
	TaskDone    TaskState = iota + 1 // done on or before the date (đã thực hiện)
	TaskOpen                         // not done, not yet due (đang thực hiện)
	TaskOverdue                      // not done on or after its "trước ngày" date (quá hạn)
)

var taskStateCodes = [...]string{"", "done", "open", "overdue"}
var taskStateNames = [...]criteria.Text{{}, {VI: "Đã thực hiện", EN: "Done"},
	{VI: "Đang thực hiện", EN: "Open"}, {VI: "Quá hạn", EN: "Overdue"}}

// String returns "done", "open" or "overdue".
func (s TaskState) String() string { return code(taskStateCodes[:], int(s), "TaskState") }

// Label returns the state for display.
func (s TaskState) Label() criteria.Text { return label(taskStateNames[:], int(s)) }

// MarshalText implements [encoding.TextMarshaler].
func (s TaskState) MarshalText() ([]byte, error) {
	return marshalCode(taskStateCodes[:], int(s), "task state")
}

// InspectionState is where the inspection stands on a date. The zero value
// is invalid.
type InspectionState int

const (
	InspectionUpcoming InspectionState = iota + 1 // before the window (sắp tới)
	InspectionOpen                                // within the window, date not passed (đang trong thời gian kiểm tra)
	InspectionPast                                // after the window or the announced date (đã qua)
)

var inspectionCodes = [...]string{"", "upcoming", "open", "past"}
var inspectionNames = [...]criteria.Text{{}, {VI: "Sắp tới", EN: "Upcoming"},
	{VI: "Đang trong thời gian kiểm tra", EN: "Open"}, {VI: "Đã qua", EN: "Past"}}

// String returns "upcoming", "open" or "past".
func (s InspectionState) String() string { return code(inspectionCodes[:], int(s), "InspectionState") }

// Label returns the state for display.
func (s InspectionState) Label() criteria.Text { return label(inspectionNames[:], int(s)) }

// MarshalText implements [encoding.TextMarshaler].
func (s InspectionState) MarshalText() ([]byte, error) {
	return marshalCode(inspectionCodes[:], int(s), "inspection state")
}

func code(codes []string, i int, typ string) string {
	if i <= 0 || i >= len(codes) {
		return fmt.Sprintf("%s(%d)", typ, i)
	}
	return codes[i]
}

func label(names []criteria.Text, i int) criteria.Text {
	if i <= 0 || i >= len(names) {
		return criteria.Text{}
	}
	return names[i]
}

func marshalCode(codes []string, i int, what string) ([]byte, error) {
	if i <= 0 || i >= len(codes) {
		return nil, fmt.Errorf("plan: invalid %s %d", what, i)
	}
	return []byte(codes[i]), nil
}

// TaskStatus is one task and its state.
type TaskStatus struct {
	Task  Task
	State TaskState
	// Late is true when the task was done on or after its deadline.
	Late bool
}

// InspectionStatus is the inspection's state with what decided it.
type InspectionStatus struct {
	State  InspectionState
	Window Window
	Days   int
	Date   *Date
}

// Brief is what one agency's written opinion must cover: for each target
// commune whose set has the agency's codes, how those criteria or
// indicators stand ("kết quả đạt được", "tồn tại, hạn chế").
type Brief struct {
	Agency   string
	Criteria []string // the codes the agency is in charge of
	Set      string   // the responsibility's set, "" for every set
	Communes []BriefCommune
}

// BriefCommune is one commune in a brief.
type BriefCommune struct {
	Commune evaluate.Commune
	Set     string
	Year    int
	// Evaluated is false when no report was found for the commune's target.
	Evaluated bool
	// Status is the combined status of the agency's codes: not met if any
	// is not met, else missing if any is missing, else met. Zero when not
	// evaluated.
	Status evaluate.Status
	// NotMet and Missing list indicator codes; never nil.
	NotMet, Missing []string
	// Items are the agency's codes the set has, with their results.
	Items []BriefItem
}

// StatusCode returns the wire code of the commune's status in the brief,
// "not-evaluated" when there is no report.
func (b BriefCommune) StatusCode() string {
	if !b.Evaluated {
		return notEvaluated
	}
	return b.Status.String()
}

// BriefItem is one code of a responsibility in one commune's report: a
// criterion with its indicators, or a single indicator.
type BriefItem struct {
	Code string
	Name criteria.Text
	// Status is the criterion's or indicator's status; zero when not
	// evaluated, missing when the report lacks the code.
	Status     evaluate.Status
	Indicators []evaluate.IndicatorResult
}

// Status returns where plan p stands on asOf given the evaluation reports
// of its communes (reports for other communes, sets or years are ignored).
//
// A target's report is the first whose commune (name, district and
// province, compared ignoring case, spacing and Unicode normalisation form),
// canonical set and year equal the target's. A task is done when its Done
// date is on or before asOf (a task done later is not yet done as of asOf),
// overdue when asOf is on or after its DueBefore date, open otherwise. The
// inspection is upcoming before its window, past after the window or the
// announced date, open otherwise; a plan without an inspection, or with one
// without a window or a date ([Standing.InspectionUntimed]), has none in its
// Standing (nil). A plan without targets, tasks or responsibilities has
// empty lists of them.
//
// Briefs follow p.Responsibilities in order; to add the departments not
// named by the plan, pass a clone whose Responsibilities are
// [Merge](p, defaults) for a table of defaults. Briefs cover every target
// set: a brief lists a target when the responsibility's set is the target's
// set or one it requires (an agency in charge of criterion 17 of
// 1980/QĐ-TTg reports on it for a commune aiming at 933/QĐ-UBND, which
// requires 1980 to be met), or, for a responsibility without a set, when the
// target's set or one it requires has at least one of its codes. The
// brief's commune then shows that set and the commune's report for it (the
// target's report, or the report of the same commune and year for the
// required set), or, without one, the codes of the built-in set.
//
// Status only reads p and reports; it is safe for concurrent use.
func Status(p *Plan, reports []evaluate.Report, asOf Date) Standing {
	st := Standing{
		Plan: p.Number, Title: p.Title, Issuer: p.Issuer, Issued: p.Issued, AsOf: asOf,
		TargetsTotal: len(p.Targets),
		Targets:      []TargetStatus{}, Tasks: []TaskStatus{}, Briefs: []Brief{},
		Warnings: p.warnings(),
	}
	sets := setCache{}
	reportKeys := make([]string, len(reports))
	for j := range reports {
		reportKeys[j] = communeKey(reports[j].Commune)
	}
	for i, t := range p.Targets {
		t.Set = sets.canonical(t.Set)
		key := communeKey(t.Commune)
		ts := TargetStatus{Target: t, NotMet: []string{}, Missing: []string{}}
		matches := 0
		for j := range reports {
			r := &reports[j]
			if r.Year != t.Year || sets.canonical(r.Set) != t.Set || reportKeys[j] != key {
				continue
			}
			matches++
			if ts.Report == nil {
				ts.Report = r
			}
		}
		if matches > 1 {
			st.Warnings = append(st.Warnings, warning(index("targets", i), "", "%d reports for this target; the first is used", matches))
		}
		if set := sets.get(t.Set); set != nil {
			ts.CriteriaTotal = len(set.Criteria)
		}
		if ts.Report != nil {
			c := ts.Report.Clone()
			ts.Report = &c
		}
		if r := ts.Report; r != nil {
			ts.Status, ts.CriteriaMet, ts.CriteriaTotal = r.Status, r.CriteriaMet, r.CriteriaTotal
			for _, c := range r.Criteria {
				switch c.Status {
				case evaluate.StatusNotMet:
					ts.NotMet = append(ts.NotMet, c.Code())
				case evaluate.StatusMissing:
					ts.Missing = append(ts.Missing, c.Code())
				}
			}
			if r.Status == evaluate.StatusMet {
				st.TargetsMet++
			}
		}
		st.Targets = append(st.Targets, ts)
	}
	for _, t := range p.Tasks {
		st.Tasks = append(st.Tasks, taskStatus(t, asOf))
	}
	if in := p.Inspection; in != nil && (in.Date != nil || !in.Window.From.IsZero() || !in.Window.To.IsZero()) {
		st.Inspection = &InspectionStatus{State: inspectionState(*in, asOf), Window: in.Window, Days: in.Days, Date: cloneDate(in.Date)}
	} else if in != nil {
		st.InspectionUntimed = true
	}
	for _, r := range p.Responsibilities {
		st.Briefs = append(st.Briefs, brief(r, st.Targets, reports, reportKeys, sets))
	}
	return st
}

func taskStatus(t Task, asOf Date) TaskStatus {
	t.DueBefore, t.Done = cloneDate(t.DueBefore), cloneDate(t.Done) // the plan's own stay the plan's
	ts := TaskStatus{Task: t}
	switch {
	case t.Done != nil && !t.Done.After(asOf):
		ts.State = TaskDone
		ts.Late = t.DueBefore != nil && !t.Done.Before(*t.DueBefore)
	case t.DueBefore != nil && !asOf.Before(*t.DueBefore):
		ts.State = TaskOverdue
	default:
		ts.State = TaskOpen
	}
	return ts
}

func inspectionState(in Inspection, asOf Date) InspectionState {
	switch {
	case in.Date != nil && asOf.After(*in.Date),
		!in.Window.To.IsZero() && asOf.After(in.Window.To):
		return InspectionPast
	case !in.Window.From.IsZero() && asOf.Before(in.Window.From):
		return InspectionUpcoming
	}
	return InspectionOpen
}

// setCache looks up built-in sets once per ID during one Status call.
type setCache map[string]*criteria.Set

// get returns the built-in set named by id, or nil.
func (c setCache) get(id string) *criteria.Set {
	s, ok := c[id]
	if !ok {
		s, _ = criteria.Lookup(id)
		c[id] = s
	}
	return s
}

// canonical returns the canonical ID of a built-in set named by id, or id
// itself.
func (c setCache) canonical(id string) string {
	if s := c.get(id); s != nil {
		return s.ID
	}
	return id
}

func brief(r Responsibility, targets []TargetStatus, reports []evaluate.Report, reportKeys []string, sets setCache) Brief {
	b := Brief{Agency: r.Agency, Criteria: slices.Clone(r.Criteria), Set: sets.canonical(r.Set), Communes: []BriefCommune{}}
	if r.Set == "" {
		b.Set = ""
	}
	for _, ts := range targets {
		t := ts.Target
		set, report, ok := briefSet(b.Set, r.Criteria, ts, reports, reportKeys, sets)
		if !ok {
			continue
		}
		bc := BriefCommune{Commune: t.Commune, Set: set, Year: t.Year, Evaluated: report != nil,
			NotMet: []string{}, Missing: []string{}}
		if report == nil {
			def := sets.get(set)
			for _, code := range r.Criteria {
				if def == nil || hasCode(def, code) {
					bc.Items = append(bc.Items, BriefItem{Code: code, Name: codeName(def, code)})
				}
			}
		} else {
			for _, code := range r.Criteria {
				item, ok := reportItem(report, code)
				if !ok {
					continue
				}
				bc.Items = append(bc.Items, item)
			}
			bc.Status = rollUp(bc.Items)
			for _, it := range bc.Items {
				for _, ir := range it.Indicators {
					switch ir.Status {
					case evaluate.StatusNotMet:
						bc.NotMet = append(bc.NotMet, ir.Code())
					case evaluate.StatusMissing:
						bc.Missing = append(bc.Missing, ir.Code())
					}
				}
			}
		}
		if len(bc.Items) == 0 {
			continue
		}
		b.Communes = append(b.Communes, bc)
	}
	return b
}

// briefSet chooses the set a brief covers for a target: the target's set or,
// going up its prerequisites (933/QĐ-UBND requires 1980/QĐ-TTg, which a
// commune must keep meeting), the first that is the responsibility's set,
// or, for a responsibility without a set, the first that has one of codes.
// It returns the set's ID and the commune's report for it (the target's own
// report, or the report of the same commune and year for the prerequisite);
// ok is false when no set fits.
func briefSet(want string, codes []string, ts TargetStatus, reports []evaluate.Report, reportKeys []string, sets setCache) (set string, report *evaluate.Report, ok bool) {
	id := ts.Target.Set
	for depth := 0; id != "" && depth < 8; depth++ {
		def := sets.get(id)
		fits := id == want
		if want == "" {
			fits = def == nil // an unknown set: listed as before, without items
			for _, code := range codes {
				if def != nil && hasCode(def, code) {
					fits = true
					break
				}
			}
		}
		if fits {
			if id == ts.Target.Set {
				return id, ts.Report, true
			}
			key := communeKey(ts.Target.Commune)
			for j := range reports {
				if r := &reports[j]; r.Year == ts.Target.Year && reportKeys[j] == key && sets.canonical(r.Set) == id {
					return id, r, true
				}
			}
			return id, nil, true
		}
		if def == nil {
			break
		}
		id = def.Requires
	}
	return "", nil, false
}

func codeName(set *criteria.Set, code string) criteria.Text {
	if set == nil {
		return criteria.Text{}
	}
	if c, ok := set.Criterion(code); ok {
		return c.Name
	}
	if ind, _, ok := set.Indicator(code); ok {
		return ind.Text
	}
	return criteria.Text{}
}

// reportItem finds code in a report as a criterion or an indicator.
func reportItem(r *evaluate.Report, code string) (BriefItem, bool) {
	for _, c := range r.Criteria {
		if c.Code() == code {
			return BriefItem{Code: code, Name: c.Name(), Status: c.Status, Indicators: slices.Clone(c.Indicators)}, true
		}
	}
	for _, c := range r.Criteria {
		for _, ir := range c.Indicators {
			if ir.Code() == code {
				return BriefItem{Code: code, Name: ir.Text(), Status: ir.Status, Indicators: []evaluate.IndicatorResult{ir}}, true
			}
		}
	}
	return BriefItem{}, false
}

func rollUp(items []BriefItem) evaluate.Status {
	missing := false
	for _, it := range items {
		switch it.Status {
		case evaluate.StatusNotMet:
			return evaluate.StatusNotMet
		case evaluate.StatusMissing:
			missing = true
		}
	}
	if missing {
		return evaluate.StatusMissing
	}
	return evaluate.StatusMet
}
