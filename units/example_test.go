package units_test

import (
	"fmt"
	"time"

	"github.com/nongthonmoi/ntm/units"
)

func ExampleSuccessor() {
	day := time.Date(2025, time.July, 1, 0, 0, 0, 0, time.UTC)
	old, succ, err := units.Successor(units.ParsePlace("Hòa Lạc, Hữu Lũng, Lạng Sơn"), day)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(old)
	for _, s := range succ {
		fmt.Println("→", s.Successor, "|", s.Basis)
	}
	// Output:
	// Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn
	// → Xã Tân Thành (06445), Lạng Sơn | 1672/NQ-UBTVQH15, Điều 1, khoản 46
}

func ExampleByCode() {
	for _, day := range []time.Time{
		time.Date(2025, time.June, 30, 0, 0, 0, 0, time.UTC),
		time.Date(2025, time.July, 1, 0, 0, 0, 0, time.UTC),
	} {
		u, _ := units.ByCode("06445", day)
		fmt.Println(day.Format(time.DateOnly), u.Name)
	}
	// Output:
	// 2025-06-30 Xã Hòa Sơn
	// 2025-07-01 Xã Tân Thành
}
