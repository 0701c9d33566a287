package plan_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/langson"
	"github.com/nongthonmoi/ntm/plan"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite golden files and the Plan 47 JSON from the Go value")

func TestPlan47JSONFileEqualsGoValue(t *testing.T) {
	want := plan47()
	if *update {
		var buf bytes.Buffer
		if err := plan.Write(&buf, want); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(plan47JSON, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open(plan47JSON)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, warnings, err := plan.Read(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("plan 47: JSON file and Go value differ (-want +got):\n%s", diff)
	}
	if len(warnings) != 0 {
		t.Errorf("plan 47 has warnings: %v", warnings)
	}
}

func TestPlan47IsComplete(t *testing.T) {
	p := plan47()
	checks := []struct {
		name      string
		got, want int
	}{
		{"plan 47 has five legal bases (447, 933, 18, 22 and 1980)", len(p.Bases), 5},
		{"plan 47 has three targets", len(p.Targets), 3},
		{"plan 47's route has four stops", len(p.Inspection.Route), 4},
		{"plan 47 lists twelve participants", len(p.Inspection.Participants), 12},
		{"plan 47 assigns seven tasks", len(p.Tasks), 7},
		{"plan 47 has nine recipients", len(p.Recipients), 9},
		{"plan 47 has two purposes", len(p.Purposes), 2},
		{"plan 47 has two requirements", len(p.Requirements), 2},
		{"plan 47 has two inspection contents", len(p.Contents), 2},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %d", c.name, c.got)
		}
	}
	deadlines := 0
	for _, task := range p.Tasks {
		if task.DueBefore != nil {
			deadlines++
			if *task.DueBefore != plan.NewDate(2020, time.April, 30) || task.Assignee != "UBND huyện Hữu Lũng" {
				t.Errorf("the only deadline is the district's report before 30/4/2020, got %s for %s", task.DueBefore, task.Assignee)
			}
		}
	}
	if deadlines != 1 {
		t.Errorf("plan 47 sets exactly one deadline, got %d", deadlines)
	}
}

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		p    *plan.Plan
	}{
		{"plan 47 survives writing and reading back", plan47()},
		{"an announced inspection date and done tasks survive the round trip", func() *plan.Plan {
			p := plan47()
			p.Inspection.Date = date(2020, time.May, 20)
			p.Tasks[4].Done = date(2020, time.April, 28)
			p.Tasks[0].Done = date(2020, time.April, 16)
			return p
		}()},
		{"a minimal plan keeps empty lists empty", &plan.Plan{Number: "1/KH", Issued: plan.NewDate(2020, 1, 2),
			Purposes: []string{}, Requirements: []string{}, Contents: []string{}, Bases: []plan.Basis{},
			Targets: []plan.Target{}, Responsibilities: []plan.Responsibility{}, Tasks: []plan.Task{}, Recipients: []string{},
			Inspection: &plan.Inspection{Route: []plan.Stop{}, Participants: []plan.Participant{}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, err := tc.p.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			got, _, err := plan.Read(bytes.NewReader(data), nil)
			if err != nil {
				t.Fatalf("reading back: %v\n%s", err, data)
			}
			if diff := cmp.Diff(tc.p, got); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
			again, err := got.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(data, again) {
				t.Errorf("second write differs:\n%s\n%s", data, again)
			}
		})
	}
}

func TestReadCanonicalisesSetAliases(t *testing.T) {
	in := `{"number": "1/KH", "issued": "2020-01-02",
	 "targets": [{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "1980", "year": 2020},
	             {"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "qd933", "year": 2020}],
	 "inspection": {"route": [{"place": "xã Hòa Lạc"}, {"place": "xa Tan Thanh"}]},
	 "responsibilities": [{"agency": "Sở Y tế", "criteria": ["17.6"], "set": "1980/QD-TTg"}]}`
	p, warnings, err := plan.Read(strings.NewReader(in), nil)
	if err != nil {
		t.Fatal(err)
	}
	got := []string{p.Targets[0].Set, p.Targets[1].Set, p.Responsibilities[0].Set}
	want := []string{"1980/QĐ-TTg", "933/QĐ-UBND", "1980/QĐ-TTg"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("aliases are read as canonical IDs (-want +got):\n%s", diff)
	}
	if len(warnings) != 0 {
		t.Errorf("a stop written without diacritics visits its commune: got warnings %v", warnings)
	}
}

