package httpapi

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/assesstest"
	"github.com/nongthonmoi/ntm/internal/untranslated"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/nongthonmoi/ntm/workbook"
)

// quiet is the options of a handler whose request logs are dropped.
func quiet(opt Options) Options {
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return opt
}

// do sends one request to h and returns the recorded answer; contentType
// is set when not "".
func do(t testing.TB, h http.Handler, method, target, contentType, body string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// planBody is the body of POST /plans/status for the test plan and
// assessments.
func planBody(t testing.TB) string {
	t.Helper()
	return fmt.Sprintf(`{"plan": %s, "assessments": %s}`, readTestdata(t, "plan.json"), readTestdata(t, "assessments.json"))
}

// csvBody is the test assessments of Hòa Lạc as a long CSV.
const csvBody = `province,district,commune,region,year,set,indicator,value,numerator,denominator,unit,source
Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,1.1,đạt,,,,
Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,4.2,"96,5",,,,
Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,5,,2,3,trường,
Lạng Sơn,Hữu Lũng,Nhật Tiến,TDMNPB,2020,1980/QĐ-TTg,4.2,99,,,,
`

// windows1258 is a table saved by Excel as "CSV" in a Vietnamese locale
// (the tables test file of package evaluate), and the assessments read
// from it.
func windows1258(t testing.TB) (string, []evaluate.Assessment) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "evaluate", "testdata", "tables", "windows-1258.csv"))
	if err != nil {
		t.Fatal(err)
	}
	as, err := evaluate.TableOptions{Encoding: evaluate.EncodingWindows1258}.DecodeCSV(bytes.NewReader(b), "request")
	if err != nil {
		t.Fatal(err)
	}
	return string(b), as
}

