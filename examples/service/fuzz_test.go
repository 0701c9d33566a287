package main

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"testing"
)

// checkAnswer fails when an answer is a server error or not JSON.
func checkAnswer(t *testing.T, code int, body []byte) {
	t.Helper()
	switch code {
	case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
	default:
		t.Fatalf("status %d for a client's body; answer:\n%s", code, body)
	}
	if !json.Valid(body) {
		t.Fatalf("status %d with an answer that is not JSON:\n%s", code, body)
	}
}

func seed(f *testing.F, names ...string) {
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
}

// FuzzEvaluate checks that no body makes POST /evaluate fail with
// anything but a JSON answer of 200, 400 or 413.
func FuzzEvaluate(f *testing.F) {
	seed(f, "assessments.json")
	f.Add(`[{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
	  "sets": {"1980/QĐ-TTg": {"5": {"numerator": 2, "denominator": 0}, "17.1": "90", "4.2": "101"}}}]`)
	f.Add(`{"commune": {"name": "X", "province": "Lạng Sơn"}, "year": 2018, "sets": {"933": {"1": true}},
	  "recognitions": [{"set": "1980", "year": 2018, "decision": "2165/QĐ-UBND"}]}`)
	f.Add(`[{"commune": `)
	f.Add(``)
	h := newHandler(config{MaxBodyBytes: 1 << 16})
	f.Fuzz(func(t *testing.T, body string) {
		rec := do(t, h, http.MethodPost, "/evaluate", body)
		checkAnswer(t, rec.Code, rec.Body.Bytes())
	})
}

// FuzzPlanStatus checks the same for POST /plan/status.
func FuzzPlanStatus(f *testing.F) {
	plan, err := os.ReadFile(filepath.Join("testdata", "plan.json"))
	if err != nil {
		f.Fatal(err)
	}
	as, err := os.ReadFile(filepath.Join("testdata", "assessments.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(`{"plan": ` + string(plan) + `, "assessments": ` + string(as) + `, "as_of": "2020-05-05"}`)
	f.Add(`{"plan": {"number": "47/KH-STNMT", "issued": "2020-02-30", "targets": [{"commune": {"name": "A"}, "set": "999", "year": 2020}]},
	  "assessments": {"commune": {"name": "A", "province": "Hà Nội"}, "region": "TDMNPB", "year": 2020, "sets": {}}, "as_of": "2020-13-01"}`)
	f.Add(`{"plan": {}, "asof": 1}`)
	f.Add(`{"assessments": null}`)
	h := newHandler(config{MaxBodyBytes: 1 << 16})
	f.Fuzz(func(t *testing.T, body string) {
		rec := do(t, h, http.MethodPost, "/plan/status", body)
		checkAnswer(t, rec.Code, rec.Body.Bytes())
	})
}
