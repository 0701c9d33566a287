package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

// illustrativeSource is the source column of every generated row: the
// figures are invented, and every row says so.
const illustrativeSource = "số liệu minh họa (illustrative)"

// province is the province of the generated communes; its region
// (TDMNPB) is derived from it by the decoder.
const province = "Lạng Sơn"

// year is the year assessed.
const year = 2020

// district is a district (huyện) of Lạng Sơn with its weight in the
// allocation of communes (roughly its real number of communes in 2020) and
// the illustrative chance, in percent, that a commune of it has every
// value at or above target. The chances are invented for the
// illustration; they describe no real district.
type district struct {
	name   string
	weight int
	strong int
}

// districts returns the districts of Lạng Sơn (real names) in the order the
// generator writes them.
func districts() []district {
	return []district{
		{"Tràng Định", 23, 25},
		{"Văn Lãng", 17, 30},
		{"Văn Quan", 17, 30},
		{"Bình Gia", 19, 20},
		{"Bắc Sơn", 20, 35},
		{"Hữu Lũng", 24, 45},
		{"Chi Lăng", 20, 40},
		{"Cao Lộc", 22, 50},
		{"Lộc Bình", 21, 30},
		{"Đình Lập", 12, 15},
		{"Thành phố Lạng Sơn", 3, 80},
	}
}

// shareForm says that an indicator is written as a share (numerator over
// denominator) in a unit, with the denominator drawn from [min, max].
type shareForm struct {
	unit     string
	min, max int
	tenths   bool // the numerator is measured (ha), written with one decimal
}

// shareForms gives the indicators that the generator writes as shares.
func shareForms() map[string]shareForm {
	return map[string]shareForm{
		"3.1":   {unit: "ha", min: 120, max: 950, tenths: true},
		"4.2":   {unit: "hộ", min: 400, max: 2500},
		"5":     {unit: "trường", min: 3, max: 6},
		"6.3":   {unit: "thôn", min: 6, max: 22},
		"9.2":   {unit: "hộ", min: 400, max: 2500},
		"16":    {unit: "thôn", min: 6, max: 22},
		"17.1a": {unit: "hộ", min: 400, max: 2500},
		"17.6":  {unit: "hộ", min: 400, max: 2500},
		"17.7":  {unit: "hộ", min: 80, max: 900},
	}
}

// missWeight is how likely an indicator is to be the one a weaker commune
// misses, relative to the others (1 when not listed): income, schools,
// sanitation, trained labour and production organisation are the usual
// laggards of the programme.
func missWeight(code string) int {
	switch code {
	case "10", "5", "17.6":
		return 8
	case "13.1", "13.2", "14.3", "2.2", "17.1b":
		return 5
	case "9.2", "6.3", "15.1", "17.5", "17.8", "16":
		return 3
	}
	return 1
}

