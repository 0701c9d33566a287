package workbook_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

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

// Read a workbook from any io.Reader (here a file; a request body does as
// well) one commune at a time: the valid communes, and the problems of
// each commune left out, which name the sheet and the cell. The workbook
// of testdata holds số liệu minh họa.
func ExampleNewReader() {
	f, err := os.Open("testdata/so-lieu-rong.xlsx")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	r, err := workbook.NewReader(f, "so-lieu-rong.xlsx", workbook.ReadOptions{})
	if err != nil {
		fmt.Println(err) // not a workbook that can be read
		return
	}
	defer r.Close()
	for {
		a, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("left out:", err)
			continue
		}
		values := a.SetValues("1980/QĐ-TTg")
		share, _ := values["4.2"].Actual()
		fmt.Println(a.Commune.Name, a.Year, len(values), "values, 4.2:", share)
	}
	// Output:
	// Hòa Lạc 2020 5 values, 4.2: 96.5
	// Minh Sơn 2020 5 values, 4.2: 92
	// Yên Thịnh 2020 5 values, 4.2: 88.5
}

// Open a workbook by its path; what is not a workbook is an error at
// once.
func ExampleOpenFile() {
	r, err := workbook.OpenFile("testdata/so-lieu-dai.xlsx", workbook.ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer r.Close()
	a, err := r.Next()
	fmt.Println(a.Origin, a.Commune.Name, err)

	_, err = workbook.OpenFile("example_test.go", workbook.ReadOptions{})
	fmt.Println(err != nil)
	// Output:
	// testdata/so-lieu-dai.xlsx: Sheet1!2:2 Hòa Lạc <nil>
	// true
}

// Next returns the problems of a commune that cannot be read as an
// *evaluate.AssessmentError, and goes on with the next commune. In this
// workbook (số liệu minh họa), Minh Sơn's 4.2 is typed "chín mươi".
func ExampleReader_Next() {
	r, err := workbook.OpenFile("testdata/so-lieu-dai.xlsx", workbook.ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer r.Close()
	for {
		a, err := r.Next()
		if err == io.EOF {
			break
		}
		var ae *evaluate.AssessmentError
		if errors.As(err, &ae) {
			for _, p := range ae.Problems {
				fmt.Printf("%s left out: %s!%s %q\n", ae.Commune.Name, p.Sheet, p.Cell, p.Input)
			}
			continue
		}
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(a.Commune.Name, "read")
	}
	// Output:
	// Hòa Lạc read
	// Minh Sơn left out: Sheet1!G6 "chín mươi"
}

// Close releases the workbook; reading may stop before the end.
func ExampleReader_Close() {
	r, err := workbook.OpenFile("testdata/so-lieu-rong.xlsx", workbook.ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	a, _ := r.Next() // the first commune only
	fmt.Println(a.Commune.Name, r.Close())
	// Output:
	// Hòa Lạc <nil>
}

// Decode reads every sheet of a workbook at once: the valid communes, and
// the problems of the others joined in one error. A sheet without a table
// (here the note that the figures are số liệu minh họa) is skipped and
// reported through Skipped.
func ExampleDecode() {
	f, err := os.Open("testdata/so-lieu-dai.xlsx")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	opt := workbook.ReadOptions{Skipped: func(sheet, why string) { fmt.Println("skipped:", sheet) }}
	as, err := workbook.Decode(f, "so-lieu-dai.xlsx", opt)
	for _, a := range as {
		fmt.Println("read:", a.Commune.Name)
	}
	for _, x := range evaluate.ExcludedOf(err) {
		fmt.Println("left out:", x.Commune.Name, x.Origin, x.Problems, "problem")
	}
	// Output:
	// skipped: Ghi chú
	// read: Hòa Lạc
	// left out: Minh Sơn so-lieu-dai.xlsx: Sheet1!6:6 1 problem
}

// Write the summary of a workbook's communes (số liệu minh họa) as a
// workbook, then read a few of its cells back: the figures of each area,
// and the commune left out because its input could not be read.
func ExampleWriteSummary() {
	as, err := workbook.ReadFile("testdata/so-lieu-dai.xlsx", workbook.ReadOptions{})
	var reports []evaluate.Report
	for i := range as {
		rs, err := evaluate.RunAll(nil, &as[i])
		if err != nil {
			fmt.Println(err)
			return
		}
		reports = append(reports, rs...)
	}
	s := evaluate.Summarize(reports)
	s.Excluded = evaluate.ExcludedOf(err) // Minh Sơn, whose 4.2 is "chín mươi"
	var b bytes.Buffer
	if err := workbook.WriteSummary(&b, s, evaluate.RenderOptions{Lang: "vi"}); err != nil {
		fmt.Println(err)
		return
	}

	f, err := excelize.OpenReader(&b)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	fmt.Println(strings.Join(f.GetSheetList(), " | "))
	show := func(sheet string, columns ...string) {
		rows, err := f.GetRows(sheet)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, row := range rows {
			var cells []string
			for _, c := range columns {
				if i := slices.Index(rows[0], c); i >= 0 && i < len(row) {
					cells = append(cells, row[i])
				}
			}
			fmt.Println(strings.Join(cells, " | "))
		}
	}
	show("Tổng hợp", "Phạm vi", "Huyện", "Số xã", "Số xã đạt chuẩn", "Tiêu chí bình quân/xã")
	show("Không tổng hợp", "Xã", "Vị trí", "Số lỗi")
	// Output:
	// Tổng hợp | Theo tiêu chí | Không tổng hợp
	// Phạm vi | Huyện | Số xã | Số xã đạt chuẩn | Tiêu chí bình quân/xã
	// all |  | 1 | 0 | 0.00
	// province |  | 1 | 0 | 0.00
	// district | Hữu Lũng | 1 | 0 | 0.00
	// Xã | Vị trí | Số lỗi
	// Minh Sơn | testdata/so-lieu-dai.xlsx: Sheet1!6:6 | 1
}

// The form of `ntm template` as CSV: a block of rows per commune, one per
// indicator, with its text and target beside the cells to fill. Here the
// first rows of the form of 1980/QĐ-TTg for a commune of Lạng Sơn (a
// province of the TDMNPB region).
func ExampleWriteTemplateCSV() {
	t := workbook.Template{Set: criteria.QD1980(), Year: 2020, Communes: []evaluate.Commune{
		{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
	}}
	var b bytes.Buffer
	if err := workbook.WriteTemplateCSV(&b, t); err != nil {
		fmt.Println(err)
		return
	}
	lines := strings.Split(b.String(), "\n")
	fmt.Println(len(lines)-2, "rows to fill")
	for _, l := range lines[:3] {
		fmt.Println(l)
	}
	// Output:
	// 50 rows to fill
	// province,district,commune,region,year,set,indicator,value,numerator,denominator,unit,source,content,target,note
	// Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,1.1,,,,,,Có quy hoạch chung xây dựng xã được phê duyệt và được công bố công khai đúng thời hạn,Đạt,
	// Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,1.2,,,,,,Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch,Đạt,
}

// Stream reports into a workbook as communes are read and evaluated, one
// at a time, without keeping them (số liệu minh họa); the workbook has a
// row per commune and indicator.
func ExampleNewReportWriter() {
	r, err := workbook.OpenFile("testdata/so-lieu-rong.xlsx", workbook.ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer r.Close()
	var b bytes.Buffer
	rw := workbook.NewReportWriter(&b, evaluate.RenderOptions{Lang: "en"})
	for {
		a, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			continue
		}
		reports, err := evaluate.RunAll(nil, &a)
		if err != nil {
			fmt.Println(err)
		}
		if err := rw.Write(reports); err != nil {
			fmt.Println(err)
			break
		}
	}
	if err := rw.Close(); err != nil {
		fmt.Println(err)
		return
	}

	f, err := excelize.OpenReader(&b)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	rows, err := f.GetRows("Reports")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(rows)-1, "rows")
	col := func(name string) int { return slices.Index(rows[0], name) }
	for _, row := range rows[1:] {
		if row[col("indicator")] == "4.2" {
			fmt.Println(row[col("commune")], row[col("status")], row[col("actual")], row[col("target")])
		}
	}
	// Output:
	// 150 rows
	// Hòa Lạc met 96.5 95
	// Minh Sơn not-met 92 95
	// Yên Thịnh not-met 88.5 95
}

// The reports given to Write are not kept: the same memory can hold the
// next commune's, as evaluate.RunAllInto reuses it.
func ExampleReportWriter_Write() {
	as, err := workbook.ReadFile("testdata/so-lieu-rong.xlsx", workbook.ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	var b bytes.Buffer
	rw := workbook.NewReportWriter(&b, evaluate.RenderOptions{Lang: "vi"})
	var reports []evaluate.Report // reused from one commune to the next
	for i := range as {
		reports, err = evaluate.RunAllInto(reports, nil, &as[i])
		if err != nil {
			fmt.Println(err)
		}
		if err := rw.Write(reports); err != nil {
			fmt.Println(err)
			return
		}
	}
	if err := rw.Close(); err != nil {
		fmt.Println(err)
		return
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	rows, err := f.GetRows("Báo cáo")
	if err != nil {
		fmt.Println(err)
		return
	}
	commune := slices.Index(rows[0], "Xã")
	var order []string
	n := map[string]int{}
	for _, row := range rows[1:] {
		if n[row[commune]] == 0 {
			order = append(order, row[commune])
		}
		n[row[commune]]++
	}
	for _, c := range order {
		fmt.Println(c, n[c], "rows")
	}
	// Output:
	// Hòa Lạc 50 rows
	// Minh Sơn 50 rows
	// Yên Thịnh 50 rows
}

// The workbook reaches its writer when Close is called, not before.
func ExampleReportWriter_Close() {
	as, err := workbook.ReadFile("testdata/so-lieu-dai.xlsx", workbook.ReadOptions{})
	if len(as) == 0 {
		fmt.Println(err)
		return
	}
	reports, _ := evaluate.RunAll(nil, &as[0])
	var b bytes.Buffer
	rw := workbook.NewReportWriter(&b, evaluate.RenderOptions{})
	if err := rw.Write(reports); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("before Close:", b.Len(), "bytes")
	err = rw.Close()
	fmt.Println("after Close: a workbook:", err == nil && bytes.HasPrefix(b.Bytes(), []byte("PK")))
	// Output:
	// before Close: 0 bytes
	// after Close: a workbook: true
}