// want renders what `ntm eval` writes for the assessments of in (read by
// decode) in format.
func want(t testing.TB, as []evaluate.Assessment, format, lang string) string {
	t.Helper()
	cat := criteria.Builtin()
	reports := assesstest.Reports(t, cat, as...)
	var b bytes.Buffer
	if err := evaluate.Write(&b, reports, evaluate.RenderOptions{Format: format, Lang: lang}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func decodeJSON(t testing.TB, in string) []evaluate.Assessment {
	t.Helper()
	as, err := evaluate.DecodeJSON(strings.NewReader(in), "request", criteria.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	return as
}

func decodeCSV(t testing.TB, in string) []evaluate.Assessment {
	t.Helper()
	as, err := evaluate.DecodeCSV(strings.NewReader(in), "request", criteria.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	return as
}

// wantPlanStatus is what `ntm plan --format json --as-of asOf` writes for
// the test plan and assessments.
func wantPlanStatus(t testing.TB, asOf string) string {
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
	reports := assesstest.Reports(t, cat, as...)
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

func definition(t testing.TB, s *criteria.Set) string {
	t.Helper()
	var b bytes.Buffer
	if err := criteria.WriteDefinition(&b, s); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestHealthzAnswersOK(t *testing.T) {
	rec := do(t, NewHandler(quiet(Options{})), http.MethodGet, "/healthz", "", "")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	var got map[string]string
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"status": "ok"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestSetsListsTheCatalog(t *testing.T) {
	rec := do(t, NewHandler(quiet(Options{})), http.MethodGet, "/sets", "", "")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d, body:\n%s", rec.Code, rec.Body)
	}
	var got []map[string]any
	dec := json.NewDecoder(rec.Body)
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range got {
		keys := make([]string, 0, len(s))
		for k := range s {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if diff := cmp.Diff([]string{"content", "id", "level", "period", "scope", "title"}, keys); diff != "" {
			t.Errorf("keys of %v (-want +got):\n%s", s["id"], diff)
		}
		ids = append(ids, s["id"].(string))
	}
	var wantIDs []string
	for _, s := range criteria.Builtin().Sets() {
		wantIDs = append(wantIDs, s.ID)
	}
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	if got[0]["level"] != "ntm" || got[0]["scope"] != "national" || got[0]["content"] != "complete" {
		t.Errorf("1980 listed as %v", got[0])
	}
}

func TestSetAnswersTheSetDefinition(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	full1980 := definition(t, criteria.QD1980())
	tdmnpb := definition(t, criteria.QD1980().ForRegion(criteria.TDMNPB))
	dbscl := definition(t, criteria.QD1980().ForRegion(criteria.DBSCL))
	tests := []struct {
		name, target, want string
	}{
		{"the canonical ID, URL-escaped, names 1980/QĐ-TTg", "/sets/1980%2FQ%C4%90-TTg", full1980},
		{"the alias 1980 names the same set", "/sets/1980", full1980},
		{"an ID whose slash is not escaped names it too", "/sets/1980/QD-TTg", full1980},
		{"region keeps the common and that region's targets", "/sets/1980?region=TDMNPB", tdmnpb},
		{"a region name without diacritics is a region", "/sets/1980?region=dong+bang+song+cuu+long", dbscl},
		{"a province stands for its region", "/sets/1980?region=L%E1%BA%A1ng%20S%C6%A1n", tdmnpb},
		{"group is ignored by a set split by region", "/sets/1980?region=TDMNPB&group=2", tdmnpb},
		{"the alias QD933 names the Lạng Sơn set", "/sets/QD933", definition(t, criteria.QD933())},
		{"group keeps the common and that group's targets of a group set", "/sets/51?group=2",
			definition(t, criteria.QD51of2025().ForColumn(criteria.GroupColumn("2")))},
		{"a group set ignores region", "/sets/51?region=TDMNPB", definition(t, criteria.QD51of2025())},
		{"a group written with its word is read as the tables read it", "/sets/51?group=Nh%C3%B3m+2",
			definition(t, criteria.QD51of2025().ForColumn(criteria.GroupColumn("2")))},
		{"a group written without diacritics too", "/sets/51?group=nhom+x%C3%A3+2",
			definition(t, criteria.QD51of2025().ForColumn(criteria.GroupColumn("2")))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, http.MethodGet, tt.target, "", "")
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
}

// byYear returns, for each indicator of a set definition whose targets
// hold values by year, the years given.
func byYear(t *testing.T, def []byte) map[string][]string {
	t.Helper()
	var d struct {
		Criteria []struct {
			Indicators []struct {
				Code    string `json:"code"`
				Targets map[string]struct {
					ByYear map[string]json.RawMessage `json:"by_year"`
				} `json:"targets"`
			} `json:"indicators"`
		} `json:"criteria"`
	}
	if err := json.Unmarshal(def, &d); err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, c := range d.Criteria {
		for _, ind := range c.Indicators {
			for col, tg := range ind.Targets {
				for y := range tg.ByYear {
					out[ind.Code+" "+col] = append(out[ind.Code+" "+col], y)
				}
				slices.Sort(out[ind.Code+" "+col])
			}
		}
	}
	return out
}

func TestSetWithYearKeepsThatYearsValues(t *testing.T) {
	// A loaded 1980 whose income targets (criterion 10) differ by year,
	// as a province's yearly values would.
	s := criteria.QD1980()
	var n int
	for i := range s.Criteria {
		for j := range s.Criteria[i].Indicators {
			ind := &s.Criteria[i].Indicators[j]
			if ind.Common == nil || ind.Kind != criteria.KindAmount {
				continue
			}
			ind.Common.ByYear = map[int]criteria.YearTarget{
				2018: {Value: decimal.RequireFromString("32"), Provenance: criteria.M, Source: "số liệu minh họa"},
				2019: {Value: decimal.RequireFromString("34"), Provenance: criteria.M, Source: "số liệu minh họa"},
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("1980 has no amount indicator with a common target")
	}
	cat := criteria.Builtin()
	if err := cat.Add(s); err != nil {
		t.Fatal(err)
	}
	h := NewHandler(quiet(Options{Catalog: cat}))
	all := byYear(t, do(t, h, http.MethodGet, "/sets/1980", "", "").Body.Bytes())
	got := byYear(t, do(t, h, http.MethodGet, "/sets/1980?year=2019", "", "").Body.Bytes())
	none := byYear(t, do(t, h, http.MethodGet, "/sets/1980?year=2020", "", "").Body.Bytes())
	wantYears := map[string][]string{}
	for k, ys := range all {
		if diff := cmp.Diff([]string{"2018", "2019"}, ys); diff != "" {
			t.Errorf("%s without year (-want +got):\n%s", k, diff)
		}
		wantYears[k] = []string{"2019"}
	}
	if diff := cmp.Diff(wantYears, got); diff != "" {
		t.Errorf("values by year with year=2019 (-want +got):\n%s", diff)
	}
	if len(none) != 0 {
		t.Errorf("values by year with year=2020: %v, want none", none)
	}
}

func TestEvaluateAnswersReportsAsNtmEval(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	in := readTestdata(t, "assessments.json")
	js, cs := decodeJSON(t, in), decodeCSV(t, csvBody)
	w1258, w1258As := windows1258(t)
	tests := []struct {
		name, target, contentType, body, want, wantType string
	}{
		{"every assessment is evaluated against every set it has values for", "/evaluate", "application/json", in,
			want(t, js, "json", "vi"), "application/json"},
		{"a body without a media type is read as JSON", "/evaluate", "", in, want(t, js, "json", "vi"), "application/json"},
		{"a media type with parameters is read by its type", "/evaluate", "application/json; charset=utf-8", in,
			want(t, js, "json", "vi"), "application/json"},
		{"lang=en writes the warnings in English", "/evaluate?lang=en", "application/json", in, want(t, js, "json", "en"), "application/json"},
		{"set=1980 evaluates against that set only", "/evaluate?set=1980", "application/json", in, want(t, js, "json", "vi"), "application/json"},
		{"format=csv answers the CSV of ntm eval", "/evaluate?format=csv", "application/json", in, want(t, js, "csv", "vi"), "text/csv"},
		{"format=markdown answers Markdown", "/evaluate?format=markdown&lang=en", "application/json", in, want(t, js, "markdown", "en"), "text/markdown"},
		{"format=text answers the text of ntm eval", "/evaluate?format=text", "application/json", in, want(t, js, "text", "vi"), "text/plain"},
		{"a CSV body is read as the long CSV form", "/evaluate", "text/csv", csvBody, want(t, cs, "json", "vi"), "application/json"},
		{"a CSV body answers CSV with format=csv", "/evaluate?format=csv", "text/csv", csvBody, want(t, cs, "csv", "vi"), "text/csv"},
		{"a CSV body in windows-1258 is read with its charset", "/evaluate", "text/csv; charset=windows-1258", w1258,
			want(t, w1258As, "json", "vi"), "application/json"},
		{"a wide CSV without a set column takes set=", "/evaluate?set=1980", "text/csv",
			"province,district,commune,region,year,1.1,4.2,5 [trường]\nLạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,đạt,\"96,5\",2/3\n",
			want(t, decodeCSV(t, csvBody[:strings.Index(csvBody, "Lạng Sơn,Hữu Lũng,Nhật Tiến")]), "json", "vi"), "application/json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, http.MethodPost, tt.target, tt.contentType, tt.body)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, body:\n%s", rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tt.wantType) {
				t.Errorf("Content-Type %q, want %s", ct, tt.wantType)
			}
			if diff := cmp.Diff(tt.want, rec.Body.String()); diff != "" {
				t.Errorf("POST %s (-want +got):\n%s", tt.target, diff)
			}
		})
	}
}

// TestEvaluateSpoolsLargeAnswers sends more communes than fit in the
// spool's memory: the answer must be the same as for a small one.
func TestEvaluateSpoolsLargeAnswers(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	one := `{"commune": {"name": "Xã %d", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
	  "sets": {"1980/QĐ-TTg": {"4.2": "96", "5": {"numerator": 2, "denominator": 3, "unit": "trường"}}}}`
	var b strings.Builder
	b.WriteString("[")
	for i := range 300 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, one, i)
	}
	b.WriteString("]")
	wantBody := want(t, decodeJSON(t, b.String()), "json", "vi")
	if len(wantBody) <= spoolMemory {
		t.Fatalf("the answer (%d bytes) fits in memory: the test does not reach the spool file", len(wantBody))
	}
	rec := do(t, h, http.MethodPost, "/evaluate", "application/json", b.String())
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d, body:\n%.500s", rec.Code, rec.Body)
	}
	if rec.Body.String() != wantBody {
		t.Errorf("the spooled answer differs from WriteJSON's (%d bytes, want %d)", rec.Body.Len(), len(wantBody))
	}
}

func TestPlanStatusAnswersAsNtmPlan(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	for _, asOf := range []string{"2020-04-20", "2020-04-30", "2020-07-01"} {
		t.Run("the status on "+asOf+" is the plan package's", func(t *testing.T) {
			rec := do(t, h, http.MethodPost, "/plans/status?as_of="+asOf, "application/json", planBody(t))
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, body:\n%s", rec.Code, rec.Body)
			}
			if diff := cmp.Diff(wantPlanStatus(t, asOf), rec.Body.String()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	t.Run("without as_of the status is today's", func(t *testing.T) {
		rec := do(t, h, http.MethodPost, "/plans/status", "application/json", planBody(t))
		today := time.Now().UTC().Format(time.DateOnly)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"as_of": "`+today+`"`) {
			t.Errorf("status %d, want 200 as of %s; body:\n%.300s", rec.Code, today, rec.Body)
		}
	})
}

// TestPlanStatusOfAMinimalPlan: a plan with its number and one target,
// its other keys left out or null, is answered 200 with its target's status
// and no inspection state.
func TestPlanStatusOfAMinimalPlan(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	target := `{"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "1980/QĐ-TTg", "year": 2020}`
	for _, p := range []string{
		`{"number": "12/KH-UBND", "targets": [` + target + `]}`,
		`{"number": "12/KH-UBND", "issued": null, "signer": null, "inspection": null, "tasks": null, "targets": [` + target + `]}`,
	} {
		body := fmt.Sprintf(`{"plan": %s, "assessments": %s}`, p, readTestdata(t, "assessments.json"))
		rec := do(t, h, http.MethodPost, "/plans/status?as_of=2020-05-05", "application/json", body)
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d, body:\n%s", rec.Code, rec.Body)
		}
		var st struct {
			Plan       string           `json:"plan"`
			Inspection *json.RawMessage `json:"inspection"`
			Targets    []struct {
				Status string `json:"status"`
			} `json:"targets"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &st); err != nil {
			t.Fatal(err)
		}
		if st.Plan != "12/KH-UBND" || st.Inspection != nil || len(st.Targets) != 1 || st.Targets[0].Status == "not-evaluated" {
			t.Errorf("plan %q, inspection %s, targets %+v; want 12/KH-UBND, null, one evaluated target\n%s",
				st.Plan, st.Inspection, st.Targets, rec.Body)
		}
		if !strings.Contains(rec.Body.String(), `"inspection": null`) {
			t.Errorf(`no "inspection": null in\n%s`, rec.Body)
		}
	}
}

// where is the place of a problem, for comparison.
type where struct{ Code, File, Path, Input string }

// problemsOf decodes an error answer; it fails the test when the answer is
// not one, or when a problem has no code or message.
// partialOf reads a 422 answer of /evaluate: the communes of its reports
// and its problems.
func partialOf(t *testing.T, rec *httptest.ResponseRecorder) ([]evaluate.Commune, []jsonProblem) {
	t.Helper()
	var body struct {
		Reports []struct {
			Commune evaluate.Commune `json:"commune"`
		} `json:"reports"`
		Problems []jsonProblem `json:"problems"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatal(err)
	}
	var communes []evaluate.Commune
	for _, r := range body.Reports {
		communes = append(communes, r.Commune)
	}
	return communes, body.Problems
}

func problemsOf(t *testing.T, rec *httptest.ResponseRecorder) []where {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q, want application/json", ct)
	}
	var body struct {
		Reports  json.RawMessage `json:"reports"`
		Problems []jsonProblem   `json:"problems"`
	}
	dec := json.NewDecoder(bytes.NewReader(rec.Body.Bytes()))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&body); err != nil {
		t.Fatalf("the answer is not a problem list: %v\n%s", err, rec.Body)
	}
	var ws []where
	for _, p := range body.Problems {
		if p.Code == "" || p.Message == "" || strings.Contains(p.Message, "\n") {
			t.Errorf("problem %+v has no code, no message or more than one line", p)
		}
		ws = append(ws, where{string(p.Code), p.File, p.Path, p.Input})
	}
	return ws
}

func TestErrorsAnswerWithStatusAndProblems(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	badCommune := `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
	  "sets": {"1980/QĐ-TTg": {"5": {"numerator": 2, "denominator": 0}, "4.2": "101"}}}`
	goodCommune := `{"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
	  "sets": {"1980": {"4.2": "96"}}}`
	badPlan := `{"plan": {"number": "47/KH-STNMT", "issued": "2020-02-30",
	   "targets": [{"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "999", "year": 2020}]},
	 "assessments": {"commune": {"name": "A", "district": "B", "province": "Hà Nội"}, "region": "TDMNPB", "year": 2020, "sets": {}}}`
	tests := []struct {
		name                        string
		method, target, ctype, body string
		wantStatus                  int
		want                        []where
		wantAllow                   string
	}{
		{"a body whose every commune is bad is a 400 with each problem's JSON path", http.MethodPost, "/evaluate", "application/json", "[" + badCommune + "]",
			http.StatusBadRequest, []where{
				{"out-of-range", "request", `[0].sets["1980/QĐ-TTg"]["4.2"]`, "101"},
				{"out-of-range", "request", `[0].sets["1980/QĐ-TTg"]["5"].denominator`, "0"},
			}, ""},
		{"malformed JSON is a 400 syntax problem", http.MethodPost, "/evaluate", "application/json", `[{"commune": `,
			http.StatusBadRequest, []where{{"syntax", "request", "", ""}}, ""},
		{"an unknown language is a 400 for the query", http.MethodPost, "/evaluate?lang=fr", "application/json", "[]",
			http.StatusBadRequest, []where{{"wrong-kind", "query", "lang", "fr"}}, ""},
		{"an unknown format is a 400 for the query", http.MethodPost, "/evaluate?format=xml", "application/json", "[]",
			http.StatusBadRequest, []where{{"wrong-kind", "query", "format", "xml"}}, ""},
		{"an unknown query parameter is a 400", http.MethodPost, "/evaluate?sett=1980", "application/json", "[]",
			http.StatusBadRequest, []where{{"unknown-key", "query", "sett", "sett"}}, ""},
		{"a query parameter given twice is a 400", http.MethodGet, "/sets/1980?year=2018&year=2019", "", "",
			http.StatusBadRequest, []where{{"duplicate-key", "query", "year", ""}}, ""},
		{"an unknown region is a 400", http.MethodGet, "/sets/1980?region=Atlantis", "", "",
			http.StatusBadRequest, []where{{"region-mismatch", "query", "region", "Atlantis"}}, ""},
		{"a commune group the set does not have is a 400", http.MethodGet, "/sets/51?group=9", "", "",
			http.StatusBadRequest, []where{{"out-of-range", "query", "group", "9"}}, ""},
		{"a year that is no whole number is a 400 wrong-kind", http.MethodGet, "/sets/1980?year=20x", "", "",
			http.StatusBadRequest, []where{{"wrong-kind", "query", "year", "20x"}}, ""},
		{"a year outside 1-9999 is a 400 out-of-range", http.MethodGet, "/sets/1980?year=0", "", "",
			http.StatusBadRequest, []where{{"out-of-range", "query", "year", "0"}}, ""},
		{"an unknown set is a 404 unknown-set", http.MethodGet, "/sets/999", "", "",
			http.StatusNotFound, []where{{"unknown-set", "request", "id", "999"}}, ""},
		{"an empty set ID is a 400 missing-field", http.MethodGet, "/sets/%20", "", "",
			http.StatusBadRequest, []where{{"missing-field", "request", "id", " "}}, ""},
		{"a set ID of a sign alone is a 404 unknown-set, not an empty one", http.MethodGet, "/sets/-", "", "",
			http.StatusNotFound, []where{{"unknown-set", "request", "id", "-"}}, ""},
		{"a set ID of a control character is a 404 unknown-set", http.MethodGet, "/sets/%00", "", "",
			http.StatusNotFound, []where{{"unknown-set", "request", "id", "\x00"}}, ""},
		{"an unknown set to evaluate against is a 400 unknown-set", http.MethodPost, "/evaluate?set=491", "application/json", "[]",
			http.StatusBadRequest, []where{{"unknown-set", "query", "set", "491"}}, ""},
		{"an unknown set to evaluate a CSV body against is a 400 unknown-set", http.MethodPost, "/evaluate?set=bogus", "text/csv", csvBody,
			http.StatusBadRequest, []where{{"unknown-set", "query", "set", "bogus"}}, ""},
		{"a media type other than JSON, CSV and xlsx is a 415 unsupported-media-type", http.MethodPost, "/evaluate", "application/xml", "<a/>",
			http.StatusUnsupportedMediaType, []where{{"unsupported-media-type", "request", "", "application/xml"}}, ""},
		{"a Content-Type that does not parse is a 415 unsupported-media-type", http.MethodPost, "/evaluate", "json;;", "[]",
			http.StatusUnsupportedMediaType, []where{{"unsupported-media-type", "request", "", "json;;"}}, ""},
		{"a CSV charset other than UTF-8, Windows-1258 and UTF-16 is a 415", http.MethodPost, "/evaluate", "text/csv; charset=latin1", csvBody,
			http.StatusUnsupportedMediaType, []where{{"encoding", "request", "", "latin1"}}, ""},
		{"the plan's and the assessments' problems come together", http.MethodPost, "/plans/status?as_of=2020-05-05", "application/json", badPlan,
			http.StatusBadRequest, []where{
				{"wrong-kind", "plan", "issued", "2020-02-30"},
				{"unknown-set", "plan", "targets[0].set", "999"},
				{"region-mismatch", "assessments", "region", "TDMNPB"},
			}, ""},
		{"an as_of that is no date is a 400 wrong-kind, as a plan's dates", http.MethodPost, "/plans/status?as_of=2020-13-01", "application/json", planBody(t),
			http.StatusBadRequest, []where{{"wrong-kind", "query", "as_of", "2020-13-01"}}, ""},
		{"an as_of written otherwise is a 400 wrong-kind", http.MethodPost, "/plans/status?as_of=5/5/2020", "application/json", planBody(t),
			http.StatusBadRequest, []where{{"wrong-kind", "query", "as_of", "5/5/2020"}}, ""},
		{"an as_of outside the years 1-9999 is a 400 out-of-range", http.MethodPost, "/plans/status?as_of=0000-05-05", "application/json", planBody(t),
			http.StatusBadRequest, []where{{"out-of-range", "query", "as_of", "0000-05-05"}}, ""},
		{"an inspection window with one end is a 400 missing-field at the other", http.MethodPost, "/plans/status?as_of=2020-05-05", "application/json",
			`{"plan": {"number": "1/KH", "inspection": {"window": {"from": "2020-04-01"}}}}`,
			http.StatusBadRequest, []where{{"missing-field", "plan", "inspection.window.to", ""}}, ""},
		{"a plan request without plan is a 400", http.MethodPost, "/plans/status", "application/json", `{"assessments": []}`,
			http.StatusBadRequest, []where{{"missing-field", "request", "plan", ""}}, ""},
		{"an unknown key of the plan request is a 400 at its path, with the plan's problems", http.MethodPost, "/plans/status", "application/json", `{"plan": {}, "asof": "2020-05-05"}`,
			http.StatusBadRequest, []where{{"unknown-key", "request", "asof", "asof"}, {"missing-field", "plan", "number", ""}}, ""},
		{"a key of the plan request given twice is a 400 at its path", http.MethodPost, "/plans/status", "application/json",
			`{"plan": {"number": "1/KH"}, "assessments": [], "plan": {"number": "2/KH"}}`,
			http.StatusBadRequest, []where{{"duplicate-key", "request", "plan", "plan"}}, ""},
		{"a plan request that is no object is a 400", http.MethodPost, "/plans/status", "application/json", `[{"plan": {}}]`,
			http.StatusBadRequest, []where{{"wrong-kind", "request", "", ""}}, ""},
		{"a CSV body to /plans/status is a 415 unsupported-media-type", http.MethodPost, "/plans/status", "text/csv", planBody(t),
			http.StatusUnsupportedMediaType, []where{{"unsupported-media-type", "request", "", "text/csv"}}, ""},
		{"a plan request whose every assessment is bad is a 400", http.MethodPost, "/plans/status?as_of=2020-05-05", "application/json",
			`{"plan": ` + readTestdata(t, "plan.json") + `, "assessments": [` + badCommune + `]}`,
			http.StatusBadRequest, []where{
				{"out-of-range", "assessments", `[0].sets["1980/QĐ-TTg"]["4.2"]`, "101"},
				{"out-of-range", "assessments", `[0].sets["1980/QĐ-TTg"]["5"].denominator`, "0"},
			}, ""},
		{"an empty array evaluates nothing: a 400 that says so", http.MethodPost, "/evaluate", "application/json", "[]",
			http.StatusBadRequest, []where{{"missing-field", "request", "", ""}}, ""},
		{"a commune without values evaluates nothing: a 400 that says so", http.MethodPost, "/evaluate", "application/json",
			`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {}}`,
			http.StatusBadRequest, []where{{"missing-field", "request", "", ""}}, ""},
		{"a set the assessments have no values for evaluates nothing: a 400", http.MethodPost, "/evaluate?set=933", "application/json", readTestdata(t, "assessments.json"),
			http.StatusBadRequest, []where{{"missing-field", "request", "", ""}}, ""},
		{"a CSV with its header alone evaluates nothing: a 400", http.MethodPost, "/evaluate", "text/csv", "province,district,commune,year,set,indicator,value\n",
			http.StatusBadRequest, []where{{"missing-field", "request", "", ""}}, ""},
		{"a commune given as a string is a wrong-kind problem", http.MethodPost, "/evaluate", "application/json",
			`{"commune": "Hòa Lạc", "year": 2020, "sets": {"1980": {"1.1": true}}}`,
			http.StatusBadRequest, []where{{"wrong-kind", "request", "commune", "Hòa Lạc"}}, ""},
		{"a commune with neither province nor region is a missing-field problem", http.MethodPost, "/evaluate", "application/json",
			`{"commune": {"name": "Hòa Lạc"}, "year": 2020, "sets": {"1980": {"1.1": true}}}`,
			http.StatusBadRequest, []where{{"missing-field", "request", "region", ""}}, ""},
		{"an unknown path is a 404 not-found", http.MethodGet, "/nowhere", "", "",
			http.StatusNotFound, []where{{"not-found", "", "/nowhere", ""}}, ""},
		{"the root is a 404 not-found", http.MethodPost, "/", "", "",
			http.StatusNotFound, []where{{"not-found", "", "/", ""}}, ""},
		{"GET on /evaluate is a 405 method-not-allowed allowing POST", http.MethodGet, "/evaluate", "", "",
			http.StatusMethodNotAllowed, []where{{"method-not-allowed", "", "/evaluate", ""}}, "POST"},
		{"HEAD on /evaluate is a 405 allowing POST", http.MethodHead, "/evaluate", "", "",
			http.StatusMethodNotAllowed, []where{{"method-not-allowed", "", "/evaluate", ""}}, "POST"},
		{"PUT on /plans/status is a 405 allowing POST", http.MethodPut, "/plans/status", "", "{}",
			http.StatusMethodNotAllowed, []where{{"method-not-allowed", "", "/plans/status", ""}}, "POST"},
		{"POST on /sets/{id} is a 405 allowing GET", http.MethodPost, "/sets/1980", "", "{}",
			http.StatusMethodNotAllowed, []where{{"method-not-allowed", "", "/sets/1980", ""}}, "GET, HEAD"},
		{"OPTIONS on /sets is a 405 allowing GET", http.MethodOptions, "/sets", "", "",
			http.StatusMethodNotAllowed, []where{{"method-not-allowed", "", "/sets", ""}}, "GET, HEAD"},
		{"POST on /openapi.json is a 405 allowing GET", http.MethodPost, "/openapi.json", "", "{}",
			http.StatusMethodNotAllowed, []where{{"method-not-allowed", "", "/openapi.json", ""}}, "GET, HEAD"},
		{"DELETE on /healthz is a 405 allowing GET", http.MethodDelete, "/healthz", "", "",
			http.StatusMethodNotAllowed, []where{{"method-not-allowed", "", "/healthz", ""}}, "GET, HEAD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, tt.method, tt.target, tt.ctype, tt.body)
			if rec.Code != tt.wantStatus {
				t.Errorf("status %d, want %d; body:\n%s", rec.Code, tt.wantStatus, rec.Body)
			}
			if got := rec.Header().Get("Allow"); got != tt.wantAllow {
				t.Errorf("Allow %q, want %q", got, tt.wantAllow)
			}
			if diff := cmp.Diff(tt.want, problemsOf(t, rec)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("a body with a good and a bad commune is a 422 with the good one's report", func(t *testing.T) {
		rec := do(t, h, http.MethodPost, "/evaluate", "application/json", "["+badCommune+","+goodCommune+"]")
		if rec.Code != http.StatusUnprocessableEntity {
			t.Fatalf("status %d, want 422; body:\n%s", rec.Code, rec.Body)
		}
		communes, problems := partialOf(t, rec)
		if len(communes) != 1 || communes[0].Name != "Nhật Tiến" || len(problems) != 2 {
			t.Errorf("422 holds the reports of %+v and %d problems, want Nhật Tiến's and 2", communes, len(problems))
		}
	})
	t.Run("a CSV row with a bad value is a 422 naming its line and column", func(t *testing.T) {
		in := csvBody + "Lạng Sơn,Hữu Lũng,Tân Thành,TDMNPB,2020,1980/QĐ-TTg,4.2,101,,,,\n"
		rec := do(t, h, http.MethodPost, "/evaluate?lang=en", "text/csv", in)
		if rec.Code != http.StatusUnprocessableEntity {
			t.Fatalf("status %d, want 422; body:\n%s", rec.Code, rec.Body)
		}
		var body struct{ Problems []jsonProblem }
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatal(err)
		}
		if len(body.Problems) != 1 || body.Problems[0].Line != 6 || body.Problems[0].Commune == "" || body.Problems[0].Column == "" {
			t.Errorf("problems %+v, want one at line 6 with its column and commune", body.Problems)
		}
	})
	t.Run("a JSON syntax error is a 400 naming its line and column (in characters)", func(t *testing.T) {
		rec := do(t, h, http.MethodPost, "/evaluate", "application/json", "[\n{\"commune\": {\"name\": \"Hòa Lạc\"}, x}]")
		if rec.Code != http.StatusBadRequest {
			t.Fatalf("status %d, want 400; body:\n%s", rec.Code, rec.Body)
		}
		var body struct{ Problems []jsonProblem }
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatal(err)
		}
		if len(body.Problems) != 1 || body.Problems[0].Code != "syntax" || body.Problems[0].Line != 2 || body.Problems[0].Column != "34" {
			t.Errorf("problems %+v, want one syntax problem at line 2, column 34", body.Problems)
		}
	})
	t.Run("a CSV whose header cannot be read is a 400 naming each commune of the rows not read", func(t *testing.T) {
		in := strings.Replace(csvBody, ",source\n", ",source,vaule\n", 1)
		rec := do(t, h, http.MethodPost, "/evaluate?lang=en", "text/csv", in)
		if rec.Code != http.StatusBadRequest {
			t.Fatalf("status %d, want 400; body:\n%s", rec.Code, rec.Body)
		}
		var body struct{ Problems []jsonProblem }
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatal(err)
		}
		var communes []string
		for _, p := range body.Problems {
			if strings.Contains(p.Message, "not read: fix the header first") {
				communes = append(communes, p.Commune)
			}
		}
		if len(communes) == 0 || slices.Contains(communes, "") {
			t.Errorf("problems %+v, want each commune not read named", body.Problems)
		}
	})
	t.Run("messages follow lang", func(t *testing.T) {
		vi := problemsMessages(t, do(t, h, http.MethodPost, "/evaluate", "application/json", "["+badCommune+"]"))
		en := problemsMessages(t, do(t, h, http.MethodPost, "/evaluate?lang=en", "application/json", "["+badCommune+"]"))
		if vi == en {
			t.Errorf("the same messages in vi and en: %s", vi)
		}
	})
}

func TestA415NamesEveryMediaTypeAccepted(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	for _, lang := range []string{"en", "vi"} {
		rec := do(t, h, http.MethodPost, "/evaluate?lang="+lang, "text/plain", "x")
		if rec.Code != http.StatusUnsupportedMediaType {
			t.Fatalf("lang=%s: status %d, want 415; body:\n%s", lang, rec.Code, rec.Body)
		}
		msg := problemsMessages(t, rec)
		for _, m := range []string{mediaJSON, mediaCSV, mediaXLSX} {
			if !strings.Contains(msg, m) {
				t.Errorf("lang=%s: the 415 message %q does not name %s", lang, msg, m)
			}
		}
		if lang == "vi" && !strings.Contains(msg, "không được hỗ trợ") {
			t.Errorf("lang=vi: the 415 message %q is not in Vietnamese", msg)
		}
	}
}

// A CSV body that is not UTF-8 is told the HTTP fix, the charset parameter,
// not the ntm command's --encoding flag.
func TestACSVBodyNotInUTF8IsToldToGiveItsCharset(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	w1258, _ := windows1258(t)
	for _, tc := range []struct{ lang, want string }{
		{"en", "send it with Content-Type text/csv;charset=windows-1258 (or charset=utf-16)"},
		{"vi", "gửi với Content-Type text/csv;charset=windows-1258 (hoặc charset=utf-16)"},
	} {
		rec := do(t, h, http.MethodPost, "/evaluate?lang="+tc.lang, "text/csv", w1258)
		if rec.Code != http.StatusBadRequest {
			t.Fatalf("lang=%s: status %d, want 400; body:\n%s", tc.lang, rec.Code, rec.Body)
		}
		if diff := cmp.Diff([]where{{"encoding", "request", "", ""}}, problemsOf(t, rec)); diff != "" {
			t.Errorf("lang=%s: problems (-want +got):\n%s", tc.lang, diff)
		}
		msg := problemsMessages(t, rec)
		if !strings.Contains(msg, tc.want) || strings.Contains(msg, "--encoding") {
			t.Errorf("lang=%s: message %q: want the charset parameter (%q), not the --encoding flag", tc.lang, msg, tc.want)
		}
	}
	// The fix it gives works.
	rec := do(t, h, http.MethodPost, "/evaluate", "text/csv;charset=windows-1258", w1258)
	if rec.Code != http.StatusOK {
		t.Errorf("with charset=windows-1258: status %d, want 200; body:\n%.500s", rec.Code, rec.Body)
	}
}

func problemsMessages(t *testing.T, rec *httptest.ResponseRecorder) string {
	t.Helper()
	var body struct{ Problems []jsonProblem }
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatal(err)
	}
	var ms []string
	for _, p := range body.Problems {
		ms = append(ms, p.Message)
	}
	return strings.Join(ms, "\n")
}

func TestProblemsAreCapped(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	var b strings.Builder
	b.WriteString("[")
	for i := range 150 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"commune": {"name": "Xã %d", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "101"}}}`, i)
	}
	b.WriteString("]")
	rec := do(t, h, http.MethodPost, "/evaluate?lang=en", "application/json", b.String())
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("status %d, want 400", rec.Code)
	}
	var body struct{ Problems []jsonProblem }
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatal(err)
	}
	if len(body.Problems) != 101 {
		t.Fatalf("%d problems, want 100 and one counting the rest", len(body.Problems))
	}
	last := body.Problems[100]
	if last.Code != "too-large" || !strings.Contains(last.Message, "50 more") {
		t.Errorf("last problem %+v, want too-large counting 50 more", last)
	}
}

func TestBodiesOverTheLimitAnswer413(t *testing.T) {
	const limit = 2048
	h := NewHandler(quiet(Options{MaxBodyBytes: limit}))
	valid := `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96"}}}`
	atLimit := valid + strings.Repeat(" ", limit-len(valid))
	many := "[" + strings.Repeat(valid+",", 40) + valid + "]"
	big := NewHandler(quiet(Options{MaxBodyBytes: 512 << 10}))
	tests := []struct {
		name, target, ctype, body string
		want                      int
	}{
		{"a body of exactly the limit is read", "/evaluate", "application/json", atLimit, http.StatusOK},
		{"one byte over the limit is a 413", "/evaluate", "application/json", atLimit + " ", http.StatusRequestEntityTooLarge},
		{"valid communes beyond the limit are a 413, not a partial answer", "/evaluate", "application/json", many, http.StatusRequestEntityTooLarge},
		{"a CSV body over the limit is a 413", "/evaluate", "text/csv", csvBody + strings.Repeat(strings.SplitAfter(csvBody, "\n")[1], 40), http.StatusRequestEntityTooLarge},
		{"reports beyond MaxAnswerBytes are a 413", "/evaluate?answer", "application/json", valid, http.StatusRequestEntityTooLarge},
		{"a large plan request is a 413", "/plans/status", "application/json", `{"plan": "` + strings.Repeat("x", 4*limit) + `"}`, http.StatusRequestEntityTooLarge},
		// Bodies whose first bytes end the reading, far larger than what
		// a decoder reads at once, are still over the limit.
		{"a malformed JSON body over the limit is a 413, not a syntax error", "/evaluate?big", "application/json", "x" + strings.Repeat(" ", 1<<20), http.StatusRequestEntityTooLarge},
		{"a malformed JSON body over the limit sent in chunks is a 413", "/evaluate?big-chunked", "application/json", "x" + strings.Repeat(" ", 1<<20), http.StatusRequestEntityTooLarge},
		{"a CSV body with a bad header over the limit is a 413", "/evaluate?big-chunked", "text/csv", "a,b\n" + strings.Repeat("1,2\n", 1<<18), http.StatusRequestEntityTooLarge},
		{"a malformed plan request over the limit is a 413", "/plans/status?big", "application/json", "x" + strings.Repeat(" ", 1<<20), http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := h
			if tt.target == "/evaluate?answer" {
				h, tt.target = NewHandler(quiet(Options{MaxAnswerBytes: 1000})), "/evaluate"
			}
			if target, ok := strings.CutSuffix(tt.target, "?big"); ok {
				h, tt.target = big, target
			}
			var rec *httptest.ResponseRecorder
			if target, ok := strings.CutSuffix(tt.target, "?big-chunked"); ok {
				h = big
				// No Content-Length: the size is known only once read.
				req := httptest.NewRequest(http.MethodPost, target, io.MultiReader(strings.NewReader(tt.body)))
				req.Header.Set("Content-Type", tt.ctype)
				req.ContentLength = -1
				rec = httptest.NewRecorder()
				h.ServeHTTP(rec, req)
			} else {
				rec = do(t, h, http.MethodPost, tt.target, tt.ctype, tt.body)
			}
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d; body:\n%.300s", rec.Code, tt.want, rec.Body)
			}
			if tt.want == http.StatusRequestEntityTooLarge {
				if diff := cmp.Diff([]where{{"too-large", "request", "", ""}}, problemsOf(t, rec)); diff != "" {
					t.Errorf("problems (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestXLSXBodiesAreReadAsWorkbooks(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "workbook", "testdata", "so-lieu-dai.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	// The workbook has a commune with a word for a number (Sheet1!G6):
	// 422, with the reports of the others and the problem's sheet and cell.
	as, _ := workbook.Decode(bytes.NewReader(b), "request", workbook.ReadOptions{})
	if len(as) == 0 {
		t.Fatal("no commune read from the workbook")
	}
	h := NewHandler(quiet(Options{}))
	rec := do(t, h, http.MethodPost, "/evaluate", mediaXLSX, string(b))
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422; body:\n%.500s", rec.Code, rec.Body)
	}
	if !strings.HasPrefix(rec.Body.String(), `{"reports": `+want(t, as, "json", "vi")) {
		t.Errorf("the reports of the 422 answer are not those of the communes read:\n%.500s", rec.Body)
	}
	var body struct{ Problems []jsonProblem }
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatal(err)
	}
	if len(body.Problems) != 1 || body.Problems[0].Sheet != "Sheet1" || body.Problems[0].Cell != "G6" {
		t.Errorf("problems %+v, want one at Sheet1!G6", body.Problems)
	}
	rec = do(t, h, http.MethodPost, "/evaluate", mediaXLSX, "PK\x03\x04 not a workbook")
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("a body that is no workbook: status %d, want 400", rec.Code)
	}
	problemsOf(t, rec)
}

func TestXLSXSheetsAfterABadHeaderAreRead(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Ngang1")
	f.NewSheet("Ngang2")
	for sheet, rows := range map[string][][]any{
		// An unknown column: the header of Ngang1 cannot be read.
		"Ngang1": {{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "1.1", "Điểm"}, {"Lạng Sơn", "Hữu Lũng", "Minh Sơn", 2020, "1980", "đạt", "1"}},
		"Ngang2": {{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "1.1"}, {"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2020, "1980", "đạt"}},
	} {
		for i, row := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := f.SetSheetRow(sheet, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	rec := do(t, NewHandler(quiet(Options{})), http.MethodPost, "/evaluate?lang=en", mediaXLSX, b.String())
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422 (Hòa Lạc of the second sheet read); body:\n%.800s", rec.Code, rec.Body)
	}
	communes, problems := partialOf(t, rec)
	if len(communes) != 1 || communes[0].Name != "Hòa Lạc" {
		t.Errorf("reports of %+v, want Hòa Lạc's", communes)
	}
	named := false
	for _, p := range problems {
		named = named || p.Commune == "Minh Sơn" && p.Sheet == "Ngang1" && p.Cell == "2:2"
	}
	if !named {
		t.Errorf("problems %+v, want Minh Sơn's row not read, at Ngang1!2:2", problems)
	}
}

func TestAPanicAnswers500AndIsLogged(t *testing.T) {
	var log bytes.Buffer
	h := NewHandler(Options{Logger: slog.New(slog.NewJSONHandler(&log, nil))}).(*handler)
	h.mux.HandleFunc("/panic", func(http.ResponseWriter, *http.Request) { panic("boom") })
	rec := do(t, h, http.MethodGet, "/panic", "", "")
	if rec.Code != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500", rec.Code)
	}
	if diff := cmp.Diff([]where{{"internal", "", "", ""}}, problemsOf(t, rec)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if strings.Contains(rec.Body.String(), "boom") {
		t.Errorf("the panic value reached the client: %s", rec.Body)
	}
	if !strings.Contains(log.String(), `"panic":"boom"`) || !strings.Contains(log.String(), `"status":500`) {
		t.Errorf("the log does not hold the panic and the 500:\n%s", log.String())
	}
}

func TestRequestsAreLogged(t *testing.T) {
	var log bytes.Buffer
	h := NewHandler(Options{Logger: slog.New(slog.NewJSONHandler(&log, nil))})
	do(t, h, http.MethodGet, "/sets/999", "", "")
	var rec map[string]any
	if err := json.Unmarshal(log.Bytes(), &rec); err != nil {
		t.Fatalf("not one JSON log record: %v\n%s", err, log.String())
	}
	got := fmt.Sprint(rec["method"], " ", rec["path"], " ", rec["status"])
	if got != "GET /sets/999 404" || rec["duration"] == nil || rec["bytes"] == nil {
		t.Errorf("log record %v", rec)
	}
}

func TestRequestsBeyondMaxInFlightAnswer503(t *testing.T) {
	h := NewHandler(quiet(Options{MaxInFlight: 1})).(*handler)
	entered, release := make(chan struct{}), make(chan struct{})
	h.mux.HandleFunc("/block", func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
	})
	done := make(chan int)
	go func() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/block", nil))
		done <- rec.Code
	}()
	<-entered
	rec := do(t, h, http.MethodGet, "/sets", "", "")
	health := do(t, h, http.MethodGet, "/healthz", "", "")
	close(release)
	if health.Code != http.StatusOK {
		t.Errorf("GET /healthz at the limit: status %d, want 200 (health is outside the limit)", health.Code)
	}
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Errorf("status %d, Retry-After %q; want 503 with Retry-After", rec.Code, rec.Header().Get("Retry-After"))
	}
	if diff := cmp.Diff([]where{{"busy", "", "", ""}}, problemsOf(t, rec)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if code := <-done; code != http.StatusOK {
		t.Errorf("the request in flight answered %d", code)
	}
	if rec := do(t, h, http.MethodGet, "/sets", "", ""); rec.Code != http.StatusOK {
		t.Errorf("after the request in flight ended: status %d, want 200", rec.Code)
	}
}

func TestARequestPastTheTimeoutAnswers503(t *testing.T) {
	h := NewHandler(quiet(Options{Timeout: time.Nanosecond}))
	rec := do(t, h, http.MethodPost, "/evaluate", "application/json", readTestdata(t, "assessments.json"))
	if rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("status %d, want 503; body:\n%s", rec.Code, rec.Body)
	}
	if diff := cmp.Diff([]where{{"timeout", "request", "", ""}}, problemsOf(t, rec)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

// trickle is a request body sent one byte at a time, more slowly than the
// handler's timeout allows, until it is stopped.
type trickle struct {
	first string
	stop  chan struct{}
}

func (b *trickle) Read(p []byte) (int, error) {
	if b.first != "" {
		n := copy(p, b.first)
		b.first = b.first[n:]
		return n, nil
	}
	select {
	case <-b.stop:
		return 0, io.EOF
	case <-time.After(50 * time.Millisecond):
	}
	p[0] = ' '
	return 1, nil
}

// TestABodySentTooSlowlyAnswers503 sends bodies that never end: the
// handler answers 503 timeout once Options.Timeout is past, and the slot
// is free again, whether or not the server has a ReadTimeout.
func TestABodySentTooSlowlyAnswers503(t *testing.T) {
	srv := httptest.NewServer(NewHandler(quiet(Options{Timeout: 300 * time.Millisecond, MaxInFlight: 1})))
	defer srv.Close()
	for _, c := range []struct{ path, ctype, first string }{
		{"/evaluate", "application/json", "["},
		{"/evaluate", "text/csv", "province,district,commune,year,set,indicator,value\n"},
		{"/evaluate", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK"},
		{"/plans/status", "application/json", `{"plan": `},
	} {
		t.Run(c.path+" "+c.ctype, func(t *testing.T) {
			body := &trickle{first: c.first, stop: make(chan struct{})}
			defer close(body.stop)
			req, err := http.NewRequest(http.MethodPost, srv.URL+c.path, body)
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Content-Type", c.ctype)
			client := &http.Client{Timeout: 5 * time.Second}
			start := time.Now()
			resp, err := client.Do(req)
			if err != nil {
				t.Fatalf("no answer after %v: %v", time.Since(start), err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(b), `"timeout"`) {
				t.Errorf("status %d, want 503 timeout; body:\n%s", resp.StatusCode, b)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("answered after %v", d)
			}
		})
	}
	// The deadline is the request's alone: a kept-alive connection idle
	// past it serves the next request.
	client := &http.Client{Transport: &http.Transport{}, Timeout: 5 * time.Second}
	for i := range 2 {
		if i > 0 {
			time.Sleep(400 * time.Millisecond)
		}
		resp, err := client.Post(srv.URL+"/evaluate", "application/json", strings.NewReader(readTestdata(t, "assessments.json")))
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("request %d on a kept-alive connection: status %d", i, resp.StatusCode)
		}
	}
}

func TestOpenAPIDocumentsExactlyTheRoutes(t *testing.T) {
	rec := do(t, NewHandler(quiet(Options{})), http.MethodGet, "/openapi.json", "", "")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi %q, want 3.1.0", doc.OpenAPI)
	}
	var got []string
	for p, ops := range doc.Paths {
		for m := range ops {
			got = append(got, strings.ToUpper(m)+" "+p)
		}
	}
	slices.Sort(got)
	routes := []string{"GET /healthz", "GET /openapi.json", "GET /sets", "GET /sets/{id}", "POST /evaluate", "POST /plans/status"}
	if diff := cmp.Diff(routes, got); diff != "" {
		t.Errorf("routes of openapi.json (-want +got):\n%s", diff)
	}
	// Every documented route answers something else than "no route".
	h := NewHandler(quiet(Options{}))
	for _, r := range routes {
		m, p, _ := strings.Cut(r, " ")
		p = strings.ReplaceAll(p, "{id}", "1980")
		if rec := do(t, h, m, p, "application/json", "{}"); rec.Code == http.StatusNotFound || rec.Code == http.StatusMethodNotAllowed {
			t.Errorf("%s answers %d", r, rec.Code)
		}
	}
}

// TestConcurrentRequests sends 32 × 20 requests mixing the routes to one
// server at once; every answer must equal the one given alone. Run it with
// -race.
func TestConcurrentRequests(t *testing.T) {
	srv := httptest.NewServer(NewHandler(quiet(Options{MaxInFlight: 64})))
	defer srv.Close()
	type call struct{ method, path, ctype, body string }
	calls := []call{
		{http.MethodGet, "/sets/1980?region=TDMNPB", "", ""},
		{http.MethodGet, "/sets", "", ""},
		{http.MethodPost, "/evaluate", "application/json", readTestdata(t, "assessments.json")},
		{http.MethodPost, "/evaluate?lang=en&format=text", "application/json", readTestdata(t, "assessments.json")},
		{http.MethodPost, "/evaluate?format=csv", "text/csv", csvBody},
		{http.MethodPost, "/plans/status?as_of=2020-05-05", "application/json", planBody(t)},
		{http.MethodPost, "/evaluate", "application/json", `{"commune": {"name": "X"}, "year": 2020, "sets": {"1980": {"5": {"numerator": 3, "denominator": 2}}}}`},
	}
	client := srv.Client()
	send := func(c call) (string, error) {
		req, err := http.NewRequest(c.method, srv.URL+c.path, strings.NewReader(c.body))
		if err != nil {
			return "", err
		}
		if c.ctype != "" {
			req.Header.Set("Content-Type", c.ctype)
		}
		resp, err := client.Do(req)
		if err != nil {
			return "", err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		return fmt.Sprintf("%d %s", resp.StatusCode, b), err
	}
	wantAns := make([]string, len(calls))
	for i, c := range calls {
		got, err := send(c)
		if err != nil {
			t.Fatal(err)
		}
		wantAns[i] = got
	}
	const workers, perWorker = 32, 20
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range perWorker {
				k := (w + i) % len(calls)
				got, err := send(calls[k])
				if err != nil {
					t.Errorf("worker %d: %s %s: %v", w, calls[k].method, calls[k].path, err)
					return
				}
				if got != wantAns[k] {
					t.Errorf("worker %d: %s %s answered differently under load:\n%.400s", w, calls[k].method, calls[k].path, got)
					return
				}
			}
		})
	}
	wg.Wait()
}

// An unsupported charset of a CSV body is a 415 in the language asked for.
func TestAnUnsupportedCharsetIsA415InBothLanguages(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	for lang, want := range map[string]string{"en": "unsupported charset", "vi": "bảng mã (charset) của text/csv không được hỗ trợ"} {
		rec := do(t, h, http.MethodPost, "/evaluate?lang="+lang, "text/csv; charset=latin1", "province,district,commune,year,set,indicator,value\n")
		if rec.Code != http.StatusUnsupportedMediaType {
			t.Fatalf("lang=%s: status %d, want 415; body:\n%s", lang, rec.Code, rec.Body)
		}
		if msg := problemsMessages(t, rec); !strings.Contains(msg, want) {
			t.Errorf("lang=%s: message %q, want one containing %q", lang, msg, want)
		}
	}
}

// TestPlanStatusOfTheAssessmentsReadIs422: one invalid assessment among
// valid ones does not take the status away, as `ntm plan` prints it and
// exits 1: the answer is 422 with the status of the assessments read and
// the problems of the others.
func TestPlanStatusOfTheAssessmentsReadIs422(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	bad := `{"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
	  "sets": {"1980/QĐ-TTg": {"4.2": "500"}}}`
	good := strings.TrimSpace(readTestdata(t, "assessments.json"))
	body := `{"plan": ` + readTestdata(t, "plan.json") + `, "assessments": ` + strings.TrimSuffix(good, "]") + ", " + bad + "]}"
	rec := do(t, h, http.MethodPost, "/plans/status?as_of=2020-05-05", "application/json", body)
	problems := partialStatusOf(t, rec, "2020-05-05")
	if len(problems) != 1 || problems[0].Code != "out-of-range" || problems[0].File != "assessments" ||
		problems[0].Commune != "Tân Thành" || problems[0].Input != "500" {
		t.Errorf("problems %+v, want Tân Thành's percentage out of range", problems)
	}
}

// partialStatusOf reads a 422 answer of /plans/status, which must be
// {status, problems} with the status of the test assessments on asOf, and
// returns its problems.
func partialStatusOf(t *testing.T, rec *httptest.ResponseRecorder, asOf string) []jsonProblem {
	t.Helper()
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422; body:\n%.2000s", rec.Code, rec.Body)
	}
	var got struct {
		Status   json.RawMessage `json:"status"`
		Problems []jsonProblem   `json:"problems"`
	}
	dec := json.NewDecoder(bytes.NewReader(rec.Body.Bytes()))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("the 422 is not {status, problems}: %v\n%.2000s", err, rec.Body)
	}
	var gotStatus, wantStatus any
	if err := json.Unmarshal(got.Status, &gotStatus); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(wantPlanStatus(t, asOf)), &wantStatus); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantStatus, gotStatus); diff != "" {
		t.Errorf("the status is not that of the assessments read (-want +got):\n%s", diff)
	}
	return got.Problems
}

// TestPlanStatusCountsACommuneOnce: as ntm plan does, the first
// assessment of a commune, set and year counts (written Hoà Lạc or Hòa
// Lạc); a second is a 422 problem naming the commune and both lines, and
// the status is that of the first.
func TestPlanStatusCountsACommuneOnce(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	good := strings.TrimSpace(readTestdata(t, "assessments.json"))
	again := `{"commune": {"name": "Hoà Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
	  "sets": {"1980/QĐ-TTg": {"4.2": "10"}}}`
	body := `{"plan": ` + readTestdata(t, "plan.json") + `, "assessments": ` + strings.TrimSuffix(good, "]") + ",\n" + again + "]}"
	rec := do(t, h, http.MethodPost, "/plans/status?as_of=2020-05-05&lang=en", "application/json", body)
	problems := partialStatusOf(t, rec, "2020-05-05")
	if len(problems) != 1 || problems[0].Code != "duplicate-key" || problems[0].Commune != "Hoà Lạc" ||
		!strings.Contains(problems[0].Message, "is assessed again for 1980/QĐ-TTg, 2020 (first at line ") {
		t.Errorf("problems %+v, want Hoà Lạc assessed again", problems)
	}
}

// TestPlanRequestSyntaxErrorsNameLineAndColumn: the body of POST
// /plans/status is read as the assessment reader reads its input: a
// syntax error names its line and its column in characters of the line.
func TestPlanRequestSyntaxErrorsNameLineAndColumn(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range `{"plan": {"number": "1/KH"}}` {
		utf16 = append(utf16, byte(r), 0)
	}
	for _, tc := range []struct {
		name, body string
		code       problem.Code
		line       int
		column     string
		message    string
	}{
		{"a truncated body", "{\n  \"plan\": {\"number\": \"1/KH\"},\n  \"assessments\": [\n", problem.Syntax, 4, "1",
			"invalid JSON: unexpected end of input"},
		{"a truncated test body", planBody(t)[:len(planBody(t))/2], problem.Syntax, 0, "any", "invalid JSON: unexpected end of input"},
		{"a bad character after Vietnamese letters", `{"plan": {"number": "Kế hoạch" x}}`, problem.Syntax, 1, "32",
			"invalid JSON: invalid character 'x' after object key:value pair"},
		{"data after the object", "{\"plan\": {\"number\": \"1/KH\"}}\n  {}", problem.Syntax, 2, "3",
			"invalid JSON: unexpected data after the top-level value"},
		{"an empty body", " ", problem.Syntax, 0, "", `empty body: want {"plan": {…}, "assessments": […]}`},
		{"a UTF-16 body", string(utf16), problem.Encoding, 1, "1",
			"UTF-16 text (little-endian byte-order mark FF FE), not UTF-8: save the file as UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(t, h, http.MethodPost, "/plans/status?lang=en", "application/json", tc.body)
			if rec.Code != http.StatusBadRequest {
				t.Fatalf("status %d, want 400; body:\n%s", rec.Code, rec.Body)
			}
			var got struct{ Problems []jsonProblem }
			if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			if len(got.Problems) != 1 {
				t.Fatalf("problems %+v, want one", got.Problems)
			}
			p := got.Problems[0]
			if p.Code != tc.code || p.File != "request" || p.Message != tc.message {
				t.Errorf("problem %+v, want %s: %q", p, tc.code, tc.message)
			}
			switch tc.column {
			case "any":
				if p.Line == 0 || p.Column == "" {
					t.Errorf("problem %+v names no line and column", p)
				}
			default:
				if p.Line != tc.line || p.Column != tc.column {
					t.Errorf("problem %+v, want line %d, column %q", p, tc.line, tc.column)
				}
			}
		})
	}
}

// TestEveryRouteAnswersInVietnameseByDefault: the problems of every route
// are in Vietnamese unless lang=en asks for English, as those of POST
// /evaluate are: the query's, the body's, an unknown set's, the route's
// and the method's.
func TestEveryRouteAnswersInVietnameseByDefault(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	for _, tc := range []struct {
		name, method, target, ctype, body string
	}{
		{"a bad as_of", http.MethodPost, "/plans/status?as_of=2020-13-01", "application/json", planBody(t)},
		{"a plan request without plan", http.MethodPost, "/plans/status", "application/json", `{"assessments": []}`},
		{"an unknown key of the plan request", http.MethodPost, "/plans/status", "application/json", `{"plan": {"number": "1"}, "extra": 1}`},
		{"a truncated plan request", http.MethodPost, "/plans/status", "application/json", `{"plan": {`},
		{"a CSV plan request", http.MethodPost, "/plans/status", "text/csv", "a,b\n"},
		{"an unknown set", http.MethodGet, "/sets/9999", "", ""},
		{"an unknown region", http.MethodGet, "/sets/1980?region=Atlantis", "", ""},
		{"a bad year", http.MethodGet, "/sets/1980?year=x", "", ""},
		{"a commune group the set does not have", http.MethodGet, "/sets/51?group=9", "", ""},
		{"an unknown query parameter of /sets", http.MethodGet, "/sets?x=1", "", ""},
		{"an unknown format", http.MethodPost, "/evaluate?format=xml", "application/json", "[]"},
		{"a query parameter given twice", http.MethodPost, "/evaluate?set=1980&set=933", "application/json", "[]"},
		{"an empty array", http.MethodPost, "/evaluate", "application/json", "[]"},
		{"an unknown media type", http.MethodPost, "/evaluate", "application/xml", "<a/>"},
		{"an unknown route", http.MethodGet, "/nowhere", "", ""},
		{"a wrong method", http.MethodGet, "/evaluate", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vi := do(t, h, tc.method, tc.target, tc.ctype, tc.body)
			sep := "?"
			if strings.Contains(tc.target, "?") {
				sep = "&"
			}
			en := do(t, h, tc.method, tc.target+sep+"lang=en", tc.ctype, tc.body)
			if vi.Code < 400 || vi.Code != en.Code {
				t.Fatalf("status %d by default and %d with lang=en, want the same error", vi.Code, en.Code)
			}
			viMsgs, enMsgs := messagesOf(t, vi), messagesOf(t, en)
			for i, m := range viMsgs {
				if w := untranslated.Words(m.Message, m.Input, m.Path, mediaXLSX); len(w) > 0 {
					t.Errorf("by default, English words %q in %q", w, m.Message)
				}
				if i < len(enMsgs) && enMsgs[i].Message == m.Message {
					t.Errorf("the same message in Vietnamese and with lang=en: %q", m.Message)
				}
			}
			if len(viMsgs) == 0 || len(viMsgs) != len(enMsgs) {
				t.Errorf("%d problems by default, %d with lang=en", len(viMsgs), len(enMsgs))
			}
		})
	}
	t.Run("a lang that is no language is a problem in Vietnamese", func(t *testing.T) {
		for _, target := range []string{"/evaluate?lang=xx", "/plans/status?lang=xx", "/sets?lang=xx", "/sets/1980?lang=xx"} {
			method := http.MethodPost
			if strings.HasPrefix(target, "/sets") {
				method = http.MethodGet
			}
			rec := do(t, h, method, target, "application/json", "[]")
			ms := messagesOf(t, rec)
			if rec.Code != http.StatusBadRequest || len(ms) != 1 || ms[0].Path != "lang" || ms[0].Message != "không có ngôn ngữ này (chọn vi hoặc en)" {
				t.Errorf("%s: status %d, problems %+v; want 400 and the language's problem in Vietnamese", target, rec.Code, ms)
			}
		}
	})
	t.Run("lang=en is allowed on every route", func(t *testing.T) {
		for _, c := range []struct{ method, target, body string }{
			{http.MethodGet, "/sets?lang=en", ""}, {http.MethodGet, "/sets/1980?lang=en", ""},
			{http.MethodPost, "/plans/status?as_of=2020-05-05&lang=en", planBody(t)},
		} {
			if rec := do(t, h, c.method, c.target, "application/json", c.body); rec.Code != http.StatusOK {
				t.Errorf("%s: status %d, want 200; body:\n%.500s", c.target, rec.Code, rec.Body)
			}
		}
	})
}

// messagesOf decodes the problems of an error answer.
func messagesOf(t *testing.T, rec *httptest.ResponseRecorder) []jsonProblem {
	t.Helper()
	var body struct{ Problems []jsonProblem }
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("%v:\n%s", err, rec.Body)
	}
	return body.Problems
}

