package httpapi_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/nongthonmoi/ntm/httpapi"
)

// A Go program mounts the API in its own server; here httptest stands for
// http.ListenAndServe.
func ExampleNewHandler() {
	mux := http.NewServeMux()
	mux.Handle("/ntm/", http.StripPrefix("/ntm", httpapi.NewHandler(httpapi.Options{})))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	resp, err := http.Post(srv.URL+"/ntm/evaluate?set=1980&format=text&lang=en", "application/json", strings.NewReader(
		`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96.5"}}}`))
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	fmt.Println(resp.Status, strings.Contains(string(b), "Met 0/19 criteria"))
	// Output: 200 OK true
}
