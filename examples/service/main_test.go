package main

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"os/signal"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/httpapi"
)

// body is one commune's assessment: a small evaluation.
const body = `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
  "sets": {"1980/QĐ-TTg": {"4.2": "96", "5": {"numerator": 2, "denominator": 3, "unit": "trường"}}}}`

// start serves h on a loopback port until ctx is done; the returned
// channel gives serve's result.
func start(t *testing.T, ctx context.Context, h http.Handler) (string, chan error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, h) }()
	return "http://" + ln.Addr().String(), done
}

// post sends body to url/evaluate and returns the status and the answer.
func post(client *http.Client, url string) (int, string, error) {
	resp, err := client.Post(url+"/evaluate", "application/json", strings.NewReader(body))
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), err
}

// TestSIGTERMDrainsTheRequestsInFlight sends SIGTERM to the test process
// while 40 requests are in the handler: every one must complete with its
// full answer, and the server must then stop.
func TestSIGTERMDrainsTheRequestsInFlight(t *testing.T) {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	const n = 40
	var entered sync.WaitGroup
	entered.Add(n)
	api := httpapi.NewHandler(httpapi.Options{Logger: quietLog()})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entered.Done()
		time.Sleep(200 * time.Millisecond) // still in flight when the signal comes
		api.ServeHTTP(w, r)
	})
	url, done := start(t, ctx, slow)
	client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: n}}
	_, want, err := post(client, url)
	if err != nil {
		t.Fatal(err)
	}
	entered.Add(1) // the request above
	type result struct {
		status int
		body   string
		err    error
	}
	results := make(chan result, n)
	for range n {
		go func() {
			status, b, err := post(client, url)
			results <- result{status, b, err}
		}()
	}
	entered.Wait()
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for range n {
		r := <-results
		if r.err != nil || r.status != http.StatusOK || r.body != want {
			t.Errorf("a request in flight at SIGTERM: status %d, error %v, answer complete %v", r.status, r.err, r.body == want)
		}
	}
	if err := <-done; err != nil {
		t.Errorf("serve returned %v after SIGTERM, want nil", err)
	}
	if _, _, err := post(&http.Client{}, url); err == nil {
		t.Error("the server still answers after shutdown")
	}
}

// TestLoad2000ConcurrentEvaluations sends 2,000 evaluations at once to a
// server on the loopback interface, through at most 64 connections, and
// logs the median and 99th percentile latency (run with -v).
func TestLoad2000ConcurrentEvaluations(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	url, done := start(t, ctx, httpapi.NewHandler(httpapi.Options{Logger: quietLog()}))
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	const n, conns = 2000, 64 // conns ≤ httpapi.DefaultMaxInFlight: no 503
	client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: conns, MaxIdleConnsPerHost: conns}}
	_, want, err := post(client, url)
	if err != nil {
		t.Fatal(err)
	}
	lat := make([]time.Duration, n)
	var wg sync.WaitGroup
	begin := time.Now()
	for i := range n {
		wg.Go(func() {
			t0 := time.Now()
			status, b, err := post(client, url)
			lat[i] = time.Since(t0)
			if err != nil || status != http.StatusOK || b != want {
				t.Errorf("request %d: status %d, error %v", i, status, err)
			}
		})
	}
	wg.Wait()
	total := time.Since(begin)
	slices.Sort(lat)
	t.Logf("%d evaluations through %d connections in %v (%.0f/s): p50 %v, p99 %v, max %v",
		n, conns, total.Round(time.Millisecond), float64(n)/total.Seconds(),
		lat[n/2].Round(time.Microsecond), lat[n*99/100].Round(time.Microsecond), lat[n-1].Round(time.Microsecond))
}

func TestSetsFromReplacesABuiltinSet(t *testing.T) {
	s := criteria.QD933()
	s.Title.EN = "Lạng Sơn enhanced NTM criteria (loaded from a file)"
	var b strings.Builder
	if err := criteria.WriteDefinition(&b, s); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "933.json")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cat, err := loadCatalog(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	url, _ := start(t, ctx, httpapi.NewHandler(httpapi.Options{Catalog: cat, Logger: quietLog()}))
	resp, err := http.Get(url + "/sets/933")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(got), "(loaded from a file)") {
		t.Errorf("GET /sets/933 does not answer the loaded definition:\n%.400s", got)
	}

	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"id": "933/QĐ-UBND", "bogus": 1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadCatalog(bad); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("loadCatalog of a bad file: error %v, want one naming the file", err)
	}
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// TestCORSOriginFlag checks that -cors-origin, given twice, lets pages of
// both origins call the API and no other: a preflight request from each
// is answered 204 with its origin allowed; from a third origin it is not.
func TestCORSOriginFlag(t *testing.T) {
	fs := flag.NewFlagSet("service", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	cfg, err := parseFlags(fs, []string{"-cors-origin", "https://nhaplieu.example.vn", "-cors-origin", "http://localhost:5173"})
	if err != nil {
		t.Fatal(err)
	}
	h := httpapi.NewHandler(cfg.options(criteria.Builtin(), slog.New(slog.NewTextHandler(io.Discard, nil))))
	for _, tc := range []struct {
		origin string
		allow  bool
	}{{"https://nhaplieu.example.vn", true}, {"http://localhost:5173", true}, {"https://other.example", false}} {
		req := httptest.NewRequest(http.MethodOptions, "/evaluate", nil)
		req.Header.Set("Origin", tc.origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		got := rec.Header().Get("Access-Control-Allow-Origin")
		if tc.allow && (rec.Code != http.StatusNoContent || got != tc.origin) {
			t.Errorf("preflight from %s: %d, Access-Control-Allow-Origin %q; want 204 and the origin", tc.origin, rec.Code, got)
		}
		if !tc.allow && (rec.Code == http.StatusNoContent || got != "") {
			t.Errorf("preflight from %s: %d, Access-Control-Allow-Origin %q; want neither", tc.origin, rec.Code, got)
		}
	}
}

// TestUnexpectedArguments checks that an argument after the flags is
// refused, naming it.
func TestUnexpectedArguments(t *testing.T) {
	fs := flag.NewFlagSet("service", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if _, err := parseFlags(fs, []string{"-addr", ":0", "extra"}); err == nil || !strings.Contains(err.Error(), `"extra"`) {
		t.Errorf("err = %v, want unexpected arguments naming \"extra\"", err)
	}
}