// TestATableWithoutASetIsToldTheQueryParameter: the problem of a table
// without a set column names the query parameter set=, not the command's
// --set, and set= is the fix.
func TestATableWithoutASetIsToldTheQueryParameter(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	const table = "Tỉnh,Huyện,Xã,Năm,1.1,17.1a\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,đạt,90\n"
	for _, tc := range []struct{ lang, want string }{
		{"en", `add a column "Bộ tiêu chí" (set) giving each row's set, or give the set of the table: query parameter set=`},
		{"vi", `thêm cột "Bộ tiêu chí" (hoặc "set") ghi bộ tiêu chí của mỗi hàng, hoặc cho biết bộ tiêu chí của cả bảng bằng tham số truy vấn set=`},
	} {
		rec := do(t, h, http.MethodPost, "/evaluate?lang="+tc.lang, "text/csv", table)
		if rec.Code != http.StatusBadRequest && rec.Code != http.StatusUnprocessableEntity {
			t.Fatalf("lang=%s: status %d, want 400 or 422; body:\n%s", tc.lang, rec.Code, rec.Body)
		}
		msg := problemsMessages(t, rec)
		if !strings.Contains(msg, tc.want) || strings.Contains(msg, "--set") {
			t.Errorf("lang=%s: message %q: want the query parameter (%q), not the --set flag", tc.lang, msg, tc.want)
		}
	}
	rec := do(t, h, http.MethodPost, "/evaluate?set=1980", "text/csv", table)
	if rec.Code != http.StatusOK {
		t.Errorf("with set=1980: status %d, want 200; body:\n%.500s", rec.Code, rec.Body)
	}
}