// planWith returns plan 47's JSON with edit applied to its decoded form.
func planJSON(t *testing.T, edit func(p *plan.Plan)) string {
	t.Helper()
	p := plan47()
	if edit != nil {
		edit(p)
	}
	data, err := p.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// readErrorCase is a plan with problems and the lines of its error.
type readErrorCase struct {
	name string
	in   string
	want []string // the error's lines
}

// readErrorCases are the plans with problems of TestReadErrors; they also
// seed TestProblemsReadInVietnamese.
func readErrorCases(t *testing.T) []readErrorCase {
	return []readErrorCase{
		{
			name: "an unknown key is an error naming its path",
			in:   strings.Replace(planJSON(t, nil), `"days":1`, `"days":1,"duration":1`, 1),
			want: []string{`plan: inspection.duration: unknown key (want one of window, days, date, route, participants, form) (got "duration")`},
		},
		{
			name: "a malformed date is an error quoting it",
			in:   strings.Replace(planJSON(t, nil), `"due_before":"2020-04-30"`, `"due_before":"30/4/2020"`, 1),
			want: []string{`plan: tasks[4].due_before: want a date YYYY-MM-DD (got "30/4/2020")`},
		},
		{
			name: "an impossible date is malformed",
			in:   strings.Replace(planJSON(t, nil), `"issued":"2020-04-15"`, `"issued":"2020-02-30"`, 1),
			want: []string{`plan: issued: want a date YYYY-MM-DD (got "2020-02-30")`},
		},
		{
			name: "a target with an unknown set is an error",
			in:   strings.Replace(planJSON(t, nil), `"set":"933/QĐ-UBND"`, `"set":"491/QĐ-TTg"`, 1),
			want: []string{`plan: targets[2].set: unknown set (got "491/QĐ-TTg")`},
		},
		{
			name: "a responsibility naming a code no target set has is an error",
			in: planJSON(t, func(p *plan.Plan) {
				p.Responsibilities = append(p.Responsibilities, plan.Responsibility{Agency: "Sở Y tế", Criteria: []string{"17.6", "20"}})
			}),
			want: []string{`plan: responsibilities[1].criteria[1]: not a criterion or indicator of any target set (got "20")`},
		},
		{
			name: "17.1 must be named by its parts or by criterion 17",
			in: planJSON(t, func(p *plan.Plan) {
				p.Responsibilities[0].Criteria = []string{"17.1"}
			}),
			want: []string{`plan: responsibilities[0].criteria[0]: not a criterion or indicator of 1980/QĐ-TTg (name the criterion or the parts 17.1a, 17.1b) (got "17.1")`},
		},
		{
			name: "a responsibility's set must be the set of some target",
			in: planJSON(t, func(p *plan.Plan) {
				p.Targets = p.Targets[2:]
			}),
			want: []string{`plan: responsibilities[0].set: not the set of any target (got "1980/QĐ-TTg")`},
		},
		{
			name: "every problem is reported, sorted by path",
			in: planJSON(t, func(p *plan.Plan) {
				p.Number = ""
				p.Targets[1].Year = 0
				p.Tasks[3].Assignee = ""
				p.Inspection.Days = -1
			}),
			want: []string{
				`plan: inspection.days: negative duration -1`,
				`plan: number: missing: the plan's number (số hiệu) is required`,
				`plan: targets[1].year: year 0 out of range (want e.g. 2020)`,
				`plan: tasks[3].assignee: missing: a task needs its assignee`,
			},
		},
		{
			name: "a window that ends before it starts is an error",
			in:   strings.Replace(planJSON(t, nil), `"to":"2020-06-30"`, `"to":"2020-03-31"`, 1),
			want: []string{`plan: inspection.window: ends (2020-03-31) before it starts (2020-04-01)`},
		},
		{
			name: "the same target twice is an error",
			in: planJSON(t, func(p *plan.Plan) {
				c := p.Targets[0]
				c.Commune.Name = "NHẬT TIẾN"
				p.Targets = append(p.Targets, c)
			}),
			want: []string{`plan: targets[3]: the same target as targets[0] (NHẬT TIẾN, Hữu Lũng, Lạng Sơn, 1980/QĐ-TTg, 2020)`},
		},
		{
			name: "the same target in the old tone placement and with the prefixes is the same target",
			in: planJSON(t, func(p *plan.Plan) {
				c := p.Targets[1]
				c.Commune = evaluate.Commune{Name: "Xã Hoà Lạc", District: "huyện Hữu Lũng", Province: "tỉnh Lạng Sơn"}
				p.Targets = append(p.Targets, c)
			}),
			want: []string{`plan: targets[3]: the same target as targets[1] (Xã Hoà Lạc, huyện Hữu Lũng, tỉnh Lạng Sơn, 1980/QĐ-TTg, 2020)`},
		},
		{
			name: "wrong JSON types are errors with their paths",
			in:   `{"number": 47, "issued": "2020-04-15", "targets": {}, "recipients": ["a", 1]}`,
			want: []string{
				`plan: number: want a string, got number (got "47")`,
				`plan: recipients[1]: want a string, got number (got "1")`,
				`plan: targets: want an array, got object`,
			},
		},
		{
			name: "problems of form and of meaning are reported together, without echoes",
			in: `{"number": "1/KH", "issued": "2020-04-15",
			 "targets": [{"commune": {"name": "Tân Thành"}, "set": "934/QĐ-UBND", "year": 2020}],
			 "inspection": {"window": {"from": "2020-04-01", "to": "2020-06-31"}},
			 "tasks": [{"assignee": "UBND huyện", "action": "Gửi báo cáo", "owner": "x"}]}`,
			want: []string{
				`plan: inspection.window.to: want a date YYYY-MM-DD (got "2020-06-31")`,
				`plan: targets[0].set: unknown set (got "934/QĐ-UBND")`,
				`plan: tasks[0].owner: unknown key (want one of assignee, action, deliverable, due_before, done) (got "owner")`,
			},
		},
		{
			name: "a document that is not an object is one error",
			in:   `[{"number": "1/KH"}]`,
			want: []string{`plan: want an object, got array`},
		},
		{
			name: "a duplicate key is an error at its path, with the plan's other problems",
			in:   `{"number": "1/KH", "number": "2/KH", "targets": [{"commune": {"name": "Hòa Lạc"}, "set": "1980"}]}`,
			want: []string{
				`plan: number: key given twice (got "number")`,
				`plan: targets[0].year: missing: a target needs its year`,
			},
		},
		{
			name: "a year written as a string is an error quoting it",
			in:   strings.Replace(planJSON(t, nil), `"year":2020`, `"year":"2020"`, 1),
			want: []string{`plan: targets[0].year: want a whole number, got string (got "2020")`},
		},
		{
			name: "a year written as a fraction is an error",
			in:   strings.Replace(planJSON(t, nil), `"year":2020`, `"year":2020.5`, 1),
			want: []string{`plan: targets[0].year: want a whole number (got "2020.5")`},
		},
		{
			name: "truncated JSON is an error",
			in:   `{"number": "1/KH"`,
			want: []string{`plan: line 1: column 18: invalid JSON: unexpected end of input`},
		},
		{
			name: "a syntax error names its line and its column in characters",
			in:   "{\n  \"number\": \"Kế hoạch số 1\" x\n}",
			want: []string{`plan: line 2: column 29: invalid JSON: invalid character 'x' after object key:value pair`},
		},
		{
			name: "a plan issued in year 0 is an error on reading, with its path",
			in:   strings.Replace(planJSON(t, nil), `"issued":"2020-04-15"`, `"issued":"0000-01-01"`, 1),
			want: []string{`plan: issued: date out of range (year 1-9999) (got "0000-01-01")`},
		},
		{
			name: "a NUL character in a name is an error with its path",
			in:   strings.Replace(planJSON(t, nil), `"name":"Nhật Tiến"`, `"name":"Nhật\u0000Tiến"`, 1),
			want: []string{`plan: targets[0].commune.name: control character U+0000 (got "Nhật\x00Tiến")`},
		},
		{
			name: "invalid UTF-8 in a name is an error with its path",
			in:   strings.Replace(planJSON(t, nil), `"name":"Nhật Tiến"`, "\"name\":\"Nh\xe1t\"", 1),
			want: []string{"plan: line 1: column 4708: targets[0].commune.name: not UTF-8 (byte 0xE1): the text is in another encoding; " +
				"JSON is UTF-8 (RFC 8259): save it as UTF-8 (got \"Nhát\")"},
		},
		{
			name: "a name typed in TCVN3 says so and reads it",
			in:   strings.Replace(planJSON(t, nil), `"name":"Nhật Tiến"`, "\"name\":\"Nh\xcbt Ti\xd5n\"", 1),
			want: []string{"plan: line 1: column 4708: targets[0].commune.name: not UTF-8 (byte 0xCB): looks typed with a font encoding before Unicode, " +
				"TCVN3 (ABC: .VnTime, .VnArial), in which it reads \"Nhật Tiến\"; JSON is UTF-8 (RFC 8259): " +
				"convert the text to Unicode with Unikey's \"Chuyển mã\" (source TCVN3 (ABC), destination Unicode) and save it as UTF-8 (got \"NhËt TiÕn\")"},
		},
		{
			name: "a key typed in TCVN3 is an encoding problem, not an unknown key, its path showing it as the font does",
			in:   strings.Replace(planJSON(t, nil), `"days":1`, "\"days\":1,\"s\xe8 ng\xb5y\":1", 1),
			want: []string{"plan: line 1: column 5116: inspection.sè ngµy: not UTF-8 (byte 0xE8): the text is in another encoding, " +
				"maybe a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads \"số ngày\"; JSON is UTF-8 (RFC 8259): " +
				"convert the text to Unicode (if it is that encoding, with Unikey's \"Chuyển mã\", source TCVN3 (ABC), destination Unicode) and save it as UTF-8 (got \"sè ngµy\")"},
		},
		{
			name: "the plan's place typed in TCVN3 says so for sure, as a known province",
			in:   strings.Replace(planJSON(t, nil), `"place":"Lạng Sơn"`, "\"place\":\"L\xb9ng S\xacn\"", 1),
			want: []string{"plan: line 1: column 57: place: not UTF-8 (byte 0xB9): looks typed with a font encoding before Unicode, " +
				"TCVN3 (ABC: .VnTime, .VnArial), in which it reads \"Lạng Sơn\"; JSON is UTF-8 (RFC 8259): " +
				"convert the text to Unicode with Unikey's \"Chuyển mã\" (source TCVN3 (ABC), destination Unicode) and save it as UTF-8 (got \"L¹ng S¬n\")"},
		},
		{
			name: "a signer's name typed in TCVN3 is no place: its letters tell the encoding, maybe",
			in:   strings.Replace(planJSON(t, nil), `"name":"Ngô Việt Hải"`, "\"name\":\"Ng\xab Vi\xd6t H\xb6i\"", 1),
			want: []string{"plan: line 1: column 156: signer.name: not UTF-8 (byte 0xAB): the text is in another encoding, " +
				"maybe a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads \"Ngô Việt Hải\"; JSON is UTF-8 (RFC 8259): " +
				"convert the text to Unicode (if it is that encoding, with Unikey's \"Chuyển mã\", source TCVN3 (ABC), destination Unicode) and save it as UTF-8 (got \"Ng« ViÖt H¶i\")"},
		},
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range readErrorCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			p, _, err := plan.Read(strings.NewReader(tc.in), nil)
			if err == nil {
				t.Fatalf("no error; plan %+v", p)
			}
			if p != nil {
				t.Errorf("a plan was returned with the error")
			}
			if diff := cmp.Diff(tc.want, strings.Split(err.Error(), "\n")); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			var pe *plan.Error
			if !errors.As(err, &pe) {
				t.Errorf("the error is not a *plan.Error: %T", err)
			}
		})
	}
}

