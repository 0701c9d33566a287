package xlsxread

import (
	"bytes"
	"fmt"
	"io"
)

// A Sheet is a worksheet read as text: its name and its rows from the
// header on, each as wide as the header; no rows when none of its first
// 10 non-empty rows is a header of the long or the wide layout.
type Sheet struct {
	Name string
	Rows [][]string
}

// Sheets reads every worksheet of the workbook data as text, with the cells
// as the reader reads them (numbers as written), for a test to check what
// package workbook writes. A cell that cannot be read is an error.
func Sheets(data []byte) ([]Sheet, error) {
	b, err := open(bytes.NewReader(data), DefaultMaxUnpacked)
	if err != nil {
		return nil, err
	}
	var out []Sheet
	for _, ref := range b.sheets {
		rows, err := openSheet(b, ref)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", ref.name, err)
		}
		s := Sheet{Name: ref.name}
		if rows.dataHeader() {
			for {
				cells, err := rows.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					rows.close()
					return nil, fmt.Errorf("%s: %v", ref.name, err)
				}
				s.Rows = append(s.Rows, append([]string(nil), cells...))
			}
		}
		rows.close()
		out = append(out, s)
	}
	return out, nil
}
