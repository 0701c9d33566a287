package plan

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/communename"
	"github.com/nongthonmoi/ntm/internal/placekey"
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
	// TargetsMetProvisional counts the targets met whose status is
	// provisional ([TargetStatus.Provisional]): "đạt 2/3, trong đó 1 tạm
	// tính".
	TargetsMetProvisional int
	Targets               []TargetStatus
	Tasks                 []TaskStatus
	// Inspection is nil when the plan names no inspection, or names one
	// without a window or a date (InspectionUntimed): there is no
	// inspection state ("inspection": null in JSON).
	Inspection *InspectionStatus
	// InspectionUntimed is true when the plan names an inspection but sets
	// no time for it, neither a window nor a date: the text and Markdown
	// say so ("Kiểm tra: kế hoạch không nêu thời gian").
	InspectionUntimed bool

	Briefs []Brief
	// BriefsNote is written under the briefs' heading in text and Markdown,
	// in the language of the rendering; empty for none (as Status leaves
	// it). Set it when some briefs come from a table of defaults ([Merge])
	// to say where the table comes from.
	BriefsNote criteria.Text
	// Warnings are the plan's consistency warnings and remarks on the
	// reports (several reports for one target), and one per set that
	// awaits its official text.
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
	// Content tells whether the target's set is encoded from its official
	// text ([criteria.ContentComplete]) or awaits it
	// ([criteria.ContentPendingOfficialText]): as the report was evaluated
	// with, or, without one, as another report of the set was, or as the
	// built-in set is; zero when the set is none of these.
	Content criteria.Content
}

// Pending reports whether the target's set awaits its official text: its
// result then rests on per-criterion attestations, or on an indicator
// table loaded that is not the official text, and is provisional.
func (t TargetStatus) Pending() bool { return t.Content == criteria.ContentPendingOfficialText }

// Evaluated reports whether a report was found for the target.
func (t TargetStatus) Evaluated() bool { return t.Report != nil }

// Provisional reports whether the target's status is provisional (tạm
// tính: chờ văn bản chính thức), as `ntm eval` marks its report's: the
// report rests on a set that awaits its official text, the target's or
// that of the prerequisite evaluated with it. A target without a report
// has no status to qualify.
func (t TargetStatus) Provisional() bool {
	if t.Report == nil {
		return false
	}
	p := t.Report.Prerequisite
	return t.Pending() || p != nil && p.Content.Pending()
}

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
	TaskDone TaskState = iota + 1 // done on or before the date (đã thực hiện)
	// TaskOpen: not done, and not yet due or without a deadline. Its label
	// is "Chưa hoàn thành" ("Not done"), not "đang thực hiện": a plan
	// records when a task is done, never that it is under way.
	TaskOpen
	TaskOverdue // not done on or after its "trước ngày" date (quá hạn)
)

var taskStateCodes = [...]string{"", "done", "open", "overdue"}
var taskStateNames = [...]criteria.Text{{}, {VI: "Đã thực hiện", EN: "Done"},
	{VI: "Chưa hoàn thành", EN: "Not done"}, {VI: "Quá hạn", EN: "Overdue"}}

// String returns "done", "open" or "overdue".
func (s TaskState) String() string { return code(taskStateCodes[:], int(s), "TaskState") }

// Label returns the state for display: "Đã thực hiện", "Chưa hoàn thành",
// "Quá hạn" ("Done", "Not done", "Overdue").
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
	// Content is the content of Set, found as for [TargetStatus.Content].
	Content criteria.Content
}

// Pending reports whether the brief's set awaits its official text.
func (b BriefCommune) Pending() bool { return b.Content == criteria.ContentPendingOfficialText }

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
	// Criterion is true when Code is a criterion ("9"), false when it is a
	// single indicator ("17.8"); a criterion with a single indicator ("5")
	// is a criterion.
	Criterion bool
	Name      criteria.Text
	// Status is the criterion's or indicator's status; zero when not
	// evaluated, missing when the report lacks the code.
	Status     evaluate.Status
	Indicators []evaluate.IndicatorResult
}

// Status returns where plan p stands on asOf given the evaluation reports
// of its communes (reports for other communes, sets or years are ignored,
// but that a target without its own report whose commune has reports for
// its set of other years is warned of, naming those years).
//
// A target's report is the first whose commune (name, district and
// province, compared ignoring case, spacing, Unicode normalisation form,
// where a tone mark sits — "Hoà Lạc" is "Hòa Lạc" — and the prefixes "xã",
// "huyện", "tỉnh" and "thành phố": "Xã Hòa Lạc" is "Hòa Lạc", "Thị trấn Hòa
// Lạc" is not), canonical set and year equal the target's. A task is done when its Done
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
// A target's [TargetStatus.Content] is its report's; without a report, that
// of another report of the same set, else the built-in set's (see
// [StatusWith] for sets loaded from elsewhere). A status on a set that
// awaits its official text warns so, once per set, naming the communes.
//
// Status only reads p and reports; it is safe for concurrent use.
func Status(p *Plan, reports []evaluate.Report, asOf Date) Standing {
	return StatusWith(nil, p, reports, asOf)
}

