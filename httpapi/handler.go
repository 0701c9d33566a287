package httpapi

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/problem"
)

// Defaults of [Options].
const (
	DefaultMaxBodyBytes = 32 << 20         // 32 MiB
	DefaultTimeout      = 60 * time.Second // per request
	DefaultMaxInFlight  = 64               // requests served at once
	DefaultMaxAnswer    = 1 << 30          // 1 GiB of reports per answer
)

// Options configures [NewHandler]. The zero Options is ready to use.
type Options struct {
	// Catalog holds the sets the API knows; nil means the built-in sets
	// ([criteria.Builtin]). The handler only reads it: do not Add to it
	// once serving.
	Catalog *criteria.Catalog
	// MaxBodyBytes is the largest request body accepted (413 beyond);
	// 0 (or less) means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// Timeout bounds the work of one request (503 beyond), reading its
	// body included: a body still arriving at the timeout is answered 503
	// (the connection's read deadline is set through
	// [http.ResponseController]), so that a slow client holds no slot of
	// MaxInFlight past it. 0 (or less) means DefaultTimeout.
	Timeout time.Duration
	// Logger receives one record per request and the panics recovered;
	// nil means slog.Default().
	Logger *slog.Logger
	// MaxAnswerBytes bounds the reports of one POST /evaluate, held in
	// a temporary file until the answer's status is known (413 beyond:
	// send fewer communes per request); 0 (or less) means DefaultMaxAnswer.
	MaxAnswerBytes int64
	// MaxInFlight is how many requests are served at once; the others are
	// answered 503 at once, with Retry-After. 0 (or less) means
	// DefaultMaxInFlight.
	MaxInFlight int
	// CORSOrigins lists the origins ("https://nhaplieu.example.vn",
	// scheme://host[:port]) whose browser pages may call the API, or "*"
	// for any: their preflight requests (OPTIONS) are answered 204 and
	// every answer to them has Access-Control-Allow-Origin; credentials
	// (cookies) are not allowed. An entry that is no origin is logged and
	// left out. nil: none (no CORS header field; OPTIONS is 405).
	CORSOrigins []string
}

// handler serves the API; its fields are set once by NewHandler and only
// read afterwards, so it is safe for concurrent requests.
type handler struct {
	cat      *criteria.Catalog
	maxBody  int64
	maxAns   int64
	timeout  time.Duration
	log      *slog.Logger
	slots    chan struct{}
	cors     corsOrigins
	mux      *http.ServeMux
	setsJSON []byte // the answer of GET /sets
	// defs holds the answers of GET /sets/{id} without year=, by
	// definitionKey: each a []byte, written once.
	defs sync.Map
}

// openAPI is the OpenAPI document as written, its schemas referring to
// those of docs/schema by their $id.
//
//go:embed openapi.json
var openAPI []byte

// openAPIBundled is the document GET /openapi.json answers: openAPI with
// the schemas of docs/schema in its components.schemas and every $ref
// within the document, so that it is read offline (written by go test
// ./httpapi -run SelfContained -update).
//
//go:embed openapi.bundled.json
var openAPIBundled []byte

// NewHandler returns the API's handler.
func NewHandler(opt Options) http.Handler {
	h := &handler{cat: opt.Catalog, maxBody: opt.MaxBodyBytes, timeout: opt.Timeout, log: opt.Logger}
	if h.cat == nil {
		h.cat = criteria.Builtin()
	}
	if h.maxBody <= 0 {
		h.maxBody = DefaultMaxBodyBytes
	}
	h.maxAns = opt.MaxAnswerBytes
	if h.maxAns <= 0 {
		h.maxAns = DefaultMaxAnswer
	}
	if h.timeout <= 0 {
		h.timeout = DefaultTimeout
	}
	if h.log == nil {
		h.log = slog.Default()
	}
	n := opt.MaxInFlight
	if n <= 0 {
		n = DefaultMaxInFlight
	}
	h.slots = make(chan struct{}, n)
	h.cors = newCORSOrigins(opt.CORSOrigins, h.log)
	h.setsJSON = setList(catalogs.Sets(h.cat))

	h.mux = http.NewServeMux()
	// Patterns without a method, so that a wrong method answers 405 in
	// JSON; {id...} also matches an ID whose slash was not escaped.
	h.mux.HandleFunc("/healthz", h.method(http.MethodGet, h.healthz))
	h.mux.HandleFunc("/sets", h.method(http.MethodGet, h.sets))
	h.mux.HandleFunc("/sets/{id...}", h.method(http.MethodGet, h.set))
	h.mux.HandleFunc("/evaluate", h.method(http.MethodPost, h.evaluate))
	h.mux.HandleFunc("/plans/status", h.method(http.MethodPost, h.planStatus))
	h.mux.HandleFunc("/openapi.json", h.method(http.MethodGet, h.openapi))
	h.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		pre := prefixOf(r)
		writeProblems(w, http.StatusNotFound, langOf(r.URL.Query()), &problem.Problem{Code: problem.NotFound, Path: pre + r.URL.Path,
			Err: problem.Errorf(problem.NotFound, "no route %s (see GET %s)", pre+r.URL.Path, pre+"/openapi.json")})
	})
	return h
}

