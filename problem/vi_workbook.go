package problem

// The Vietnamese of the workbook reader's messages (package workbook).
func init() {
	for en, v := range map[string]string{
		"the workbook unpacks to more than %d MiB: refused as a possible zip bomb":                                                            "sổ Excel giải nén ra hơn %d MiB: bị từ chối vì có thể là zip bomb",
		"the file is larger than %d MiB: refused as a possible zip bomb":                                                                      "tệp lớn hơn %d MiB: bị từ chối vì có thể là zip bomb",
		`not an Excel workbook (.xlsx): want a file saved as "Excel Workbook (*.xlsx)"`:                                                       `không phải sổ Excel (.xlsx): cần tệp lưu dạng "Excel Workbook (*.xlsx)"`,
		"not a readable Excel workbook (.xlsx): %s":                                                                                           "sổ Excel (.xlsx) không đọc được: %s",
		"no worksheet has a header of the long or wide layout in its first 10 non-empty rows":                                                 "không trang tính nào có dòng tiêu đề của bảng dọc hoặc bảng ngang trong 10 dòng đầu tiên có dữ liệu",
		"worksheet cannot be read: %s":                                                                                                        "không đọc được trang tính: %s",
		"no header of the long or wide layout in the first 10 non-empty rows":                                                                 "không có dòng tiêu đề của bảng dọc hoặc bảng ngang trong 10 dòng đầu tiên có dữ liệu",
		"%s above the header read as a title, not as data: %q":                                                                                "%s phía trên dòng tiêu đề được coi là tiêu đề, không phải số liệu: %q",
		"the sheet is hidden in Excel and is read as the others are: unhide it to check its figures, or delete it if they are not to be used": "trang tính đang bị ẩn trong Excel và vẫn được đọc như các trang khác: hãy bỏ ẩn để kiểm tra số liệu, hoặc xóa trang nếu không dùng số liệu này",
		"%v; no header of the long or wide layout in the first 10 non-empty rows: the sheet is not read":                                      "%v; không có dòng tiêu đề của bảng dọc hoặc bảng ngang trong 10 dòng đầu tiên có dữ liệu: trang tính không được đọc",
		"row %d: %v":                          "hàng %d: %v",
		"%d parts":                            "%d phần",
		"no part %s":                          "thiếu phần %s",
		"too many shared strings":             "quá nhiều chuỗi dùng chung",
		"malformed string":                    "chuỗi sai dạng",
		"row %q out of order":                 "hàng %q không đúng thứ tự",
		"more rows than a worksheet holds":    "nhiều hàng hơn số hàng một trang tính có thể có",
		"worksheet ends inside a row":         "trang tính kết thúc giữa một hàng",
		"bad cell reference %q":               "địa chỉ ô %q sai",
		"more columns than a worksheet holds": "nhiều cột hơn số cột một trang tính có thể có",
		"worksheet ends inside a cell":        "trang tính kết thúc giữa một ô",
		"malformed cell value":                "giá trị ô sai dạng",
		"malformed cell formula":              "công thức trong ô sai dạng",
		"malformed inline string":             "chuỗi trong ô sai dạng",
		"the formula gives an error value: fix it in Excel or type the value":                                       "công thức cho giá trị lỗi: hãy sửa công thức trong Excel hoặc gõ giá trị",
		"formula has no computed value: open and save the file in Excel (or type the value)":                        "công thức chưa có giá trị tính sẵn: hãy mở tệp bằng Excel rồi lưu lại (hoặc gõ giá trị vào ô)",
		"not a shared string of the workbook (it has %d): the file is damaged":                                      "không phải chuỗi dùng chung nào của sổ (sổ có %d chuỗi): tệp bị hỏng",
		"not a boolean (a boolean cell holds 0 or 1): the file is damaged":                                          "không phải giá trị đúng/sai (ô kiểu đúng/sai chỉ chứa 0 hoặc 1): tệp bị hỏng",
		"cell given twice in its row: the file is damaged":                                                          "ô bị lặp trong hàng: tệp bị hỏng",
		"cell out of order: it comes after cell %s in its row: the file is damaged":                                 "ô sai thứ tự: nằm sau ô %s trong hàng: tệp bị hỏng",
		"cell reference %q is not in row %d: the file is damaged":                                                   "địa chỉ ô %q không thuộc hàng %d: tệp bị hỏng",
		"one of the merged cells %s, which show the text of %s alone: unmerge them and type the value in each cell": "thuộc vùng ô gộp %s, chỉ hiện chữ của ô %s: hãy bỏ gộp các ô và gõ giá trị vào từng ô",
		"merged cells %s and %s overlap: the file is damaged":                                                       "vùng ô gộp %s và %s chồng lên nhau: tệp bị hỏng",
		"bad merged range %q":        "vùng ô gộp %q sai",
		"more than %d merged ranges": "hơn %d vùng ô gộp",
		"unclosed comment":           "chú thích XML không được đóng",
		"unclosed CDATA":             "khối CDATA không được đóng",
		"unclosed declaration":       "khai báo XML không được đóng",
		"unclosed tag":               "thẻ XML không được đóng",
		// What archive/zip and encoding/xml say of a broken file, as far
		// as a reader of the message can act on it.
		"zip: not a valid zip file":              "zip: không phải tệp zip hợp lệ",
		"zip: checksum error":                    "zip: sai tổng kiểm tra",
		"zip: unsupported compression algorithm": "zip: thuật toán nén không được hỗ trợ",
		"XML syntax error on line %d: %s":        "lỗi cú pháp XML ở dòng %d: %s",
	} {
		vi[en] = v
	}
}
