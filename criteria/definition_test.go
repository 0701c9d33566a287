package criteria

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

// minimalDefinition is a small valid definition (số liệu minh họa,
// illustrative) that the bad-input cases below break one way each.
const minimalDefinition = `{"id":"1/QĐ-UBND","title":{"vi":"Bộ minh họa (số liệu minh họa)","en":"Illustrative"},` +
	`"level":"ntm","scope":"Lạng Sơn","issuer":"UBND tỉnh Lạng Sơn","issued":"2019-01-02","effective":"2019-01-02",` +
	`"period":{"from":2019,"to":2020},"supersedes":[],"requires":null,"content":"complete","criteria":[` +
	`{"code":"1","name":{"vi":"Một","en":"One"},"group":"","agency":"","indicators":[` +
	`{"code":"1.1","text":{"vi":"Tỷ lệ","en":"Share"},"kind":"percent","op":">=","unit":"%","not_applicable_allowed":false,` +
	`"citation":"c1","targets":{"common":{"value":"90","provenance":"M"},"TDMNPB":{"value":"85","provenance":"C1"}}}]},` +
	`{"code":"2","name":{"vi":"Hai","en":"Two"},"group":"","agency":"","indicators":[` +
	`{"code":"2","text":{"vi":"Đạt","en":"Met"},"kind":"pass","op":"=","unit":"","not_applicable_allowed":false,` +
	`"citation":"c2","targets":{"common":{"value":"true","provenance":"C2"}}}]}]}`

func exportJSON(t testing.TB, s *Set) []byte {
	t.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDefinitionRoundTrip(t *testing.T) {
	withYears := QD1980()
	ten, _, _ := withYears.Indicator("10")
	tg := ten.Regional[TDMNPB]
	tg.ByYear = map[int]YearTarget{
		2018: {Value: decimal.RequireFromString("30.5"), Provenance: M, Source: "số liệu minh họa (illustrative)"},
		2019: {Value: decimal.RequireFromString("33"), Provenance: C1},
	}
	ten.Regional[TDMNPB] = tg
	minimal, err := ReadDefinitions(strings.NewReader(minimalDefinition))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		set  *Set
	}{
		{"1980/QĐ-TTg exported and read back is equal", QD1980()},
		{"933/QĐ-UBND exported and read back is equal", QD933()},
		{"by-year values survive the round trip", withYears},
		{"a set restricted to one region survives the round trip", QD1980().ForRegion(DBSCL)},
		{"a small provincial set survives the round trip", minimal[0]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := exportJSON(t, tt.set)
			got, err := ReadDefinitions(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			want := tt.set
			if want == tt.set && tt.name == "a set restricted to one region survives the round trip" {
				want = regionalNilWhenEmpty(want)
			}
			if diff := cmp.Diff(want, got[0]); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			var one Set
			if err := json.Unmarshal(data, &one); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, &one); diff != "" {
				t.Errorf("UnmarshalJSON (-want +got):\n%s", diff)
			}
		})
	}
}

// regionalNilWhenEmpty is how a definition reads back: an indicator with
// only a common target has no Regional map.
func regionalNilWhenEmpty(s *Set) *Set {
	c := s.Clone()
	for _, ind := range c.Indicators() {
		if len(ind.Regional) == 0 {
			ind.Regional = nil
		}
	}
	return c
}

