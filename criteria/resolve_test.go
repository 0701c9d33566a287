package criteria

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// flatResolved is a Resolved with what it reads from its indicator spelled
// out, so that expectations state the code, unit and citation.
type flatResolved struct {
	Code, Unit, Citation string
	Kind                 Kind
	Op                   Op
	Value                decimal.Decimal
	Provenance           Provenance
	Source               string
	FromCommon           bool
	Year                 int
	YearFallback         bool
	TargetYear           int
}

func flatten(r Resolved) flatResolved {
	return flatResolved{Code: r.Code(), Unit: r.Unit(), Citation: r.Citation(), Kind: r.Kind, Op: r.Op,
		Value: r.Value, Provenance: r.Provenance, Source: r.Source, FromCommon: r.FromCommon,
		Year: r.Year, YearFallback: r.YearFallback, TargetYear: r.TargetYear()}
}

func TestResolve(t *testing.T) {
	national := QD1980()
	onlyTDMNPB := QD1980().ForRegion(TDMNPB)
	withYear := QD1980()
	ten, _, _ := withYear.Indicator("10")
	tg := ten.Regional[TDMNPB]
	tg.ByYear = map[int]YearTarget{2018: {Value: decimal.RequireFromString("32.5"), Provenance: M, Source: "số liệu minh họa (illustrative)"}}
	ten.Regional[TDMNPB] = tg

	tests := []struct {
		name   string
		set    *Set
		code   string
		region Region
		year   int
		want   flatResolved
	}{
		{"a region with its own target gets it, not the common one", national, "4.2", TDMNPB, 2020,
			flatResolved{Code: "4.2", Kind: KindPercent, Op: OpGE, Unit: "%", Value: decimal.RequireFromString("95"), Provenance: C1,
				Citation: "1980/QĐ-TTg, Phụ lục, tiêu chí 4, chỉ tiêu 4.2",
				Source:   "Bắc Kạn 734/QĐ-UBND (2017), một bộ tiêu chí cấp tỉnh; giá trị quốc gia cho TDMNPB có thể khác"}},
		{"a region without its own target falls back to the common one", onlyTDMNPB, "4.2", DBSH, 2020,
			flatResolved{Code: "4.2", Kind: KindPercent, Op: OpGE, Unit: "%", Value: decimal.RequireFromString("98"), Provenance: C2,
				Citation: "1980/QĐ-TTg, Phụ lục, tiêu chí 4, chỉ tiêu 4.2", FromCommon: true,
				Source: "https://www.evn.com.vn/d6/news/Den-nam-2020-tat-ca-so-xa-nong-thon-moi-dat-chuan-tieu-chi-ve-dien-2-10-18976.aspx; https://thukyluat.vn/news/thong-bao-van-ban-moi/ban-hanh-bo-tieu-chi-quoc-gia-xa-nong-thon-moi-giai-doan-2016-2020-19904.html"}},
		{"criterion 10 in 2018 falls back to the 2020 value and says so", national, "10", TDMNPB, 2018,
			flatResolved{Code: "10", Kind: KindAmount, Op: OpGE, Unit: "triệu đồng/người/năm", Value: decimal.RequireFromString("36"), Provenance: C2,
				Citation: "1980/QĐ-TTg, Phụ lục, tiêu chí 10", YearFallback: true, TargetYear: 2020}},
		{"criterion 10 in 2020 is the stated value without fallback", national, "10", DNB, 2020,
			flatResolved{Code: "10", Kind: KindAmount, Op: OpGE, Unit: "triệu đồng/người/năm", Value: decimal.RequireFromString("59"), Provenance: C2,
				Citation: "1980/QĐ-TTg, Phụ lục, tiêu chí 10", TargetYear: 2020}},
		{"a by_year value is used for its year", withYear, "10", TDMNPB, 2018,
			flatResolved{Code: "10", Kind: KindAmount, Op: OpGE, Unit: "triệu đồng/người/năm", Value: decimal.RequireFromString("32.5"), Provenance: M,
				Citation: "1980/QĐ-TTg, Phụ lục, tiêu chí 10", Source: "số liệu minh họa (illustrative)", Year: 2018, TargetYear: 2020}},
		{"a by_year value does not apply to other years", withYear, "10", TDMNPB, 2019,
			flatResolved{Code: "10", Kind: KindAmount, Op: OpGE, Unit: "triệu đồng/người/năm", Value: decimal.RequireFromString("36"), Provenance: C2,
				Citation: "1980/QĐ-TTg, Phụ lục, tiêu chí 10", YearFallback: true, TargetYear: 2020}},
		{"an upper bound keeps its operator", national, "15.3", TN, 2020,
			flatResolved{Code: "15.3", Kind: KindPercent, Op: OpLE, Unit: "%", Value: decimal.RequireFromString("31.4"), Provenance: C1,
				Citation: "1980/QĐ-TTg, Phụ lục, tiêu chí 15, chỉ tiêu 15.3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ind, _, ok := tt.set.Indicator(tt.code)
			if !ok {
				t.Fatalf("no indicator %s", tt.code)
			}
			got, err := ind.Resolve(tt.region, tt.year)
			if err != nil {
				t.Fatal(err)
			}
			if got.Indicator != ind {
				t.Errorf("Resolve(%s, %d).Indicator = %p, want the indicator resolved (%p)", tt.region, tt.year, got.Indicator, ind)
			}
			if diff := cmp.Diff(tt.want, flatten(got)); diff != "" {
				t.Errorf("Resolve(%s, %d) (-want +got):\n%s", tt.region, tt.year, diff)
			}
		})
	}
}

