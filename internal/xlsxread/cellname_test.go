package xlsxread

import (
	"fmt"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestCellNameIsExcelizes: CellName names every column and the first and
// last rows of a worksheet as excelize does, and a place no worksheet has
// as R1C0.
func TestCellNameIsExcelizes(t *testing.T) {
	for col := 1; col <= maxColumn; col++ {
		for _, row := range []int{1, 7, maxRow} {
			want, err := excelize.CoordinatesToCellName(col, row)
			if err != nil {
				t.Fatal(err)
			}
			if got := CellName(col, row); got != want {
				t.Fatalf("CellName(%d, %d) = %q, want %q", col, row, got, want)
			}
		}
	}
	for _, c := range [][2]int{{0, 1}, {-1, 1}, {maxColumn + 1, 1}, {1, 0}, {1, maxRow + 1}} {
		if got, want := CellName(c[0], c[1]), fmt.Sprintf("R%dC%d", c[1], c[0]); got != want {
			t.Errorf("CellName(%d, %d) = %q, want %q", c[0], c[1], got, want)
		}
	}
}
