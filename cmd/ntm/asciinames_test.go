package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/internal/textwrap"
)

// Names as officials type them: without diacritics ("Lang Son", what a
// keyboard without Unikey gives), or with diacritics that differ from
// another spelling of the same input. A name written entirely without
// diacritics that folds to exactly one known name (of the registry of
// units, or read with diacritics in the same input) is that name; the
// others are warned of, never merged.

func TestSummaryTakesLangSonWithoutDiacriticsForLangSon(t *testing.T) {
	// The first rows written without diacritics: the registry of units
	// knows the province and its districts.
	csv := writeTemp(t, "ascii.csv", namesHeader+
		hoaLacRows("Lang Son", "Huu Lung", "Hoa Lac")+
		hoaLacRows("Lạng Sơn", "Hữu Lũng", "Tân Thành")+
		hoaLacRows("tinh Lang Son", "huyen Huu Lung", "Minh Hòa"))
	code, out, errOut := runNTM(t, "", "eval", "--summary", "--lang", "en", "--format", "json", csv)
	if code != exitOK {
		t.Fatalf("exit %d, want %d:\n%s", code, exitOK, errOut)
	}
	want := []summaryArea{{"all", "", "", 3}, {"province", "Lạng Sơn", "", 3}, {"district", "Lạng Sơn", "Hữu Lũng", 3}}
	if got := summaryAreas(t, out); !equalAreas(got, want) {
		t.Errorf("areas %+v, want %+v", got, want)
	}
	if errOut != "" {
		t.Errorf("standard error %q, want nothing", errOut)
	}
}

func TestSummaryTakesADistrictWithoutDiacriticsForTheOneReadLater(t *testing.T) {
	// Hà Giang has no registry of units here: Vị Xuyên is known from the
	// second file only.
	a := writeTemp(t, "a.csv", namesHeader+hoaLacRows("Ha Giang", "Vi Xuyen", "Dao Duc"))
	b := writeTemp(t, "b.csv", namesHeader+hoaLacRows("Hà Giang", "Vị Xuyên", "Việt Lâm"))
	code, out, errOut := runNTM(t, "", "eval", "--summary", "--lang", "en", "--format", "json", a, b)
	if code != exitOK {
		t.Fatalf("exit %d, want %d:\n%s", code, exitOK, errOut)
	}
	want := []summaryArea{{"all", "", "", 2}, {"province", "Hà Giang", "", 2}, {"district", "Hà Giang", "Vị Xuyên", 2}}
	if got := summaryAreas(t, out); !equalAreas(got, want) {
		t.Errorf("areas %+v, want %+v", got, want)
	}
}

type progressCommune struct {
	Commune struct{ Name, District, Province string } `json:"commune"`
	Years   []struct{ Year int }                      `json:"years"`
}

func progressCommunes(t *testing.T, out string) []progressCommune {
	t.Helper()
	var p struct {
		Communes []progressCommune `json:"communes"`
	}
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatalf("output is not the progress JSON: %v\n%s", err, out)
	}
	return p.Communes
}

func TestProgressFollowsACommuneWrittenWithoutDiacriticsOneYear(t *testing.T) {
	rows2019 := strings.ReplaceAll(hoaLacRows("Lang Son", "Huu Lung", "Hoa Lac"), "2020", "2019")
	a := writeTemp(t, "2019.csv", namesHeader+rows2019)
	b := writeTemp(t, "2020.csv", namesHeader+hoaLacRows("Lạng Sơn", "Hữu Lũng", "Hòa Lạc"))
	code, out, errOut := runNTM(t, "", "progress", "--lang", "en", "--format", "json", a, b)
	if code != exitOK {
		t.Fatalf("exit %d, want %d:\n%s", code, exitOK, errOut)
	}
	cs := progressCommunes(t, out)
	if len(cs) != 1 || cs[0].Commune.Name != "Hòa Lạc" || cs[0].Commune.District != "Hữu Lũng" ||
		cs[0].Commune.Province != "Lạng Sơn" || len(cs[0].Years) != 2 {
		t.Errorf("communes %+v, want Hòa Lạc, Hữu Lũng, Lạng Sơn in 2019 and 2020", cs)
	}
	var p struct {
		Areas []struct{ Province, District string } `json:"areas"`
	}
	json.Unmarshal([]byte(out), &p)
	if len(p.Areas) != 3 {
		t.Errorf("areas %+v, want Hữu Lũng, Lạng Sơn and all", p.Areas)
	}
}