func TestDefinitionShapeFollowsTheSpec(t *testing.T) {
	var got map[string]any
	if err := json.Unmarshal(exportJSON(t, QD1980()), &got); err != nil {
		t.Fatal(err)
	}
	crit := got["criteria"].([]any)[3].(map[string]any)
	ind := crit["indicators"].([]any)[1].(map[string]any)
	want := map[string]any{
		"code": "4.2",
		"text": map[string]any{"vi": "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn",
			"en": ind["text"].(map[string]any)["en"]},
		"kind": "percent", "op": ">=", "unit": "%", "not_applicable_allowed": false,
		"citation": "1980/QĐ-TTg, Phụ lục, tiêu chí 4, chỉ tiêu 4.2",
		"targets": map[string]any{
			"common": map[string]any{"value": "98", "provenance": "C2",
				"source": "https://www.evn.com.vn/d6/news/Den-nam-2020-tat-ca-so-xa-nong-thon-moi-dat-chuan-tieu-chi-ve-dien-2-10-18976.aspx; https://thukyluat.vn/news/thong-bao-van-ban-moi/ban-hanh-bo-tieu-chi-quoc-gia-xa-nong-thon-moi-giai-doan-2016-2020-19904.html"},
			"TDMNPB": map[string]any{"value": "95", "provenance": "C1",
				"source": "Bắc Kạn 734/QĐ-UBND (2017), một bộ tiêu chí cấp tỉnh; giá trị quốc gia cho TDMNPB có thể khác"},
			"DBSH":  map[string]any{"value": "99", "provenance": "M"},
			"BTB":   map[string]any{"value": "98", "provenance": "M"},
			"DHNTB": map[string]any{"value": "98", "provenance": "M"},
			"TN":    map[string]any{"value": "98", "provenance": "M"},
			"DNB":   map[string]any{"value": "99", "provenance": "M"},
			"DBSCL": map[string]any{"value": "98", "provenance": "C1"},
		},
	}
	if diff := cmp.Diff(want, ind); diff != "" {
		t.Errorf("indicator 4.2 (-want +got):\n%s", diff)
	}
	top := map[string]any{"id": "1980/QĐ-TTg", "level": "ntm", "scope": "national", "issuer": "Thủ tướng Chính phủ",
		"issued": "2016-10-17", "effective": "2016-12-01", "period": map[string]any{"from": 2016.0, "to": 2020.0},
		"supersedes": []any{"491/QĐ-TTg", "342/QĐ-TTg"}, "requires": nil, "content": "complete"}
	for k, v := range top {
		if diff := cmp.Diff(v, got[k]); diff != "" {
			t.Errorf("%s (-want +got):\n%s", k, diff)
		}
	}
	if crit["code"] != "4" || crit["group"] != "II" || crit["agency"] != "Bộ Công Thương" {
		t.Errorf("criterion 4 = %v", crit)
	}
	var s933 map[string]any
	if err := json.Unmarshal(exportJSON(t, QD933()), &s933); err != nil {
		t.Fatal(err)
	}
	if s933["requires"] != "1980/QĐ-TTg" || s933["content"] != "pending-official-text" || s933["level"] != "ntm-nang-cao" {
		t.Errorf("933 identity: requires %v, content %v, level %v", s933["requires"], s933["content"], s933["level"])
	}
	// Pass targets are "true", none targets "0", decimals exact.
	for _, c := range []struct {
		crit, ind int
		want      string
	}{{0, 0, "true"}, {8, 0, "0"}, {14, 2, "21.8"}} {
		ind := got["criteria"].([]any)[c.crit].(map[string]any)["indicators"].([]any)[c.ind].(map[string]any)
		if v := ind["targets"].(map[string]any)["common"].(map[string]any)["value"]; v != c.want {
			t.Errorf("criteria[%d].indicators[%d] common value = %v, want %q", c.crit, c.ind, v, c.want)
		}
	}
}

func TestWriteDefinitions(t *testing.T) {
	var one, many bytes.Buffer
	if err := WriteDefinition(&one, QD933()); err != nil {
		t.Fatal(err)
	}
	if err := WriteDefinitions(&many, []*Set{QD1980(), QD933()}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(one.Bytes(), []byte("{\n  \"id\": \"933/QĐ-UBND\"")) || !bytes.HasPrefix(many.Bytes(), []byte("[\n  {")) {
		t.Errorf("WriteDefinition wrote %.40q, WriteDefinitions wrote %.40q", one.String(), many.String())
	}
	sets, err := ReadDefinitions(&many)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]*Set{QD1980(), QD933()}, sets); diff != "" {
		t.Errorf("array round trip (-want +got):\n%s", diff)
	}
	var empty bytes.Buffer
	if err := WriteDefinitions(&empty, nil); err != nil || empty.String() != "[]\n" {
		t.Errorf("WriteDefinitions(nil) = %q, %v", empty.String(), err)
	}
}

