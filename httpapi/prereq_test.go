package httpapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/nongthonmoi/ntm/criteria"
)

// The tests of this file join a commune's assessments within one body for
// prerequisites: 933/QĐ-UBND (pending the official text) requires
// 1980/QĐ-TTg met. Illustrative communes (số liệu minh họa): Tân Thành
// meets 1980/QĐ-TTg, Hòa Lạc does not (2 of 3 schools).

// values1980 returns the 1980/QĐ-TTg values of Tân Thành (met) or of Hòa
// Lạc (criterion 5 not met), by indicator code, as table cells.
func values1980(met bool) map[string]any {
	vals := map[string]any{}
	for _, ind := range criteria.QD1980().Indicators() {
		switch {
		case ind.Kind == criteria.KindPass:
			vals[ind.Code] = true
		case ind.Kind == criteria.KindNone, ind.Op == criteria.OpLE:
			vals[ind.Code] = 0
		default:
			vals[ind.Code] = 100
		}
	}
	if !met {
		vals["5"] = map[string]any{"numerator": 2, "denominator": 3, "unit": "trường"}
	}
	return vals
}

func values933() map[string]any {
	vals := map[string]any{}
	for _, ind := range criteria.QD933().Indicators() {
		vals[ind.Code] = true
	}
	return vals
}

// object returns a JSON assessment of commune for 2020 with vals for set,
// on one line.
func object(commune, set string, vals map[string]any) string {
	b, _ := json.Marshal(map[string]any{"commune": map[string]string{"name": commune, "district": "Hữu Lũng", "province": "Lạng Sơn"},
		"year": 2020, "sets": map[string]any{set: vals}})
	return string(b)
}

// prereqs returns, per commune, the status and the prerequisite (status
// and origin) of the 933/QĐ-UBND reports of an answer's JSON reports.
func prereqs(t *testing.T, reports []byte) map[string]string {
	t.Helper()
	var rs []struct {
		Set     string `json:"set"`
		Status  string `json:"status"`
		Commune struct {
			Name string `json:"name"`
		} `json:"commune"`
		Prerequisite *struct {
			Status string `json:"status"`
			Origin string `json:"origin"`
		} `json:"prerequisite"`
	}
	if err := json.Unmarshal(reports, &rs); err != nil {
		t.Fatalf("not reports: %v\n%s", err, reports)
	}
	got := map[string]string{}
	for _, r := range rs {
		if r.Set == criteria.IDQD933 && r.Prerequisite != nil {
			got[r.Commune.Name] = r.Status + ", prerequisite " + r.Prerequisite.Status + " " + r.Prerequisite.Origin
		}
	}
	return got
}

