package httpapi

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/evalbridge"
	"github.com/nongthonmoi/ntm/internal/minhhoa"
	"github.com/nongthonmoi/ntm/internal/placenames"
	"github.com/nongthonmoi/ntm/internal/prereqjoin"
	"github.com/nongthonmoi/ntm/internal/xlsxread"
	"github.com/nongthonmoi/ntm/problem"
)

// Media types of POST /evaluate bodies.
const (
	mediaJSON = "application/json"
	mediaCSV  = "text/csv"
	mediaXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)

// csvEncodingFix is what the problem of a CSV body that is not UTF-8
// suggests besides saving it as CSV UTF-8: the charset parameter, which
// the handler reads (not the ntm command's --encoding flag).
const csvEncodingFix = "send it with Content-Type text/csv;charset=windows-1258 (or charset=utf-16)"

// csvLegacyFix and xlsxLegacyFix are what the problem of a table typed
// with a font encoding before Unicode (TCVN3, VNI) says besides
// converting it: a format of the encoding.
const (
	csvLegacyFix  = "send it with Content-Type text/csv;charset=%s"
	xlsxLegacyFix = "send it with charset=%s in its Content-Type"
)

// setFix is what the problem of a table without a set column suggests
// (evaluate.TableOptions.SetFix): the query parameter set.
const setFix = "or give the set of the table: query parameter set="

// quotedName is a name quoted in a note as it is, never translated.
type quotedName string

// renderOptions reads lang= (checked by checkQuery) and format= into ps.
func renderOptions(q url.Values, ps *problems) (evaluate.RenderOptions, string) {
	format := q.Get("format")
	switch format {
	case "":
		format = "json"
	case "json", "csv", "markdown", "text":
	default:
		ps.add(&problem.Problem{Code: problem.WrongKind, File: "query", Path: "format", Input: format,
			Err: problem.Errorf(problem.WrongKind, "unknown format (want json, csv, markdown or text)")})
	}
	return evaluate.RenderOptions{Lang: langCode(ps.lang)}, format
}

// langCode returns the code of lang= for l: "en" or "vi".
func langCode(l problem.Lang) string {
	if l == problem.EN {
		return "en"
	}
	return "vi"
}

// evaluate answers POST /evaluate?set=&lang=&format=.
func (h *handler) evaluate(w http.ResponseWriter, r *http.Request) {
	q, ps := checkQuery(r.URL, "set", "format")
	opt, format := renderOptions(q, ps)
	if !ps.empty() {
		ps.write(w, http.StatusBadRequest)
		return
	}
	// format= chooses the format of a 200 answer; without it, Accept.
	w.Header().Add("Vary", "Accept")
	if q.Get("format") == "" {
		f, ok := acceptedFormat(r)
		if !ok {
			notAcceptable(w, r, ps.lang)
			return
		}
		format = f
	}
	var only *criteria.Set
	if id := q.Get("set"); id != "" {
		// The set is a parameter of the request, not the resource asked
		// for: an unknown one is a 400, as the spec's route table gives
		// POST /evaluate no 404.
		s, status, p := h.lookup("query", "set", id, http.StatusBadRequest)
		if p != nil {
			writeProblems(w, status, ps.lang, p)
			return
		}
		only = s
	}
	if !identityCoding(w, r, ps.lang) || !h.sizeAllowed(w, r, ps.lang) {
		return
	}
	body := &limited{r: http.MaxBytesReader(w, r.Body, h.maxBody)}
	dec, closeDec, ok := h.decoderOf(w, r, body, q.Get("set"), ps)
	if !ok {
		return
	}
	defer closeDec()

	out := newReportSpool(format, opt)
	defer out.close()
	ev := &evaluation{h: h, out: out, only: only, ps: ps,
		// A commune's assessments of one year are joined across the
		// body for prerequisites, as ntm eval joins its inputs.
		join: prereqjoin.New(h.cat),
		// The communes assessed twice and the names read are warnings
		// once the body is read, as ntm eval prints them.
		repeats: placenames.NewRepeats(placenames.New())}
	if !ev.readAll(r.Context(), w, dec, body) {
		return
	}
	ev.finishJoin()
	// A body whose reading ended early (a syntax error at its start) is
	// read to its end, up to the limit, so that a body over the limit is
	// a 413 whatever it holds.
	if body.tooLarge == nil && !body.timedOut {
		_, _ = io.Copy(io.Discard, body)
	}
	if body.timedOut {
		h.timedOut(w, ps.lang)
		return
	}
	if body.tooLarge != nil {
		answerBodyTooLarge(w, ps.lang, body.tooLarge.Limit)
		return
	}
	if body.failed != nil {
		bodyFailed(w, ps.lang, body.failed)
		return
	}
	ev.repeats.Names().Settle()
	warnings := ev.repeats.Warnings(langCode(ps.lang))
	for _, x := range warnings {
		ps.warn(x)
	}
	if err := out.finish(); err != nil {
		panic(fmt.Sprintf("httpapi: spooling reports: %v", err)) // answered 500 by ServeHTTP
	}
	if out.size() > h.maxAns {
		h.answerTooLarge(w, ps.lang)
		return
	}
	if ev.made == 0 {
		ev.nothingEvaluated()
		ps.write(w, http.StatusBadRequest)
		return
	}
	writeReports(w, out, format, warnings, ps)
}