// generate writes the illustrative long-form CSV of n communes of Lạng Sơn
// for 2020 against 1980/QĐ-TTg. The output depends only on n and seed.
func generate(w io.Writer, n int, seed uint64) error {
	if n < 1 {
		return fmt.Errorf("province: the number of communes must be ≥ 1 (got %d)", n)
	}
	set := criteria.QD1980()
	type item struct {
		code   string
		ind    *criteria.Indicator
		target criteria.Resolved
	}
	var items []item
	for _, ind := range set.Indicators() {
		t, err := ind.Resolve(criteria.TDMNPB, year)
		if err != nil {
			return err
		}
		items = append(items, item{ind.Code, ind, t})
	}
	forms := shareForms()
	rng := rand.New(rand.NewPCG(seed, 0x4e544d)) // "NTM"

	cw := csv.NewWriter(w)
	header := []string{"province", "district", "commune", "region", "year", "set", "indicator",
		"value", "numerator", "denominator", "unit", "source"}
	if err := cw.Write(header); err != nil {
		return err
	}
	number := 0
	ds := districts()
	for i, count := range allocate(n, ds) {
		d := ds[i]
		for range count {
			number++
			commune := fmt.Sprintf("Xã minh họa %03d", number)
			// Which indicators this commune misses and which it lacks.
			miss := map[string]bool{}
			if rng.IntN(100) >= d.strong {
				for k := 1 + rng.IntN(5); k > 0; k-- {
					miss[items[pickWeighted(rng, items, func(it item) int { return missWeight(it.code) })].code] = true
				}
			}
			missing := ""
			if rng.IntN(100) < 4 {
				missing = items[rng.IntN(len(items))].code
			}
			for _, it := range items {
				row := []string{province, d.name, commune, "", strconv.Itoa(year), set.ID, it.code,
					"", "", "", "", illustrativeSource}
				switch {
				case it.code == missing:
					// An empty value: missing (thiếu số liệu).
				case it.ind.NotApplicableAllowed && !miss[it.code] && rng.IntN(100) < 8:
					row[7] = "n/a"
				default:
					if err := fill(row, rng, it.target, forms, !miss[it.code]); err != nil {
						return err
					}
				}
				if err := cw.Write(row); err != nil {
					return err
				}
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// allocate shares n communes among the districts in proportion to their
// weights (largest remainder, ties to the earlier district).
func allocate(n int, ds []district) []int {
	total := 0
	for _, d := range ds {
		total += d.weight
	}
	counts := make([]int, len(ds))
	rems := make([]int, len(ds))
	given := 0
	for i, d := range ds {
		counts[i] = n * d.weight / total
		rems[i] = n * d.weight % total
		given += counts[i]
	}
	for ; given < n; given++ {
		best := 0
		for i := range rems {
			if rems[i] > rems[best] {
				best = i
			}
		}
		counts[best]++
		rems[best] = -1
	}
	return counts
}

// pickWeighted picks the index of one item with probability proportional
// to its weight.
func pickWeighted[T any](rng *rand.Rand, items []T, weight func(T) int) int {
	total := 0
	for _, it := range items {
		total += weight(it)
	}
	k := rng.IntN(total)
	for i, it := range items {
		if k -= weight(it); k < 0 {
			return i
		}
	}
	return len(items) - 1
}

// fill writes the value of one indicator into row (value, numerator,
// denominator and unit columns): a value that meets target t when met is
// true, one that does not otherwise; some at the threshold exactly.
func fill(row []string, rng *rand.Rand, t criteria.Resolved, forms map[string]shareForm, met bool) error {
	const value, numerator, denominator, unit = 7, 8, 9, 10
	switch t.Kind {
	case criteria.KindPass:
		yes, no := []string{"đạt", "đạt", "x", "có"}, []string{"chưa đạt", "không"}
		if met {
			row[value] = yes[rng.IntN(len(yes))]
		} else {
			row[value] = no[rng.IntN(len(no))]
		}
	case criteria.KindNone:
		if met {
			row[value] = "0"
		} else {
			row[value] = strconv.Itoa(1 + rng.IntN(6))
		}
	case criteria.KindPercent, criteria.KindAmount:
		if f, ok := forms[t.Code()]; ok && t.Kind == criteria.KindPercent && t.Op == criteria.OpGE {
			n, d := share(rng, t.Value, f, met)
			row[numerator], row[denominator], row[unit] = n, d, f.unit
			return nil
		}
		row[value] = withComma(rng, number(rng, t, met))
	default:
		return fmt.Errorf("province: indicator %s: unexpected kind %s", t.Code(), t.Kind)
	}
	return nil
}

// share draws a denominator in form's range and a numerator that meets
// (or falls short of) the percentage target: the smallest numerator that
// meets it one time in three, a little more otherwise.
func share(rng *rand.Rand, target decimal.Decimal, f shareForm, met bool) (num, den string) {
	exp := int32(0)
	d := int64(f.min + rng.IntN(f.max-f.min+1))
	scaled := d // the denominator in the numerator's smallest step
	if f.tenths {
		exp, scaled = -1, d*10
	}
	// need = ⌈target × scaled / 100⌉, exact: target has at most 2 decimals.
	need := target.Mul(decimal.NewFromInt(scaled)).Shift(-2).Ceil().IntPart()
	var n int64
	switch {
	case met && rng.IntN(3) == 0:
		n = need
	case met:
		n = need + rng.Int64N(max(1, (scaled-need)/2+1))
	default:
		n = need - 1 - rng.Int64N(max(1, min(need, scaled/8)))
	}
	n = max(0, min(n, scaled))
	return decimal.New(n, exp).String(), strconv.FormatInt(d, 10)
}

// number draws a percentage or amount in hundredths (tenths for amounts):
// at the target one time in five when met, close above or below otherwise.
func number(rng *rand.Rand, t criteria.Resolved, met bool) decimal.Decimal {
	step := decimal.New(1, -2)
	spread := int64(1200) // up to 12 points
	if t.Kind == criteria.KindAmount {
		step, spread = decimal.New(1, -1), 80 // up to 8 units
	}
	if t.Kind == criteria.KindPercent {
		// Stay within 0-100: above a ≥ target there are 100 - t points of
		// room, below a ≤ target t points.
		room := decimal.New(100, 0).Sub(t.Value)
		if t.Op == criteria.OpLE {
			room = t.Value
		}
		spread = min(spread, room.Shift(2).IntPart())
	}
	var off int64
	switch {
	case met && (spread == 0 || rng.IntN(5) == 0):
		off = 0
	case met:
		off = 1 + rng.Int64N(spread)
	default:
		off = -1 - rng.Int64N(max(1, spread/2))
	}
	if t.Op == criteria.OpLE {
		off = -off
	}
	v := t.Value.Add(step.Mul(decimal.NewFromInt(off)))
	if t.Kind == criteria.KindPercent {
		v = decimal.Min(decimal.Max(v, decimal.Zero), decimal.New(100, 0))
	} else {
		v = decimal.Max(v, decimal.Zero)
	}
	return v
}

// withComma writes d with the Vietnamese decimal comma one time in three.
func withComma(rng *rand.Rand, d decimal.Decimal) string {
	s := d.String()
	if rng.IntN(3) == 0 {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// earlierYears are the illustrative years generated before year, so that
// the report shows progress over three years.
var earlierYears = [...]int{year - 2, year - 1}

// generateEarlier writes the illustrative CSVs of the years before year
// (earlierYears), derived from the year's CSV base (the output of
// generate): the same communes, each a little weaker the further back —
// in year-1 up to two more indicators not met, in year-2 those and one to
// three more —, and one commune in ten meets in year-1 an indicator it
// misses in year (a criterion that slips back). base is only read; the
// output depends only on base and seed.
func generateEarlier(base []byte, seed uint64) (map[int][]byte, error) {
	rows, err := csv.NewReader(bytes.NewReader(base)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("province: reading the generated CSV back: %w", err)
	}
	as, err := evaluate.DecodeCSV(bytes.NewReader(base), "base.csv", nil)
	if err != nil {
		return nil, fmt.Errorf("province: reading the generated CSV back: %w", err)
	}
	// The indicators each commune misses in year.
	notMet := map[string][]string{}
	for i := range as {
		rs, err := evaluate.RunAll(nil, &as[i])
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			for _, s := range r.Shortfalls() {
				notMet[r.Commune.Name] = append(notMet[r.Commune.Name], s.Indicator)
			}
		}
	}
	set := criteria.QD1980()
	var codes []string
	for _, ind := range set.Indicators() {
		codes = append(codes, ind.Code)
	}
	targets := map[int]map[string]criteria.Resolved{}
	for _, y := range earlierYears {
		targets[y] = map[string]criteria.Resolved{}
		for _, ind := range set.Indicators() {
			t, err := ind.Resolve(criteria.TDMNPB, y)
			if err != nil {
				return nil, err
			}
			targets[y][ind.Code] = t
		}
	}
	forms := shareForms()
	rng := rand.New(rand.NewPCG(seed, 0x4e544d2d)) // "NTM-"
	pick := func() string { return codes[pickWeighted(rng, codes, missWeight)] }

	// Per commune, in file order: the indicators missed in addition to
	// year's, and the one met in year-1 though missed in year.
	type change struct{ miss, recover map[string]bool }
	changes := map[int]map[string]change{}
	for _, y := range earlierYears {
		changes[y] = map[string]change{}
	}
	const commune, yearCol, indicator = 2, 4, 6
	for i, r := range rows[1:] {
		if i > 0 && rows[i][commune] == r[commune] {
			continue
		}
		name := r[commune]
		late := change{miss: map[string]bool{}, recover: map[string]bool{}}
		for k := rng.IntN(3); k > 0; k-- {
			late.miss[pick()] = true
		}
		if missed := notMet[name]; len(missed) > 0 && rng.IntN(10) == 0 {
			late.recover[missed[rng.IntN(len(missed))]] = true
		}
		early := change{miss: map[string]bool{}, recover: map[string]bool{}}
		for code := range late.miss {
			early.miss[code] = true
		}
		for k := 1 + rng.IntN(3); k > 0; k-- {
			early.miss[pick()] = true
		}
		changes[earlierYears[1]][name], changes[earlierYears[0]][name] = late, early
	}

	out := map[int][]byte{}
	for _, y := range earlierYears {
		var b bytes.Buffer
		cw := csv.NewWriter(&b)
		if err := cw.Write(rows[0]); err != nil {
			return nil, err
		}
		for _, r := range rows[1:] {
			row := slices.Clone(r)
			row[yearCol] = strconv.Itoa(y)
			c := changes[y][row[commune]]
			code := row[indicator]
			if c.miss[code] || c.recover[code] {
				clear(row[7:11])
				if err := fill(row, rng, targets[y][code], forms, c.recover[code]); err != nil {
					return nil, err
				}
			}
			if err := cw.Write(row); err != nil {
				return nil, err
			}
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return nil, err
		}
		out[y] = b.Bytes()
	}
	return out, nil
}
