package criteria

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// readFixture51 reads testdata/51-2025-test-fixture.json: 51/2025/QĐ-TTg
// with criterion 1 filled with INVENTED test indicators and values (not
// the law), as the official table would be loaded.
func readFixture51(t *testing.T) *Set {
	t.Helper()
	b, err := os.ReadFile("testdata/51-2025-test-fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	sets, err := ReadDefinitions(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return sets[0]
}

func TestGroupSetRoundTrips(t *testing.T) {
	for _, s := range []*Set{QD51of2025(), readFixture51(t)} {
		var b bytes.Buffer
		if err := WriteDefinition(&b, s); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{`"columns": "group"`, `"groups": [`, `"code": "3"`} {
			if !strings.Contains(b.String(), want) {
				t.Errorf("%s: the definition lacks %s", s.Title.VI, want)
			}
		}
		back, err := ReadDefinitions(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(s, back[0]); diff != "" {
			t.Errorf("%s: read back differs (-want +got):\n%s", s.Title.VI, diff)
		}
		var again bytes.Buffer
		if err := WriteDefinition(&again, back[0]); err != nil {
			t.Fatal(err)
		}
		if again.String() != b.String() {
			t.Errorf("%s: written twice, the JSON differs", s.Title.VI)
		}
	}
}

func TestRegionSetsHaveNoColumnsKey(t *testing.T) {
	for _, s := range []*Set{QD1980(), QD933(), QD318NTM(), QD318Enhanced(), QD319()} {
		b, err := s.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(`"columns"`)) || bytes.Contains(b, []byte(`"groups"`)) {
			t.Errorf("%s: a region set writes columns or commune groups", s.ID)
		}
	}
}

func TestResolveColumn(t *testing.T) {
	s := readFixture51(t)
	ind, _, ok := s.Indicator("1.2")
	if !ok {
		t.Fatal("the fixture has no indicator 1.2")
	}
	tests := []struct {
		name   string
		col    Column
		want   string
		common bool
		err    bool
	}{
		{"group 3 has its own invented target", GroupColumn("3"), "70", false, false},
		{"group 1 has its own invented target", GroupColumn("1"), "90", false, false},
		{"an unknown group with no common target has none", GroupColumn("4"), "0", false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := ind.ResolveColumn(tc.col, 2026)
			if (err != nil) != tc.err {
				t.Fatalf("err = %v, want error %v", err, tc.err)
			}
			if r.Value.String() != tc.want || r.FromCommon != tc.common {
				t.Errorf("got %s (common %v), want %s (common %v)", r.Value, r.FromCommon, tc.want, tc.common)
			}
		})
	}
	slot, _, _ := s.Indicator("2")
	if r, err := slot.ResolveColumn(GroupColumn("2"), 2026); err != nil || !r.FromCommon {
		t.Errorf("a pending slot resolves to its common target for every group: %v, %v", r, err)
	}
	if got := s.Column(TDMNPB, "3"); got != GroupColumn("3") {
		t.Errorf("a group set's column ignores the region: %v", got)
	}
	if got := QD1980().Column(TDMNPB, "3"); got != RegionColumn(TDMNPB) {
		t.Errorf("a region set's column ignores the group: %v", got)
	}
}

func TestGroupSetValidation(t *testing.T) {
	tests := []struct {
		name   string
		change func(s *Set)
		want   string
	}{
		{"a group set without groups", func(s *Set) { s.CommuneGroups = nil }, "groups: a group set must list its commune groups"},
		{"a target for an undeclared group", func(s *Set) {
			s.Criteria[0].Indicators[0].ByGroup = map[string]Target{"9": {Provenance: C1}}
		}, "criteria[0].indicators[0].targets.9: names no commune group of the set"},
		{"a regional target in a group set", func(s *Set) {
			s.Criteria[0].Indicators[0].Regional = map[Region]Target{TDMNPB: {Provenance: C1}}
		}, "a group set has no regional targets"},
		{"a group without target and no common one", func(s *Set) {
			s.Criteria[0].Indicators[0].Common = nil
			s.Criteria[0].Indicators[0].ByGroup = map[string]Target{"1": {Provenance: C1}}
		}, "commune group(s) 2, 3 have no target"},
		{"commune groups in a region set", func(s *Set) { s.Columns = ColumnsRegion }, "columns: a region set has no commune groups"},
		{"a duplicate group code", func(s *Set) { s.CommuneGroups[1].Code = "1" }, "groups[1].code: must be present, unique"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := QD51of2025()
			tc.change(s)
			err := Validate(s)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Validate = %v, want a problem containing %q", err, tc.want)
			}
		})
	}
}

func TestReadGroupSetErrors(t *testing.T) {
	b, err := QD51of2025().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, from, to, want string }{
		{"an unknown columns value", `"columns":"group"`, `"columns":"district"`, "columns: unknown columns"},
		{"commune groups in a region set", `"columns":"group"`, `"columns":"region"`, `groups: commune groups need "columns": "group"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.Replace(string(b), tc.from, tc.to, 1)
			_, err := ReadDefinitions(strings.NewReader(in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestOldRegionSetDefinitionsStillLoad: a region set written before
// criterion groups were written as criterion_groups (and without
// "columns") lists them as groups; it reads back as the same set.
func TestOldRegionSetDefinitionsStillLoad(t *testing.T) {
	s := QD1980()
	b, err := s.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	old := strings.Replace(string(b), `"criterion_groups":`, `"groups":`, 1)
	if old == string(b) {
		t.Fatal("1980/QĐ-TTg has no criterion_groups to write the old way")
	}
	got, err := ReadDefinitions(strings.NewReader(old))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s.CriterionGroups, got[0].CriterionGroups); diff != "" {
		t.Errorf("criterion groups (-want +got):\n%s", diff)
	}
	twice := strings.Replace(string(b), `"criterion_groups":`, `"groups": [{"code": "I"}], "criterion_groups":`, 1)
	if _, err := ReadDefinitions(strings.NewReader(twice)); err == nil || !strings.Contains(err.Error(), `groups: commune groups need "columns": "group"`) {
		t.Errorf("groups beside criterion_groups in a region set: err = %v", err)
	}
}
