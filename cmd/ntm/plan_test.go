package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/internal/textwrap"
)

// The -update flag may be declared by another test file of this package;
// declare it only when nobody has.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func planUpdating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

const (
	plan47File  = "../../examples/huulung/plan-47-KH-STNMT.json"
	planSamples = "testdata/plan/minh-hoa-huulung-2020.json" // số liệu minh họa
	// A plan with its number and one target only; the same with every other
	// key null.
	minimalPlan      = "testdata/plan/minimal-plan.json"
	minimalPlanNulls = "testdata/plan/minimal-plan-nulls.json"
)

// editedPlan47 returns Plan 47 (plan47File) as JSON, edited by edit on
// its decoded form.
func editedPlan47(t *testing.T, edit func(p map[string]any)) string {
	t.Helper()
	b, err := os.ReadFile(plan47File)
	if err != nil {
		t.Fatal(err)
	}
	var p map[string]any
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	edit(p)
	if b, err = json.Marshal(p); err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestPlanCommandGolden(t *testing.T) {
	tests := []struct {
		name   string // sentence stating the rule; the golden file is derived from golden
		golden string
		args   []string
		stdin  string
		exit   int
	}{
		{"before the report deadline the district's report is open", "plan47-2020-04-20.json",
			[]string{"--as-of", "2020-04-20", "--format", "json", plan47File, planSamples}, "", exitOK},
		{"on the 'trước ngày' date the district's report is overdue", "plan47-2020-04-30.json",
			[]string{"--as-of", "2020-04-30", "--format", "json", plan47File, planSamples}, "", exitOK},
		{"after the deadline, text in Vietnamese with the brief of Sở Tài nguyên và Môi trường", "plan47-2020-05-05.txt",
			[]string{"--as-of", "2020-05-05", plan47File, planSamples}, "", exitOK},
		{"after the inspection window the inspection is past (English Markdown)", "plan47-2020-07-01.en.md",
			[]string{"--as-of", "2020-07-01", "--format", "markdown", "--lang", "en", plan47File, planSamples}, "", exitOK},
		{"flags may follow the files", "plan47-2020-07-01.json",
			[]string{plan47File, planSamples, "--format", "json", "--as-of", "2020-07-01"}, "", exitOK},
		{"--all-agencies adds the default Lạng Sơn departments' briefs", "plan47-all-agencies.txt",
			[]string{"--as-of", "2020-05-05", "--all-agencies", plan47File, planSamples}, "", exitOK},
		{"assessments are read from standard input with -", "plan47-stdin.json",
			[]string{"--as-of", "2020-05-05", "--format", "json", plan47File, "-"}, "samples", exitOK},
		{"without assessments every target is not evaluated", "plan47-no-assessments.txt",
			[]string{"--as-of", "2020-05-05", plan47File}, "", exitOK},
		{"a bad CSV row is reported with exit 1 and the valid communes are still evaluated", "plan47-bad-csv.txt",
			[]string{"--as-of", "2020-05-05", plan47File, "testdata/plan/minh-hoa-hoalac-2020.csv", planSamples}, "", exitInput},
		{"an invalid plan reports every problem with its path and exits 1", "bad-plan.txt",
			[]string{"--as-of", "2020-05-05", "testdata/plan/bad-plan.json"}, "", exitInput},
		{"a missing assessment file exits 1", "missing-file.txt",
			[]string{"--as-of", "2020-05-05", "--format", "json", plan47File, "testdata/plan/none.json"}, "", exitInput},
		{"a plan with its number and one target is read; its status has no inspection state", "minimal-2020-05-05.json",
			[]string{"--as-of", "2020-05-05", "--format", "json", minimalPlan, planSamples}, "", exitOK},
		{"a plan whose optional keys are null reads as one that leaves them out", "minimal-2020-05-05.json",
			[]string{"--as-of", "2020-05-05", "--format", "json", minimalPlanNulls, planSamples}, "", exitOK},
		{"the minimal plan's text says the plan names no task and no inspection", "minimal-2020-05-05.txt",
			[]string{"--as-of", "2020-05-05", minimalPlan, planSamples}, "", exitOK},
		{"the minimal plan in English text", "minimal-2020-05-05.en.txt",
			[]string{"--as-of", "2020-05-05", "--lang", "en", minimalPlanNulls, planSamples}, "", exitOK},
		{"the minimal plan in Markdown", "minimal-2020-05-05.md",
			[]string{"--as-of", "2020-05-05", "--format", "markdown", minimalPlan, planSamples}, "", exitOK},
		{"the minimal plan in English Markdown", "minimal-2020-05-05.en.md",
			[]string{"--as-of", "2020-05-05", "--format", "markdown", "--lang", "en", minimalPlanNulls, planSamples}, "", exitOK},
		{"a missing plan argument is a usage error", "usage-no-plan.txt", []string{"--as-of", "2020-05-05"}, "", exitUsage},
		{"a malformed --as-of is a usage error", "usage-as-of.txt", []string{"--as-of", "31/4/2020", plan47File}, "", exitUsage},
		{"an unknown format is a usage error", "usage-format.txt", []string{"--format", "csv", plan47File}, "", exitUsage},
		{"an unknown language is a usage error", "usage-lang.txt", []string{"--lang", "fr", plan47File}, "", exitUsage},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stdin := tc.stdin
			if stdin == "samples" {
				data, err := os.ReadFile(planSamples)
				if err != nil {
					t.Fatal(err)
				}
				stdin = string(data)
			}
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"plan"}, tc.args...), strings.NewReader(stdin), &stdout, &stderr)
			if code != tc.exit {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, tc.exit, stderr.String())
			}
			got := fmt.Sprintf("exit: %d\n--- stdout\n%s--- stderr\n%s", code, stdout.String(), stderr.String())
			path := filepath.Join("testdata", "plan", tc.golden+".golden")
			if planUpdating() {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		})
	}
}

