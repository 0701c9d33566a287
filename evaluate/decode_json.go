package evaluate

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/jsontok"
	"github.com/nongthonmoi/ntm/internal/strictjson"
	"github.com/nongthonmoi/ntm/problem"
)

// DecodeJSON reads assessments in the "Assessment, JSON" format of the
// interchange specification: one object, or an array of them. file names
// the input in errors and in each assessment's Origin ("file:line", the
// line where the assessment's object begins).
//
// Reading is strict: unknown keys, keys given twice, unknown sets and
// indicator codes, values that do not fit their indicator (a number for a
// pass/fail indicator, a percentage over 100, a share whose numerator
// exceeds its denominator, "n/a" where the set does not allow it, …), a
// region that disagrees with the province, neither a known province nor a
// region for an assessment with values for a set split by region (one
// whose sets are all split by commune group needs neither): each is an
// [InputError] with the JSON path and the offending text. Numbers are read exactly, never through
// float64. Set IDs may be given by alias ("1980", "QD1980") and are stored
// under their canonical ID; a nil cat means the built-in sets.
//
// DecodeJSON returns every valid assessment, in input order, together with
// the joined errors of the invalid ones: a bad commune never stops the
// others. A JSON syntax error ends reading and is reported with its line
// and column (in characters of the line: "hoalac.json:5: column 12: invalid
// JSON: …"); the assessments completed before it are returned. A leading UTF-8 byte-order mark is skipped.
//
// Reading is bounded whatever the input: a string or number literal longer
// than 64 KiB is skipped and reported (quoting its first bytes), an
// assessment longer than 1 MiB is skipped and reported with its line,
// nesting deeper than 64 ends reading, and at most 100 problems of one
// commune are listed. DecodeJSON holds every assessment of the input; a
// [Decoder] from [NewJSONDecoder] holds one at a time.
//
// Besides the forms of the specification, a value may be written as an
// object {"value": X, "source": "…"} (X being true/false, a number, a
// decimal string, "n/a" or null), and a share object may hold a "source"
// key; the source text is kept in [Value.Source]. The commune group may be
// given as a string ("3") or a whole number (3).
func DecodeJSON(r io.Reader, file string, cat *criteria.Catalog) ([]Assessment, error) {
	return NewJSONDecoder(r, file, cat).collect()
}

// NewJSONDecoder returns a [Decoder] of the "Assessment, JSON" format read
// as [DecodeJSON] reads it, one element of the array at a time.
func NewJSONDecoder(r io.Reader, file string, cat *criteria.Catalog) *Decoder {
	return newDecoder(&jsonReader{file: file, setc: newSetCache(cat), r: r})
}

// jsonReader walks the token stream of one JSON input.
type jsonReader struct {
	file string
	setc *setCache
	// group is the commune group of assessments that name none
	// ([Decoder.SetGroup]), and groupInput that group as written.
	group, groupInput string
	r                 io.Reader
	dec               *jsontok.Tokens
	// tail keeps the last bytes read, where a problem finds its token;
	// lineAt is what place last found of a line.
	tail   *tail
	lineAt lineCache
	// elem collects the problems of the assessment being read.
	elem []*InputError
	// fatal holds the problems that ended reading, returned by next.
	fatal   []*InputError
	dropped int // problems of the assessment beyond maxProblems
	state   jsonState
	index   int // of the next array element
	// The assessment being read: whether one is, its first byte, and the
	// line of its '{' (0 before it is read).
	inElem    bool
	elemStart int64
	elemLine  int
	// lostLine is the first line that a problem ending the reading leaves
	// unread (0: the whole input).
	lostLine int
	// given holds the key each indicator of the set object being read
	// was given under, by position (reused from one set object to the
	// next).
	given []givenKey
}

// keySet is the set of keys seen in a JSON object: an array while they are
// few (the usual case, which then allocates little), a map beyond.
type keySet struct {
	few  [8]string
	n    int
	many map[string]bool
}

func (k *keySet) has(key string) bool {
	if k.many != nil {
		return k.many[key]
	}
	return slices.Contains(k.few[:k.n], key)
}

func (k *keySet) add(key string) {
	switch {
	case k.many != nil:
		k.many[key] = true
	case k.n < len(k.few):
		k.few[k.n] = key
		k.n++
	default:
		k.many = make(map[string]bool)
		for _, f := range k.few {
			k.many[f] = true
		}
		k.many[key] = true
	}
}

// Limits of the JSON reader, beyond those of the tokenizer (a string or
// number literal of at most 64 KiB, nesting at most 64 deep). They bound
// its memory whatever the input.
const (
	// maxAssessmentBytes is the largest assessment (one array element) read;
	// the rest of a larger one is skipped and reported.
	maxAssessmentBytes = 1 << 20
	// maxProblems is how many problems of one assessment are reported one by
	// one; the rest are counted.
	maxProblems = 100
)

// errTooLarge unwinds the reading of an assessment larger than
// maxAssessmentBytes.
var errTooLarge = errors.New("evaluate: assessment too large")

type jsonState uint8

const (
	jsonStart jsonState = iota
	jsonArray           // inside the top-level array
	jsonAfter           // after the top-level value
	jsonDone
)

// errJSONFatal stops reading: the input is not well-formed JSON (already reported).
var errJSONFatal = errors.New("evaluate: malformed JSON")