// TestMountedUnderAPrefix serves the handler under /ntm/ beside a service's
// own routes, as http.StripPrefix mounts it: the OpenAPI document's server
// and the paths the answers name are those the client used.
func TestMountedUnderAPrefix(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/ntm/", http.StripPrefix("/ntm", NewHandler(quiet(Options{}))))
	mux.HandleFunc("/own", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "own") })
	for _, c := range []struct {
		handler http.Handler
		prefix  string
	}{{mux, "/ntm"}, {NewHandler(quiet(Options{})), ""}} {
		srv := httptest.NewServer(c.handler)
		get := func(method, path string) (int, []byte) {
			t.Helper()
			req, err := http.NewRequest(method, srv.URL+path, nil)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			return resp.StatusCode, b
		}
		code, b := get(http.MethodGet, c.prefix+"/openapi.json")
		var doc struct {
			Servers []struct {
				URL string `json:"url"`
			} `json:"servers"`
		}
		if err := json.Unmarshal(b, &doc); err != nil || code != http.StatusOK {
			t.Fatalf("GET %s/openapi.json: %d, %v", c.prefix, code, err)
		}
		want := c.prefix
		if want == "" {
			want = "/"
		}
		if len(doc.Servers) != 1 || doc.Servers[0].URL != want {
			t.Errorf("prefix %q: servers %+v, want one of URL %q", c.prefix, doc.Servers, want)
		}
		for _, r := range []struct{ method, path, msg string }{
			{http.MethodGet, "/nope", "no route " + c.prefix + "/nope (see GET " + c.prefix + "/openapi.json)"},
			{http.MethodDelete, "/sets", "method DELETE not allowed on " + c.prefix + "/sets; use GET"},
		} {
			code, b := get(r.method, c.prefix+r.path+"?lang=en")
			var ans struct {
				Problems []struct{ Message, Path string }
			}
			if err := json.Unmarshal(b, &ans); err != nil || len(ans.Problems) != 1 {
				t.Fatalf("%s %s: %d %s", r.method, r.path, code, b)
			}
			if p := ans.Problems[0]; p.Path != c.prefix+r.path || p.Message != r.msg {
				t.Errorf("%s %s%s: path %q, message %q; want %q, %q", r.method, c.prefix, r.path, p.Path, p.Message, c.prefix+r.path, r.msg)
			}
		}
		srv.Close()
	}
}

