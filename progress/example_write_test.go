package progress_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/nongthonmoi/ntm/progress"
)

// Write renders a Progress in the format Options.Format names; a format it
// does not know is a wrong-kind problem and nothing is written. The
// commune's figures are illustrative (số liệu minh họa).
func ExampleWrite() {
	a := evaluate.Assessment{
		Commune: evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Region:  criteria.TDMNPB, Year: 2020,
		Values: map[string]map[string]evaluate.Value{criteria.IDQD1980: {"5": evaluate.Share(3, 4, "trường")}},
	}
	reports, _ := evaluate.RunAll(nil, &a)
	p := progress.Of(reports)
	if err := progress.Write(os.Stdout, p, progress.Options{Format: "csv"}); err != nil {
		fmt.Println(err)
	}
	err := progress.Write(os.Stdout, p, progress.Options{Format: "pdf"})
	fmt.Println(errors.Is(err, problem.WrongKind), err)
	// Output:
	// set,scope,province,district,commune,year,communes,communes_met,average_criteria,status,criteria_met,criteria_total,first_met,regressed,origin,problems,through,content,unit,successors,formed_from,basis,plan,as_of,target_year,target_status,deadline_passed,short_year,not_met,missing,target_provisional
	// 1980/QĐ-TTg,district,Lạng Sơn,Hữu Lũng,,2020,1,0,1.00,,,19,,,,,,,,,,,,,,,,,,,
	// 1980/QĐ-TTg,province,Lạng Sơn,,,2020,1,0,1.00,,,19,,,,,,,,,,,,,,,,,,,
	// 1980/QĐ-TTg,all,,,,2020,1,0,1.00,,,19,,,,,,,,,,,,,,,,,,,
	// 1980/QĐ-TTg,commune,Lạng Sơn,Hữu Lũng,Hòa Lạc,2020,,,,missing,1,19,,,,,,,Xã Hòa Lạc (06430),Xã Tân Thành (06445),,"1672/NQ-UBTVQH15, Điều 1, khoản 46",,,,,,,,,
	// true progress: unknown format "pdf" (want text, markdown, json or csv)
}
