package evaluate

import (
	"slices"

	"github.com/nongthonmoi/ntm/criteria"
)

// valueSource is what an assessment gives for one set: the values under
// its canonical ID (main) and under the other keys that name it (aliases,
// in key order).
type valueSource struct {
	// pos holds the indexed values, by program position, or is nil.
	pos     []cval
	main    map[string]Value
	mainKey string
	extra   []keyedValues
	used    int // values of main found by code
	units   unitCache
	// foreign lists the codes of indexed values stored for another
	// definition of the set that this one does not define.
	foreign []string
}

type keyedValues struct {
	key  string
	vals map[string]Value
}

// sourceOf collects the values a gives for set.
func (o Options) sourceOf(set *criteria.Set, a *Assessment) valueSource {
	var s valueSource
	if x := a.Indexed.of(set); x != nil {
		s.pos = x.vals
		if x.set != set { // the same ID: align by code
			s.pos = make([]cval, set.IndicatorCount())
			at := positions(set)
			i := 0
			for _, ind := range x.set.Indicators() {
				if x.vals[i].kind != 0 {
					if j, ok := at[ind.Code]; ok {
						s.pos[j] = x.vals[i]
					} else {
						s.foreign = append(s.foreign, ind.Code)
					}
				}
				i++
			}
		}
		if len(a.Values) == 0 {
			return s
		}
	}
	if m, ok := a.Values[set.ID]; ok {
		s.main, s.mainKey = m, set.ID
		if len(a.Values) == 1 {
			return s
		}
	}
	for key, m := range a.Values {
		if key != set.ID && o.names(key, set) {
			s.extra = append(s.extra, keyedValues{key, m})
		}
	}
	if len(s.extra) == 0 {
		return s
	}
	slices.SortFunc(s.extra, func(x, y keyedValues) int {
		switch {
		case x.key < y.key:
			return -1
		case x.key > y.key:
			return 1
		}
		return 0
	})
	if s.main == nil {
		s.main, s.mainKey = s.extra[0].vals, s.extra[0].key
		s.extra = s.extra[1:]
	}
	return s
}

// names reports whether key names set: its ID or an alias of it in the
// options' catalog.
func (o Options) names(key string, set *criteria.Set) bool {
	if key == set.ID {
		return true
	}
	s, err := catalogs.Lookup(o.catalog(), key)
	return err == nil && s.ID == set.ID
}

// hasValues reports whether a gives values for set under any key.
func (o Options) hasValues(set *criteria.Set, a *Assessment) bool {
	if x := a.Indexed.of(set); x != nil {
		return true
	}
	if _, ok := a.Values[set.ID]; ok {
		return true
	}
	for key := range a.Values {
		if o.names(key, set) {
			return true
		}
	}
	return false
}

// value stores the value of indicator code (at position i) into *dst, or
// zeroes *dst when there is none.
func (s *valueSource) value(i int, code string, dst *cval) {
	if s.pos != nil {
		if v := &s.pos[i]; v.kind != 0 {
			v.copyTo(dst)
			return
		}
	}
	if s.main != nil {
		// One copy of the value out of the map (the comma-ok form copies
		// it twice); a value of kind 0 is looked up again to tell a
		// stored zero Value from none.
		if v := s.main[code]; v.Kind != 0 || hasKey(s.main, code) {
			s.used++
			compactInto(dst, &v, &s.units)
			return
		}
		for _, kv := range s.extra {
			if v, ok := kv.vals[code]; ok {
				compactInto(dst, &v, &s.units)
				return
			}
		}
	}
	(&cval{}).copyTo(dst)
}

// hasKey reports whether m has key k.
func hasKey(m map[string]Value, k string) bool {
	_, ok := m[k]
	return ok
}

// copyTo copies c to *dst, writing only the pointer fields that differ: in
// a report's fresh (zeroed) or reused memory this saves the write barriers
// of storing what is already there.
func (c *cval) copyTo(dst *cval) {
	dst.a, dst.b, dst.ae, dst.be = c.a, c.b, c.ae, c.be
	dst.kind, dst.boolean, dst.fits, dst.counted = c.kind, c.boolean, c.fits, c.counted
	if dst.x != c.x {
		dst.x = c.x
	}
}

// unknown returns the warnings about values not used: for codes p does not
// define (sorted by code, main values first) and for indicators given a
// second time under another key.
func (s *valueSource) unknown(p *program) []Warning {
	if len(s.extra) == 0 && s.used == len(s.main) && len(s.foreign) == 0 {
		return nil
	}
	var ws []Warning
	for _, code := range s.foreign {
		ws = append(ws, Warning{Kind: WarnUnknownIndicator, Set: p.id, Indicator: code})
	}
	add := func(key string, vals map[string]Value, given func(string) bool) {
		var codes []string
		for code := range vals {
			codes = append(codes, code)
		}
		slices.Sort(codes)
		k := key
		if key == p.id {
			k = ""
		}
		for _, code := range codes {
			if _, ok := p.index[code]; !ok {
				ws = append(ws, Warning{Kind: WarnUnknownIndicator, Set: p.id, Indicator: code, Key: k})
			} else if given(code) {
				ws = append(ws, Warning{Kind: WarnDuplicateValue, Set: p.id, Indicator: code, Key: k})
			}
		}
	}
	inPos := func(code string) bool {
		i, ok := p.index[code]
		return ok && s.pos != nil && s.pos[i].kind != 0
	}
	add(s.mainKey, s.main, inPos)
	for i, kv := range s.extra {
		add(kv.key, kv.vals, func(code string) bool {
			if _, ok := s.main[code]; ok || inPos(code) {
				return true
			}
			for _, prev := range s.extra[:i] {
				if _, ok := prev.vals[code]; ok {
					return true
				}
			}
			return false
		})
	}
	return ws
}
