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
// ignore diacritics: a report whose names are written without diacritics
// may be a target's once every name is read.
type looseTargets map[string]bool

func looseKey(c evaluate.Commune, year int) string {
	return placekey.Loose(placenames.In(c, year)) + "\x00" + strconv.Itoa(year)
}

func (l *looseTargets) add(c evaluate.Commune, year int) {
	if *l == nil {
		*l = looseTargets{}
	}
	(*l)[looseKey(c, year)] = true
}

// may reports whether c, of year, may be a target: it has a name written
// without diacritics, and is a target's but for diacritics.
func (l looseTargets) may(c evaluate.Commune, year int) bool {
	return len(l) > 0 && placekey.HasASCII(placeOf(c)) && l[looseKey(c, year)]
}
