package criteria

import (
	"errors"
	"fmt"
	"github.com/nongthonmoi/ntm/internal/pathorder"
	"slices"
	"strconv"
	"strings"
)

// FieldError is a problem at one place of a set or of a definition: the path
// (`criteria[3].indicators[1].targets.TDMNPB.value`), the offending input
// quoted when there is one, and the cause.
type FieldError struct {
	Path  string // JSON path of the field
	Input string // the offending text, when there is one
	Err   error
}

// Error returns "criteria: PATH: problem (got "INPUT")".
func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString("criteria: ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	if e.Input != "" {
		fmt.Fprintf(&b, " (got %q)", e.Input)
	}
	return b.String()
}

// Unwrap returns the cause, for [errors.Is] and [errors.As].
func (e *FieldError) Unwrap() error { return e.Err }

// maxErrors caps how many problems one input reports.
const maxErrors = 50

// problems collects FieldErrors and joins them sorted by path.
type problems struct{ list []*FieldError }

func (p *problems) add(path, input string, format string, args ...any) {
	p.list = append(p.list, &FieldError{Path: path, Input: input, Err: fmt.Errorf(format, args...)})
}

func (p *problems) err() error {
	if len(p.list) == 0 {
		return nil
	}
	slices.SortStableFunc(p.list, func(a, b *FieldError) int { return pathorder.Compare(a.Path, b.Path) })
	errs := make([]error, 0, min(len(p.list), maxErrors)+1)
	for i, e := range p.list {
		if i == maxErrors {
			errs = append(errs, fmt.Errorf("criteria: … and %d more problems", len(p.list)-maxErrors))
			break
		}
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}

// Validate checks a set: identity present, unique criterion and indicator
// codes, each indicator's operator admitted by its kind, a target for every
// region (its own or a common one), every target with a provenance and every
// indicator with a citation, pass targets true, none targets 0, percentages
// within 0-100, amounts not negative, by-year values inside the set's period.
// It reports every problem, each with its path, sorted by path.
func Validate(s *Set) error {
	var p problems
	validateSet(&p, "", s)
	return p.err()
}

// validateSet adds the problems of s to p, each path prefixed with prefix
// ("" or "[2]." when s is the third set of an array).
func validateSet(p *problems, prefix string, s *Set) {
	if s == nil {
		p.add(strings.TrimSuffix(prefix, "."), "", "nil set")
		return
	}
	if strings.TrimSpace(s.ID) == "" {
		p.add(prefix+"id", "", "must not be empty")
	}
	if s.Title.VI == "" {
		p.add(prefix+"title.vi", "", "must not be empty")
	}
	if s.Level < LevelNTM || s.Level > LevelModel {
		p.add(prefix+"level", "", "must be ntm, ntm-nang-cao or ntm-kieu-mau")
	}
	if s.Scope == "" {
		p.add(prefix+"scope", "", "must be \"national\" or a province")
	} else if s.Scope != ScopeNational {
		if _, ok := LookupProvince(s.Scope); !ok {
			p.add(prefix+"scope", s.Scope, "unknown province")
		}
	}
	if s.Content != ContentComplete && s.Content != ContentPendingOfficialText {
		p.add(prefix+"content", "", "must be complete or pending-official-text")
	}
	if s.Period.From == 0 || s.Period.To < s.Period.From {
		p.add(prefix+"period", fmt.Sprintf("%d-%d", s.Period.From, s.Period.To), "must name a from year not after the to year")
	}
	if !s.Issued.IsZero() && !s.Effective.IsZero() && s.Effective.Before(s.Issued) {
		p.add(prefix+"effective", s.Effective.Format("2006-01-02"), "is before the issue date")
	}
	if s.Requires != "" && idKey(s.Requires) == idKey(s.ID) {
		p.add(prefix+"requires", s.Requires, "a set cannot require itself")
	}
	if len(s.Criteria) == 0 {
		p.add(prefix+"criteria", "", "must list at least one criterion")
	}
	groups := make(map[string]bool)
	for i, g := range s.Groups {
		if g.Code == "" || groups[g.Code] {
			p.add(prefix+fmt.Sprintf("groups[%d].code", i), g.Code, "must be present and unique")
		}
		groups[g.Code] = true
	}
	validateColumns(p, prefix, s)
	criteria := make(map[string]bool)
	indicators := make(map[string]bool)
	for i, c := range s.Criteria {
		cp := prefix + fmt.Sprintf("criteria[%d]", i)
		if c.Code == "" || criteria[c.Code] {
			p.add(cp+".code", c.Code, "must be present and unique")
		}
		criteria[c.Code] = true
		if c.Name.VI == "" {
			p.add(cp+".name.vi", "", "must not be empty")
		}
		if len(s.Groups) > 0 && !groups[c.Group] {
			p.add(cp+".group", c.Group, "names no group of the set")
		}
		if len(c.Indicators) == 0 {
			p.add(cp+".indicators", "", "must list at least one indicator")
		}
		for j, ind := range c.Indicators {
			ip := fmt.Sprintf("%s.indicators[%d]", cp, j)
			if ind.Code == "" || indicators[ind.Code] {
				p.add(ip+".code", ind.Code, "must be present and unique in the set")
			}
			indicators[ind.Code] = true
			validateIndicator(p, ip, s, &ind)
		}
	}
}

func validateIndicator(p *problems, path string, s *Set, ind *Indicator) {
	if ind.Kind < KindPass || ind.Kind > KindAmount {
		p.add(path+".kind", "", "must be pass, none, percent or amount")
	} else if !ind.Kind.Accepts(ind.Op) {
		p.add(path+".op", ind.Op.String(), "does not fit kind %s", ind.Kind)
	}
	if ind.Kind == KindPercent && ind.Unit != "%" {
		p.add(path+".unit", ind.Unit, "a percent indicator has unit \"%%\"")
	}
	if ind.Text.VI == "" {
		p.add(path+".text.vi", "", "must not be empty")
	}
	if strings.TrimSpace(ind.Citation) == "" {
		p.add(path+".citation", "", "must cite the law")
	}
	if ind.TargetYear != 0 && !s.Period.Contains(ind.TargetYear) {
		p.add(path+".target_year", strconv.Itoa(ind.TargetYear), "lies outside the set's period")
	}
	if s.Columns == ColumnsGroup {
		validateGroupTargets(p, path, s, ind)
		return
	}
	if len(ind.ByGroup) > 0 {
		p.add(path+".targets", "", "a region set has no commune-group targets")
	}
	if ind.Common == nil {
		var missing []string
		for _, r := range Regions() {
			if _, ok := ind.Regional[r]; !ok {
				missing = append(missing, r.String())
			}
		}
		if len(missing) == 1 {
			p.add(path+".targets", "", "region %s has no target and there is no common target", missing[0])
		} else if len(missing) > 1 {
			p.add(path+".targets", "", "regions %s have no target and there is no common target", strings.Join(missing, ", "))
		}
	} else {
		validateTarget(p, path+".targets.common", s, ind, *ind.Common)
	}
	for _, r := range Regions() {
		if t, ok := ind.Regional[r]; ok {
			validateTarget(p, path+".targets."+r.String(), s, ind, t)
		}
	}
	for r := range ind.Regional {
		if !r.Valid() {
			p.add(path+".targets", r.String(), "not a region")
		}
	}
}

func validateTarget(p *problems, path string, s *Set, ind *Indicator, t Target) {
	checkValue := func(path string, prov Provenance, v decimalValue) {
		if prov < C2 || prov > M {
			p.add(path+".provenance", "", "must be C2, C1 or M")
		}
		switch ind.Kind {
		case KindPass:
			if !v.IsZero() {
				p.add(path+".value", v.String(), "a pass target is \"true\"")
			}
		case KindNone:
			if !v.IsZero() {
				p.add(path+".value", v.String(), "a none target is \"0\"")
			}
		case KindPercent:
			if v.Sign() < 0 || v.Cmp(hundred) > 0 {
				p.add(path+".value", v.String(), "a percentage must be within 0-100")
			}
		case KindAmount:
			if v.Sign() < 0 {
				p.add(path+".value", v.String(), "an amount must not be negative")
			}
		}
	}
	checkValue(path, t.Provenance, t.Value)
	for y, yt := range t.ByYear {
		yp := fmt.Sprintf("%s.by_year.%d", path, y)
		if !s.Period.Contains(y) {
			p.add(yp, strconv.Itoa(y), "year lies outside the set's period %d-%d", s.Period.From, s.Period.To)
		}
		if ind.Kind == KindPass || ind.Kind == KindNone {
			p.add(yp, "", "a %s indicator has no yearly values", ind.Kind)
		}
		checkValue(yp, yt.Provenance, yt.Value)
	}
}
