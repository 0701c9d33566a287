package evaluate

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// formulaReport is the report of a commune whose names a spreadsheet would
// run as formulas, with a source that would too.
func formulaReport(t *testing.T) Report {
	t.Helper()
	in := "province,district,commune,region,year,set,indicator,value,source\n" +
		"+Lạng Sơn,-Hữu Lũng,'=cmd|calc!A1,TDMNPB,2020,1980/QĐ-TTg,4.2,96,'@SUM(A1)\n"
	as, err := DecodeCSV(strings.NewReader(in), "f.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 {
		t.Fatalf("%d assessments", len(as))
	}
	rs, err := RunAll(nil, &as[0])
	if err != nil {
		t.Fatal(err)
	}
	return rs[0]
}

// TestATableReadsTheApostropheOfAFormulaLikeCellAway: the apostrophe that
// keeps a name or a source from running as a formula is not part of it;
// an apostrophe before anything else is.
func TestATableReadsTheApostropheOfAFormulaLikeCellAway(t *testing.T) {
	r := formulaReport(t)
	if r.Commune.Name != "=cmd|calc!A1" || r.Commune.District != "-Hữu Lũng" || r.Commune.Province != "+Lạng Sơn" {
		t.Errorf("commune %+v", r.Commune)
	}
	in := "province,district,commune,region,year,set,indicator,value\n" +
		"Lạng Sơn,Hữu Lũng,'Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,4.2,96\n" +
		"Lạng Sơn,Hữu Lũng,''=x,TDMNPB,2020,1980/QĐ-TTg,4.2,96\n"
	as, err := DecodeCSV(strings.NewReader(in), "f.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 2 || as[0].Commune.Name != "'Hòa Lạc" || as[1].Commune.Name != "'=x" {
		t.Errorf("communes %+v, want 'Hòa Lạc and '=x", as)
	}
}

// TestCSVOutputsEscapeFormulaLikeText: the CSV of reports and of a summary
// write a text cell that a spreadsheet would run as a formula with a
// leading apostrophe; numbers and codes stay as they are, and CSVRows (the
// cells of a workbook, whose strings are no formulas) gives the text.
func TestCSVOutputsEscapeFormulaLikeText(t *testing.T) {
	r := formulaReport(t)
	var b bytes.Buffer
	if err := WriteCSV(&b, []Report{r}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows[1:] {
		if row[0] != "'=cmd|calc!A1" || row[1] != "'-Hữu Lũng" || row[2] != "'+Lạng Sơn" {
			t.Fatalf("names %q, want them escaped", row[:3])
		}
		if row[7] == "4.2" && (row[9] != "96" || row[17] != "'@SUM(A1)") {
			t.Errorf("4.2: actual %q, source %q; want 96 and the source escaped", row[9], row[17])
		}
		if row[7] == "1.1" && row[10] != "=" {
			t.Errorf("1.1: op %q, want the code =", row[10])
		}
	}
	for row := range CSVRows([]Report{r}) {
		if row[0] != "=cmd|calc!A1" {
			t.Errorf("CSVRows: %q, want the name as it is", row[0])
		}
		break
	}
	b.Reset()
	if err := WriteSummaryCSV(&b, Summarize([]Report{r})); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), ",district,'+Lạng Sơn,'-Hữu Lũng,") || strings.Contains(b.String(), ",+Lạng Sơn") {
		t.Errorf("the summary CSV does not escape the names:\n%.600s", b.String())
	}
}

// TestMarkdownEscapesHTMLAndPipes: a name with HTML and pipes is text in
// Markdown, in the heading and in the cells.
func TestMarkdownEscapesHTMLAndPipes(t *testing.T) {
	r := formulaReport(t)
	r.Commune.Name = "<script>alert(1)</script>|x"
	var b bytes.Buffer
	if err := WriteMarkdown(&b, []Report{r}, RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "<script>") || !strings.Contains(b.String(), "## &lt;script&gt;alert(1)&lt;/script&gt;\\|x") {
		t.Errorf("Markdown:\n%.300s", b.String())
	}
	if got := mdCell("a<b>c|d"); got != `a&lt;b&gt;c\|d` {
		t.Errorf("mdCell = %q", got)
	}
}
