package workbook_test

import (
	"bytes"
	"fmt"
	"os"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/workbook"
)

// Read an officials' workbook (số liệu minh họa): every sheet whose header
// is a table of the long or wide layout; a bad cell leaves its commune out
// with a problem naming the sheet and the cell.
func ExampleReadFile() {
	as, err := workbook.ReadFile("testdata/so-lieu-dai.xlsx", workbook.ReadOptions{})
	for _, a := range as {
		fmt.Println(a.Origin, a.Commune.Name, a.Year)
	}
	for _, e := range evaluate.InputErrors(err) {
		fmt.Println(e.Sheet, e.Cell, e.Commune)
	}
	// Output:
	// testdata/so-lieu-dai.xlsx: Sheet1!2:2 Hòa Lạc 2020
	// Sheet1 G6 Minh Sơn
}

// Write an empty form for two communes of Hữu Lũng; filled, it is read by
// ReadFile (or ntm eval) as it is.
func ExampleWriteTemplate() {
	t := workbook.Template{Set: criteria.QD1980(), Year: 2020, Communes: []evaluate.Commune{
		{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
		{Name: "Minh Sơn", District: "Hữu Lũng", Province: "Lạng Sơn"},
	}}
	var b bytes.Buffer
	if err := workbook.WriteTemplate(&b, t); err != nil {
		fmt.Println(err)
		return
	}
	as, err := workbook.Decode(&b, "mau.xlsx", workbook.ReadOptions{})
	fmt.Println(len(as), "empty assessments read back,", err)
	// Output:
	// 2 empty assessments read back, <nil>
}

// Write the reports of a workbook's communes as a workbook of their own.
func ExampleWriteReports() {
	as, _ := workbook.ReadFile("testdata/so-lieu-dai.xlsx", workbook.ReadOptions{})
	var reports []evaluate.Report
	for i := range as {
		rs, err := evaluate.RunAll(nil, &as[i])
		if err != nil {
			fmt.Println(err)
			return
		}
		reports = append(reports, rs...)
	}
	f, err := os.CreateTemp("", "bao-cao-*.xlsx")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	defer f.Close()
	if err := workbook.WriteReports(f, reports, evaluate.RenderOptions{Lang: "vi"}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(reports), "report written")
	// Output:
	// 1 report written
}
