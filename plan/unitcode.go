package plan

import (
	"slices"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/communename"
	"github.com/nongthonmoi/ntm/internal/vidate"
	"github.com/nongthonmoi/ntm/units"
)

// codeWarnings warns of each target whose commune code (mã đơn vị hành
// chính, as in the code lists of the registry of package units) is no
// commune-level unit of its province in the registry, is the code of no unit in the target's year,
// or is the code of a unit in that year other than the commune the target
// names: the code then says another commune than the name does. Codes were
// reused on 1/7/2025, so a code is read for the days of the target's year.
// A target of a province without a registry, or of a year before the
// registry's first list, is not checked.
func (p *Plan) codeWarnings() []Warning {
	var ws []Warning
	for i, t := range p.Targets {
		code := strings.TrimSpace(t.Commune.Code)
		if code == "" || t.Commune.Name == "" || !units.HasRegistry(t.Commune.Province) {
			continue
		}
		from := time.Date(t.Year, time.January, 1, 0, 0, 0, 0, time.UTC)
		to := time.Date(t.Year, time.December, 31, 0, 0, 0, 0, time.UTC)
		if since := units.Since(t.Commune.Province); to.Before(since) {
			continue
		}
		var all, inYear []units.Unit
		for _, u := range units.All(t.Commune.Province) {
			if u.Code != code {
				continue
			}
			all = append(all, u)
			if !u.From.After(to) && (u.To.IsZero() || !u.To.Before(from)) {
				inYear = append(inYear, u)
			}
		}
		path := key(index("targets", i), "commune.code")
		name := verbatim(t.Commune.Name)
		place := verbatim(evaluate.Commune{District: t.Commune.District, Province: t.Commune.Province}.String())
		switch {
		case len(all) == 0:
			ws = append(ws, warning(path, "", "commune %q (%s): code %q is no commune-level unit of %s in the registry of administrative units",
				name, place, verbatim(code), verbatim(registryProvince(t.Commune.Province))))
		case len(inYear) == 0:
			ws = append(ws, warning(path, "", "commune %q (%s): code %q is no unit's in %d; it was the code of %s",
				name, place, verbatim(code), t.Year, unitSpans(all)))
		case !namesAny(inYear, t.Commune.Name):
			ws = append(ws, warning(path, "", "commune %q (%s): code %q is that of %s in %d, not of %s",
				name, place, verbatim(code), verbatim(unitNames(inYear)), t.Year, communename.Name(t.Commune.Name)))
		}
	}
	return ws
}

// registryProvince is the registry's name of province: "Lạng Sơn" for "tỉnh
// Lang Son".
func registryProvince(province string) string {
	if us := units.All(province); len(us) > 0 {
		return us[0].Province
	}
	return province
}

// namesAny reports whether name names one of us (units of one province)
// as units.Find finds it: with or without the kind, which must then be
// the unit's, the tone mark placed either way, without any diacritic, or
// as 1672/NQ-UBTVQH15 spells it. A unit is told by its code and its first
// day, as codes were reused.
func namesAny(us []units.Unit, name string) bool {
	if len(us) == 0 {
		return false
	}
	found := units.Find(units.Place{Name: name, Province: us[0].Province}, time.Time{})
	return slices.ContainsFunc(us, func(u units.Unit) bool {
		return slices.ContainsFunc(found, func(f units.Unit) bool { return f.Code == u.Code && f.From.Equal(u.From) })
	})
}

// unitNames names units: "Xã Hoàng Văn Thụ (06172), Lạng Sơn", joined by
// "; ".
func unitNames(us []units.Unit) string {
	names := make([]string, len(us))
	for i, u := range us {
		names[i] = u.String()
	}
	return strings.Join(names, "; ")
}

// unitSpans names units with the days they were in force: "Xã Hòa Lạc
// (06430), Huyện Hữu Lũng, Lạng Sơn (2025-03-01 – 2025-06-30)", in
// Vietnamese with the dates as administrative documents write them
// (01/3/2025 – 30/6/2025).
type unitSpans []units.Unit

func (s unitSpans) String() string {
	return s.text(func(t time.Time) string { return t.Format(time.DateOnly) })
}
func (s unitSpans) Vietnamese() string { return s.text(vidate.Time) }

func (s unitSpans) text(date func(time.Time) string) string {
	parts := make([]string, len(s))
	for i, u := range s {
		to := ""
		if !u.To.IsZero() {
			to = " " + date(u.To)
		}
		parts[i] = u.String() + " (" + date(u.From) + " –" + to + ")"
	}
	return strings.Join(parts, "; ")
}