// decoderOf returns the decoder of the body in its media type, and what
// closes it; false when it answered a problem instead. set is set=, the
// set of a table without a set column.
func (h *handler) decoderOf(w http.ResponseWriter, r *http.Request, body *limited, set string, ps *problems) (dec assessments, closeDec func(), ok bool) {
	noClose := func() {}
	switch media, charset := mediaType(r); media {
	case "", mediaJSON:
		if !jsonCharset(w, charset, ps.lang, true) {
			return nil, nil, false
		}
		return evaluate.NewJSONDecoder(body, "request", h.cat), noClose, true
	case mediaCSV:
		// set= also names the set of a table without a set column; a
		// table in another encoding is given with charset=.
		topt := evaluate.TableOptions{Catalog: h.cat, Set: set, EncodingFix: csvEncodingFix, LegacyEncodingFix: csvLegacyFix, SetFix: setFix, SkippedRow: ps.note}
		switch charset {
		case "", evaluate.EncodingUTF8:
		case evaluate.EncodingWindows1258, evaluate.EncodingUTF16, evaluate.EncodingTCVN3, evaluate.EncodingVNI:
			topt.Encoding = charset
		default:
			writeProblems(w, http.StatusUnsupportedMediaType, ps.lang, &problem.Problem{Code: problem.Encoding, File: "request", Input: charset,
				Err: problem.Errorf(problem.Encoding, "unsupported charset of text/csv (want utf-8, windows-1258, utf-16, tcvn3 or vni)")})
			return nil, nil, false
		}
		br := tableReaders.Get().(*bufio.Reader)
		br.Reset(body)
		return topt.NewCSVDecoder(br, "request"), func() {
			br.Reset(nil)
			tableReaders.Put(br)
		}, true
	case mediaXLSX:
		// charset=tcvn3 or vni: the cells are typed with that font
		// encoding before Unicode.
		switch charset {
		case "", evaluate.EncodingTCVN3, evaluate.EncodingVNI:
		default:
			writeProblems(w, http.StatusUnsupportedMediaType, ps.lang, &problem.Problem{Code: problem.Encoding, File: "request", Input: charset,
				Err: problem.Errorf(problem.Encoding, "unsupported charset of a workbook (want tcvn3 or vni, for cells typed with those fonts, or none)")})
			return nil, nil, false
		}
		return h.workbookOf(w, body, set, charset, ps)
	default:
		writeProblems(w, http.StatusUnsupportedMediaType, ps.lang, &problem.Problem{Code: problem.UnsupportedMediaType, File: "request", Input: media,
			Err: problem.Errorf(problem.UnsupportedMediaType, "unsupported media type (want %s, %s or %s)", mediaJSON, mediaCSV, mediaXLSX)})
		return nil, nil, false
	}
}