func TestPlanMatchesATargetWrittenWithoutDiacritics(t *testing.T) {
	const plan47 = "../../examples/huulung/plan-47-KH-STNMT.json" // names "Hòa Lạc"
	csv := writeTemp(t, "hoalac.csv", namesHeader+hoaLacRows("Lang Son", "Huu Lung", "Hoa Lac"))
	code, out, errOut := runNTM(t, "", "plan", "--lang", "en", "--as-of", "2020-05-05", "--format", "json", plan47, csv)
	if code != exitOK {
		t.Fatalf("exit %d, want %d:\n%s", code, exitOK, errOut)
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
		t.Errorf("targets %+v, want Hòa Lạc evaluated: not-met", st.Targets)
	}
}

func TestReportGridHasOneDistrictForNamesWithAndWithoutDiacritics(t *testing.T) {
	csv := writeTemp(t, "ascii.csv", namesHeader+
		hoaLacRows("Lang Son", "Huu Lung", "Hoa Lac")+
		hoaLacRows("Lạng Sơn", "Hữu Lũng", "Tân Thành"))
	code, out, errOut := runNTM(t, "", "report", "--lang", "en", csv)
	if code != exitOK {
		t.Fatalf("exit %d, want %d:\n%s", code, exitOK, errOut)
	}
	if n := strings.Count(out, `<div class="district">`); n != 1 {
		t.Errorf("%d districts in the grid, want 1", n)
	}
	for _, s := range []string{"Lang Son", "Huu Lung"} {
		if strings.Contains(out, s) {
			t.Errorf("the report shows %q, want the name with its diacritics", s)
		}
	}
}

func TestANameWithoutDiacriticsOfTwoKnownNamesIsKeptApartWithAWarning(t *testing.T) {
	// Both are communes of Lạng Sơn (of Hữu Lũng and Bắc Sơn, not named).
	csv := writeTemp(t, "tien.csv", namesHeader+
		hoaLacRows("Lạng Sơn", "", "Nhật Tiến")+
		hoaLacRows("Lạng Sơn", "", "Nhất Tiến")+
		hoaLacRows("Lạng Sơn", "", "Nhat Tien"))
	for _, tc := range []struct{ lang, want string }{
		{"vi", csv + `:8: cảnh báo: xã "Nhat Tien" (Lạng Sơn) viết không dấu nên có thể là "Nhật Tiến" (` + csv + `:2) hoặc "Nhất Tiến" (` + csv + `:5): tên này đang được tính là một xã riêng; hãy viết tên có dấu`},
		{"en", csv + `:8: warning: commune "Nhat Tien" (Lạng Sơn) is written without diacritics and may be "Nhật Tiến" (` + csv + `:2) or "Nhất Tiến" (` + csv + `:5): it is counted as a separate commune; write it with its diacritics`},
	} {
		code, out, errOut := runNTM(t, "", "progress", "--lang", tc.lang, "--format", "json", csv)
		if code != exitOK {
			t.Fatalf("%s: exit %d, want %d:\n%s", tc.lang, code, exitOK, errOut)
		}
		if want := "ntm progress: " + tc.want + "\n"; errOut != want {
			t.Errorf("%s: standard error\n%q\nwant\n%q", tc.lang, errOut, want)
		}
		if cs := progressCommunes(t, out); len(cs) != 3 {
			t.Errorf("%s: %d communes, want 3", tc.lang, len(cs))
		}
	}
}

func TestNamesThatDifferOnlyInDiacriticsAreWarnedOfNotMerged(t *testing.T) {
	a := writeTemp(t, "a.csv", namesHeader+
		hoaLacRows("Lạng Sơn", "Hữu Lũng", "Hòa Lạc")+
		hoaLacRows("Lạng Sơn", "Hữu Lũng", "Tân Thành"))
	b := writeTemp(t, "b.csv", namesHeader+
		hoaLacRows("Lạng Sơn", "Hữu Lũng", "Xã Hoà Lạc")+ // the same name: no warning
		hoaLacRows("Lạng Sơn", "Hữu Lũng", "Hoà Lac")+
		hoaLacRows("Lạng Sơn", "Hữu Lũng", "Tân Thanh"))
	for _, tc := range []struct{ lang, want string }{
		{"vi", b + `:5: cảnh báo: xã "Hoà Lac" (Hữu Lũng, Lạng Sơn) và xã "Hòa Lạc" (` + a + `:2) chỉ khác nhau về dấu: hai tên được tính là hai xã khác nhau; nếu là cùng một xã, hãy viết tên cho thống nhất` + "\n" +
			"ntm eval: " + b + `:8: cảnh báo: xã "Tân Thanh" (Hữu Lũng, Lạng Sơn) và xã "Tân Thành" (` + a + `:5) chỉ khác nhau về dấu: hai tên được tính là hai xã khác nhau; nếu là cùng một xã, hãy viết tên cho thống nhất`},
		{"en", b + `:5: warning: commune "Hoà Lac" (Hữu Lũng, Lạng Sơn) differs from commune "Hòa Lạc" (` + a + `:2) only in diacritics: the two names are counted as two communes; if they are one commune, write the name one way` + "\n" +
			"ntm eval: " + b + `:8: warning: commune "Tân Thanh" (Hữu Lũng, Lạng Sơn) differs from commune "Tân Thành" (` + a + `:5) only in diacritics: the two names are counted as two communes; if they are one commune, write the name one way`},
	} {
		code, out, errOut := runNTM(t, "", "eval", "--summary", "--lang", tc.lang, "--format", "json", a, b)
		if code != exitInput { // Hòa Lạc is assessed again
			t.Fatalf("%s: exit %d, want %d:\n%s", tc.lang, code, exitInput, errOut)
		}
		if want := "ntm eval: " + tc.want + "\n"; !strings.HasSuffix(errOut, want) {
			t.Errorf("%s: standard error\n%s\nwant it to end with\n%s", tc.lang, errOut, want)
		}
		want := []summaryArea{{"all", "", "", 4}, {"province", "Lạng Sơn", "", 4}, {"district", "Lạng Sơn", "Hữu Lũng", 4}}
		if got := summaryAreas(t, out); !equalAreas(got, want) {
			t.Errorf("%s: areas %+v, want %+v", tc.lang, got, want)
		}
	}
}

