package placenames

import (
	"strconv"
	"strings"
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

// TestRepeatsOfNamesReadLate: after many communes written with
// diacritics, each once, a name without diacritics of one of them, a name
// that differs from one only in diacritics, or the same spelling again,
// read last, is still warned of; without them there is no warning. An
// origin whose number is written with a leading zero is given back as
// written.
func TestRepeatsOfNamesReadLate(t *testing.T) {
	many := func(s *Repeats) {
		for i := range 500 {
			c := evaluate.Commune{Name: "Xã minh họa " + strconv.Itoa(i), District: "Hữu Lũng", Province: "Lạng Sơn"}
			s.Add(&evaluate.Report{Commune: c, Set: "1980/QĐ-TTg", Year: 2020, Origin: "a.json[" + strconv.Itoa(i) + "]"})
		}
	}
	for _, tc := range []struct {
		name string
		last placekey.Place
		want []string // the warnings' origins and the start of their text
	}{
		{"none", placekey.Place{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"}, nil},
		{"the same spelling", placekey.Place{Name: "Xã minh họa 7", District: "Hữu Lũng", Province: "Lạng Sơn"},
			[]string{`b.csv:07: "Xã minh họa 7" (Hữu Lũng, Lạng Sơn) is assessed again`}},
		{"without diacritics", placekey.Place{Name: "Xa minh hoa 7", District: "Huu Lung", Province: "Lang Son"},
			[]string{`b.csv:07: commune "Xa minh hoa 7" (Huu Lung, Lang Son) is assessed again`}},
		{"a district without diacritics", placekey.Place{Name: "Xã minh họa 7", District: "Huu Lung", Province: "Lạng Sơn"},
			[]string{`b.csv:07: "Xã minh họa 7" (Huu Lung, Lạng Sơn) is assessed again`}},
		{"only in diacritics", placekey.Place{Name: "Xã minh hóa 7", District: "Hữu Lũng", Province: "Lạng Sơn"},
			[]string{`b.csv:07: "Xã minh hóa 7" (Hữu Lũng, Lạng Sơn) differs from "Xã minh họa 7" (a.json[7]) only in diacritics`}},
		{"a district only in diacritics", placekey.Place{Name: "Tân Thành", District: "Hữu Lủng", Province: "Lạng Sơn"},
			[]string{`b.csv:07: district "Hữu Lủng" (Lạng Sơn) differs from district "Hữu Lũng" (a.json[0]) only in diacritics`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := NewRepeats(New())
			many(s)
			s.Add(&evaluate.Report{Commune: CommuneOf(tc.last), Set: "1980/QĐ-TTg", Year: 2020, Origin: "b.csv:07"})
			s.Names().Settle()
			var got []string
			for i, w := range s.Warnings("en") {
				if i < len(tc.want) && strings.HasPrefix(w.String(), tc.want[i]) {
					got = append(got, tc.want[i])
				} else {
					got = append(got, w.String())
				}
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("warnings (-want +got):\n%s", d)
			}
		})
	}
}

// TestRepeatsWithoutDistricts: from 2026 a commune whose name is written
// without diacritics beside a former district is a repeat of the commune
// of its province without a district read first; in 2025 the district
// keeps them apart.
func TestRepeatsWithoutDistricts(t *testing.T) {
	tanThanh := placekey.Place{Name: "Tân Thành", Province: "Lạng Sơn"}
	ascii := placekey.Place{Name: "Tan Thanh", District: "Huu Lung", Province: "Lang Son"}
	s := NewRepeats(New())
	for _, r := range []struct {
		p      placekey.Place
		year   int
		origin string
	}{
		{tanThanh, 2025, "a.csv:2"},
		{tanThanh, 2026, "a.csv:3"},
		{ascii, 2025, "b.csv:2"},
		{ascii, 2026, "b.csv:3"},
	} {
		s.Add(&evaluate.Report{Commune: CommuneOf(r.p), Set: "1980/QĐ-TTg", Year: r.year, Origin: r.origin})
	}
	s.Names().Settle()
	want := []Repeat{
		{Second: "b.csv:3", First: "a.csv:3", SecondPlace: ascii, FirstPlace: tanThanh, Set: "1980/QĐ-TTg", Year: 2026},
	}
	if d := cmp.Diff(want, s.Repeats()); d != "" {
		t.Errorf("repeats (-want +got):\n%s", d)
	}
}