// A problem quotes its input whole up to 256 bytes, else its first 81
// characters with input_size, as the package's documentation says.
func TestProblemsQuoteTheInputAsDocumented(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	for _, tc := range []struct {
		input         string
		wantInput     string
		wantInputSize int
	}{
		{strings.Repeat("é", 128), strings.Repeat("é", 128), 0},
		{strings.Repeat("é", 150), strings.Repeat("é", 81), 300},
	} {
		body := `{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "` + tc.input + `"}}}`
		rec := do(t, h, "POST", "/evaluate", "application/json", body)
		var answer struct{ Problems []jsonProblem }
		if err := json.Unmarshal(rec.Body.Bytes(), &answer); err != nil || len(answer.Problems) != 1 {
			t.Fatalf("%d %s: %v", rec.Code, rec.Body, err)
		}
		if p := answer.Problems[0]; p.Input != tc.wantInput || p.InputSize != tc.wantInputSize {
			t.Errorf("input of %d bytes: quoted %d bytes, input_size %d; want %d, %d",
				len(tc.input), len(p.Input), p.InputSize, len(tc.wantInput), tc.wantInputSize)
		}
	}
}

// TestUncleanPathRedirectsUnderThePrefix: a path with . or .. elements or a
// doubled slash is sent to its clean form under the prefix the handler is
// mounted at, where a router in front of it does not clean paths itself.
func TestUncleanPathRedirectsUnderThePrefix(t *testing.T) {
	for _, c := range []struct {
		prefix, uri, want string
	}{
		{"/api", "/api/sets/./1980?lang=en", "/api/sets/1980?lang=en"},
		{"/api", "/api/sets/x/../1980", "/api/sets/1980"},
		{"/api", "/api//sets", "/api/sets"},
		{"/api", "/api/sets/./", "/api/sets/"},
		{"/đánh giá", "/%C4%91%C3%A1nh%20gi%C3%A1/sets/.", "/%C4%91%C3%A1nh%20gi%C3%A1/sets"},
		{"", "/sets/.", "/sets"},
	} {
		h := http.Handler(NewHandler(quiet(Options{})))
		if c.prefix != "" {
			h = http.StripPrefix(c.prefix, h)
		}
		req := httptest.NewRequest(http.MethodGet, c.uri, nil)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusTemporaryRedirect || rec.Header().Get("Location") != c.want {
			t.Errorf("GET %s: %d to %q, want %d to %q", c.uri, rec.Code, rec.Header().Get("Location"), http.StatusTemporaryRedirect, c.want)
		}
	}
}

