// Package xlsxtest makes workbooks for the tests and benchmarks of the
// packages that read them.
package xlsxtest

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/xuri/excelize/v2"
)

// WideWorkbook returns an xlsx workbook with n communes in the wide layout, one
// column per indicator of 1980/QĐ-TTg (số liệu minh họa: generated).
func WideWorkbook(tb testing.TB, n int) []byte {
	tb.Helper()
	set := criteria.QD1980()
	return sheet1(tb, func(sw *excelize.StreamWriter) error {
		return wideRows(sw, set, n)
	})
}

// wideRows writes the header and the n communes of WideWorkbook.
func wideRows(sw *excelize.StreamWriter, set *criteria.Set, n int) error {
	head := []any{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí"}
	var kinds []criteria.Kind
	for _, c := range set.Criteria {
		for _, ind := range c.Indicators {
			head = append(head, ind.Code+". "+c.Name.VI)
			kinds = append(kinds, ind.Kind)
		}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	row := make([]any, len(head))
	for i := range n {
		row[0], row[1], row[2], row[3], row[4] = "Lạng Sơn", "Huyện "+strconv.Itoa(i%11), "Xã minh họa "+strconv.Itoa(i), 2020, "1980"
		for k, kind := range kinds {
			switch kind {
			case criteria.KindPass:
				row[5+k] = "đạt"
			case criteria.KindNone:
				row[5+k] = 0
			default:
				row[5+k] = 50 + (i+k)%50
			}
		}
		if err := sw.SetRow("A"+strconv.Itoa(i+2), row); err != nil {
			return err
		}
	}
	return nil
}

// Sheet returns an xlsx workbook whose one worksheet, Sheet1, holds rows
// from A1 down: a string is a text cell, an int or a float64 a number.
func Sheet(tb testing.TB, rows ...[]any) []byte {
	tb.Helper()
	return sheet1(tb, func(sw *excelize.StreamWriter) error {
		for i, row := range rows {
			if err := sw.SetRow("A"+strconv.Itoa(i+1), row); err != nil {
				return err
			}
		}
		return nil
	})
}

// sheet1 returns an xlsx workbook whose worksheet Sheet1 holds what fill
// writes.
func sheet1(tb testing.TB, fill func(*excelize.StreamWriter) error) []byte {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		tb.Fatal(err)
	}
	if err := fill(sw); err != nil {
		tb.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		tb.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}
