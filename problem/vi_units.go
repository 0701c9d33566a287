package problem

// The Vietnamese of the messages of package units (administrative units and
// their successors) and of `ntm units`.
func init() {
	for en, v := range map[string]string{
		"no unit named %q is known%s": "danh sách đơn vị hành chính không có đơn vị nào tên %q%s",
		"the registry holds no units of province %q (it holds: %s): the successors of %q are not known": "danh sách đơn vị hành chính chưa có tỉnh %q (đã có: %s): chưa biết đơn vị nào kế thừa %q",
		"the registry holds no units of city %q (it holds: %s): the successors of %q are not known":     "danh sách đơn vị hành chính chưa có thành phố %q (đã có: %s): chưa biết đơn vị nào kế thừa %q",
		" (closest: %s)": " (gần nhất: %s)",
		"%q names no unit in force on or before %s":                                  "%q không phải tên của đơn vị hành chính nào có hiệu lực vào hoặc trước ngày %s",
		"%q is ambiguous: %s; name the district, as in %q":                           "%q chưa rõ là đơn vị nào: %s; hãy ghi thêm huyện, ví dụ %q",
		"%q is ambiguous: %s; write the kind (Xã, Phường, Thị trấn) before the name": "%q chưa rõ là đơn vị nào: %s; hãy ghi loại đơn vị (Xã, Phường, Thị trấn) trước tên",
		"no units known for province %q (known: %s)":                                 "chưa có danh sách đơn vị hành chính của tỉnh %q (đã có: %s)",
		"no units known for city %q (known: %s)":                                     "chưa có danh sách đơn vị hành chính của thành phố %q (đã có: %s)",
		"%q is not a province or centrally-run city%s":                               "%q không phải tên tỉnh hay thành phố trực thuộc trung ương nào%s",
		"the registry of administrative units covers dates from %s, not %s":          "danh mục đơn vị hành chính chỉ có từ ngày %s, không có ngày %s",
		`a place is "Xã, Huyện, Tỉnh": a commune, then at most its district and its province, separated by commas; this has %d parts`: `địa danh ghi dạng "Xã, Huyện, Tỉnh": tên xã, sau đó nhiều nhất là huyện và tỉnh, cách nhau bởi dấu phẩy; ở đây có %d phần`,
		`a place begins with the commune's name: "Xã, Huyện, Tỉnh"`:                                                                   `địa danh bắt đầu bằng tên xã: "Xã, Huyện, Tỉnh"`,
	} {
		vi[en] = v
	}
}
