package httpapi

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchCommune is one commune with values for 1980/QĐ-TTg, %d its number
// (số liệu minh họa).
const benchCommune = `{"commune": {"name": "Xã %d", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, ` +
	`"sets": {"1980/QĐ-TTg": {"1.1": true, "1.2": true, "2.1": true, "2.2": true, "2.3": true, "2.4": true, ` +
	`"3.1": "85", "3.2": true, "4.1": true, "4.2": {"numerator": 189, "denominator": 200, "unit": "hộ"}, ` +
	`"5": {"numerator": 2, "denominator": 3, "unit": "trường"}, "10": "36.8", "17.2": "n/a", "17.6": "72.5"}}}`

// benchCommunes is a JSON array of n communes.
func benchCommunes(n int) string {
	var b strings.Builder
	b.WriteString("[")
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, benchCommune, i)
	}
	b.WriteString("]")
	return b.String()
}

// benchRequest is one request of BenchmarkHandler, answered status.
type benchRequest struct {
	name, method, target, contentType, body string
	status                                  int
}

// BenchmarkHandler calls the handler as a service mounting it does, one
// request at a time, without the network:
//
//	go test ./httpapi -run '^$' -bench BenchmarkHandler -cpu 1 -benchmem
func BenchmarkHandler(b *testing.B) {
	xlsx, err := os.ReadFile(filepath.Join("..", "workbook", "testdata", "so-lieu-rong.xlsx"))
	if err != nil {
		b.Fatal(err)
	}
	for _, rq := range []benchRequest{
		{"evaluate/json-1", http.MethodPost, "/evaluate", mediaJSON, benchCommunes(1), http.StatusOK},
		{"evaluate/json-100", http.MethodPost, "/evaluate", mediaJSON, benchCommunes(100), http.StatusOK},
		{"evaluate/json-1-csv", http.MethodPost, "/evaluate?format=csv", mediaJSON, benchCommunes(1), http.StatusOK},
		{"evaluate/csv-1", http.MethodPost, "/evaluate", mediaCSV, csvBody[:strings.Index(csvBody, "Lạng Sơn,Hữu Lũng,Nhật Tiến")], http.StatusOK},
		{"evaluate/xlsx", http.MethodPost, "/evaluate", mediaXLSX, string(xlsx), http.StatusOK},
		{"sets", http.MethodGet, "/sets", "", "", http.StatusOK},
		{"sets/1980", http.MethodGet, "/sets/1980", "", "", http.StatusOK},
		{"sets/1980-region-year", http.MethodGet, "/sets/1980?region=TDMNPB&year=2020", "", "", http.StatusOK},
		{"plans/status", http.MethodPost, "/plans/status?as_of=2020-04-30", mediaJSON, planBody(b), http.StatusOK},
		{"openapi", http.MethodGet, "/openapi.json", "", "", http.StatusOK},
	} {
		b.Run(rq.name, func(b *testing.B) {
			h := NewHandler(quiet(Options{}))
			if rec := do(b, h, rq.method, rq.target, rq.contentType, rq.body); rec.Code != rq.status {
				b.Fatalf("status %d, want %d; body:\n%.500s", rec.Code, rq.status, rec.Body)
			}
			body := strings.NewReader(rq.body)
			b.SetBytes(int64(len(rq.body)))
			b.ReportAllocs()
			for b.Loop() {
				body.Reset(rq.body)
				req := httptest.NewRequest(rq.method, rq.target, body)
				if rq.contentType != "" {
					req.Header.Set("Content-Type", rq.contentType)
				}
				h.ServeHTTP(httptest.NewRecorder(), req)
			}
		})
	}
}
