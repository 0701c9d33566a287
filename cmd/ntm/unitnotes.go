package main

import (
	"strconv"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/communename"
)

// unitNotes gathers the reports' warnings on their commune as a unit of
// its province (evaluate.Report.UnitWarning: a name not in the registry, a
// commune abolished on 1/7/2025 assessed for a later year, a district
// written after districts were abolished) for the summaries of ntm eval
// --summary, ntm progress and ntm report, which show no report: one line
// per assessment, "ORIGIN: xã \"NAME\" (DISTRICT, PROVINCE): TEXT" (the
// name quoted after the word for its kind, as the warnings on names write
// it), however many sets it has values for.
type unitNotes struct {
	lang  string
	seen  map[string]bool
	notes []unitNote
}

// unitNote is one warning noted: where the assessment was read, and what
// is said of its commune.
type unitNote struct{ origin, text string }

// add notes r's warning on its unit, if it has one not noted yet.
func (u *unitNotes) add(r *evaluate.Report) {
	w, ok := r.UnitWarning()
	if !ok {
		return
	}
	text := w.Text(u.lang)
	key := r.Origin + "\x00" + text
	if u.seen[key] {
		return
	}
	if u.seen == nil {
		u.seen = map[string]bool{}
	}
	u.seen[key] = true
	name := r.Commune.Name
	about := communename.AfterKind(pick(u.lang, "xã", "commune"), name, strconv.Quote(name))
	if where := (evaluate.Commune{District: r.Commune.District, Province: r.Commune.Province}).String(); where != "" {
		about += " (" + where + ")"
	}
	u.notes = append(u.notes, unitNote{r.Origin, about + ": " + text})
}

// lines returns the notes as the summaries list them: "ORIGIN: TEXT".
func (u *unitNotes) lines() []string {
	out := make([]string, len(u.notes))
	for i, n := range u.notes {
		out[i] = n.origin + ": " + n.text
	}
	return out
}

// warn prints each line noted on standard error through w, as the
// warnings on names are: "ORIGIN: cảnh báo: …".
func (u *unitNotes) warn(w func(line string)) {
	for _, n := range u.notes {
		w(n.origin + pick(u.lang, ": cảnh báo: ", ": warning: ") + n.text)
	}
}
