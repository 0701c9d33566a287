package httpapi

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A query that is not well formed is answered 400 with a syntax problem
// quoting the part that does not parse; before, Go's URL.Query dropped
// the part and the route answered as if it had not been given (set=%zz
// evaluated every set).
func TestMalformedQueryIsAnswered400(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	for _, tc := range []struct {
		method, target, contentType, body string
		want                              []jsonProblem
	}{
		{http.MethodPost, "/evaluate?set=%zz&lang=en", "application/json", readTestdata(t, "assessments.json"), []jsonProblem{{
			Code: "syntax", File: "query", Path: "set", Input: "set=%zz",
			Message: "not a well-formed query parameter: a % must begin two hexadecimal digits (%25 for % itself)"}}},
		{http.MethodGet, "/sets?lang=en;x=1", "", "", []jsonProblem{{
			Code: "syntax", File: "query", Path: "lang", Input: "lang=en;x=1",
			Message: "tham số truy vấn viết sai: các tham số cách nhau bằng &, không phải ;"}}},
		{http.MethodGet, "/sets/1980?year=2020&%=1&lang=en", "", "", []jsonProblem{{
			Code: "syntax", File: "query", Path: "%", Input: "%=1",
			Message: "not a well-formed query parameter: a % must begin two hexadecimal digits (%25 for % itself)"}}},
		{http.MethodPost, "/plans/status?as_of=2020-05-05%", "application/json", planBody(t), []jsonProblem{{
			Code: "syntax", File: "query", Path: "as_of", Input: "as_of=2020-05-05%",
			Message: "tham số truy vấn viết sai: sau % phải là hai chữ số thập lục phân (viết %25 cho chính %)"}}},
	} {
		req := httptest.NewRequest(tc.method, "/", strings.NewReader(tc.body))
		req.URL.Path, req.URL.RawQuery, _ = strings.Cut(tc.target, "?")
		if tc.contentType != "" {
			req.Header.Set("Content-Type", tc.contentType)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		var got struct {
			Problems []jsonProblem `json:"problems"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || rec.Code != http.StatusBadRequest {
			t.Errorf("%s %s: status %d, %v:\n%.400s", tc.method, tc.target, rec.Code, err, rec.Body)
			continue
		}
		if diff := cmp.Diff(tc.want, got.Problems); diff != "" {
			t.Errorf("%s %s: problems (-want +got):\n%s", tc.method, tc.target, diff)
		}
	}
}