// ServeHTTP logs the request, bounds the requests in flight and their
// time, and turns a panic into 500.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rw := &recorder{ResponseWriter: w}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			h.log.Error("httpapi: panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v),
				"stack", string(debug.Stack()))
			if !rw.wrote {
				writeProblems(rw, http.StatusInternalServerError, langOf(r.URL.Query()), &problem.Problem{Code: problem.Internal,
					Err: problem.Errorf(problem.Internal, "internal error (logged by the server)")})
			}
		}
		h.log.Info("httpapi: request", "method", r.Method, "path", prefixOf(r)+r.URL.Path, "query", r.URL.RawQuery,
			"status", rw.status(), "bytes", rw.n, "duration", time.Since(start))
	}()
	// The header fields of CORS come first, so that a page of an allowed
	// origin reads every answer, problems included.
	corsAllowed := h.cors.setCORS(rw, r)
	// The escaped path, as ServeMux cleans it: an escaped slash or dot
	// (of a set ID, "..%2F933") is no path element.
	if clean, ok := cleanPath(r.URL.EscapedPath()); !ok {
		// As ServeMux does, but under the prefix the handler is mounted
		// at, which ServeMux's own redirect would drop.
		loc := escapedPrefixOf(r) + clean
		if q := escapeQuery(r.URL.RawQuery); q != "" {
			loc += "?" + q
		}
		rw.Header().Set("Location", loc)
		rw.WriteHeader(http.StatusTemporaryRedirect)
		return
	}
	// /healthz is outside the limit: a busy server is alive.
	select {
	case h.slots <- struct{}{}:
		defer func() { <-h.slots }()
	case <-noSlotNeeded(r):
	default:
		rw.Header().Set("Retry-After", "1")
		writeProblems(rw, http.StatusServiceUnavailable, langOf(r.URL.Query()), &problem.Problem{Code: problem.Busy,
			Err: problem.Errorf(problem.Busy, "too many requests in flight (%d); retry later", cap(h.slots))})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.timeout)
	defer cancel()
	// Reading the body ends at the same deadline, so that a client sending
	// it more slowly holds no slot past the timeout, whatever the server's
	// ReadTimeout (a ResponseWriter that cannot set it is left as it is).
	if dl, ok := ctx.Deadline(); ok {
		_ = http.NewResponseController(w).SetReadDeadline(dl)
	}
	if corsAllowed && isPreflight(r) {
		r = r.WithContext(context.WithValue(ctx, preflightKey{}, true))
	} else {
		r = r.WithContext(ctx)
	}
	h.mux.ServeHTTP(rw, r)
}

// timedOut answers 503 timeout.
func (h *handler) timedOut(w http.ResponseWriter, lang problem.Lang) {
	writeProblems(w, http.StatusServiceUnavailable, lang, &problem.Problem{Code: problem.Timeout, File: "request",
		Err: problem.Errorf(problem.Timeout, "the request took longer than %s; send fewer communes per request", h.timeout)})
}

// statusClientGone is the status the request log gives a request whose
// client went away (its context canceled) before its answer was ready:
// nginx's 499, never sent.
const statusClientGone = 499

// clientGone ends a request whose client went away: nothing is written
// (nobody reads it), and the request is logged with statusClientGone, not
// as a timeout of the server.
func clientGone(w http.ResponseWriter) {
	if rw, ok := w.(*recorder); ok && !rw.wrote {
		rw.code, rw.gone = statusClientGone, true
	}
}

// closed is a closed channel: a select on it goes ahead at once.
var closed = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

// noSlotNeeded returns closed for a request served outside MaxInFlight
// (GET /healthz), nil (never ready) for the others.
func noSlotNeeded(r *http.Request) <-chan struct{} {
	if r.URL.Path == "/healthz" {
		return closed
	}
	return nil
}

// recorder remembers the status and size of an answer, for the log and
// for the panic handler.
type recorder struct {
	http.ResponseWriter
	code  int
	n     int64
	wrote bool
	gone  bool // the client went away: code is statusClientGone, not sent
}

func (rw *recorder) WriteHeader(code int) {
	if !rw.wrote {
		rw.code, rw.wrote = code, true
	}
	rw.ResponseWriter.WriteHeader(code)
}

func (rw *recorder) Write(p []byte) (int, error) {
	if !rw.wrote {
		rw.code, rw.wrote = http.StatusOK, true
	}
	n, err := rw.ResponseWriter.Write(p)
	rw.n += int64(n)
	return n, err
}