func TestRealCommunesThatDifferOnlyInDiacriticsAreNotWarnedOf(t *testing.T) {
	// Nhật Tiến (Hữu Lũng) and Nhất Tiến (Bắc Sơn) are both in the
	// registry of 1/3/2025: written without their districts, they are two
	// communes of Lạng Sơn, not one misspelt.
	csv := writeTemp(t, "tien.csv", namesHeader+
		hoaLacRows("Lạng Sơn", "", "Nhật Tiến")+
		hoaLacRows("Lạng Sơn", "", "Nhất Tiến"))
	code, _, errOut := runNTM(t, "", "eval", "--summary", "--lang", "en", "--format", "json", csv)
	if code != exitOK || errOut != "" {
		t.Errorf("exit %d, standard error %q; want %d and nothing", code, errOut, exitOK)
	}
}

// TestPlanStatusOfTheHTTPAPIResolvesNamesAsNtmPlan: POST /plans/status
// gives names written without diacritics the names ntm plan gives them,
// and tells the same assessments again: for the same plan and assessments,
// the same status, and a duplicate-key problem for each assessment ntm plan
// says is assessed again.
func TestPlanStatusOfTheHTTPAPIResolvesNamesAsNtmPlan(t *testing.T) {
	planJSON, all := httpapiTestdata(t)
	const withDiacritics = `{"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}`
	if !strings.Contains(all, withDiacritics) {
		t.Fatal("the test assessments do not name Hòa Lạc as expected")
	}
	ascii := strings.Replace(all, withDiacritics, `{"name": "Hoa Lac", "district": "Huu Lung", "province": "Lang Son"}`, 1)
	hoaLac := `{"commune": {"name": "Hoa Lac", "district": "Huu Lung", "province": "Lang Son"}, "year": 2020, "sets": {"1980/QĐ-TTg": {"4.2": "10"}}}`
	h := quietHandler()
	for _, tc := range []struct {
		name, assessments string
		again             int
	}{
		{"Hòa Lạc written without diacritics", ascii, 0},
		{"Hoa Lac after Hòa Lạc", strings.TrimSuffix(all, "]") + ",\n" + hoaLac + "]", 1},
		{"Hoa Lac before Hòa Lạc", "[" + hoaLac + ",\n" + strings.TrimPrefix(all, "["), 1},
		{"Hoa Lac twice, then Hòa Lạc", "[" + hoaLac + ",\n" + hoaLac + ",\n" + strings.TrimPrefix(all, "["), 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			planFile := writeTemp(t, "plan.json", string(planJSON))
			in := writeTemp(t, "assessments.json", tc.assessments)
			code, out, errOut := runNTM(t, "", "plan", "--lang", "en", "--as-of", "2020-05-05", "--format", "json", planFile, in)
			if got := strings.Count(errOut, "is assessed again"); got != tc.again || (code == exitOK) != (tc.again == 0) {
				t.Fatalf("ntm plan: exit %d, %d assessed again, want %d:\n%s", code, got, tc.again, errOut)
			}
			req := httptest.NewRequest(http.MethodPost, "/plans/status?as_of=2020-05-05&lang=en",
				strings.NewReader(`{"plan": `+string(planJSON)+`, "assessments": `+tc.assessments+`}`))
			req.Header.Set("Content-Type", "application/json")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			var status json.RawMessage = rec.Body.Bytes()
			var problems []struct{ Code string }
			if tc.again > 0 {
				var got struct {
					Status   json.RawMessage
					Problems []struct{ Code string }
				}
				if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
					t.Fatal(err)
				}
				status, problems = got.Status, got.Problems
			}
			if want := map[bool]int{true: http.StatusOK, false: http.StatusUnprocessableEntity}[tc.again == 0]; rec.Code != want {
				t.Errorf("POST /plans/status: %d, want %d:\n%.1000s", rec.Code, want, rec.Body)
			}
			dups := 0
			for _, p := range problems {
				if p.Code == "duplicate-key" {
					dups++
				}
			}
			if dups != tc.again || len(problems) != tc.again {
				t.Errorf("POST /plans/status: problems %+v, want %d duplicate-key", problems, tc.again)
			}
			// The origins name the file, "assessments" in the request.
			var a, b any
			if err := json.Unmarshal([]byte(strings.ReplaceAll(out, in+":", "assessments:")), &a); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(status, &b); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(a, b); diff != "" {
				t.Errorf("the status of POST /plans/status differs from ntm plan's (-ntm plan +HTTP):\n%s", diff)
			}
		})
	}
}

