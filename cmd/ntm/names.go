package main

import (
	"strconv"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/placenames"
)

// runNames are the names of the places of one run that counts communes
// (eval --summary, plan, progress, report): see package placenames. The
// names of two or more known names, and names with diacritics that differ
// only in them, are each a warning on standard error, once the input is
// read (warn).
type runNames struct{ *placenames.Run }

// runNames returns the names of the run, made on first use.
func (ctx *cmdContext) runNames() *runNames {
	if ctx.names == nil {
		ctx.names = &runNames{placenames.New()}
	}
	return ctx.names
}

func placeOf(c evaluate.Commune) placekey.Place { return placenames.Of(c) }

// warn prints, once the input is read and settled, the warnings on the
// names read (placenames.Run.Warnings) in lang, one a line: "ORIGIN: cảnh
// báo: TEXT" ("warning:" in English).
func (n *runNames) warn(w func(line string), lang string) {
	for _, x := range n.Warnings(lang) {
		w(x.Origin + pick(lang, ": cảnh báo: ", ": warning: ") + x.Text)
	}
}

// looseTargets are a plan's target communes (and years) by their keys that
// ignore diacritics, each with whether a target of that key has a name
// written without diacritics: a report may be a target's once every name
// is read when its names, or the target's, are written without them.
type looseTargets map[string]bool

func looseKey(c evaluate.Commune, year int) string {
	return placekey.Loose(placenames.In(c, year)) + "\x00" + strconv.Itoa(year)
}

func (l *looseTargets) add(c evaluate.Commune, year int) {
	if *l == nil {
		*l = looseTargets{}
	}
	k := looseKey(c, year)
	(*l)[k] = (*l)[k] || placekey.HasASCII(placeOf(c))
}

// may reports whether c, of year, may be a target: it is a target's but
// for diacritics, and its names or the target's are written without them.
func (l looseTargets) may(c evaluate.Commune, year int) bool {
	if len(l) == 0 {
		return false
	}
	ascii, ok := l[looseKey(c, year)]
	return ok && (ascii || placekey.HasASCII(placeOf(c)))
}
