package criteria

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// These tests pin the facts of the sets after 2020 against the project's
// reference (shared/reference/2021-2030-sets.md), with their marks.

func TestLaterSetsIdentity(t *testing.T) {
	type identity struct {
		ID, Title, Issuer, Requires string
		Level                       Level
		Issued, Effective           string
		Period                      Period
		Columns                     Columns
		Content                     Content
		Criteria                    int
	}
	d := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.DateOnly)
	}
	want := []identity{
		{IDQD318NTM, "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025", "Thủ tướng Chính phủ", "",
			LevelNTM, "2022-03-08", "2022-03-08", Period{2021, 2025}, ColumnsRegion, ContentPendingOfficialText, 19},
		{IDQD318Enhanced, "Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025", "Thủ tướng Chính phủ", IDQD318NTM,
			LevelEnhanced, "2022-03-08", "2022-03-08", Period{2021, 2025}, ColumnsRegion, ContentPendingOfficialText, 19},
		{IDQD319, "Xã nông thôn mới kiểu mẫu giai đoạn 2021 - 2025", "Thủ tướng Chính phủ", IDQD318Enhanced,
			LevelModel, "2022-03-08", "", Period{2021, 2025}, ColumnsRegion, ContentPendingOfficialText, 4},
		{IDQD51of2025, "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030", "Thủ tướng Chính phủ", "",
			LevelNTM, "2025-12-29", "2026-02-15", Period{2026, 2030}, ColumnsGroup, ContentPendingOfficialText, 10},
	}
	var got []identity
	for _, s := range []*Set{QD318NTM(), QD318Enhanced(), QD319(), QD51of2025()} {
		got = append(got, identity{s.ID, s.Title.VI, s.Issuer, s.Requires, s.Level, d(s.Issued), d(s.Effective),
			s.Period, s.Columns, s.Content, len(s.Criteria)})
		for _, c := range s.Criteria {
			if len(c.Indicators) != 1 || c.Indicators[0].Code != c.Code || c.Indicators[0].Kind != KindPass ||
				c.Indicators[0].Common == nil || len(c.Indicators[0].Regional) > 0 || len(c.Indicators[0].ByGroup) > 0 {
				t.Errorf("%s criterion %s is not one pass slot of the same code with one common target", s.ID, c.Code)
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

type namedCriterion struct {
	Code, Name, Group string
	Provenance        Provenance
}

func criteriaOf(s *Set) []namedCriterion {
	var out []namedCriterion
	for _, c := range s.Criteria {
		out = append(out, namedCriterion{c.Code, c.Name.VI, c.Group, c.Indicators[0].Common.Provenance})
	}
	return out
}

func TestQD318CriteriaAsTheReference(t *testing.T) {
	// Phụ lục I: names C1, numbers and groups C2.
	ntm := []namedCriterion{
		{"1", "Quy hoạch", "I", C1}, {"2", "Giao thông", "II", C1}, {"3", "Thủy lợi và phòng, chống thiên tai", "II", C1},
		{"4", "Điện", "II", C1}, {"5", "Trường học", "II", C1}, {"6", "Cơ sở vật chất văn hóa", "II", C1},
		{"7", "Cơ sở hạ tầng thương mại nông thôn", "II", C1}, {"8", "Thông tin và Truyền thông", "II", C1},
		{"9", "Nhà ở dân cư", "II", C1}, {"10", "Thu nhập", "III", C1}, {"11", "Nghèo đa chiều", "III", C1},
		{"12", "Lao động", "III", C1}, {"13", "Tổ chức sản xuất và phát triển kinh tế nông thôn", "III", C1},
		{"14", "Giáo dục và Đào tạo", "IV", C1}, {"15", "Y tế", "IV", C1}, {"16", "Văn hóa", "IV", C1},
		{"17", "Môi trường và an toàn thực phẩm", "IV", C1}, {"18", "Hệ thống chính trị và tiếp cận pháp luật", "V", C1},
		{"19", "Quốc phòng và An ninh", "V", C1},
	}
	if diff := cmp.Diff(ntm, criteriaOf(QD318NTM())); diff != "" {
		t.Errorf("318/QĐ-TTg/I (-want +got):\n%s", diff)
	}
	// Phụ lục II: names C1, criteria 13, 17, 18 C2; groups not in the reference.
	enhanced := []namedCriterion{
		{"1", "Quy hoạch", "", C1}, {"2", "Giao thông", "", C1}, {"3", "Thủy lợi và phòng, chống thiên tai", "", C1},
		{"4", "Điện", "", C1}, {"5", "Giáo dục", "", C1}, {"6", "Văn hóa", "", C1},
		{"7", "Cơ sở hạ tầng thương mại nông thôn", "", C1}, {"8", "Thông tin và Truyền thông", "", C1},
		{"9", "Nhà ở dân cư", "", C1}, {"10", "Thu nhập", "", C1}, {"11", "Nghèo đa chiều", "", C1},
		{"12", "Lao động", "", C1}, {"13", "Tổ chức sản xuất và phát triển kinh tế nông thôn", "", C2},
		{"14", "Y tế", "", C1}, {"15", "Hành chính công", "", C1}, {"16", "Tiếp cận pháp luật", "", C1},
		{"17", "Môi trường", "", C2}, {"18", "Chất lượng môi trường sống", "", C2}, {"19", "Quốc phòng và An ninh", "", C1},
	}
	if diff := cmp.Diff(enhanced, criteriaOf(QD318Enhanced())); diff != "" {
		t.Errorf("318/QĐ-TTg/II (-want +got):\n%s", diff)
	}
}

func TestQD51of2025AsTheReference(t *testing.T) {
	// Names C2, numbering C1 (the slot's mark is the weaker).
	want := []namedCriterion{
		{"1", "Quy hoạch", "", C1}, {"2", "Hạ tầng kinh tế - xã hội", "", C1}, {"3", "Phát triển kinh tế nông thôn", "", C1},
		{"4", "Đào tạo nguồn nhân lực nông thôn", "", C1}, {"5", "Văn hóa, giáo dục, y tế", "", C1},
		{"6", "Giảm nghèo và an sinh xã hội", "", C1}, {"7", "Khoa học công nghệ và chuyển đổi số", "", C1},
		{"8", "Môi trường và cảnh quan nông thôn", "", C1}, {"9", "Xây dựng hệ thống chính trị và hành chính công", "", C1},
		{"10", "Tiếp cận pháp luật và an ninh, quốc phòng", "", C1},
	}
	s := QD51of2025()
	if diff := cmp.Diff(want, criteriaOf(s)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var groups []string
	for _, g := range s.CommuneGroups {
		groups = append(groups, g.Code)
	}
	if diff := cmp.Diff([]string{"1", "2", "3"}, groups); diff != "" {
		t.Errorf("commune groups (-want +got):\n%s", diff)
	}
}

func TestQD319Conditions(t *testing.T) {
	s := QD319()
	var got []string
	for _, c := range s.Criteria {
		got = append(got, c.Code+" "+c.Indicators[0].Citation+" "+c.Indicators[0].Common.Provenance.String())
	}
	want := []string{"1 319/QĐ-TTg, điều kiện 1 C2", "2 319/QĐ-TTg, điều kiện 2 C2", "3 319/QĐ-TTg, điều kiện 3 C2", "4 319/QĐ-TTg, điều kiện 4 C2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestLaterSetAliases(t *testing.T) {
	tests := map[string]string{
		"318": IDQD318NTM, "318-ntm": IDQD318NTM, "318/QD-TTg/I": IDQD318NTM, "QD318": IDQD318NTM,
		"318-nang-cao": IDQD318Enhanced, "318/QĐ-TTg/II": IDQD318Enhanced,
		"319": IDQD319, "kieu-mau": IDQD319, "Kiểu mẫu": IDQD319, "319/QD-TTg": IDQD319,
		"51/2025": IDQD51of2025, "51": IDQD51of2025, "51/2025/QD-TTg": IDQD51of2025,
		"1980": IDQD1980, "933": IDQD933,
	}
	for alias, want := range tests {
		s, err := Lookup(alias)
		if err != nil || s.ID != want {
			t.Errorf("Lookup(%q) = %v, %v; want %s", alias, s, err, want)
		}
	}
}

func TestAliasesNameALoadedReplacement(t *testing.T) {
	c := Builtin()
	s := QD51of2025()
	s.Title.VI = "TEST FIXTURE"
	if err := c.Add(s); err != nil {
		t.Fatal(err)
	}
	got, err := c.Lookup("51/2025")
	if err != nil || got.Title.VI != "TEST FIXTURE" {
		t.Errorf("Lookup(51/2025) after replacing = %v, %v", got, err)
	}
}
