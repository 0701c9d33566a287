package plan

import (
	"slices"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/vntext"
)

// Lạng Sơn departments (Sở) and provincial bodies in charge of criteria.
const (
	AgencyConstruction    = "Sở Xây dựng"
	AgencyTransport       = "Sở Giao thông vận tải"
	AgencyAgriculture     = "Sở Nông nghiệp và Phát triển nông thôn"
	AgencyIndustry        = "Sở Công Thương"
	AgencyEducation       = "Sở Giáo dục và Đào tạo"
	AgencyCulture         = "Sở Văn hóa, Thể thao và Du lịch"
	AgencyInformation     = "Sở Thông tin và Truyền thông"
	AgencyPlanning        = "Sở Kế hoạch và Đầu tư (Cục Thống kê tỉnh)"
	AgencyLabour          = "Sở Lao động - Thương binh và Xã hội"
	AgencyHealth          = "Sở Y tế"
	AgencyEnvironment     = "Sở Tài nguyên và Môi trường"
	AgencyHomeAffairs     = "Sở Nội vụ"
	AgencyJustice         = "Sở Tư pháp"
	AgencyMilitary        = "Bộ Chỉ huy Quân sự tỉnh"
	AgencyPolice          = "Công an tỉnh"
	AgencyVeterans        = "Hội Cựu chiến binh tỉnh"
	AgencyCoordination    = "Văn phòng Điều phối nông thôn mới tỉnh"
	AgencyDistrictHuuLung = "UBND huyện Hữu Lũng"
)

// DefaultResponsibilitiesLangSon returns which Lạng Sơn department is in
// charge of which criterion (or indicator) of 1980/QĐ-TTg, one
// responsibility per department, in criterion order. Each call returns a
// fresh copy the caller may change.
//
// # Provenance
//
// The table is DERIVED BY MIRRORING, not taken from a provincial decision:
// each national ministry that guides a criterion (see the reference table
// of 1980/QĐ-TTg, where most ministry assignments are themselves marked M,
// recalled) is replaced by the department of the province that mirrors it
// (Bộ Xây dựng → Sở Xây dựng, Bộ Quốc phòng → Bộ Chỉ huy Quân sự tỉnh, Bộ
// Công an → Công an tỉnh, …), with the same indicator-level splits: 14.3
// and 18.6 to Sở Lao động - Thương binh và Xã hội; 17.1a, 17.1b and 17.7 to
// Sở Nông nghiệp và Phát triển nông thôn; 17.6 and 17.8 to Sở Y tế; 17.2 to
// 17.5 to Sở Tài nguyên và Môi trường; 18.5 to Sở Tư pháp; 19.1 to Bộ Chỉ
// huy Quân sự tỉnh; 19.2 to Công an tỉnh. Only Sở Tài nguyên và Môi trường's
// lead on criterion 17 is documented (Kế hoạch 22/KH-STNMT, 05/02/2020, and
// Plan 47); the plan's own responsibilities win over this table (see
// [Merge]).
func DefaultResponsibilitiesLangSon() []Responsibility {
	set := criteria.IDQD1980
	return []Responsibility{
		{Agency: AgencyConstruction, Criteria: []string{"1", "9"}, Set: set},
		{Agency: AgencyTransport, Criteria: []string{"2"}, Set: set},
		{Agency: AgencyAgriculture, Criteria: []string{"3", "13", "17.1a", "17.1b", "17.7"}, Set: set},
		{Agency: AgencyIndustry, Criteria: []string{"4", "7"}, Set: set},
		{Agency: AgencyEducation, Criteria: []string{"5", "14.1", "14.2"}, Set: set},
		{Agency: AgencyCulture, Criteria: []string{"6", "16"}, Set: set},
		{Agency: AgencyInformation, Criteria: []string{"8"}, Set: set},
		{Agency: AgencyPlanning, Criteria: []string{"10"}, Set: set},
		{Agency: AgencyLabour, Criteria: []string{"11", "12", "14.3", "18.6"}, Set: set},
		{Agency: AgencyHealth, Criteria: []string{"15", "17.6", "17.8"}, Set: set},
		{Agency: AgencyEnvironment, Criteria: []string{"17.2", "17.3", "17.4", "17.5"}, Set: set},
		{Agency: AgencyHomeAffairs, Criteria: []string{"18.1", "18.2", "18.3", "18.4"}, Set: set},
		{Agency: AgencyJustice, Criteria: []string{"18.5"}, Set: set},
		{Agency: AgencyMilitary, Criteria: []string{"19.1"}, Set: set},
		{Agency: AgencyPolice, Criteria: []string{"19.2"}, Set: set},
	}
}

// Merge returns the plan's responsibilities followed by those of defaults
// that the plan does not override. A plan responsibility overrides a
// default code when it applies to the same set (or to every set) and names
// that code or the criterion the code is an indicator of; a default left
// with no code is dropped, and a default for the same agency as a plan
// responsibility is folded into it. The result is a fresh slice; p and
// defaults are not changed.
//
// For Plan 47, whose only responsibility is Sở Tài nguyên và Môi trường →
// criterion 17, Merge gives criterion 17 whole to that department and keeps
// the other departments of [DefaultResponsibilitiesLangSon] for criteria 1
// to 16, 18 and 19.
func Merge(p *Plan, defaults []Responsibility) []Responsibility {
	out := make([]Responsibility, 0, len(p.Responsibilities)+len(defaults))
	for _, r := range p.Responsibilities {
		r.Criteria = slices.Clone(r.Criteria)
		out = append(out, r)
	}
	planned := len(out)
	for _, d := range defaults {
		var keep []string
		for _, code := range d.Criteria {
			if !overridden(p.Responsibilities, d.Set, code) {
				keep = append(keep, code)
			}
		}
		if len(keep) == 0 {
			continue
		}
		merged := false
		for i := range out[:planned] {
			if vntext.Key(out[i].Agency) == vntext.Key(d.Agency) && out[i].Set == d.Set {
				for _, c := range keep {
					if !slices.Contains(out[i].Criteria, c) {
						out[i].Criteria = append(out[i].Criteria, c)
					}
				}
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, Responsibility{Agency: d.Agency, Criteria: keep, Set: d.Set})
		}
	}
	return out
}

func overridden(plan []Responsibility, set, code string) bool {
	crit := criterionOf(code)
	for _, r := range plan {
		if r.Set != "" && set != "" && r.Set != set {
			continue
		}
		for _, c := range r.Criteria {
			if c == code || c == crit {
				return true
			}
		}
	}
	return false
}

// criterionOf returns the criterion code of an indicator code: "17" of
// "17.1a", "5" of "5".
func criterionOf(code string) string {
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return code[:i]
		}
	}
	return code
}
