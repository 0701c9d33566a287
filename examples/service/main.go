// Command service serves ntm's HTTP API (package
// github.com/nongthonmoi/ntm/httpapi): the criteria sets, the evaluation of
// commune assessments and the status of a provincial plan (Kế hoạch), in
// the formats of docs/formats.md. See the package's documentation, or
// GET /openapi.json, for the routes.
//
// Run it with
//
//	go run ./examples/service [-addr 127.0.0.1:8080] [-max-body BYTES] [-max-in-flight N] [-sets-from FILE] [-cors-origin ORIGIN]...
//
// and stop it with Ctrl-C (SIGINT) or SIGTERM: it stops accepting
// connections and finishes the requests in flight (for up to 30 seconds)
// before it exits.
//
//	curl http://127.0.0.1:8080/sets
//	curl -H 'Content-Type: application/json' --data-binary @hoalac.json http://127.0.0.1:8080/evaluate
//	curl -H 'Content-Type: text/csv' --data-binary @communes.csv 'http://127.0.0.1:8080/evaluate?format=text'
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/httpapi"
)

func main() {
	cfg, err := parseFlags(flag.CommandLine, os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "service:", err)
		os.Exit(2)
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	cat, err := loadCatalog(cfg.setsFrom)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "service:", err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log.Info("service: listening (Ctrl-C to stop)", "url", "http://"+ln.Addr().String())
	h := httpapi.NewHandler(cfg.options(cat, log))
	if err := serve(ctx, ln, h); err != nil {
		log.Error(err.Error())
		os.Exit(1)
	}
	log.Info("service: stopped")
}

// config is what the command line asks for.
type config struct {
	addr, setsFrom string
	maxBody        int64
	maxInFlight    int
	corsOrigins    []string
}

// parseFlags reads the command line args (without the program's name)
// with fs.
func parseFlags(fs *flag.FlagSet, args []string) (config, error) {
	var c config
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "`address` to listen on")
	fs.Int64Var(&c.maxBody, "max-body", httpapi.DefaultMaxBodyBytes, "largest request body accepted, in `bytes`")
	fs.IntVar(&c.maxInFlight, "max-in-flight", 0, "requests served at once, the others answered 503 (0: httpapi.DefaultMaxInFlight)")
	fs.StringVar(&c.setsFrom, "sets-from", "", "read set definitions (JSON) from `file`, adding to or replacing the built-in sets")
	fs.Func("cors-origin", "let browser pages of `origin` (https://nhaplieu.example.vn, or * for any) call the API; repeat for several",
		func(s string) error {
			c.corsOrigins = append(c.corsOrigins, s)
			return nil
		})
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	return c, nil
}

// options returns the handler's options for c, with the sets of cat.
func (c config) options(cat *criteria.Catalog, log *slog.Logger) httpapi.Options {
	return httpapi.Options{Catalog: cat, MaxBodyBytes: c.maxBody, MaxInFlight: c.maxInFlight, CORSOrigins: c.corsOrigins, Logger: log}
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

// Server timeouts: a client gets 10 s to send its headers and 2 minutes
// for the whole request (a 32 MiB body on a slow link) and for the answer;
// an idle keep-alive connection is closed after 2 minutes; shutdown waits
// up to 30 s for the requests in flight.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 2 * time.Minute
	writeTimeout      = 2 * time.Minute
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = 30 * time.Second
)

// serve answers requests on ln with h until ctx is done, then shuts the
// server down gracefully: it stops accepting, lets the requests in flight
// finish (for up to shutdownTimeout) and returns.
func serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("service: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("service: shutdown: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("service: %w", err)
	}
	return nil
}
