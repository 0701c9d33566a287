package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSecondActMatchesGoldenFiles(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		golden string
	}{
		{"the second act prints the estimates and the 2026 attestations in Vietnamese", []string{"-act", "2"}, "huulung-act2-vi.txt"},
		{"the second act as one JSON document", []string{"-act", "2", "-format", "json"}, "huulung-act2.json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
			}
			path := filepath.Join("testdata", tc.golden)
			if *update {
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

func TestSecondActLabels(t *testing.T) {
	for _, format := range []string{"text", "markdown", "json"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"-act", "2", "-format", format}, &stdout, &stderr); code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, stderr.String())
		}
		for _, label := range []string{"SỐ LIỆU MINH HỌA", "ước tính từ số liệu các xã cũ", "GIẢ ĐỊNH nhóm xã"} {
			if !strings.Contains(stdout.String(), label) {
				t.Errorf("%s output lacks %q", format, label)
			}
		}
	}
}

func TestSecondActOutcomes(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-act", "2", "-format", "json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	type report struct {
		Set     string `json:"set"`
		Commune struct {
			Name, Code string
		}
		Group        string `json:"group"`
		Basis        string `json:"basis"`
		Status       string `json:"status"`
		CriteriaMet  int    `json:"criteria_met"`
		Predecessors []struct{ Name string }
	}
	var doc struct {
		Estimates []report `json:"estimates"`
		Reports   []report `json:"reports_2026"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	type outcome struct {
		Commune, Code, Set, Basis, Group string
		Predecessors                     int
	}
	var got []outcome
	for _, r := range append(doc.Estimates, doc.Reports...) {
		got = append(got, outcome{r.Commune.Name, r.Commune.Code, r.Set, r.Basis, r.Group, len(r.Predecessors)})
	}
	want := []outcome{
		{"Vân Nham", "06415", "1980/QĐ-TTg", "estimate-from-predecessors", "", 3},
		{"Tân Thành", "06445", "1980/QĐ-TTg", "estimate-from-predecessors", "", 3},
		{"Tân Thành", "06445", "51/2025/QĐ-TTg", "", "3", 0},
		{"Vân Nham", "06415", "51/2025/QĐ-TTg", "", "3", 0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
