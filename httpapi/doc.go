// Package httpapi is ntm's HTTP API as an [http.Handler] to mount in a Go
// service: the criteria sets, the evaluation of commune assessments and the
// status of a provincial plan (Kế hoạch), in the formats of docs/formats.md
// (section "HTTP API"). [NewHandler] returns it. The handler is safe for
// concurrent use and only reads [Options].Catalog, which stays the caller's
// own and must not change while it serves.
//
//	http.Handle("/", httpapi.NewHandler(httpapi.Options{}))
//
// or beside a service's own routes, under a prefix:
//
//	mux.Handle("/ntm/", http.StripPrefix("/ntm", httpapi.NewHandler(httpapi.Options{})))
//
// Under a prefix taken off by http.StripPrefix (or any handler that leaves
// the request's RequestURI as the client sent it), the answers name the
// paths the client used ("/ntm/nope" in a 404) and GET /openapi.json gives
// the prefix as its server URL ("servers": [{"url": "/ntm"}]), so that a
// client generated from it calls /ntm/evaluate.
//
// The handler serves at most Options.MaxInFlight requests at once, each
// within Options.Timeout.
//
// # Routes
//
//	GET  /healthz                 200 {"status": "ok"}
//	GET  /sets?year=&lang=        200 [{"id", "title", "level", "scope", "period", "content"}]
//	GET  /sets/{id}?region=&group=&year=&lang=
//	                              200 the set definition JSON; 404 unknown set
//	POST /evaluate?set=&lang=&format=json|csv|markdown|text
//	                              200 the reports; 422 {"reports", "problems"}; 400 {"problems"}
//	POST /plans/status?as_of=&lang=
//	                              200 the plan status JSON; 422 {"status", "problems"}; 400 {"problems"}
//	GET  /openapi.json            200 the OpenAPI 3.1 document of these routes (self-contained)
//
// {id} is a set ID or alias (1980, QD933), URL-escaped when it holds a
// slash (/sets/1980%2FQ%C4%90-TTg); an unescaped slash is accepted too.
// region (a region code, a region name or a province) keeps, for a set
// split by region, each indicator's common target and that region's; group
// (a commune group code) does the same for a set split by commune groups
// (51/2025/QĐ-TTg); a region set ignores group, a group set region. A
// province stands for the region of the former province of its name; when
// since 1/7/2025 the name also covers former provinces of other regions
// ("Tây Ninh": Long An, ĐBSCL), the 200 answer, the same, has an
// Ntm-Warning header field as POST /evaluate's (below), "query: region:
// TEXT" in the language of lang=, saying so and how to ask for the other
// regions' targets (region=DBSCL or region=Long An). year
// keeps, of each target's values by year, that year's. year= of GET /sets
// lists only the sets in force on some day of that year
// ([criteria.Set.InForce]: from the effective date, else the issue date,
// to the end of the period's last year), [] when none is.
//
// POST /evaluate reads assessments in JSON (Content-Type application/json,
// or no Content-Type; JSON is UTF-8, RFC 8259: a charset other than utf-8
// answers 415 encoding, whose message says to convert the body, or to send
// a table typed with TCVN3 or VNI as CSV with its charset) or CSV (text/csv: the long or the wide layout, ","
// ";" or tab; charset=utf-8, the default, windows-1258 or utf-16; tcvn3 or
// vni for a table typed with the Vietnamese fonts before Unicode) or an
// Excel workbook
// (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, read
// by package [github.com/nongthonmoi/ntm/workbook]: problems name the sheet
// and the cell; charset=tcvn3 or vni reads cells typed with those fonts);
// other media types answer 415. It answers 200 with the reports ("Evaluation report,
// JSON", or the format asked for) when every commune was read, 422
// {"reports": […], "problems": […]} when some were not (reports always in
// JSON there), and 400 {"problems": […]} when none was, or when nothing
// was evaluated (a body without communes, as "[]" or a CSV header alone, or
// communes without values for any set, or for set=: as `ntm eval` exits 1,
// the problems then say that nothing was evaluated). set= evaluates
// against that set only (assessments without values for it are skipped)
// and is the set of a CSV table without a set column;
// lang=vi|en chooses the language of labels, warnings and problem messages
// (Vietnamese by default). format= chooses the format of a 200 answer;
// without it, the Accept header does (RFC 9110): of application/json,
// text/csv, text/markdown and text/plain (format=text), the one of the
// highest weight, JSON first among equals (no Accept, */*: JSON); an
// Accept that admits none of them is 406 not-acceptable, in JSON as
// every problem. format= is never overridden by Accept; problem answers
// are JSON whatever Accept says. The other routes answer JSON alone and
// do not read Accept.
//
// As `ntm eval` joins its inputs, both routes join a commune's
// assessments of one year within the body for prerequisites (objects of a
// JSON array, sheets of a workbook): an assessment with neither values
// nor a recognition for a set its sets require (the 933/QĐ-UBND sheet,
// without the 1980/QĐ-TTg values of the other sheet)
// takes that set's outcome from another assessment of the commune and year
// that has values for it, and its prerequisite names where ("origin":
// "request: NTM!2:2"). The reports of an assessment whose prerequisite
// comes later in the body are answered after the others, in body order.
// Two assessments with values for the required set are a duplicate-key
// problem (422) at the second: the first is used.
//
// The warnings ntm eval prints once its input is read (a commune assessed
// twice for one set and year, however its names are spelt: both reports
// are answered; a name without diacritics that may be two known names;
// two names that differ only in diacritics; names compared as package
// github.com/nongthonmoi/ntm/units describes under Names) are,
// in the language of lang=, "ORIGIN: cảnh báo: TEXT" notes of a 422 or
// 400 answer, and Ntm-Warning header fields of a 200 answer (whose body is
// the bare report array), one per warning, "ORIGIN: TEXT" in UTF-8
// percent-encoded (RFC 3986), up to 4 KiB, then one counting the others.
//
// POST /plans/status takes {"plan": PLAN, "assessments": [ASSESSMENT, …]}
// (Content-Type application/json, or none; other media types answer 415,
// as does a charset other than utf-8)
// and answers the plan's status on as_of (YYYY-MM-DD, today in UTC when
// absent). PLAN is read as [plan.Read] reads it: only its "number" is
// required ({"number": "12/KH-UBND", "targets": […]} is a plan), and a plan
// without "inspection" is answered with "inspection": null. A commune
// assessed twice for the same set and year counts once, as in ntm plan: the
// second is a duplicate-key problem (422). The warnings on names that ntm
// plan prints (a name written without diacritics that may be two known
// names, two names that differ only in diacritics) are the status's last
// "warnings", "ORIGIN: TEXT" in the language of lang= (ORIGIN
// "assessments:8" or "plan: targets[1]"). The body is read
// as strictly as its parts: a syntax error names its line and column (in
// characters of the line), an unknown key or a key given twice its path.
// As `ntm plan`, which prints the status and exits 1 when some assessment
// is invalid, the answer is 200 with the status when the plan and every
// assessment were read; 422 {"status": STATUS, "problems": […]} when some
// assessments were not (the status is that of the assessments read); 400
// {"problems": […]} when the body or the plan could not be read, or no
// assessment could (every problem of the plan and of the assessments
// comes in one answer).
//
// # Problems
//
// Every error answer is JSON {"problems": [PROBLEM, …]}, where a problem is
// a [problem.Problem] serialised as {"code", "message", "file", "line",
// "column", "sheet", "cell", "path", "commune", "input", "input_size"} with
// empty fields left out (docs/schema/problem.schema.json). The message is
// the cause alone ("must be > 0"), in the language of lang=, Vietnamese
// by default on every route (a route's error answers, 404 and 405
// included, follow lang=en): the place, the commune and the quoted input
// have their own fields; input is quoted whole up to 256 bytes, else
// its first 81 characters with input_size its size in bytes
// ([problem.Problem.Bound]). file is "request" for the body of POST /evaluate
// and of POST /plans/status, "plan" or "assessments" for their parts,
// "query" for a query parameter (path names the parameter, input quotes
// its value). The routes that take lang= refuse a lang= other than vi and
// en, and a parameter they do not take; GET /healthz and GET /openapi.json
// read no query parameter and ignore any given, so that a health check
// always answers 200.
//
// The code is stable, one of [problem.Codes]: those of the specification
// (syntax, unknown-key, …, too-large), then ntm's extensions (invalid,
// ambiguous-set and the codes of answers about the request itself);
// docs/formats.md gives the meaning of each, and GET /openapi.json lists
// them (components.schemas.ProblemCode). An answer holds at most
// [problem.Max] problems; a last problem of code too-large says how many
// more there were. No route at the path: 404 not-found; wrong method: 405
// method-not-allowed with Allow; an Accept of POST /evaluate without
// format= that admits none of its formats: 406 not-acceptable; unknown set: 404 unknown-set on GET
// /sets/{id} (the resource asked for), 400 unknown-set for set= of POST
// /evaluate and in a body; empty set ID: 400 missing-field; a set ID
// that names two sets of the catalog: 400 ambiguous-set; a query parameter not taken or given twice: 400
// unknown-key or duplicate-key; a value of lang=, format=, year= or as_of=
// of the wrong form: 400 wrong-kind, outside what is allowed (year= and
// as_of= outside the years 1-9999, a group= the set does not have): 400
// out-of-range; a region= that is no region nor province: 400
// region-mismatch; a body of another media type: 415
// unsupported-media-type, as is a body with a Content-Encoding other than
// identity (gzip: bodies are read as they are; the answer has
// Accept-Encoding: identity), a charset not read (of JSON one but utf-8): 415 encoding; body above
// Options.MaxBodyBytes (at once, unread, when its Content-Length says so),
// or reports above Options.MaxAnswerBytes: 413
// too-large; more requests than Options.MaxInFlight: 503 busy with
// Retry-After (GET /healthz is outside the limit); a request past
// Options.Timeout, or whose body is still arriving then: 503 timeout; a
// panic: 500 internal (logged with its stack, never sent).
//
// # Browsers (CORS)
//
// A page of another origin (a data-entry form served elsewhere) may call
// the API once its origin is listed in Options.CORSOrigins ("*" for any):
// a preflight request (OPTIONS with Origin and
// Access-Control-Request-Method) to a route is answered 204 with
// Access-Control-Allow-Methods (the route's: "POST", or "GET, HEAD"),
// Access-Control-Allow-Headers (those asked for) and
// Access-Control-Max-Age (600); every answer to that origin, problems
// included, has Access-Control-Allow-Origin and
// Access-Control-Expose-Headers (Ntm-Warning, Retry-After, Allow,
// Accept-Encoding, Location), and Vary: Origin unless "*". Credentials
// (cookies) are not allowed. Without the option (the default) no answer
// has these fields and OPTIONS is a 405, as for another origin.
//
// # Memory
//
// POST /evaluate decodes the body one commune at a time
// ([evaluate.Decoder]) and encodes each report as soon as it is made. As a
// 200 answer can only be sent once the whole body is known to be valid,
// encoded reports are held in memory up to 1 MiB and spooled to a
// temporary file beyond that (removed when the request ends), then copied
// to the client; reports beyond Options.MaxAnswerBytes (1 GiB by default)
// answer 413. A workbook is the exception: its zip archive is held whole
// (at most Options.MaxBodyBytes). Otherwise a request holds one commune, at most 1 MiB of encoded
// reports (2 MiB for formats other than json, whose 422 answer still needs
// the JSON) and at most [problem.Max] problems, whatever the size of the
// body or of the answer, besides, for prerequisites, a few bytes per
// commune and year with values for a set some set requires and the
// assessments whose prerequisite comes later in the body (at most the
// body's communes), and, for the warnings, each distinct spelling of the
// places read with its keys hashed and, per commune, set and year, a
// 12-byte key and 24 bytes (never the reports). POST /plans/status holds
// its body (at most Options.MaxBodyBytes) and the reports of the plan's
// target years.
//
// Each request is logged with [log/slog] at the end: method, path, status,
// bytes written and duration. A POST /evaluate whose client goes away (the
// request's context canceled) while its body is still arriving is not
// answered, and is logged with status 499 (client closed request), not as
// a 503 timeout. Once the body is read to its end, a context canceled is
// no sign the client is gone (Go's server cancels it too when the client
// closes only its side of the connection, and reads the answer): the body
// is evaluated and answered. A body whose reading fails (a connection
// closed before it arrived whole) is answered 400 syntax, "reading the
// request body", none of it evaluated.
package httpapi
