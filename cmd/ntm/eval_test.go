package main

import (
	"os"
	"strings"
	"testing"
)

func TestEval(t *testing.T) {
	stdinJSON, err := os.ReadFile("testdata/eval/hoalac.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		stdin      string
		args       []string
		wantCode   int
		golden     string // stdout golden file under testdata/eval/
		goldenErr  string // stderr golden file, when the command reports problems
		wantStderr string // substring of stderr for usage errors
	}{
		{"a JSON assessment gives a Vietnamese text report ending with Đạt N/M tiêu chí", "",
			[]string{"eval", "testdata/eval/hoalac.json"}, exitOK, "hoalac.txt.golden", "", ""},
		{"--lang en gives English labels ending with Met N/M criteria", "",
			[]string{"eval", "--lang", "en", "testdata/eval/hoalac.json"}, exitOK, "hoalac.en.txt.golden", "", ""},
		{"--format json gives the spec's report array, 933 with its prerequisite from a recognition", "",
			[]string{"eval", "--format", "json", "testdata/eval/huulung.json"}, exitOK, "huulung.json.golden", "", ""},
		{"--format markdown over a CSV input", "",
			[]string{"eval", "--format", "markdown", "testdata/eval/communes.csv"}, exitOK, "communes.md.golden", "", ""},
		{"--format csv gives one row per indicator, flags after the file", "",
			[]string{"eval", "testdata/eval/communes.csv", "--format", "csv"}, exitOK, "communes.csv.golden", "", ""},
		{"--set restricts the evaluation to one set", "",
			[]string{"eval", "--set", "933", "--format", "json", "testdata/eval/huulung.json"}, exitOK, "huulung-933.json.golden", "", ""},
		{"- reads JSON from standard input", string(stdinJSON),
			[]string{"eval", "--format", "csv", "-"}, exitOK, "stdin.csv.golden", "", ""},
		{"--summary prints the summary of every report of every file", "",
			[]string{"eval", "--summary", "testdata/eval/huulung.json", "testdata/eval/communes.csv"},
			exitOK, "summary.txt.golden", "", ""},
		{"--summary counts a commune assessed twice for the same set and year once, and says so", "",
			[]string{"eval", "--summary", "testdata/eval/communes.csv", "testdata/eval/hoalac.json"},
			exitInput, "summary-duplicate.txt.golden", "summary-duplicate.stderr.golden", ""},
		{"without --summary both assessments of a commune are reported, with a warning naming both", "",
			[]string{"eval", "--format", "json", "testdata/eval/communes.csv", "testdata/eval/hoalac.json"},
			exitOK, "duplicate-both.json.golden", "duplicate-both.stderr.golden", ""},
		{"--summary --format json", "",
			[]string{"eval", "--summary", "--format", "json", "testdata/eval/huulung.json", "testdata/eval/communes.csv"},
			exitOK, "summary.json.golden", "", ""},
		{"a file with valid and invalid assessments: problems on stderr, the valid one printed, exit 1", "",
			[]string{"eval", "--format", "json", "testdata/eval/mixed.json"}, exitInput, "mixed.json.golden", "mixed.stderr.golden", ""},
		{"a missing file is an input problem, the other files are still evaluated", "",
			[]string{"eval", "--format", "csv", "testdata/eval/nosuch.json", "testdata/eval/communes.csv"},
			exitInput, "communes.csv.golden", "nosuch.stderr.golden", ""},
		{"--sets-from replaces 933 by a loaded definition (test fixture, not the official text)", "",
			[]string{"eval", "--sets-from", "testdata/criteria-933-test-fixture.json", "--lang", "en", "testdata/eval/set-from-fixture.json"},
			exitOK, "sets-from.en.txt.golden", "", ""},
		{"no FILE is a usage error", "", []string{"eval"}, exitUsage, "", "", "no assessment FILE given"},
		{"an unknown flag is a usage error", "", []string{"eval", "--colour", "x.json"}, exitUsage, "", "", "flag provided but not defined: --colour"},
		{"an unknown --set is a usage error", "", []string{"eval", "--set", "491", "testdata/eval/hoalac.json"}, exitUsage, "", "", `unknown set (known: 1980/QĐ-TTg, 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg, 51/2025/QĐ-TTg) (got "491")`},
		{"an unknown --format is a usage error", "", []string{"eval", "--format", "xml", "testdata/eval/hoalac.json"}, exitUsage, "", "", `unknown format "xml"`},
		{"an unknown --lang is a usage error", "", []string{"eval", "--lang", "fr", "testdata/eval/hoalac.json"}, exitUsage, "", "", `unknown language "fr"`},
		{"standard input can be read only once", "", []string{"eval", "-", "-"}, exitUsage, "", "", "can be read only once"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := tc.args
			if tc.wantCode == exitUsage {
				args = english(args)
			}
			code, out, errOut := runNTM(t, tc.stdin, args...)
			if code != tc.wantCode {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tc.wantCode, errOut)
			}
			if tc.golden != "" {
				golden(t, "eval/"+tc.golden, out)
			}
			if tc.goldenErr != "" {
				golden(t, "eval/"+tc.goldenErr, errOut)
			} else if tc.wantStderr == "" && errOut != "" {
				t.Errorf("unexpected stderr:\n%s", errOut)
			}
			if tc.wantStderr != "" {
				if !strings.Contains(errOut, tc.wantStderr) {
					t.Errorf("stderr lacks %q:\n%s", tc.wantStderr, errOut)
				}
				if !strings.Contains(errOut, "Usage: ntm eval") {
					t.Errorf("a usage error does not print the usage:\n%s", errOut)
				}
				if out != "" {
					t.Errorf("a usage error printed to stdout:\n%s", out)
				}
			}
		})
	}
}

func TestEvalTextEndsEveryReportWithCriteriaMet(t *testing.T) {
	code, out, _ := runNTM(t, "", "eval", "testdata/eval/huulung.json", "testdata/eval/hoalac.json")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if got := strings.Count(out, "\nĐạt "); got != 3 {
		t.Errorf("%d closing lines, want 3 (one per report)", got)
	}
	if !strings.HasSuffix(out, "tiêu chí\n") {
		t.Errorf("output does not end with the closing line:\n%s", out[max(0, len(out)-200):])
	}
}
