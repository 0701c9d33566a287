package httpapi_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/nongthonmoi/ntm/httpapi"
)

// A Go program mounts the API in its own server (here under /ntm/, with
// httptest standing for http.ListenAndServe) and posts assessments to
// POST /evaluate: 200 with the reports when every commune was read, 422
// with the reports of those read and the problems of the others. The
// figures are illustrative (số liệu minh họa).
func ExampleNewHandler() {
	mux := http.NewServeMux()
	mux.Handle("/ntm/", http.StripPrefix("/ntm", httpapi.NewHandler(httpapi.Options{})))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	post := func(body string) {
		resp, err := http.Post(srv.URL+"/ntm/evaluate?lang=en", "application/json", strings.NewReader(body))
		if err != nil {
			panic(err)
		}
		defer resp.Body.Close()
		var answer struct {
			Reports []struct {
				Set           string
				Commune       struct{ Name string }
				Status        string
				CriteriaMet   int `json:"criteria_met"`
				CriteriaTotal int `json:"criteria_total"`
			}
			Problems []struct{ Code, Message, Path string }
		}
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode == http.StatusOK {
			err = json.Unmarshal(b, &answer.Reports) // 200: the array of reports
		} else {
			err = json.Unmarshal(b, &answer) // 422: {"reports", "problems"}
		}
		if err != nil {
			panic(err)
		}
		fmt.Println(resp.Status)
		for _, r := range answer.Reports {
			fmt.Printf("  %s %s: %s, %d/%d\n", r.Commune.Name, r.Set, r.Status, r.CriteriaMet, r.CriteriaTotal)
		}
		for _, p := range answer.Problems {
			fmt.Printf("  %s at %s: %s\n", p.Code, p.Path, p.Message)
		}
	}
	post(`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96.5"}}}`)
	post(`[{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96.5"}}},
	       {"commune": {"name": "Minh Sơn", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"5": {"numerator": 2, "denominator": 0}}}}]`)
	// Output:
	// 200 OK
	//   Hòa Lạc 1980/QĐ-TTg: missing, 0/19
	// 422 Unprocessable Entity
	//   Hòa Lạc 1980/QĐ-TTg: missing, 0/19
	//   out-of-range at [1].sets["1980"]["5"].denominator: must be > 0
}
