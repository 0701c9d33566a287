package evaluate

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// benchAssessment is one TDMNPB commune with a value for all 50 indicators
// of 1980/QĐ-TTg in 2019 (so criterion 10 falls back to its 2020 target):
// pass/fail values, shares with and without units, plain numbers and a
// count. Most indicators are met; eight are not (two pass/fail, three
// shares with a unit, a share without one, the income and the count of
// temporary houses), so gaps are computed (số liệu minh họa: illustrative
// figures).
func benchAssessment() *Assessment {
	set := criteria.QD1980()
	vals := make(map[string]Value)
	i := 0
	for _, ind := range set.Indicators() {
		i++
		switch ind.Kind {
		case criteria.KindPass:
			vals[ind.Code] = Bool(true)
		case criteria.KindPercent:
			if ind.Op == criteria.OpLE {
				vals[ind.Code] = MustNumber("1.5")
			} else if i%2 == 0 {
				vals[ind.Code] = Share(450, 450, "hộ")
			} else {
				vals[ind.Code] = MustNumber("100")
			}
		}
	}
	vals["2.2"] = Bool(false)
	vals["18.3"] = Bool(false)
	vals["5"] = Share(2, 3, "trường")
	vals["4.2"] = Share(412, 450, "hộ")
	vals["6.3"] = Share(7, 9, "thôn")
	vals["17.1b"] = Share(2105, 4400, "")
	vals["9.1"] = MustNumber("2")
	vals["10"] = MustNumber("33.8")
	return &Assessment{
		Commune: Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Region:  criteria.TDMNPB, Year: 2019,
		Values: map[string]map[string]Value{criteria.IDQD1980: vals},
	}
}

// indexed returns a copy of a with its values stored by position
// ([Assessment.Put]), as the decoders store them.
func indexed(a *Assessment, set *criteria.Set) *Assessment {
	out := *a
	out.Values, out.Indexed = nil, IndexedValues{}
	for code, v := range a.Values[set.ID] {
		if err := out.Put(set, code, v); err != nil {
			panic(err)
		}
	}
	return &out
}

// BenchmarkRun measures the fastest way to a full report of one commune
// against the 50 indicators of 1980/QĐ-TTg: values stored by position, the
// report's memory reused. The report then holds every status, the roll-up
// and the exact gap of every indicator not met (in fixed point); its
// warnings are read from these and the compiled set ([Report.Warnings]).
func BenchmarkRun(b *testing.B) {
	set := criteria.QD1980()
	a := indexed(benchAssessment(), set)
	var o Options
	var r Report
	o.RunInto(&r, set, a)
	b.ReportAllocs()
	for b.Loop() {
		o.RunInto(&r, set, a)
	}
	if gaps, warnings := readAll(&r); r.CriteriaTotal != 19 || gaps != 6 || warnings != 48 {
		b.Fatalf("criteria_total = %d, %d gaps, %d warnings", r.CriteriaTotal, gaps, warnings)
	}
}

// BenchmarkRunAndRead is BenchmarkRun reading every gap and warning of the
// report as well, as the JSON writer does before it makes texts.
func BenchmarkRunAndRead(b *testing.B) {
	set := criteria.QD1980()
	a := indexed(benchAssessment(), set)
	var o Options
	var r Report
	o.RunInto(&r, set, a)
	b.ReportAllocs()
	var gaps, warnings int
	for b.Loop() {
		o.RunInto(&r, set, a)
		gaps, warnings = readAll(&r)
	}
	if r.CriteriaTotal != 19 || gaps != 6 || warnings != 48 {
		b.Fatalf("criteria_total = %d, %d gaps, %d warnings", r.CriteriaTotal, gaps, warnings)
	}
}

// readAll finds every gap and warning of r and counts them.
func readAll(r *Report) (gaps, warnings int) {
	for ci := range r.Criteria {
		for ii := range r.Criteria[ci].Indicators {
			if ind := &r.Criteria[ci].Indicators[ii]; ind.Status == StatusNotMet {
				if g, ok := ind.gapRep(); ok && g.has {
					gaps++
				}
			}
		}
	}
	for w := range r.warnRefs {
		if w.kind != 0 || w.rare != nil {
			warnings++
		}
	}
	return gaps, warnings
}

// BenchmarkRunMap measures the convenience path: Run on an assessment
// whose values are in the Values map, a new report each time.
func BenchmarkRunMap(b *testing.B) {
	set := criteria.QD1980()
	a := benchAssessment()
	b.ReportAllocs()
	var r Report
	for b.Loop() {
		r = Run(set, a)
	}
	if r.CriteriaTotal != 19 {
		b.Fatalf("criteria_total = %d, want 19", r.CriteriaTotal)
	}
}

// BenchmarkRunAll measures RunAllInto, reusing its reports, on the
// assessment of BenchmarkRunMap: with the built-in sets (a nil catalog)
// and with a catalog of the caller's own.
func BenchmarkRunAll(b *testing.B) {
	a := benchAssessment()
	for _, bc := range []struct {
		name string
		cat  *criteria.Catalog
	}{{"nil", nil}, {"catalog", criteria.Builtin()}} {
		b.Run(bc.name, func(b *testing.B) {
			rs, err := RunAllInto(nil, bc.cat, a)
			if err != nil || len(rs) != 1 {
				b.Fatalf("%d reports, %v", len(rs), err)
			}
			b.ReportAllocs()
			for b.Loop() {
				rs, _ = RunAllInto(rs, bc.cat, a)
			}
			if len(rs) != 1 || rs[0].CriteriaTotal != 19 {
				b.Fatalf("%d reports", len(rs))
			}
		})
	}
}