func TestResolveWithoutAnyTargetIsAnError(t *testing.T) {
	ind := Indicator{Code: "x", Kind: KindPass, Op: OpEq}
	got, err := ind.Resolve(TDMNPB, 2020)
	if err == nil {
		t.Error("Resolve on an indicator without targets succeeded")
	}
	if got.Indicator != &ind || got.Kind != KindPass || got.Op != OpEq {
		t.Errorf("the failed Resolve = %+v, want it to still name the indicator, its kind and operator", got)
	}
}

func TestZeroResolvedDescribesNothing(t *testing.T) {
	var r Resolved
	if got := flatten(r); got != (flatResolved{}) {
		t.Errorf("a zero Resolved reads %+v, want all zero", got)
	}
}

func TestMeets(t *testing.T) {
	d := decimal.RequireFromString
	tests := []struct {
		name  string
		op    Op
		value string
		got   string
		want  bool
	}{
		{"exactly the threshold meets ≥", OpGE, "95", "95", true},
		{"just under the threshold does not meet ≥", OpGE, "60", "59.9999999999999999", false},
		{"above a ≤ bound does not meet it", OpLE, "6", "6.01", false},
		{"exactly a ≤ bound meets it", OpLE, "21.8", "21.8", true},
		{"zero meets none", OpNone, "0", "0", true},
		{"one does not meet none", OpNone, "0", "1", false},
		{"pass targets are not numeric", OpEq, "0", "0", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (Resolved{Op: tt.op, Value: d(tt.value)}).Meets(d(tt.got)); got != tt.want {
				t.Errorf("Meets = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestResolveIntoOverwritesEverything(t *testing.T) {
	set := QD1980()
	ten, _, _ := set.Indicator("10")
	tg := ten.Regional[TDMNPB]
	tg.ByYear = map[int]YearTarget{2018: {Value: decimal.RequireFromString("32.5"), Provenance: M, Source: "số liệu minh họa (illustrative)"}}
	ten.Regional[TDMNPB] = tg
	electricity, _, _ := set.Indicator("4.2")
	bare := &Indicator{Code: "x", Kind: KindPass, Op: OpEq}
	tests := []struct {
		name   string
		ind    *Indicator
		region Region
		year   int
	}{
		{"a by-year value replaces what was there", ten, TDMNPB, 2018},
		{"a year fallback replaces what was there", ten, TDMNPB, 2019},
		{"a common target replaces what was there", electricity, DBSH, 2020},
		{"a regional target with its source replaces what was there", electricity, TDMNPB, 2020},
		{"a failed resolution leaves nothing of what was there", bare, TDMNPB, 2020},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, wantErr := tt.ind.Resolve(tt.region, tt.year)
			for _, prev := range []*Indicator{ten, electricity, bare} {
				for _, year := range []int{2018, 2019} {
					var got Resolved
					_ = prev.resolveInto(&got, TDMNPB, year)
					err := tt.ind.resolveInto(&got, tt.region, tt.year)
					if (err == nil) != (wantErr == nil) {
						t.Fatalf("resolveInto error = %v, want %v", err, wantErr)
					}
					if got != want {
						t.Errorf("after %s in %d: resolveInto = %+v, want %+v", prev.Code, year, got, want)
					}
				}
			}
		})
	}
}
