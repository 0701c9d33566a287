// Package originpack packs the places reports are read at (their origins:
// "so-lieu.csv:14", "a.json[3]", "so-lieu.xlsx: NTM!7:7", "request[2]")
// in 63 bits, so that a run keeps a number per report and each prefix (a
// file, a sheet) once.
package originpack

import (
	"strconv"
	"strings"
)

// A Table packs origins and gives them back. Its zero value is ready to
// use.
type Table struct {
	prefixes []string
	index    map[string]uint32
	// aside holds the origins packed once limit prefixes are kept.
	aside []string
	// limit is how many prefixes are kept: maxPrefixes when 0.
	limit int
}

// Forms of a packed origin: the prefix alone, "prefix:n", "prefix[n]",
// "prefix!n:n" (a workbook row), or an origin kept aside whole.
const (
	formWhole = iota
	formLine
	formIndex
	formRow
	formAside
)

// A packed origin holds its prefix's index (or, aside, its index in
// aside) above formShift+3 bits, its form above formShift, and its number
// below: 28 + 3 + 32 bits.
const (
	formShift   = 32
	prefixShift = formShift + 3
	maxPrefixes = 1 << (63 - prefixShift)
)

// Pack returns origin packed; its top bit is clear, for the caller's use.
// Unpack gives back origin as it was.
func (t *Table) Pack(origin string) uint64 {
	prefix, form, num := split(origin)
	i, ok := t.index[prefix]
	if !ok {
		if len(t.prefixes) >= t.maxPrefixes() {
			n := uint64(len(t.aside))
			t.aside = append(t.aside, strings.Clone(origin))
			return n>>formShift<<prefixShift | formAside<<formShift | n&(1<<formShift-1)
		}
		if t.index == nil {
			t.index = map[string]uint32{}
		}
		i = uint32(len(t.prefixes))
		t.prefixes = append(t.prefixes, strings.Clone(prefix))
		t.index[t.prefixes[i]] = i
	}
	return uint64(i)<<prefixShift | form<<formShift | num
}

func (t *Table) maxPrefixes() int {
	if t.limit > 0 {
		return t.limit
	}
	return maxPrefixes
}

// Unpack returns the origin that Pack packed as p.
func (t *Table) Unpack(p uint64) string {
	hi, form, lo := p>>prefixShift, p>>formShift&7, p&(1<<formShift-1)
	if form == formAside {
		return t.aside[hi<<formShift|lo]
	}
	prefix, n := t.prefixes[hi], strconv.FormatUint(lo, 10)
	switch form {
	case formLine:
		return prefix + ":" + n
	case formIndex:
		return prefix + "[" + n + "]"
	case formRow:
		return prefix + "!" + n + ":" + n
	}
	return prefix
}

// split returns origin's prefix, form and number: a number is kept only
// as FormatUint writes it (decimal digits, no leading zero, below 2³²), so
// that the origin is given back as written.
func split(origin string) (prefix string, form, num uint64) {
	if strings.HasSuffix(origin, "]") {
		if i := strings.LastIndexByte(origin, '['); i >= 0 {
			if v, ok := number(origin[i+1 : len(origin)-1]); ok {
				return origin[:i], formIndex, v
			}
		}
		return origin, formWhole, 0
	}
	i := strings.LastIndexByte(origin, ':')
	if i < 0 {
		return origin, formWhole, 0
	}
	v, ok := number(origin[i+1:])
	if !ok {
		return origin, formWhole, 0
	}
	if k := strings.LastIndexByte(origin[:i], '!'); k >= 0 && origin[k+1:i] == origin[i+1:] {
		return origin[:k], formRow, v
	}
	return origin[:i], formLine, v
}

// number returns the number s writes, when FormatUint writes it so.
func number(s string) (uint64, bool) {
	v, err := strconv.ParseUint(s, 10, 32)
	return v, err == nil && strconv.FormatUint(v, 10) == s
}