// next implements assessmentSource.
func (jr *jsonReader) next() (Assessment, error) {
	for {
		switch jr.state {
		case jsonStart:
			r, t := newTail(jr.r)
			jr.dec, jr.tail = jsontok.NewReader(r), t
			jr.dec.SkipBOM()
			tok, err := jr.token()
			if err != nil {
				return jr.stop()
			}
			switch tok {
			case json.Delim('['):
				jr.state = jsonArray
				continue
			case json.Delim('{'):
				jr.state = jsonAfter
				jr.startElem()
				return jr.result(jr.assessmentBody(""))
			}
			// Not an assessment: the whole input is one part not read,
			// whatever follows.
			jr.state = jsonDone
			if err := jr.skip(tok); err != nil {
				return jr.stop()
			}
			return Assessment{}, &NotReadError{Origin: jr.file, Problems: []*InputError{{File: jr.file, Input: describeToken(tok),
				Err: errors.New("must be an assessment object or an array of them")}}}
		case jsonArray:
			if !jr.dec.More() {
				jr.state = jsonAfter
				if _, err := jr.token(); err != nil { // ']'
					return jr.stop()
				}
				continue
			}
			path := "[" + strconv.Itoa(jr.index) + "]"
			jr.index++
			jr.startElem()
			return jr.result(jr.assessment(path))
		case jsonAfter:
			jr.state = jsonDone
			jr.dec.More() // up to what follows, for its line and column
			line, col := jr.dec.Line(), jr.dec.Column()
			if _, err := jr.dec.Token(); err != io.EOF {
				return Assessment{}, jr.notRead(line, &InputError{File: jr.file, Line: line, Column: strconv.Itoa(col),
					Err: errors.New("invalid JSON: unexpected data after the top-level value")})
			}
		default:
			return Assessment{}, io.EOF
		}
	}
}

// startElem notes the start of an assessment, for its size limit.
func (jr *jsonReader) startElem() {
	jr.inElem, jr.elemStart, jr.elemLine = true, jr.dec.InputOffset(), 0
	jr.elem, jr.dropped = jr.elem[:0], 0
}

// result turns what assessment or assessmentBody returned into what next
// returns.
func (jr *jsonReader) result(a Assessment, err error) (Assessment, error) {
	jr.inElem = false
	if err == errJSONFatal {
		return jr.stop()
	}
	return a, err
}

// stop ends reading, returning the problems that ended it as the part of
// the input they leave unread.
func (jr *jsonReader) stop() (Assessment, error) {
	jr.state = jsonDone
	if len(jr.fatal) == 0 {
		return Assessment{}, nil
	}
	fatal := jr.fatal
	jr.fatal = nil
	return Assessment{}, jr.notRead(jr.lostLine, fatal...)
}

// notRead returns problems as the part of the input from line from to its
// end not read (the whole input for line 0). The rest of the input is not
// read to find its last line: it may be endless.
func (jr *jsonReader) notRead(from int, problems ...*InputError) *NotReadError {
	e := &NotReadError{Origin: jr.file, Problems: problems}
	if from > 0 {
		e.Origin, e.Through = jr.file+":"+strconv.Itoa(from), ToEnd
	}
	return e
}

// token reads the next token; a syntax error is reported and returned as errJSONFatal.
func (jr *jsonReader) token() (json.Token, error) {
	if jr.inElem && jr.dec.InputOffset()-jr.elemStart > maxAssessmentBytes {
		return nil, errTooLarge
	}
	tok, err := jr.dec.Token()
	if err == nil {
		return tok, nil
	}
	return nil, jr.fail(err)
}

// keyKind is what the keys of an object are: it tells the path of a key
// and what a key that is not UTF-8 may have been typed for.
type keyKind uint8

const (
	fieldKeys keyKind = iota // the format's keys: path.key
	setKeys                  // set IDs: path["key"], of the catalog
	codeKeys                 // indicator codes: path["key"]
)

// readKey reads an object key of the object at path, whose keys are keys.
// A key longer than the tokenizer's limit, or that is not UTF-8, is
// reported and returned as "" with ok false (its value still to read).
func readKey[P fmt.Stringer](jr *jsonReader, path P, keys keyKind) (key string, ok bool, err error) {
	if jr.inElem && jr.dec.InputOffset()-jr.elemStart > maxAssessmentBytes {
		return "", false, errTooLarge
	}
	key, err = jr.dec.Key()
	if o, over := err.(jsontok.Oversize); over {
		jr.problemAt(o.Line, jsonField(path.String(), o.Prefix+"…"), o.Prefix+"…", o)
		return "", false, nil
	}
	if err != nil {
		return "", false, jr.fail(err)
	}
	if v, bad := jr.dec.Invalid(key); bad {
		jr.badKey(path.String(), keys, v)
		return "", false, nil
	}
	return key, true, nil
}

// badKey records the problem of a key v of the object at path that is not
// UTF-8: an encoding problem at the key's path, the key shown as a legacy
// font shows it, in place of an unknown key, set or indicator. A set ID
// tells its encoding by the sets it reads as (jsonReader.knownSet).
func (jr *jsonReader) badKey(path string, keys keyKind, v *jsontok.Invalid) {
	in := v.Input()
	var known func(string) bool
	p := jsonField(path, in)
	switch keys {
	case setKeys:
		p, known = jsonKey(path, in), jr.knownSet
	case codeKeys:
		p = jsonKey(path, in)
	}
	jr.invalid(p, v, known)
}

// knownSet reports whether s names a set of the catalog.
func (jr *jsonReader) knownSet(s string) bool {
	_, ok := jr.setc.lookup(s)
	return ok
}

// tooLong reports tok at path when it is a literal over the tokenizer's
// limit.
func tooLong[P fmt.Stringer](jr *jsonReader, path P, tok json.Token) bool {
	o, ok := tok.(jsontok.Oversize)
	if ok {
		jr.problemAt(o.Line, path.String(), o.Prefix+"…", o)
	}
	return ok
}

