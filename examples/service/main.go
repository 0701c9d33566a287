// Command service is a small JSON API over the library, built on net/http:
// the criteria sets, the evaluation of commune assessments, and the status
// of a provincial plan (Kế hoạch), in the interchange formats of the
// specification.
//
// Run it with
//
//	go run ./examples/service [-addr 127.0.0.1:8080] [-max-body BYTES] [-sets-from FILE]
//
// and stop it with Ctrl-C (SIGINT) or SIGTERM: requests in flight are
// finished before it exits.
//
// # Endpoints
//
// GET /criteria/{set}[?region=R] answers the set's definition ("Set
// definition, JSON", as `ntm criteria --format json`). {set} is a set ID or
// alias, URL-escaped when it holds a slash: /criteria/1980%2FQ%C4%90-TTg,
// /criteria/1980, /criteria/QD933. With region (a code such as TDMNPB,
// a region name, or a province such as Lạng Sơn) each indicator keeps only
// its common target and that region's (as `ntm criteria --region`).
//
//	curl 'http://127.0.0.1:8080/criteria/1980?region=TDMNPB'
//
// POST /evaluate takes assessments ("Assessment, JSON": one object or an
// array) and answers the reports ("Evaluation report, JSON", as
// `ntm eval --format json`): one per assessment and set it has values for.
// Optional query parameters: set=ID (evaluate only against that set) and
// lang=vi|en (the language of the warnings).
//
//	curl -d @hoalac.json http://127.0.0.1:8080/evaluate
//
// POST /plan/status takes {"plan": PLAN, "assessments": [...], "as_of":
// "YYYY-MM-DD"}, where PLAN is a plan in the "Plan, JSON" format, and
// answers the plan's status on that date ("Plan status, JSON", as
// `ntm plan --format json`). "assessments" may be absent (every target is
// then not evaluated); "as_of" is required.
//
// # Errors
//
// Every error answer is JSON: {"errors": [{"file": …, "path": …,
// "message": …}, …]}. For bad input (400) there is one entry per problem,
// as the library's decoders report them, in their order: "file" names the
// part of the request ("body" for /evaluate; "plan", "assessments", "as_of"
// or "request" for /plan/status; "query" for a query parameter), "path" the
// place inside it (`[1].sets["1980/QĐ-TTg"]["5"].denominator`,
// `targets[0].set`), "message" the library's full message; "input" (the
// offending text), "commune" and "cause" are added when known. An unknown
// set or path answers 404, a method the endpoint does not take 405 (with
// an Allow header), a body over the limit (8 MiB by default) 413.
//
// The catalog of sets is built once at start and only read afterwards, so
// the handler is safe for concurrent requests.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "`address` to listen on")
	maxBody := flag.Int64("max-body", defaultMaxBody, "largest request body accepted, in `bytes`")
	setsFrom := flag.String("sets-from", "", "read set definitions (JSON) from `file`, adding to or replacing the built-in sets")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "service: unexpected arguments %q\n", flag.Args())
		os.Exit(2)
	}
	cat, err := loadCatalog(*setsFrom)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "service:", err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log.Printf("service: listening on http://%s (Ctrl-C to stop)", ln.Addr())
	if err := serve(ctx, ln, newHandler(config{Catalog: cat, MaxBodyBytes: *maxBody})); err != nil {
		log.Print(err)
		os.Exit(1)
	}
	log.Print("service: stopped")
}

// loadCatalog returns the built-in sets, with the definitions of file
// added (replacing a built-in set of the same ID) when file is not "".
func loadCatalog(file string) (*criteria.Catalog, error) {
	cat := criteria.Builtin()
	if file == "" {
		return cat, nil
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("service: -sets-from: %w", err)
	}
	defer f.Close()
	sets, err := criteria.ReadDefinitions(f)
	if err != nil {
		return nil, fmt.Errorf("service: -sets-from %s: %w", file, err)
	}
	if err := cat.Add(sets...); err != nil {
		return nil, fmt.Errorf("service: -sets-from %s: %w", file, err)
	}
	return cat, nil
}

// serve answers requests on ln with h until ctx is done, then shuts the
// server down gracefully: it stops accepting, lets the requests in flight
// finish (for up to 10 seconds) and returns.
func serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      time.Minute,
		IdleTimeout:       2 * time.Minute,
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("service: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("service: shutdown: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("service: %w", err)
	}
	return nil
}
