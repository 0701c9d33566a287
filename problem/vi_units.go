package problem

// The Vietnamese of the messages of package units (administrative units and
// their successors) and of `ntm units`.
func init() {
	for en, v := range map[string]string{
		"no unit named %q is known%s":                      "không có đơn vị hành chính nào tên %q%s",
		" (closest: %s)":                                   " (gần nhất: %s)",
		"%q names no unit in force on or before %s":        "%q không phải tên của đơn vị hành chính nào có hiệu lực vào hoặc trước ngày %s",
		"%q is ambiguous: %s; name the district, as in %q": "%q chưa rõ là đơn vị nào: %s; hãy ghi thêm huyện, ví dụ %q",
		"%q is ambiguous: %s; write the kind (Xã, Phường, Thị trấn) before the name": "%q chưa rõ là đơn vị nào: %s; hãy ghi loại đơn vị (Xã, Phường, Thị trấn) trước tên",
		"no units known for province %q (known: %s)":                                 "chưa có danh sách đơn vị hành chính của tỉnh %q (đã có: %s)",
		"the registry of administrative units covers dates from %s, not %s":          "danh mục đơn vị hành chính chỉ có từ ngày %s, không có ngày %s",
	} {
		vi[en] = v
	}
}