func TestWarnings(t *testing.T) {
	// Each warning as String gives it (Vietnamese with English beside),
	// then in one language, as Text gives it: Vietnamese, English.
	tests := []struct {
		name string
		edit func(p *plan.Plan)
		want []string
	}{
		{"plan 47 as written has no warnings", nil, nil},
		{"a target commune the route never visits is a warning", func(p *plan.Plan) {
			p.Inspection.Route = slicesDelete(p.Inspection.Route, 1)
		}, []string{"targets[2]: lộ trình kiểm tra không qua xã Tân Thành (the inspection route never visits Tân Thành)",
			"targets[2]: lộ trình kiểm tra không qua xã Tân Thành",
			"targets[2]: the inspection route never visits Tân Thành"}},
		{"a stop with other diacritics does not visit the commune (Nhất Tiến is not Nhật Tiến)", func(p *plan.Plan) {
			p.Inspection.Route[2].Place = "xã Nhất Tiến"
		}, []string{"targets[0]: lộ trình kiểm tra không qua xã Nhật Tiến (the inspection route never visits Nhật Tiến)",
			"targets[0]: lộ trình kiểm tra không qua xã Nhật Tiến",
			"targets[0]: the inspection route never visits Nhật Tiến"}},
		{"a target written with its kind is named once (never \"xã Xã Hòa Lạc\")", func(p *plan.Plan) {
			p.Inspection.Route = p.Inspection.Route[1:] // Hòa Lạc is no longer visited
			p.Targets[1].Commune.Name = "Xã Hòa Lạc"
		}, []string{"targets[1]: lộ trình kiểm tra không qua Xã Hòa Lạc (the inspection route never visits Xã Hòa Lạc)",
			"targets[1]: lộ trình kiểm tra không qua Xã Hòa Lạc",
			"targets[1]: the inspection route never visits Xã Hòa Lạc"}},
		{"a target written with its kind in lower case is named once", func(p *plan.Plan) {
			p.Inspection.Route = p.Inspection.Route[1:]
			p.Targets[1].Commune.Name = "xã Hòa Lạc"
		}, []string{"targets[1]: lộ trình kiểm tra không qua xã Hòa Lạc (the inspection route never visits xã Hòa Lạc)",
			"targets[1]: lộ trình kiểm tra không qua xã Hòa Lạc",
			"targets[1]: the inspection route never visits xã Hòa Lạc"}},
		{"a phường and a thị trấn keep their own kind", func(p *plan.Plan) {
			p.Inspection.Route = p.Inspection.Route[:0:0]
			p.Inspection.Route = append(p.Inspection.Route, plan.Stop{Place: "xã Nhật Tiến"})
			p.Targets[1].Commune.Name = "Phường Hòa Lạc"
			p.Targets[2].Commune.Name = "Thị trấn Tân Thành"
		}, []string{"targets[1]: lộ trình kiểm tra không qua Phường Hòa Lạc (the inspection route never visits Phường Hòa Lạc)",
			"targets[1]: lộ trình kiểm tra không qua Phường Hòa Lạc",
			"targets[1]: the inspection route never visits Phường Hòa Lạc",
			"targets[2]: lộ trình kiểm tra không qua Thị trấn Tân Thành (the inspection route never visits Thị trấn Tân Thành)",
			"targets[2]: lộ trình kiểm tra không qua Thị trấn Tân Thành",
			"targets[2]: the inspection route never visits Thị trấn Tân Thành"}},
		{"a stop in the old tone placement visits the commune (xã Hoà Lạc is Hòa Lạc)", func(p *plan.Plan) {
			p.Inspection.Route[0].Place = "UBND xã Hoà Lạc"
		}, nil},
		{"a task due after the inspection window ends is a warning", func(p *plan.Plan) {
			p.Tasks[4].DueBefore = date(2020, time.July, 1)
		}, []string{"tasks[4].due_before: thời hạn 01/7/2020 muộn hơn ngày kết thúc đợt kiểm tra (30/6/2020) (due after the inspection window ends)",
			"tasks[4].due_before: thời hạn 01/7/2020 muộn hơn ngày kết thúc đợt kiểm tra (30/6/2020)",
			"tasks[4].due_before: due 2020-07-01, after the inspection window ends on 2020-06-30"}},
		{"a task due on the window's last day is no warning", func(p *plan.Plan) {
			p.Tasks[4].DueBefore = date(2020, time.June, 30)
		}, nil},
		{"an announced date outside the window is a warning", func(p *plan.Plan) {
			p.Inspection.Date = date(2020, time.July, 2)
		}, []string{"inspection.date: ngày kiểm tra 02/7/2020 nằm ngoài đợt kiểm tra (01/4/2020 – 30/6/2020) (the inspection date lies outside the window)",
			"inspection.date: ngày kiểm tra 02/7/2020 nằm ngoài đợt kiểm tra (01/4/2020 – 30/6/2020)",
			"inspection.date: the inspection date 2020-07-02 lies outside the window 2020-04-01 – 2020-06-30"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := plan47()
			if tc.edit != nil {
				tc.edit(p)
			}
			warnings, err := p.Validate(nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range warnings {
				got = append(got, w.String(), w.Text("vi"), w.Text("en"))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
		})
	}
}

func slicesDelete[T any](s []T, i int) []T { return append(s[:i:i], s[i+1:]...) }

func TestDate(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"an ISO date parses", "2020-04-30", true},
		{"a leap day parses in a leap year", "2020-02-29", true},
		{"a leap day does not parse in other years", "2019-02-29", false},
		{"a Vietnamese-style date is not accepted", "30/4/2020", false},
		{"a date without leading zeros is not accepted", "2020-4-30", false},
		{"a date with a time is not accepted", "2020-04-30T00:00:00Z", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := plan.ParseDate(tc.in)
			if (err == nil) != tc.ok {
				t.Fatalf("ParseDate(%q) = %v, %v", tc.in, d, err)
			}
			if tc.ok && d.String() != tc.in {
				t.Errorf("String() = %q, want %q", d.String(), tc.in)
			}
		})
	}
	for d, want := range map[plan.Date]string{plan.NewDate(2020, 4, 30): "30/4/2020", plan.NewDate(2020, 2, 5): "05/02/2020",
		plan.NewDate(2020, 12, 31): "31/12/2020"} {
		if got := d.Vietnamese(); got != want {
			t.Errorf("%s.Vietnamese() = %q, want %q (Nghị định 30/2020/NĐ-CP)", d, got, want)
		}
	}
	a, b := plan.NewDate(2020, 4, 30), plan.NewDate(2020, 5, 1)
	if !a.Before(b) || !b.After(a) || a.After(a) || a.Before(a) {
		t.Errorf("ordering of %s and %s is wrong", a, b)
	}
}

