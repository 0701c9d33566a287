package evaluate

import (
	"errors"
	"strings"
)

// Excluded is input left out of a summary because it could not be read:
// one commune (an [*AssessmentError]), or a part of an input whose
// communes cannot be told (a [*NotReadError]: the rows after a table
// header that cannot be read, the rest of a JSON file after a syntax
// error, lines in another encoding, a file that cannot be opened). The
// Commune of such a part is empty; see [Excluded.Named].
type Excluded struct {
	Commune Commune
	// Origin is where its input is, or begins ("communes.csv:7",
	// "hoalac.json:12", "so-lieu.xlsx: Sheet1!7:7"); the file alone when
	// none of it was read.
	Origin string
	// Through is where a part of an input ends, in the form of Origin
	// ("communes.csv:9", "so-lieu.xlsx: Sheet1!9:9"), when it spans more
	// than the line or row of Origin; "" otherwise.
	Through string
	// Problems is how many problems its input has.
	Problems int
}

// Named reports whether the input left out names its commune. An unnamed
// one is a part of the input that may hold any number of communes.
func (e Excluded) Named() bool { return e.Commune.Name != "" }

// Label returns how summaries name what was left out in lang ("vi" or
// "en"): the commune ("Hòa Lạc, Hữu Lũng, Lạng Sơn"), or "(không rõ xã)"
// ("(commune unknown)") followed by the district and province when known.
func (e Excluded) Label(lang string) string {
	if e.Named() {
		return e.Commune.String()
	}
	s := "(không rõ xã)"
	if lang == "en" {
		s = "(commune unknown)"
	}
	if rest := (Commune{District: e.Commune.District, Province: e.Commune.Province}).String(); rest != "" {
		s += ", " + rest
	}
	return s
}

// ToEnd is the Through of a part left out that runs to the end of its
// input: the rest of a JSON input after a syntax error, the rest of a
// table or worksheet after a row that ends reading.
const ToEnd = "…"

// Place returns where the input left out is: Origin, or with Through the
// span of lines or rows ("communes.csv:2-9", "so-lieu.xlsx: Ngang2!2:9"),
// to the end of the input for [ToEnd] ("hoalac.json:4-…",
// "so-lieu.xlsx: Ngang2!4:…").
func (e Excluded) Place() string {
	switch {
	case e.Through == "" || e.Through == e.Origin:
		return e.Origin
	case e.Through == ToEnd:
		if i := strings.LastIndexByte(e.Origin, '!'); i >= 0 {
			if from, _, ok := strings.Cut(e.Origin[i+1:], ":"); ok && isDigits(from) {
				return e.Origin[:i+1] + from + ":" + ToEnd
			}
		}
		return e.Origin + "-" + ToEnd
	}
	// Worksheet rows: "f: S!2:2" through "f: S!9:9" is "f: S!2:9".
	if i := strings.LastIndexByte(e.Origin, '!'); i >= 0 && strings.HasPrefix(e.Through, e.Origin[:i+1]) {
		from, _, ok1 := strings.Cut(e.Origin[i+1:], ":")
		_, to, ok2 := strings.Cut(e.Through[i+1:], ":")
		if ok1 && ok2 && isDigits(from) && isDigits(to) {
			return e.Origin[:i+1] + from + ":" + to
		}
	}
	// Lines: "f:2" through "f:9" is "f:2-9".
	if i := strings.LastIndexByte(e.Origin, ':'); i >= 0 && strings.HasPrefix(e.Through, e.Origin[:i+1]) &&
		isDigits(e.Origin[i+1:]) && isDigits(e.Through[i+1:]) {
		return e.Origin + "-" + e.Through[i+1:]
	}
	return e.Origin + " – " + e.Through
}

// ExcludedOf returns what err reports as left out: one [Excluded] for each
// [*AssessmentError] (a commune) and each [*NotReadError] (a part of an
// input whose communes cannot be told) in it (err itself or joined in it),
// in order. Other problems leave nothing out.
func ExcludedOf(err error) []Excluded {
	var out []Excluded
	var walk func(error)
	walk = func(err error) {
		var ae *AssessmentError
		var nr *NotReadError
		switch e := err.(type) {
		case nil:
		case *AssessmentError:
			out = append(out, Excluded{Commune: e.Commune, Origin: e.Origin, Problems: problemCount(e.Problems)})
		case *NotReadError:
			out = append(out, Excluded{Origin: e.Origin, Through: e.Through, Problems: max(problemCount(e.Problems), 1)})
		case interface{ Unwrap() []error }:
			for _, c := range e.Unwrap() {
				walk(c)
			}
		default:
			if errors.As(err, &ae) {
				walk(ae)
			} else if errors.As(err, &nr) {
				walk(nr)
			}
		}
	}
	walk(err)
	return out
}

// NotReadError is a part of an input that was not read and whose communes
// cannot be told: the rows after a table header that cannot be read when
// the header does not name the commune column, the rest of a JSON input
// after a syntax error, lines in another encoding, a row whose commune
// cell cannot be read, a worksheet or a file that cannot be read. A
// [Decoder] returns it as the last problem of its input (a row whose
// commune cell cannot be read excepted); a summary states it as an
// [Excluded] without a commune.
type NotReadError struct {
	// Origin is where the part begins, in the form of [Assessment.Origin]
	// ("communes.csv:2", "so-lieu.xlsx: Ngang2!2:2", "hoalac.json:7"), or
	// the file alone when none of it was read.
	Origin string
	// Through is where it ends, in the same form, when it spans more than
	// the line or row of Origin; [ToEnd] when it runs to the end of the
	// input; "" otherwise.
	Through string
	// Problems are the problems that kept it from being read, at least one.
	Problems []*InputError
}

// Error returns the problems' messages, one per line.
func (e *NotReadError) Error() string { return problemLines(e.Problems) }

// Unwrap returns the problems.
func (e *NotReadError) Unwrap() []error { return problemErrors(e.Problems) }
