package evaluate

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
)

// attested returns a value true (or false) for every indicator of set: the
// attestation of each criterion slot of a set pending the official text.
func attested(set *criteria.Set, met bool) map[string]Value {
	vals := map[string]Value{}
	for _, ind := range set.Indicators() {
		vals[ind.Code] = Bool(met)
	}
	return vals
}

func TestPrerequisiteSettledElsewhere(t *testing.T) {
	elsewhere := func(st Status) []Prerequisite {
		return []Prerequisite{{Set: "1980", Status: st, Basis: BasisEvaluated, Content: criteria.ContentComplete,
			Origin: "so-lieu.xlsx: NTM!2:2"}}
	}
	tests := []struct {
		name       string
		a          *Assessment
		want       *Prerequisite
		wantStatus Status
	}{
		{"933 without 1980 values takes the outcome settled from another assessment, under the canonical ID, with its origin",
			&Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD933: attested933(true)},
				Prerequisites: elsewhere(StatusNotMet)},
			&Prerequisite{Set: criteria.IDQD1980, Status: StatusNotMet, Basis: BasisEvaluated, Content: criteria.ContentComplete,
				Origin: "so-lieu.xlsx: NTM!2:2"}, StatusNotMet},
		{"a met outcome settled elsewhere lets 14/14 meet 933",
			&Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD933: attested933(true)},
				Prerequisites: elsewhere(StatusMet)},
			&Prerequisite{Set: criteria.IDQD1980, Status: StatusMet, Basis: BasisEvaluated, Content: criteria.ContentComplete,
				Origin: "so-lieu.xlsx: NTM!2:2"}, StatusMet},
		{"the assessment's own 1980 values take precedence over an outcome settled elsewhere",
			&Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{
				criteria.IDQD1980: allMet(), criteria.IDQD933: attested933(true)},
				Prerequisites: elsewhere(StatusNotMet)},
			&Prerequisite{Set: criteria.IDQD1980, Status: StatusMet, Basis: BasisEvaluated, Content: criteria.ContentComplete}, StatusMet},
		{"the assessment's own recognition takes precedence over an outcome settled elsewhere",
			&Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD933: attested933(true)},
				Recognitions:  []Recognition{{Set: criteria.IDQD1980, Year: 2018, Decision: "2165/QĐ-UBND"}},
				Prerequisites: elsewhere(StatusNotMet)},
			&Prerequisite{Set: criteria.IDQD1980, Status: StatusMet, Basis: BasisRecognition, Decision: "2165/QĐ-UBND", Year: 2018}, StatusMet},
		{"an outcome for another set is not used",
			&Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD933: attested933(true)},
				Prerequisites: []Prerequisite{{Set: criteria.IDQD318NTM, Status: StatusMet, Basis: BasisEvaluated}}},
			&Prerequisite{Set: criteria.IDQD1980, Status: StatusMissing, Basis: BasisRecognition}, StatusMissing},
		{"of two outcomes for the required set, the first is used",
			&Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD933: attested933(true)},
				Prerequisites: append(elsewhere(StatusNotMet), Prerequisite{Set: criteria.IDQD1980, Status: StatusMet, Basis: BasisEvaluated})},
			&Prerequisite{Set: criteria.IDQD1980, Status: StatusNotMet, Basis: BasisEvaluated, Content: criteria.ContentComplete,
				Origin: "so-lieu.xlsx: NTM!2:2"}, StatusNotMet},
		{"an outcome without a valid status is ignored, never taken for met",
			&Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD933: attested933(true)},
				Prerequisites: []Prerequisite{{Set: criteria.IDQD1980, Basis: BasisEvaluated}, {Set: criteria.IDQD1980, Status: StatusNotApplicable}}},
			&Prerequisite{Set: criteria.IDQD1980, Status: StatusMissing, Basis: BasisRecognition}, StatusMissing},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Run(criteria.QD933(), tc.a)
			if diff := cmp.Diff(tc.want, r.Prerequisite); diff != "" {
				t.Errorf("prerequisite (-want +got):\n%s", diff)
			}
			if r.Status != tc.wantStatus {
				t.Errorf("set status %s, want %s", r.Status, tc.wantStatus)
			}
		})
	}
}

// TestPrerequisiteSettledElsewhereDownTheChain: 319/QĐ-TTg requires
// 318/QĐ-TTg/II, which requires 318/QĐ-TTg/I. An assessment with 319 and
// 318/II values but none for 318/I evaluates 318/II from its own values,
// and 318/II's prerequisite from the outcome settled elsewhere.
func TestPrerequisiteSettledElsewhereDownTheChain(t *testing.T) {
	for _, st := range []Status{StatusMet, StatusNotMet} {
		a := &Assessment{Region: criteria.TDMNPB, Year: 2024, Values: map[string]map[string]Value{
			criteria.IDQD319:         attested(criteria.QD319(), true),
			criteria.IDQD318Enhanced: attested(criteria.QD318Enhanced(), true)},
			Prerequisites: []Prerequisite{{Set: criteria.IDQD318NTM, Status: st, Basis: BasisEvaluated,
				Content: criteria.ContentPendingOfficialText, Origin: "a.json:9"}}}
		r := Run(criteria.QD319(), a)
		want := &Prerequisite{Set: criteria.IDQD318Enhanced, Status: st, Basis: BasisEvaluated, Content: criteria.ContentPendingOfficialText}
		if diff := cmp.Diff(want, r.Prerequisite); diff != "" {
			t.Errorf("318/I %s elsewhere: prerequisite (-want +got):\n%s", st, diff)
		}
	}
}

// TestPrerequisiteOriginIsWritten: a prerequisite evaluated from another
// assessment names it: "origin" in JSON, its place on the prerequisite's
// line in text and Markdown (Vietnamese and English).
func TestPrerequisiteOriginIsWritten(t *testing.T) {
	a := &Assessment{Commune: Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"}, Region: criteria.TDMNPB, Year: 2020,
		Values:        map[string]map[string]Value{criteria.IDQD933: attested933(true)},
		Prerequisites: []Prerequisite{{Set: criteria.IDQD1980, Status: StatusNotMet, Basis: BasisEvaluated, Content: criteria.ContentComplete, Origin: "so-lieu.xlsx: NTM!7:7"}}}
	r := Run(criteria.QD933(), a)
	js, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if want := `"prerequisite": {"set": "1980/QĐ-TTg", "status": "not-met", "basis": "evaluated", "content": "complete", "origin": "so-lieu.xlsx: NTM!7:7"}`; !strings.Contains(string(js), want) {
		t.Errorf("JSON lacks %s:\n%s", want, js)
	}
	for _, tc := range []struct {
		format, lang, want string
	}{
		{"text", "vi", "\nĐiều kiện tiên quyết: 1980/QĐ-TTg — Chưa đạt (theo kết quả đánh giá số liệu ở so-lieu.xlsx: NTM!7:7)\n"},
		{"text", "en", "\nPrerequisite: 1980/QĐ-TTg — Not met (evaluated from the assessment at so-lieu.xlsx: NTM!7:7)\n"},
		{"markdown", "vi", "**Điều kiện tiên quyết:** 1980/QĐ-TTg — Chưa đạt (theo kết quả đánh giá số liệu ở so-lieu.xlsx: NTM!7:7)"},
	} {
		var b bytes.Buffer
		if err := Write(&b, []Report{r}, RenderOptions{Format: tc.format, Lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tc.want) {
			t.Errorf("%s %s: no %q in:\n%s", tc.format, tc.lang, tc.want, b.String())
		}
	}
}
