package progress

import (
	"encoding/json"
	"io"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/registrynote"
	"github.com/nongthonmoi/ntm/units"
)

type jsonProgress struct {
	Communes []jsonCommune  `json:"communes"`
	Areas    []jsonArea     `json:"areas"`
	Plan     *jsonPlan      `json:"plan,omitempty"`
	Excluded []jsonExcluded `json:"excluded"`
	// UnitsNotHeld are the provinces of the communes whose units the
	// registry of units does not hold, left out when there is none.
	UnitsNotHeld []jsonNotHeld `json:"units_not_held,omitempty"`
}

// jsonNotHeld is a province whose units the registry does not hold, and
// what the text says of it.
type jsonNotHeld struct {
	Province string        `json:"province"`
	Note     criteria.Text `json:"note"`
}

type jsonExcluded struct {
	Commune  evaluate.Commune `json:"commune"`
	Origin   string           `json:"origin"`
	Through  string           `json:"through,omitempty"`
	Problems int              `json:"problems"`
}

type jsonCommune struct {
	Commune     evaluate.Commune `json:"commune"`
	Set         string           `json:"set"`
	Years       []jsonYear       `json:"years"`
	FirstMet    *int             `json:"first_met"`
	Regressions []jsonRegression `json:"regressions"`
	Content     string           `json:"content,omitempty"`
	// Unit, Successors and FormedFrom are what the registry of units
	// states of the commune's unit in the reorganisation of 1/7/2025,
	// left out when it states nothing.
	Unit       *units.Unit      `json:"unit,omitempty"`
	Successors []jsonSuccession `json:"successors,omitempty"`
	FormedFrom []jsonFormer     `json:"formed_from,omitempty"`
}

// jsonSuccession is a change that took the commune's unit over, as `ntm
// units --successor --format json` writes it, without the predecessor
// (the commune's "unit").
type jsonSuccession struct {
	Successor units.Unit `json:"successor"`
	Whole     bool       `json:"whole"`
	Basis     string     `json:"basis"`
	Effective string     `json:"effective"`
}

// jsonFormer is a change that formed the commune's unit, as `ntm units
// --successor --format json` writes it without the successor (the
// commune's "unit"), with the former unit's last years assessed.
type jsonFormer struct {
	Predecessor  units.Unit     `json:"predecessor"`
	Whole        bool           `json:"whole"`
	Basis        string         `json:"basis"`
	Effective    string         `json:"effective"`
	LastAssessed []jsonLastYear `json:"last_assessed"`
}

type jsonLastYear struct {
	Set string `json:"set"`
	jsonYear
}

type jsonYear struct {
	Year          int    `json:"year"`
	Status        string `json:"status"`
	CriteriaMet   int    `json:"criteria_met"`
	CriteriaTotal int    `json:"criteria_total"`
}

type jsonRegression struct {
	Year     int      `json:"year"`
	Criteria []string `json:"criteria"`
}

type jsonArea struct {
	Province string         `json:"province"`
	District string         `json:"district"`
	Set      string         `json:"set"`
	Scope    string         `json:"scope"`
	Years    []jsonAreaYear `json:"years"`
	Content  string         `json:"content,omitempty"`
}

type jsonAreaYear struct {
	Year            int    `json:"year"`
	Communes        int    `json:"communes"`
	CommunesMet     int    `json:"communes_met"`
	AverageCriteria string `json:"average_criteria"`
	CriteriaTotal   int    `json:"criteria_total"`
}

type jsonPlan struct {
	Plan    string       `json:"plan"`
	AsOf    string       `json:"as_of"`
	Targets []jsonTarget `json:"targets"`
	// Warnings are the warnings of the plan's status, left out when
	// there is none.
	Warnings []string `json:"warnings,omitempty"`
}

type jsonTarget struct {
	Commune        evaluate.Commune `json:"commune"`
	Set            string           `json:"set"`
	Year           int              `json:"year"`
	Status         string           `json:"status"`
	Provisional    bool             `json:"provisional"`
	DeadlinePassed bool             `json:"deadline_passed"`
	CriteriaTotal  int              `json:"criteria_total"`
	Years          []jsonYear       `json:"years"`
	ShortYear      *int             `json:"short_year"`
	NotMet         []string         `json:"not_met"`
	Missing        []string         `json:"missing"`
	Content        string           `json:"content,omitempty"`
}

// effective is the day a change took effect, YYYY-MM-DD.
func effective(s units.Succession) string { return s.Basis.Effective.Format(time.DateOnly) }

// contentCode is the content of a set on the wire: "complete" or
// "pending-official-text"; "" (the key left out) when unknown.
func contentCode(c criteria.Content) string {
	if c == criteria.ContentComplete || c.Pending() {
		return c.String()
	}
	return ""
}

