package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestSetsFromReachesThePlanOfProgressAndReport: with --sets-from
// replacing 933/QĐ-UBND (whose built-in content is pending its official
// text), the status of a plan's target on it, for a commune without
// figures, is the same in ntm plan, in every format of ntm progress --plan
// and in ntm report --plan: nothing is said to be pending, and the target
// counts the criteria of the set loaded. Without --sets-from each says it
// is pending.
func TestSetsFromReachesThePlanOfProgressAndReport(t *testing.T) {
	const fixture = "testdata/criteria-933-test-fixture.json" // 2 criteria
	write := fileWriter(t, t.TempDir())
	planFile := write("plan.json", `{"number": "1/KH-TEST", "targets": [
 {"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "933/QĐ-UBND", "year": 2020}]}`)
	// số liệu minh họa: a commune other than the target's, under 1980.
	data := write("so-lieu.csv", "province,district,commune,year,set,indicator,value\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,4.2,96\n")
	pendingWords := []string{"chờ văn bản chính thức", "pending the official text", "pending-official-text"}
	commands := [][]string{
		{"plan", "--as-of", "2020-05-05", planFile, data},
		{"plan", "--as-of", "2020-05-05", "--format", "json", planFile, data},
		{"progress", "--as-of", "2020-05-05", "--plan", planFile, data},
		{"progress", "--as-of", "2020-05-05", "--format", "markdown", "--lang", "en", "--plan", planFile, data},
		{"progress", "--as-of", "2020-05-05", "--format", "json", "--plan", planFile, data},
		{"progress", "--as-of", "2020-05-05", "--format", "csv", "--plan", planFile, data},
		{"progress", "--as-of", "2020-05-05", "--format", "html", "--plan", planFile, data},
		{"report", "--as-of", "2020-05-05", "--plan", planFile, data},
		{"report", "--as-of", "2020-05-05", "--lang", "en", "--plan", planFile, data},
	}
	for _, args := range commands {
		withSets := append([]string{args[0], "--sets-from", fixture}, args[1:]...)
		code, out, errOut := runNTM(t, "", withSets...)
		if code != exitOK {
			t.Errorf("%v: exit %d: %s", withSets, code, errOut)
			continue
		}
		for _, w := range pendingWords {
			if strings.Contains(out, w) {
				t.Errorf("%v: %q in the output, though --sets-from gives the set's text:\n%s", withSets, w, out)
			}
		}
		if args[0] != "plan" && !slices.Contains(args, "csv") {
			// The built-in set, for contrast: each output says it is pending.
			code, out, errOut := runNTM(t, "", args...)
			if code != exitOK {
				t.Errorf("%v: exit %d: %s", args, code, errOut)
			} else if !strings.Contains(out, pendingWords[0]) && !strings.Contains(out, pendingWords[1]) {
				t.Errorf("%v: without --sets-from the output does not say 933/QĐ-UBND is pending:\n%s", args, out)
			}
		}
	}

	// The target's criteria are those of the set loaded, in ntm plan as in
	// ntm progress.
	var planOut struct {
		Targets []struct {
			CriteriaTotal int `json:"criteria_total"`
		} `json:"targets"`
	}
	var progressOut struct {
		Plan struct {
			Targets []struct {
				CriteriaTotal int `json:"criteria_total"`
			} `json:"targets"`
		} `json:"plan"`
	}
	for _, c := range []struct {
		args []string
		into any
	}{
		{[]string{"plan", "--sets-from", fixture, "--as-of", "2020-05-05", "--format", "json", planFile, data}, &planOut},
		{[]string{"progress", "--sets-from", fixture, "--as-of", "2020-05-05", "--format", "json", "--plan", planFile, data}, &progressOut},
	} {
		code, out, errOut := runNTM(t, "", c.args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", c.args, code, errOut)
		}
		if err := json.Unmarshal([]byte(out), c.into); err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
	}
	if len(planOut.Targets) != 1 || len(progressOut.Plan.Targets) != 1 {
		t.Fatalf("targets: plan %d, progress %d, want 1", len(planOut.Targets), len(progressOut.Plan.Targets))
	}
	if p, q := planOut.Targets[0].CriteriaTotal, progressOut.Plan.Targets[0].CriteriaTotal; p != 2 || q != 2 {
		t.Errorf("criteria_total: plan %d, progress %d, want the 2 of the set loaded", p, q)
	}
}
