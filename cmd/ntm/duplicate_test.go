package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestPlanTakesTheFirstAssessmentOfACommuneGivenTwiceAndSaysSo(t *testing.T) {
	const plan47 = "../../examples/huulung/plan-47-KH-STNMT.json"
	const sample = "../../examples/huulung/so-lieu-minh-hoa.json"
	code, out, errOut := runNTM(t, "", "plan", "--lang", "en", "--as-of", "2020-05-05", "--format", "json", plan47, sample, sample)
	if code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	if n := strings.Count(errOut, "is assessed again"); n != 4 {
		t.Errorf("%d duplicate problems on stderr, want 4 (three communes, Tân Thành under two sets):\n%s", n, errOut)
	}
	var st struct {
		TargetsTotal int `json:"targets_total"`
		Targets      []struct {
			Status string `json:"status"`
			Origin string `json:"origin"`
		} `json:"targets"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if st.TargetsTotal != 3 {
		t.Errorf("targets_total %d, want 3", st.TargetsTotal)
	}
	for _, tg := range st.Targets {
		if tg.Status == "not-evaluated" || !strings.HasPrefix(tg.Origin, sample+":") {
			t.Errorf("target %+v: want it evaluated from the first reading of %s", tg, sample)
		}
	}
}
