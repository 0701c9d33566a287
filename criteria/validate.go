package criteria

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/problem"
)

// FieldError is a problem at one place of a set or of a definition: the
// path (`criteria[3].indicators[1].targets.TDMNPB.value`), the offending
// input quoted when there is one, the code and the cause. It is a
// [problem.Problem] (same fields; [errors.As] with a *problem.Problem
// target finds it) whose message begins "criteria: ".
type FieldError problem.Problem

// Error returns "criteria: PATH: problem (got "INPUT")".
func (e *FieldError) Error() string { return "criteria: " + (*problem.Problem)(e).Message(problem.EN) }

// Unwrap returns the cause, for [errors.Is] and [errors.As].
func (e *FieldError) Unwrap() error { return e.Err }

// Is reports whether target is the problem's [problem.Code].
func (e *FieldError) Is(target error) bool { return (*problem.Problem)(e).Is(target) }

// As sets a *problem.Problem target to e.
func (e *FieldError) As(target any) bool {
	if p, ok := target.(**problem.Problem); ok {
		*p = (*problem.Problem)(e)
		return true
	}
	return false
}

// tooLarge reports whether the value at path was reported too large.
func (p *problems) tooLarge(path string) bool {
	for _, e := range p.list {
		if e.Code == problem.TooLarge && e.Path == path {
			return true
		}
	}
	return false
}

// problems collects FieldErrors and joins them sorted by path.
type problems struct{ list []*FieldError }

func (p *problems) add(path, input string, code problem.Code, format string, args ...any) {
	if p.tooLarge(path) {
		return // the value was cut; what else is wrong with it echoes that
	}
	p.list = append(p.list, &FieldError{Code: code, Path: path, Input: input, Err: problem.Errorf(code, format, args...)})
}

func (p *problems) addProblem(q *problem.Problem) { p.list = append(p.list, (*FieldError)(q)) }

func (p *problems) err() error {
	return problem.Join("criteria", p.list, func(e *FieldError) *problem.Problem { return (*problem.Problem)(e) })
}

// Validate checks a set: identity present, unique criterion and indicator
// codes, each indicator's operator admitted by its kind, a target for every
// region (its own or a common one), every target with a provenance and every
// indicator with a citation, pass targets true, none targets 0, percentages
// within 0-100, amounts not negative, by-year values inside the set's period,
// dates of the years 1-9999.
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
		p.add(strings.TrimSuffix(prefix, "."), "", problem.Invalid, "nil set")
		return
	}
	validateIdentity(p, prefix, s)
	validateDates(p, prefix, s)
	if s.Requires != "" && idKey(s.Requires) == idKey(s.ID) {
		p.add(prefix+"requires", s.Requires, problem.Invalid, "a set cannot require itself")
	}
	if len(s.Criteria) == 0 {
		p.add(prefix+"criteria", "", problem.MissingField, "must list at least one criterion")
	}
	groups := validateGroups(p, prefix, s)
	validateColumns(p, prefix, s)
	validateCriteria(p, prefix, s, groups)
}

// validateIdentity adds the problems of what s is: its ID, title, level,
// scope and content.
func validateIdentity(p *problems, prefix string, s *Set) {
	if strings.TrimSpace(s.ID) == "" {
		p.add(prefix+"id", "", problem.MissingField, "must not be empty")
	}
	if s.Title.VI == "" {
		p.add(prefix+"title.vi", "", problem.MissingField, "must not be empty")
	}
	if s.Level < LevelNTM || s.Level > LevelModel {
		p.add(prefix+"level", "", problem.MissingField, "must be ntm, ntm-nang-cao or ntm-kieu-mau")
	}
	if s.Scope == "" {
		p.add(prefix+"scope", "", problem.MissingField, "must be \"national\" or a province")
	} else if s.Scope != ScopeNational {
		if _, ok := LookupProvince(s.Scope); !ok {
			p.add(prefix+"scope", s.Scope, problem.RegionMismatch, "unknown province")
		}
	}
	if s.Content != ContentComplete && s.Content != ContentPendingOfficialText {
		p.add(prefix+"content", "", problem.MissingField, "must be complete or pending-official-text")
	}
}

// validateDates adds the problems of the period of s and of its issue and
// effective dates.
func validateDates(p *problems, prefix string, s *Set) {
	if s.Period.From == 0 || s.Period.To < s.Period.From {
		p.add(prefix+"period", fmt.Sprintf("%d-%d", s.Period.From, s.Period.To), problem.OutOfRange, "must name a from year not after the to year")
	}
	for _, d := range []struct {
		key string
		t   time.Time
	}{{"issued", s.Issued}, {"effective", s.Effective}} {
		if !d.t.IsZero() && (d.t.Year() < 1 || d.t.Year() > 9999) {
			p.add(prefix+d.key, d.t.Format("2006-01-02"), problem.OutOfRange, "date out of range (year 1-9999)")
		}
	}
	if !s.Issued.IsZero() && !s.Effective.IsZero() && s.Effective.Before(s.Issued) {
		p.add(prefix+"effective", s.Effective.Format("2006-01-02"), problem.Invalid, "is before the issue date")
	}
}

