package main

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProgressAndReportShowThePlanStatusWarnings: a plan of 2027 whose
// target names xã Hòa Lạc, abolished on 1/7/2025 (Nghị quyết
// 1672/NQ-UBTVQH15), is warned of as ntm plan warns of it, naming xã Tân
// Thành (06445), which succeeded it: in the text and Markdown of ntm
// progress --plan, under "Cảnh báo về kế hoạch" ("Warnings on the plan"),
// in its JSON's plan, and in the plan section of the HTML report, which is
// printed without the command's standard error (số liệu minh họa).
func TestProgressAndReportShowThePlanStatusWarnings(t *testing.T) {
	dir := t.TempDir()
	planFile := filepath.Join(dir, "plan.json")
	plan := `{"number": "số liệu minh họa", "targets": [{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "set": "51/2025/QĐ-TTg", "year": 2027}]}`
	if err := os.WriteFile(planFile, []byte(plan), 0o644); err != nil {
		t.Fatal(err)
	}
	in := `[{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": 2, "year": 2027, "sets": {"51/2025": {"1": true, "2": true}}}]`
	vi := `targets[0]: xã "Hòa Lạc" (Lạng Sơn): trong năm 2027, xã không còn là đơn vị hành chính của tỉnh (các đơn vị hành chính cấp xã được sắp xếp lại từ ngày 01/7/2025); hãy đánh giá theo đơn vị kế thừa: Xã Tân Thành (06445), Lạng Sơn`
	en := `targets[0]: commune "Hòa Lạc" (Lạng Sơn): the commune is no administrative unit of its province in 2027 (the communes were reorganised on 1/7/2025); assess the unit that succeeded it: Xã Tân Thành (06445), Lạng Sơn`
	args := func(cmd string, more ...string) []string {
		return append(append([]string{cmd, "--plan", planFile, "--as-of", "2027-06-01"}, more...), "-")
	}
	for _, tc := range []struct {
		name string
		args []string
		// part returns the part of the output that should hold the warning.
		part func(out string) string
		want []string
	}{
		{"progress text", args("progress"), afterPlan("Kế hoạch số liệu minh họa: mục tiêu"),
			[]string{"\nCảnh báo về kế hoạch: 2\n  - " + vi + "\n"}},
		{"progress English Markdown", args("progress", "--format", "markdown", "--lang", "en"), afterPlan("## Plan số liệu minh họa: targets"),
			[]string{"\n**Warnings on the plan: 2**\n\n- " + en + "\n"}},
		{"report", args("report"), planSection,
			[]string{"<h3>Cảnh báo về kế hoạch: 2</h3>\n<ul class=\"notes\"><li>" + vi + "</li>"}},
		{"English report", args("report", "--lang", "en"), planSection,
			[]string{"<h3>Warnings on the plan: 2</h3>\n<ul class=\"notes\"><li>" + en + "</li>"}},
		{"progress HTML", args("progress", "--format", "html"), planSection,
			[]string{"<h3>Cảnh báo về kế hoạch: 2</h3>\n<ul class=\"notes\"><li>" + vi + "</li>"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runNTM(t, in, tc.args...)
			if code != exitOK {
				t.Fatalf("exit %d:\n%s", code, errOut)
			}
			part := tc.part(out)
			for _, w := range tc.want {
				if !strings.Contains(part, w) {
					t.Errorf("no %q in\n%s", w, part)
				}
			}
			// Said once: the names' warnings at the head list no plan
			// warning (the notes on the reorganisation of units name the
			// successor too, not as a warning).
			if n := strings.Count(html.UnescapeString(out), vi) + strings.Count(html.UnescapeString(out), en); n != 1 {
				t.Errorf("the successor is named %d times in\n%s", n, out)
			}
		})
	}
	t.Run("progress JSON", func(t *testing.T) {
		_, out, errOut := runNTM(t, in, args("progress", "--format", "json")...)
		var got struct {
			Plan struct {
				Warnings []string `json:"warnings"`
			} `json:"plan"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v:\n%s\n%s", err, out, errOut)
		}
		want := vi + " (" + strings.TrimPrefix(en, "targets[0]: ") + ")"
		if len(got.Plan.Warnings) != 2 || got.Plan.Warnings[0] != want {
			t.Errorf("plan warnings %q\nwant first %q", got.Plan.Warnings, want)
		}
	})
}

// afterPlan returns the function giving the part of an output from the
// plan's heading on.
func afterPlan(heading string) func(string) string {
	return func(out string) string {
		i := strings.Index(out, heading)
		if i < 0 {
			return ""
		}
		return out[i:]
	}
}

// planSection returns the plan's section of an HTML report, unescaped.
func planSection(doc string) string {
	i := strings.Index(doc, `<section class="plan"`)
	if i < 0 {
		return ""
	}
	s := doc[i:]
	return html.UnescapeString(s[:strings.Index(s, "</section>")])
}

// TestATargetsWrongUnitCodeIsWarnedOf: a target of 2026 on xã Tân Thành
// whose code is xã Hoàng Văn Thụ's (06172) is warned of on standard error,
// naming the plan file, the code's JSON path, the code and the unit it is
// the code of, by ntm plan and ntm progress --plan alike, and among the
// plan's warnings of their output (số liệu minh họa).
func TestATargetsWrongUnitCodeIsWarnedOf(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	planFile := write("plan.json", `{"number": "số liệu minh họa", "targets": [{"commune": {"name": "Tân Thành", "province": "Lạng Sơn", "code": "06172"}, "set": "51/2025/QĐ-TTg", "year": 2026}]}`)
	in := `[{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": 2, "year": 2026, "sets": {"51/2025": {"1": true}}}]`
	const vi = `targets[0].commune.code: xã "Tân Thành" (Lạng Sơn): mã "06172" là mã của Xã Hoàng Văn Thụ (06172), Lạng Sơn trong năm 2026, không phải của xã Tân Thành`
	for _, args := range [][]string{
		{"plan", "--as-of", "2026-06-01", planFile, "-"},
		{"progress", "--as-of", "2026-06-01", "--plan", planFile, "-"},
	} {
		code, out, errOut := runNTM(t, in, args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d:\n%s", args, code, errOut)
		}
		if want := "ntm " + args[0] + ": " + planFile + ": cảnh báo: " + vi + "\n"; !strings.Contains(errOut, want) {
			t.Errorf("%v: no %q on standard error:\n%s", args, want, errOut)
		}
		if !strings.Contains(strings.Join(strings.Fields(out), " "), vi) {
			t.Errorf("%v: no %q in the output:\n%s", args, vi, out)
		}
	}
}