// badDefinitions break minimalDefinition one way each; want lists the paths
// of the problems reported.
var badDefinitions = []struct {
	name  string
	input string
	want  []string
}{
	{"an unknown top-level key is an error", strings.Replace(minimalDefinition, `"id"`, `"extra":1,"id"`, 1), []string{"extra"}},
	{"an unknown indicator key is an error", strings.Replace(minimalDefinition, `"citation":"c1"`, `"citation":"c1","cite":"x"`, 1), []string{"criteria[0].indicators[0].cite"}},
	{"an unknown target key is an error", strings.Replace(minimalDefinition, `"value":"90",`, `"value":"90","valeur":"1",`, 1), []string{"criteria[0].indicators[0].targets.common.valeur"}},
	{"a malformed decimal is an error", strings.Replace(minimalDefinition, `"value":"90"`, `"value":"9O"`, 1), []string{"criteria[0].indicators[0].targets.common.value"}},
	{"a decimal with an exponent is an error", strings.Replace(minimalDefinition, `"value":"85"`, `"value":"8.5e1"`, 1), []string{"criteria[0].indicators[0].targets.TDMNPB.value"}},
	{"a pass target other than true is an error", strings.Replace(minimalDefinition, `"value":"true"`, `"value":"false"`, 1), []string{"criteria[1].indicators[0].targets.common.value"}},
	{"a missing target value is an error", strings.Replace(minimalDefinition, `"value":"85",`, ``, 1), []string{"criteria[0].indicators[0].targets.TDMNPB.value"}},
	{"a missing provenance is an error", strings.Replace(minimalDefinition, `,"provenance":"C1"`, ``, 1), []string{"criteria[0].indicators[0].targets.TDMNPB.provenance"}},
	{"an unknown provenance is an error", strings.Replace(minimalDefinition, `"provenance":"C1"`, `"provenance":"C3"`, 1), []string{"criteria[0].indicators[0].targets.TDMNPB.provenance"}},
	{"a malformed date is an error", strings.Replace(minimalDefinition, `"issued":"2019-01-02"`, `"issued":"2019-13-02"`, 1), []string{"issued"}},
	{"an unknown level is an error", strings.Replace(minimalDefinition, `"level":"ntm"`, `"level":"ntm-pro"`, 1), []string{"level"}},
	{"an unknown content status is an error", strings.Replace(minimalDefinition, `"content":"complete"`, `"content":"draft"`, 1), []string{"content"}},
	{"an unknown kind is an error", strings.Replace(minimalDefinition, `"kind":"percent"`, `"kind":"ratio"`, 1), []string{"criteria[0].indicators[0].kind"}},
	{"an unknown operator is an error", strings.Replace(minimalDefinition, `"op":">="`, `"op":"=>"`, 1), []string{"criteria[0].indicators[0].op"}},
	{"an operator the kind does not admit is an error", strings.Replace(minimalDefinition, `"op":">="`, `"op":"="`, 1), []string{"criteria[0].indicators[0].op"}},
	{"a region with no target and no common target is an error", strings.Replace(minimalDefinition, `"common":{"value":"90","provenance":"M"},`, ``, 1), []string{"criteria[0].indicators[0].targets"}},
	{"an unknown region key is an error", strings.Replace(minimalDefinition, `"TDMNPB":`, `"TDMNPBX":`, 1), []string{"criteria[0].indicators[0].targets.TDMNPBX"}},
	{"a region given twice (in any case) is an error at its second key", strings.Replace(minimalDefinition, `"TDMNPB":`, `"tdmnpb":{"value":"80","provenance":"M"},"TDMNPB":`, 1), []string{"criteria[0].indicators[0].targets.TDMNPB"}},
	{"duplicate criterion codes are an error", strings.Replace(minimalDefinition, `"code":"2","name"`, `"code":"1","name"`, 1), []string{"criteria[1].code"}},
	{"duplicate indicator codes are an error", strings.Replace(minimalDefinition, `"code":"2","text"`, `"code":"1.1","text"`, 1), []string{"criteria[1].indicators[0].code"}},
	{"a year given as a string is an error", strings.Replace(minimalDefinition, `"from":2019`, `"from":"2019"`, 1), []string{"period.from"}},
	{"a fractional year is an error", strings.Replace(minimalDefinition, `"to":2020`, `"to":2020.5`, 1), []string{"period.to"}},
	{"a by_year key must be a year", strings.Replace(minimalDefinition, `"value":"85",`, `"value":"85","by_year":{"20x8":{"value":"80","provenance":"M"}},`, 1), []string{"criteria[0].indicators[0].targets.TDMNPB.by_year.20x8"}},
	{"a by_year year outside the period is an error", strings.Replace(minimalDefinition, `"value":"85",`, `"value":"85","by_year":{"2017":{"value":"80","provenance":"M"}},`, 1), []string{"criteria[0].indicators[0].targets.TDMNPB.by_year.2017"}},
	{"targets must be an object", strings.Replace(minimalDefinition, `"targets":{"common":{"value":"true","provenance":"C2"}}`, `"targets":["true"]`, 1), []string{"criteria[1].indicators[0].targets"}},
	{"a string list must hold strings", strings.Replace(minimalDefinition, `"supersedes":[]`, `"supersedes":[1]`, 1), []string{"supersedes[0]"}},
	{"every problem is reported, sorted by path", strings.Replace(strings.Replace(minimalDefinition, `"kind":"pass"`, `"kind":"bool"`, 1), `"issued":"2019-01-02"`, `"issued":"02/01/2019"`, 1),
		[]string{"criteria[1].indicators[0].kind", "issued"}},
	{"problems in an array carry the index of the set", "[" + minimalDefinition + "," + strings.Replace(minimalDefinition, `"value":"90"`, `"value":""`, 1) + "]",
		[]string{"[1].criteria[0].indicators[0].targets.common.value"}},
	{"an array element must be an object", "[" + minimalDefinition + ",3]", []string{"[1]"}},
	{"an empty array is an error", "[]", []string{""}},
	{"a top-level string is an error", `"1980"`, []string{""}},
	{"malformed JSON is an error", `{"id":`, []string{""}},
	{"empty input is an error", ``, []string{""}},
	{"data after the definition is an error", minimalDefinition + ` {}`, []string{""}},
	{"a target value given twice is an error at its path, not the last value read", strings.Replace(minimalDefinition, `"value":"90",`, `"value":"70","value":"10",`, 1), []string{"criteria[0].indicators[0].targets.common.value"}},
	{"an id given twice is an error", strings.Replace(minimalDefinition, `"id":"1/QĐ-UBND",`, `"id":"1/QĐ-UBND","id":"999/QĐ-NONE",`, 1), []string{"id"}},
	{"a NUL character in a name is an error", strings.Replace(minimalDefinition, `"vi":"Một"`, `"vi":"M\u0000t"`, 1), []string{"criteria[0].name.vi"}},
	{"invalid UTF-8 in a name is an error", strings.Replace(minimalDefinition, `"vi":"Một"`, "\"vi\":\"M\xffx\"", 1), []string{"criteria[0].name.vi"}},
	{"a control character in a key is an error", strings.Replace(minimalDefinition, `"id"`, `"i\u0001d":1,"id"`, 1), []string{"i\x01d", "i\x01d"}},
	{"an issue date in year 0 is an error on reading", strings.Replace(minimalDefinition, `"issued":"2019-01-02"`, `"issued":"0000-01-01"`, 1), []string{"issued"}},
}

