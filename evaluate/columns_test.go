package evaluate

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/nongthonmoi/ntm/criteria"
)

// fixtureCatalog is the built-in catalog with 51/2025/QĐ-TTg replaced by
// testdata/51-2025-test-fixture.json: criterion 1 filled with INVENTED test
// indicators and values (not the law), as the official table would be.
func fixtureCatalog(t *testing.T) *criteria.Catalog {
	t.Helper()
	b, err := os.ReadFile("testdata/51-2025-test-fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	sets, err := criteria.ReadDefinitions(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	cat := criteria.Builtin()
	if err := cat.Add(sets...); err != nil {
		t.Fatal(err)
	}
	return cat
}

func TestGroupTargets(t *testing.T) {
	cat := fixtureCatalog(t)
	set, _ := cat.Lookup("51/2025")
	tests := []struct {
		name       string
		group      string
		value      string
		wantStatus Status
		wantGroup  string
		wantWarn   WarningKind
	}{
		{"a group-3 commune at the invented 70% meets 1.2", "3", "70", StatusMet, "3", 0},
		{"a group-1 commune at 75% misses the invented 90%", "1", "75", StatusNotMet, "1", 0},
		{"without a group the indicator has no target and the report warns", "", "75", StatusMissing, "", WarnNoGroup},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &Assessment{Commune: Commune{Name: "Tân Thành", Province: "Lạng Sơn"}, Region: criteria.TDMNPB, Group: tc.group, Year: 2026,
				Values: map[string]map[string]Value{set.ID: {"1.2": Number(decimal.RequireFromString(tc.value))}}}
			r := Options{Catalog: cat}.Run(set, a)
			got := r.Criteria[0].Indicators[1]
			if got.Status != tc.wantStatus || r.Group != tc.wantGroup {
				t.Errorf("1.2 %v, group %q; want %v, %q", got.Status, r.Group, tc.wantStatus, tc.wantGroup)
			}
			if tc.wantWarn != 0 && !hasWarning(r, tc.wantWarn) {
				t.Errorf("no %v warning in %v", tc.wantWarn, r.Warnings())
			}
			if !hasWarning(r, WarnPendingContent) {
				t.Error("a report on a set pending its official text does not warn")
			}
		})
	}
}

func hasWarning(r Report, k WarningKind) bool {
	for _, w := range r.Warnings() {
		if w.Kind == k {
			return true
		}
	}
	return false
}

func TestRegionSetsIgnoreGroup(t *testing.T) {
	set := criteria.QD1980()
	a := &Assessment{Commune: Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}, Year: 2020,
		Values: map[string]map[string]Value{set.ID: {"4.2": Number(decimal.RequireFromString("96"))}}}
	want := Run(set, a)
	a.Group = "3"
	if diff := cmp.Diff(want, Run(set, a)); diff != "" {
		t.Errorf("a group changed a region set's report (-want +got):\n%s", diff)
	}
}

