package evaluate_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/nongthonmoi/ntm/evaluate"
)

// ExampleNewJSONEncoder streams the reports of communes read one at a time
// as the report JSON array, keeping no report: the way a service answers a
// large input in bounded memory. The figures are illustrative (số liệu
// minh họa).
func ExampleNewJSONEncoder() {
	in := strings.NewReader(`[
{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96.5"}}},
{"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": 120}}},
{"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "94"}}}
]`)
	var out strings.Builder
	enc := evaluate.NewJSONEncoder(&out, evaluate.RenderOptions{})
	var reports []evaluate.Report // reused from one commune to the next
	for a, err := range evaluate.NewJSONDecoder(in, "communes.json", nil).All() {
		if err != nil {
			fmt.Println("left out:", err) // the commune's problems; reading goes on
			continue
		}
		reports, _ = evaluate.RunAllInto(reports, nil, &a)
		for i := range reports {
			if err := enc.Encode(&reports[i]); err != nil {
				log.Fatal(err)
			}
		}
	}
	if err := enc.Close(); err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.Count(out.String(), `"set": "1980/QĐ-TTg"`), "reports written")
	// Output:
	// left out: evaluate: communes.json:3: column 123: [1] Nhật Tiến: sets["1980"]["4.2"]: percentage must be between 0 and 100 (got "120")
	// 2 reports written
}
