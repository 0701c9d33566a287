package httpapi

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/problem"
)

// TestPlanStatusFrom2026ACommuneIsItsNameAndProvince: from 2026 there are
// no districts (1672/NQ-UBTVQH15): an assessment of Tân Thành written with
// its former district and one without it (số liệu minh họa) are one
// commune assessed twice, a duplicate-key problem, and the target written
// with the district is evaluated from the first.
func TestPlanStatusFrom2026ACommuneIsItsNameAndProvince(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	body := `{"plan": {"number": "số liệu minh họa", "targets": [{"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "51/2025", "year": 2027}]},
 "assessments": [{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": 2, "year": 2027, "sets": {"51/2025": {"1": true}}},
  {"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "group": 2, "year": 2027, "sets": {"51/2025": {"1": true, "2": true}}}]}`
	rec := do(t, h, http.MethodPost, "/plans/status?as_of=2027-06-01&lang=en", "application/json", body)
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422; body:\n%.2000s", rec.Code, rec.Body)
	}
	var got struct {
		Status struct {
			Targets []struct {
				CriteriaMet int `json:"criteria_met"`
			} `json:"targets"`
		} `json:"status"`
		Problems []jsonProblem `json:"problems"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if ps := got.Problems; len(ps) != 1 || ps[0].Code != "duplicate-key" ||
		!strings.Contains(ps[0].Message, "Tân Thành, Hữu Lũng, Lạng Sơn is assessed again for 51/2025/QĐ-TTg, 2027 (first at line 1)") {
		t.Errorf("problems %+v, want Tân Thành assessed again", ps)
	}
	if ts := got.Status.Targets; len(ts) != 1 || ts[0].CriteriaMet != 1 {
		t.Errorf("targets %+v, want the target evaluated from the first assessment (1 criterion met)", ts)
	}
}

// TestAPOSTedTableOf2026NeedsNoDistrictColumn: POST /evaluate reads a
// table without a district column (số liệu minh họa): its communes of
// 2026 are evaluated, and one of 2020 is a missing-field problem at its
// line, naming the commune and the year.
func TestAPOSTedTableOf2026NeedsNoDistrictColumn(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	const body = "Tỉnh,Xã,Nhóm xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\n" +
		"Lạng Sơn,Tân Thành,3,2026,51/2025,1,đạt\n" +
		"Lạng Sơn,Hòa Lạc,,2020,1980,1.1,đạt\n"
	rec := do(t, h, http.MethodPost, "/evaluate?lang=en", "text/csv", body)
	communes, ps := partialOf(t, rec)
	if len(communes) != 1 || communes[0].Name != "Tân Thành" || communes[0].District != "" {
		t.Errorf("status %d, reports of %+v; want Tân Thành of 2026", rec.Code, communes)
	}
	if len(ps) != 1 || ps[0].Code != problem.MissingField || ps[0].Line != 3 || ps[0].Column != "district" || ps[0].Commune != "Hòa Lạc" ||
		!strings.HasPrefix(ps[0].Message, "no district for Hòa Lạc, assessed for 2020: the table has no district column") {
		t.Errorf("status %d, problems %+v", rec.Code, ps)
	}
}
