package progress_test

import (
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/progress"
)

// mergerReports are the reports (số liệu minh họa) of xã Hòa Lạc and xã
// Tân Thành of Hữu Lũng for 2024, and of the xã Tân Thành formed from
// them and xã Hòa Sơn on 1/7/2025 (1672/NQ-UBTVQH15, Điều 1, khoản 46),
// without district, for 2026.
func mergerReports() []evaluate.Report {
	set := criteria.QD51of2025()
	mk := func(name, district string, year int, met bool) evaluate.Report {
		return evaluate.Run(set, &evaluate.Assessment{Commune: evaluate.Commune{Name: name, District: district, Province: "Lạng Sơn"},
			Group: "2", Year: year, Values: map[string]map[string]evaluate.Value{set.ID: {"1": evaluate.Bool(met)}}})
	}
	return []evaluate.Report{mk("Hòa Lạc", "Hữu Lũng", 2024, true), mk("Tân Thành", "Hữu Lũng", 2024, false), mk("Tân Thành", "", 2026, true)}
}

// TestASeriesAcrossTheMergerNamesItsUnitsAndTheirRelation: a commune of
// 2024 and the unit of 2026 that bears its name are two series, as the
// registry says the unit of 2026 is a new one; the former communes' series
// name the unit that took them over, and the new unit's names those it was
// formed from, with their last year assessed where the input has one.
func TestASeriesAcrossTheMergerNamesItsUnitsAndTheirRelation(t *testing.T) {
	p := progress.Of(mergerReports())
	var got []string
	for _, c := range p.Communes {
		line := c.Commune.String() + ":"
		r := c.Reorganisation
		if r == nil {
			got = append(got, line+" none")
			continue
		}
		line += " unit " + r.Unit.String()
		for _, s := range r.Successors {
			line += "; to " + s.Successor.String() + " (" + s.Basis.String() + ")"
		}
		for _, f := range r.FormedFrom {
			line += "; from " + f.Succession.Predecessor.Name
			for _, l := range f.Last {
				line += " " + l.Set + " " + strconv.Itoa(l.Year.Year) + " " + l.Year.Status.String()
			}
		}
		got = append(got, line)
	}
	want := []string{
		"Tân Thành, Lạng Sơn: unit Xã Tân Thành (06445), Lạng Sơn; from Xã Hòa Lạc 51/2025/QĐ-TTg 2024 missing; from Xã Tân Thành 51/2025/QĐ-TTg 2024 not-met; from Xã Hòa Sơn",
		"Hòa Lạc, Hữu Lũng, Lạng Sơn: unit Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn; to Xã Tân Thành (06445), Lạng Sơn (1672/NQ-UBTVQH15, Điều 1, khoản 46)",
		"Tân Thành, Hữu Lũng, Lạng Sơn: unit Xã Tân Thành (06442), Huyện Hữu Lũng, Lạng Sơn; to Xã Tân Thành (06445), Lạng Sơn (1672/NQ-UBTVQH15, Điều 1, khoản 46)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestTextAndMarkdownSayWhatTheRegistryStatesOfTheMerger: after a set's
// communes, the text and Markdown outputs say, commune by commune, the
// unit that took a former commune over and the former communes a new unit
// was formed from, with their last year assessed, in either language.
func TestTextAndMarkdownSayWhatTheRegistryStatesOfTheMerger(t *testing.T) {
	p := progress.Of(mergerReports())
	for _, tc := range []struct {
		lang, format string
		want         []string
	}{
		{"vi", "text", []string{
			"Sắp xếp đơn vị hành chính cấp xã: 3\n",
			"  - Tân Thành, Lạng Sơn: Xã Tân Thành (06445), đơn vị mới từ 01/7/2025 (1672/NQ-UBTVQH15, Điều 1, khoản 46), hình thành từ " +
				"Xã Hòa Lạc (06430), Huyện Hữu Lũng (đánh giá lần cuối năm 2024: 1/10 Thiếu số liệu); " +
				"Xã Tân Thành (06442), Huyện Hữu Lũng (đánh giá lần cuối năm 2024: 0/10 Chưa đạt); " +
				"Xã Hòa Sơn (cùng mã với xã mới), Huyện Hữu Lũng (không có số liệu); không nối tiếp chuỗi số liệu của xã cũ nào\n",
			"  - Hòa Lạc, Hữu Lũng, Lạng Sơn: Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn, đến 30/6/2025; từ 01/7/2025 thuộc " +
				"Xã Tân Thành (06445) (1672/NQ-UBTVQH15, Điều 1, khoản 46); số liệu của đơn vị mới là chuỗi riêng\n",
		}},
		{"en", "markdown", []string{
			"**Reorganisation of commune-level units: 3**\n",
			"- Tân Thành, Lạng Sơn: Xã Tân Thành (06445), a new unit from 2025-07-01 (1672/NQ-UBTVQH15, Điều 1, khoản 46), formed from " +
				"Xã Hòa Lạc (06430), Huyện Hữu Lũng (last assessed 2024: 1/10 Missing); " +
				"Xã Tân Thành (06442), Huyện Hữu Lũng (last assessed 2024: 0/10 Not met); " +
				"Xã Hòa Sơn (same code as the new unit), Huyện Hữu Lũng (not in the input); it continues no former commune's series\n",
			"- Tân Thành, Hữu Lũng, Lạng Sơn: Xã Tân Thành (06442), Huyện Hữu Lũng, Lạng Sơn, until 2025-06-30; from 2025-07-01 in " +
				"Xã Tân Thành (06445) (1672/NQ-UBTVQH15, Điều 1, khoản 46); the new unit's figures are a series of their own\n",
		}},
	} {
		var b strings.Builder
		if err := progress.Write(&b, p, progress.Options{Lang: tc.lang, Format: tc.format}); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s %s: no %q in\n%s", tc.lang, tc.format, w, b.String())
			}
		}
	}
}

