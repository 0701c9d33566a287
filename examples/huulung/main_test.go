package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestScenarioMatchesGoldenFiles(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		golden string
	}{
		{"the default run prints Vietnamese reports and the status inside the inspection window", nil, "huulung-vi.txt"},
		{"an English run before the report deadline shows the district's report still open", []string{"-as-of", "2020-04-20", "-lang", "en"}, "huulung-en-2020-04-20.txt"},
		{"the Markdown run renders the same scenario as tables", []string{"-format", "markdown"}, "huulung-vi.md"},
		{"the JSON run wraps the eval and plan JSON formats in one document", []string{"-format", "json"}, "huulung.json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
			}
			path := filepath.Join("testdata", tc.golden)
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, stdout.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), stdout.String()); diff != "" {
				t.Errorf("output differs from %s (-want +got):\n%s", path, diff)
			}
		})
	}
}

func TestScenarioSaysTheFiguresAreIllustrative(t *testing.T) {
	for _, format := range []string{"text", "markdown", "json"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"-format", format}, &stdout, &stderr); code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, stderr.String())
		}
		if !strings.Contains(stdout.String(), "SỐ LIỆU MINH HỌA") {
			t.Errorf("%s output does not say its figures are illustrative (số liệu minh họa)", format)
		}
	}
}

func TestScenarioOutcomes(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-format", "json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var doc struct {
		Reports []struct {
			Set         string `json:"set"`
			Commune     struct{ Name string }
			Status      string `json:"status"`
			CriteriaMet int    `json:"criteria_met"`
		} `json:"reports"`
		PlanStatus struct {
			TargetsMet   int `json:"targets_met"`
			TargetsTotal int `json:"targets_total"`
			Tasks        []struct {
				Assignee string `json:"assignee"`
				State    string `json:"state"`
			} `json:"tasks"`
			Inspection struct{ State string } `json:"inspection"`
		} `json:"plan_status"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatalf("the JSON output does not parse: %v", err)
	}
	type outcome struct {
		Commune, Set, Status string
		Met                  int
	}
	var got []outcome
	for _, r := range doc.Reports {
		got = append(got, outcome{r.Commune.Name, r.Set, r.Status, r.CriteriaMet})
	}
	want := []outcome{
		{"Nhật Tiến", "1980/QĐ-TTg", "not-met", 17},
		{"Hòa Lạc", "1980/QĐ-TTg", "not-met", 17},
		{"Tân Thành", "1980/QĐ-TTg", "met", 19},
		{"Tân Thành", "933/QĐ-UBND", "not-met", 12},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("reports (-want +got):\n%s", diff)
	}
	if doc.PlanStatus.TargetsMet != 0 || doc.PlanStatus.TargetsTotal != 3 {
		t.Errorf("targets met %d/%d, want 0/3", doc.PlanStatus.TargetsMet, doc.PlanStatus.TargetsTotal)
	}
	if doc.PlanStatus.Inspection.State != "open" {
		t.Errorf("on 2020-05-20 the inspection is %q, want open (inside quý II/2020)", doc.PlanStatus.Inspection.State)
	}
	overdue := 0
	for _, task := range doc.PlanStatus.Tasks {
		if task.State == "overdue" {
			overdue++
			if task.Assignee != "UBND huyện Hữu Lũng" {
				t.Errorf("overdue task of %q, want only the district's report", task.Assignee)
			}
		}
	}
	if overdue != 1 {
		t.Errorf("%d overdue tasks, want 1 (the report due before 30/4/2020)", overdue)
	}
}

func TestBadFlagsAreUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"-as-of", "30/4/2020"}, {"-format", "pdf"}, {"-nope"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if stderr.Len() == 0 {
			t.Errorf("%v: nothing on stderr", args)
		}
	}
}
