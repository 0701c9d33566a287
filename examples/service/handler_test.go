package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
)

// do sends one request to h and returns the recorded answer.
func do(t *testing.T, h http.Handler, method, target, body string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// planBody is the body of POST /plan/status for the test plan and
// assessments on asOf.
func planBody(t *testing.T, asOf string) string {
	t.Helper()
	return fmt.Sprintf(`{"plan": %s, "assessments": %s, "as_of": %q}`,
		readTestdata(t, "plan.json"), readTestdata(t, "assessments.json"), asOf)
}

// wantReports is what `ntm eval --format json` writes for the JSON in:
// the assessments decoded, evaluated against every set they have values
// for, and rendered.
func wantReports(t *testing.T, in string, lang string) string {
	t.Helper()
	cat := criteria.Builtin()
	as, err := evaluate.DecodeJSON(strings.NewReader(in), "body", cat)
	if err != nil {
		t.Fatal(err)
	}
	var reports []evaluate.Report
	for i := range as {
		rs, err := evaluate.RunAll(cat, &as[i])
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, rs...)
	}
	var b bytes.Buffer
	if err := evaluate.WriteJSON(&b, reports, evaluate.RenderOptions{Lang: lang}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// wantPlanStatus is what `ntm plan --format json --as-of asOf` writes for
// the test plan and assessments.
func wantPlanStatus(t *testing.T, asOf string) string {
	t.Helper()
	cat := criteria.Builtin()
	p, _, err := plan.Read(strings.NewReader(readTestdata(t, "plan.json")), cat)
	if err != nil {
		t.Fatal(err)
	}
	as, err := evaluate.DecodeJSON(strings.NewReader(readTestdata(t, "assessments.json")), "assessments", cat)
	if err != nil {
		t.Fatal(err)
	}
	var reports []evaluate.Report
	for i := range as {
		rs, err := evaluate.RunAll(cat, &as[i])
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, rs...)
	}
	d, err := plan.ParseDate(asOf)
	if err != nil {
		t.Fatal(err)
	}
	st := plan.Status(p, reports, d)
	var b bytes.Buffer
	if err := plan.WriteJSON(&b, &st); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func definition(t *testing.T, s *criteria.Set) string {
	t.Helper()
	var b bytes.Buffer
	if err := criteria.WriteDefinition(&b, s); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestCriteriaAnswersTheSetDefinition(t *testing.T) {
	h := newHandler(config{})
	full1980 := definition(t, criteria.QD1980())
	tdmnpb := definition(t, criteria.QD1980().ForRegion(criteria.TDMNPB))
	dbscl := definition(t, criteria.QD1980().ForRegion(criteria.DBSCL))
	tests := []struct {
		name, target, want string
	}{
		{"the canonical ID, URL-escaped, names 1980/QĐ-TTg", "/criteria/1980%2FQ%C4%90-TTg", full1980},
		{"the alias 1980 names the same set", "/criteria/1980", full1980},
		{"an ID whose slash is not escaped names it too", "/criteria/1980/QD-TTg", full1980},
		{"region keeps the common and that region's targets", "/criteria/1980?region=TDMNPB", tdmnpb},
		{"a region name without diacritics is a region", "/criteria/1980?region=dong+bang+song+cuu+long", dbscl},
		{"a province stands for its region", "/criteria/1980?region=L%E1%BA%A1ng%20S%C6%A1n", tdmnpb},
		{"the alias QD933 names the Lạng Sơn set", "/criteria/QD933", definition(t, criteria.QD933())},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, http.MethodGet, tt.target, "")
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, body:\n%s", rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q, want application/json", ct)
			}
			if diff := cmp.Diff(tt.want, rec.Body.String()); diff != "" {
				t.Errorf("GET %s (-want +got):\n%s", tt.target, diff)
			}
		})
	}

	// The regional answer really is narrower: 4.2 keeps common and TDMNPB only.
	var def struct {
		Criteria []struct {
			Indicators []struct {
				Code    string                     `json:"code"`
				Targets map[string]json.RawMessage `json:"targets"`
			} `json:"indicators"`
		} `json:"criteria"`
	}
	if err := json.Unmarshal([]byte(tdmnpb), &def); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, c := range def.Criteria {
		for _, ind := range c.Indicators {
			if ind.Code == "4.2" {
				for k := range ind.Targets {
					keys = append(keys, k)
				}
			}
		}
	}
	slices.Sort(keys)
	if diff := cmp.Diff([]string{"TDMNPB", "common"}, keys); diff != "" {
		t.Errorf("targets of 4.2 with region=TDMNPB (-want +got):\n%s", diff)
	}
}

