package main

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/nongthonmoi/ntm/httpapi"
)

// quietHandler is the HTTP API's handler, its log discarded.
func quietHandler() http.Handler {
	return httpapi.NewHandler(httpapi.Options{Logger: slog.New(slog.DiscardHandler)})
}

// httpapiTestdata returns the HTTP API's test plan and its test
// assessments, a JSON array without its surrounding white space.
func httpapiTestdata(t *testing.T) (planJSON []byte, assessments string) {
	t.Helper()
	planJSON, err := os.ReadFile("../../httpapi/testdata/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile("../../httpapi/testdata/assessments.json")
	if err != nil {
		t.Fatal(err)
	}
	return planJSON, strings.TrimSpace(string(good))
}

// TestPlanStatusOfTheHTTPAPIWarnsOfNamesAsNtmPlan: for the same plan and
// assessments, POST /plans/status has in its status's warnings, in the
// language of lang=, the warnings on names that ntm plan prints on
// standard error (a name written without diacritics that may be two known
// names, two names that differ only in diacritics), and ntm plan --format
// json has them too: the two statuses are the same.
func TestPlanStatusOfTheHTTPAPIWarnsOfNamesAsNtmPlan(t *testing.T) {
	planJSON, all := httpapiTestdata(t)
	assessment := func(name, district string) string {
		return `{"commune": {"name": "` + name + `", "district": "` + district + `", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980/QĐ-TTg": {"4.2": "10"}}}`
	}
	with := func(as ...string) string {
		return strings.TrimSuffix(all, "]") + ",\n" + strings.Join(as, ",\n") + "]"
	}
	// hoaLac is an assessment of Hòa Lạc whose name differs from the
	// plan's only in diacritics, with sets.
	hoaLac := func(sets string) string {
		return `{"commune": {"name": "Hoà Lac", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": ` + sets + `}`
	}
	const hoaLacTarget = `{"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}`
	if !strings.Contains(string(planJSON), hoaLacTarget) {
		t.Fatal("the test plan does not name Hòa Lạc as expected")
	}
	h := quietHandler()
	for _, tc := range []struct {
		name, plan, assessments string
		warnings                int
		problems                []string // the codes of POST /plans/status
	}{
		{"a commune without diacritics of two known names", string(planJSON),
			with(assessment("Nhật Tiến", ""), assessment("Nhất Tiến", ""), assessment("Nhat Tien", "")), 1, nil},
		{"communes that differ only in diacritics", string(planJSON),
			with(assessment("Hoà Lac", "Hữu Lũng"), assessment("Tân Thành", "Hữu Lũng"), assessment("Tân Thanh", "Hữu Lũng")), 2, nil},
		{"a target that differs from an assessment only in diacritics",
			strings.NewReplacer(hoaLacTarget, `{"name": "Hoà Lac", "district": "Hữu Lũng", "province": "Lạng Sơn"}`,
				`"xã Hòa Lạc"`, `"xã Hoà Lac"`).Replace(string(planJSON)),
			all, 1, nil},
		{"a district that differs from the registry's only in diacritics, beside a commune assessed twice", string(planJSON),
			with(assessment("Tân Thành", "Hữu Lủng"), assessment("Hoa Lac", "Huu Lung")), 1, []string{"duplicate-key"}},
		{"another year", string(planJSON), with(strings.Replace(hoaLac(`{"1980": {"4.2": "15"}}`), "2020", "2019", 1)), 1, nil},
		{"a set whose prerequisite is in another assessment", string(planJSON), with(hoaLac(`{"933": {}}`)), 1, nil},
		// ntm plan reads the names of the reports it makes: none of an
		// assessment without values or of one not read.
		{"an assessment without values", string(planJSON), with(hoaLac(`{}`)), 0, nil},
		{"an assessment not read", string(planJSON), with(hoaLac(`{"1980": {"4.2": "150"}}`)), 0, []string{"out-of-range"}},
		{"no warning", string(planJSON), all, 0, nil},
	} {
		for _, lang := range []string{"vi", "en"} {
			t.Run(tc.name+", "+lang, func(t *testing.T) {
				planFile := writeTemp(t, "plan.json", tc.plan)
				in := writeTemp(t, "assessments.json", tc.assessments)
				// The places named as the request names them.
				named := strings.NewReplacer(planFile+":", "plan:", in+":", "assessments:")
				code, out, errOut := runNTM(t, "", "plan", "--lang", lang, "--as-of", "2020-05-05", "--format", "json", planFile, in)
				if want := map[bool]int{true: exitOK, false: exitInput}[len(tc.problems) == 0]; code != want {
					t.Fatalf("ntm plan: exit %d, want %d:\n%s", code, want, errOut)
				}
				// "ntm plan: ORIGIN: cảnh báo: TEXT" is "ORIGIN: TEXT" in
				// the status.
				mark := map[string]string{"vi": ": cảnh báo: ", "en": ": warning: "}[lang]
				var printed []string
				for _, line := range strings.Split(errOut, "\n") {
					if strings.Contains(line, mark) {
						line = strings.Replace(strings.TrimPrefix(line, "ntm plan: "), mark, ": ", 1)
						printed = append(printed, named.Replace(line))
					}
				}
				if len(printed) != tc.warnings {
					t.Fatalf("ntm plan printed %d warnings, want %d:\n%s", len(printed), tc.warnings, errOut)
				}

				req := httptest.NewRequest(http.MethodPost, "/plans/status?as_of=2020-05-05&lang="+lang,
					strings.NewReader(`{"plan": `+tc.plan+`, "assessments": `+tc.assessments+`}`))
				req.Header.Set("Content-Type", "application/json")
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				var status json.RawMessage = rec.Body.Bytes()
				if len(tc.problems) > 0 {
					var got struct {
						Status   json.RawMessage
						Problems []struct{ Code string }
					}
					if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
						t.Fatal(err)
					}
					var codes []string
					for _, p := range got.Problems {
						codes = append(codes, p.Code)
					}
					if !slices.Equal(codes, tc.problems) {
						t.Errorf("POST /plans/status: problems %v, want %v", codes, tc.problems)
					}
					status = got.Status
				}
				if want := map[bool]int{true: http.StatusOK, false: http.StatusUnprocessableEntity}[len(tc.problems) == 0]; rec.Code != want {
					t.Fatalf("POST /plans/status: %d, want %d:\n%.1000s", rec.Code, want, rec.Body)
				}
				var st struct{ Warnings []string }
				if err := json.Unmarshal(status, &st); err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(printed, st.Warnings, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("the warnings of POST /plans/status differ from those ntm plan prints (-ntm plan +HTTP):\n%s", diff)
				}
				var a, b any
				if err := json.Unmarshal([]byte(named.Replace(out)), &a); err != nil {
					t.Fatal(err)
				}
				if err := json.Unmarshal(status, &b); err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(a, b); diff != "" {
					t.Errorf("the status of POST /plans/status differs from ntm plan's (-ntm plan +HTTP):\n%s", diff)
				}
			})
		}
	}
}

