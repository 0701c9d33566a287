package criteria

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// illustrativeProfile is a made-up Lạng Sơn specification of 1980/QĐ-TTg:
// số liệu minh họa (illustrative values), not a real decision.
func illustrativeProfile() Profile {
	d := decimal.RequireFromString
	cite := "Hồ sơ minh họa (số liệu minh họa), không phải văn bản thật"
	return Profile{
		ID:     "MINH-HOA/QĐ-UBND",
		Scope:  "Lạng Sơn",
		Issuer: "UBND tỉnh Lạng Sơn (minh họa)",
		Issued: date(2017, time.March, 1),
		Changes: []Change{
			{Indicator: "10", Year: 2018, Value: d("29.5"), Provenance: M, Citation: cite + ", thu nhập 2018"},
			{Indicator: "4.2", Value: d("97"), Provenance: M, Citation: cite + ", điện"},
			{Indicator: "2.2", Kind: KindPercent, Op: OpGE, Unit: "%", Value: d("70"), Provenance: M, Citation: cite + ", giao thông"},
		},
	}
}

func TestDeriveAppliesAProvincialProfile(t *testing.T) {
	national := QD1980()
	p := illustrativeProfile()
	derived, err := national.Derive(p)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(QD1980(), national); diff != "" {
		t.Errorf("Derive changed the original (-want +got):\n%s", diff)
	}
	type got struct {
		Value        string
		Provenance   Provenance
		Source       string
		YearFallback bool
		Op           Op
	}
	resolve := func(s *Set, code string, year int) got {
		ind, _, ok := s.Indicator(code)
		if !ok {
			t.Fatalf("no indicator %s", code)
		}
		r, err := ind.Resolve(TDMNPB, year)
		if err != nil {
			t.Fatal(err)
		}
		return got{r.Value.String(), r.Provenance, r.Source, r.YearFallback, r.Op}
	}
	tests := []struct {
		name string
		code string
		year int
		want got
	}{
		{"a yearly value of criterion 10 applies to its year", "10", 2018, got{"29.5", M, p.Changes[0].Citation, false, OpGE}},
		{"other years of criterion 10 still fall back to 2020", "10", 2019, got{"36", C2, "", true, OpGE}},
		{"a stricter share replaces the region's target", "4.2", 2020, got{"97", M, p.Changes[1].Citation, false, OpGE}},
		{"a pass indicator specified as a percentage becomes one", "2.2", 2020, got{"70", M, p.Changes[2].Citation, false, OpGE}},
		{"untouched indicators keep the national target", "5", 2020, got{"70", M, "", false, OpGE}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, resolve(derived, tt.code, tt.year)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	if derived.ID != p.ID || derived.Scope != "Lạng Sơn" || derived.Level != national.Level || !derived.Effective.Equal(p.Issued) {
		t.Errorf("identity: %s %s %v %v", derived.ID, derived.Scope, derived.Level, derived.Effective)
	}
	var b bytes.Buffer
	if err := WriteDefinition(&b, derived); err != nil {
		t.Fatal(err)
	}
	back, err := ReadDefinitions(&b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(derived, back[0]); diff != "" {
		t.Errorf("the derived set does not round-trip (-want +got):\n%s", diff)
	}
}

func TestDeriveRefusesBadProfiles(t *testing.T) {
	d := decimal.RequireFromString
	tests := []struct {
		name   string
		change func(p *Profile)
		want   []string
		substr string
	}{
		{"the derived set needs its own ID", func(p *Profile) { p.ID = "1980/QD-TTg" }, []string{"id"}, "other than"},
		{"the scope must be a province", func(p *Profile) { p.Scope = "Đông Bắc" }, []string{"scope"}, "province"},
		{"a profile changes something", func(p *Profile) { p.Changes = nil }, []string{"changes"}, "at least one"},
		{"an unknown indicator is refused", func(p *Profile) { p.Changes[1].Indicator = "4.9" }, []string{"changes[1].indicator"}, "no such indicator"},
		{"every change cites its source", func(p *Profile) { p.Changes[0].Citation = "" }, []string{"changes[0].citation"}, "cite"},
		{"every change has a provenance", func(p *Profile) { p.Changes[1].Provenance = 0 }, []string{"changes[1].provenance"}, "C2, C1 or M"},
		{"a looser share is refused", func(p *Profile) { p.Changes[1].Value = d("94.9") }, []string{"changes[1].value"}, "loosens"},
		{"a higher upper bound is refused", func(p *Profile) {
			p.Changes[1] = Change{Indicator: "11", Value: d("12.5"), Provenance: M, Citation: "x"}
		}, []string{"changes[1].value"}, "loosens"},
		{"a pass indicator is only specified by a change of kind", func(p *Profile) { p.Changes[2].Kind = 0 }, []string{"changes[2].value"}, "change of kind"},
		{"a change of kind needs a fitting operator", func(p *Profile) { p.Changes[2].Op = OpNone }, []string{"changes[2].op"}, "does not fit"},
		{"a yearly value outside the period is refused by validation", func(p *Profile) { p.Changes[0].Year = 2021 }, []string{"criteria[9].indicators[0].targets.TDMNPB.by_year.2021"}, "outside"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := illustrativeProfile()
			tt.change(&p)
			s, err := QD1980().Derive(p)
			if err == nil {
				t.Fatalf("no error; derived %s", s.ID)
			}
			if diff := cmp.Diff(tt.want, problemsOf(err)); diff != "" {
				t.Errorf("problem paths (-want +got):\n%s\nerror: %v", diff, err)
			}
			if !strings.Contains(err.Error(), tt.substr) {
				t.Errorf("error %q lacks %q", err, tt.substr)
			}
		})
	}
}