// jsonCharset reports whether charset, the charset parameter of a JSON
// body in lower case, is utf-8 or absent; otherwise it answers 415
// encoding and returns false. JSON exchanged between systems is UTF-8
// (RFC 8259, section 8.1): a body declared in another charset is not read
// as if it were UTF-8. tables is whether the route also reads CSV, which
// a table typed with the fonts before Unicode is to be sent as.
func jsonCharset(w http.ResponseWriter, charset string, lang problem.Lang, tables bool) bool {
	if charset == "" || charset == evaluate.EncodingUTF8 {
		return true
	}
	p := &problem.Problem{Code: problem.Encoding, File: "request", Input: charset,
		Err: problem.Errorf(problem.Encoding, "charset not accepted for JSON, which is UTF-8 (RFC 8259): convert the body to UTF-8 and send charset=utf-8 or no charset")}
	if tables {
		p.Err = problem.Errorf(problem.Encoding, "charset not accepted for JSON, which is UTF-8 (RFC 8259): convert the body to UTF-8 and send charset=utf-8 or no charset; a table typed with the fonts before Unicode (TCVN3, VNI) is sent as CSV, Content-Type text/csv;charset=tcvn3 or text/csv;charset=vni")
	}
	writeProblems(w, http.StatusUnsupportedMediaType, lang, p)
	return false
}

// tableBuffer is the size of the buffer of package evaluate's table
// readers: given a *bufio.Reader at least this size, they read through it
// instead of allocating their own (bufio.NewReaderSize).
const tableBuffer = 64 << 10

// tableReaders holds the readers of the CSV bodies of finished requests,
// for the next ones.
var tableReaders = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, tableBuffer) }}

// workbookOf returns the reader of a workbook body, as decoderOf does.
func (h *handler) workbookOf(w http.ResponseWriter, body *limited, set, charset string, ps *problems) (assessments, func(), bool) {
	sheetNote := func(sheet string, m *problem.Msg) {
		ps.note("request", &problem.Msg{Format: "sheet %q: %s", Args: []any{quotedName(sheet), m}})
	}
	rd, err := xlsxread.NewReader(body, "request", xlsxread.ReadOptions{Catalog: h.cat, Set: set, SetFix: setFix,
		Encoding: charset, LegacyEncodingFix: xlsxLegacyFix,
		Skipped: func(sheet, why string) {
			ps.note("request", &problem.Msg{Format: "sheet %q skipped: %s", Args: []any{quotedName(sheet), problem.Errorf("", why)}})
		},
		TitleRows: sheetNote, Hidden: sheetNote, SkippedRow: ps.note})
	if body.tooLarge != nil {
		answerBodyTooLarge(w, ps.lang, body.tooLarge.Limit)
		return nil, nil, false
	}
	if body.timedOut {
		h.timedOut(w, ps.lang)
		return nil, nil, false
	}
	if body.failed != nil {
		bodyFailed(w, ps.lang, body.failed)
		return nil, nil, false
	}
	if err != nil {
		ps.addErr("request", err)
		ps.write(w, http.StatusBadRequest)
		return nil, nil, false
	}
	return rd, func() { rd.Close() }, true
}

// answerBodyTooLarge answers 413: the body is larger than MaxBodyBytes
// (limit).
func answerBodyTooLarge(w http.ResponseWriter, lang problem.Lang, limit int64) {
	writeProblems(w, http.StatusRequestEntityTooLarge, lang, &problem.Problem{Code: problem.TooLarge, File: "request",
		Err: problem.Errorf(problem.TooLarge, "request body larger than %d bytes", limit)})
}

