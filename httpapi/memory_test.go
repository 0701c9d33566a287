package httpapi

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestMemoryUnder16Concurrent8MiBRequests sends 16 POST /evaluate of 8 MiB
// of JSON at once and logs the peak heap and the peak RSS of the process.
// It is a measurement, run by hand (it takes a minute and writes the
// answers' spool files):
//
//	NTM_HTTPAPI_MEMORY=1 go test ./httpapi -run Memory -v
func TestMemoryUnder16Concurrent8MiBRequests(t *testing.T) {
	if os.Getenv("NTM_HTTPAPI_MEMORY") == "" {
		t.Skip("a measurement: set NTM_HTTPAPI_MEMORY=1 to run it")
	}
	const size, n = 8 << 20, 16
	var b strings.Builder
	b.WriteString("[")
	for i := 0; b.Len() < size-400; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"commune": {"name": "Xã %d", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, `+
			`"sets": {"1980/QĐ-TTg": {"1.1": true, "4.2": "96.5", "5": {"numerator": 2, "denominator": 3, "unit": "trường"}, "17.6": "80"}}}`, i)
	}
	b.WriteString("]")
	body := b.String()
	srv := httptest.NewServer(NewHandler(quiet(Options{Timeout: 10 * time.Minute})))
	defer srv.Close()

	var peakHeap atomic.Uint64
	stop := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peakHeap.Load() {
				peakHeap.Store(m.HeapInuse)
			}
		}
	}()
	start := time.Now()
	var wg sync.WaitGroup
	var answered atomic.Int64
	for i := range n {
		wg.Go(func() {
			resp, err := http.Post(srv.URL+"/evaluate", "application/json", strings.NewReader(body))
			if err != nil {
				t.Errorf("request %d: %v", i, err)
				return
			}
			defer resp.Body.Close()
			k, err := io.Copy(io.Discard, resp.Body)
			if err != nil || resp.StatusCode != http.StatusOK {
				t.Errorf("request %d: status %d, %v", i, resp.StatusCode, err)
			}
			answered.Add(k)
		})
	}
	wg.Wait()
	close(stop)
	t.Logf("%d concurrent requests of %d bytes: %v, answers %d bytes in all; peak heap in use %d MiB, peak RSS %s",
		n, len(body), time.Since(start).Round(time.Millisecond), answered.Load(), peakHeap.Load()>>20, vmHWM())
}

// vmHWM returns the peak resident set size of the process (Linux).
func vmHWM() string {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