func TestPlanCommandDefaultsToToday(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"plan", "--format", "json", plan47File}, strings.NewReader(""), &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if bytes.Contains(stdout.Bytes(), []byte(`"as_of": "2020-`)) {
		t.Errorf("without --as-of the status is for today, not for 2020:\n%.200s", stdout.String())
	}
}

// TestPlanCommandSaysWhatIsPending: Tân Thành's target, 933/QĐ-UBND, awaits
// its official text: the target's line, the JSON and a warning say so. With
// the official text loaded (--sets-from) nothing is pending, even for a
// commune without figures.
func TestPlanCommandSaysWhatIsPending(t *testing.T) {
	const fixture = "testdata/criteria-933-test-fixture.json"
	for _, tc := range []struct {
		args          []string
		want, notWant []string
	}{
		{[]string{"--as-of", "2020-05-05", plan47File, planSamples},
			[]string{"Xã Tân Thành, Hữu Lũng, Lạng Sơn — 933/QĐ-UBND (chờ văn bản chính thức), năm 2020: Chưa đạt",
				textwrap.String("  - bộ tiêu chí 933/QĐ-UBND: nội dung đang chờ văn bản chính thức; kết quả của xã Tân Thành chỉ dựa trên xác nhận từng tiêu chí\n", textwrap.Width)},
			[]string{"1980/QĐ-TTg (chờ"}},
		{[]string{"--as-of", "2020-05-05", "--lang", "en", "--format", "markdown", plan47File, planSamples},
			[]string{"| 933/QĐ-UBND (pending the official text) | 2020 |",
				"- set 933/QĐ-UBND: its content is pending the official text; the results of Tân Thành rest on per-criterion attestations only\n"},
			nil},
		{[]string{"--as-of", "2020-05-05", "--format", "json", plan47File, planSamples},
			[]string{`"set": "933/QĐ-UBND",
      "content": "pending-official-text",`, `"set": "1980/QĐ-TTg",
      "content": "complete",`, `"bộ tiêu chí 933/QĐ-UBND: nội dung đang chờ văn bản chính thức`},
			[]string{`"warnings": []`}},
		{[]string{"--as-of", "2020-05-05", "--sets-from", fixture, plan47File},
			[]string{"Xã Tân Thành, Hữu Lũng, Lạng Sơn — 933/QĐ-UBND, năm 2020: Chưa có số liệu đánh giá"},
			[]string{"chờ văn bản chính thức"}},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(append([]string{"plan"}, tc.args...), strings.NewReader(""), &stdout, &stderr); code != exitOK {
			t.Errorf("%v: exit %d:\n%s", tc.args, code, stderr.String())
		}
		for _, w := range tc.want {
			if !strings.Contains(stdout.String(), w) {
				t.Errorf("%v: no %q in:\n%s", tc.args, w, stdout.String())
			}
		}
		for _, w := range tc.notWant {
			if strings.Contains(stdout.String(), w) {
				t.Errorf("%v: %q should not be there:\n%s", tc.args, w, stdout.String())
			}
		}
	}
}

