// Package provincekind tells a centrally-run city (thành phố trực thuộc
// trung ương) from a province, for the messages of package units and of
// the commands and reports that name a province's kind.
package provincekind

import (
	"slices"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/vntext"
)

// cities are the centrally-run cities (thành phố trực thuộc trung ương)
// among the provinces of package criteria, as its data names them (the
// provinces and cities of 2016-2020). Thừa Thiên Huế, a province under
// that name, is not one of them; Huế, the name the data knows it by too,
// is the centrally-run city it became (the data has no date of the
// change: a name written decides).
var cities = []string{"Hà Nội", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ"}

// City reports whether province names a centrally-run city: one of
// cities, or Huế written as the city's name ("Huế", "Thành phố Huế", not
// "Thừa Thiên Huế" or "Tỉnh Thừa Thiên Huế").
func City(province string) bool {
	p, ok := criteria.LookupProvince(province)
	if !ok {
		return false
	}
	if p.Name == "Thừa Thiên Huế" {
		folded := vntext.Fold(province)
		return strings.ReplaceAll(folded, " ", "") != "thuathienhue" && !strings.HasPrefix(folded, "tinh ")
	}
	return slices.Contains(cities, p.Name)
}

// Kind is the word for province's kind in lang ("en" for English,
// anything else Vietnamese): "thành phố" ("city") for a centrally-run
// city ([City]), "tỉnh" ("province") for any other name.
func Kind(province, lang string) string {
	city := City(province)
	switch {
	case lang == "en" && city:
		return "city"
	case lang == "en":
		return "province"
	case city:
		return "thành phố"
	}
	return "tỉnh"
}
