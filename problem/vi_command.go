package problem

// The Vietnamese of the messages the ntm command adds to those of the
// readers, and of the operating system's errors it passes on (a file that
// cannot be opened).
func init() {
	for en, v := range map[string]string{
		"no values for any set in %s: nothing was evaluated":                                                                                "không có số liệu của bộ tiêu chí nào trong %s: chưa đánh giá được gì",
		"no values for set %s in %s: nothing was evaluated":                                                                                 "không có số liệu của bộ tiêu chí %s trong %s: chưa đánh giá được gì",
		"nothing was evaluated: every assessment read in %s had a problem (above)":                                                          "chưa đánh giá được gì: số liệu của mọi xã đọc được trong %s đều có lỗi (đã nêu ở trên)",
		"nothing was evaluated against %s: every assessment of it read in %s had a problem (above)":                                         "chưa đánh giá được gì theo bộ tiêu chí %s: số liệu của mọi xã theo bộ tiêu chí này trong %s đều có lỗi (đã nêu ở trên)",
		"unknown format: want a .json, .csv or .xlsx file":                                                                                  "không rõ định dạng: cần tệp .json, .csv hoặc .xlsx",
		`an Excel 97-2003 workbook (.xls) cannot be read: open it in Excel and save it as "Excel Workbook (*.xlsx)"`:                        `sổ Excel 97-2003 (.xls) không đọc được: hãy mở bằng Excel và lưu lại dạng "Excel Workbook (*.xlsx)"`,
		"%s: %s is assessed again for %s, %d (first in %s); this assessment is not used":                                                    "%s: %s bị đánh giá trùng theo %s, năm %d (lần đầu ở %s); không dùng lần đánh giá này",
		"%s is assessed again for %s, %d (first at line %d); this assessment is not used":                                                   "%s bị đánh giá trùng theo %s, năm %d (lần đầu ở dòng %d); không dùng lần đánh giá này",
		"%s has values for %s, %d in two assessments: the prerequisite %s of its other assessments is evaluated from %s, not from this one": "%s có số liệu của %s, năm %d ở hai lần đánh giá: điều kiện tiên quyết %s của các lần đánh giá khác của xã được xét theo số liệu ở %s, không theo lần này",
		"unknown region or province (want TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL, a region name or a province of 2016-2020)":              "không rõ vùng hay tỉnh (cần TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL, tên vùng hoặc tên tỉnh giai đoạn 2016-2020)",
		"want \"Xã, Huyện, Tỉnh\" (got %q)":                                                                                                 "cần dạng \"Xã, Huyện, Tỉnh\" (giá trị %q)",
		// The flag package's reasons for refusing a value.
		"parse error":        "không đọc được giá trị",
		"value out of range": "giá trị ngoài phạm vi",

		// The operating system, on a file given on the command line.
		"open %s":                   "không mở được %s",
		"read %s":                   "không đọc được %s",
		"no such file or directory": "không có tệp hoặc thư mục này",
		"permission denied":         "không có quyền truy cập",
		"is a directory":            "là một thư mục",
		"not a directory":           "không phải thư mục",
	} {
		vi[en] = v
	}
}