func TestDecodeGroup(t *testing.T) {
	cat := fixtureCatalog(t)
	tests := []struct {
		name, json, wantErr string
		wantGroup           string
	}{
		{"a group set without a group is an input error naming the set",
			`{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "year": 2026, "sets": {"51/2025": {"2": true}}}`,
			`group: set 51/2025/QĐ-TTg splits its targets by commune group: name the commune's group (1, 2, 3)`, ""},
		{"a group the set does not have is an input error",
			`{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": "4", "year": 2026, "sets": {"51/2025": {"2": true}}}`,
			`group: not a commune group of set 51/2025/QĐ-TTg (want 1, 2, 3) (got "4")`, ""},
		{"a group and a unit code are read",
			`{"commune": {"name": "Tân Thành", "province": "Lạng Sơn", "code": "06445"}, "group": "3", "year": 2026, "sets": {"51/2025": {"2": true}}}`,
			"", "3"},
		{"a group given as a whole number is its code",
			`{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": 3, "year": 2026, "sets": {"51/2025": {"2": true}}}`,
			"", "3"},
		{"a group given as a number the set does not have is an input error",
			`{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": 4, "year": 2026, "sets": {"51/2025": {"2": true}}}`,
			`group: not a commune group of set 51/2025/QĐ-TTg (want 1, 2, 3) (got "4")`, ""},
		{"a group given as a fraction is an input error",
			`{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": 2.5, "year": 2026, "sets": {"51/2025": {"2": true}}}`,
			`group: must be a string or a whole number (got "2.5")`, ""},
		{"a group given as a negative number is an input error",
			`{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": -3, "year": 2026, "sets": {"51/2025": {"2": true}}}`,
			`group: must be a string or a whole number (got "-3")`, ""},
		{"a group given as true is an input error",
			`{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": true, "year": 2026, "sets": {"51/2025": {"2": true}}}`,
			`group: must be a string or a whole number (got "true")`, ""},
		{"a group given as an array is an input error",
			`{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": [3], "year": 2026, "sets": {"51/2025": {"2": true}}}`,
			`group: must be a string or a whole number (got "[…]")`, ""},
		{"a region set needs no group",
			`{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}}`,
			"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			as, err := DecodeJSON(strings.NewReader(tc.json), "x.json", cat)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if as[0].Group != tc.wantGroup {
				t.Errorf("group %q, want %q", as[0].Group, tc.wantGroup)
			}
			if strings.Contains(tc.json, "06445") && as[0].Commune.Code != "06445" {
				t.Errorf("code %q, want 06445", as[0].Commune.Code)
			}
		})
	}
}