// TestJSONGivesTheUnitsAndTheirChanges: each commune whose unit the
// registry relates to the reorganisation has its "unit" and its
// "successors" (a former unit) or "formed_from" (a new unit, each former
// unit with its "last_assessed", empty when none).
func TestJSONGivesTheUnitsAndTheirChanges(t *testing.T) {
	var b strings.Builder
	if err := progress.WriteJSON(&b, progress.Of(mergerReports()), progress.Options{}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Communes []struct {
			Unit struct {
				Code, Name, District, From string
				To                         *string
			}
			Successors []struct {
				Successor struct{ Code, Name string }
				Whole     bool
				Basis     string
				Effective string
			}
			FormedFrom []struct {
				Predecessor  struct{ Code, Name, District string }
				Whole        bool
				Basis        string
				LastAssessed []struct {
					Set         string
					Year        int
					Status      string
					CriteriaMet int `json:"criteria_met"`
				} `json:"last_assessed"`
			} `json:"formed_from"`
		}
	}
	if err := json.Unmarshal([]byte(b.String()), &doc); err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(doc.Communes)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"Unit":{"Code":"06445","Name":"Xã Tân Thành","District":"","From":"2025-07-01","To":null},"Successors":null,"formed_from":[` +
		`{"Predecessor":{"Code":"06430","Name":"Xã Hòa Lạc","District":"Huyện Hữu Lũng"},"Whole":true,"Basis":"1672/NQ-UBTVQH15, Điều 1, khoản 46","last_assessed":[{"Set":"51/2025/QĐ-TTg","Year":2024,"Status":"missing","criteria_met":1}]},` +
		`{"Predecessor":{"Code":"06442","Name":"Xã Tân Thành","District":"Huyện Hữu Lũng"},"Whole":true,"Basis":"1672/NQ-UBTVQH15, Điều 1, khoản 46","last_assessed":[{"Set":"51/2025/QĐ-TTg","Year":2024,"Status":"not-met","criteria_met":0}]},` +
		`{"Predecessor":{"Code":"06445","Name":"Xã Hòa Sơn","District":"Huyện Hữu Lũng"},"Whole":true,"Basis":"1672/NQ-UBTVQH15, Điều 1, khoản 46","last_assessed":[]}]},` +
		`{"Unit":{"Code":"06430","Name":"Xã Hòa Lạc","District":"Huyện Hữu Lũng","From":"2025-03-01","To":"2025-06-30"},"Successors":[{"Successor":{"Code":"06445","Name":"Xã Tân Thành"},"Whole":true,"Basis":"1672/NQ-UBTVQH15, Điều 1, khoản 46","Effective":"2025-07-01"}],"formed_from":null},` +
		`{"Unit":{"Code":"06442","Name":"Xã Tân Thành","District":"Huyện Hữu Lũng","From":"2025-03-01","To":"2025-06-30"},"Successors":[{"Successor":{"Code":"06445","Name":"Xã Tân Thành"},"Whole":true,"Basis":"1672/NQ-UBTVQH15, Điều 1, khoản 46","Effective":"2025-07-01"}],"formed_from":null}]`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestTheCSVRelatesTheUnitsInColumnsAfterContent: the CSV's commune rows
// name the commune's unit and the units that took it over or that it was
// formed from, a part so marked, in columns added after content; the
// former units' own rows carry their unit, so the two can be joined.
func TestTheCSVRelatesTheUnitsInColumnsAfterContent(t *testing.T) {
	set := criteria.QD51of2025()
	mk := func(name, district string, year int) evaluate.Report {
		return evaluate.Run(set, &evaluate.Assessment{Commune: evaluate.Commune{Name: name, District: district, Province: "Lạng Sơn"},
			Group: "2", Year: year, Values: map[string]map[string]evaluate.Value{set.ID: {"1": evaluate.Bool(true)}}})
	}
	// Xã Bính Xá was split between Xã Đình Lập (khoản 40) and Xã Kiên
	// Mộc (khoản 43), of which it is a part.
	p := progress.Of([]evaluate.Report{mk("Bính Xá", "Đình Lập", 2025), mk("Kiên Mộc", "", 2026)})
	var b strings.Builder
	if err := progress.WriteCSV(&b, p, progress.Options{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	var got []string
	for _, r := range rows[1:] {
		if r[col["scope"]] == "commune" {
			got = append(got, strings.Join([]string{r[col["commune"]], r[col["unit"]], r[col["successors"]], r[col["formed_from"]], r[col["basis"]]}, " | "))
		}
	}
	want := []string{
		"Kiên Mộc | Xã Kiên Mộc (06625) |  | Xã Bắc Xa (06619); Xã Bính Xá (06622) (part); Xã Kiên Mộc (06625) (part) | 1672/NQ-UBTVQH15, Điều 1, khoản 43",
		"Bính Xá | Xã Bính Xá (06622) | Xã Đình Lập (06613) (part); Xã Kiên Mộc (06625) (part) |  | 1672/NQ-UBTVQH15, Điều 1, khoản 40; 1672/NQ-UBTVQH15, Điều 1, khoản 43",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if i := col["unit"]; i <= col["content"] {
		t.Errorf("unit is column %d, before content (%d)", i, col["content"])
	}
	// The text says which parts.
	b.Reset()
	if err := progress.WriteText(&b, p, progress.Options{}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"từ 01/7/2025 một phần thuộc Xã Đình Lập (06613) (1672/NQ-UBTVQH15, Điều 1, khoản 40), một phần thuộc Xã Kiên Mộc (06625) (1672/NQ-UBTVQH15, Điều 1, khoản 43)",
		"hình thành từ Xã Bắc Xa (06619), Huyện Đình Lập (không có số liệu); một phần Xã Bính Xá (06622), Huyện Đình Lập (đánh giá lần cuối năm 2025: 1/10 Thiếu số liệu); một phần Xã Kiên Mộc (cùng mã với xã mới), Huyện Đình Lập (không có số liệu)"} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("no %q in\n%s", w, b.String())
		}
	}
}