// StatusWith is [Status] with the sets of cat (the built-in sets when cat
// is nil), those the reports were evaluated against: for a target or a
// brief commune without a report, its set's content, criteria and codes
// are cat's. A set cat replaces (the official text of 933/QĐ-UBND read
// with --sets-from) is then not said to be pending for a commune without
// figures.
func StatusWith(cat *criteria.Catalog, p *Plan, reports []evaluate.Report, asOf Date) Standing {
	st := Standing{
		Plan: p.Number, Title: p.Title, Issuer: p.Issuer, Issued: p.Issued, AsOf: asOf,
		TargetsTotal: len(p.Targets),
		Targets:      []TargetStatus{}, Tasks: []TaskStatus{}, Briefs: []Brief{},
		Warnings: p.warnings(catalogOr(cat)),
	}
	sets := setCache{cat: cat, sets: map[string]*criteria.Set{}, contents: map[string]criteria.Content{}}
	reportKeys := make([]string, len(reports))
	for j := range reports {
		reportKeys[j] = communeKey(reports[j].Commune, reports[j].Year)
		id := sets.canonical(reports[j].Set)
		if _, ok := sets.contents[id]; !ok && reports[j].Content != 0 {
			sets.contents[id] = reports[j].Content
		}
	}
	for i, t := range p.Targets {
		ts, matches := targetStatus(t, reports, reportKeys, sets)
		if matches > 1 {
			st.Warnings = append(st.Warnings, warning(index("targets", i), "", "%d reports for this target; the first is used", matches))
		}
		if others := otherYears(t, reports, reportKeys, sets); ts.Report == nil && others != "" {
			st.Warnings = append(st.Warnings, warning(index("targets", i), "", "no assessment of %d; those read of %s for %s are of %s",
				t.Year, communename.Name(t.Commune.Name), verbatim(sets.canonical(t.Set)), verbatim(others)))
		}
		if ts.Report != nil && ts.Report.Status == evaluate.StatusMet {
			st.TargetsMet++
			if ts.Provisional() {
				st.TargetsMetProvisional++
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
	st.Warnings = append(st.Warnings, pendingWarnings(&st, sets)...)
	return st
}

// targetStatus returns the status of target t: its report, the first of
// reports of its commune, year and set (keyed by reportKeys), cloned, with
// its criteria not met and missing; matches counts the reports that match.
func targetStatus(t Target, reports []evaluate.Report, reportKeys []string, sets setCache) (ts TargetStatus, matches int) {
	t.Set = sets.canonical(t.Set)
	key := communeKey(t.Commune, t.Year)
	ts = TargetStatus{Target: t, NotMet: []string{}, Missing: []string{}}
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
	if set := sets.get(t.Set); set != nil {
		ts.CriteriaTotal = len(set.Criteria)
	}
	ts.Content = sets.content(t.Set)
	if ts.Report != nil {
		c := ts.Report.Clone()
		ts.Report = &c
	}
	if r := ts.Report; r != nil {
		ts.Status, ts.CriteriaMet, ts.CriteriaTotal = r.Status, r.CriteriaMet, r.CriteriaTotal
		if r.Content != 0 {
			ts.Content = r.Content
		}
		for _, c := range r.Criteria {
			switch c.Status {
			case evaluate.StatusNotMet:
				ts.NotMet = append(ts.NotMet, c.Code())
			case evaluate.StatusMissing:
				ts.Missing = append(ts.Missing, c.Code())
			}
		}
	}
	return ts, matches
}

// otherYears lists the reports of t's commune for t's set of other years
// than t's, "2026 (so-lieu.json:2), …", each year once with the first
// report's origin, in ascending order of year: a plan given its communes' figures of the year before
// says so of each target it finds none for. Years are of the same side of
// placekey.NoDistrictsFrom as t's: before it a commune is told by its
// district, from it by its name and province, and a commune of one side is
// not the commune of that name on the other.
func otherYears(t Target, reports []evaluate.Report, reportKeys []string, sets setCache) string {
	set := sets.canonical(t.Set)
	after := t.Year >= placekey.NoDistrictsFrom
	var years []int
	items := map[int]string{}
	for j := range reports {
		r := &reports[j]
		if r.Year == t.Year || (r.Year >= placekey.NoDistrictsFrom) != after || slices.Contains(years, r.Year) ||
			sets.canonical(r.Set) != set || reportKeys[j] != communeKey(t.Commune, r.Year) {
			continue
		}
		years = append(years, r.Year)
		item := strconv.Itoa(r.Year)
		if r.Origin != "" {
			item += " (" + r.Origin + ")"
		}
		items[r.Year] = item
	}
	slices.Sort(years)
	list := make([]string, len(years))
	for i, y := range years {
		list[i] = items[y]
	}
	return strings.Join(list, ", ")
}

// pendingWarnings returns one warning per set of the status that awaits its
// official text, in order of first appearance (targets, then briefs),
// naming the communes whose results rest on it: on attestations of each
// criterion, or on the indicator table loaded for it (sets, read for
// [criteria.Set.TableEntered]).
func pendingWarnings(st *Standing, sets setCache) []Warning {
	var order []string
	communes := map[string][]string{}
	add := func(set, commune string) {
		names, seen := communes[set]
		if !seen {
			order = append(order, set)
		}
		if !slices.Contains(names, commune) {
			communes[set] = append(names, commune)
		}
	}
	for _, t := range st.Targets {
		if t.Pending() {
			add(t.Target.Set, t.Target.Commune.Name)
		}
	}
	for _, b := range st.Briefs {
		for _, c := range b.Communes {
			if c.Pending() {
				add(c.Set, c.Commune.Name)
			}
		}
	}
	var ws []Warning
	for _, set := range order {
		if s := sets.get(set); s != nil && s.TableEntered() {
			ws = append(ws, warning("", "", "set %s: its content is pending the official text; the results of %s are provisional, judged from an indicator table loaded that is not the official text",
				set, communename.List(communes[set])))
			continue
		}
		ws = append(ws, warning("", "", "set %s: its content is pending the official text; the results of %s rest on per-criterion attestations only",
			set, communename.List(communes[set])))
	}
	return ws
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

// setCache looks up sets once per ID during one Status call, and keeps the
// content of each set as the reports given to Status have it.
type setCache struct {
	cat  *criteria.Catalog // nil: the built-in sets
	sets map[string]*criteria.Set
	// contents are the contents of the sets of the reports, by canonical
	// ID: those of the sets they were evaluated with, which may replace the
	// built-in ones (--sets-from).
	contents map[string]criteria.Content
}

// get returns the set of the catalog (or the built-in set) named by id,
// or nil. The catalog's set is its own: callers only read it.
func (c setCache) get(id string) *criteria.Set {
	s, ok := c.sets[id]
	if !ok {
		if c.cat != nil {
			s, _ = catalogs.Lookup(c.cat, id)
		} else {
			s, _ = criteria.Lookup(id)
		}
		c.sets[id] = s
	}
	return s
}

// content returns the content of the set of canonical ID id: as a report
// has it, else as the catalog's set has it; zero when neither knows the set.
func (c setCache) content(id string) criteria.Content {
	if ct, ok := c.contents[id]; ok {
		return ct
	}
	if s := c.get(id); s != nil {
		return s.Content
	}
	return 0
}

// canonical returns the canonical ID of the set named by id, or id
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
	// A commune's standing under a set in a year is listed once, though
	// two targets reach it (its own, and a set that requires it).
	listed := map[string]bool{}
	for _, ts := range targets {
		t := ts.Target
		set, report, ok := briefSet(b.Set, r.Criteria, ts, reports, reportKeys, sets)
		if !ok {
			continue
		}
		key := fmt.Sprintf("%s\x00%s\x00%d", communeKey(t.Commune, t.Year), set, t.Year)
		if listed[key] {
			continue
		}
		listed[key] = true
		bc := BriefCommune{Commune: t.Commune, Set: set, Year: t.Year, Evaluated: report != nil,
			NotMet: []string{}, Missing: []string{}, Content: sets.content(set)}
		if report != nil && report.Content != 0 {
			bc.Content = report.Content
		}
		if report == nil {
			def := sets.get(set)
			for _, code := range r.Criteria {
				if def == nil || hasCode(def, code) {
					bc.Items = append(bc.Items, BriefItem{Code: code, Criterion: isCriterion(def, code), Name: codeName(def, code)})
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
			key := communeKey(ts.Target.Commune, ts.Target.Year)
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

// isCriterion reports whether code is a criterion of set; of an unknown
// set (nil), whether it is written as one (digits alone: "9", not "17.8").
func isCriterion(set *criteria.Set, code string) bool {
	if set == nil {
		return criterionOf(code) == code
	}
	_, ok := set.Criterion(code)
	return ok
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
			return BriefItem{Code: code, Criterion: true, Name: c.Name(), Status: c.Status, Indicators: slices.Clone(c.Indicators)}, true
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
