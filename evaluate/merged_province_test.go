package evaluate

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

// The texts of the warning on a province merged on 1/7/2025 with former
// provinces of another region (Nghị quyết 202/2025/QH15).
const (
	tayNinhWarnVI = `bộ tiêu chí 1980/QĐ-TTg: từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" gồm cả Long An cũ (vùng DBSCL); đã áp dụng mức đạt chuẩn của vùng DNB, vùng của Tây Ninh cũ; xã thuộc Long An cũ cần ghi tỉnh cũ`
	tayNinhWarnEN = `set 1980/QĐ-TTg: since 1/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" also covers the former province Long An (region DBSCL); the targets of region DNB, that of the former Tây Ninh, were applied; for a commune of the former Long An, give its former province`
	phuThoWarnEN  = `set 1980/QĐ-TTg: since 1/7/2025 (Nghị quyết 202/2025/QH15), "Phú Thọ" also covers the former provinces Vĩnh Phúc (region DBSH) and Hòa Bình (region TDMNPB); the targets of region TDMNPB, that of the former Phú Thọ, were applied; for a commune of the former Vĩnh Phúc, give its former province`
	lamDongWarnVI = `bộ tiêu chí 1980/QĐ-TTg: từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15), "Lâm Đồng" gồm cả Đắk Nông cũ (vùng TN) và Bình Thuận cũ (vùng DHNTB); đã áp dụng mức đạt chuẩn của vùng TN, vùng của Lâm Đồng cũ; xã thuộc Bình Thuận cũ cần ghi tỉnh cũ`
)