// pastDeadline reports whether the deadline of ctx, if any, has passed.
func pastDeadline(ctx context.Context) bool {
	dl, ok := ctx.Deadline()
	return ok && !time.Now().Before(dl)
}

// bodyFailed answers a request whose body could not be read to its end
// (err): 400 syntax, as nothing of a body not received whole is evaluated.
// The server cancels the request's context as its connection's reading
// fails, but the client may still read the answer (it closed only its
// side): the 400 is written all the same, where nothing written would be
// sent as a 200 without content.
func bodyFailed(w http.ResponseWriter, lang problem.Lang, err error) {
	writeProblems(w, http.StatusBadRequest, lang, &problem.Problem{Code: problem.Syntax, File: "request",
		Err: problem.Errorf(problem.Syntax, "reading the request body: %v", err)})
}

// evaluation is what POST /evaluate keeps while it reads the body: the
// reports spooled, the set of set= (nil: every set), the joiner, the
// repeats and names, the problems, and how many communes were read and
// reports made.
type evaluation struct {
	h          *handler
	out        *reportSpool
	only       *criteria.Set
	join       *prereqjoin.Joiner
	repeats    *placenames.Repeats
	ps         *problems
	read, made int
}

// readAll evaluates the assessments of dec and spools their reports;
// false when it answered a problem that ends the request (a timeout, a
// body or an answer too large).
func (ev *evaluation) readAll(ctx context.Context, w http.ResponseWriter, dec assessments, body *limited) bool {
	h, ps := ev.h, ev.ps
	for {
		if body.failed != nil {
			bodyFailed(w, ps.lang, body.failed)
			return false
		}
		if err := ctx.Err(); err != nil || body.timedOut {
			switch {
			case body.timedOut || !errors.Is(err, context.Canceled) || pastDeadline(ctx):
				h.timedOut(w, ps.lang)
				return false
			case !body.eof:
				clientGone(w)
				return false
			}
			// The body was read to its end: Go's server cancels the
			// context as it then reads the end of the connection, of a
			// client gone or of one that closed only its side (a
			// half-close) and reads the answer. The rest of the work is
			// that of a body read whole, within the limit: it is done
			// and answered, which a client gone does not read.
		}
		a, err := dec.Next()
		if err == io.EOF {
			return true
		}
		if body.timedOut {
			h.timedOut(w, ps.lang)
			return false
		}
		if body.tooLarge != nil {
			answerBodyTooLarge(w, ps.lang, body.tooLarge.Limit)
			return false
		}
		if body.failed != nil {
			bodyFailed(w, ps.lang, body.failed)
			return false
		}
		if err != nil {
			// The decoder goes on with the next commune (or, after a
			// problem that ends reading, says io.EOF; a workbook goes on
			// with its next sheet): every problem is answered, the
			// communes of rows not read under a bad header too.
			ps.addErr("request", err)
			continue
		}
		ev.read++
		n, err := h.run(ev.out, ev.only, &a, ev.join, ev.repeats, ps)
		ev.made += n
		if err != nil {
			ps.addErr("request", err)
		}
		if ev.out.size() > h.maxAns {
			h.answerTooLarge(w, ps.lang)
			return false
		}
	}
}

// finishJoin spools the reports of the assessments whose prerequisite was
// in a later part of the body.
func (ev *evaluation) finishJoin() {
	if ev.join == nil {
		return
	}
	var werr error
	for _, err := range ev.join.Finish(func(a *evaluate.Assessment, _ []string) {
		rs, _ := evaluate.RunAll(ev.h.cat, a)
		n, err := spoolShown(ev.out, ev.only, rs)
		ev.made += n
		if werr == nil {
			werr = err
		}
	}) {
		prereqjoin.Told(ev.repeats, err)
		ev.ps.add(ambiguityProblem("request", err))
	}
	if werr != nil {
		ev.ps.addErr("request", werr)
	}
}