// communesJSON generates n illustrative assessments (số liệu minh họa) in
// the assessment JSON format, deterministically: every indicator of
// 1980/QĐ-TTg with a mix of pass/fail values, decimal strings, shares with
// units, counts and n/a, across provinces of several regions.
func communesJSON(n int) []byte {
	set := criteria.QD1980()
	provinces := []string{"Lạng Sơn", "Bắc Giang", "Nghệ An", "Quảng Nam", "Đắk Lắk", "Bình Dương", "Tiền Giang"}
	var b bytes.Buffer
	b.WriteString("[")
	seed := uint32(1980)
	next := func() uint32 { seed = seed*1664525 + 1013904223; return seed >> 8 }
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"commune": {"name": "Xã %d", "district": "Huyện %d", "province": %q}, "year": 2020, "sets": {"1980/QĐ-TTg": {`,
			i, i%37, provinces[i%len(provinces)])
		j := 0
		for _, ind := range set.Indicators() {
			if j > 0 {
				b.WriteString(", ")
			}
			j++
			fmt.Fprintf(&b, "%q: ", ind.Code)
			r := next()
			switch {
			case ind.NotApplicableAllowed && r%5 == 0:
				b.WriteString(`"n/a"`)
			case ind.Kind == criteria.KindPass:
				b.WriteString(map[bool]string{true: "true", false: "false"}[r%10 != 0])
			case ind.Kind == criteria.KindNone:
				fmt.Fprintf(&b, "%d", r%3/2)
			case ind.Kind == criteria.KindAmount:
				fmt.Fprintf(&b, `"%d.%d"`, 30+r%20, r%10)
			case ind.Op == criteria.OpLE:
				fmt.Fprintf(&b, `"%d.%d"`, r%15, r%10)
			case r%2 == 0:
				d := 50 + r%400
				fmt.Fprintf(&b, `{"numerator": %d, "denominator": %d, "unit": "hộ"}`, d-r%(d/8+1), d)
			default:
				fmt.Fprintf(&b, `"%d.%d"`, 60+r%40, r%10)
			}
		}
		b.WriteString("}}}")
	}
	b.WriteString("]\n")
	return b.Bytes()
}

// BenchmarkEvalJSON10k decodes 10,000 communes from JSON and evaluates each
// against every set it has values for: the library half of
// `ntm eval communes.json`.
func BenchmarkEvalJSON10k(b *testing.B) {
	data := communesJSON(10000)
	cat := criteria.Builtin()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		as, err := DecodeJSON(bytes.NewReader(data), "communes.json", cat)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for i := range as {
			rs, err := RunAll(cat, &as[i])
			if err != nil {
				b.Fatal(err)
			}
			n += len(rs)
		}
		if n != 10000 {
			b.Fatalf("%d reports, want 10000", n)
		}
	}
}

// BenchmarkWriteJSON10k renders the 10,000 reports as the JSON report
// array: the output half of `ntm eval --format json communes.json`.
func BenchmarkWriteJSON10k(b *testing.B) {
	cat := criteria.Builtin()
	as, err := DecodeJSON(bytes.NewReader(communesJSON(10000)), "communes.json", cat)
	if err != nil {
		b.Fatal(err)
	}
	var reports []Report
	for i := range as {
		rs, _ := RunAll(cat, &as[i])
		reports = append(reports, rs...)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteJSON(io.Discard, reports, RenderOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStream reads communes one at a time through a Decoder, evaluates
// each and tallies it in a Summarizer, keeping nothing else: the path of
// `ntm eval --summary`. Time per commune stays flat as the input grows
// (time linear in input), and so does the live heap, measured after a
// collection every 1000 communes (memory bounded whatever the input).
func BenchmarkStream(b *testing.B) {
	cat := criteria.Builtin()
	for _, n := range []int{1000, 10000} {
		data := communesJSON(n)
		b.Run(fmt.Sprintf("communes=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			// The input itself is in memory; count what reading adds.
			var base runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&base)
			var peak uint64
			for b.Loop() {
				var z Summarizer
				dec := NewJSONDecoder(bytes.NewReader(data), "communes.json", cat)
				i := 0
				for a, err := range dec.All() {
					if err != nil {
						b.Fatal(err)
					}
					rs, err := RunAll(cat, &a)
					if err != nil {
						b.Fatal(err)
					}
					for j := range rs {
						z.Add(&rs[j])
					}
					if i++; i%1000 == 0 {
						b.StopTimer()
						var ms runtime.MemStats
						runtime.GC()
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapAlloc)
						b.StartTimer()
					}
				}
				if s := z.Summary(); s.Areas[0].Communes != n {
					b.Fatalf("%d communes summarised, want %d", s.Areas[0].Communes, n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/commune")
			b.ReportMetric(float64(peak-min(peak, base.HeapAlloc))/(1<<20), "live-heap-MB")
		})
	}
}