// TestUncleanPathRedirectKeepsAQueryAURLCannotHold: the redirect of an
// unclean path keeps its query, escaped where its bytes cannot stand in a
// URL as they are.
func TestUncleanPathRedirectKeepsAQueryAURLCannotHold(t *testing.T) {
	req := httptest.NewRequest(http.MethodGet, "/sets/.", nil)
	req.URL.RawQuery = "lang=en&x=\x1b é#"
	rec := httptest.NewRecorder()
	NewHandler(quiet(Options{})).ServeHTTP(rec, req)
	loc := rec.Header().Get("Location")
	if want := "/sets?lang=en&x=%1B%20%C3%A9%23"; rec.Code != http.StatusTemporaryRedirect || loc != want {
		t.Fatalf("%d to %q, want %d to %q", rec.Code, loc, http.StatusTemporaryRedirect, want)
	}
	u, err := url.Parse(loc)
	if err != nil || u.Query().Get("x") != "\x1b é#" {
		t.Errorf("Location %q: %v, x = %q", loc, err, u.Query().Get("x"))
	}
}

// TestARequestWhoseClientWentAwayIsNotATimeout checks that POST /evaluate
// whose client went away (its context canceled, as net/http cancels it when
// the connection closes) is neither answered nor logged as a timeout of the
// server (503 "the request took longer than …"), which would count every
// client that gives up as a server too slow: nothing is written and the
// request log gives it status 499.
func TestARequestWhoseClientWentAwayIsNotATimeout(t *testing.T) {
	var log bytes.Buffer
	h := NewHandler(Options{Logger: slog.New(slog.NewJSONHandler(&log, nil))})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	body := `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": 96}}}`
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/evaluate", strings.NewReader(body))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Body.Len() != 0 || strings.Contains(rec.Body.String(), "timeout") {
		t.Errorf("answered %d %s", rec.Code, rec.Body.String())
	}
	var r map[string]any
	if err := json.Unmarshal(log.Bytes(), &r); err != nil {
		t.Fatalf("not one JSON log record: %v\n%s", err, log.String())
	}
	if got := fmt.Sprint(r["method"], " ", r["path"], " ", r["status"]); got != "POST /evaluate 499" {
		t.Errorf("log record %v, want POST /evaluate 499", r)
	}
}