func TestReportJSONNamesGroupAndCode(t *testing.T) {
	cat := fixtureCatalog(t)
	set, _ := cat.Lookup("51")
	a := &Assessment{Commune: Commune{Name: "Tân Thành", Province: "Lạng Sơn", Code: "06445"}, Group: "3", Year: 2026,
		Values: map[string]map[string]Value{set.ID: {"2": Bool(true)}}}
	b, err := Options{Catalog: cat}.Run(set, a).MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"code": "06445"`, `"group": "3"`} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("report JSON lacks %s", want)
		}
	}
}

func TestUnknownUnitWarning(t *testing.T) {
	set := criteria.QD51of2025()
	tests := []struct {
		name    string
		commune Commune
		year    int
		want    string // "" for no warning
	}{
		{"Nhất Tiến written in Hữu Lũng names the two real units", Commune{Name: "Nhất Tiến", District: "Hữu Lũng", Province: "Lạng Sơn"}, 2026,
			"Xã Nhất Tiến (06382), Huyện Bắc Sơn, Lạng Sơn; Xã Nhật Tiến (06418), Huyện Hữu Lũng, Lạng Sơn"},
		{"a unit of 1/7/2025 is known", Commune{Name: "Xã Tân Thành", Province: "Lạng Sơn"}, 2026, ""},
		{"a unit of 1/3/2025 is known", Commune{Name: "Nhật Tiến", District: "Hữu Lũng", Province: "Lạng Sơn"}, 2025, ""},
		{"years before the registry are not checked", Commune{Name: "Nhất Tiến", District: "Hữu Lũng", Province: "Lạng Sơn"}, 2020, ""},
		{"a province without registry is not checked", Commune{Name: "Xã X", Province: "Hà Nội"}, 2026, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &Assessment{Commune: tc.commune, Group: "2", Year: tc.year, Values: map[string]map[string]Value{set.ID: {"1": Bool(true)}}}
			r := Run(set, a)
			got := ""
			for _, w := range r.Warnings() {
				if w.Kind == WarnUnknownUnit {
					got = w.Key
					if !strings.Contains(w.Text("vi"), "gần nhất") {
						t.Errorf("text %q", w.Text("vi"))
					}
				}
			}
			if got != tc.want {
				t.Errorf("closest %q, want %q", got, tc.want)
			}
		})
	}
}

// TestFormerUnitWarning: from 2026 a commune abolished on 1/7/2025 (Hòa
// Lạc, merged into Tân Thành, 1672/NQ-UBTVQH15) is no unit of its
// province: the report warns and says to assess the unit that succeeded
// it, named; a unit in force, and any unit in 2025, are not warned of.
// The Vietnamese writes the date as Nghị định 30/2020/NĐ-CP has it
// (01/7/2025).
func TestFormerUnitWarning(t *testing.T) {
	set := criteria.QD51of2025()
	tests := []struct {
		name     string
		commune  Commune
		year     int
		want, vi string // "" for no warning
	}{
		{"Hòa Lạc in 2026 names Tân Thành", Commune{Name: "Hòa Lạc", Province: "Lạng Sơn"}, 2026, "Xã Tân Thành (06445), Lạng Sơn",
			"trong năm 2026, xã không còn là đơn vị hành chính của tỉnh (các đơn vị hành chính cấp xã được sắp xếp lại từ ngày 01/7/2025); hãy đánh giá theo đơn vị kế thừa: Xã Tân Thành (06445), Lạng Sơn"},
		{"the old Nhật Tiến of Hữu Lũng in 2027 names Vân Nham", Commune{Name: "Nhật Tiến", District: "Hữu Lũng", Province: "Lạng Sơn"}, 2027, "Xã Vân Nham (06415), Lạng Sơn",
			"trong năm 2027, xã không còn là đơn vị hành chính của tỉnh (các đơn vị hành chính cấp xã được sắp xếp lại từ ngày 01/7/2025); hãy đánh giá theo đơn vị kế thừa: Xã Vân Nham (06415), Lạng Sơn"},
		{"the new Tân Thành in 2026 is a unit", Commune{Name: "Tân Thành", Province: "Lạng Sơn"}, 2026, "", ""},
		{"Hòa Lạc in 2025 may be of either period", Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}, 2025, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &Assessment{Commune: tc.commune, Group: "2", Year: tc.year, Values: map[string]map[string]Value{set.ID: {"1": Bool(true)}}}
			got, vi, en := "", "", ""
			r := Run(set, a)
			for _, w := range r.Warnings() {
				if w.Kind == WarnFormerUnit {
					got, vi, en = w.Key, w.Text("vi"), w.Text("en")
				}
				if w.Kind == WarnUnknownUnit {
					t.Errorf("unknown-unit warning %q", w.Text("en"))
				}
			}
			if got != tc.want || vi != tc.vi {
				t.Errorf("successor %q, text %q\nwant %q, %q", got, vi, tc.want, tc.vi)
			}
			if want := "; assess the unit that succeeded it: " + tc.want; tc.want != "" && !strings.HasSuffix(en, want) {
				t.Errorf("English text %q, want it to end %q", en, want)
			}
		})
	}
}

// TestFormerDistrictWarning: from 2026 a commune named with the district
// of a commune of the same name that the unit succeeded (Tân Thành of
// Hữu Lũng, succeeded by xã Tân Thành 06445, khoản 46 of
// 1672/NQ-UBTVQH15; Thiện Thuật of Bình Gia, by xã Thiện Thuật 06091) is
// most likely the unit in force with the district written from habit: the
// warning says districts are gone and names that unit, rather than telling
// to assess the unit the data may already be of. A commune whose successor
// bears another name (Tân Thành of Cao Lộc, now in Tân Đoàn) keeps the
// former-unit warning.
func TestFormerDistrictWarning(t *testing.T) {
	set := criteria.QD51of2025()
	tests := []struct {
		name     string
		commune  Commune
		kind     WarningKind
		key, vi  string
		enSuffix string
	}{
		{"Tân Thành of Hữu Lũng", Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"}, WarnFormerDistrict,
			"Xã Tân Thành (06445), Lạng Sơn",
			"trong năm 2027 không còn cấp huyện (bỏ từ ngày 01/7/2025): tên xã là của Xã Tân Thành (06445), Lạng Sơn, đơn vị kế thừa xã cùng tên của huyện đã ghi; nếu số liệu là của đơn vị này, hãy để trống cột huyện, nếu là của xã cũ, hãy đánh giá theo đơn vị này",
			"if the figures are of that unit, leave the district empty; if of the former commune, assess that unit"},
		{"Thiện Thuật of Bình Gia, district with its prefix", Commune{Name: "Xã Thiện Thuật", District: "Huyện Bình Gia", Province: "Lạng Sơn"}, WarnFormerDistrict,
			"Xã Thiện Thuật (06091), Lạng Sơn", "", ""},
		{"Tân Thành of Cao Lộc is in Tân Đoàn", Commune{Name: "Tân Thành", District: "Cao Lộc", Province: "Lạng Sơn"}, WarnFormerUnit,
			"Xã Tân Đoàn (06316), Lạng Sơn", "", ""},
		{"Hòa Lạc of Hữu Lũng is in Tân Thành", Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}, WarnFormerUnit,
			"Xã Tân Thành (06445), Lạng Sơn", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &Assessment{Commune: tc.commune, Group: "2", Year: 2027, Values: map[string]map[string]Value{set.ID: {"1": Bool(true)}}}
			var found []Warning
			r := Run(set, a)
			for _, w := range r.Warnings() {
				if w.Kind == WarnFormerUnit || w.Kind == WarnFormerDistrict {
					found = append(found, w)
				}
			}
			if len(found) != 1 || found[0].Kind != tc.kind || found[0].Key != tc.key {
				t.Fatalf("warnings %v, want one %v naming %q", found, tc.kind, tc.key)
			}
			if tc.vi != "" && found[0].Text("vi") != tc.vi {
				t.Errorf("text %q\nwant %q", found[0].Text("vi"), tc.vi)
			}
			if tc.enSuffix != "" && !strings.HasSuffix(found[0].Text("en"), tc.enSuffix) {
				t.Errorf("English %q, want it to end %q", found[0].Text("en"), tc.enSuffix)
			}
			if tc.kind == WarnFormerDistrict && found[0].Kind.String() != "former-district" {
				t.Errorf("code %q", found[0].Kind.String())
			}
		})
	}
}

func TestLevelsWithinAPeriod(t *testing.T) {
	hl := Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"}
	all := func(n int) map[string]Value {
		m := map[string]Value{}
		for i := 1; i <= n; i++ {
			m[itoa(i)] = Bool(true)
		}
		return m
	}
	model := criteria.QD319()
	tests := []struct {
		name      string
		a         Assessment
		wantPre   Prerequisite
		wantTrans bool
	}{
		{"kiểu mẫu evaluated from the same assessment's nâng cao and NTM values",
			Assessment{Commune: hl, Year: 2024, Values: map[string]map[string]Value{
				criteria.IDQD318NTM: all(19), criteria.IDQD318Enhanced: all(19), criteria.IDQD319: all(4)}},
			Prerequisite{Set: criteria.IDQD318Enhanced, Status: StatusMet, Basis: BasisEvaluated, Content: criteria.ContentPendingOfficialText}, false},
		{"nâng cao not met from the same assessment makes kiểu mẫu not met",
			Assessment{Commune: hl, Year: 2024, Values: map[string]map[string]Value{
				criteria.IDQD318NTM: all(19), criteria.IDQD318Enhanced: {"1": Bool(false)}, criteria.IDQD319: all(4)}},
			Prerequisite{Set: criteria.IDQD318Enhanced, Status: StatusNotMet, Basis: BasisEvaluated, Content: criteria.ContentPendingOfficialText}, false},
		{"a recognition under 318/QĐ-TTg/II satisfies kiểu mẫu's prerequisite",
			Assessment{Commune: hl, Year: 2024, Values: map[string]map[string]Value{criteria.IDQD319: all(4)},
				Recognitions: []Recognition{{Set: criteria.IDQD318Enhanced, Year: 2023, Decision: "103/QĐ-UBND"}}},
			Prerequisite{Set: criteria.IDQD318Enhanced, Status: StatusMet, Basis: BasisRecognition, Decision: "103/QĐ-UBND", Year: 2023}, false},
		{"a 2018-2020 nâng cao recognition does not carry over, and the report says so",
			Assessment{Commune: hl, Year: 2024, Values: map[string]map[string]Value{criteria.IDQD319: all(4)},
				Recognitions: []Recognition{{Set: criteria.IDQD933, Year: 2020, Decision: "số liệu minh họa"}}},
			Prerequisite{Set: criteria.IDQD318Enhanced, Status: StatusMissing, Basis: BasisRecognition}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Run(model, &tc.a)
			if diff := cmp.Diff(&tc.wantPre, r.Prerequisite); diff != "" {
				t.Errorf("prerequisite (-want +got):\n%s", diff)
			}
			if hasWarning(r, WarnTransition) != tc.wantTrans {
				t.Errorf("transition warning %v, want %v: %v", hasWarning(r, WarnTransition), tc.wantTrans, r.Warnings())
			}
		})
	}
}

func TestDecodeTableGroupAndCode(t *testing.T) {
	in := "Tỉnh,Huyện,Xã,Mã xã,Nhóm xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\n" +
		"Lạng Sơn,,Tân Thành,06445,3,2026,51/2025,1,đạt\n" +
		"Lạng Sơn,,Vân Nham,06415,,2026,51/2025,1,đạt\n"
	as, err := DecodeCSV(strings.NewReader(in), "t.csv", nil)
	want := `evaluate: t.csv:3: column Nhóm xã: Vân Nham: set 51/2025/QĐ-TTg splits its targets by commune group: name the commune's group (1, 2, 3)`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
	if len(as) != 1 || as[0].Group != "3" || as[0].Commune.Code != "06445" {
		t.Fatalf("assessments %+v: want Tân Thành, group 3, code 06445", as)
	}
	dec := NewCSVDecoder(strings.NewReader(in), "t.csv", nil)
	dec.SetGroup("2")
	as, err = dec.collect()
	if err != nil || len(as) != 2 || as[1].Group != "2" || as[0].Group != "3" {
		t.Errorf("with a default group 2: %d assessments, %v", len(as), err)
	}
}