func TestMergeLetsThePlanWin(t *testing.T) {
	merged := plan.Merge(plan47(), langson.Responsibilities())
	if merged[0].Agency != "Sở Tài nguyên và Môi trường" || !cmp.Equal(merged[0].Criteria, []string{"17"}) {
		t.Errorf("the plan's own responsibility comes first, unchanged: %+v", merged[0])
	}
	for _, r := range merged[1:] {
		for _, c := range r.Criteria {
			if strings.HasPrefix(c, "17") {
				t.Errorf("%s keeps %s although the plan gives criterion 17 to %s", r.Agency, c, "Sở Tài nguyên và Môi trường")
			}
		}
		if r.Agency == "Sở Tài nguyên và Môi trường" {
			t.Errorf("the department named by the plan appears twice")
		}
	}
	var health []string
	for _, r := range merged {
		if r.Agency == "Sở Y tế" {
			health = r.Criteria
		}
	}
	if diff := cmp.Diff([]string{"15"}, health); diff != "" {
		t.Errorf("Sở Y tế keeps criterion 15 only (-want +got):\n%s", diff)
	}
}

// sampleReports evaluates the illustrative assessments (số liệu minh họa)
// of the three communes of plan 47.
func sampleReports(t testing.TB) []evaluate.Report {
	t.Helper()
	as, err := evaluate.ReadFile(filepath.Join("testdata", "minh-hoa-huulung-2020.json"), nil)
	if err != nil {
		t.Fatal(err)
	}
	var reports []evaluate.Report
	for i := range as {
		rs, err := evaluate.RunAll(criteria.Builtin(), &as[i])
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, rs...)
	}
	return reports
}

// TestReadGivesTargetNamesInNFC: a target's commune typed in decomposed
// Unicode (NFD) is read in the composed form (NFC), as written otherwise.
func TestReadGivesTargetNamesInNFC(t *testing.T) {
	in := norm.NFD.String(`{"number": "1/KH", "targets": [{"commune": {"name": "Xã Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "1980", "year": 2020}]}`)
	p, _, err := plan.Read(strings.NewReader(in), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := evaluate.Commune{Name: "Xã Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}
	if diff := cmp.Diff(want, p.Targets[0].Commune); diff != "" {
		t.Errorf("target's commune (-want +got):\n%s", diff)
	}
}
