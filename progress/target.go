package progress

import (
	"cmp"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
)

// PlanPath is the path of a plan's target communes to their targets.
type PlanPath struct {
	Plan    string    // the plan's number: "47/KH-STNMT"
	AsOf    plan.Date // the date reported on
	Targets []TargetPath
	// Warnings are the warnings of the plan's status
	// ([plan.Standing].Warnings): a target commune the inspection route
	// never visits, a target whose commune is no unit in its year (naming
	// the unit that succeeded it), a target without its year's assessment
	// whose commune was read for other years, a set pending its official
	// text, …; nil when there is none.
	Warnings []plan.Warning
}

// TargetPath is one target commune's way to its target: the criteria met
// in each year assessed, what is still short, and whether the deadline has
// passed.
type TargetPath struct {
	Target plan.Target
	// Content is the content of the target's set, as in the reports read
	// of that set; without one, as the catalog's set is (the built-in set's
	// for [Targets]: [plan.TargetStatus.Content]), so that a target on a set
	// awaiting its official text is said to be pending in every format; 0
	// when the set is none of these.
	Content criteria.Content
	// Status is the target's status from [plan.StatusWith]: the report of the
	// target's commune, set and year ("not-evaluated" when there is none).
	Status string
	// Provisional is true when Status rests on a set awaiting its official
	// text ([plan.TargetStatus.Provisional]): "Đạt (tạm tính: chờ văn bản
	// chính thức)".
	Provisional bool
	// Years are the years the commune was assessed against the target's
	// set, ascending, with the criteria met in each.
	Years []Year
	// CriteriaTotal is the number of criteria of the target's set.
	CriteriaTotal int
	// ShortYear is the year NotMet and Missing are read from: the target
	// year when it was assessed, else the latest year assessed before it;
	// 0 when the commune has no such report.
	ShortYear int
	// NotMet and Missing list the criterion codes still short in ShortYear,
	// in set order; never nil.
	NotMet, Missing []string
	// CriterionNames names the criteria of the target's set by code, as
	// [Progress].CriterionNames does; nil when no report of the set was
	// read.
	CriterionNames map[string]criteria.Text
	// DeadlinePassed is true when the as-of date is after the end of the
	// target year (31 December): the plan's target year is over. A target
	// without a year (Year < 1, which [plan.Plan.Validate] rejects) has no
	// deadline.
	DeadlinePassed bool
}

// Targets returns the path of each target of p on asOf: the target's status,
// and the warnings, are what [plan.Status] says given reports; the years are
// copied from prog, which should be [Of](reports).
func Targets(p *plan.Plan, reports []evaluate.Report, prog Progress, asOf plan.Date) PlanPath {
	return TargetsWith(nil, p, reports, prog, asOf)
}

// TargetsWith is [Targets] with the sets of cat (the built-in sets when cat
// is nil), those the reports were evaluated against: the status and the
// warnings are what [plan.StatusWith] says. A set cat replaces (the
// official text of 933/QĐ-UBND read with --sets-from) is then not said to
// be pending, and a target without a report counts the criteria of cat's
// set.
func TargetsWith(cat *criteria.Catalog, p *plan.Plan, reports []evaluate.Report, prog Progress, asOf plan.Date) PlanPath {
	st := plan.StatusWith(cat, p, reports, asOf)
	out := PlanPath{Plan: p.Number, AsOf: asOf, Targets: make([]TargetPath, 0, len(st.Targets)), Warnings: st.Warnings}
	for _, ts := range st.Targets {
		t := ts.Target
		tp := TargetPath{Target: t, Status: ts.StatusCode(), Provisional: ts.Provisional(), CriteriaTotal: ts.CriteriaTotal,
			NotMet: []string{}, Missing: []string{},
			DeadlinePassed: t.Year >= 1 && asOf.After(plan.Date{Year: t.Year, Month: time.December, Day: 31})}
		tp.Content = cmp.Or(contentOf(t.Set, reports, prog), ts.Content)
		tp.CriterionNames = prog.CriterionNames[t.Set]
		key := namesKey(t.Commune, t.Year)
		for _, c := range prog.Communes {
			sameCode := t.Commune.Code != "" && c.Commune.Code == t.Commune.Code
			if c.Set != t.Set || !sameCode && namesKey(c.Commune, seriesYear(&c)) != key {
				continue
			}
			tp.Years = cloneYears(c.Years)
			for _, y := range c.Years {
				if y.Year <= t.Year {
					tp.ShortYear = y.Year
					tp.NotMet, tp.Missing = short(y.Criteria)
					tp.CriteriaTotal = y.CriteriaTotal
				}
			}
			break
		}
		if ts.Evaluated() {
			tp.ShortYear, tp.NotMet, tp.Missing = t.Year, ts.NotMet, ts.Missing
		}
		out.Targets = append(out.Targets, tp)
	}
	return out
}

// contentOf returns the content of set as the reports or the progress
// give it, 0 when neither has the set.
func contentOf(set string, reports []evaluate.Report, prog Progress) criteria.Content {
	for i := range prog.Areas {
		if prog.Areas[i].Set == set {
			return prog.Areas[i].Content
		}
	}
	for i := range reports {
		if reports[i].Set == set {
			return reports[i].Content
		}
	}
	return 0
}

func short(cs []Criterion) (notMet, missing []string) {
	notMet, missing = []string{}, []string{}
	for _, c := range cs {
		switch c.Status {
		case evaluate.StatusNotMet:
			notMet = append(notMet, c.Code)
		case evaluate.StatusMissing:
			missing = append(missing, c.Code)
		}
	}
	return notMet, missing
}
