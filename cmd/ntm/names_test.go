package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// The spellings of one commune that officials' tools produce: the old tone
// placement (what Unikey types by default, "Hoà") and the new ("Hòa"), with
// or without the xã, huyện and tỉnh prefixes. Every command takes them for
// one commune, as `ntm units --successor` does.

const namesHeader = "province,district,commune,region,year,set,indicator,value,numerator,denominator,unit,source\n"

// hoaLacRows are rows of Hòa Lạc in 2020 written with these names.
func hoaLacRows(province, district, commune string) string {
	p := province + "," + district + "," + commune + ",TDMNPB,2020,1980/QĐ-TTg,"
	return p + "5,,2,3,trường,\n" + p + "10,\"36,8\",,,,\n" + p + "1.1,đạt,,,,\n"
}

type summaryArea struct {
	Scope    string `json:"scope"`
	Province string `json:"province"`
	District string `json:"district"`
	Communes int    `json:"communes"`
}

func summaryAreas(t *testing.T, out string) []summaryArea {
	t.Helper()
	var s struct {
		Areas []summaryArea `json:"areas"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("output is not the summary JSON: %v\n%s", err, out)
	}
	return s.Areas
}

func TestPlanMatchesATargetWrittenInTheOtherTonePlacement(t *testing.T) {
	const plan47 = "../../examples/huulung/plan-47-KH-STNMT.json" // names "Hòa Lạc"
	for _, names := range [][3]string{
		{"Lạng Sơn", "Hữu Lũng", "Hoà Lạc"},
		{"tỉnh Lạng Sơn", "huyện Hữu Lũng", "xã Hoà Lạc"},
	} {
		csv := writeTemp(t, "hoalac.csv", namesHeader+hoaLacRows(names[0], names[1], names[2]))
		code, out, errOut := runNTM(t, "", "plan", "--lang", "en", "--as-of", "2020-05-05", "--format", "json", plan47, csv)
		if code != exitOK {
			t.Fatalf("%v: exit %d, want %d:\n%s", names, code, exitOK, errOut)
		}
		var st struct {
			Targets []struct {
				Commune struct{ Name string } `json:"commune"`
				Status  string                `json:"status"`
			} `json:"targets"`
		}
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatal(err)
		}
		if len(st.Targets) != 3 || st.Targets[1].Commune.Name != "Hòa Lạc" || st.Targets[1].Status != "not-met" {
			t.Errorf("%v: targets %+v, want Hòa Lạc (as the plan writes it) evaluated: not-met", names, st.Targets)
		}
	}
}

func TestSummaryCountsACommuneWrittenTwoWaysOnceAndReportsTheSecond(t *testing.T) {
	// In two files, and twice in one JSON file: the second assessment is
	// the commune assessed again.
	first := writeTemp(t, "a.csv", namesHeader+hoaLacRows("Lạng Sơn", "Hữu Lũng", "Hòa Lạc"))
	second := writeTemp(t, "b.csv", namesHeader+hoaLacRows("tỉnh Lạng Sơn", "huyện Hữu Lũng", "Xã Hoà Lạc"))
	both := writeTemp(t, "both.json", `[
{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}},
{"commune": {"name": "Hoà Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}}
]`)
	for _, files := range [][]string{{first, second}, {both}} {
		code, out, errOut := runNTM(t, "", append([]string{"eval", "--summary", "--lang", "en", "--format", "json"}, files...)...)
		if code != exitInput {
			t.Errorf("%v: exit %d, want %d", files, code, exitInput)
		}
		if n := strings.Count(errOut, "is assessed again"); n != 1 {
			t.Errorf("%v: %d duplicate problems, want 1:\n%s", files, n, errOut)
		}
		want := []summaryArea{{"all", "", "", 1}, {"province", "Lạng Sơn", "", 1}, {"district", "Lạng Sơn", "Hữu Lũng", 1}}
		if got := summaryAreas(t, out); !equalAreas(got, want) {
			t.Errorf("%v: areas %+v, want %+v", files, got, want)
		}
	}
}

func TestSummaryGroupsRowsOfACommuneWrittenTwoWaysInOneTable(t *testing.T) {
	// In one table the rows of both spellings are one commune's rows, as
	// rows of one spelling are: here they hold different indicators.
	p := "Lạng Sơn,Hữu Lũng,"
	csv := writeTemp(t, "rows.csv", namesHeader+
		p+"Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,1.1,đạt,,,,\n"+
		p+"Hoà Lạc,TDMNPB,2020,1980/QĐ-TTg,1.2,đạt,,,,\n")
	code, out, errOut := runNTM(t, "", "eval", "--summary", "--lang", "en", "--format", "json", csv)
	if code != exitOK {
		t.Fatalf("exit %d, want %d:\n%s", code, exitOK, errOut)
	}
	want := []summaryArea{{"all", "", "", 1}, {"province", "Lạng Sơn", "", 1}, {"district", "Lạng Sơn", "Hữu Lũng", 1}}
	if got := summaryAreas(t, out); !equalAreas(got, want) {
		t.Errorf("areas %+v, want %+v", got, want)
	}
}

func TestSummaryAreasIgnoreTheTinhAndHuyenPrefixes(t *testing.T) {
	csv := writeTemp(t, "areas.csv", namesHeader+
		hoaLacRows("tỉnh Lạng Sơn", "huyện Hữu Lũng", "Hòa Lạc")+
		hoaLacRows("Lạng Sơn", "Hữu Lũng", "Tân Thành")+
		hoaLacRows("Lạng Sơn", "Thị xã Hữu Lũng", "Nhật Tiến")) // another kind: another district
	code, out, errOut := runNTM(t, "", "eval", "--summary", "--lang", "en", "--format", "json", csv)
	if code != exitOK {
		t.Fatalf("exit %d, want %d:\n%s", code, exitOK, errOut)
	}
	want := []summaryArea{{"all", "", "", 3}, {"province", "tỉnh Lạng Sơn", "", 3},
		{"district", "tỉnh Lạng Sơn", "huyện Hữu Lũng", 2}, {"district", "tỉnh Lạng Sơn", "Thị xã Hữu Lũng", 1}}
	if got := summaryAreas(t, out); !equalAreas(got, want) {
		t.Errorf("areas %+v, want %+v (names as first written)", got, want)
	}
}

func equalAreas(a, b []summaryArea) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