// validateGroups adds the problems of the criterion groups of s and
// returns their codes.
func validateGroups(p *problems, prefix string, s *Set) map[string]bool {
	groups := make(map[string]bool)
	for i, g := range s.CriterionGroups {
		if g.Code == "" || groups[g.Code] {
			p.add(prefix+fmt.Sprintf("criterion_groups[%d].code", i), g.Code, problem.DuplicateKey, "must be present and unique")
		}
		groups[g.Code] = true
	}
	return groups
}

// validateCriteria adds the problems of the criteria of s and of their
// indicators: codes present and unique, a name, a group of the set's
// groups (when it has some), at least one indicator.
func validateCriteria(p *problems, prefix string, s *Set, groups map[string]bool) {
	criteria := make(map[string]bool)
	indicators := make(map[string]bool)
	for i, c := range s.Criteria {
		cp := prefix + fmt.Sprintf("criteria[%d]", i)
		if c.Code == "" || criteria[c.Code] {
			p.add(cp+".code", c.Code, problem.DuplicateKey, "must be present and unique")
		}
		criteria[c.Code] = true
		if c.Name.VI == "" {
			p.add(cp+".name.vi", "", problem.MissingField, "must not be empty")
		}
		if len(s.CriterionGroups) > 0 && !groups[c.Group] {
			p.add(cp+".group", c.Group, problem.Invalid, "names no group of the set")
		}
		if len(c.Indicators) == 0 {
			p.add(cp+".indicators", "", problem.MissingField, "must list at least one indicator")
		}
		for j, ind := range c.Indicators {
			ip := fmt.Sprintf("%s.indicators[%d]", cp, j)
			if ind.Code == "" || indicators[ind.Code] {
				p.add(ip+".code", ind.Code, problem.DuplicateKey, "must be present and unique in the set")
			}
			indicators[ind.Code] = true
			validateIndicator(p, ip, s, &ind)
		}
	}
}

func validateIndicator(p *problems, path string, s *Set, ind *Indicator) {
	if ind.Kind < KindPass || ind.Kind > KindAmount {
		p.add(path+".kind", "", problem.MissingField, "must be pass, none, percent or amount")
	} else if !ind.Kind.Accepts(ind.Op) {
		p.add(path+".op", ind.Op.String(), problem.WrongKind, "does not fit kind %s", ind.Kind)
	}
	if ind.Kind == KindPercent && ind.Unit != "%" {
		p.add(path+".unit", ind.Unit, problem.WrongKind, "a percent indicator has unit \"%%\"")
	}
	if ind.Text.VI == "" {
		p.add(path+".text.vi", "", problem.MissingField, "must not be empty")
	}
	if strings.TrimSpace(ind.Citation) == "" {
		p.add(path+".citation", "", problem.MissingField, "must cite the law")
	}
	if ind.TargetYear != 0 && !s.Period.Contains(ind.TargetYear) {
		p.add(path+".target_year", strconv.Itoa(ind.TargetYear), problem.OutOfRange, "lies outside the set's period")
	}
	if s.Columns == ColumnsGroup {
		validateGroupTargets(p, path, s, ind)
		return
	}
	if len(ind.ByGroup) > 0 {
		p.add(path+".targets", "", problem.Invalid, "a region set has no commune-group targets")
	}
	if ind.Common == nil {
		var missing []string
		for _, r := range Regions() {
			if _, ok := ind.Regional[r]; !ok {
				missing = append(missing, r.String())
			}
		}
		if len(missing) == 1 {
			p.add(path+".targets", "", problem.MissingField, "region %s has no target and there is no common target", missing[0])
		} else if len(missing) > 1 {
			p.add(path+".targets", "", problem.MissingField, "regions %s have no target and there is no common target", strings.Join(missing, ", "))
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
			p.add(path+".targets", r.String(), problem.RegionMismatch, "not a region")
		}
	}
}

func validateTarget(p *problems, path string, s *Set, ind *Indicator, t Target) {
	checkValue := func(path string, prov Provenance, v decimalValue) {
		if prov < C2 || prov > M {
			p.add(path+".provenance", "", problem.MissingField, "must be C2, C1 or M")
		}
		switch ind.Kind {
		case KindPass:
			if !v.IsZero() {
				p.add(path+".value", v.String(), problem.WrongKind, "a pass target is \"true\"")
			}
		case KindNone:
			if !v.IsZero() {
				p.add(path+".value", v.String(), problem.WrongKind, "a none target is \"0\"")
			}
		case KindPercent:
			if v.Sign() < 0 || v.Cmp(hundred) > 0 {
				p.add(path+".value", v.String(), problem.OutOfRange, "a percentage must be within 0-100")
			}
		case KindAmount:
			if v.Sign() < 0 {
				p.add(path+".value", v.String(), problem.OutOfRange, "an amount must not be negative")
			}
		}
	}
	checkValue(path, t.Provenance, t.Value)
	for y, yt := range t.ByYear {
		yp := fmt.Sprintf("%s.by_year.%d", path, y)
		if !s.Period.Contains(y) {
			p.add(yp, strconv.Itoa(y), problem.OutOfRange, "year lies outside the set's period %d-%d", s.Period.From, s.Period.To)
		}
		if ind.Kind == KindPass || ind.Kind == KindNone {
			p.add(yp, "", problem.Invalid, "a %s indicator has no yearly values", ind.Kind)
		}
		checkValue(yp, yt.Provenance, yt.Value)
	}
}