func (rw *recorder) status() int {
	if rw.gone {
		return statusClientGone
	}
	if !rw.wrote {
		return http.StatusOK
	}
	return rw.code
}

// Unwrap lets http.ResponseController reach the connection.
func (rw *recorder) Unwrap() http.ResponseWriter { return rw.ResponseWriter }

// preflightKey marks the context of a CORS preflight request from an
// allowed origin, which the routes answer 204.
type preflightKey struct{}

// method answers 405 to any method but m (and HEAD for GET).
func (h *handler) method(m string, next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != m && !(m == http.MethodGet && r.Method == http.MethodHead) {
			allow := m
			if m == http.MethodGet {
				allow += ", " + http.MethodHead
			}
			if r.Context().Value(preflightKey{}) != nil {
				preflight(w, r, allow)
				return
			}
			w.Header().Set("Allow", allow)
			p := prefixOf(r) + r.URL.Path
			writeProblems(w, http.StatusMethodNotAllowed, langOf(r.URL.Query()), &problem.Problem{Code: problem.MethodNotAllowed, Path: p,
				Err: problem.Errorf(problem.MethodNotAllowed, "method %s not allowed on %s; use %s", r.Method, p, m)})
			return
		}
		next(w, r)
	}
}

func (h *handler) healthz(w http.ResponseWriter, r *http.Request) {
	writeBytes(w, http.StatusOK, "application/json", []byte(`{"status": "ok"}`+"\n"))
}

// withServer returns the OpenAPI document doc with the URL of its server
// (openapi.json has one, "/") replaced by url.
func withServer(doc []byte, url string) []byte {
	at := bytes.Index(doc, []byte(`"servers"`))
	if at < 0 {
		return doc
	}
	old := []byte(`"url": "/"`)
	i := bytes.Index(doc[at:], old)
	if i < 0 {
		return doc
	}
	u, _ := json.Marshal(url)
	i += at
	return slices.Concat(doc[:i], []byte(`"url": `), u, doc[i+len(old):])
}

func (h *handler) openapi(w http.ResponseWriter, r *http.Request) {
	doc := openAPIBundled
	if pre := prefixOf(r); pre != "" {
		doc = withServer(doc, pre)
	}
	writeBytes(w, http.StatusOK, "application/json", doc)
}

// prefixOf returns the path the handler is mounted under when a handler
// such as http.StripPrefix took it off the request's path ("/ntm"), from
// the request's RequestURI; "" when the path is whole.
func prefixOf(r *http.Request) string {
	if p, err := url.PathUnescape(escapedPrefixOf(r)); err == nil {
		return p
	}
	return ""
}

// escapedPrefixOf is prefixOf, escaped as the client sent it
// ("/%C4%91%C3%A1nh%20gi%C3%A1").
func escapedPrefixOf(r *http.Request) string {
	if r.RequestURI == "" || r.RequestURI == "*" {
		return ""
	}
	u, err := url.ParseRequestURI(r.RequestURI)
	if err != nil {
		return ""
	}
	whole, rest := u.EscapedPath(), r.URL.EscapedPath()
	pre, ok := strings.CutSuffix(whole, rest)
	if !ok {
		return ""
	}
	if _, err := url.PathUnescape(pre); err != nil {
		return ""
	}
	return pre
}

// escapeQuery percent-encodes the bytes of a raw query that a URL cannot
// hold as they are (controls, space, '#', bytes beyond ASCII), so that it
// says the same in a Location header.
func escapeQuery(q string) string {
	bad := func(c byte) bool { return c <= ' ' || c == '#' || c >= 0x7f }
	if !strings.ContainsFunc(q, func(r rune) bool { return r > 0x7e || bad(byte(r)) }) {
		return q
	}
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		if c := q[i]; bad(c) {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// cleanPath returns p without . and .. elements and doubled slashes,
// keeping a final slash; ok is true when p is clean already.
func cleanPath(p string) (clean string, ok bool) {
	if p == "" || p[0] != '/' {
		return p, true
	}
	clean = path.Clean(p)
	if p[len(p)-1] == '/' && clean != "/" {
		clean += "/"
	}
	return clean, clean == p
}

// writeBytes answers status with b.
func writeBytes(w http.ResponseWriter, status int, contentType string, b []byte) {
	w.Header().Set("Content-Type", contentType+"; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
}

// writeJSON answers status with v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		panic(fmt.Sprintf("httpapi: encoding an answer: %v", err)) // the recover of ServeHTTP answers 500
	}
	writeBytes(w, status, "application/json", append(b, '\n'))
}

// jsonIndent is json.MarshalIndent with two spaces.
func jsonIndent(v any) ([]byte, error) { return json.MarshalIndent(v, "", "  ") }
