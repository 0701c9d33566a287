// Package untranslated finds English left in messages rendered in
// Vietnamese. The readers' tests use it: every problem their bad inputs
// give must read in Vietnamese with [problem.VI].
//
// What a message takes from the input is not checked: quoted text (the
// input, keys, names) and the place of a problem (file, line, column, sheet
// and cell, JSON path, commune). What is left is the message: its words
// must not be English. Arguments that are wire names (keys, codes, the
// values of an enumeration such as pass or pending-official-text) are
// allowed; the marker words below are English only.
package untranslated

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/nongthonmoi/ntm/problem"
)

// markers are English words no Vietnamese message has: neither a word of
// Vietnamese written without diacritics nor a key, code or enumeration value
// of the formats.
var markers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
		must should cannot can't needs need want wants got give given expected unexpected
		unknown missing required invalid malformed empty twice already allowed exceed exceeds
		negative larger longer deeper between either both than only too no not nothing such
		the is are be was were has have does do of and or with without for at as into after before
		this that it its which when any every each other
		looking character beginning end input
		line lines row rows column header cell sheet file bytes
		string object array decimal separator quote quoted
		read skipped fix evaluated known out range error errors problems more
		use write save found`) {
		markers[w] = true
	}
}

// quoted matches a double-quoted string as Go quotes it.
var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// Words returns the English marker words of line, a message in Vietnamese,
// once each in order, after removing quoted text and each of names (text
// from the input that the message repeats: a file name, a path).
func Words(line string, names ...string) []string {
	names = slices.Clone(names)
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) })
	for _, n := range names {
		if n != "" {
			line = strings.ReplaceAll(line, n, " ")
		}
	}
	line = quoted.ReplaceAllString(line, " ")
	var out []string
	// Identifiers (not_applicable_allowed, pending-official-text) are one
	// word each: keys and codes, not English.
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("_-'", r) }
	for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !word(r) }) {
		w = strings.ToLower(strings.Trim(w, "'"))
		if markers[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// Lines returns, for each line of [problem.Lines](err, problem.VI) that has
// English marker words, the line and those words. A problem's place and
// input are left out of the check (the message is rendered again with
// placeholders for them), as are names wherever they appear.
func Lines(err error, names ...string) []string {
	var out []string
	for _, leaf := range leaves(err) {
		lines := problem.Lines(leaf, problem.VI)
		check := lines
		var p *problem.Problem
		if errors.As(leaf, &p) && len(lines) == 1 {
			q := *p
			q.File, q.Path, q.Column, q.Commune, q.Sheet, q.Cell = blank(p.File), blank(p.Path), blank(p.Column), blank(p.Commune), blank(p.Sheet), blank(p.Cell)
			if q.Input != "" {
				q.Input = "x"
			}
			// What wraps the problem (a file name put before it) is
			// checked too, with the problem's own message taken out.
			outer := strings.Replace(lines[0], p.Message(problem.VI), " ", 1)
			check = []string{outer + " " + q.Message(problem.VI)}
		}
		for i, l := range check {
			if w := Words(l, names...); len(w) > 0 {
				out = append(out, lines[min(i, len(lines)-1)]+"\n\t\tEnglish: "+strings.Join(w, ", "))
			}
		}
	}
	return out
}

// Check fails t for each line of err in Vietnamese that has English marker
// words; what names the input that gave err.
func Check(t testing.TB, what string, err error, names ...string) {
	t.Helper()
	for _, l := range Lines(err, names...) {
		t.Errorf("%s: English in Vietnamese:\n\t%s", what, l)
	}
}

func blank(s string) string {
	if s == "" {
		return ""
	}
	return "P"
}

// leaves returns the errors joined in err, or err itself.
func leaves(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, leaves(e)...)
		}
		return out
	}
	return []error{err}
}
