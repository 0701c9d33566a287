package evaluate

import "errors"

// Excluded is a commune left out of a summary because its input could not
// be read.
type Excluded struct {
	Commune Commune
	// Origin is where its input is ("communes.csv:7", "hoalac.json[2]",
	// "so-lieu.xlsx: Sheet1!A7").
	Origin string
	// Problems is how many problems its input has.
	Problems int
}

// ExcludedOf returns the communes left out that err reports: one for each
// [*AssessmentError] in it (err itself or joined in it), in order.
func ExcludedOf(err error) []Excluded {
	var out []Excluded
	var walk func(error)
	walk = func(err error) {
		var ae *AssessmentError
		switch e := err.(type) {
		case nil:
		case *AssessmentError:
			out = append(out, Excluded{Commune: e.Commune, Origin: e.Origin, Problems: len(e.Problems)})
		case interface{ Unwrap() []error }:
			for _, c := range e.Unwrap() {
				walk(c)
			}
		default:
			if errors.As(err, &ae) {
				walk(ae)
			}
		}
	}
	walk(err)
	return out
}
