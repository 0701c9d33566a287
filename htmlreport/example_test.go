package htmlreport_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/htmlreport"
)

// The report of two illustrative communes (số liệu minh họa), written to a
// buffer (write it to a .html file to open it in a browser or print it).
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
	if err := htmlreport.Write(&b, reports, htmlreport.Options{Illustrative: true}); err != nil {
		fmt.Println(err)
		return
	}
	doc := b.String()
	fmt.Println(strings.HasPrefix(doc, "<!DOCTYPE html>"), strings.Count(doc, "<svg"), strings.Contains(doc, "Số liệu minh họa"))
	// Output: true 2 true
}
