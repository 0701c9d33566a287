package plan_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
)

// minimalPlan is a plan as someone writes it from the format's description
// with nothing but what the status needs: its number and one target.
const minimalPlan = `{
  "number": "12/KH-UBND",
  "targets": [
    {"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "1980/QĐ-TTg", "year": 2020}
  ]
}`

func readPlan(t *testing.T, in string) (*plan.Plan, []plan.Warning) {
	t.Helper()
	p, warnings, err := plan.Read(strings.NewReader(in), nil)
	if err != nil {
		t.Fatalf("%v\n%s", err, in)
	}
	return p, warnings
}

func TestMinimalPlanIsRead(t *testing.T) {
	p, warnings := readPlan(t, minimalPlan)
	if len(warnings) != 0 {
		t.Errorf("warnings: %v", warnings)
	}
	want := &plan.Plan{Number: "12/KH-UBND", Targets: []plan.Target{{Commune: evaluate.Commune{Name: "Nhật Tiến", District: "Hữu Lũng", Province: "Lạng Sơn"}, Set: "1980/QĐ-TTg", Year: 2020}}}
	if diff := cmp.Diff(want, p); diff != "" {
		t.Errorf("plan (-want +got):\n%s", diff)
	}
}

// TestMinimalPlanStatusGolden renders the status of the minimal plan in
// every format: no inspection state, no tasks, no briefs, and nothing
// printed for the date, issuer and title the plan leaves out.
func TestMinimalPlanStatusGolden(t *testing.T) {
	p, _ := readPlan(t, minimalPlan)
	st := plan.Status(p, sampleReports(t), plan.NewDate(2020, time.May, 5))
	if st.Inspection != nil {
		t.Errorf("a plan without inspection has an inspection state: %+v", st.Inspection)
	}
	for _, f := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"minimal-2020-05-05.json", func(b *bytes.Buffer) error { return plan.WriteJSON(b, &st) }},
		{"minimal-2020-05-05.txt", func(b *bytes.Buffer) error { return plan.WriteText(b, &st, "vi") }},
		{"minimal-2020-05-05.en.txt", func(b *bytes.Buffer) error { return plan.WriteText(b, &st, "en") }},
		{"minimal-2020-05-05.md", func(b *bytes.Buffer) error { return plan.WriteMarkdown(b, &st, "vi") }},
		{"minimal-2020-05-05.en.md", func(b *bytes.Buffer) error { return plan.WriteMarkdown(b, &st, "en") }},
	} {
		t.Run(f.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := f.write(&b); err != nil {
				t.Fatal(err)
			}
			golden(t, f.name, b.Bytes())
		})
	}
	var b bytes.Buffer
	if err := plan.WriteJSON(&b, &st); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if v, ok := doc["inspection"]; !ok || v != nil {
		t.Errorf(`the status of a plan without inspection has "inspection": null, got %v (present %v)`, v, ok)
	}
}