func TestReadDefinitionsRejectsBadInput(t *testing.T) {
	for _, tt := range badDefinitions {
		t.Run(tt.name, func(t *testing.T) {
			sets, err := ReadDefinitions(strings.NewReader(tt.input))
			if err == nil {
				t.Fatalf("no error; read %d sets", len(sets))
			}
			if sets != nil {
				t.Errorf("returned sets along with the error")
			}
			if diff := cmp.Diff(tt.want, problemsOf(err)); diff != "" {
				t.Errorf("problem paths (-want +got):\n%s\nerror: %v", diff, err)
			}
			if !strings.HasPrefix(err.Error(), "criteria: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestReadDefinitionsQuotesTheOffendingInput(t *testing.T) {
	_, err := ReadDefinitions(strings.NewReader(strings.Replace(minimalDefinition, `"value":"90"`, `"value":"9O"`, 1)))
	want := `criteria: criteria[0].indicators[0].targets.common.value: want a decimal number such as "98" or "21.8" (got "9O")`
	if err == nil || err.Error() != want {
		t.Errorf("error\n got %v\nwant %s", err, want)
	}
}

func TestUnmarshalJSONRejectsAnArray(t *testing.T) {
	var s Set
	if err := json.Unmarshal([]byte("["+minimalDefinition+"]"), &s); err == nil {
		t.Error("UnmarshalJSON accepted an array")
	}
	if s.ID != "" {
		t.Error("UnmarshalJSON changed the set on error")
	}
}

func TestReadDefinitionsGivesProblemCodes(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  problem.Code
	}{
		{"a key given twice is a duplicate-key problem", strings.Replace(minimalDefinition, `"value":"90",`, `"value":"70","value":"10",`, 1), problem.DuplicateKey},
		{"an unknown key is an unknown-key problem", strings.Replace(minimalDefinition, `"id"`, `"extra":1,"id"`, 1), problem.UnknownKey},
		{"malformed JSON is a syntax problem", `{"id":`, problem.Syntax},
		{"a NUL character is an encoding problem", strings.Replace(minimalDefinition, `"vi":"Một"`, `"vi":"M\u0000t"`, 1), problem.Encoding},
		{"a percentage over 100 is out of range", strings.Replace(minimalDefinition, `"value":"90"`, `"value":"190"`, 1), problem.OutOfRange},
		{"year 0 is out of range", strings.Replace(minimalDefinition, `"issued":"2019-01-02"`, `"issued":"0000-01-01"`, 1), problem.OutOfRange},
		{"a number for a string is a wrong-kind problem", strings.Replace(minimalDefinition, `"scope":"Lạng Sơn"`, `"scope":7`, 1), problem.WrongKind},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadDefinitions(strings.NewReader(tt.input))
			if !errors.Is(err, tt.want) {
				t.Fatalf("errors.Is(err, %s) = false; err: %v", tt.want, err)
			}
			var p *problem.Problem
			if !errors.As(err, &p) || p.Code != tt.want {
				t.Errorf("errors.As found %+v, want a problem with code %s", p, tt.want)
			}
		})
	}
}

func TestReadDefinitionsSyntaxErrorHasLineAndColumn(t *testing.T) {
	_, err := ReadDefinitions(strings.NewReader("[{\"id\": \"Bộ thử\",\n \"title\": {\"vi\": \"Bộ tiêu chí\"} \"x\"}]"))
	var p *problem.Problem
	if !errors.As(err, &p) || p.Code != problem.Syntax || p.Line != 2 || p.Column != "33" {
		t.Errorf("problem %+v (%v), want a syntax problem at line 2, column 33 (in characters)", p, err)
	}
	if want := `criteria: line 2: column 33: invalid JSON: invalid character '"' after object key:value pair`; err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
}

func TestReadDefinitionsAcceptsAByteOrderMark(t *testing.T) {
	if _, err := ReadDefinitions(strings.NewReader("\ufeff" + minimalDefinition)); err != nil {
		t.Error(err)
	}
}

func TestReadDefinitionsBoundsItsMessages(t *testing.T) {
	key := strings.Repeat("k", 60_000)
	number := strings.Repeat("9", 60_000)
	input := strings.Replace(strings.Replace(minimalDefinition, `"id"`, `"`+key+`":1,"id"`, 1), `"value":"90"`, `"value":`+number, 1)
	_, err := ReadDefinitions(strings.NewReader(input))
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 2 {
		t.Errorf("got %d lines, want 2 (one per problem):\n%s", len(lines), err)
	}
	for _, l := range lines {
		if len(l) > 600 {
			t.Errorf("a line of %d bytes: %.300s…", len(l), l)
		}
	}
}

func FuzzReadDefinitions(f *testing.F) {
	f.Add(exportJSON(f, QD1980()))
	f.Add(exportJSON(f, QD933()))
	f.Add(exportJSON(f, QD51of2025()))
	f.Add([]byte(minimalDefinition))
	for _, tt := range badDefinitions {
		f.Add([]byte(tt.input))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sets, err := ReadDefinitions(bytes.NewReader(data))
		if err != nil {
			if sets != nil {
				t.Fatal("sets returned with an error")
			}
			for _, p := range problem.All(err) {
				if !slices.Contains(problem.Codes(), p.Code) {
					t.Errorf("problem %q has code %q", p, p.Code)
				}
			}
			if n := strings.Count(err.Error(), "\n") + 1; n > problem.Max+1 {
				t.Errorf("%d lines, more than the cap", n)
			}
			return
		}
		// Whatever reads without error writes and reads back equal.
		var b bytes.Buffer
		if err := WriteDefinitions(&b, sets); err != nil {
			t.Fatal(err)
		}
		again, err := ReadDefinitions(&b)
		if err != nil {
			t.Fatalf("re-reading what was written: %v\n%s", err, b.String())
		}
		if diff := cmp.Diff(sets, again); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

// TestSetValueMarshalsAsDefinition: a Set marshals to the definition JSON
// whether it is given by pointer or by value (a Set held in a caller's
// struct), and a nil *Set to null.
func TestSetValueMarshalsAsDefinition(t *testing.T) {
	s := QD1980()
	byPtr, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	byValue, err := json.Marshal(struct{ Set Set }{*s})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"Set":` + string(byPtr) + `}`; string(byValue) != want {
		t.Errorf("a Set by value marshals differently from by pointer:\n%.200s\n%.200s", byValue, want)
	}
	if !bytes.Contains(byPtr, []byte(`"id":"1980/QĐ-TTg"`)) {
		t.Errorf("not the definition JSON: %.200s", byPtr)
	}
	if b, err := json.Marshal((*Set)(nil)); err != nil || string(b) != "null" {
		t.Errorf("nil *Set = %s, %v; want null", b, err)
	}
}

// TestAnUnknownCodeIsTheProblemsInput: a code of no value of its enum
// (level, content, kind, op, provenance, columns) is the problem's Input,
// for a service that answers problems as JSON, and the message quotes it
// once.
func TestAnUnknownCodeIsTheProblemsInput(t *testing.T) {
	for _, tt := range []struct {
		old, new, path, en, vi string
	}{
		{`"level":"ntm"`, `"level":"ntm-pro"`, "level",
			`level: unknown level (want one of ntm, ntm-nang-cao, ntm-kieu-mau) (got "ntm-pro")`,
			`level: không có level này (cần một trong: ntm, ntm-nang-cao, ntm-kieu-mau) (giá trị "ntm-pro")`},
		{`"op":">="`, `"op":"=>"`, "criteria[0].indicators[0].op",
			`criteria[0].indicators[0].op: unknown op (want one of =, none, >=, <=) (got "=>")`, ""},
		{`"level":"ntm"`, `"level":"ntm","columns":"district"`, "columns",
			`columns: unknown columns (want region or group) (got "district")`,
			`columns: giá trị của khóa "columns" không hợp lệ (cần region hoặc group) (giá trị "district")`},
	} {
		_, err := ReadDefinitions(strings.NewReader(strings.Replace(minimalDefinition, tt.old, tt.new, 1)))
		var p *problem.Problem
		if !errors.As(err, &p) {
			t.Fatalf("%s: %v: not a problem", tt.new, err)
		}
		if p.Code != problem.WrongKind || p.Path != tt.path || p.Input == "" || !strings.Contains(tt.new, `"`+p.Input+`"`) {
			t.Errorf("%s: problem {Code %q, Path %q, Input %q}", tt.new, p.Code, p.Path, p.Input)
		}
		if got := p.Message(problem.EN); got != tt.en {
			t.Errorf("%s:\n got %s\nwant %s", tt.new, got, tt.en)
		}
		if got := p.Message(problem.VI); tt.vi != "" && got != tt.vi {
			t.Errorf("%s:\n got %s\nwant %s", tt.new, got, tt.vi)
		}
	}
}

// TestWriteDefinitionOfANilSetIsAnError: a nil set has no definition to
// write; WriteDefinition says so, with the problem Validate gives it
// (code invalid), and writes nothing, never "null".
func TestWriteDefinitionOfANilSetIsAnError(t *testing.T) {
	var b bytes.Buffer
	err := WriteDefinition(&b, nil)
	var fe *FieldError
	if !errors.Is(err, problem.Invalid) || !errors.As(err, &fe) {
		t.Errorf("WriteDefinition(nil) = %v, want a FieldError of code invalid", err)
	}
	if v := Validate(nil); err == nil || err.Error() != v.Error() {
		t.Errorf("WriteDefinition(nil) = %v, want Validate(nil)'s %q", err, v)
	}
	if b.Len() != 0 {
		t.Errorf("wrote %q, want nothing", b.String())
	}
}

// TestWriteDefinitionsWithANilSetIsAnError: a nil set among the sets is
// an error at its index and nothing is written, never a "null" in the
// array.
func TestWriteDefinitionsWithANilSetIsAnError(t *testing.T) {
	var b bytes.Buffer
	err := WriteDefinitions(&b, []*Set{QD1980(), nil, QD933(), nil})
	if !errors.Is(err, problem.Invalid) || err == nil || !strings.Contains(err.Error(), "[1]: nil set") || !strings.Contains(err.Error(), "[3]: nil set") {
		t.Errorf("WriteDefinitions with nil sets = %v, want invalid at [1] and [3]", err)
	}
	if b.Len() != 0 {
		t.Errorf("wrote %d bytes, want nothing", b.Len())
	}
}