// A set split by commune groups names the group whose target applied, not
// the commune's region, in its warnings.
func TestGroupSetWarningsNameTheGroup(t *testing.T) {
	cat := fixtureCatalog(t)
	set, _ := cat.Lookup("51/2025")
	a := &Assessment{Commune: Commune{Name: "Tân Thành", Province: "Lạng Sơn"}, Region: criteria.TDMNPB, Group: "3", Year: 2026,
		Values: map[string]map[string]Value{set.ID: {"1.2": MustNumber("75")}}}
	r := Options{Catalog: cat}.Run(set, a)
	var got []string
	for _, w := range r.Warnings() {
		if w.Kind == WarnProvenance && w.Indicator == "1.2" {
			got = append(got, w.Text("vi"), w.Text("en"))
			if w.Group != "3" {
				t.Errorf("Warning.Group %q, want 3", w.Group)
			}
		}
	}
	want := []string{
		"chỉ tiêu 1.2: kết quả dựa trên mức đạt chuẩn của nhóm 3 (≥ 70%), độ tin cậy M: chưa kiểm chứng, không tìm thấy nguồn",
		"indicator 1.2: the target ≥ 70% (group 3) that decided the outcome is M: unverified, no public source found",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("provenance warning of 1.2 (-want +got):\n%s", diff)
	}
	var b bytes.Buffer
	if err := WriteJSON(&b, []Report{r}, RenderOptions{Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "region TDMNPB") || !strings.Contains(b.String(), "(group 3)") {
		t.Errorf("the JSON report's warnings name the region, not the group:\n%s", b.String())
	}
}

// Group sets ignore region: a commune evaluated only against sets split by
// commune group needs no known province nor region; a set split by region
// still does, and a province and region that disagree stay an error.
func TestGroupSetsNeedNoRegion(t *testing.T) {
	cat := fixtureCatalog(t)
	tests := []struct {
		name, json, csv, wantErr string
	}{
		{"an unknown province with only a group set is kept as written",
			`{"commune": {"name": "Tân Thành", "province": "Xứ Lạ"}, "group": "3", "year": 2026, "sets": {"51/2025": {"1.2": 75}}}`,
			"province,district,commune,group,year,set,indicator,value\nXứ Lạ,,Tân Thành,3,2026,51/2025,1.2,75\n", ""},
		{"no province and no region with only a group set",
			`{"commune": {"name": "Tân Thành"}, "group": "3", "year": 2026, "sets": {"51/2025": {"1.2": 75}}}`,
			"province,district,commune,group,year,set,indicator,value\n,,Tân Thành,3,2026,51/2025,1.2,75\n", ""},
		{"an unknown province with a region set asks for the region",
			`{"commune": {"name": "Tân Thành", "province": "Xứ Lạ"}, "year": 2020, "sets": {"1980": {"1.1": true}}}`,
			"province,district,commune,year,set,indicator,value\nXứ Lạ,,Tân Thành,2020,1980,1.1,đạt\n", "unknown province: give the region"},
		{"an unknown province with a group set and a region set asks for the region",
			`{"commune": {"name": "Tân Thành", "province": "Xứ Lạ"}, "group": "3", "year": 2020, "sets": {"51/2025": {"1.2": 75}, "1980": {"1.1": true}}}`,
			"province,district,commune,group,year,set,indicator,value\nXứ Lạ,,Tân Thành,3,2020,51/2025,1.2,75\nXứ Lạ,,Tân Thành,3,2020,1980,1.1,đạt\n",
			"unknown province: give the region"},
		{"a province and a region that disagree stay an error under a group set",
			`{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "region": "DBSCL", "group": "3", "year": 2026, "sets": {"51/2025": {"1.2": 75}}}`,
			"province,district,commune,region,group,year,set,indicator,value\nLạng Sơn,,Tân Thành,DBSCL,3,2026,51/2025,1.2,75\n",
			"disagrees with province Lạng Sơn, which is in TDMNPB"},
		{"a region that is no region stays an error under a group set",
			`{"commune": {"name": "Tân Thành", "province": "Xứ Lạ"}, "region": "Miền Lạ", "group": "3", "year": 2026, "sets": {"51/2025": {"1.2": 75}}}`,
			"province,district,commune,region,group,year,set,indicator,value\nXứ Lạ,,Tân Thành,Miền Lạ,3,2026,51/2025,1.2,75\n",
			"unknown region"},
	}
	for _, tc := range tests {
		for _, form := range []string{"json", "csv"} {
			t.Run(tc.name+" ("+form+")", func(t *testing.T) {
				var as []Assessment
				var err error
				if form == "json" {
					as, err = DecodeJSON(strings.NewReader(tc.json), "x.json", cat)
				} else {
					as, err = TableOptions{Catalog: cat}.DecodeCSV(strings.NewReader(tc.csv), "x.csv")
				}
				if tc.wantErr != "" {
					if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
						t.Fatalf("err = %v, want one containing %q", err, tc.wantErr)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if len(as) != 1 {
					t.Fatalf("%d assessments, want 1", len(as))
				}
				a := &as[0]
				if a.Region != 0 || !strings.Contains(tc.json, `"`+a.Commune.Province+`"`) && a.Commune.Province != "" {
					t.Errorf("region %v, province %q; want none and the province as written", a.Region, a.Commune.Province)
				}
				set, _ := cat.Lookup("51/2025")
				r := Options{Catalog: cat}.Run(set, a)
				if st := r.Criteria[0].Indicators[1].Status; st != StatusMet || r.Group != "3" {
					t.Errorf("1.2 %v under group %q; want met under group 3 (≥ 70%%)", st, r.Group)
				}
			})
		}
	}
}

func TestGroupSetsNeedNoRegionInTheWideLayout(t *testing.T) {
	cat := fixtureCatalog(t)
	in := "province,district,commune,group,year,set,1.2\nXứ Lạ,,Tân Thành,3,2026,51/2025,75\n"
	as, err := TableOptions{Catalog: cat}.DecodeCSV(strings.NewReader(in), "x.csv")
	if err != nil || len(as) != 1 || as[0].Commune.Province != "Xứ Lạ" {
		t.Fatalf("%v, %v; want the commune with its province as written", as, err)
	}
	in = "province,district,commune,year,set,1.1\nXứ Lạ,,Tân Thành,2020,1980,đạt\n"
	if _, err := (TableOptions{Catalog: cat}).DecodeCSV(strings.NewReader(in), "x.csv"); err == nil ||
		!strings.Contains(err.Error(), "x.csv:2: column province: Tân Thành: unknown province: give the region") {
		t.Errorf("a region set: err = %v, want the unknown province at line 2, column province", err)
	}
}

// TestGroupSetRowsWithAProblemNeedNoRegion: a commune whose rows have a
// problem (here an empty commune cell, as in a form not filled in) has no
// value kept, but its rows still name the group set: its one problem is
// its own, not a region it never needed. Rows of a region set still ask
// for the region.
func TestGroupSetRowsWithAProblemNeedNoRegion(t *testing.T) {
	cat := fixtureCatalog(t)
	for _, tc := range []struct {
		name, csv  string
		wantRegion bool
	}{
		{"a group set", "province,district,commune,region,group,year,set,indicator,value\n,,,,3,2026,51/2025,1.2,75\n", false},
		{"a group set, wide", "province,district,commune,region,group,year,set,1.2\n,,,,3,2026,51/2025,75\n", false},
		{"a group set with --set", "province,district,commune,region,group,year,indicator,value\n,,,,3,2026,1.2,75\n", false},
		{"a region set", "province,district,commune,region,year,set,indicator,value\n,,,,2020,1980,1.1,đạt\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := TableOptions{Catalog: cat, Set: "51"}.DecodeCSV(strings.NewReader(tc.csv), "x.csv")
			if err == nil || !strings.Contains(err.Error(), "column commune: must not be empty") {
				t.Fatalf("err = %v, want the empty commune", err)
			}
			if got := strings.Contains(err.Error(), "required when the province is not given"); got != tc.wantRegion {
				t.Errorf("asks for the region: %v, want %v:\n%v", got, tc.wantRegion, err)
			}
		})
	}
}

// A group written as the set and the template name it ("Nhóm 3", "nhóm
// xã 3", "Nhom 3") is the group's code, in tables, JSON and SetGroup.
func TestGroupWrittenWithItsWord(t *testing.T) {
	in := "Tỉnh,Huyện,Xã,Nhóm xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\n" +
		"Lạng Sơn,,Tân Thành,Nhóm 3,2026,51/2025,1,đạt\n" +
		"Lạng Sơn,,Tân Thành,3,2026,51/2025,2,đạt\n" +
		"Lạng Sơn,,Vân Nham,nhóm xã  2,2026,51/2025,1,đạt\n" +
		"Lạng Sơn,,Kiên Mộc,Nhom 1,2026,51/2025,1,đạt\n" +
		"Lạng Sơn,,Đình Lập,,2026,51/2025,1,đạt\n"
	dec := NewCSVDecoder(strings.NewReader(in), "t.csv", nil)
	dec.SetGroup(" NHÓM 3 ")
	as, err := dec.collect()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range as {
		got = append(got, a.Commune.Name+" "+a.Group)
	}
	want := []string{"Tân Thành 3", "Vân Nham 2", "Kiên Mộc 1", "Đình Lập 3"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
	js := `{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": "Nhóm 3", "year": 2026, "sets": {"51/2025": {"2": true}}}`
	as, err = DecodeJSON(strings.NewReader(js), "x.json", nil)
	if err != nil || len(as) != 1 || as[0].Group != "3" {
		t.Errorf("JSON \"Nhóm 3\": %v, %v; want group 3", as, err)
	}
	// A word alone, or another word before the code, is no group.
	bad := "Tỉnh,Huyện,Xã,Nhóm xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\nLạng Sơn,,Tân Thành,Nhóm,2026,51/2025,1,đạt\nLạng Sơn,,Vân Nham,khu vực 3,2026,51/2025,1,đạt\n"
	_, err = DecodeCSV(strings.NewReader(bad), "t.csv", nil)
	for _, w := range []string{`(got "Nhóm")`, `(got "khu vực 3")`} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("err = %v, want it to contain %s", err, w)
		}
	}
}