// nothingEvaluated adds, when nothing was evaluated, the problem that says
// so when the others do: as `ntm eval`, a failure.
func (ev *evaluation) nothingEvaluated() {
	switch {
	case ev.read > 0 && ev.only != nil:
		ev.ps.add(&problem.Problem{Code: problem.MissingField, File: "request",
			Err: problem.Errorf(problem.MissingField, "no values for set %s in the request: nothing was evaluated", ev.only.ID)})
	case ev.read > 0:
		ev.ps.add(&problem.Problem{Code: problem.MissingField, File: "request",
			Err: problem.Errorf(problem.MissingField, "no values for any set in the request: nothing was evaluated")})
	case ev.ps.empty():
		ev.ps.add(&problem.Problem{Code: problem.MissingField, File: "request",
			Err: problem.Errorf(problem.MissingField, "no assessment in the request: nothing was evaluated")})
	}
}

// writeReports answers the reports spooled in out: 200 in format with the
// warnings in headers, or, with problems, 422 with the reports in JSON
// beside them and the notes.
func writeReports(w http.ResponseWriter, out *reportSpool, format string, warnings []placenames.Warning, ps *problems) {
	if ps.empty() {
		setWarningHeaders(w.Header(), warnings, ps.lang)
		w.Header().Set("Content-Type", contentTypes[format])
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.WriteHeader(http.StatusOK)
		out.copyTo(w, format)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusUnprocessableEntity)
	io.WriteString(w, `{"reports": `)
	out.copyTo(w, "json")
	io.WriteString(w, `, "problems": `)
	b, _ := jsonIndent(ps.all())
	w.Write(b)
	if notes := ps.allNotes(); len(notes) > 0 {
		io.WriteString(w, `, "notes": `)
		b, _ := jsonIndent(notes)
		w.Write(b)
	}
	io.WriteString(w, "}\n")
}

// answerTooLarge answers 413: the reports are larger than MaxAnswerBytes.
func (h *handler) answerTooLarge(w http.ResponseWriter, lang problem.Lang) {
	writeProblems(w, http.StatusRequestEntityTooLarge, lang, &problem.Problem{Code: problem.TooLarge, File: "request",
		Err: problem.Errorf(problem.TooLarge, "the reports would be larger than %d bytes; send fewer communes per request", h.maxAns)})
}

var contentTypes = map[string]string{
	"json":     "application/json; charset=utf-8",
	"csv":      "text/csv; charset=utf-8",
	"markdown": "text/markdown; charset=utf-8",
	"text":     "text/plain; charset=utf-8",
}

// assessments reads the assessments of a body one commune at a time, with
// the contract of [evaluate.Decoder.Next] (a workbook reader has it too).
type assessments interface {
	Next() (evaluate.Assessment, error)
}

// mediaType returns the media type of the request body ("" when not
// given) and its charset parameter, in lower case.
func mediaType(r *http.Request) (media, charset string) {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return "", ""
	}
	m, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return ct, ""
	}
	return m, strings.ToLower(params["charset"])
}

// sizeAllowed reports whether the body of r may be within MaxBodyBytes;
// otherwise (its Content-Length is larger) it answers 413 before reading
// any of it, and returns false.
func (h *handler) sizeAllowed(w http.ResponseWriter, r *http.Request, lang problem.Lang) bool {
	if r.ContentLength <= h.maxBody {
		return true
	}
	answerBodyTooLarge(w, lang, h.maxBody)
	return false
}

// identityCoding reports whether the body of r is sent as it is (no
// Content-Encoding, or identity); otherwise, as the routes decode no
// content coding (gzip), it answers 415 (RFC 9110, section 15.5.16) and
// returns false.
func identityCoding(w http.ResponseWriter, r *http.Request, lang problem.Lang) bool {
	coding := strings.TrimSpace(strings.Join(r.Header.Values("Content-Encoding"), ", "))
	if coding == "" || strings.EqualFold(coding, "identity") {
		return true
	}
	w.Header().Set("Accept-Encoding", "identity")
	writeProblems(w, http.StatusUnsupportedMediaType, lang, &problem.Problem{Code: problem.UnsupportedMediaType, File: "request", Input: coding,
		Err: problem.Errorf(problem.UnsupportedMediaType, "unsupported content coding (send the body as it is, without Content-Encoding)")})
	return false
}

