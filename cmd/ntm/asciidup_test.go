package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/xuri/excelize/v2"
)

// A commune given twice for one set and year, once with its names written
// without diacritics ("Hoa Lac, Huu Lung, Lang Son") and once with them, is
// one commune assessed twice, whichever is read first: it counts once, as
// first read, and the second is an input problem, exactly as when both are
// spelt alike.

// hoaLacSchools are rows of a commune in 2020 with schools (indicator 5)
// at n of 3: met for 3, not met for 2, so that the summary shows which
// assessment counts.
func hoaLacSchools(province, district, commune string, n int) string {
	return strings.Replace(hoaLacRows(province, district, commune), ",5,,2,3,", ",5,,"+strconv.Itoa(n)+",3,", 1)
}

// spellings are the two spellings of Hòa Lạc.
var spellings = map[string][3]string{
	"ascii":      {"Lang Son", "Huu Lung", "Hoa Lac"},
	"diacritics": {"Lạng Sơn", "Hữu Lũng", "Hòa Lạc"},
}

// twoFiles writes first.csv (Hòa Lạc spelt first, schools met) and
// second.csv (spelt second, schools not met, and Tân Thành) in a new
// directory.
func twoFiles(t *testing.T, first, second string) (a, b string) {
	t.Helper()
	dir := t.TempDir()
	f, s := spellings[first], spellings[second]
	a, b = filepath.Join(dir, "first.csv"), filepath.Join(dir, "second.csv")
	for path, content := range map[string]string{
		a: namesHeader + hoaLacSchools(f[0], f[1], f[2], 3),
		b: namesHeader + hoaLacSchools(s[0], s[1], s[2], 2) + hoaLacRows("Lạng Sơn", "Hữu Lũng", "Tân Thành"),
	} {
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return a, b
}

// againVI and againEN are the problem of the second assessment, of the
// commune as it names it (its province and district as the registry of
// units writes them).
func againVI(second string, commune, first string) string {
	return "ntm eval: " + second + ":2: " + commune + " bị đánh giá trùng theo 1980/QĐ-TTg, năm 2020 (lần đầu ở " + first + ":2); không dùng lần đánh giá này\n"
}

func againEN(cmd, second string, commune, first string) string {
	return "ntm " + cmd + ": " + second + ":2: " + commune + " is assessed again for 1980/QĐ-TTg, 2020 (first in " + first + ":2); this assessment is not used\n"
}

// workbookRows returns every row of every sheet of a workbook.
func workbookRows(t *testing.T, data string) map[string][][]string {
	t.Helper()
	f, err := excelize.OpenReader(strings.NewReader(data))
	if err != nil {
		t.Fatalf("not a workbook: %v", err)
	}
	defer f.Close()
	out := map[string][][]string{}
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		out[sh] = rows
	}
	return out
}

func TestSummaryCountsACommuneSpeltWithAndWithoutDiacriticsOnce(t *testing.T) {
	for _, order := range [][2]string{{"ascii", "diacritics"}, {"diacritics", "ascii"}} {
		// The same input with the first spelling the second's: the
		// duplicate of identical spellings, which the summary must equal.
		a, b := twoFiles(t, order[0], order[1])
		sameA, sameB := twoFiles(t, order[1], order[1])
		communeSecond := "Hòa Lạc, Hữu Lũng, Lạng Sơn"
		if order[1] == "ascii" {
			communeSecond = "Hoa Lac, Hữu Lũng, Lạng Sơn"
		}
		for _, format := range []string{"text", "markdown", "json", "csv", "xlsx"} {
			for _, lang := range []string{"vi", "en"} {
				name := order[0] + " first/" + format + "/" + lang
				code, out, errOut := runNTM(t, "", "eval", "--summary", "--format", format, "--lang", lang, a, b)
				wantCode, wantOut, _ := runNTM(t, "", "eval", "--summary", "--format", format, "--lang", lang, sameA, sameB)
				if code != exitInput || wantCode != exitInput {
					t.Errorf("%s: exit %d (identical spellings: %d), want %d", name, code, wantCode, exitInput)
				}
				want := againVI(b, communeSecond, a)
				if lang == "en" {
					want = againEN("eval", b, communeSecond, a)
				}
				if errOut != want {
					t.Errorf("%s: standard error\n%q\nwant\n%q", name, errOut, want)
				}
				if format == "xlsx" {
					if d := cmp.Diff(workbookRows(t, wantOut), workbookRows(t, out)); d != "" {
						t.Errorf("%s: the workbook differs from that of identical spellings (-want +got):\n%s", name, d)
					}
				} else if out != wantOut {
					t.Errorf("%s: the summary differs from that of identical spellings:\n%s\nwant\n%s", name, out, wantOut)
				}
			}
		}
		_, out, _ := runNTM(t, "", "eval", "--summary", "--format", "json", a, b)
		want := []summaryArea{{"all", "", "", 2}, {"province", "Lạng Sơn", "", 2}, {"district", "Lạng Sơn", "Hữu Lũng", 2}}
		if got := summaryAreas(t, out); !equalAreas(got, want) {
			t.Errorf("%s first: areas %+v, want %+v", order[0], got, want)
		}
		if !strings.Contains(out, `"code":"5","name":"Trường học","met":1,"not_met":1`) &&
			!strings.Contains(out, `"code": "5", "name": "Trường học", "met": 1, "not_met": 1`) {
			t.Errorf("%s first: want criterion 5 met once (the first assessment) and not met once (Tân Thành):\n%s", order[0], out)
		}
	}
}