// TestCSVNamesTheGroup: the CSV of reports says which commune group's
// targets applied, in a last column group ("Columns are only ever added
// at the end", docs/formats.md), empty for a set split by region.
func TestCSVNamesTheGroup(t *testing.T) {
	set := criteria.QD51of2025()
	a := &Assessment{Commune: Commune{Name: "Tân Thành", Province: "Lạng Sơn"}, Group: "3", Year: 2026,
		Values: map[string]map[string]Value{set.ID: {"1": Bool(true)}}}
	b := &Assessment{Commune: Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}, Year: 2020,
		Values: map[string]map[string]Value{criteria.IDQD1980: {"1.1": Bool(true)}}}
	reports := []Report{Run(set, a), Run(criteria.QD1980(), b)}
	header := CSVHeader()
	if header[len(header)-1] != "group" {
		t.Fatalf("header %v: want group last", header)
	}
	groups := map[string]bool{}
	for row := range CSVRows(reports) {
		if len(row) != len(header) {
			t.Fatalf("row of %d cells, header of %d", len(row), len(header))
		}
		groups[row[5]+" "+row[len(row)-1]] = true
	}
	want := map[string]bool{set.ID + " 3": true, criteria.IDQD1980 + " ": true}
	if diff := cmp.Diff(want, groups); diff != "" {
		t.Errorf("set and group cells (-want +got):\n%s", diff)
	}
}