// mustLookup returns the built-in set id.
func mustLookup(t *testing.T, id string) *criteria.Set {
	t.Helper()
	set, err := criteria.Lookup(id)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// mergedWarnings returns the WarnMergedProvince warnings of r.
func mergedWarnings(r *Report) []Warning {
	var out []Warning
	for _, w := range r.Warnings() {
		if w.Kind == WarnMergedProvince {
			out = append(out, w)
		}
	}
	return out
}

// status5 is the status of indicator 5 (schools; target ≥ 80% in DNB, ≥
// 70% in DBSCL) in r.
func status5(t *testing.T, r *Report) Status {
	t.Helper()
	for _, c := range r.Criteria {
		for _, ir := range c.Indicators {
			if ir.Code() == "5" {
				return ir.Status
			}
		}
	}
	t.Fatal("no indicator 5")
	return 0
}

// TestRunMergedProvince: a region taken from a province's name that since
// 1/7/2025 also covers former provinces of another region is that of the
// former province of that name, with a warning; a former province's name,
// a province not merged, one merged within its region, and a region given
// explicitly give none. Run trusts an explicit region whatever the
// province (decoders refuse a disagreeing one): "Tây Ninh" with DBSCL is
// judged by DBSCL's targets as "Lạng Sơn" with DBSCL is.
func TestRunMergedProvince(t *testing.T) {
	set := mustLookup(t, "1980")
	for _, tc := range []struct {
		province string
		region   criteria.Region
		want     criteria.Region
		status   Status // of indicator 5 at 75%, when not 0
		warned   bool
	}{
		{"Tây Ninh", 0, criteria.DNB, StatusNotMet, true},
		{"tỉnh Tây Ninh", 0, criteria.DNB, StatusNotMet, true},
		{"Long An", 0, criteria.DBSCL, StatusMet, false},
		{"Nghệ An", 0, criteria.BTB, 0, false},
		{"Hưng Yên", 0, criteria.DBSH, 0, false},
		{"Phú Thọ", 0, criteria.TDMNPB, 0, true},
		{"Bắc Ninh", 0, criteria.DBSH, 0, true},
		{"Gia Lai", 0, criteria.TN, 0, true},
		{"Đắk Lắk", 0, criteria.TN, 0, true},
		{"Quảng Ngãi", 0, criteria.DHNTB, 0, true},
		{"Lâm Đồng", 0, criteria.TN, 0, true},
		{"Tây Ninh", criteria.DBSCL, criteria.DBSCL, StatusMet, false},
		{"Tây Ninh", criteria.DNB, criteria.DNB, StatusNotMet, false},
		{"Lạng Sơn", criteria.DBSCL, criteria.DBSCL, StatusMet, false},
	} {
		a := &Assessment{Commune: Commune{Name: "X", Province: tc.province}, Region: tc.region, Year: 2019,
			Values: map[string]map[string]Value{"1980/QĐ-TTg": {"5": Number(decimal.NewFromInt(75))}}}
		r := Run(set, a)
		if r.Region != tc.want {
			t.Errorf("%s (region %v): report's region %v, want %v", tc.province, tc.region, r.Region, tc.want)
		}
		if got := status5(t, &r); tc.status != 0 && got != tc.status {
			t.Errorf("%s (region %v): indicator 5 at 75%% is %v, want %v", tc.province, tc.region, got, tc.status)
		}
		ws := mergedWarnings(&r)
		if tc.warned != (len(ws) == 1) || len(ws) > 1 {
			t.Errorf("%s (region %v): merged-province warnings %v, want warned %v", tc.province, tc.region, ws, tc.warned)
			continue
		}
		if tc.warned && (ws[0].Region != tc.want || ws[0].Set != "1980/QĐ-TTg" || ws[0].Year != 2019) {
			t.Errorf("%s: warning %+v", tc.province, ws[0])
		}
	}
}

func TestMergedProvinceWarningTexts(t *testing.T) {
	set := mustLookup(t, "1980")
	run := func(province string) Warning {
		r := Run(set, &Assessment{Commune: Commune{Name: "X", Province: province}, Year: 2019})
		ws := mergedWarnings(&r)
		if len(ws) != 1 {
			t.Fatalf("%s: %d merged-province warnings, want 1", province, len(ws))
		}
		return ws[0]
	}
	w := run("Tây Ninh")
	if w.Kind.String() != "merged-province" {
		t.Errorf("kind %q, want merged-province", w.Kind)
	}
	if w.Key != "Tây Ninh" {
		t.Errorf("Key %q, want Tây Ninh", w.Key)
	}
	for _, tc := range []struct{ got, want string }{
		{w.Text("vi"), tayNinhWarnVI},
		{w.String(), tayNinhWarnVI},
		{w.Text("en"), tayNinhWarnEN},
		{run("Phú Thọ").Text("en"), phuThoWarnEN},
		{run("Lâm Đồng").Text("vi"), lamDongWarnVI},
	} {
		if tc.got != tc.want {
			t.Errorf("text\n got %s\nwant %s", tc.got, tc.want)
		}
	}
	r := Run(set, &Assessment{Commune: Commune{Name: "X", Province: "Tây Ninh"}, Year: 2019})
	var buf bytes.Buffer
	if err := WriteJSON(&buf, []Report{r}, RenderOptions{Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	quoted, _ := json.Marshal(tayNinhWarnEN)
	if !strings.Contains(buf.String(), string(quoted)) {
		t.Errorf("the JSON report lacks the warning:\n%s", buf.String())
	}
}

// TestDecodersMergedProvince: the decoders derive the region by the rule
// Run follows: a province merged on 1/7/2025 across regions, given no
// region, is left to Run, which warns; its name is one of the 63
// provinces of 2016-2020 and only its region agrees with it.
func TestDecodersMergedProvince(t *testing.T) {
	set := mustLookup(t, "1980")
	const csvHead = "province,district,commune,region,year,set,indicator,value,numerator,denominator,unit,source\n"
	for _, tc := range []struct {
		name, region string
		want         criteria.Region
		warned       bool
	}{
		{"Tây Ninh", "", criteria.DNB, true},
		{"Tây Ninh", "Đông Nam Bộ", criteria.DNB, false},
		{"Long An", "", criteria.DBSCL, false},
		{"Nghệ An", "", criteria.BTB, false},
	} {
		region := ""
		if tc.region != "" {
			region = `, "region": "` + tc.region + `"`
		}
		js := `{"commune": {"name": "X", "province": "` + tc.name + `"}` + region + `, "year": 2019, "sets": {"1980": {"5": 75}}}`
		fromJSON, err := DecodeJSON(strings.NewReader(js), "x.json", nil)
		if err != nil {
			t.Fatalf("%s %q: JSON: %v", tc.name, tc.region, err)
		}
		fromCSV, err := DecodeCSV(strings.NewReader(csvHead+tc.name+",,X,"+tc.region+",2019,1980,5,75,,,,\n"), "x.csv", nil)
		if err != nil {
			t.Fatalf("%s %q: CSV: %v", tc.name, tc.region, err)
		}
		for _, a := range []Assessment{fromJSON[0], fromCSV[0]} {
			r := Run(set, &a)
			if r.Region != tc.want || (len(mergedWarnings(&r)) == 1) != tc.warned {
				t.Errorf("%s %q (%s): region %v, warnings %v; want %v, warned %v", tc.name, tc.region, a.Origin, r.Region, r.Warnings(), tc.want, tc.warned)
			}
		}
	}
	// A region of none of its former provinces disagrees, naming them;
	// one of a former province's says to give its province.
	_, err := DecodeCSV(strings.NewReader(csvHead+"Tây Ninh,,X,TDMNPB,2019,1980,5,75,,,,\n"), "x.csv", nil)
	want := `evaluate: x.csv:2: column region: X: disagrees with province Tây Ninh, which is in DNB; since 1/7/2025 it also covers Long An (DBSCL) (got "TDMNPB")`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	var p *problem.Problem
	if !errors.As(err, &p) {
		t.Fatalf("%v is no problem", err)
	}
	if v, wantVI := p.Message(problem.VI), "không khớp với tỉnh Tây Ninh (thuộc vùng DNB); từ ngày 01/7/2025 tỉnh này gồm cả tỉnh cũ Long An (DBSCL)"; !strings.Contains(v, wantVI) {
		t.Errorf("Vietnamese %q does not say %q", v, wantVI)
	}
}

// TestALaterRowsRegionOfAProvinceMergedAcrossRegions: in the long layout a
// commune's region may be written on a later row than its first. A later
// row is settled as the first would be: under "Tây Ninh" (which since
// 1/7/2025 also covers the former Long An, Nghị quyết 202/2025/QH15) a
// later DNB is the commune's region, judged without warning, as on its
// first row; a later DBSCL, the region of the former Long An, disagrees
// with the province as on its first row, saying to write "Long An"; a
// region of none of its former provinces disagrees, naming them; two
// regions written for one commune disagree.
func TestALaterRowsRegionOfAProvinceMergedAcrossRegions(t *testing.T) {
	const csvHead = "province,district,commune,region,year,set,indicator,value,numerator,denominator,unit,source\n"
	set := criteria.QD1980()
	for _, tc := range []struct {
		name, rows string
		want       criteria.Region
		err        string
	}{
		{"a later DBSCL", "Tây Ninh,,X,,2019,1980,4.2,96,,,,\nTây Ninh,,X,DBSCL,2019,1980,5,75,,,,\n", 0,
			`evaluate: x.csv:3: column region: X: disagrees with province Tây Ninh, which is in DNB; since 1/7/2025 it also covers Long An (DBSCL): for a commune of the former Long An, write the province "Long An" (got "DBSCL")`},
		{"a later DNB", "Tây Ninh,,X,,2019,1980,4.2,96,,,,\nTây Ninh,,X,DNB,2019,1980,5,75,,,,\n", criteria.DNB, ""},
		{"a later DNB then DNB", "Tây Ninh,,X,,2019,1980,4.2,96,,,,\nTây Ninh,,X,DNB,2019,1980,5,75,,,,\nTây Ninh,,X,DNB,2019,1980,4.1,đạt,,,,\n", criteria.DNB, ""},
		{"a later TN", "Tây Ninh,,X,,2019,1980,4.2,96,,,,\nTây Ninh,,X,TN,2019,1980,5,75,,,,\n", 0,
			`evaluate: x.csv:3: column region: X: disagrees with province Tây Ninh, which is in DNB; since 1/7/2025 it also covers Long An (DBSCL) (got "TN")`},
		{"a later DNB then DBSCL", "Tây Ninh,,X,,2019,1980,4.2,96,,,,\nTây Ninh,,X,DNB,2019,1980,5,75,,,,\nTây Ninh,,X,DBSCL,2019,1980,4.1,đạt,,,,\n", 0,
			`evaluate: x.csv:4: column region: X: disagrees with the commune's region DNB (line 3) (got "DBSCL")`},
		{"a first DNB then DBSCL", "Tây Ninh,,X,DNB,2019,1980,4.2,96,,,,\nTây Ninh,,X,DBSCL,2019,1980,5,75,,,,\n", 0,
			`evaluate: x.csv:3: column region: X: disagrees with the commune's region DNB (line 2) (got "DBSCL")`},
	} {
		as, err := DecodeCSV(strings.NewReader(csvHead+tc.rows), "x.csv", nil)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("%s: got %v\nwant %s", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(as) != 1 || as[0].Region != tc.want {
			t.Fatalf("%s: %d assessments, region %v; want one of region %v", tc.name, len(as), as[0].Region, tc.want)
		}
		if r := Run(set, &as[0]); r.Region != tc.want || len(mergedWarnings(&r)) != 0 {
			t.Errorf("%s: judged in %v with warnings %v; want %v without a merged-province warning", tc.name, r.Region, r.Warnings(), tc.want)
		}
	}
	// A commune whose province is unknown may write its region on a
	// later row, as on its first.
	as, err := DecodeCSV(strings.NewReader(csvHead+"Xứ Lạng,,X,,2019,1980,4.2,96,,,,\nXứ Lạng,,X,TDMNPB,2019,1980,5,75,,,,\n"), "x.csv", nil)
	if err != nil || len(as) != 1 || as[0].Region != criteria.TDMNPB {
		t.Errorf("unknown province, region on the second row: %v, %v", as, err)
	}
}

// TestTheRegionOfAnotherFormerProvinceDisagrees: "Tây Ninh" is one of the
// 63 provinces of 2016-2020 and determines DNB (docs/formats.md); DBSCL,
// the region of the former Long An it covers since 1/7/2025, disagrees
// with it in JSON and CSV alike: an error naming the place, the commune
// and the quoted region, saying to write the province "Long An", in
// English and Vietnamese; the file's other commune is still read.
func TestTheRegionOfAnotherFormerProvinceDisagrees(t *testing.T) {
	const (
		enAdvice = `disagrees with province Tây Ninh, which is in DNB; since 1/7/2025 it also covers Long An (DBSCL): for a commune of the former Long An, write the province "Long An" (got "DBSCL")`
		viAdvice = `không khớp với tỉnh Tây Ninh (thuộc vùng DNB); từ ngày 01/7/2025 tỉnh này gồm cả tỉnh cũ Long An (DBSCL): xã thuộc Long An cũ cần ghi tỉnh "Long An"`
	)
	js := `[{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2019, "sets": {"1980": {"5": 75}}},
 {"commune": {"name": "X", "province": "Tây Ninh"}, "region": "DBSCL", "year": 2019, "sets": {"1980": {"5": 75}}}]`
	fromJSON, jsonErr := DecodeJSON(strings.NewReader(js), "x.json", nil)
	const csvHead = "province,district,commune,region,year,set,indicator,value,numerator,denominator,unit,source\n"
	fromCSV, csvErr := DecodeCSV(strings.NewReader(csvHead+"Lạng Sơn,Hữu Lũng,Hòa Lạc,,2019,1980,5,75,,,,\nTây Ninh,,X,DBSCL,2019,1980,5,75,,,,\n"), "x.csv", nil)
	for _, tc := range []struct {
		name string
		as   []Assessment
		err  error
		want string
	}{
		{"JSON", fromJSON, jsonErr, `evaluate: x.json:2: column 63: [1] X: region: ` + enAdvice},
		{"CSV", fromCSV, csvErr, `evaluate: x.csv:3: column region: X: ` + enAdvice},
	} {
		if tc.err == nil || tc.err.Error() != tc.want {
			t.Errorf("%s: got %v\nwant %s", tc.name, tc.err, tc.want)
			continue
		}
		var p *problem.Problem
		if !errors.As(tc.err, &p) || p.Code != problem.RegionMismatch || p.Input != "DBSCL" {
			t.Errorf("%s: %#v, want a region-mismatch problem quoting DBSCL", tc.name, p)
		} else if v := p.Message(problem.VI); !strings.Contains(v, viAdvice) {
			t.Errorf("%s: Vietnamese %q does not say %q", tc.name, v, viAdvice)
		}
		if len(tc.as) != 1 || tc.as[0].Commune.Name != "Hòa Lạc" {
			t.Errorf("%s: assessments %v, want Hòa Lạc's still read", tc.name, tc.as)
		}
	}
}
