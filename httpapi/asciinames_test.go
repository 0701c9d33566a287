package httpapi

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// hoaLacASCII is the test assessment of Hòa Lạc with its names written
// without diacritics, as a keyboard without Unikey types them.
const hoaLacASCII = `{"commune": {"name": "Hoa Lac", "district": "Huu Lung", "province": "Lang Son"}, "year": 2020,
	  "sets": {"1980/QĐ-TTg": {"4.2": "10"}}}`

// TestPlanStatusResolvesNamesWithoutDiacritics: as ntm plan does, a name
// written without diacritics stands for the one known name it folds to
// (of the registries, the plan's targets or the assessments): the Hòa Lạc
// target is evaluated from an assessment of "Hoa Lac, Huu Lung, Lang Son",
// and an assessment of it beside one of "Hòa Lạc" is a duplicate-key
// problem, whichever comes first.
func TestPlanStatusResolvesNamesWithoutDiacritics(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	good := strings.TrimSpace(readTestdata(t, "assessments.json"))
	t.Run("the target is evaluated", func(t *testing.T) {
		ascii := strings.Replace(good, `{"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}`,
			`{"name": "Hoa Lac", "district": "Huu Lung", "province": "Lang Son"}`, 1)
		if ascii == good {
			t.Fatal("the test assessments do not name Hòa Lạc as expected")
		}
		body := `{"plan": ` + readTestdata(t, "plan.json") + `, "assessments": ` + ascii + "}"
		rec := do(t, h, http.MethodPost, "/plans/status?as_of=2020-05-05&lang=en", "application/json", body)
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d, want 200; body:\n%.2000s", rec.Code, rec.Body)
		}
		var got, want any
		if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(wantPlanStatus(t, "2020-05-05")), &want); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("the status differs from that of Hòa Lạc written with diacritics (-want +got):\n%s", diff)
		}
	})
	t.Run("after Hòa Lạc, a duplicate", func(t *testing.T) {
		body := `{"plan": ` + readTestdata(t, "plan.json") + `, "assessments": ` + strings.TrimSuffix(good, "]") + ",\n" + hoaLacASCII + "]}"
		rec := do(t, h, http.MethodPost, "/plans/status?as_of=2020-05-05&lang=en", "application/json", body)
		problems := partialStatusOf(t, rec, "2020-05-05")
		if len(problems) != 1 || problems[0].Code != "duplicate-key" || problems[0].Commune != "Hoa Lac" ||
			!strings.Contains(problems[0].Message, "Hoa Lac, Hữu Lũng, Lạng Sơn is assessed again for 1980/QĐ-TTg, 2020 (first at line 2)") {
			t.Errorf("problems %+v, want Hoa Lac assessed again", problems)
		}
	})
	t.Run("before Hòa Lạc, Hòa Lạc is the duplicate", func(t *testing.T) {
		body := `{"plan": ` + readTestdata(t, "plan.json") + `, "assessments": [` + hoaLacASCII + ",\n" + strings.TrimPrefix(good, "[") + "}"
		rec := do(t, h, http.MethodPost, "/plans/status?as_of=2020-05-05&lang=en", "application/json", body)
		if rec.Code != http.StatusUnprocessableEntity {
			t.Fatalf("status %d, want 422; body:\n%.2000s", rec.Code, rec.Body)
		}
		var got struct {
			Status struct {
				Targets []struct {
					Commune struct{ Name string } `json:"commune"`
					Status  string                `json:"status"`
				} `json:"targets"`
			} `json:"status"`
			Problems []jsonProblem `json:"problems"`
		}
		if err := json.NewDecoder(bytes.NewReader(rec.Body.Bytes())).Decode(&got); err != nil {
			t.Fatal(err)
		}
		if ps := got.Problems; len(ps) != 1 || ps[0].Code != "duplicate-key" || ps[0].Commune != "Hòa Lạc" ||
			!strings.Contains(ps[0].Message, "Hòa Lạc, Hữu Lũng, Lạng Sơn is assessed again for 1980/QĐ-TTg, 2020 (first at line 1)") {
			t.Errorf("problems %+v, want Hòa Lạc assessed again", ps)
		}
		// The first assessment counts: 4.2 at 10 % is not met.
		if ts := got.Status.Targets; len(ts) != 2 || ts[1].Commune.Name != "Hòa Lạc" || ts[1].Status != "not-met" {
			t.Errorf("targets %+v, want Hòa Lạc not-met", ts)
		}
	})
}