func jsonYears(ys []Year) []jsonYear {
	out := make([]jsonYear, len(ys))
	for i, y := range ys {
		out[i] = jsonYear{Year: y.Year, Status: y.Status.String(), CriteriaMet: y.CriteriaMet, CriteriaTotal: y.CriteriaTotal}
	}
	return out
}

// WriteJSON writes p as the progress JSON of the formats specification:
// {"communes": […], "areas": […]}, with "plan" added when opt.Plan is not
// nil (opt.Lang does not change the JSON), and "excluded": the communes
// left out, as in the summary JSON of `ntm eval --summary` (empty when none).
// A commune's "first_met" is null when the set was never met; every area
// year's "average_criteria" is a decimal string with 2 decimals. Each
// year also carries "criteria_total", and each area its "scope" ("all",
// "province", "district"). Each commune, area and plan target ends with
// "content", the content of its set ("complete", or
// "pending-official-text" when its criteria await the official text and
// the results are provisional), left out for a plan target whose set no
// report was read of. A plan target's "provisional", after its "status",
// is true when that status rests on a set awaiting its official text. The plan ends with "warnings", the warnings of its
// status as the plan status JSON gives them ("targets[0]: …", in
// Vietnamese with English beside), left out when there is none. A commune
// whose Reorganisation is set has its "unit", and its "successors" or
// "formed_from" (each former unit with its "last_assessed"). "units_not_held"
// names each province of the communes whose units the registry does not
// hold, with the "note" the text says of it ("vi" and "en"), left out when
// there is none.
func WriteJSON(w io.Writer, p Progress, opt Options) error {
	out := jsonProgress{Communes: make([]jsonCommune, len(p.Communes)), Areas: make([]jsonArea, len(p.Areas)),
		Excluded: make([]jsonExcluded, len(opt.Excluded))}
	for i, e := range opt.Excluded {
		out.Excluded[i] = jsonExcluded{Commune: e.Commune, Origin: e.Origin, Through: e.Through, Problems: e.Problems}
	}
	for i, c := range p.Communes {
		jc := jsonCommune{Commune: c.Commune, Set: c.Set, Years: jsonYears(c.Years), Regressions: make([]jsonRegression, len(c.Regressions)),
			Content: contentCode(c.Content)}
		if c.FirstMet != 0 {
			jc.FirstMet = &c.FirstMet
		}
		for ri, r := range c.Regressions {
			jc.Regressions[ri] = jsonRegression(r)
		}
		if r := c.Reorganisation; r != nil {
			jc.Unit = &r.Unit
			for _, s := range r.Successors {
				jc.Successors = append(jc.Successors, jsonSuccession{s.Successor, s.Whole, s.Basis.String(), effective(s)})
			}
			for _, f := range r.FormedFrom {
				s := f.Succession
				js := jsonFormer{s.Predecessor, s.Whole, s.Basis.String(), effective(s), []jsonLastYear{}}
				for _, l := range f.Last {
					js.LastAssessed = append(js.LastAssessed, jsonLastYear{l.Set, jsonYears([]Year{l.Year})[0]})
				}
				jc.FormedFrom = append(jc.FormedFrom, js)
			}
		}
		out.Communes[i] = jc
	}
	for i, a := range p.Areas {
		ja := jsonArea{Province: a.Province, District: a.District, Set: a.Set, Scope: a.Scope.String(),
			Years: make([]jsonAreaYear, len(a.Years)), Content: contentCode(a.Content)}
		for yi, y := range a.Years {
			ja.Years[yi] = jsonAreaYear{Year: y.Year, Communes: y.Communes, CommunesMet: y.CommunesMet,
				AverageCriteria: y.AverageCriteria.StringFixed(2), CriteriaTotal: y.CriteriaTotal}
		}
		out.Areas[i] = ja
	}
	for _, u := range unheld(p, "") {
		out.UnitsNotHeld = append(out.UnitsNotHeld, jsonNotHeld{u, criteria.Text{VI: registrynote.Reorganisation(u, "vi"), EN: registrynote.Reorganisation(u, "en")}})
	}
	if path := opt.Plan; path != nil {
		jp := &jsonPlan{Plan: path.Plan, AsOf: path.AsOf.String(), Targets: make([]jsonTarget, len(path.Targets))}
		for i, t := range path.Targets {
			jt := jsonTarget{Commune: t.Target.Commune, Set: t.Target.Set, Year: t.Target.Year, Status: t.Status, Provisional: t.Provisional,
				DeadlinePassed: t.DeadlinePassed, CriteriaTotal: t.CriteriaTotal, Years: jsonYears(t.Years),
				NotMet: t.NotMet, Missing: t.Missing, Content: contentCode(t.Content)}
			if t.ShortYear != 0 {
				jt.ShortYear = &t.ShortYear
			}
			jp.Targets[i] = jt
		}
		for _, w := range path.Warnings {
			jp.Warnings = append(jp.Warnings, w.String())
		}
		out.Plan = jp
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(out)
}