// TestAllAgenciesSaysTheTableIsInferred: the assignments --all-agencies
// adds are inferred from the central ministries, not decided by the
// province; the output says so under the briefs' heading, and only then.
func TestAllAgenciesSaysTheTableIsInferred(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
		has  bool
	}{
		{[]string{"--as-of", "2020-05-05", "--all-agencies", plan47File, planSamples},
			textwrap.String("Ý KIẾN BẰNG VĂN BẢN CỦA CƠ QUAN PHỤ TRÁCH TIÊU CHÍ\nPhân công các tiêu chí mà kế hoạch không giao được suy ra theo các bộ, ngành trung ương, không theo quyết định của UBND tỉnh.\n\n==", textwrap.Width), true},
		{[]string{"--as-of", "2020-05-05", "--all-agencies", "--lang", "en", "--format", "markdown", plan47File, planSamples},
			"## Written opinions of the agencies in charge of criteria\n\nThe assignment of the criteria the plan does not assign is inferred from the central ministries, not taken from a decision of the provincial People's Committee.\n\n###", true},
		{[]string{"--as-of", "2020-05-05", plan47File, planSamples}, "suy ra", false},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(append([]string{"plan"}, tc.args...), strings.NewReader(""), &stdout, &stderr); code != exitOK {
			t.Errorf("%v: exit %d:\n%s", tc.args, code, stderr.String())
		}
		if got := strings.Contains(stdout.String(), tc.want); got != tc.has {
			t.Errorf("%v: has %q: %v, want %v:\n%s", tc.args, tc.want, got, tc.has, stdout.String())
		}
	}
}

// TestPlanLabelsIllustrativeData: the text and Markdown status of a plan
// on illustrative data (số liệu minh họa) begins with the label, as eval's
// and progress's outputs do; on other data it does not.
func TestPlanLabelsIllustrativeData(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	real := write("so-lieu.csv", "province,district,commune,year,set,indicator,value\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,4.2,96\n")
	for _, tc := range []struct {
		args  []string
		label string
	}{
		{[]string{"plan", "--as-of", "2020-05-05", plan47File, planSamples}, illustrativeVI + "\n\n"},
		{[]string{"plan", "--as-of", "2020-05-05", "--format", "markdown", "--lang", "en", plan47File, planSamples}, "> **" + illustrativeEN + "**\n\n"},
		{[]string{"plan", "--as-of", "2020-05-05", plan47File, real}, "Kế hoạch 47/KH-STNMT"},
	} {
		_, out, _ := runNTM(t, "", tc.args...)
		if !strings.HasPrefix(out, tc.label) {
			t.Errorf("%q: output begins\n%.200s\nwant %q", tc.args, out, tc.label)
		}
	}
}