func TestEvaluateJoinsTheAssessmentsOfABodyForPrerequisites(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	t.Run("JSON objects", func(t *testing.T) {
		body := "[\n" + strings.Join([]string{object("Tân Thành", "933", values933()), object("Hòa Lạc", "1980", values1980(false)),
			object("Hòa Lạc", "933", values933()), object("Tân Thành", "1980", values1980(true))}, ",\n") + "\n]\n"
		rec := do(t, h, http.MethodPost, "/evaluate", mediaJSON, body)
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d:\n%.800s", rec.Code, rec.Body)
		}
		want := map[string]string{"Tân Thành": "met, prerequisite met request:5", "Hòa Lạc": "not-met, prerequisite not-met request:3"}
		if diff := cmp.Diff(want, prereqs(t, rec.Body.Bytes())); diff != "" {
			t.Errorf("933/QĐ-UBND reports (-want +got):\n%s", diff)
		}
		// Only the sets asked for are answered, joined all the same.
		rec = do(t, h, http.MethodPost, "/evaluate?set=933&format=text", mediaJSON, body)
		if text := rec.Body.String(); rec.Code != http.StatusOK || strings.Contains(text, "Bộ tiêu chí: 1980") ||
			!strings.Contains(text, "Điều kiện tiên quyết: 1980/QĐ-TTg — Đạt (theo kết quả đánh giá số liệu ở request:5)") {
			t.Errorf("set=933: status %d:\n%s", rec.Code, text)
		}
	})
	t.Run("workbook sheets", func(t *testing.T) {
		f := excelize.NewFile()
		defer f.Close()
		sheet := func(name string, set *criteria.Set, rows map[string]map[string]any) {
			header := []any{"province", "district", "commune", "year", "set"}
			for _, ind := range set.Indicators() {
				header = append(header, ind.Code)
			}
			f.SetSheetRow(name, "A1", &header)
			r := 2
			for _, c := range []string{"Tân Thành", "Hòa Lạc"} {
				row := []any{"Lạng Sơn", "Hữu Lũng", c, 2020, set.ID}
				for _, ind := range set.Indicators() {
					v := rows[c][ind.Code]
					if m, ok := v.(map[string]any); ok {
						v = fmt.Sprintf("%v/%v", m["numerator"], m["denominator"])
					}
					row = append(row, v)
				}
				f.SetSheetRow(name, fmt.Sprintf("A%d", r), &row)
				r++
			}
		}
		f.SetSheetName("Sheet1", "NTM nâng cao")
		sheet("NTM nâng cao", criteria.QD933(), map[string]map[string]any{"Tân Thành": values933(), "Hòa Lạc": values933()})
		f.NewSheet("NTM")
		sheet("NTM", criteria.QD1980(), map[string]map[string]any{"Tân Thành": values1980(true), "Hòa Lạc": values1980(false)})
		var b bytes.Buffer
		if _, err := f.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		rec := do(t, h, http.MethodPost, "/evaluate", mediaXLSX, b.String())
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d:\n%.800s", rec.Code, rec.Body)
		}
		want := map[string]string{"Tân Thành": "met, prerequisite met request: NTM!2:2", "Hòa Lạc": "not-met, prerequisite not-met request: NTM!3:3"}
		if diff := cmp.Diff(want, prereqs(t, rec.Body.Bytes())); diff != "" {
			t.Errorf("933/QĐ-UBND reports (-want +got):\n%s", diff)
		}
	})
	t.Run("two assessments with the required values", func(t *testing.T) {
		body := "[\n" + strings.Join([]string{object("Tân Thành", "1980", values1980(true)), object("Tân Thành", "933", values933()),
			object("Tân Thành", "1980", values1980(false))}, ",\n") + "\n]\n"
		rec := do(t, h, http.MethodPost, "/evaluate?lang=en", mediaJSON, body)
		if rec.Code != http.StatusUnprocessableEntity {
			t.Fatalf("status %d, want 422:\n%.800s", rec.Code, rec.Body)
		}
		var answer struct {
			Reports  json.RawMessage `json:"reports"`
			Problems []jsonProblem   `json:"problems"`
			Notes    []string        `json:"notes"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &answer); err != nil {
			t.Fatal(err)
		}
		want := []jsonProblem{{Code: "duplicate-key", File: "request", Line: 4, Commune: "Tân Thành",
			Message: "Tân Thành, Hữu Lũng, Lạng Sơn has values for 1980/QĐ-TTg, 2020 in two assessments: " +
				"the prerequisite 1980/QĐ-TTg of its other assessments is evaluated from request:2, not from this one"}}
		if diff := cmp.Diff(want, answer.Problems); diff != "" {
			t.Errorf("problems (-want +got):\n%s", diff)
		}
		// The problem names both: no note of a commune assessed twice
		// says it again.
		if len(answer.Notes) != 0 {
			t.Errorf("notes %q, want none", answer.Notes)
		}
		if diff := cmp.Diff(map[string]string{"Tân Thành": "met, prerequisite met request:2"}, prereqs(t, answer.Reports)); diff != "" {
			t.Errorf("933/QĐ-UBND reports (-want +got):\n%s", diff)
		}
	})
}

func TestPlanStatusJoinsTheAssessmentsForPrerequisites(t *testing.T) {
	checkTanThanh933Met(t, NewHandler(quiet(Options{})), "Tân Thành")
}

// checkTanThanh933Met posts to h's /plans/status, as of 2020-05-05, a plan
// whose one target is Tân Thành's 933/QĐ-UBND in 2020, with a 933/QĐ-UBND
// assessment of name933 and a 1980/QĐ-TTg assessment of Tân Thành that
// meets it, and checks that the target is met.
func checkTanThanh933Met(t *testing.T, h http.Handler, name933 string) {
	t.Helper()
	body := `{"plan": {"number": "1/KH-UBND", "targets": [{"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "933", "year": 2020}]},
"assessments": [` + object(name933, "933", values933()) + ",\n" + object("Tân Thành", "1980", values1980(true)) + "]}"
	rec := do(t, h, http.MethodPost, "/plans/status?as_of=2020-05-05", mediaJSON, body)
	if rec.Code != http.StatusOK {
		t.Fatalf("/plans/status: status %d:\n%.800s", rec.Code, rec.Body)
	}
	var st struct {
		Targets []struct {
			Status string `json:"status"`
		} `json:"targets"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &st); err != nil {
		t.Fatal(err)
	}
	if len(st.Targets) != 1 || st.Targets[0].Status != "met" {
		t.Errorf("/plans/status: targets %+v, want Tân Thành's 933/QĐ-UBND met", st.Targets)
	}
}

// TestNamesWithoutDiacriticsAreJoinedForPrerequisites: a 933/QĐ-UBND
// assessment of "Tan Thanh" (and "Hoa Lac") takes its prerequisite from
// the 1980/QĐ-TTg assessment of Tân Thành (Hòa Lạc), the one name read it
// folds to, on POST /evaluate and POST /plans/status; beside a Tân Thạnh,
// "Tan Thanh" may be either and is not joined.
func TestNamesWithoutDiacriticsAreJoinedForPrerequisites(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	objs := []string{object("Tan Thanh", "933", values933()), object("Hòa Lạc", "1980", values1980(false)),
		object("Hoa Lac", "933", values933()), object("Tân Thành", "1980", values1980(true))}
	body := "[\n" + strings.Join(objs, ",\n") + "\n]\n"
	rec := do(t, h, http.MethodPost, "/evaluate", mediaJSON, body)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d:\n%.800s", rec.Code, rec.Body)
	}
	want := map[string]string{"Tan Thanh": "met, prerequisite met request:5", "Hoa Lac": "not-met, prerequisite not-met request:3"}
	if diff := cmp.Diff(want, prereqs(t, rec.Body.Bytes())); diff != "" {
		t.Errorf("/evaluate: 933/QĐ-UBND reports (-want +got):\n%s", diff)
	}
	rec = do(t, h, http.MethodPost, "/evaluate", mediaJSON, "[\n"+strings.Join(append(objs, object("Tân Thạnh", "933", values933())), ",\n")+"\n]\n")
	want["Tan Thanh"] = "missing, prerequisite missing "
	want["Tân Thạnh"] = "missing, prerequisite missing "
	if diff := cmp.Diff(want, prereqs(t, rec.Body.Bytes())); rec.Code != http.StatusOK || diff != "" {
		t.Errorf("/evaluate beside Tân Thạnh: status %d, 933/QĐ-UBND reports (-want +got):\n%s", rec.Code, diff)
	}

	checkTanThanh933Met(t, h, "Tan Thanh")
}
