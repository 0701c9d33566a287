package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/provincekind"
	"github.com/nongthonmoi/ntm/internal/registrynote"
	"github.com/nongthonmoi/ntm/units"
)

// keepPredecessors appends to kept a copy of each report whose province
// has a registry of administrative units (the communes --successors may
// roll up); reports are copied because the chunks passed to emit are
// reused. The communes of the other provinces are counted in unheld.
func keepPredecessors(kept, reports []evaluate.Report, unheld *unheldCommunes) []evaluate.Report {
	for _, r := range reports {
		if r.Basis != "" {
			continue
		}
		if !units.HasRegistry(r.Commune.Province) {
			unheld.add(r.Commune)
			continue
		}
		kept = append(kept, r.Clone())
	}
	return kept
}

// unheldCommunes are the communes read of provinces whose units the
// registry does not hold, by province ([registrynote.Key]) in the order
// first read, each named as first written.
type unheldCommunes struct {
	provinces []string
	communes  map[string]map[string]bool
}

func (u *unheldCommunes) add(c evaluate.Commune) {
	if u.communes == nil {
		u.communes = map[string]map[string]bool{}
	}
	k := registrynote.Key(c.Province)
	cs, ok := u.communes[k]
	if !ok {
		cs = map[string]bool{}
		u.communes[k] = cs
		u.provinces = append(u.provinces, c.Province)
	}
	cs[c.Name+"\x00"+c.District] = true
}

// note prints, for each province of u, that the successors of its
// communes are not known: the registry does not hold its units.
func (u *unheldCommunes) note(ctx *cmdContext, lang string) {
	for _, p := range u.provinces {
		n := len(u.communes[registrynote.Key(p)])
		if lang == "en" {
			communes := "communes"
			if n == 1 {
				communes = "commune"
			}
			fmt.Fprintf(ctx.Stderr, "ntm eval: --successors: %s: the successors of its %d %s are not known and not estimated\n", registrynote.NotHeld(p, lang), n, communes)
			continue
		}
		fmt.Fprintf(ctx.Stderr, "ntm eval: --successors: %s: chưa biết đơn vị kế thừa của %d xã của %s này, không ước tính được\n", registrynote.NotHeld(p, lang), n, provincekind.Kind(p, lang))
	}
}

// predecessors keeps, with --successors, the reports of ntm eval that the
// estimates of the successors are made from.
type predecessors struct {
	kept []evaluate.Report
	// takenBack are the indices in kept of the reports taken back (of a
	// commune counted before under another spelling).
	takenBack []int
	// unheld are the communes of provinces without a registry.
	unheld unheldCommunes
}

// emit returns what writes reports with out and keeps those of
// predecessors.
func (p *predecessors) emit(out *reportWriter) func([]evaluate.Report) {
	return func(reports []evaluate.Report) {
		p.kept = keepPredecessors(p.kept, reports, &p.unheld)
		out.write(reports)
	}
}

// hold returns what holds a report with out and keeps it when it is of a
// predecessor: taking it back takes it out of the reports kept too.
func (p *predecessors) hold(out *reportWriter) holdFunc {
	return func(r *evaluate.Report) func() {
		i := len(p.kept)
		p.kept = keepPredecessors(p.kept, []evaluate.Report{*r}, &p.unheld)
		retract := out.hold(r)
		if len(p.kept) == i {
			return retract
		}
		return func() {
			retract()
			p.takenBack = append(p.takenBack, i)
		}
	}
}

// keepRequired keeps too, through ctx.unshown, the reports of the sets
// that only's set requires, down its chain: an estimate of only's set is
// made with theirs, for its prerequisite.
func (p *predecessors) keepRequired(ctx *cmdContext, cat *criteria.Catalog, only *criteria.Set) {
	var required []string
	for s := only; s.Requires != "" && len(required) < 4; { // as deep as the evaluator follows
		next, err := catalogs.Lookup(cat, s.Requires)
		if err != nil {
			break
		}
		required = append(required, next.ID)
		s = next
	}
	if len(required) > 0 {
		ctx.unshown = func(r *evaluate.Report) {
			if slices.Contains(required, r.Set) {
				p.kept = keepPredecessors(p.kept, []evaluate.Report{*r}, &p.unheld)
			}
		}
	}
}

// reports returns the reports kept and not taken back, in order.
func (p *predecessors) reports() []evaluate.Report { return dropIndices(p.kept, p.takenBack) }

// estimate prints the notes of the estimates of the units formed by
// successorsOn from the reports kept and, without --summary, writes the
// estimates with out; with --set, those of its set only (the others were
// made for its prerequisite).
func (p *predecessors) estimate(ctx *cmdContext, o evalOptions, cat *criteria.Catalog, only *criteria.Set, successorsOn time.Time, out *reportWriter) {
	estimates, notes := evaluate.EstimateSuccessors(evaluate.Options{Catalog: cat}, p.reports(), successorsOn)
	if only != nil {
		// Those of the sets --set's requires were made for its
		// prerequisite only.
		estimates = slices.DeleteFunc(estimates, func(r evaluate.Report) bool { return r.Set != only.ID })
		notes = slices.DeleteFunc(notes, func(n evaluate.SuccessorNote) bool { return n.Set != only.ID })
	}
	for _, note := range notes {
		fmt.Fprintf(ctx.Stderr, "ntm eval: %s\n", oneLine(note.Text(o.lang)))
	}
	p.unheld.note(ctx, o.lang)
	if !o.summary {
		out.write(estimates)
	}
}