// TestPlanStatusOf2026ResolvesANameWithoutDiacriticsInItsProvince: as ntm
// plan does, the target "Tân Thành, Lạng Sơn" of 2026 is evaluated from an
// assessment of "Tan Thanh, Huu Lung, Lang Son" (without diacritics, with
// its former district): from 2026 the name is resolved among the communes
// of the province without a district.
func TestPlanStatusOf2026ResolvesANameWithoutDiacriticsInItsProvince(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	body := `{"plan": {"number": "số liệu minh họa", "targets": [{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "set": "51/2025", "year": 2026}]},
	"assessments": [{"commune": {"name": "Tan Thanh", "district": "Huu Lung", "province": "Lang Son"}, "group": 2, "year": 2026, "sets": {"51/2025": {"1": true, "2": true}}}]}`
	rec := do(t, h, http.MethodPost, "/plans/status?as_of=2026-06-01&lang=en", "application/json", body)
	if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), `"not-evaluated"`) || !strings.Contains(rec.Body.String(), `"criteria_met": 2`) {
		t.Errorf("status %d, the target does not find its report:\n%.3000s", rec.Code, rec.Body)
	}
}

// TestPlanStatusOf2026TellsARepeatAcrossSpellings: as ntm plan does, an
// assessment of 2026 of "Tân Thành, Lạng Sơn" after one of "Tan Thanh, Huu
// Lung, Lang Son" (without diacritics, with its former district) is the
// same commune assessed again: a duplicate-key problem.
func TestPlanStatusOf2026TellsARepeatAcrossSpellings(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	body := `{"plan": {"number": "số liệu minh họa", "targets": [{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "set": "51/2025", "year": 2026}]},
	"assessments": [{"commune": {"name": "Tan Thanh", "district": "Huu Lung", "province": "Lang Son"}, "group": 2, "year": 2026, "sets": {"51/2025": {"1": true}}},
	{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": 2, "year": 2026, "sets": {"51/2025": {"1": true, "2": true}}}]}`
	rec := do(t, h, http.MethodPost, "/plans/status?as_of=2026-06-01&lang=en", "application/json", body)
	if !strings.Contains(rec.Body.String(), `"duplicate-key"`) || !strings.Contains(rec.Body.String(), "is assessed again for 51/2025/QĐ-TTg, 2026") {
		t.Errorf("status %d, no repeat told:\n%.3000s", rec.Code, rec.Body)
	}
}

// TestPlanStatusTakesATargetWithoutDiacriticsForTheCommuneRead: as ntm plan
// does, the target "Hoa Lac, Huu Lung, Lang Son" (written without
// diacritics) is evaluated from the assessment of "Hòa Lạc, Hữu Lũng, Lạng
// Sơn", and so is "Yen Binh, Lang Son" of 2026 from "Yên Bình, Lạng Sơn"
// (số liệu minh họa).
func TestPlanStatusTakesATargetWithoutDiacriticsForTheCommuneRead(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	body := `{"plan": {"number": "số liệu minh họa", "targets": [
		{"commune": {"name": "Hoa Lac", "district": "Huu Lung", "province": "Lang Son"}, "set": "1980", "year": 2020},
		{"commune": {"name": "Yen Binh", "province": "Lang Son"}, "set": "51/2025", "year": 2026}]},
	"assessments": [{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96.5"}}},
	{"commune": {"name": "Yên Bình", "province": "Lạng Sơn"}, "group": 3, "year": 2026, "sets": {"51/2025": {"1": true, "2": false}}}]}`
	rec := do(t, h, http.MethodPost, "/plans/status?as_of=2026-06-01&lang=en", "application/json", body)
	if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), `"not-evaluated"`) {
		t.Errorf("status %d, a target does not find its report:\n%.3000s", rec.Code, rec.Body)
	}
}

// TestPlanStatusNamesTheYearsReadOfATargetWithoutItsOwn: as ntm plan does,
// a target of 2027 given its commune's assessment of 2026 only is warned
// of, naming that year and where it was read (số liệu minh họa).
func TestPlanStatusNamesTheYearsReadOfATargetWithoutItsOwn(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	body := `{"plan": {"number": "số liệu minh họa", "targets": [{"commune": {"name": "Yên Bình", "province": "Lạng Sơn"}, "set": "51/2025", "year": 2027}]},
	"assessments": [{"commune": {"name": "Yên Bình", "province": "Lạng Sơn"}, "group": 3, "year": 2026, "sets": {"51/2025": {"1": true}}}]}`
	rec := do(t, h, http.MethodPost, "/plans/status?as_of=2026-12-20&lang=en", "application/json", body)
	if want := `(no assessment of 2027; those read of Yên Bình for 51/2025/QĐ-TTg are of 2026 (assessments:1))`; rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), want) {
		t.Errorf("status %d, want %q in:\n%.3000s", rec.Code, want, rec.Body)
	}
}