func TestEachLaterSpellingOfACommuneIsAssessedAgainOfTheFirst(t *testing.T) {
	// Hòa Lạc written without diacritics, with an unaccented "Xa", then
	// twice with its diacritics: the three later ones are the first's.
	dir := t.TempDir()
	var files []string
	for i, rows := range []string{
		hoaLacSchools("Lang Son", "Huu Lung", "Hoa Lac", 3),
		hoaLacSchools("Lang Son", "Huu Lung", "Xa Hoa Lac", 2),
		hoaLacSchools("Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2),
		hoaLacSchools("Lạng Sơn", "Hữu Lũng", "Xã Hoà Lạc", 2),
	} {
		path := filepath.Join(dir, strconv.Itoa(i)+".csv")
		if err := os.WriteFile(path, []byte(namesHeader+rows), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	code, out, errOut := runNTM(t, "", append([]string{"eval", "--summary", "--format", "json", "--lang", "en"}, files...)...)
	if code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	want := againEN("eval", files[1], "Xa Hoa Lac, Hữu Lũng, Lạng Sơn", files[0]) +
		againEN("eval", files[2], "Hòa Lạc, Hữu Lũng, Lạng Sơn", files[0]) +
		againEN("eval", files[3], "Xã Hoà Lạc, Hữu Lũng, Lạng Sơn", files[0])
	if errOut != want {
		t.Errorf("standard error\n%s\nwant\n%s", errOut, want)
	}
	wantAreas := []summaryArea{{"all", "", "", 1}, {"province", "Lạng Sơn", "", 1}, {"district", "Lạng Sơn", "Hữu Lũng", 1}}
	if got := summaryAreas(t, out); !equalAreas(got, wantAreas) {
		t.Errorf("areas %+v, want %+v", got, wantAreas)
	}
	if !strings.Contains(out, `"most_missed": []`) && !strings.Contains(out, `"most_missed":[]`) {
		t.Errorf("want the first assessment (schools met) counted, nothing missed:\n%s", out)
	}
}

func TestANameWithoutDiacriticsThatMayBeTwoIsNotAssessedAgain(t *testing.T) {
	// "Nhat Tien", read first, may be Nhật Tiến or Nhất Tiến, read later:
	// three communes, as progress counts them, and a warning.
	csv := writeTemp(t, "tien.csv", namesHeader+
		hoaLacRows("Lạng Sơn", "", "Nhat Tien")+
		hoaLacRows("Lạng Sơn", "", "Nhật Tiến")+
		hoaLacRows("Lạng Sơn", "", "Nhất Tiến"))
	code, out, errOut := runNTM(t, "", "eval", "--summary", "--lang", "en", "--format", "json", csv)
	if code != exitOK {
		t.Errorf("exit %d, want %d:\n%s", code, exitOK, errOut)
	}
	if strings.Contains(errOut, "assessed again") || !strings.Contains(errOut, `commune "Nhat Tien" (Lạng Sơn) is written without diacritics`) {
		t.Errorf("standard error %q, want only the warning on Nhat Tien", errOut)
	}
	// Communes without a district make no district area.
	want := []summaryArea{{"all", "", "", 3}, {"province", "Lạng Sơn", "", 3}}
	if got := summaryAreas(t, out); !equalAreas(got, want) {
		t.Errorf("areas %+v, want %+v", got, want)
	}
}

func TestProgressAndReportSayACommuneSpeltTwoWaysIsAssessedAgain(t *testing.T) {
	for _, order := range [][2]string{{"ascii", "diacritics"}, {"diacritics", "ascii"}} {
		a, b := twoFiles(t, order[0], order[1])
		communeSecond := "Hòa Lạc, Hữu Lũng, Lạng Sơn"
		if order[1] == "ascii" {
			communeSecond = "Hoa Lac, Hữu Lũng, Lạng Sơn"
		}
		code, out, errOut := runNTM(t, "", "progress", "--lang", "en", "--format", "json", a, b)
		if code != exitInput {
			t.Errorf("progress, %s first: exit %d, want %d", order[0], code, exitInput)
		}
		if want := againEN("progress", b, communeSecond, a); errOut != want {
			t.Errorf("progress, %s first: standard error\n%q\nwant\n%q", order[0], errOut, want)
		}
		if cs := progressCommunes(t, out); len(cs) != 2 || len(cs[0].Years) != 1 {
			t.Errorf("progress, %s first: communes %+v, want Hòa Lạc and Tân Thành, one year each", order[0], cs)
		}
		code, out, errOut = runNTM(t, "", "report", "--lang", "en", a, b)
		if code != exitInput {
			t.Errorf("report, %s first: exit %d, want %d", order[0], code, exitInput)
		}
		if want := againEN("report", b, communeSecond, a); errOut != want {
			t.Errorf("report, %s first: standard error\n%q\nwant\n%q", order[0], errOut, want)
		}
		if !strings.Contains(out, "is assessed again for 1980/QĐ-TTg, 2020") {
			t.Errorf("report, %s first: the report does not list the problem", order[0])
		}
	}
}

func TestPlanSaysATargetSpeltTwoWaysIsAssessedAgain(t *testing.T) {
	const plan47 = "../../examples/huulung/plan-47-KH-STNMT.json" // names "Hòa Lạc"
	for _, order := range [][2]string{{"ascii", "diacritics"}, {"diacritics", "ascii"}} {
		a, b := twoFiles(t, order[0], order[1])
		communeSecond := "Hòa Lạc, Hữu Lũng, Lạng Sơn"
		if order[1] == "ascii" {
			communeSecond = "Hoa Lac, Hữu Lũng, Lạng Sơn"
		}
		code, out, errOut := runNTM(t, "", "plan", "--lang", "en", "--as-of", "2020-05-05", "--format", "json", plan47, a, b)
		if code != exitInput {
			t.Errorf("%s first: exit %d, want %d", order[0], code, exitInput)
		}
		if want := againEN("plan", b, communeSecond, a); errOut != want {
			t.Errorf("%s first: standard error\n%q\nwant\n%q", order[0], errOut, want)
		}
		if strings.Contains(out, "reports for this target") || !strings.Contains(out, `"origin": "`+a+`:2"`) {
			t.Errorf("%s first: want Hòa Lạc evaluated from %s:2 alone:\n%s", order[0], a, out)
		}
	}
}

func TestASpellingHeldForAPrerequisiteIsTakenBackToo(t *testing.T) {
	// Tân Thành's 933/QĐ-UBND assessment without diacritics, then with
	// them, both waiting for 1980/QĐ-TTg values read last: the second is
	// passed on once every file is read, and taken back.
	dir := t.TempDir()
	attested := func(string, *criteria.Indicator) any { return "đạt" }
	first, second, ntm := filepath.Join(dir, "first.csv"), filepath.Join(dir, "second.csv"), filepath.Join(dir, "ntm.csv")
	writeCSV(t, first, wideSheet(criteria.QD933(), []string{"Tan Thanh"}, attested))
	writeCSV(t, second, wideSheet(criteria.QD933(), []string{"Tân Thành"}, attested))
	writeCSV(t, ntm, wideSheet(criteria.QD1980(), []string{"Tân Thành"}, func(_ string, ind *criteria.Indicator) any { return met1980(ind) }))
	code, out, errOut := runNTM(t, "", "eval", "--summary", "--lang", "en", "--format", "json", first, second, ntm)
	if code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	want := "ntm eval: " + second + ":2: Tân Thành, Hữu Lũng, Lạng Sơn is assessed again for 933/QĐ-UBND, 2020 (first in " + first + ":2); this assessment is not used\n"
	if errOut != want {
		t.Errorf("standard error\n%q\nwant\n%q", errOut, want)
	}
	var s struct {
		Areas []struct {
			Set, Scope string
			Communes   int
		} `json:"areas"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	for _, a := range s.Areas {
		if a.Communes != 1 {
			t.Errorf("%s, %s: %d communes, want 1", a.Set, a.Scope, a.Communes)
		}
	}
}