// run evaluates a against every set it has values for, or only against
// only when not nil (nothing when a has no values for it), spools the
// reports and returns how many it made. With join, a whose prerequisite is
// in an assessment not read yet is held (nothing is spooled: join.Finish
// gives its reports), and the ambiguities of prerequisites are added to
// ps.
func (h *handler) run(out *reportSpool, only *criteria.Set, a *evaluate.Assessment, join *prereqjoin.Joiner, repeats *placenames.Repeats, ps *problems) (int, error) {
	if join != nil {
		// Every set, for the outcomes of the sets others require; only
		// only's reports are spooled.
		reports, err := evaluate.RunAll(h.cat, a)
		if only != nil {
			err = nil
		}
		recordRepeats(repeats, only, a, reports)
		t := join.Inspect(a)
		reports, held, errs := join.Add(a, &t, reports, nil)
		for _, e := range errs {
			prereqjoin.Told(repeats, e)
			ps.add(ambiguityProblem("request", e))
		}
		if held {
			return 0, err
		}
		n, werr := spoolShown(out, only, reports)
		if werr != nil {
			return n, werr
		}
		return n, err
	}
	if only != nil {
		if a.HasSet(only.ID) {
			rep := evaluate.Options{Catalog: h.cat}.Run(only, a)
			recordRepeats(repeats, only, a, []evaluate.Report{rep})
			return 1, out.add(&rep)
		}
		return 0, nil
	}
	reports, err := evaluate.RunAll(h.cat, a)
	recordRepeats(repeats, only, a, reports)
	for i := range reports {
		if werr := out.add(&reports[i]); werr != nil {
			return i, werr
		}
	}
	return len(reports), err
}

// recordRepeats records in repeats the commune, set and year of each
// report shown of a (of only, or every report when only is nil), and the
// names of a's places when it made a report, as ntm eval does.
func recordRepeats(repeats *placenames.Repeats, only *criteria.Set, a *evaluate.Assessment, reports []evaluate.Report) {
	if len(reports) > 0 {
		repeats.Names().Add(a.Commune, a.Origin)
	}
	for i := range reports {
		if only == nil || reports[i].Set == only.ID {
			repeats.Add(&reports[i])
		}
	}
}

// maxWarningHeader is how many bytes of warnings the Ntm-Warning fields
// of a 200 answer hold, so that proxies with small header buffers still
// pass the answer.
const maxWarningHeader = 4 << 10

// setWarningHeaders adds to h one Ntm-Warning field per warning, "ORIGIN:
// TEXT" in UTF-8, percent-encoded (RFC 3986), while they fit in
// maxWarningHeader bytes; a last field counts the others.
func setWarningHeaders(h http.Header, warnings []placenames.Warning, lang problem.Lang) {
	size := 0
	for i, x := range warnings {
		v := url.PathEscape(x.String())
		if size+len(v) > maxWarningHeader {
			m := &problem.Msg{Format: "… and %d more warnings", Args: []any{len(warnings) - i}}
			h.Add("Ntm-Warning", url.PathEscape(m.Text(lang)))
			return
		}
		size += len(v)
		h.Add("Ntm-Warning", v)
	}
}

