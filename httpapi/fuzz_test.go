package httpapi

import (
	"encoding/json"
	"net/http"
	"testing"
)

// checkAnswer fails when an answer to a client's body is a server error,
// not JSON, or an error answer without problems.
func checkAnswer(t *testing.T, code int, body []byte) {
	t.Helper()
	switch code {
	case http.StatusOK:
	case http.StatusBadRequest, http.StatusUnprocessableEntity, http.StatusRequestEntityTooLarge:
		var b struct {
			Problems []jsonProblem `json:"problems"`
		}
		if err := json.Unmarshal(body, &b); err != nil || len(b.Problems) == 0 {
			t.Fatalf("status %d without problems (%v):\n%s", code, err, body)
		}
		for _, p := range b.Problems {
			if p.Code == "" || p.Message == "" {
				t.Fatalf("problem without code or message: %+v", p)
			}
		}
	default:
		t.Fatalf("status %d for a client's body; answer:\n%s", code, body)
	}
	if !json.Valid(body) {
		t.Fatalf("status %d with an answer that is not JSON:\n%s", code, body)
	}
}

// FuzzEvaluateJSON checks that no JSON body makes POST /evaluate answer
// anything but JSON with 200, 400, 413 or 422.
func FuzzEvaluateJSON(f *testing.F) {
	f.Add(readTestdata(f, "assessments.json"))
	f.Add(`[{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
	  "sets": {"1980/QĐ-TTg": {"5": {"numerator": 2, "denominator": 0}, "17.1": "90", "4.2": "101"}}},
	  {"commune": {"name": "X", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96"}}}]`)
	f.Add(`{"commune": {"name": "X", "province": "Lạng Sơn"}, "year": 2018, "sets": {"933": {"1": true}},
	  "recognitions": [{"set": "1980", "year": 2018, "decision": "2165/QĐ-UBND"}]}`)
	f.Add(`[{"commune": `)
	f.Add(``)
	// Shares with unit and source in any order, and refused shares.
	f.Add(`{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {
	  "5": {"unit": "trường", "numerator": 2, "source": "Phòng GD", "denominator": 3}, "6.3": {"source": "x", "denominator": 12, "numerator": 9, "unit": "thôn"},
	  "1.1": {"numerator": 1, "denominator": 1}, "17.1a": {}, "9.1": {"source": "y", "numerator": 0, "denominator": 2}}}}`)
	f.Add("\uFEFF" + `{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": "2", "year": 2026, "sets": {"51/2025": {"1": true}}}`)
	h := NewHandler(quiet(Options{MaxBodyBytes: 1 << 16}))
	f.Fuzz(func(t *testing.T, body string) {
		rec := do(t, h, http.MethodPost, "/evaluate", "application/json", body)
		checkAnswer(t, rec.Code, rec.Body.Bytes())
	})
}

// FuzzEvaluateCSV checks the same for CSV bodies.
func FuzzEvaluateCSV(f *testing.F) {
	f.Add(csvBody)
	f.Add(csvBody + "Lạng Sơn,Hữu Lũng,Tân Thành,TDMNPB,2020,1980/QĐ-TTg,4.2,101,,,,\n")
	f.Add("province,commune,year,set,indicator,value\nLạng Sơn,\"A,2020,1980,4.2,96\nLạng Sơn,B,2020,1980,4.2,96\n")
	f.Add("")
	// A wide table with a code of no indicator, a long one without the
	// year column, one in UTF-16 with its byte-order mark, a set split by
	// commune group without the group.
	f.Add("Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,4.2,17.9\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,96.5,1\n")
	f.Add("Tỉnh,Xã,Bộ tiêu chí,Chỉ tiêu,Giá trị\nLạng Sơn,Hòa Lạc,1980,4.2,96.5\n")
	f.Add("\xff\xfeT\x00\xec\x1en\x00h\x00,\x00X\x00\xe3\x00,\x00N\x00\u0103\x00m\x00\n\x00")
	f.Add("Tỉnh,Xã,Năm,Bộ tiêu chí,1,2\nLạng Sơn,Tân Thành,2026,51/2025,đạt,chưa đạt\n")
	h := NewHandler(quiet(Options{MaxBodyBytes: 1 << 16}))
	f.Fuzz(func(t *testing.T, body string) {
		rec := do(t, h, http.MethodPost, "/evaluate?format=csv", "text/csv", body)
		checkAnswer(t, rec.Code, nil2json(rec.Code, rec.Body.Bytes()))
	})
}

// nil2json stands a 200 CSV answer in for valid JSON.
func nil2json(code int, body []byte) []byte {
	if code == http.StatusOK {
		return []byte("null")
	}
	return body
}

// FuzzPlanStatus checks the same for POST /plans/status.
func FuzzPlanStatus(f *testing.F) {
	f.Add(planBody(f))
	f.Add(`{"plan": {"number": "47/KH-STNMT", "issued": "2020-02-30", "targets": [{"commune": {"name": "A"}, "set": "999", "year": 2020}]},
	  "assessments": {"commune": {"name": "A", "province": "Hà Nội"}, "region": "TDMNPB", "year": 2020, "sets": {}}}`)
	f.Add(`{"plan": {}, "asof": 1}`)
	f.Add(`{"assessments": null}`)
	f.Add(`{"plan": {"number": "1"}, "assessments": [{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": 500}}},
	  {"commune": {"name": "B", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": 50}}}], "plan": null, "x": 1}`)
	f.Add("\uFEFF{\"plan\": {\"number\": \"1\"}} {")
	h := NewHandler(quiet(Options{MaxBodyBytes: 1 << 16}))
	f.Fuzz(func(t *testing.T, body string) {
		rec := do(t, h, http.MethodPost, "/plans/status?as_of=2020-05-05", "application/json", body)
		checkAnswer(t, rec.Code, rec.Body.Bytes())
	})
}
