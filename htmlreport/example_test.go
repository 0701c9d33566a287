package htmlreport_test

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/htmlreport"
)

// The report of two illustrative communes (số liệu minh họa), written to a
// buffer (write it to a .html file to open it in a browser or print it);
// here its outline: the title, the date it was made, the label of
// illustrative data, and the headings of its sections.
func ExampleWrite() {
	var reports []evaluate.Report
	for _, name := range []string{"Hòa Lạc", "Tân Thành"} {
		a := evaluate.Assessment{
			Commune: evaluate.Commune{Name: name, District: "Hữu Lũng", Province: "Lạng Sơn"},
			Region:  criteria.TDMNPB, Year: 2020,
			Values: map[string]map[string]evaluate.Value{criteria.IDQD1980: {
				"5": evaluate.Share(2, 3, "trường"), "4.2": evaluate.MustNumber("96.5"),
			}},
		}
		rs, _ := evaluate.RunAll(nil, &a)
		reports = append(reports, rs...)
	}
	var b bytes.Buffer
	opt := htmlreport.Options{Illustrative: true, Generated: time.Date(2020, 5, 6, 9, 0, 0, 0, time.UTC)}
	if err := htmlreport.Write(&b, reports, opt); err != nil {
		fmt.Println(err)
		return
	}
	outline := regexp.MustCompile(`<(h[1-3]|p)\b[^>]*>([^<]*)</`)
	for _, m := range outline.FindAllStringSubmatch(b.String(), -1) {
		if m[1] != "p" || strings.HasPrefix(m[2], "Lập ngày") || strings.HasPrefix(m[2], "Số liệu minh họa") {
			fmt.Println(m[1]+":", m[2])
		}
	}
	// Output:
	// h1: Báo cáo nông thôn mới
	// p: Lập ngày 06/5/2020
	// p: Số liệu minh họa — số liệu giả định, không phải số liệu chính thức.
	// h2: Tổng quan theo địa bàn — 1980/QĐ-TTg, năm 2020
	// h3: Sắp xếp đơn vị hành chính cấp xã: 2
	// h2: Kết quả từng xã theo tiêu chí — 1980/QĐ-TTg, năm 2020
	// h3: Hữu Lũng, Lạng Sơn
	// h2: Các chỉ tiêu chưa đạt của từng xã (chỉ tiêu gần đạt nhất xếp trước) — 1980/QĐ-TTg, năm 2020
	// h3: Hữu Lũng, Lạng Sơn
}
