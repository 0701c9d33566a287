// Package communename writes a commune's name after the word for its kind
// ("xã", "commune") without saying the kind twice: "xã Hòa Lạc", but
// "Xã Hòa Lạc" for a name written with its kind, never "xã Xã Hòa Lạc".
package communename

import (
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// HasKind reports whether a commune's name as written begins with the kind
// of unit it is (xã, phường, thị trấn, in any case), followed by a name:
// "Xã Hòa Lạc", "phường Tam Thanh", "Thị trấn Hữu Lũng".
func HasKind(name string) bool {
	f := strings.Fields(norm.NFC.String(name))
	if len(f) < 2 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "xã", "phường":
		return true
	case "thị":
		return len(f) > 2 && strings.ToLower(f[1]) == "trấn"
	}
	return false
}

// AfterKind returns shown, a commune's name as printed (as written,
// quoted, escaped, or with its district and province), after the word
// kind ("xã", "Xã", "commune", "Commune"), unless name, as written, begins
// with its own kind: then shown alone.
func AfterKind(kind, name, shown string) string {
	if HasKind(name) {
		return shown
	}
	return kind + " " + shown
}

// Name is a commune's name as written, an argument of a message whose
// Vietnamese says "xã" before it and whose English does not: the
// inspection route "never visits Hòa Lạc", "không qua xã Hòa Lạc".
type Name string

// String returns the name as written.
func (n Name) String() string { return string(n) }

// Vietnamese returns the name after "xã", unless written with its kind.
func (n Name) Vietnamese() string { return AfterKind("xã", string(n), string(n)) }

// List is communes' names as written, an argument of a message whose
// Vietnamese says "xã" before them and whose English does not.
type List []string

// String returns the names, separated by ", ".
func (l List) String() string { return strings.Join(l, ", ") }

// Vietnamese returns the names after one "xã" ("xã Hòa Lạc, Tân Thành");
// when one is written with its kind, each after its own ("Xã Hòa Lạc,
// xã Tân Thành").
func (l List) Vietnamese() string {
	if !slices.ContainsFunc(l, HasKind) {
		return "xã " + l.String()
	}
	shown := make([]string, len(l))
	for i, n := range l {
		shown[i] = Name(n).Vietnamese()
	}
	return strings.Join(shown, ", ")
}
