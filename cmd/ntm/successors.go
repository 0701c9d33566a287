package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/units"
)

// keepPredecessors appends to kept a copy of each report whose province
// has a registry of administrative units (the communes --successors may
// roll up); reports are copied because the chunks passed to emit are
// reused.
func keepPredecessors(kept, reports []evaluate.Report) []evaluate.Report {
	for _, r := range reports {
		if r.Basis != "" || !units.HasRegistry(r.Commune.Province) {
			continue
		}
		kept = append(kept, r.Clone())
	}
	return kept
}

// predecessors keeps, with --successors, the reports of ntm eval that the
// estimates of the successors are made from.
type predecessors struct {
	kept []evaluate.Report
	// takenBack are the indices in kept of the reports taken back (of a
	// commune counted before under another spelling).
	takenBack []int
}

// emit returns what writes reports with out and keeps those of
// predecessors.
func (p *predecessors) emit(out *reportWriter) func([]evaluate.Report) {
	return func(reports []evaluate.Report) {
		p.kept = keepPredecessors(p.kept, reports)
		out.write(reports)
	}
}

// hold returns what holds a report with out and keeps it when it is of a
// predecessor: taking it back takes it out of the reports kept too.
func (p *predecessors) hold(out *reportWriter) holdFunc {
	return func(r *evaluate.Report) func() {
		i := len(p.kept)
		p.kept = keepPredecessors(p.kept, []evaluate.Report{*r})
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
				p.kept = keepPredecessors(p.kept, []evaluate.Report{*r})
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
	if !o.summary {
		out.write(estimates)
	}
}
