package evaluate_test

import (
	"fmt"
	"strings"

	"github.com/nongthonmoi/ntm/evaluate"
)

// Read a wide table as Excel saves it in a Vietnamese locale (số liệu minh
// họa): ';' separators, Vietnamese headers, one row per commune, a column
// per indicator, decimal commas, a percentage sign, a share N/D with its
// unit in the header, and no set column (the set is given).
func ExampleTableOptions_NewCSVDecoder() {
	in := "Tỉnh;Huyện;Xã;Năm;1.1;4.2 Điện;5 Trường học [trường];7. Chợ;Ghi chú\r\n" +
		"Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;Đạt;96,5;2/3;không áp dụng;số liệu minh họa\r\n" +
		"Lạng Sơn;Hữu Lũng;Nhật Tiến;2020;chưa đạt;101%;3/4;;\r\n" +
		"Lạng Sơn;Hữu Lũng;Tân Thành;2020;x;94.8%;;;\r\n"
	dec := evaluate.TableOptions{Set: "1980"}.NewCSVDecoder(strings.NewReader(in), "so-lieu.csv")
	for a, err := range dec.All() {
		if err != nil {
			fmt.Println(err)
			continue
		}
		v := a.SetValues("1980/QĐ-TTg")
		fmt.Printf("%s %s: %d values; 4.2 = %s; 5 = %s/%s %s\n", a.Origin, a.Commune.Name, len(v),
			v["4.2"].Number, v["5"].Numerator, v["5"].Denominator, v["5"].Unit)
	}
	// Output:
	// so-lieu.csv:2 Hòa Lạc: 4 values; 4.2 = 96.5; 5 = 2/3 trường
	// evaluate: so-lieu.csv:3: column 4.2 Điện: Nhật Tiến: 1980/QĐ-TTg 4.2: percentage must be between 0 and 100 (got "101%")
	// so-lieu.csv:4 Tân Thành: 2 values; 4.2 = 94.8; 5 = 0/0
}