// spoolShown spools the reports of only, or all reports when only is nil,
// and returns how many it spooled.
func spoolShown(out *reportSpool, only *criteria.Set, reports []evaluate.Report) (int, error) {
	n := 0
	for i := range reports {
		if only != nil && reports[i].Set != only.ID {
			continue
		}
		if err := out.add(&reports[i]); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// ambiguityProblem is the problem of err, an ambiguity of a prerequisite
// (prereqjoin.Ambiguity), at the place of the second assessment in the
// part of the request named file.
func ambiguityProblem(file string, err error) *problem.Problem {
	var amb *prereqjoin.Ambiguity
	if !errors.As(err, &amb) {
		return &problem.Problem{Code: problem.Invalid, File: file, Err: err}
	}
	p := &problem.Problem{Code: problem.DuplicateKey, File: file, Commune: amb.Commune.Name, Err: amb.Msg()}
	switch rest, _ := strings.CutPrefix(amb.Second, file); {
	case strings.HasPrefix(rest, ": "):
		// A workbook's row: "request: 'NTM nâng cao'!7:7".
		if i := strings.LastIndexByte(rest, '!'); i > 2 {
			p.Sheet, p.Cell = rest[2:i], rest[i+1:]
		}
	case strings.HasPrefix(rest, ":"):
		p.Line = originLine(amb.Second)
	}
	return p
}

// limited is a request body that remembers whether it went over the limit
// or past the deadline of its reading, or failed otherwise (the connection
// closed before the whole body arrived).
type limited struct {
	r        io.Reader
	tooLarge *http.MaxBytesError
	timedOut bool
	failed   error
	eof      bool // read to its end
}

func (l *limited) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	var e *http.MaxBytesError
	if err != nil && errors.As(err, &e) {
		l.tooLarge = e
	}
	if err != nil && errors.Is(err, os.ErrDeadlineExceeded) {
		l.timedOut = true
	}
	if err == io.EOF {
		l.eof = true
	}
	if err != nil && err != io.EOF && l.tooLarge == nil && !l.timedOut {
		l.failed = err
	}
	return n, err
}

// spoolMemory is how many bytes of encoded reports a spool keeps in memory
// before it moves them to a temporary file.
const spoolMemory = 1 << 20

// spool holds bytes in memory up to spoolMemory, then in a temporary file.
// Its memory comes from spoolBuffers and goes back there on close.
type spool struct {
	n    int64 // bytes written
	mem  *bytes.Buffer
	file *os.File
	buf  *bufio.Writer
}

// spoolBuffers holds the memory of the spools of finished requests, for
// the next ones.
var spoolBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func (s *spool) Write(p []byte) (int, error) {
	s.n += int64(len(p))
	if s.file == nil && s.mem == nil {
		s.mem = spoolBuffers.Get().(*bytes.Buffer)
	}
	if s.file == nil && s.mem.Len()+len(p) <= spoolMemory {
		return s.mem.Write(p)
	}
	if s.file == nil {
		f, err := os.CreateTemp("", "ntm-httpapi-*")
		if err != nil {
			return 0, err
		}
		s.file, s.buf = f, bufio.NewWriterSize(f, 64<<10)
		if _, err := s.buf.Write(s.mem.Bytes()); err != nil {
			return 0, err
		}
		s.release()
	}
	return s.buf.Write(p)
}

// release gives the spool's memory back to spoolBuffers.
func (s *spool) release() {
	if s.mem != nil {
		s.mem.Reset()
		spoolBuffers.Put(s.mem)
		s.mem = nil
	}
}

// copyTo writes everything spooled to w.
func (s *spool) copyTo(w io.Writer) error {
	if s.file == nil {
		if s.mem == nil {
			return nil
		}
		_, err := w.Write(s.mem.Bytes())
		return err
	}
	if err := s.buf.Flush(); err != nil {
		return err
	}
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := io.Copy(w, s.file)
	return err
}

func (s *spool) close() {
	s.release()
	if s.file != nil {
		s.file.Close()
		os.Remove(s.file.Name())
	}
}

// reportSpool encodes reports as they come: in JSON (for a 200 json answer
// and for any 422 answer) and, when another format is asked for, in that
// format too.
type reportSpool struct {
	json spool
	// otherBuf buffers the writes of the other format's writers to other:
	// a writer of encoderBuffer bytes from encoderBuffers, which package
	// evaluate's text, Markdown and CSV writers take as their own buffer.
	// The JSON encoder buffers its writes itself.
	otherBuf *bufio.Writer
	enc      *evaluate.JSONEncoder
	format   string
	opt      evaluate.RenderOptions
	other    spool
	csv      *evaluate.CSVEncoder
	written  bool
	one      [1]evaluate.Report
	// illustrative is whether a report is of illustrative data (số liệu
	// minh họa), which the text and Markdown answers begin by saying, as
	// ntm eval's do.
	illustrative bool
}

// encoderBuffer is the size of the buffer of package evaluate's writers:
// given a *bufio.Writer at least this size, they write through it instead
// of allocating their own (bufio.NewWriterSize).
const encoderBuffer = 64 << 10

// encoderBuffers holds the writers of finished requests, for the next ones.
var encoderBuffers = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, encoderBuffer) }}

