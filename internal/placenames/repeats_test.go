package placenames

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/placekey"
)

// TestRepeats: the reports of one commune, set and year, however its
// names are spelt (alike, or once without diacritics, first or later), are
// each a repeat of the first read, in the order read, their places given
// back as read whatever their form; other sets, years and communes, and a
// name without diacritics that may be two, are none.
func TestRepeats(t *testing.T) {
	hoaLac := placekey.Place{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}
	ascii := placekey.Place{Name: "Hoa Lac", District: "Huu Lung", Province: "Lang Son"}
	tanThanh := placekey.Place{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"}
	nhatTien := placekey.Place{Name: "Nhật Tiến", Province: "Lạng Sơn"}
	nhatTien2 := placekey.Place{Name: "Nhất Tiến", Province: "Lạng Sơn"}
	nhat := placekey.Place{Name: "Nhat Tien", Province: "Lạng Sơn"}
	reads := []struct {
		p      placekey.Place
		set    string
		year   int
		origin string
	}{
		{ascii, "1980/QĐ-TTg", 2020, "a.csv:2"},
		{tanThanh, "1980/QĐ-TTg", 2020, "a.csv:5"},
		{hoaLac, "1980/QĐ-TTg", 2019, "a.csv:8"},
		{hoaLac, "933/QĐ-UBND", 2020, "a.xlsx: NTM!7:7"},
		{hoaLac, "1980/QĐ-TTg", 2020, "b.json[3]"},
		{hoaLac, "1980/QĐ-TTg", 2020, "-"},
		{ascii, "1980/QĐ-TTg", 2019, "c.csv:9"},
		{nhatTien, "1980/QĐ-TTg", 2020, "d.csv:2"},
		{nhatTien2, "1980/QĐ-TTg", 2020, "d.csv:3"},
		{nhat, "1980/QĐ-TTg", 2020, "d.csv:4"},
	}
	s := NewRepeats(New())
	for _, r := range reads {
		s.Add(&evaluate.Report{Commune: CommuneOf(r.p), Set: r.set, Year: r.year, Origin: r.origin})
	}
	s.Names().Settle()
	want := []Repeat{
		{Second: "b.json[3]", First: "a.csv:2", SecondPlace: hoaLac, FirstPlace: ascii, Set: "1980/QĐ-TTg", Year: 2020},
		{Second: "-", First: "a.csv:2", SecondPlace: hoaLac, FirstPlace: ascii, Set: "1980/QĐ-TTg", Year: 2020},
		{Second: "c.csv:9", First: "a.csv:8", SecondPlace: ascii, FirstPlace: hoaLac, Set: "1980/QĐ-TTg", Year: 2019},
	}
	if d := cmp.Diff(want, s.Repeats()); d != "" {
		t.Errorf("repeats (-want +got):\n%s", d)
	}
}

// TestToldRepeatsAreNotWarnings: a pair of assessments a problem names
// (Told, its places in either order) has no warning; the other repeats
// of the commune, and the same pair for another set or year, keep theirs.
func TestToldRepeatsAreNotWarnings(t *testing.T) {
	tanThanh := CommuneOf(placekey.Place{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"})
	s := NewRepeats(New())
	for _, origin := range []string{"a.json:2", "a.json:3", "a.json:4"} {
		s.Add(&evaluate.Report{Commune: tanThanh, Set: "1980/QĐ-TTg", Year: 2020, Origin: origin})
	}
	s.Told("a.json:3", "a.json:2", "1980/QĐ-TTg", 2020)
	s.Told("a.json:2", "a.json:4", "1980/QĐ-TTg", 2019)
	s.Names().Settle()
	var got []string
	for _, w := range s.Warnings("en") {
		got = append(got, w.Origin)
	}
	if d := cmp.Diff([]string{"a.json:4"}, got); d != "" {
		t.Errorf("warnings at (-want +got):\n%s", d)
	}
}