// TestEvaluateOfTheHTTPAPIWarnsAsNtmEval: ntm eval without --summary,
// which POST /evaluate answers as, tells every report apart and warns of
// the names read as --summary does: for assessments whose names may be two
// known names or differ only in diacritics, ntm eval prints the warnings
// on standard error and POST /evaluate answers them as Ntm-Warning header
// fields, the same, and both give the same reports, with the same
// warnings, in the language asked for.
func TestEvaluateOfTheHTTPAPIWarnsAsNtmEval(t *testing.T) {
	assessment := func(name, district, value string) string {
		return `{"commune": {"name": "` + name + `", "district": "` + district + `", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980/QĐ-TTg": {"4.2": "` + value + `"}}}`
	}
	body := "[" + strings.Join([]string{
		assessment("Nhật Tiến", "", "10"), assessment("Nhất Tiến", "", "10"), assessment("Nhat Tien", "", "10"),
		assessment("Hòa Lạc", "Hữu Lũng", "0.965"), assessment("Hoà Lac", "Hữu Lũng", "10"), assessment("Hoa Lac", "Huu Lung", "10"),
	}, ",\n") + "]"
	h := quietHandler()
	for _, lang := range []string{"vi", "en"} {
		in := writeTemp(t, "assessments.json", body)
		code, out, errOut := runNTM(t, "", "eval", "--lang", lang, "--format", "json", in)
		if code != exitOK {
			t.Fatalf("%s: ntm eval: exit %d, standard error %q; want %d", lang, code, errOut, exitOK)
		}
		req := httptest.NewRequest(http.MethodPost, "/evaluate?lang="+lang, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: POST /evaluate: %d, want 200:\n%.1000s", lang, rec.Code, rec.Body)
		}
		// "ntm eval: ORIGIN: cảnh báo: TEXT" is "ORIGIN: TEXT" in a header
		// field.
		var printed, answered []string
		mark := map[string]string{"vi": ": cảnh báo: ", "en": ": warning: "}[lang]
		for line := range strings.Lines(errOut) {
			line = strings.ReplaceAll(strings.TrimPrefix(strings.TrimSuffix(line, "\n"), "ntm eval: "), in, "request")
			printed = append(printed, strings.Replace(line, mark, ": ", 1))
		}
		for _, v := range rec.Header().Values("Ntm-Warning") {
			w, err := url.PathUnescape(v)
			if err != nil {
				t.Fatal(err)
			}
			answered = append(answered, w)
		}
		if len(printed) != 3 {
			t.Errorf("%s: ntm eval printed %q, want the three warnings on names", lang, printed)
		}
		if diff := cmp.Diff(printed, answered); diff != "" {
			t.Errorf("%s: the warnings of POST /evaluate differ from those ntm eval prints (-ntm eval +HTTP):\n%s", lang, diff)
		}
		var a, b []map[string]any
		if err := json.Unmarshal([]byte(strings.ReplaceAll(out, in+":", "request:")), &a); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &b); err != nil {
			t.Fatal(err)
		}
		if len(a) != 6 {
			t.Errorf("%s: ntm eval: %d reports, want 6", lang, len(a))
		}
		if w, _ := a[3]["warnings"].([]any); len(w) == 0 {
			t.Errorf("%s: the report of 4.2 at 0.965 has no warning", lang)
		}
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("%s: the reports of POST /evaluate differ from ntm eval's (-ntm eval +HTTP):\n%s", lang, diff)
		}
	}
}