func TestEvaluateAnswersReportsAsNtmEval(t *testing.T) {
	h := newHandler(config{})
	in := readTestdata(t, "assessments.json")
	tests := []struct {
		name, target, want string
	}{
		{"every assessment is evaluated against every set it has values for", "/evaluate", wantReports(t, in, "vi")},
		{"lang=en writes the warnings in English", "/evaluate?lang=en", wantReports(t, in, "en")},
		{"set=1980 evaluates against that set only", "/evaluate?set=1980", wantReports(t, in, "vi")},
		{"a set the assessments have no values for gives no reports", "/evaluate?set=933", "[]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, http.MethodPost, tt.target, in)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, body:\n%s", rec.Code, rec.Body)
			}
			if diff := cmp.Diff(tt.want, rec.Body.String()); diff != "" {
				t.Errorf("POST %s (-want +got):\n%s", tt.target, diff)
			}
		})
	}

	// What the reports say, read back as a client would.
	rec := do(t, h, http.MethodPost, "/evaluate", in)
	var reports []struct {
		Commune  evaluate.Commune `json:"commune"`
		Region   string           `json:"region"`
		Criteria []struct {
			Indicators []struct {
				Code     string `json:"code"`
				Status   string `json:"status"`
				Gap      string `json:"gap"`
				GapUnits string `json:"gap_units"`
				GapUnit  string `json:"gap_unit"`
			} `json:"indicators"`
		} `json:"criteria"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &reports); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range reports {
		for _, c := range r.Criteria {
			for _, ind := range c.Indicators {
				if ind.Status == "not-met" {
					got[r.Commune.Name+" "+ind.Code] = fmt.Sprintf("gap %s, %s %s", ind.Gap, ind.GapUnits, ind.GapUnit)
				}
			}
		}
	}
	want := map[string]string{
		"Hòa Lạc 4.2":    "gap 0.5, 1 hộ",
		"Hòa Lạc 5":      "gap 3.34, 1 trường",
		"Nhật Tiến 17.6": "gap 10, 100 hộ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("indicators not met (-want +got):\n%s", diff)
	}
}

func TestPlanStatusAnswersAsNtmPlan(t *testing.T) {
	h := newHandler(config{})
	for _, asOf := range []string{"2020-04-20", "2020-04-30", "2020-07-01"} {
		t.Run("the status on "+asOf+" is the plan package's", func(t *testing.T) {
			rec := do(t, h, http.MethodPost, "/plan/status", planBody(t, asOf))
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, body:\n%s", rec.Code, rec.Body)
			}
			if diff := cmp.Diff(wantPlanStatus(t, asOf), rec.Body.String()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}

	// Read back as a client would: on the deadline the report is overdue,
	// the inspection open, and the environment department's brief names
	// 17.6 for Nhật Tiến.
	rec := do(t, h, http.MethodPost, "/plan/status", planBody(t, "2020-04-30"))
	var st struct {
		TargetsTotal int `json:"targets_total"`
		Tasks        []struct {
			State string `json:"state"`
		} `json:"tasks"`
		Inspection struct {
			State string `json:"state"`
		} `json:"inspection"`
		Briefs []struct {
			Agency   string `json:"agency"`
			Communes []struct {
				Commune string   `json:"commune"`
				NotMet  []string `json:"not_met"`
			} `json:"communes"`
		} `json:"briefs"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &st); err != nil {
		t.Fatal(err)
	}
	got := []string{fmt.Sprint("targets ", st.TargetsTotal), "inspection " + st.Inspection.State}
	for _, task := range st.Tasks {
		got = append(got, "task "+task.State)
	}
	for _, b := range st.Briefs {
		for _, c := range b.Communes {
			got = append(got, fmt.Sprintf("%s: %s not met %q", b.Agency, c.Commune, c.NotMet))
		}
	}
	want := []string{"targets 2", "inspection open", "task overdue",
		`Sở Tài nguyên và Môi trường: Nhật Tiến not met ["17.6"]`,
		`Sở Tài nguyên và Môi trường: Hòa Lạc not met []`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("status on 2020-04-30 (-want +got):\n%s", diff)
	}
}

// where is the location of an error entry, for comparison.
type where struct{ File, Path, Input string }