// jsonBuffers holds the JSON encoders' buffers of finished requests, for
// the next ones.
var jsonBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 2*encoderBuffer); return &b }}

// encoderWriter returns a writer of encoderBuffers writing to w.
func encoderWriter(w io.Writer) *bufio.Writer {
	b := encoderBuffers.Get().(*bufio.Writer)
	b.Reset(w)
	return b
}

func newReportSpool(format string, opt evaluate.RenderOptions) *reportSpool {
	s := &reportSpool{format: format, opt: opt}
	s.enc = evalbridge.NewJSONEncoder(&s.json, opt, *jsonBuffers.Get().(*[]byte)).(*evaluate.JSONEncoder)
	if format != "json" {
		s.otherBuf = encoderWriter(&s.other)
	}
	return s
}

func (s *reportSpool) add(r *evaluate.Report) error {
	if err := s.enc.Encode(r); err != nil {
		return err
	}
	if !s.illustrative && (s.format == "text" || s.format == "markdown") {
		s.illustrative = minhhoa.Report(r)
	}
	if s.format == "json" {
		return nil
	}
	s.one[0] = *r
	defer func() { s.one[0] = evaluate.Report{} }()
	var err error
	switch s.format {
	case "csv":
		if s.csv == nil {
			s.csv = evaluate.NewCSVEncoder(s.otherBuf) // one header for the whole answer
		}
		err = s.csv.Encode(s.one[:])
	case "markdown", "text":
		if s.written {
			if _, err := io.WriteString(&s.other, "\n"); err != nil {
				return err
			}
		}
		if s.format == "markdown" {
			err = evaluate.WriteMarkdown(s.otherBuf, s.one[:], s.opt)
		} else {
			err = evaluate.WriteText(s.otherBuf, s.one[:], s.opt)
		}
	}
	s.written = true
	return err
}

// finish ends the JSON array (and the CSV header of an empty answer).
func (s *reportSpool) finish() error {
	if err := s.enc.Close(); err != nil {
		return err
	}
	if s.format == "csv" && !s.written {
		return evaluate.NewCSVEncoder(s.otherBuf).Encode(nil)
	}
	return nil
}

// copyTo writes the reports in format (json, or the format asked for).
func (s *reportSpool) copyTo(w io.Writer, format string) error {
	if format == "json" {
		return s.json.copyTo(w)
	}
	if s.illustrative {
		if _, err := io.WriteString(w, minhhoa.Label(format, s.opt.Lang)+"\n"); err != nil {
			return err
		}
	}
	return s.other.copyTo(w)
}

// size is how many bytes are spooled.
func (s *reportSpool) size() int64 { return s.json.n + s.other.n }

func (s *reportSpool) close() {
	if s.otherBuf != nil {
		s.otherBuf.Reset(nil)
		encoderBuffers.Put(s.otherBuf)
	}
	if b := evalbridge.JSONEncoderBuffer(s.enc); cap(b) <= 4*encoderBuffer {
		jsonBuffers.Put(&b)
	}
	s.json.close()
	s.other.close()
}
