package main

import (
	"strings"
	"testing"
)

func TestStandardInputIsReadOnlyOnceByEveryCommand(t *testing.T) {
	for _, args := range [][]string{
		{"eval", "--sets-from", "-", "-"},
		{"eval", "testdata/eval/hoalac.json", "-", "-"},
		{"plan", "-", "-"},
		{"plan", "--sets-from", "-", "-", "testdata/eval/hoalac.json"},
		{"plan", "--sets-from", "-", "testdata/plan/minimal-plan.json", "-"},
		{"progress", "--sets-from", "-", "-"},
		{"progress", "--plan", "-", "testdata/eval/hoalac.json", "-"},
		{"report", "--plan", "-", "-"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errOut := runNTM(t, "", append([]string{"--lang", "en"}, args...)...)
			if code != exitUsage || out != "" || !strings.Contains(errOut, "standard input (-) can be read only once") {
				t.Errorf("exit %d, stdout %q, stderr:\n%s", code, out, errOut)
			}
		})
	}
	for _, args := range [][]string{
		{"eval", "--format", "json", "-"},
		{"plan", "testdata/plan/minimal-plan.json", "-"},
	} {
		t.Run(strings.Join(args, " ")+" reads it once", func(t *testing.T) {
			if code, _, errOut := runNTM(t, "[]", append([]string{"--lang", "en"}, args...)...); strings.Contains(errOut, "read only once") {
				t.Errorf("exit %d, stderr:\n%s", code, errOut)
			}
		})
	}
}