// errorsOf decodes an error answer; it fails the test when the answer is
// not one, or when an entry has no message.
func errorsOf(t *testing.T, rec *httptest.ResponseRecorder) []where {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q, want application/json", ct)
	}
	var body struct {
		Errors []apiError `json:"errors"`
	}
	dec := json.NewDecoder(rec.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&body); err != nil {
		t.Fatalf("the answer is not an error list: %v", err)
	}
	var ws []where
	for _, e := range body.Errors {
		path := e.Path
		if e.Message == "" {
			t.Errorf("error %+v has no message", e)
		}
		// The message writes an array index apart from the rest of the
		// path: "[0] Hòa Lạc: sets[…]".
		if _, rest, ok := strings.Cut(e.Path, "]."); ok && strings.HasPrefix(e.Path, "[") {
			e.Path = rest
		}
		if e.Path != "" && !strings.Contains(e.Message, e.Path) && e.File != "query" && e.File != "request" {
			t.Errorf("message %q does not name its path %q", e.Message, e.Path)
		}
		ws = append(ws, where{e.File, path, e.Input})
	}
	return ws
}

func TestErrorsAnswerWithStatusAndPaths(t *testing.T) {
	h := newHandler(config{})
	badCommune := `[{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
	  "sets": {"1980/QĐ-TTg": {"5": {"numerator": 2, "denominator": 0}, "17.1": "90", "4.2": "101"}}},
	 {"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
	  "sets": {"1980": {"4.2": "96"}}}]`
	badPlan := `{"plan": {"number": "47/KH-STNMT", "issued": "2020-02-30",
	   "targets": [{"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "999", "year": 2020}]},
	 "assessments": {"commune": {"name": "A", "district": "B", "province": "Hà Nội"}, "region": "TDMNPB", "year": 2020, "sets": {}},
	 "as_of": "2020-13-01"}`
	tests := []struct {
		name           string
		method, target string
		body           string
		wantStatus     int
		want           []where
		wantAllow      string
	}{
		{"every bad value of an assessment is a 400 with its JSON path, in path order with indicator codes in decision order", http.MethodPost, "/evaluate", badCommune,
			http.StatusBadRequest, []where{
				{"body", `[0].sets["1980/QĐ-TTg"]["4.2"]`, "101"},
				{"body", `[0].sets["1980/QĐ-TTg"]["5"].denominator`, "0"},
				{"body", `[0].sets["1980/QĐ-TTg"]["17.1"]`, "17.1"},
			}, ""},
		{"malformed JSON is a 400 for the body", http.MethodPost, "/evaluate", `[{"commune": `,
			http.StatusBadRequest, []where{{"body", "", ""}}, ""},
		{"an empty body is a 400", http.MethodPost, "/evaluate", "",
			http.StatusBadRequest, []where{{"body", "", ""}}, ""},
		{"an unknown language is a 400 for the query", http.MethodPost, "/evaluate?lang=fr", "[]",
			http.StatusBadRequest, []where{{"query", "lang", "fr"}}, ""},
		{"an unknown query parameter is a 400", http.MethodPost, "/evaluate?sett=1980", "[]",
			http.StatusBadRequest, []where{{"query", "sett", "sett"}}, ""},
		{"an unknown region is a 400", http.MethodGet, "/criteria/1980?region=Atlantis", "",
			http.StatusBadRequest, []where{{"query", "region", "Atlantis"}}, ""},
		{"the plan's, the assessments' and the date's problems come together", http.MethodPost, "/plan/status", badPlan,
			http.StatusBadRequest, []where{
				{"plan", "issued", "2020-02-30"},
				{"plan", "targets[0].set", ""},
				{"assessments", "region", "TDMNPB"},
				{"as_of", "", "2020-13-01"},
			}, ""},
		{"a plan request without plan and as_of is a 400 naming both", http.MethodPost, "/plan/status", `{"assessments": []}`,
			http.StatusBadRequest, []where{{"plan", "", ""}, {"as_of", "", ""}}, ""},
		{"an unknown key of the plan request is a 400", http.MethodPost, "/plan/status", `{"plan": {}, "asof": "2020-05-05"}`,
			http.StatusBadRequest, []where{{"request", "", ""}}, ""},
		{"an unknown set is a 404", http.MethodGet, "/criteria/999", "",
			http.StatusNotFound, []where{{"request", "set", "999"}}, ""},
		{"an unknown set to evaluate against is a 404", http.MethodPost, "/evaluate?set=491", "[]",
			http.StatusNotFound, []where{{"query", "set", "491"}}, ""},
		{"an unknown path is a 404", http.MethodGet, "/nowhere", "",
			http.StatusNotFound, []where{{"", "/nowhere", ""}}, ""},
		{"GET on /evaluate is a 405 allowing POST", http.MethodGet, "/evaluate", "",
			http.StatusMethodNotAllowed, []where{{"", "/evaluate", ""}}, "POST"},
		{"PUT on /plan/status is a 405 allowing POST", http.MethodPut, "/plan/status", "{}",
			http.StatusMethodNotAllowed, []where{{"", "/plan/status", ""}}, "POST"},
		{"POST on /criteria is a 405 allowing GET", http.MethodPost, "/criteria/1980", "{}",
			http.StatusMethodNotAllowed, []where{{"", "/criteria/1980", ""}}, "GET, HEAD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, tt.method, tt.target, tt.body)
			if rec.Code != tt.wantStatus {
				t.Errorf("status %d, want %d; body:\n%s", rec.Code, tt.wantStatus, rec.Body)
			}
			if got := rec.Header().Get("Allow"); got != tt.wantAllow {
				t.Errorf("Allow %q, want %q", got, tt.wantAllow)
			}
			if diff := cmp.Diff(tt.want, errorsOf(t, rec)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBodiesOverTheLimitAnswer413(t *testing.T) {
	const limit = 2048
	h := newHandler(config{MaxBodyBytes: limit})
	valid := `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96"}}}`
	atLimit := valid + strings.Repeat(" ", limit-len(valid))
	tests := []struct {
		name, target, body string
		want               int
	}{
		{"a body of exactly the limit is read", "/evaluate", atLimit, http.StatusOK},
		{"one byte over the limit is a 413", "/evaluate", atLimit + " ", http.StatusRequestEntityTooLarge},
		{"a large plan request is a 413", "/plan/status", `{"plan": "` + strings.Repeat("x", 4*limit) + `"}`, http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, http.MethodPost, tt.target, tt.body)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d; body:\n%.300s", rec.Code, tt.want, rec.Body)
			}
			if tt.want == http.StatusRequestEntityTooLarge {
				if diff := cmp.Diff([]where{{"body", "", ""}}, errorsOf(t, rec)); diff != "" {
					t.Errorf("errors (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// TestConcurrentRequests sends 32 × 20 requests mixing the endpoints to
// one server at once; every answer must equal the one given alone. Run it
// with -race.
func TestConcurrentRequests(t *testing.T) {
	srv := httptest.NewServer(newHandler(config{}))
	defer srv.Close()
	type call struct{ method, path, body string }
	calls := []call{
		{http.MethodGet, "/criteria/1980?region=TDMNPB", ""},
		{http.MethodGet, "/criteria/933", ""},
		{http.MethodPost, "/evaluate", readTestdata(t, "assessments.json")},
		{http.MethodPost, "/evaluate?lang=en", readTestdata(t, "assessments.json")},
		{http.MethodPost, "/plan/status", planBody(t, "2020-05-05")},
		{http.MethodPost, "/evaluate", `{"commune": {"name": "X"}, "year": 2020, "sets": {"1980": {"5": {"numerator": 3, "denominator": 2}}}}`},
	}
	client := srv.Client()
	send := func(c call) (string, error) {
		req, err := http.NewRequest(c.method, srv.URL+c.path, strings.NewReader(c.body))
		if err != nil {
			return "", err
		}
		resp, err := client.Do(req)
		if err != nil {
			return "", err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		return fmt.Sprintf("%d %s", resp.StatusCode, b), err
	}
	want := make([]string, len(calls))
	for i, c := range calls {
		got, err := send(c)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = got
	}

	const workers, perWorker = 32, 20
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range perWorker {
				k := (w + i) % len(calls)
				got, err := send(calls[k])
				if err != nil {
					t.Errorf("worker %d: %s %s: %v", w, calls[k].method, calls[k].path, err)
					return
				}
				if got != want[k] {
					t.Errorf("worker %d: %s %s answered differently under load:\n%.400s", w, calls[k].method, calls[k].path, got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestServeShutsDownGracefully(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, newHandler(config{})) }()

	resp, err := http.Get("http://" + ln.Addr().String() + "/criteria/1980")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("status %d, want 200", resp.StatusCode)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve returned %v after the context ended, want nil", err)
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/criteria/1980"); err == nil {
		t.Error("the server still answers after shutdown")
	}
}

func TestSetsFromReplacesABuiltinSet(t *testing.T) {
	s := criteria.QD933()
	s.Title.EN = "Lạng Sơn enhanced NTM criteria (loaded from a file)"
	path := filepath.Join(t.TempDir(), "933.json")
	if err := os.WriteFile(path, []byte(definition(t, s)), 0o644); err != nil {
		t.Fatal(err)
	}
	cat, err := loadCatalog(path)
	if err != nil {
		t.Fatal(err)
	}
	rec := do(t, newHandler(config{Catalog: cat}), http.MethodGet, "/criteria/933", "")
	if !strings.Contains(rec.Body.String(), "(loaded from a file)") {
		t.Errorf("GET /criteria/933 does not answer the loaded definition:\n%.400s", rec.Body)
	}

	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"id": "933/QĐ-UBND", "bogus": 1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadCatalog(bad); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("loadCatalog of a bad file: error %v, want one naming the file", err)
	}
}
