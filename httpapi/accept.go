package httpapi

import (
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/nongthonmoi/ntm/problem"
)

// formats are the formats of a 200 answer of POST /evaluate and their
// media types, in the order Accept prefers them when it ranks several
// alike ("*/*": json).
var formats = []struct{ format, media string }{
	{"json", "application/json"},
	{"csv", "text/csv"},
	{"markdown", "text/markdown"},
	{"text", "text/plain"},
}

// acceptedFormat returns the format of a 200 answer of POST /evaluate
// that the Accept header of r prefers (RFC 9110, section 12.5.1): of the
// media types of formats, the one of the highest weight, the first of
// formats among equals; a media range counts for a type when it is the
// most specific range naming it (text/csv before text/* before */*), and
// weight 0 says "not acceptable". Without Accept, or with one of which no
// range can be read, it is json. ok is false when Accept admits none.
func acceptedFormat(r *http.Request) (format string, ok bool) {
	values := r.Header.Values("Accept")
	if len(values) == 0 {
		return "json", true
	}
	type mediaRange struct {
		typ, sub string
		q        float64
	}
	var ranges []mediaRange
	for _, v := range values {
		for part := range strings.SplitSeq(v, ",") {
			if strings.TrimSpace(part) == "" {
				continue
			}
			m, params, err := mime.ParseMediaType(part)
			if err != nil {
				continue
			}
			typ, sub, _ := strings.Cut(m, "/")
			if typ == "" || sub == "" || typ == "*" && sub != "*" {
				continue
			}
			q := 1.0
			if s, ok := params["q"]; ok {
				f, err := strconv.ParseFloat(s, 64)
				if err != nil || f < 0 || f > 1 {
					continue
				}
				q = f
			}
			ranges = append(ranges, mediaRange{typ, sub, q})
		}
	}
	if len(ranges) == 0 {
		return "json", true
	}
	best, bestQ := "", 0.0
	for _, f := range formats {
		typ, sub, _ := strings.Cut(f.media, "/")
		specificity, q := -1, 0.0
		for _, mr := range ranges {
			s := -1
			switch {
			case mr.typ == typ && mr.sub == sub:
				s = 2
			case mr.typ == typ && mr.sub == "*":
				s = 1
			case mr.typ == "*" && mr.sub == "*":
				s = 0
			}
			// The most specific range decides; of ranges alike, the
			// highest weight.
			if s > specificity || s == specificity && s >= 0 && mr.q > q {
				specificity, q = s, mr.q
			}
		}
		if q > bestQ {
			best, bestQ = f.format, q
		}
	}
	return best, best != ""
}

// notAcceptable answers 406: the Accept header of r admits none of the
// formats of POST /evaluate.
func notAcceptable(w http.ResponseWriter, r *http.Request, lang problem.Lang) {
	writeProblems(w, http.StatusNotAcceptable, lang, &problem.Problem{Code: problem.NotAcceptable, File: "request",
		Input: strings.Join(r.Header.Values("Accept"), ", "),
		Err: problem.Errorf(problem.NotAcceptable, "the Accept header admits none of the answers of this route (%s, %s, %s or %s): accept one of them, or give format=json|csv|markdown|text, which Accept does not override",
			formats[0].media, formats[1].media, formats[2].media, formats[3].media)})
}