// tooLarge ends an assessment that went over maxAssessmentBytes: it skips
// the rest of the value that started at depth and returns its problems.
// A syntax error met while skipping leaves the input unread from the
// assessment's first line.
func (jr *jsonReader) tooLarge(path, origin string, c Commune, line, depth int) (Assessment, error) {
	for jr.dec.Depth() > depth {
		if _, err := jr.dec.Token(); err != nil {
			return Assessment{}, jr.fail(err)
		}
	}
	jr.inElem = false
	problems := jr.problems(path, c.Name)
	problems = append(problems, &InputError{File: jr.file, Line: line, Path: path, Commune: c.Name,
		Err: fmt.Errorf("assessment larger than %d bytes (the limit): the rest of it is skipped", maxAssessmentBytes)})
	return Assessment{}, &AssessmentError{Commune: c, Origin: origin, Problems: problems}
}

// fail reports a tokenizer error and returns errJSONFatal.
func (jr *jsonReader) fail(err error) error {
	var se *jsontok.SyntaxError
	line, col := jr.dec.Line(), strconv.Itoa(jr.dec.Column())
	// What is lost begins with the assessment being read, if any.
	if len(jr.fatal) == 0 {
		switch {
		case jr.inElem && jr.elemLine > 0:
			jr.lostLine = jr.elemLine
		case err == io.EOF:
			jr.lostLine = 0 // empty input: the whole of it
		default:
			jr.lostLine = line
		}
	}
	switch {
	case err == io.EOF:
		err = errors.New("empty input: want an assessment object or an array of them")
		line, col = 0, ""
	case errors.Is(err, io.ErrUnexpectedEOF):
		err = errors.New("invalid JSON: unexpected end of input")
	case errors.As(err, &se):
		err = fmt.Errorf("invalid JSON: %s", se.Msg)
	default:
		line, col = 0, ""
	}
	jr.fatal = append(jr.fatal, jr.elem...)
	jr.fatal = append(jr.fatal, &InputError{File: jr.file, Line: line, Column: col, Err: err})
	jr.elem = jr.elem[:0]
	return errJSONFatal
}