// TestNumberOnlyPlanReadsWell: a plan with its number only has a status
// whose every section says the plan names none of it.
func TestNumberOnlyPlanReadsWell(t *testing.T) {
	p, warnings := readPlan(t, `{"number": "1/KH"}`)
	if len(warnings) != 0 {
		t.Errorf("warnings: %v", warnings)
	}
	st := plan.Status(p, nil, plan.NewDate(2020, time.May, 5))
	tests := []struct {
		name  string
		write func(*bytes.Buffer) error
		want  string
	}{
		{"Vietnamese text", func(b *bytes.Buffer) error { return plan.WriteText(b, &st, "vi") },
			"Kế hoạch 1/KH — Tình hình đến ngày 05/5/2020\n\nMục tiêu: kế hoạch không nêu\n\nNhiệm vụ: kế hoạch không nêu\n\nKiểm tra: kế hoạch không nêu\n"},
		{"English text", func(b *bytes.Buffer) error { return plan.WriteText(b, &st, "en") },
			"Plan (Kế hoạch) 1/KH — Status as of 2020-05-05\n\nTargets: none in the plan\n\nTasks: none in the plan\n\nInspection: none in the plan\n"},
		{"Markdown", func(b *bytes.Buffer) error { return plan.WriteMarkdown(b, &st, "vi") },
			"# Kế hoạch 1/KH — Tình hình đến ngày 05/5/2020\n\n## Mục tiêu: kế hoạch không nêu\n\n## Nhiệm vụ: kế hoạch không nêu\n\n## Kiểm tra: kế hoạch không nêu\n"},
		{"JSON", func(b *bytes.Buffer) error { return plan.WriteJSON(b, &st) },
			`{
  "plan": "1/KH",
  "as_of": "2020-05-05",
  "targets_met": 0,
  "targets_met_provisional": 0,
  "targets_total": 0,
  "targets": [],
  "tasks": [],
  "inspection": null,
  "briefs": [],
  "title": "",
  "issuer": "",
  "issued": null,
  "warnings": []
}
`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, b.String()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// optionalKeys are the keys of Plan 47's JSON that a plan may leave out,
// as paths of object keys and array indexes.
var optionalKeys = [][]any{
	{"issued"}, {"place"}, {"issuer"}, {"signer"}, {"title"}, {"purposes"}, {"requirements"}, {"contents"},
	{"bases"}, {"inspection"}, {"responsibilities"}, {"tasks"}, {"recipients"},
	{"signer", "name"}, {"signer", "title"}, {"signer", "on_behalf_of"},
	{"bases", 0, "issued"}, {"bases", 0, "issuer"}, {"bases", 0, "title"},
	{"targets", 0, "commune", "district"}, {"targets", 0, "commune", "province"}, {"targets", 0, "commune", "code"},
	{"inspection", "window"}, {"inspection", "days"}, {"inspection", "date"}, {"inspection", "route"},
	{"inspection", "participants"}, {"inspection", "form"},
	{"inspection", "route", 3, "activity"}, {"inspection", "participants", 0, "role"}, {"inspection", "participants", 0, "note"},
	{"responsibilities", 0, "set"},
	{"tasks", 0, "action"}, {"tasks", 0, "deliverable"}, {"tasks", 0, "due_before"}, {"tasks", 0, "done"},
}

// TestOptionalKeysMayBeLeftOutOrNull: every optional key of Plan 47 left
// out reads, and given null reads the same.
func TestOptionalKeysMayBeLeftOutOrNull(t *testing.T) {
	data, err := os.ReadFile(plan47JSON)
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range optionalKeys {
		t.Run(fmt.Sprint(path...), func(t *testing.T) {
			absent, null := decodeJSON(t, data), decodeJSON(t, data)
			setPath(t, absent, path, nil, true)
			setPath(t, null, path, nil, false)
			pa, wa := readPlan(t, encodeJSON(t, absent))
			pn, wn := readPlan(t, encodeJSON(t, null))
			if diff := cmp.Diff(pa, pn); diff != "" {
				t.Errorf("null reads unlike a key left out (-absent +null):\n%s", diff)
			}
			if diff := cmp.Diff(wa, wn); diff != "" {
				t.Errorf("warnings (-absent +null):\n%s", diff)
			}
		})
	}
	t.Run("targets", func(t *testing.T) {
		pa, _ := readPlan(t, `{"number": "1/KH"}`)
		pn, _ := readPlan(t, `{"number": "1/KH", "targets": null}`)
		pe, _ := readPlan(t, `{"number": "1/KH", "targets": []}`)
		if len(pa.Targets)+len(pn.Targets)+len(pe.Targets) != 0 {
			t.Errorf("targets left out, null or empty: got %v, %v, %v", pa.Targets, pn.Targets, pe.Targets)
		}
	})
}

func TestPlanWithoutInspection(t *testing.T) {
	p := plan47()
	p.Inspection = nil
	warnings, err := p.Validate(nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(warnings) != 0 {
		t.Errorf("without an inspection there is no route to miss a commune, nor a window to end: %v", warnings)
	}
	st := plan.Status(p, sampleReports(t), plan.NewDate(2020, time.May, 5))
	if st.Inspection != nil {
		t.Errorf("inspection state %+v, want none", st.Inspection)
	}
	var b bytes.Buffer
	if err := plan.WriteMarkdown(&b, &st, "en"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "\n## Inspection: none in the plan\n") {
		t.Errorf("the Markdown says there is no inspection:\n%s", b.String())
	}
	data, err := p.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"inspection":null`)) {
		t.Errorf(`a plan without inspection is written with "inspection": null:\n%s`, data)
	}
	back, _, err := plan.Read(bytes.NewReader(data), nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// TestInspectionWithoutTimeHasNoState: an inspection the plan names
// without a window or a date is not "open" on any date: its status has no
// inspection state, as a plan without inspection, and the text and the
// Markdown say the plan sets no time for it.
func TestInspectionWithoutTimeHasNoState(t *testing.T) {
	p, _ := readPlan(t, `{"number": "x", "inspection": {}}`)
	for _, asOf := range []plan.Date{plan.NewDate(2000, time.January, 1), plan.NewDate(2020, time.May, 5)} {
		st := plan.Status(p, nil, asOf)
		if st.Inspection != nil {
			t.Errorf("%s: inspection state %+v, want none", asOf, st.Inspection)
		}
		data, err := json.Marshal(st)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(data, []byte(`"inspection":null`)) {
			t.Errorf(`%s: want "inspection": null:\n%s`, asOf, data)
		}
		for _, tc := range []struct {
			lang, want string
			write      func(*bytes.Buffer, *plan.Standing, string) error
		}{
			{"vi", "\nKiểm tra: kế hoạch không nêu thời gian\n", func(b *bytes.Buffer, s *plan.Standing, l string) error { return plan.WriteText(b, s, l) }},
			{"en", "\nInspection: no time set in the plan\n", func(b *bytes.Buffer, s *plan.Standing, l string) error { return plan.WriteText(b, s, l) }},
			{"vi", "\n## Kiểm tra: kế hoạch không nêu thời gian\n", func(b *bytes.Buffer, s *plan.Standing, l string) error { return plan.WriteMarkdown(b, s, l) }},
			{"en", "\n## Inspection: no time set in the plan\n", func(b *bytes.Buffer, s *plan.Standing, l string) error { return plan.WriteMarkdown(b, s, l) }},
		} {
			var b bytes.Buffer
			if err := tc.write(&b, &st, tc.lang); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), tc.want) {
				t.Errorf("%s: lacks %q:\n%s", asOf, tc.want, b.String())
			}
		}
	}
}

// TestInspectionWithoutRouteWarnsOfNoCommune: a route the plan does not
// give cannot miss a commune.
func TestInspectionWithoutRouteWarnsOfNoCommune(t *testing.T) {
	_, warnings := readPlan(t, strings.Replace(minimalPlan, `"number": "12/KH-UBND",`,
		`"number": "12/KH-UBND", "inspection": {"window": {"from": "2020-04-01", "to": "2020-06-30"}},`, 1))
	if len(warnings) != 0 {
		t.Errorf("warnings: %v", warnings)
	}
}

func TestInspectionLineSaysOnlyWhatThePlanGives(t *testing.T) {
	tests := []struct {
		name, inspection, text, markdown string
	}{
		{"an empty inspection", `{}`,
			"Kiểm tra: kế hoạch không nêu thời gian",
			"## Kiểm tra: kế hoạch không nêu thời gian\n"},
		{"days without a window or a date", `{"days": 2, "form": "kiểm tra thực tế"}`,
			"Kiểm tra: kế hoạch không nêu thời gian",
			"## Kiểm tra: kế hoạch không nêu thời gian\n"},
		{"a window without days", `{"window": {"from": "2020-04-01", "to": "2020-06-30"}}`,
			"Kiểm tra: Đang trong thời gian kiểm tra (thời gian 01/4/2020 – 30/6/2020, ngày kiểm tra: chưa thông báo)",
			"## Kiểm tra: Đang trong thời gian kiểm tra\n\n- thời gian: 01/4/2020 – 30/6/2020\n- ngày kiểm tra: chưa thông báo\n"},
		{"an announced date without a window", `{"date": "2020-05-20", "days": 2}`,
			"Kiểm tra: Đang trong thời gian kiểm tra (2 ngày, ngày kiểm tra 20/5/2020)",
			"## Kiểm tra: Đang trong thời gian kiểm tra\n\n- 2 ngày\n- ngày kiểm tra: 20/5/2020\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := readPlan(t, `{"number": "1/KH", "inspection": `+tc.inspection+`}`)
			st := plan.Status(p, nil, plan.NewDate(2020, time.May, 5))
			var text, md bytes.Buffer
			if err := plan.WriteTextUnwrapped(&text, &st, "vi"); err != nil {
				t.Fatal(err)
			}
			if err := plan.WriteMarkdown(&md, &st, "vi"); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(text.String(), "\n"+tc.text+"\n") {
				t.Errorf("text lacks %q:\n%s", tc.text, text.String())
			}
			if !strings.Contains(md.String(), "\n"+tc.markdown) {
				t.Errorf("Markdown lacks %q:\n%s", tc.markdown, md.String())
			}
		})
	}
}

func TestTaskWithoutActionReadsWell(t *testing.T) {
	p, _ := readPlan(t, `{"number": "1/KH", "tasks": [{"assignee": "UBND huyện Hữu Lũng", "due_before": "2020-04-30"}]}`)
	st := plan.Status(p, nil, plan.NewDate(2020, time.May, 5))
	var text, md bytes.Buffer
	if err := plan.WriteText(&text, &st, "vi"); err != nil {
		t.Fatal(err)
	}
	if err := plan.WriteMarkdown(&md, &st, "vi"); err != nil {
		t.Fatal(err)
	}
	if want := "\n  [Quá hạn] UBND huyện Hữu Lũng (trước ngày 30/4/2020)\n"; !strings.Contains(text.String(), want) {
		t.Errorf("text lacks %q:\n%s", want, text.String())
	}
	if want := "\n| Quá hạn | UBND huyện Hữu Lũng | — | 30/4/2020 | — |\n"; !strings.Contains(md.String(), want) {
		t.Errorf("Markdown lacks %q:\n%s", want, md.String())
	}
}

// TestRequiredKeys: what the status needs stays required, left out or null.
func TestRequiredKeys(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a plan needs its number", `{"targets": []}`,
			[]string{`plan: number: missing: the plan's number (số hiệu) is required`}},
		{"a null number is a missing number", `{"number": null}`,
			[]string{`plan: number: missing: the plan's number (số hiệu) is required`}},
		{"a target needs its commune", `{"number": "1/KH", "targets": [{"commune": null, "set": "1980", "year": 2020}]}`,
			[]string{`plan: targets[0].commune.name: missing: a target needs the commune's name`}},
		{"a target needs its set and its year", `{"number": "1/KH", "targets": [{"commune": {"name": "Hòa Lạc"}, "set": null}]}`,
			[]string{`plan: targets[0].set: missing: a target needs a criteria set`, `plan: targets[0].year: missing: a target needs its year`}},
		{"a target's year given null is missing", `{"number": "1/KH", "targets": [{"commune": {"name": "Hòa Lạc"}, "set": "1980", "year": null}]}`,
			[]string{`plan: targets[0].year: missing: a target needs its year`}},
		{"a task needs its assignee", `{"number": "1/KH", "tasks": [{"assignee": null, "action": "Gửi báo cáo"}]}`,
			[]string{`plan: tasks[0].assignee: missing: a task needs its assignee`}},
		{"a responsibility needs its agency and codes", `{"number": "1/KH", "responsibilities": [{"agency": null, "criteria": null}]}`,
			[]string{`plan: responsibilities[0].agency: missing: a responsibility needs its agency`,
				`plan: responsibilities[0].criteria: missing: name at least one criterion or indicator code`}},
		{"a basis needs its number or its title", `{"number": "1/KH", "bases": [{"title": "Luật Tổ chức chính quyền địa phương"}, {"issuer": "UBND tỉnh", "issued": null}]}`,
			[]string{`plan: bases[1]: missing: a basis needs its number or its title`}},
		{"a stop needs its place and a participant its organisation", `{"number": "1/KH", "inspection": {"route": [{"place": null}], "participants": [{"role": "chủ trì"}]}}`,
			[]string{`plan: inspection.participants[0].organisation: missing: a participant needs its organisation`,
				`plan: inspection.route[0].place: missing: a stop needs its place`}},
	}
	checkReadErrors(t, tests)
}

// TestMinimalPlanStaysStrict: leaving keys out loosens nothing else.
func TestMinimalPlanStaysStrict(t *testing.T) {
	with := func(extra string) string {
		return strings.Replace(minimalPlan, `"number": "12/KH-UBND",`, `"number": "12/KH-UBND", `+extra+`,`, 1)
	}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"an unknown key is an error, even given null", with(`"inspecton": null`),
			[]string{`plan: inspecton: unknown key (want one of number, issued, place, issuer, signer, title, purposes, requirements, contents, bases, targets, inspection, responsibilities, tasks, recipients) (got "inspecton")`}},
		{"a malformed date is an error", with(`"issued": "15/4/2020"`),
			[]string{`plan: issued: want a date YYYY-MM-DD (got "15/4/2020")`}},
		{"a target with an unknown set is an error", strings.Replace(minimalPlan, `"1980/QĐ-TTg"`, `"491/QĐ-TTg"`, 1),
			[]string{`plan: targets[0].set: unknown set (got "491/QĐ-TTg")`}},
		{"an inspection that is not an object is an error", with(`"inspection": []`),
			[]string{`plan: inspection: want an object, got array`}},
		{"a signer that is not an object is an error", with(`"signer": "Ngô Việt Hải"`),
			[]string{`plan: signer: want an object, got string (got "Ngô Việt Hải")`}},
		{"an unknown key of the signer is an error", with(`"signer": {"nam": "Ngô Việt Hải"}`),
			[]string{`plan: signer.nam: unknown key (want one of name, title, on_behalf_of) (got "nam")`}},
	}
	checkReadErrors(t, tests)
}

func TestMinimalPlanRoundTrip(t *testing.T) {
	p, _ := readPlan(t, minimalPlan)
	data, err := p.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"issued":null`, `"signer":null`, `"inspection":null`} {
		if !bytes.Contains(data, []byte(k)) {
			t.Errorf("what the plan leaves out is written null: no %s in\n%s", k, data)
		}
	}
	back, _ := readPlan(t, string(data))
	if diff := cmp.Diff(p, back, cmpopts.EquateEmpty()); diff != "" { // lists left out are written []
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func decodeJSON(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func encodeJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// setPath sets the value at path in doc, or deletes its key when del.
func setPath(t *testing.T, doc any, path []any, v any, del bool) {
	t.Helper()
	for i, step := range path {
		last := i == len(path)-1
		switch s := step.(type) {
		case string:
			m, ok := doc.(map[string]any)
			if !ok {
				t.Fatalf("%v: not an object at %v", path, s)
			}
			if last {
				if del {
					delete(m, s)
				} else {
					m[s] = v
				}
				return
			}
			doc = m[s]
		case int:
			a, ok := doc.([]any)
			if !ok || s >= len(a) {
				t.Fatalf("%v: no element %d", path, s)
			}
			doc = a[s]
		}
	}
}

// checkReadErrors reads each plan and checks that it fails with exactly the
// problems of want.
func checkReadErrors(t *testing.T, tests []struct {
	name, in string
	want     []string
}) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := plan.Read(strings.NewReader(tc.in), nil)
			if err == nil {
				t.Fatal("no error")
			}
			if diff := cmp.Diff(tc.want, strings.Split(err.Error(), "\n")); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}
