// Package unitnametest lists ways of writing the names of communes of the
// registry of package units (Lạng Sơn), each with the unit it is written
// for and whether it names that unit as [units.Find] tells. The tests of
// every place that matches a commune's name against the registry feed it
// the same list, so that the places cannot disagree on a name.
package unitnametest

import "time"

// Province is the province of every unit of the list.
const Province = "Lạng Sơn"

// Variant is a commune's name as written, and the unit it is written for:
// the unit whose code was Code on Day.
type Variant struct {
	Name string
	Code string
	Day  time.Time
	// Names is whether Name names that unit.
	Names bool
	// Why says what the variant is.
	Why string
}

var (
	march2025 = time.Date(2025, time.March, 1, 0, 0, 0, 0, time.UTC)
	jan2026   = time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)
)

// Variants returns the list: units of the 1/3/2025 and the 1/7/2025 lists
// (xã Tân Thành 06445 formed on 1/7/2025; xã Hòa Lạc 06430, xã Nhật Tiến
// 06418 of the 1/3/2025 list; xã Hoàng Văn Thụ 06172; the thị trấn and the
// xã Chi Lăng; Thị trấn NT Thái Bình, "Nông Trường Thái Bình" in
// 1672/NQ-UBTVQH15), written as the registry has them, with or without
// their kind, in another case, Unicode form, spacing or tone-mark
// placement, without diacritics, with another kind or other diacritics.
func Variants() []Variant {
	return []Variant{
		{"Tân Thành", "06445", jan2026, true, "the registry's name"},
		{"Xã Tân Thành", "06445", jan2026, true, "with its kind"},
		{"xã Tân Thành", "06445", jan2026, true, "with its kind in lower case"},
		{"TÂN THÀNH", "06445", jan2026, true, "upper case"},
		{"  Tân   Thành ", "06445", jan2026, true, "spacing"},
		{"Ta\u0302n Tha\u0300nh", "06445", jan2026, true, "NFD"},
		{"Tan Thanh", "06445", jan2026, true, "without diacritics"},
		{"xa Tan Thanh", "06445", jan2026, true, "with its kind, without diacritics"},
		{"Phường Tân Thành", "06445", jan2026, false, "another kind"},
		{"Tân Thanh", "06445", jan2026, false, "some diacritics missing"},
		{"Hòa Lạc", "06430", march2025, true, "the registry's name"},
		{"Hoà Lạc", "06430", march2025, true, "the old tone-mark placement"},
		{"xã Hoà Lạc", "06430", march2025, true, "the old placement, with its kind"},
		{"Ho\u0300a La\u0323c", "06430", march2025, true, "NFD"},
		{"hoa lac", "06430", march2025, true, "without diacritics"},
		{"Hoà Lac", "06430", march2025, false, "some diacritics missing"},
		{"Hòa Lạc", "06445", jan2026, false, "abolished on 1/7/2025, for 2026: not its successor"},
		{"Nhật Tiến", "06418", march2025, true, "the registry's name"},
		{"Nhất Tiến", "06418", march2025, false, "another commune's diacritics (Bắc Sơn)"},
		{"Nhat Tien", "06418", march2025, true, "without diacritics"},
		{"Hoàng Văn Thụ", "06172", jan2026, true, "the registry's name"},
		{"Xã Hoàng Văn Thụ", "06172", jan2026, true, "with its kind"},
		{"Hoàng Văn Thu", "06172", jan2026, false, "some diacritics missing"},
		{"Phường Hoàng Văn Thụ", "06172", jan2026, false, "the kind of the former phường"},
		{"Thị trấn Chi Lăng", "06466", march2025, true, "with its kind"},
		{"Xã Chi Lăng", "06466", march2025, false, "the xã of its district, not the thị trấn"},
		{"Chi Lăng", "06463", jan2026, true, "the xã formed on 1/7/2025"},
		{"Thị trấn Chi Lăng", "06463", jan2026, false, "the thị trấn, abolished on 1/7/2025"},
		{"NT Thái Bình", "06616", march2025, true, "the code list's name"},
		{"Nông Trường Thái Bình", "06616", march2025, true, "1672/NQ-UBTVQH15's spelling"},
		{"Thị trấn Nông Trường Thái Bình", "06616", march2025, true, "1672/NQ-UBTVQH15's spelling, with its kind"},
	}
}
