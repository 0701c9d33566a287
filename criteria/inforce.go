package criteria

import "time"

// InForce reports whether s is in force on day d: from its effective date
// (its issue date when it has none) to the last day of its period's last
// year. A set with neither date is never in force.
func (s *Set) InForce(d time.Time) bool {
	from := s.Effective
	if from.IsZero() {
		from = s.Issued
	}
	if from.IsZero() {
		return false
	}
	y, m, dd := d.Date()
	day := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	return !day.Before(from) && y <= s.Period.To
}

// InForce returns copies of the catalog's sets in force on day d (see
// [Set.InForce]), in the catalog's order.
func (c *Catalog) InForce(d time.Time) []*Set {
	var out []*Set
	for _, s := range c.or().sets {
		if s.InForce(d) {
			out = append(out, s.Clone())
		}
	}
	return out
}