// TestAnEscapedSlashOfASetIDIsNoPathElement: {id} URL-escaped is one path
// element, whatever it holds: "..%2F" in it is part of the ID (an unknown
// set, or an empty ID), not a step up to another route, as net/http's ServeMux cleans the
// escaped path; the redirect of an unclean path keeps the escapes of its ID.
func TestAnEscapedSlashOfASetIDIsNoPathElement(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	for _, target := range []string{"/sets/1980%2F..%2F..%2Fhealthz", "/sets/..%2Fnope", "/sets/%2E%2E"} {
		rec := do(t, h, http.MethodGet, target, "", "")
		if rec.Code == http.StatusTemporaryRedirect || !strings.Contains(rec.Body.String(), `"path": "id"`) {
			t.Errorf("GET %s: %d to %q, want a problem of the ID\n%s", target, rec.Code, rec.Header().Get("Location"), rec.Body)
		}
	}
	rec := do(t, h, http.MethodGet, "/sets/./1980%2FQ%C4%90-TTg?lang=en", "", "")
	if loc := rec.Header().Get("Location"); rec.Code != http.StatusTemporaryRedirect || loc != "/sets/1980%2FQ%C4%90-TTg?lang=en" {
		t.Errorf("GET /sets/./1980%%2FQ%%C4%%90-TTg: %d to %q, want 307 to /sets/1980%%2FQ%%C4%%90-TTg?lang=en", rec.Code, loc)
	}
}

