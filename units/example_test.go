package units_test

import (
	"fmt"
	"time"

	"github.com/nongthonmoi/ntm/units"
)

func ExampleSuccessor() {
	day := time.Date(2025, time.July, 1, 0, 0, 0, 0, time.UTC)
	place, err := units.ParsePlace("Hòa Lạc, Hữu Lũng, Lạng Sơn")
	if err != nil {
		fmt.Println(err)
		return
	}
	old, succ, err := units.Successor(place, day)
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

// The units a name names on a day: with diacritics, only the units spelled
// so; without any, every unit it folds to.
func ExampleFind() {
	day := time.Date(2025, time.March, 1, 0, 0, 0, 0, time.UTC)
	for _, name := range []string{"Nhật Tiến, Lạng Sơn", "Nhat Tien, Lạng Sơn"} {
		fmt.Println(name + ":")
		place, err := units.ParsePlace(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		for _, u := range units.Find(place, day) {
			fmt.Println(" ", u)
		}
	}
	// Output:
	// Nhật Tiến, Lạng Sơn:
	//   Xã Nhật Tiến (06418), Huyện Hữu Lũng, Lạng Sơn
	// Nhat Tien, Lạng Sơn:
	//   Xã Nhất Tiến (06382), Huyện Bắc Sơn, Lạng Sơn
	//   Xã Nhật Tiến (06418), Huyện Hữu Lũng, Lạng Sơn
}

// The units of a province in force on a day, before and after the
// reorganisation of 1/7/2025.
func ExampleList() {
	for _, day := range []time.Time{
		time.Date(2025, time.June, 30, 0, 0, 0, 0, time.UTC),
		time.Date(2025, time.July, 1, 0, 0, 0, 0, time.UTC),
	} {
		us := units.List("Lạng Sơn", day)
		fmt.Println(day.Format(time.DateOnly), len(us), "units, the first", us[0])
	}
	// Output:
	// 2025-06-30 194 units, the first Phường Hoàng Văn Thụ (05971), Thành phố Lạng Sơn, Lạng Sơn
	// 2025-07-01 65 units, the first Phường Đông Kinh (05977), Lạng Sơn
}

// A name that names no unit: Known says so, and Closest gives the units to
// suggest ("did you mean"), nearest spelling first.
func ExampleClosest() {
	typed, err := units.ParsePlace("Hoa Lac x, Hữu Lũng, Lạng Sơn")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(units.Known(typed))
	for _, u := range units.Closest(typed, 3) {
		fmt.Println(u)
	}
	// Output:
	// false
	// Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn
	// Xã Hòa Cư (06223), Huyện Cao Lộc, Lạng Sơn
	// Xã Hoa Thám (06073), Huyện Bình Gia, Lạng Sơn
}
