package criteria

import (
	"fmt"
	"strings"

	"github.com/nongthonmoi/ntm/internal/vntext"
)

// Province is one of the 63 provinces and centrally-run cities of 2016-2020
// and the region whose column of 1980/QĐ-TTg applies to its communes.
type Province struct {
	Name   string // official name with diacritics, NFC: "Lạng Sơn"
	Region Region
	// Uncertain is true when no public source confirms the region assignment for
	// the NTM programme (Quảng Ninh: old Đông Bắc region, ĐBSH in GSO's scheme).
	Uncertain bool
}

// provinceTable follows ../shared/reference/provinces.tsv row for row.
var provinceTable = [...]Province{
	{"Hà Giang", TDMNPB, false}, {"Cao Bằng", TDMNPB, false}, {"Bắc Kạn", TDMNPB, false},
	{"Tuyên Quang", TDMNPB, false}, {"Lào Cai", TDMNPB, false}, {"Yên Bái", TDMNPB, false},
	{"Thái Nguyên", TDMNPB, false}, {"Lạng Sơn", TDMNPB, false}, {"Bắc Giang", TDMNPB, false},
	{"Phú Thọ", TDMNPB, false}, {"Điện Biên", TDMNPB, false}, {"Lai Châu", TDMNPB, false},
	{"Sơn La", TDMNPB, false}, {"Hòa Bình", TDMNPB, false},
	{"Hà Nội", DBSH, false}, {"Hải Phòng", DBSH, false}, {"Quảng Ninh", DBSH, true},
	{"Hải Dương", DBSH, false}, {"Hưng Yên", DBSH, false}, {"Vĩnh Phúc", DBSH, false},
	{"Bắc Ninh", DBSH, false}, {"Hà Nam", DBSH, false}, {"Nam Định", DBSH, false},
	{"Ninh Bình", DBSH, false}, {"Thái Bình", DBSH, false},
	{"Thanh Hóa", BTB, false}, {"Nghệ An", BTB, false}, {"Hà Tĩnh", BTB, false},
	{"Quảng Bình", BTB, false}, {"Quảng Trị", BTB, false}, {"Thừa Thiên Huế", BTB, false},
	{"Đà Nẵng", DHNTB, false}, {"Quảng Nam", DHNTB, false}, {"Quảng Ngãi", DHNTB, false},
	{"Bình Định", DHNTB, false}, {"Phú Yên", DHNTB, false}, {"Khánh Hòa", DHNTB, false},
	{"Ninh Thuận", DHNTB, false}, {"Bình Thuận", DHNTB, false},
	{"Kon Tum", TN, false}, {"Gia Lai", TN, false}, {"Đắk Lắk", TN, false},
	{"Đắk Nông", TN, false}, {"Lâm Đồng", TN, false},
	{"Thành phố Hồ Chí Minh", DNB, false}, {"Đồng Nai", DNB, false}, {"Bình Dương", DNB, false},
	{"Bình Phước", DNB, false}, {"Tây Ninh", DNB, false}, {"Bà Rịa - Vũng Tàu", DNB, false},
	{"Long An", DBSCL, false}, {"Tiền Giang", DBSCL, false}, {"Bến Tre", DBSCL, false},
	{"Trà Vinh", DBSCL, false}, {"Vĩnh Long", DBSCL, false}, {"Đồng Tháp", DBSCL, false},
	{"An Giang", DBSCL, false}, {"Kiên Giang", DBSCL, false}, {"Cần Thơ", DBSCL, false},
	{"Hậu Giang", DBSCL, false}, {"Sóc Trăng", DBSCL, false}, {"Bạc Liêu", DBSCL, false},
	{"Cà Mau", DBSCL, false},
}

// provinceAliases are common ways of writing a province beyond case,
// diacritics, spacing, hyphens and the prefixes tỉnh/thành phố/TP.
var provinceAliases = map[string]string{
	"Hồ Chí Minh": "Thành phố Hồ Chí Minh",
	"HCM":         "Thành phố Hồ Chí Minh",
	"TPHCM":       "Thành phố Hồ Chí Minh",
	"Sài Gòn":     "Thành phố Hồ Chí Minh",
	"Huế":         "Thừa Thiên Huế",
	"Vũng Tàu":    "Bà Rịa - Vũng Tàu",
	"BR-VT":       "Bà Rịa - Vũng Tàu",
	"Đắc Lắc":     "Đắk Lắk",
	"Đắc Nông":    "Đắk Nông",
}

var provinceIndex = func() map[string]int {
	m := make(map[string]int, len(provinceTable)+len(provinceAliases))
	for i, p := range provinceTable {
		m[provinceKey(p.Name)] = i
	}
	for alias, name := range provinceAliases {
		for i, p := range provinceTable {
			if p.Name == name {
				m[provinceKey(alias)] = i
			}
		}
	}
	return m
}()

// provinceExact finds the official names and aliases as written, without
// folding.
var provinceExact = func() map[string]int {
	m := make(map[string]int, len(provinceTable)+len(provinceAliases))
	for i, p := range provinceTable {
		m[p.Name] = i
	}
	for alias, name := range provinceAliases {
		if i, ok := provinceIndex[provinceKey(name)]; ok {
			m[alias] = i
		}
	}
	return m
}()

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiProvinceKey is provinceKey for ASCII input, without the Unicode
// machinery: lower case, runs of other characters than letters and digits
// as one space, then the prefix and the spaces removed.
func asciiProvinceKey(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		default:
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	f := string(b)
	for _, prefix := range []string{"tinh ", "thanh pho ", "tp "} {
		if rest, ok := strings.CutPrefix(f, prefix); ok && rest != "" {
			f = rest
			break
		}
	}
	return strings.ReplaceAll(f, " ", "")
}

// provinceKey folds a province name: no diacritics, no case, no spaces or
// punctuation, and without a leading "tỉnh", "thành phố" or "TP".
func provinceKey(s string) string {
	f := vntext.Fold(s)
	for _, prefix := range []string{"tinh ", "thanh pho ", "tp "} {
		if rest, ok := strings.CutPrefix(f, prefix); ok && rest != "" {
			f = rest
			break
		}
	}
	return strings.ReplaceAll(f, " ", "")
}

// Provinces returns the 63 provinces of 2016-2020 in the order of the
// reference table (north to south, by region). The slice is a fresh copy.
func Provinces() []Province {
	out := make([]Province, len(provinceTable))
	copy(out, provinceTable[:])
	return out
}

// LookupProvince finds a province by name, ignoring case, diacritics, Unicode
// normalisation form (NFC or NFD), spacing and hyphens, and a leading "tỉnh",
// "thành phố" or "TP.": "Lạng Sơn", "lang son", "TP. Hồ Chí Minh", "TP HCM",
// "Thừa Thiên - Huế", "Bà Rịa-Vũng Tàu", "Hoà Bình", "Đăk Lăk" are all found.
func LookupProvince(name string) (Province, bool) {
	if i, ok := provinceExact[name]; ok {
		return provinceTable[i], true
	}
	var key string
	if isASCII(name) {
		key = asciiProvinceKey(name)
	} else {
		key = provinceKey(name)
	}
	i, ok := provinceIndex[key]
	if !ok {
		return Province{}, false
	}
	return provinceTable[i], true
}

// RegionOf returns the region of the named province, or an error naming the
// input when the province is unknown.
func RegionOf(province string) (Region, error) {
	p, ok := LookupProvince(province)
	if !ok {
		return 0, fmt.Errorf("criteria: unknown province %q", province)
	}
	return p.Region, nil
}
