package plan

import (
	"slices"

	"github.com/nongthonmoi/ntm/evaluate"
)

// Plan is a provincial plan (Kế hoạch) as a document: who issued it and on
// what legal bases, which communes it steers toward which criteria set in
// which year, how the inspection (kiểm tra) goes, which agency answers for
// which criteria, the tasks it assigns with their deadlines, and whom it is
// sent to (nơi nhận).
//
// A Plan is plain data owned by whoever built or read it. [Status] and the
// renderers only read it. Build one in code, or read it with [Read].
//
// Of the plan itself only the number is required: a plan without a date,
// targets, tasks or an inspection still has a status. The parts it lists
// need what makes them usable (a target its commune, set and year; see
// [Plan.Validate]). An empty string, a zero Date and a nil slice or pointer
// mean the plan does not say.
type Plan struct {
	Number string // số hiệu: "47/KH-STNMT"; the only field required
	Issued Date   // ngày ban hành; zero when not given
	Place  string // địa danh: "Lạng Sơn"
	Issuer string // cơ quan ban hành: "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn"
	Signer Signer
	Title  string // trích yếu
	// Purposes (mục đích) and Requirements (yêu cầu), one paragraph each,
	// verbatim.
	Purposes     []string
	Requirements []string
	// Contents are what the inspection examines (nội dung kiểm tra), verbatim.
	Contents []string
	// Bases are the documents the plan implements (căn cứ), in the plan's order.
	Bases []Basis
	// Targets are the communes the plan steers, each toward a set in a year.
	Targets []Target
	// Inspection is the plan's inspection visit, nil when the plan names
	// none: its status then has no inspection state.
	Inspection *Inspection
	// Responsibilities name the agency in charge of criteria or indicators.
	// See [Merge] for the departments not named by a plan.
	Responsibilities []Responsibility
	Tasks            []Task
	// Recipients (nơi nhận), verbatim, in the plan's order.
	Recipients []string
}

// Signer is who signed the plan: "KT. Giám đốc, Phó Giám đốc, Ngô Việt Hải"
// is Signer{Name: "Ngô Việt Hải", Title: "Phó Giám đốc", OnBehalfOf: "Giám đốc"}.
type Signer struct {
	Name  string
	Title string // chức vụ of the signer
	// OnBehalfOf is the office signed for ("KT." = ký thay), "" when the
	// head signed in person.
	OnBehalfOf string
}

// Basis is one legal basis (căn cứ) of a plan. It needs its number or,
// for a document cited by name ("Luật Tổ chức chính quyền địa phương"),
// its title; the rest is optional.
type Basis struct {
	Number string // "447/QĐ-UBND"
	Issued Date   // zero when not given
	Issuer string // "UBND tỉnh Lạng Sơn"
	Title  string // trích yếu, as the plan quotes it
}

// Target is one commune to bring to a set's standard in a year.
type Target struct {
	Commune evaluate.Commune
	Set     string // canonical set ID: "1980/QĐ-TTg"
	Year    int
}

// Inspection is the plan's inspection visit (đợt kiểm tra).
type Inspection struct {
	// Window is when the inspection is to happen, inclusive ("quý II năm
	// 2020" is 2020-04-01 … 2020-06-30).
	Window Window
	// Days is its planned duration in days.
	Days int
	// Date is the announced day, nil until announced ("cụ thể sẽ có thông
	// báo sau").
	Date *Date
	// Route is the ordered list of stops (lộ trình).
	Route []Stop
	// Participants are the organisations taking part (thành phần).
	Participants []Participant
	// Form is how the inspection is carried out (hình thức), verbatim.
	Form string
}

// Window is a span of dates, both ends included.
type Window struct {
	From, To Date
}

// Contains reports whether d lies within w.
func (w Window) Contains(d Date) bool { return !d.Before(w.From) && !d.After(w.To) }

// Stop is one place on the inspection route and what happens there.
type Stop struct {
	Place    string // "xã Hòa Lạc", "UBND huyện Hữu Lũng"
	Activity string // "họp và kết thúc kiểm tra"; "" for a field visit
}

// Participant is an organisation taking part in the inspection.
type Participant struct {
	Organisation string
	Role         string // "chủ trì", "dự và đưa tin", …
	Note         string // anything more the plan says of it
}

// Responsibility puts an agency in charge of criteria ("17") or single
// indicators ("17.6"). With Set empty it applies to every target set that
// has those codes.
type Responsibility struct {
	Agency   string
	Criteria []string
	Set      string // canonical set ID, or ""
}

// Task is something the plan asks of someone.
type Task struct {
	Assignee    string // required
	Action      string // what is asked; "" when not given
	Deliverable string // what is to be handed in or produced, "" if nothing
	// DueBefore is the "trước ngày" deadline: the task is overdue ON that
	// date if not done. Nil when the plan sets no deadline.
	DueBefore *Date
	// Done is the date the task was done, nil while it is not.
	Done *Date
}

// Clone returns a deep copy of p.
func (p *Plan) Clone() *Plan {
	if p == nil {
		return nil
	}
	c := *p
	c.Purposes = slices.Clone(p.Purposes)
	c.Requirements = slices.Clone(p.Requirements)
	c.Contents = slices.Clone(p.Contents)
	c.Bases = slices.Clone(p.Bases)
	c.Targets = slices.Clone(p.Targets)
	if p.Inspection != nil {
		in := *p.Inspection
		in.Date = cloneDate(in.Date)
		in.Route = slices.Clone(in.Route)
		in.Participants = slices.Clone(in.Participants)
		c.Inspection = &in
	}
	if p.Responsibilities != nil {
		c.Responsibilities = make([]Responsibility, len(p.Responsibilities))
		for i, r := range p.Responsibilities {
			r.Criteria = slices.Clone(r.Criteria)
			c.Responsibilities[i] = r
		}
	}
	if p.Tasks != nil {
		c.Tasks = make([]Task, len(p.Tasks))
		for i, t := range p.Tasks {
			t.DueBefore, t.Done = cloneDate(t.DueBefore), cloneDate(t.Done)
			c.Tasks[i] = t
		}
	}
	c.Recipients = slices.Clone(p.Recipients)
	return &c
}

func cloneDate(d *Date) *Date {
	if d == nil {
		return nil
	}
	c := *d
	return &c
}