// TestABodyWithAContentCodingIs415: the routes read bodies as they are;
// a gzip body is a 415 that says so, not a syntax error of its bytes.
func TestABodyWithAContentCodingIs415(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	for _, target := range []string{"/evaluate", "/plans/status"} {
		for _, lang := range []string{"vi", "en"} {
			var gz bytes.Buffer
			zw := gzip.NewWriter(&gz)
			zw.Write([]byte(readTestdata(t, "assessments.json")))
			zw.Close()
			req := httptest.NewRequest(http.MethodPost, target+"?lang="+lang, &gz)
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Content-Encoding", "gzip")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != http.StatusUnsupportedMediaType || rec.Header().Get("Accept-Encoding") != "identity" {
				t.Fatalf("%s: status %d, Accept-Encoding %q; want 415, identity\n%s", target, rec.Code, rec.Header().Get("Accept-Encoding"), rec.Body)
			}
			ps := decodeProblems(t, rec)
			want := "unsupported content coding (send the body as it is, without Content-Encoding)"
			if lang == "vi" {
				want = "mã hóa nội dung (Content-Encoding) không được hỗ trợ (gửi nguyên nội dung, không có Content-Encoding)"
			}
			if len(ps) != 1 || ps[0]["code"] != "unsupported-media-type" || ps[0]["file"] != "request" || ps[0]["input"] != "gzip" || ps[0]["message"] != want {
				t.Errorf("%s?lang=%s: problems %v", target, lang, ps)
			}
		}
	}
	// identity is the body as it is.
	req := httptest.NewRequest(http.MethodPost, "/evaluate", strings.NewReader(readTestdata(t, "assessments.json")))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Content-Encoding", "identity")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Errorf("Content-Encoding identity: status %d\n%.300s", rec.Code, rec.Body)
	}
}

func decodeProblems(t *testing.T, rec *httptest.ResponseRecorder) []map[string]any {
	t.Helper()
	var body struct{ Problems []map[string]any }
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("%v\n%s", err, rec.Body)
	}
	return body.Problems
}

// unreadBody is a request body that fails its test when read.
type unreadBody struct{ t *testing.T }

func (b unreadBody) Read([]byte) (int, error) {
	b.t.Error("the body was read")
	return 0, io.ErrUnexpectedEOF
}

// TestABodyDeclaredOverTheLimitIsA413AtOnce: a body whose Content-Length
// is above MaxBodyBytes is answered 413 before any of it is read.
func TestABodyDeclaredOverTheLimitIsA413AtOnce(t *testing.T) {
	h := NewHandler(quiet(Options{MaxBodyBytes: 1 << 20}))
	for _, target := range []string{"/evaluate", "/plans/status"} {
		req := httptest.NewRequest(http.MethodPost, target, unreadBody{t})
		req.Header.Set("Content-Type", "application/json")
		req.ContentLength = 1<<20 + 1
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusRequestEntityTooLarge {
			t.Errorf("%s: status %d, want 413\n%s", target, rec.Code, rec.Body)
		}
	}
}

// TestNegativeLimitsMeanTheDefaults: as Options says, a limit of 0 or less
// is its default: the handler still serves, reads a body and answers it.
func TestNegativeLimitsMeanTheDefaults(t *testing.T) {
	h := NewHandler(quiet(Options{MaxBodyBytes: -1, Timeout: -1, MaxAnswerBytes: -1, MaxInFlight: -1}))
	if rec := do(t, h, http.MethodPost, "/evaluate", "text/csv", csvBody); rec.Code != http.StatusOK {
		t.Errorf("POST /evaluate with negative limits: %d %s, want 200", rec.Code, rec.Body)
	}
}

// TestAGroupTheSetHasNotIsAnsweredWithTheSetsGroups: the problem of a
// group= the set does not have quotes it as written and names the set's
// groups, in either language.
func TestAGroupTheSetHasNotIsAnsweredWithTheSetsGroups(t *testing.T) {
	h := NewHandler(Options{})
	for _, tc := range []struct{ target, want string }{
		{"/sets/51?group=Nh%C3%B3m+4", `"message": "bộ tiêu chí 51/2025/QĐ-TTg không có nhóm xã mã này (cần 1, 2, 3)"`},
		{"/sets/51?group=Nh%C3%B3m+4&lang=en", `"message": "set 51/2025/QĐ-TTg has no commune group of that code (want 1, 2, 3)"`},
	} {
		rec := do(t, h, http.MethodGet, tc.target, "", "")
		if body := rec.Body.String(); rec.Code != http.StatusBadRequest || !strings.Contains(body, tc.want) || !strings.Contains(body, `"input": "Nhóm 4"`) {
			t.Errorf("GET %s: status %d, body:\n%s\nwant 400 with %s and the input", tc.target, rec.Code, body, tc.want)
		}
	}
}
