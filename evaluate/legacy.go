package evaluate

import (
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/knownplace"
	"github.com/nongthonmoi/ntm/internal/legacyvn"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/nongthonmoi/ntm/units"
	"golang.org/x/text/encoding/charmap"
)

// legacyHeaderFormat is the problem of a header typed with a Vietnamese
// font encoding before Unicode (TCVN3, VNI): the encoding's name, the
// quoted cell, what it reads in the encoding, the encoding as Unikey's
// converter names it, and the other fix than converting the file.
const legacyHeaderFormat = `the header looks typed with a font encoding before Unicode, %s: %q reads %q in it; ` +
	`convert the file to Unicode with Unikey's "Chuyển mã" (source %s, destination Unicode) or %s`

// legacyLineFormat is legacyHeaderFormat for a header line that is not
// UTF-8, with the line and what was not read.
const legacyLineFormat = `line %d is not UTF-8 and looks typed with a font encoding before Unicode, %s: %q reads %q in it; ` +
	`convert the file to Unicode with Unikey's "Chuyển mã" (source %s, destination Unicode) or %s; %s not read`

// legacyFixFormat is the other fix of a legacy header without
// TableOptions.LegacyEncodingFix: the ntm command's flag.
const legacyFixFormat = "read it with --encoding %s"

// legacyHeaderProblem returns the problem of a header cell, input, that
// reads as a known column when decoded from enc, "tcvn3" or "vni": it
// says which encoding, what the cell reads in it and what to do. fix is
// the other way than converting the file, a format of one %s, the
// encoding (see [TableOptions.LegacyEncodingFix]); "" means the ntm
// command's flag. A workbook reader that finds no header but one in a
// legacy encoding reports it with this (evalbridge.LegacyHeaderProblem).
func legacyHeaderProblem(enc, input, fix string) error {
	return problem.Errorf(problem.Encoding, legacyHeaderFormat, legacyvn.Label(enc), input,
		legacyvn.Text(enc, input), legacyvn.Unikey(enc), legacyFixOf(enc, fix))
}

// legacyFixOf returns fix, a format of one %s, with enc (legacyFixFormat
// when fix is empty).
func legacyFixOf(enc, fix string) error {
	if fix == "" {
		fix = legacyFixFormat
	}
	return problem.Errorf(problem.Encoding, fix, enc)
}

// guessLegacyHeader returns the legacy encoding (TCVN3, VNI) a header
// cell h looks typed in, as package legacyvn's Guess tells it: h is no
// column as it is but is one decoded; "" when it does not look so
// (evalbridge.GuessLegacyHeader).
func guessLegacyHeader(h string) string {
	return legacyvn.Guess(h, isHeaderName)
}

// legacyLine tells whether a line that is not UTF-8 looks typed in a
// legacy encoding: decoded from it, split at sep, more of its cells are
// Vietnamese text (letters of the language, no mark left over:
// legacyvn.Vietnamese) that known accepts (column names for a header,
// knownPlaceName for a row) than decoded from Windows-1258 are accepted. It returns the encoding, the first
// such cell as written (its bytes as Windows-1252 shows them) and its
// decoded text.
func legacyLine(line []byte, sep byte, known func(string) bool) (enc, input string) {
	count := func(cells []string, legacy bool) int {
		n := 0
		for _, c := range cells {
			if c = strings.TrimSpace(c); (!legacy || legacyvn.Vietnamese(c)) && known(c) {
				n++
			}
		}
		return n
	}
	w, err := charmap.Windows1258.NewDecoder().Bytes(line)
	base := 0
	if err == nil {
		cells, _ := splitLine(w, sep)
		base = count(cells, false)
	}
	raw, _ := splitLine(line, sep)
	best := base
	for _, e := range []string{legacyvn.TCVN3, legacyvn.VNI} {
		cells, _ := splitLine(legacyvn.Bytes(e, line), sep)
		if n := count(cells, true); n > best && len(cells) == len(raw) {
			best, enc = n, e
			input = ""
			for i, c := range cells {
				if t := strings.TrimSpace(c); legacyvn.Vietnamese(t) && known(t) && c != raw[i] {
					input = legacyvn.Shown(strings.TrimSpace(raw[i]))
					break
				}
			}
		}
	}
	return enc, input
}

// isHeaderName reports whether a cell names a column.
func isHeaderName(s string) bool {
	_, ok := headerNames[headerKey(s)]
	return ok
}

// legacyProvinceFormat is the problem of a province cell that names no
// province as it is but names one read in a Vietnamese font encoding
// before Unicode: the encoding, what the cell reads in it, the encoding as
// Unikey's converter names it, and the other fix than converting the file
// (TableOptions.LegacyEncodingFix). The cell itself is the problem's input.
const legacyProvinceFormat = `no province of that name: the name looks typed with a font encoding before Unicode, %s, in which it reads %q; ` +
	`convert the file to Unicode with Unikey's "Chuyển mã" (source %s, destination Unicode) or %s`

// legacyProvince returns the legacy encoding (TCVN3, VNI) a province cell
// looks typed in and what it reads in it: it names no province as it is
// (criteria.LookupProvince) and names one decoded. "" when it does not
// look so: a Unicode, Windows-1258 or ASCII name never does, as its
// decoding is no province's name.
func legacyProvince(s string) (enc, decoded string) {
	enc = legacyvn.Guess(s, func(s string) bool {
		_, ok := criteria.LookupProvince(s)
		return ok
	})
	if enc == "" {
		return "", ""
	}
	return enc, legacyvn.Text(enc, s)
}

// legacyUnit returns the legacy encoding (TCVN3, VNI) the names of c look
// typed in and c decoded: c's name is no unit of its province's registry
// (package units) as written but is one decoded, its district and
// province decoded alike (a Unicode province, a TCVN3 commune happen in
// one table: the decoding leaves Unicode letters as they are). "" when it
// does not look so, and for a province without a registry.
func legacyUnit(c Commune) (string, Commune) {
	for _, enc := range []string{legacyvn.TCVN3, legacyvn.VNI} {
		d := c
		d.Name = legacyvn.Text(enc, c.Name)
		d.District = legacyvn.Text(enc, c.District)
		d.Province = legacyvn.Text(enc, c.Province)
		if d.Name == c.Name || !units.HasRegistry(d.Province) {
			continue
		}
		if len(units.Find(units.Place{Name: d.Name, District: d.District, Province: d.Province}, time.Time{})) > 0 {
			return enc, d
		}
	}
	return "", c
}

// knownPlaceName reports whether a cell names a place (knownplace.Name).
func knownPlaceName(s string) bool { return knownplace.Name(s) }

// legacyMaybeFormat is the fix of a line that is not UTF-8 whose bytes
// read as Vietnamese letters in a legacy encoding and not in
// Windows-1258: the fix of another encoding, then the legacy encoding's
// name and its fix.
const legacyMaybeFormat = "%s; or, if it was typed with a font encoding before Unicode, %s, %s"
