// Package registrynote says, in the words every command and report uses,
// that the registry of administrative units (package units) does not hold
// the units of a province, and what is therefore not known of its
// communes.
package registrynote

import (
	"fmt"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/provincekind"
	"github.com/nongthonmoi/ntm/units"
)

// NotHeld says in lang that the registry holds no units of province,
// naming the provinces it holds: "danh sách đơn vị hành chính chưa có
// tỉnh "Nghệ An" (đã có: Lạng Sơn)", "the registry holds no units of
// province "Nghệ An" (it holds: Lạng Sơn)".
func NotHeld(province, lang string) string {
	held := strings.Join(units.Provinces(), ", ")
	if lang == "en" {
		return fmt.Sprintf("the registry holds no units of %s %q (it holds: %s)", provincekind.Kind(province, lang), province, held)
	}
	return fmt.Sprintf("danh sách đơn vị hành chính chưa có %s %q (đã có: %s)", provincekind.Kind(province, lang), province, held)
}

// Reorganisation says in lang that the registry holds no units of
// province so that the reorganisation of its communes on 1/7/2025 (Nghị
// quyết 1672/NQ-UBTVQH15 for Lạng Sơn's) is not shown: [NotHeld], then
// "nên không nêu được việc sắp xếp đơn vị hành chính cấp xã ngày 1/7/2025
// của các xã của tỉnh này" ("so the reorganisation of its communes on
// 1/7/2025 is not shown").
func Reorganisation(province, lang string) string {
	if lang == "en" {
		return NotHeld(province, lang) + ", so the reorganisation of its communes on 1/7/2025 is not shown"
	}
	return NotHeld(province, lang) + " nên không nêu được việc sắp xếp đơn vị hành chính cấp xã ngày 1/7/2025 của các xã của " + provincekind.Kind(province, lang) + " này"
}

// Unheld returns the provinces of communes, in the order first named,
// whose units the registry does not hold; each once ([Key]), as first
// written.
func Unheld(provinces func(yield func(string) bool)) []string {
	var out []string
	seen := map[string]bool{}
	for p := range provinces {
		if p == "" || units.HasRegistry(p) {
			continue
		}
		if k := Key(p); !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}

// Key is what tells one province from another where each is said once:
// the name of the province of package criteria that province names
// ("Nghe An" and "Tỉnh Nghệ An" are "Nghệ An"), else the identity key of
// the name (placekey.Province).
func Key(province string) string {
	if p, ok := criteria.LookupProvince(province); ok {
		return p.Name
	}
	return placekey.Province(province)
}
