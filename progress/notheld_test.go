package progress_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/progress"
)

// notHeldReports are reports (số liệu minh họa) of two communes of Nghệ
// An against two sets, one of Hà Nội and one of Lạng Sơn: the registry of
// units holds Lạng Sơn's units only.
func notHeldReports() []evaluate.Report {
	set := criteria.QD51of2025()
	mk := func(name, district, province string, year int, setID string) evaluate.Report {
		r := evaluate.Run(set, &evaluate.Assessment{Commune: evaluate.Commune{Name: name, District: district, Province: province},
			Group: "2", Year: year, Values: map[string]map[string]evaluate.Value{set.ID: {"1": evaluate.Bool(true)}}})
		r.Set = setID
		return r
	}
	return []evaluate.Report{
		mk("Nghĩa Đồng", "", "Nghệ An", 2026, set.ID), mk("Diễn Kỷ", "", "Nghệ An", 2026, set.ID),
		mk("Nghĩa Đồng", "", "Nghệ An", 2026, "B"),
		mk("Ba Vì", "", "Hà Nội", 2026, set.ID),
		mk("Tân Thành", "", "Lạng Sơn", 2026, set.ID),
	}
}

// TestProvincesWithoutRegistrySayTheReorganisationIsNotShown: for the
// communes of a province whose units the registry does not hold, every
// format says once, per province, that the reorganisation of 1/7/2025 is
// not shown, naming what the registry holds; a centrally-run city is a
// "thành phố"; Lạng Sơn, held, is not named.
func TestProvincesWithoutRegistrySayTheReorganisationIsNotShown(t *testing.T) {
	p := progress.Of(notHeldReports())
	na := `Sắp xếp đơn vị hành chính cấp xã: danh sách đơn vị hành chính chưa có tỉnh "Nghệ An" (đã có: Lạng Sơn) nên không nêu được việc sắp xếp đơn vị hành chính cấp xã ngày 1/7/2025 của các xã của tỉnh này.`
	hn := `Sắp xếp đơn vị hành chính cấp xã: danh sách đơn vị hành chính chưa có thành phố "Hà Nội" (đã có: Lạng Sơn) nên không nêu được việc sắp xếp đơn vị hành chính cấp xã ngày 1/7/2025 của các xã của thành phố này.`
	naEN := `Reorganisation of commune-level units: the registry holds no units of province "Nghệ An" (it holds: Lạng Sơn), so the reorganisation of its communes on 1/7/2025 is not shown.`
	for _, tc := range []struct {
		format, lang string
		want         []string
	}{
		{"text", "vi", []string{na, hn}},
		{"markdown", "vi", []string{na, hn}},
		{"text", "en", []string{naEN}},
		{"markdown", "en", []string{naEN}},
	} {
		var b bytes.Buffer
		if err := progress.Write(&b, p, progress.Options{Format: tc.format, Lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, w := range tc.want {
			if n := strings.Count(out, w); n != 1 {
				t.Errorf("%s %s: %q said %d times, want once:\n%s", tc.format, tc.lang, w, n, out)
			}
		}
		if strings.Contains(out, `"Lạng Sơn" (`) {
			t.Errorf("%s %s: Lạng Sơn, held, said not held:\n%s", tc.format, tc.lang, out)
		}
	}
	var b bytes.Buffer
	if err := progress.WriteJSON(&b, p, progress.Options{}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		UnitsNotHeld []struct {
			Province string
			Note     struct{ VI, EN string }
		} `json:"units_not_held"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.UnitsNotHeld) != 2 || got.UnitsNotHeld[0].Province != "Hà Nội" || got.UnitsNotHeld[1].Province != "Nghệ An" ||
		"Sắp xếp đơn vị hành chính cấp xã: "+got.UnitsNotHeld[1].Note.VI+"." != na ||
		"Reorganisation of commune-level units: "+got.UnitsNotHeld[1].Note.EN+"." != naEN {
		t.Errorf("units_not_held = %+v", got.UnitsNotHeld)
	}
}

// TestARegistryProvinceAloneSaysNothingOfOthers: the progress of Lạng
// Sơn's communes has no "units_not_held" and no such sentence.
func TestARegistryProvinceAloneSaysNothingOfOthers(t *testing.T) {
	p := progress.Of(mergerReports())
	for _, f := range []string{"text", "markdown", "json"} {
		var b bytes.Buffer
		if err := progress.Write(&b, p, progress.Options{Format: f}); err != nil {
			t.Fatal(err)
		}
		if s := b.String(); strings.Contains(s, "chưa có tỉnh") || strings.Contains(s, "units_not_held") {
			t.Errorf("%s: %s", f, s)
		}
	}
}

// TestProvinceWithoutRegistryIsSaidOnceWhateverItsSpelling: a province
// written with diacritics for one set's communes and without them for
// another's is one province, said once.
func TestProvinceWithoutRegistryIsSaidOnceWhateverItsSpelling(t *testing.T) {
	rs := notHeldReports()
	rs[2].Commune.Province = "Nghe An" // set B's commune
	var b bytes.Buffer
	if err := progress.Write(&b, progress.Of(rs), progress.Options{Format: "text", Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "the registry holds no units of province"); n != 1 {
		t.Errorf("Nghệ An said %d times, want once:\n%s", n, b.String())
	}
}