// skip consumes the rest of a value whose first token was tok.
func (jr *jsonReader) skip(tok json.Token) error {
	if tok != json.Delim('{') && tok != json.Delim('[') {
		return nil
	}
	for depth := 1; depth > 0; {
		t, err := jr.token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}

// problem records a problem of the assessment being read, placed at the
// token just read: the value at path, or the key of an unknown key.
func (jr *jsonReader) problem(path, input string, err error) {
	jr.problemAfter(jr.dec.InputOffset(), path, input, err)
}

// problemAfter records a problem of the assessment being read, placed at
// the token that ends at input offset mark (0: none).
func (jr *jsonReader) problemAfter(mark int64, path, input string, err error) {
	if len(jr.elem) >= maxProblems {
		jr.dropped++
		return
	}
	line, col := jr.place(mark)
	jr.elem = append(jr.elem, &InputError{File: jr.file, Line: line, Column: col, Path: path, Input: input, Err: err})
}

// problemAt records a problem of the assessment being read that is known
// to be on a line.
func (jr *jsonReader) problemAt(line int, path, input string, err error) {
	if len(jr.elem) >= maxProblems {
		jr.dropped++
		return
	}
	jr.elem = append(jr.elem, &InputError{File: jr.file, Line: line, Path: path, Input: input, Err: err})
}

// badText records the problem err of a string t at path that
// strictjson.CheckText refuses, and returns the string as it is quoted.
// A string that is not UTF-8 is quoted as Windows-1252 shows its bytes
// ("Hßa L¹c"), at the line and column of its first invalid byte, with the
// encoding it looks typed in (of a place's name, one that reads as a place
// known: knownPlaceName; of a set ID, one that reads as a set).
func (jr *jsonReader) badText(path, t string, err error, kind textKind) string {
	v, ok := jr.dec.Invalid(t)
	if !ok {
		jr.problem(path, t, err)
		return t
	}
	var known func(string) bool
	switch kind {
	case placeText:
		known = knownPlaceName
	case setText:
		known = jr.knownSet
	}
	return jr.invalid(path, v, known)
}

// textKind is what a string value names, which tells the encoding of one
// that is not UTF-8.
type textKind uint8

const (
	plainText textKind = iota
	placeText          // a place: a commune, its district or province
	setText            // a set ID
)

// invalid records the encoding problem of v, a string at path that is not
// UTF-8, known telling the names it may be (nil: none), and returns the
// string as it is quoted.
func (jr *jsonReader) invalid(path string, v *jsontok.Invalid, known func(string) bool) string {
	in := v.Input()
	if len(jr.elem) >= maxProblems {
		jr.dropped++
		return in
	}
	jr.elem = append(jr.elem, &InputError{File: jr.file, Line: v.Line, Column: strconv.Itoa(v.Column), Path: path,
		Input: in, Err: v.Err(known)})
	return in
}

// problems returns the problems of the assessment being read, sorted,
// with the count of those left out.
func (jr *jsonReader) problems(path, commune string) []*InputError {
	problems := slices.Clone(jr.elem)
	jr.elem = jr.elem[:0]
	for _, e := range problems {
		e.Commune = commune
	}
	slices.SortStableFunc(problems, compareInputErrors)
	if jr.dropped > 0 {
		problems = append(problems, &InputError{File: jr.file, Path: path, Commune: commune,
			Err: problem.Errorf(problem.TooLarge, moreOfAssessment, jr.dropped)})
		jr.dropped = 0
	}
	return problems
}

// describe returns the text of a token for quoting in an error.
func describeToken(tok json.Token) string {
	switch t := tok.(type) {
	case string:
		return t
	case json.Number:
		return string(t)
	case bool:
		return strconv.FormatBool(t)
	case nil:
		return "null"
	case json.Delim:
		if t == '[' {
			return "[…]"
		}
		return "{…}"
	case jsontok.Oversize:
		return t.Prefix + "…"
	}
	return fmt.Sprint(tok)
}

func jsonField(base, key string) string {
	key = cutKey(key)
	if base == "" {
		return key
	}
	return base + "." + key
}

func jsonKey(base, key string) string { return base + "[" + strconv.Quote(cutKey(key)) + "]" }

// cutKey cuts a key for a path to at most maxQuoted characters.
func cutKey(key string) string {
	if len(key) <= maxQuoted {
		return key
	}
	return cutText(key) + "…"
}

// object reads an object whose first token is tok, calling fn for each key;
// fn must consume the key's value. A non-object is reported as wrongType
// (a wrong-kind problem, whatever its words) and skipped.
func (jr *jsonReader) object(path string, tok json.Token, keys keyKind, wrongType string, fn func(key string) error) error {
	return readObject(jr, plainPath(path), tok, keys, wrongType, fn)
}

// readObject is object for a path made only when a problem names it.
func readObject[P fmt.Stringer](jr *jsonReader, path P, tok json.Token, keys keyKind, wrongType string, fn func(key string) error) error {
	if tok != json.Delim('{') {
		jr.problem(path.String(), describeToken(tok), &problem.Msg{Code: problem.WrongKind, Format: wrongType})
		return jr.skip(tok)
	}
	return objectBody(jr, path, keys, fn)
}

// objectBody reads the keys, which are keys, of an object at path whose
// '{' has been read.
func objectBody[P fmt.Stringer](jr *jsonReader, path P, keys keyKind, fn func(key string) error) error {
	for jr.dec.More() {
		key, ok, err := readKey(jr, path, keys)
		if err != nil {
			return err
		}
		if !ok {
			tok, err := jr.token()
			if err == nil {
				err = jr.skip(tok)
			}
			if err != nil {
				return err
			}
			continue
		}
		if err := fn(key); err != nil {
			return err
		}
	}
	_, err := jr.token() // '}'
	return err
}

// unknownKey reports an unknown key and skips its value.
func (jr *jsonReader) unknownKey(path, key string, known string) error {
	jr.problem(jsonField(path, key), key, fmt.Errorf("unknown key (want %s)", known))
	tok, err := jr.token()
	if err != nil {
		return err
	}
	return jr.skip(tok)
}

// twice reports a key given twice and skips its value.
func (jr *jsonReader) twice(path, key string) error {
	jr.problem(path, key, errors.New("key given twice"))
	tok, err := jr.token()
	if err != nil {
		return err
	}
	return jr.skip(tok)
}

// readStr reads a string value; null gives "" when nullable. kind is what
// the string names, which tells the encoding of a string that is not
// UTF-8: such a string is reported and read as a legacy font shows it.
func readStr[P fmt.Stringer](jr *jsonReader, path P, nullable bool, kind textKind) (string, error) {
	tok, err := jr.token()
	if err != nil {
		return "", err
	}
	if tooLong(jr, path, tok) {
		return "", nil
	}
	switch t := tok.(type) {
	case string:
		if err := strictjson.CheckText(t); err != nil {
			return jr.badText(path.String(), t, err, kind), nil
		}
		return t, nil
	case nil:
		if nullable {
			return "", nil
		}
	}
	jr.problem(path.String(), describeToken(tok), errors.New("must be a string"))
	return "", jr.skip(tok)
}

// groupCode reads the commune group's code: a string ("3", "Nhóm 3"), or
// a whole number (3), which is what a form sends for a numeric code; null
// is none. typed is the group as written.
func (jr *jsonReader) groupCode(path string) (code, typed string, err error) {
	tok, err := jr.token()
	if err != nil {
		return "", "", err
	}
	if tooLong(jr, plainPath(path), tok) {
		return "", "", nil
	}
	switch t := tok.(type) {
	case string:
		if err := strictjson.CheckText(t); err != nil {
			t = jr.badText(path, t, err, plainText)
		}
		return groupText(t), cleanText(t), nil
	case nil:
		return "", "", nil
	case json.Number:
		if isDigits(string(t)) {
			return string(t), string(t), nil
		}
		jr.problem(path, string(t), errors.New("must be a string or a whole number"))
		return "", "", nil
	}
	jr.problem(path, describeToken(tok), errors.New("must be a string or a whole number"))
	return "", "", jr.skip(tok)
}

// readYear reads a year number; ok is false when it was reported as
// invalid.
func readYear[P fmt.Stringer](jr *jsonReader, path P) (y int, ok bool, err error) {
	tok, err := jr.token()
	if err != nil {
		return 0, false, err
	}
	if tooLong(jr, path, tok) {
		return 0, false, nil
	}
	n, isNum := tok.(json.Number)
	if !isNum {
		jr.problem(path.String(), describeToken(tok), errors.New("must be a number"))
		return 0, false, jr.skip(tok)
	}
	y, convErr := strconv.Atoi(string(n))
	if convErr != nil {
		jr.problem(path.String(), string(n), errors.New("must be a whole number"))
		return 0, false, nil
	}
	if err := checkYear(y); err != nil {
		jr.problem(path.String(), string(n), err)
		return 0, false, nil
	}
	return y, true, nil
}

// assessment reads one element of an array.
// The error is errJSONFatal, or the problems of the element.
func (jr *jsonReader) assessment(path string) (Assessment, error) {
	tok, err := jr.token()
	if err != nil {
		return Assessment{}, err
	}
	if tok != json.Delim('{') {
		origin := jr.file + ":" + strconv.Itoa(jr.dec.Line())
		if err := jr.skip(tok); err != nil {
			return Assessment{}, err
		}
		return Assessment{}, &AssessmentError{Origin: origin, Problems: []*InputError{{File: jr.file, Path: path,
			Input: describeToken(tok), Err: errors.New("must be an assessment object")}}}
	}
	return jr.assessmentBody(path)
}

const assessmentKeys = "commune, region, group, year, sets, recognitions"

// assessmentBody reads an assessment object whose '{' has been read. The
// error is errJSONFatal, or an *AssessmentError with its problems.
func (jr *jsonReader) assessmentBody(path string) (Assessment, error) {
	var (
		seen                  keySet
		region                string
		hasCommune, hasRegion bool
		groupInput            string // the group as written
		// Where the assessment's '{', its region, its province and its
		// group end, for the problems told once it is read.
		open                             = jr.dec.InputOffset()
		regionEnd, provinceEnd, groupEnd int64
	)
	line, depth := jr.dec.Line(), jr.dec.Depth()-1
	jr.elemLine = line
	origin := jr.file + ":" + strconv.Itoa(line)
	a := Assessment{Origin: origin}
	err := objectBody(jr, plainPath(path), fieldKeys, func(key string) error {
		if seen.has(key) {
			return jr.twice(jsonField(path, key), key)
		}
		seen.add(key)
		switch key {
		case "commune":
			ok, err := jr.commune(fieldPath{base: path, key: "commune"}, &a.Commune, &provinceEnd)
			hasCommune = ok
			return err
		case "region":
			s, err := readStr(jr, plainPath(jsonField(path, "region")), true, plainText)
			region, hasRegion, regionEnd = s, s != "", jr.dec.InputOffset()
			return err
		case "group":
			s, typed, err := jr.groupCode(jsonField(path, "group"))
			a.Group, groupInput, groupEnd = strings.TrimSpace(s), typed, jr.dec.InputOffset()
			return err
		case "year":
			y, _, err := readYear(jr, fieldPath{base: path, key: "year"})
			a.Year = y
			return err
		case "sets":
			return jr.sets(jsonField(path, "sets"), &a)
		case "recognitions":
			recs, err := jr.recognitions(jsonField(path, "recognitions"))
			a.Recognitions = recs
			return err
		}
		return jr.unknownKey(path, key, assessmentKeys)
	})
	if err == errTooLarge {
		return jr.tooLarge(path, origin, a.Commune, line, depth)
	}
	if err != nil {
		return Assessment{}, err
	}
	if !seen.has("commune") {
		jr.problemAfter(open, jsonField(path, "commune"), "", errors.New("required"))
	} else if hasCommune && a.Commune.Name == "" {
		jr.problemAfter(open, jsonField(path, "commune.name"), "", errors.New("must not be empty"))
	}
	if !seen.has("year") {
		jr.problemAfter(open, jsonField(path, "year"), "", errors.New("required"))
	}
	if !seen.has("sets") {
		jr.problemAfter(open, jsonField(path, "sets"), "", errors.New("required"))
	}
	if hasCommune || hasRegion {
		r, deferred, p := settleRegion(a.Commune.Province, region)
		if p != nil && (!p.unsettled || needsRegion(jr.setc, &a)) {
			where, mark := jsonField(path, "region"), regionEnd
			if p.field == "province" {
				where, mark = jsonField(path, "commune.province"), provinceEnd
			}
			if mark == 0 {
				mark = open
			}
			jr.problemAfter(mark, where, p.input, p.err)
		}
		if !deferred {
			a.Region = r
		}
	}
	if a.Group == "" {
		a.Group, groupInput = jr.group, jr.groupInput
	}
	if input, err, bad := groupProblem(jr.setc, &a, groupInput); bad {
		// A group of Decoder.SetGroup is in no place of the input.
		jr.problemAfter(groupEnd, jsonField(path, "group"), input, err)
	}
	if len(jr.elem) > 0 {
		return Assessment{}, &AssessmentError{Commune: a.Commune, Origin: origin, Problems: jr.problems(path, a.Commune.Name)}
	}
	return a, nil
}

const communeKeys = "name, district, province, code"

// commune reads the commune object; ok is false when it is not an object.
// province is set to where the province's value ends.
func (jr *jsonReader) commune(path fieldPath, c *Commune, province *int64) (ok bool, err error) {
	tok, err := jr.token()
	if err != nil {
		return false, err
	}
	var seen keySet
	return tok == json.Delim('{'), readObject(jr, path, tok, fieldKeys, "must be an object {name, district, province}", func(key string) error {
		if seen.has(key) {
			return jr.twice(path.field(key).String(), key)
		}
		seen.add(key)
		var dst *string
		switch key {
		case "name":
			dst = &c.Name
		case "district":
			dst = &c.District
		case "province":
			dst = &c.Province
		case "code":
			dst = &c.Code
		default:
			return jr.unknownKey(path.String(), key, communeKeys)
		}
		kind := placeText
		if key == "code" {
			kind = plainText
		}
		s, err := readStr(jr, path.field(key), key != "name", kind)
		*dst = cleanText(s)
		if key == "province" {
			*province = jr.dec.InputOffset()
		}
		return err
	})
}

const recognitionKeys = "set, year, decision"

func (jr *jsonReader) recognitions(path string) ([]Recognition, error) {
	tok, err := jr.token()
	if err != nil {
		return nil, err
	}
	if tok == nil {
		return nil, nil
	}
	if tok != json.Delim('[') {
		jr.problem(path, describeToken(tok), errors.New("must be an array of {set, year, decision}"))
		return nil, jr.skip(tok)
	}
	var out []Recognition
	for i := 0; jr.dec.More(); i++ {
		p := path + "[" + strconv.Itoa(i) + "]"
		t, err := jr.token()
		if err != nil {
			return nil, err
		}
		var rec Recognition
		var seen keySet
		open := jr.dec.InputOffset()
		err = jr.object(p, t, fieldKeys, "must be an object {set, year, decision}", func(key string) error {
			if seen.has(key) {
				return jr.twice(jsonField(p, key), key)
			}
			seen.add(key)
			switch key {
			case "set":
				before := len(jr.elem) + jr.dropped
				s, err := readStr(jr, plainPath(jsonField(p, key)), false, setText)
				if err == nil && len(jr.elem)+jr.dropped == before { // not reported as text
					if si, ok := jr.setc.lookup(s); !ok {
						jr.problem(jsonField(p, key), s, jr.setc.unknown(s))
					} else {
						rec.Set = si.set.ID
					}
				}
				return err
			case "year":
				y, _, err := readYear(jr, plainPath(jsonField(p, key)))
				rec.Year = y
				return err
			case "decision": // optional: null, "" or absent when the number is not known
				s, err := readStr(jr, plainPath(jsonField(p, key)), true, plainText)
				rec.Decision = cleanText(s)
				return err
			}
			return jr.unknownKey(p, key, recognitionKeys)
		})
		if err != nil {
			return nil, err
		}
		if t == json.Delim('{') {
			for _, k := range []string{"set", "year"} {
				if !seen.has(k) {
					jr.problemAfter(open, jsonField(p, k), "", errors.New("required"))
				}
			}
		}
		out = append(out, rec)
	}
	_, err = jr.token() // ']'
	return out, err
}

// sets reads the "sets" object: set ID → indicator code → value.
func (jr *jsonReader) sets(path string, a *Assessment) error {
	tok, err := jr.token()
	if err != nil {
		return err
	}
	given := map[string]string{} // canonical ID → key as written
	return jr.object(path, tok, setKeys, "must be an object mapping set IDs to values", func(key string) error {
		p := jsonKey(path, key)
		si, ok := jr.setc.lookup(key)
		if !ok {
			jr.problem(p, key, jr.setc.unknown(key))
			t, err := jr.token()
			if err != nil {
				return err
			}
			return jr.skip(t)
		}
		set := si.set
		if prev, dup := given[set.ID]; dup {
			jr.problem(p, key, fmt.Errorf("set %s given twice (also as %q)", set.ID, prev))
			t, err := jr.token()
			if err != nil {
				return err
			}
			return jr.skip(t)
		}
		given[set.ID] = key
		return jr.values(p, si, a)
	})
}

// values reads the indicator values of one set into a.
func (jr *jsonReader) values(path string, si *setIndex, a *Assessment) error {
	set := si.set
	tok, err := jr.token()
	if err != nil {
		return err
	}
	a.Indexed.add(set)
	// given holds, at each indicator's position, the key it was given
	// under in this object.
	n := set.IndicatorCount()
	if cap(jr.given) < n {
		jr.given = make([]givenKey, n)
	}
	given := jr.given[:n]
	clear(given)
	return jr.object(path, tok, codeKeys, "must be an object mapping indicator codes to values", func(code string) error {
		ia, ok := si.find(code)
		if !ok {
			jr.problem(jsonKey(path, code), code, unknownIndicator(set, code))
			t, err := jr.token()
			if err != nil {
				return err
			}
			return jr.skip(t)
		}
		ind := ia.ind
		if prev := given[ia.pos]; prev.ok {
			p := jsonKey(path, code)
			if prev.key == code {
				jr.problem(p, code, errors.New("key given twice"))
			} else {
				jr.problem(p, code, fmt.Errorf("indicator %s given twice (also as %q)", ind.Code, prev.key))
			}
			t, err := jr.token()
			if err != nil {
				return err
			}
			return jr.skip(t)
		}
		given[ia.pos] = givenKey{code, true}
		v, texts, ok, err := jr.value(jpath{base: path, key: code}, ind)
		if err != nil || !ok {
			return err
		}
		problems := checkValue(ind, v)
		for _, vp := range problems {
			jr.problemAfter(texts.mark(vp.field), jsonKey(path, code)+texts.path(vp.field), texts.text(vp.field), vp.err)
		}
		if len(problems) == 0 {
			a.storeAt(set, ind, ia.pos, v)
		}
		return nil
	})
}

// givenKey is the key an indicator was given under (ok: it was).
type givenKey struct {
	key string
	ok  bool
}

// fieldPath is the path of a key of an object, or of a key of that key's
// object (sub), turned into text only when a problem is reported.
type fieldPath struct{ base, key, sub string }

func (p fieldPath) String() string {
	s := jsonField(p.base, p.key)
	if p.sub != "" {
		s = jsonField(s, p.sub)
	}
	return s
}

// field returns the path of a key of the object at p.
func (p fieldPath) field(sub string) fieldPath { p.sub = sub; return p }

// plainPath is a path already turned into text.
type plainPath string

func (p plainPath) String() string { return string(p) }

// jpath is the path of a value, turned into text only when a problem is
// reported: base, then ["key"], then .sub when sub is set.
type jpath struct{ base, key, sub string }

func (p jpath) String() string {
	s := jsonKey(p.base, p.key)
	if p.sub != "" {
		s += "." + p.sub
	}
	return s
}

// field returns the path of a key of the value's object.
func (p jpath) field(sub string) jpath { p.sub = sub; return p }

// valueTexts keeps the input text of each field of a value, and the path
// suffix of its plain value (".value" in the object form).
type valueTexts struct {
	valueSuffix     string
	value, num, den string
	// share is the share's object, quoted for a problem of the share as
	// a whole when value is "".
	share objectText
	// Where the value's token ends (of an object, its '{'; of an object
	// with "value", that value), and its numerator and denominator: the
	// marks its problems are placed at (jsonReader.place).
	end, numEnd, denEnd int64
}

// mark returns where the token of field f ends.
func (t valueTexts) mark(f string) int64 {
	switch f {
	case vfNumerator:
		return t.numEnd
	case vfDenominator:
		return t.denEnd
	}
	return t.end
}

func (t valueTexts) path(f string) string {
	switch f {
	case vfNumerator:
		return ".numerator"
	case vfDenominator:
		return ".denominator"
	}
	return t.valueSuffix
}

func (t valueTexts) text(f string) string {
	switch f {
	case vfNumerator:
		return t.num
	case vfDenominator:
		return t.den
	}
	if t.value == "" && t.share.n > 0 {
		return t.share.String()
	}
	return t.value
}

const valueForms = `true/false, a number or decimal string, "n/a", {"numerator", "denominator"} or null`

// scalar reads a plain value of ind from tok: true/false, a number, a
// decimal string, "n/a" or null. ok is false when it was reported as
// invalid.
func (jr *jsonReader) scalar(p jpath, tok json.Token, ind *criteria.Indicator) (Value, bool) {
	if tooLong(jr, p, tok) {
		return Value{}, false
	}
	switch t := tok.(type) {
	case bool:
		return Bool(t), true
	case nil:
		return Missing(), true
	case json.Number:
		d, err := parseJSONNumber(string(t))
		if err != nil {
			jr.problem(p.String(), string(t), err)
			return Value{}, false
		}
		return Number(d), true
	case string:
		v, err := jsonStringValue(t)
		if err != nil {
			jr.problem(p.String(), t, jsonStringProblem(t, ind))
			return Value{}, false
		}
		return v, true
	}
	jr.problem(p.String(), describeToken(tok), fmt.Errorf("must be %s", valueForms))
	return Value{}, false
}

// jsonStringValue reads a value given as a JSON string: "n/a" or a
// decimal with '.' (docs/formats.md, "Assessment, JSON").
func jsonStringValue(t string) (Value, error) {
	if isNotApplicable(t) {
		return NotApplicable(), nil
	}
	d, err := parseDecimal(strings.TrimSpace(t), false)
	if err != nil {
		return Value{}, err
	}
	return Number(d), nil
}

// notJSONValue is the problem of a string that is no value of ind: for a
// pass/fail indicator, which a string ("đạt", "80%") is not, the values it
// takes; else every form of a value.
func notJSONValue(ind *criteria.Indicator) error {
	switch {
	case ind.Kind != criteria.KindPass:
		return fmt.Errorf("must be %s", valueForms)
	case ind.NotApplicableAllowed:
		return problem.Errorf(problem.WrongKind, `pass/fail indicator: must be true or false (đạt / chưa đạt, without quotes), "n/a" or null`)
	}
	return problem.Errorf(problem.WrongKind, "pass/fail indicator: must be true or false (đạt / chưa đạt, without quotes) or null")
}

// number reads a numerator or denominator: a number or a decimal string.
func (jr *jsonReader) number(p jpath, tok json.Token) (Value, string, bool) {
	var text string
	if tooLong(jr, p, tok) {
		return Value{}, describeToken(tok), false
	}
	switch t := tok.(type) {
	case json.Number:
		text = string(t)
		if d, err := parseJSONNumber(text); err == nil {
			return Number(d), text, true
		} else {
			jr.problem(p.String(), text, err)
			return Value{}, text, false
		}
	case string:
		text = t
		d, err := parseDecimal(strings.TrimSpace(t), false)
		if err == nil {
			return Number(d), text, true
		}
		if err := cellProblem(t, &sharePart); err != nil {
			jr.problem(p.String(), text, err)
			return Value{}, text, false
		}
	}
	jr.problem(p.String(), describeToken(tok), errors.New("must be a number or a decimal string"))
	return Value{}, text, false
}

// sharePart is what the numerator or denominator of a share is, for the
// diagnosis of a string that is neither (cellProblem): a count, of the
// households, people or communes the share is of.
var sharePart = criteria.Indicator{Kind: criteria.KindNone}

const shareKeys = "numerator, denominator, unit, source, value"

// objectText is what a value's object held, in the order read, for a
// problem to quote as JSON text: {"numerator": 1, "denominator": 2}. Its
// text is made only when a problem asks for it ([objectText.String]),
// from the tokens and strings the reader made anyway.
type objectText struct {
	order        [4]uint8 // the members read (objNumerator…), in order
	n            uint8
	num, den     json.Token // the tokens of "numerator" and "denominator"
	value        json.Token // the token of "value"
	unit, source string
}

// The members an objectText keeps.
const (
	objNumerator = iota
	objDenominator
	objValue
	objUnit
	objSource
)

// maxObjectText bounds the members' text a problem quotes; those beyond
// are "…".
const maxObjectText = 200

// add records that member k was read.
func (o *objectText) add(k uint8) {
	if int(o.n) < len(o.order) {
		o.order[o.n] = k
		o.n++
	}
}

func (o *objectText) String() string {
	var b []byte
	more := false
	for _, k := range o.order[:o.n] {
		if len(b) > maxObjectText {
			more = true
			break
		}
		if len(b) > 0 {
			b = append(b, ", "...)
		}
		switch k {
		case objNumerator:
			b = append(append(b, `"numerator": `...), tokenJSON(o.num)...)
		case objDenominator:
			b = append(append(b, `"denominator": `...), tokenJSON(o.den)...)
		case objValue:
			b = append(append(b, `"value": `...), tokenJSON(o.value)...)
		case objUnit:
			b = appendJSONString(append(b, `"unit": `...), o.unit)
		case objSource:
			b = appendJSONString(append(b, `"source": `...), o.source)
		}
	}
	s := "{" + string(b)
	if more {
		s += ", …"
	}
	return s + "}"
}

// tokenJSON returns tok as JSON text: a string quoted, an object or array
// as {…} or […].
func tokenJSON(tok json.Token) string {
	if s, ok := tok.(string); ok {
		return string(appendJSONString(nil, s))
	}
	return describeToken(tok)
}

// value reads one value of ind. ok is false when it was reported as
// invalid.
func (jr *jsonReader) value(p jpath, ind *criteria.Indicator) (Value, valueTexts, bool, error) {
	var texts valueTexts
	tok, err := jr.token()
	if err != nil {
		return Value{}, texts, false, err
	}
	if tok == json.Delim('[') {
		jr.problem(p.String(), "[…]", fmt.Errorf("must be %s", valueForms))
		return Value{}, texts, false, jr.skip(tok)
	}
	texts.end = jr.dec.InputOffset()
	if tok != json.Delim('{') {
		v, ok := jr.scalar(p, tok, ind)
		texts.value = describeToken(tok)
		return v, texts, ok, nil
	}
	var (
		seen            keySet
		num, den, plain Value
		unit, source    string
		good            = true
		before          = len(jr.elem)
		obj             objectText // the share as given, quoted by its problems
		valueEnd        int64      // where the token of "value" ends
	)
	member := func(key string) error {
		kp := p.field(key)
		if seen.has(key) {
			good = false
			return jr.twice(kp.String(), key)
		}
		seen.add(key)
		switch key {
		case "numerator", "denominator", "value":
			t, err := jr.token()
			if err != nil {
				return err
			}
			if t == json.Delim('{') || t == json.Delim('[') {
				good = false
				msg := "must be a number or a decimal string"
				if key == "value" {
					msg = `must be true/false, a number or decimal string, "n/a" or null`
				}
				jr.problem(kp.String(), describeToken(t), errors.New(msg))
				return jr.skip(t)
			}
			var ok bool
			switch key {
			case "numerator":
				obj.add(objNumerator)
				obj.num, texts.numEnd = t, jr.dec.InputOffset()
				num, texts.num, ok = jr.number(kp, t)
			case "denominator":
				obj.add(objDenominator)
				obj.den, texts.denEnd = t, jr.dec.InputOffset()
				den, texts.den, ok = jr.number(kp, t)
			default:
				obj.add(objValue)
				obj.value, valueEnd = t, jr.dec.InputOffset()
				plain, ok = jr.scalar(kp, t, ind)
				texts.value = describeToken(t)
			}
			good = good && ok
			return nil
		case "unit", "source":
			s, err := readStr(jr, kp, true, plainText)
			if key == "unit" {
				obj.add(objUnit)
				obj.unit = s
				unit = cleanText(s)
			} else {
				obj.add(objSource)
				obj.source = s
				source = cleanText(s)
			}
			return err
		}
		good = false
		return jr.unknownKey(p.String(), key, shareKeys)
	}
	// The members are read here, not by objectBody: member and what it
	// uses then stay off the heap.
	for err == nil && jr.dec.More() {
		key, ok, kerr := readKey(jr, p, fieldKeys)
		switch {
		case kerr != nil:
			err = kerr
		case ok:
			err = member(key)
		default: // a key over the limit or not UTF-8, reported: its value is skipped
			var tok json.Token
			if tok, err = jr.token(); err == nil {
				err = jr.skip(tok)
			}
		}
	}
	if err == nil {
		_, err = jr.token() // '}'
	}
	if err != nil {
		return Value{}, texts, false, err
	}
	isShare := seen.has("numerator") || seen.has("denominator")
	switch {
	case seen.has("value") && (isShare || seen.has("unit")):
		jr.problemAfter(texts.end, p.String(), "", errors.New(`give either "value" or "numerator" and "denominator" (with "unit"), not both`))
		good = false
	case seen.has("value"):
		texts.valueSuffix = ".value"
		texts.end = valueEnd
		plain.Source = source
		return plain, texts, good && len(jr.elem) == before, nil
	case !isShare:
		jr.problemAfter(texts.end, p.String(), obj.String(), errors.New(`a share needs "numerator" and "denominator"`))
		good = false
	case !seen.has("numerator"):
		jr.problemAfter(texts.end, p.field("numerator").String(), "", errors.New("required"))
		good = false
	case !seen.has("denominator"):
		jr.problemAfter(texts.end, p.field("denominator").String(), "", errors.New("required"))
		good = false
	}
	if !good || len(jr.elem) != before {
		return Value{}, texts, false, nil
	}
	texts.share = obj // quoted by a problem of the share as a whole
	return Value{Kind: ValueShare, Numerator: num.Number, Denominator: den.Number, Unit: unit, Source: source}, texts, true, nil
}

func (jr *jsonReader) setGroup(code, input string) { jr.group, jr.groupInput = code, input }
