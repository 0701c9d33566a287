package main

import (
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
