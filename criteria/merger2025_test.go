package criteria

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMergersPinnedToSources pins the mergers of Nghị quyết 202/2025/QH15
// to testdata/provinces-2025.tsv, which cites the sources of every row: the
// same mergers in the same order with the same provenance, every former
// province of provinces.tsv in exactly one of the 34 provinces, and every
// C2 row backed by two sources or more.
func TestMergersPinnedToSources(t *testing.T) {
	rows := readTSV(t, "provinces-2025.tsv", "province former confidence sources")
	if len(rows) != 34 {
		t.Fatalf("provinces-2025.tsv has %d rows, want 34", len(rows))
	}
	seen := map[string]string{}
	var merged []Merger
	for _, r := range rows {
		name, conf := r.f[0], r.f[2]
		former := strings.Split(r.f[1], ", ")
		if former[0] != name {
			t.Errorf("line %d: %s: first former province %q, want the province's own name", r.line, name, former[0])
		}
		for _, f := range former {
			p, ok := LookupProvince(f)
			if !ok || p.Name != f {
				t.Errorf("line %d: %q is not a province of provinces.tsv as written", r.line, f)
			}
			if prev, dup := seen[f]; dup {
				t.Errorf("line %d: %s is in %s and in %s", r.line, f, prev, name)
			}
			seen[f] = name
		}
		sources := strings.Fields(r.f[3])
		if conf == "C2" && len(sources) < 2 {
			t.Errorf("line %d: %s is C2 with sources %q", r.line, name, r.f[3])
		}
		if conf != "C2" && conf != "C1" {
			t.Errorf("line %d: %s: confidence %q, want C2 or C1 (never M)", r.line, name, conf)
		}
		m, ok := LookupMerger(name)
		if len(former) == 1 {
			if ok {
				t.Errorf("%s: LookupMerger = %v, want not merged", name, m)
			}
			continue
		}
		var prov Provenance
		if err := prov.UnmarshalText([]byte(conf)); err != nil {
			t.Fatalf("line %d: %v", r.line, err)
		}
		merged = append(merged, Merger{Name: name, Former: former, Provenance: prov})
	}
	if len(seen) != len(provinceTable) {
		t.Errorf("the 34 provinces cover %d former provinces, want %d", len(seen), len(provinceTable))
	}
	var got []Merger
	for _, row := range mergerTable {
		m, ok := LookupMerger(row.former[0])
		if !ok {
			t.Fatalf("LookupMerger(%q) not found", row.former[0])
		}
		got = append(got, m)
	}
	if diff := cmp.Diff(merged, got); diff != "" {
		t.Errorf("mergers differ from provinces-2025.tsv (-tsv +code):\n%s", diff)
	}
}

// TestMergersAcrossRegions pins which provinces of 1/7/2025 were formed
// from former provinces of more than one region: the reported cases.
func TestMergersAcrossRegions(t *testing.T) {
	var got []string
	for _, row := range mergerTable {
		own, _ := LookupProvince(row.former[0])
		for _, f := range row.former[1:] {
			if p, _ := LookupProvince(f); p.Region != own.Region {
				got = append(got, row.former[0]+"/"+f+":"+p.Region.String())
			}
		}
	}
	want := []string{"Phú Thọ/Vĩnh Phúc:DBSH", "Bắc Ninh/Bắc Giang:TDMNPB", "Quảng Ngãi/Kon Tum:TN",
		"Gia Lai/Bình Định:DHNTB", "Lâm Đồng/Bình Thuận:DHNTB", "Đắk Lắk/Phú Yên:DHNTB", "Tây Ninh/Long An:DBSCL"}
	if !slices.Equal(got, want) {
		t.Errorf("cross-region mergers = %q, want %q", got, want)
	}
}

func TestLookupMerger(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"Tây Ninh", []string{"Tây Ninh", "Long An"}},
		{"tinh tay ninh", []string{"Tây Ninh", "Long An"}},
		{"TP HCM", []string{"Thành phố Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"}},
		{"Long An", nil},
		{"Nghệ An", nil},
		{"Lạng Sơn", nil},
		{"Atlantis", nil},
	} {
		m, ok := LookupMerger(tc.name)
		if ok != (tc.want != nil) || !slices.Equal(m.Former, tc.want) {
			t.Errorf("LookupMerger(%q) = %v, %v; want %q", tc.name, m, ok, tc.want)
		}
	}
	m, _ := LookupMerger("Tây Ninh")
	m.Former[1] = "changed"
	if again, _ := LookupMerger("Tây Ninh"); again.Former[1] != "Long An" {
		t.Error("LookupMerger returns the table's own slice")
	}
}
