package problem

// The Vietnamese of the workbook reader's messages (package workbook).
func init() {
	for en, v := range map[string]string{
		"the workbook unpacks to more than %d MiB: refused as a possible zip bomb":        "sổ Excel giải nén ra hơn %d MiB: bị từ chối vì có thể là zip bomb",
		"the file is larger than %d MiB: refused as a possible zip bomb":                  "tệp lớn hơn %d MiB: bị từ chối vì có thể là zip bomb",
		`not an Excel workbook (.xlsx): want a file saved as "Excel Workbook (*.xlsx)"`:   `không phải sổ Excel (.xlsx): cần tệp lưu dạng "Excel Workbook (*.xlsx)"`,
		"not a readable Excel workbook (.xlsx): %s":                                       "sổ Excel (.xlsx) không đọc được: %s",
		"no worksheet has a header of the long or wide layout in its first non-empty row": "không trang tính nào có dòng tiêu đề của bảng dọc hoặc bảng ngang ở dòng đầu tiên có dữ liệu",
		"worksheet cannot be read: %s":                                                    "không đọc được trang tính: %s",
	} {
		vi[en] = v
	}
}