// TestGroupReportsNameNoRegion: a report on a set split by commune group
// (51/2025/QĐ-TTg) applies its group's targets and no region's ("group
// sets ignore region"): its text and Markdown name the group, not the
// province's region, which would read as the targets applied.
func TestGroupReportsNameNoRegion(t *testing.T) {
	set := criteria.QD51of2025()
	a := &Assessment{Commune: Commune{Name: "Tân Thành", Province: "Lạng Sơn"}, Region: criteria.TDMNPB, Group: "3", Year: 2026,
		Values: map[string]map[string]Value{set.ID: {"1": Bool(true)}}}
	reports := []Report{Run(set, a)}
	for _, lang := range []string{"vi", "en"} {
		var text, md strings.Builder
		if err := WriteText(&text, reports, RenderOptions{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		if err := WriteMarkdown(&md, reports, RenderOptions{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		for _, out := range []string{text.String(), md.String()} {
			if strings.Contains(out, "TDMNPB") || !strings.Contains(out, map[string]string{"vi": "Nhóm xã:", "en": "Group:"}[lang]) {
				t.Errorf("%s: want the group and no region:\n%s", lang, out)
			}
		}
	}
}

// TestUnknownUnitClosestInForce: from 2026 the units of Lạng Sơn are those
// formed on 1/7/2025 (Nghị quyết (Resolution) 1672/NQ-UBTVQH15), which have
// no district: a commune name that is no unit is told the closest units in
// force in its year, never the communes abolished with their districts.
// Up to 2025 the closest of every period are named, as before.
func TestUnknownUnitClosestInForce(t *testing.T) {
	tests := []struct {
		name    string
		commune Commune
		year    int
		set     *criteria.Set
		key     string
	}{
		{"2026, district written beside a unit in force", Commune{Name: "Hoàng Văn Thụ", District: "Cao Lộc", Province: "Lạng Sơn"}, 2026, criteria.QD51of2025(),
			"Xã Hoàng Văn Thụ (06172), Lạng Sơn"},
		{"2026, a misspelt ward", Commune{Name: "Phường Đông Kin", Province: "Lạng Sơn"}, 2026, criteria.QD51of2025(),
			"Phường Đông Kinh (05977), Lạng Sơn; Xã Công Sơn (06220), Lạng Sơn; Xã Đồng Đăng (06184), Lạng Sơn"},
		{"2025, every period", Commune{Name: "Phường Đông Kin", Province: "Lạng Sơn"}, 2025, criteria.QD51of2025(),
			"Phường Đông Kinh (05980), Thành phố Lạng Sơn, Lạng Sơn; Phường Đông Kinh (05977), Lạng Sơn; Xã Đồng Tân (06424), Huyện Hữu Lũng, Lạng Sơn"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &Assessment{Commune: tc.commune, Group: "2", Year: tc.year, Values: map[string]map[string]Value{tc.set.ID: {"1": Bool(true)}}}
			var found []Warning
			r := Run(tc.set, a)
			for _, w := range r.Warnings() {
				if w.Kind == WarnUnknownUnit {
					found = append(found, w)
				}
			}
			if len(found) != 1 || found[0].Key != tc.key {
				t.Fatalf("warnings %v, want one unknown-unit naming %q", found, tc.key)
			}
		})
	}
}