// TestTheWarningsOnNamesAreInTheTextAndMarkdownOutputs: the warning on a
// name without diacritics that may be two communes, printed on standard
// error, is listed in the text and Markdown outputs of eval --summary,
// progress and plan too (Cảnh báo về số liệu, in the language of --lang),
// so that a printed output is read with it.
func TestTheWarningsOnNamesAreInTheTextAndMarkdownOutputs(t *testing.T) {
	csv := writeTemp(t, "tien.csv", namesHeader+
		hoaLacRows("Lạng Sơn", "", "Nhật Tiến")+
		hoaLacRows("Lạng Sơn", "", "Nhất Tiến")+
		hoaLacRows("Lạng Sơn", "", "Nhat Tien"))
	planFile := writeTemp(t, "plan.json", `{"number": "47/KH-STNMT", "issued": "2020-03-19", "issuer": "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn", "title": "Kế hoạch",
		"targets": [{"commune": {"name": "Nhật Tiến", "province": "Lạng Sơn"}, "set": "1980/QĐ-TTg", "year": 2020}]}`)
	vi := csv + `:8: xã "Nhat Tien" (Lạng Sơn) viết không dấu nên có thể là "Nhật Tiến" (` + csv + `:2) hoặc "Nhất Tiến" (` + csv + `:5)`
	en := csv + `:8: commune "Nhat Tien" (Lạng Sơn) is written without diacritics and may be "Nhật Tiến" (` + csv + `:2) or "Nhất Tiến" (` + csv + `:5)`
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"eval", "--summary", csv}, "Cảnh báo về số liệu: 1\n  - " + vi},
		{[]string{"eval", "--summary", "--lang", "en", csv}, "Warnings on the input: 1\n  - " + en},
		{[]string{"eval", "--summary", "--format", "markdown", csv}, "> **Cảnh báo về số liệu: 1**\n>\n> - " + vi},
		{[]string{"eval", "--summary", "--format", "markdown", "--lang", "en", csv}, "> **Warnings on the input: 1**\n>\n> - " + en},
		{[]string{"progress", csv}, "Cảnh báo về số liệu: 1\n  - " + vi},
		{[]string{"progress", "--format", "markdown", "--lang", "en", csv}, "> **Warnings on the input: 1**\n>\n> - " + en},
		// The plan's target is where "Nhật Tiến" is first read.
		// The plan's text is wrapped for print: the warning is its line
		// under "Lưu ý:", wrapped.
		{[]string{"plan", "--as-of", "2020-05-05", planFile, csv}, textwrap.String("  - "+csv+`:8: xã "Nhat Tien" (Lạng Sơn) viết không dấu nên có thể là "Nhật Tiến" (`+planFile+`: targets[0])`, textwrap.Width)},
		{[]string{"plan", "--as-of", "2020-05-05", "--format", "markdown", "--lang", "en", planFile, csv}, csv + `:8: commune "Nhat Tien" (Lạng Sơn) is written without diacritics and may be "Nhật Tiến" (` + planFile + `: targets[0])`},
	} {
		code, out, errOut := runNTM(t, "", tc.args...)
		if code != exitOK {
			t.Fatalf("%q: exit %d:\n%s", tc.args, code, errOut)
		}
		if !strings.Contains(errOut, ":8: cảnh báo: ") && !strings.Contains(errOut, ":8: warning: ") {
			t.Errorf("%q: standard error lacks the warning:\n%s", tc.args, errOut)
		}
		if !strings.Contains(out, tc.want) {
			t.Errorf("%q: the output lacks\n%q:\n%s", tc.args, tc.want, out)
		}
	}
	for _, format := range []string{"json", "csv"} {
		_, out, _ := runNTM(t, "", "eval", "--summary", "--format", format, csv)
		if strings.Contains(out, "không dấu") {
			t.Errorf("the %s summary has the warning:\n%s", format, out)
		}
	}
}
