package problem

// The Vietnamese of the table reader's messages (package evaluate, tables
// as officials keep them: CSV dialects, encodings, the wide layout).
func init() {
	for en, v := range map[string]string{
		"unknown encoding %q (want utf-8, windows-1258 or utf-16)":                                                 "không biết bảng mã %q (cần utf-8, windows-1258 hoặc utf-16)",
		"header larger than the %d-byte row cap":                                                                   "dòng tiêu đề lớn quá giới hạn %d byte của một dòng",
		"the lines end with a carriage return (CR) alone: save the file with CRLF (Windows) or LF line ends":       "các dòng kết thúc chỉ bằng ký tự CR: lưu lại tệp với kiểu xuống dòng CRLF (Windows) hoặc LF",
		"invalid CSV: unclosed quote in the header":                                                                "CSV không hợp lệ: dấu nháy kép không được đóng trong dòng tiêu đề",
		"line larger than the %d-byte row cap: not read (bytes %d-%d of the file); the next line starts a new row": "dòng lớn quá giới hạn %d byte: không đọc (byte %d-%d của tệp); dòng sau là một hàng mới",
		"invalid CSV: unclosed quote in cell %d: the row is line %d alone, and line %d starts a new row":           "CSV không hợp lệ: dấu nháy kép không được đóng ở ô %d: hàng chỉ gồm dòng %d, dòng %d là một hàng mới",
		`invalid CSV: text after the closing quote of cell %d: write a quote inside a quoted cell as ""`:           `CSV không hợp lệ: có chữ sau dấu nháy đóng của ô %d: trong ô có nháy, viết dấu nháy kép thành ""`,
		"cell %d larger than the %d-byte cell cap":                                                                 "ô %d lớn quá giới hạn %d byte của một ô",
		"row too large: more than %d cells":                                                                        "hàng quá lớn: hơn %d ô",
		`line %d is not UTF-8 (byte 0x%02X at byte %d of the line): the file is in another encoding; save it as "CSV UTF-8" (in Excel: Save As, CSV UTF-8) or %s; %s not read`: `dòng %d không phải UTF-8 (byte 0x%02X ở byte %d của dòng): tệp dùng bảng mã khác; hãy lưu lại dạng "CSV UTF-8" (trong Excel: "Lưu như" / "Save As", chọn "CSV UTF-8") hoặc %s; %s không được đọc`,
		"read it with --encoding windows-1258 (or utf-16)": "đọc với --encoding windows-1258 (hoặc utf-16)",
		// The fix of a table without a set column (evaluate.TableOptions.SetFix).
		"required column missing from the header (%s)":                                           "thiếu cột bắt buộc trong dòng tiêu đề (%s)",
		"or give the set of the table: --set":                                                    "hoặc cho biết bộ tiêu chí của bảng: --set",
		"add a set column (Bộ tiêu chí) naming the set of each row; this command takes no --set": "thêm cột Bộ tiêu chí (set) ghi bộ tiêu chí của mỗi hàng; lệnh này không nhận --set",
		"… and %d more problems of this commune":                                                 "… và %d lỗi khác của xã này",
		"unknown column: a value in column %d, which has no header":                              "cột không có trong định dạng: có giá trị ở cột %d, cột không có tiêu đề",
		`row has %d fields, the header %d: is "%s,%s" a number with a decimal comma? In a comma-separated file quote it ("%s,%s") or write %s.%s, or save the file with ';' as the separator`: `hàng có %d ô, dòng tiêu đề %d: "%s,%s" có phải là số viết dấu phẩy thập phân? Trong tệp phân cách bằng dấu phẩy hãy đặt trong nháy kép ("%s,%s") hoặc viết %s.%s, hoặc lưu tệp với dấu ';' làm dấu phân cách`,
		"the rows of %s, %d come back after the commune was read (%s, now line %d): keep a commune's rows together":                                                                           "các hàng của %s, năm %d xuất hiện lại sau khi đã đọc xong xã (%s, nay ở dòng %d): hãy để các hàng của một xã liền nhau",
		"%s given twice for this commune and year (first on line %d): give one row per commune, year and set":                                                                                 "%s bị lặp cho xã và năm này (lần đầu ở dòng %d): mỗi xã, năm và bộ tiêu chí chỉ một hàng",
		"column %q: %s": "cột %q: %s",
		"a total row, not the figures of a commune: delete it from the table":                                              "dòng tổng cộng, không phải số liệu của một xã: hãy xóa dòng này khỏi bảng",
		"a row without a commune, a year or a figure (a heading?), not the figures of a commune: delete it from the table": "dòng không có xã, năm hay số liệu nào (dòng tiêu đề nhóm?), không phải số liệu của một xã: hãy xóa dòng này khỏi bảng",
		"%s %s already given on line %d":                                                                        "%s %s đã có ở dòng %d",
		"must be an amount in %s, without %%":                                                                   "phải là số lượng theo %s, không có dấu %%",
		"the indicator has no unit: a unit goes with numerator and denominator":                                 "chỉ tiêu không có đơn vị: đơn vị đi kèm tử số và mẫu số",
		"the indicator's unit is %q: a value is in that unit, another unit goes with numerator and denominator": "đơn vị của chỉ tiêu là %q: giá trị tính theo đơn vị này, đơn vị khác đi kèm tử số và mẫu số",
		"must be a share N/D: the column's unit %q is not the indicator's unit %q":                              "phải là tỷ số N/D: đơn vị %q của cột không phải đơn vị %q của chỉ tiêu",
		"share N/D: numerator: %s":                                                                              "tỷ số N/D: tử số: %s",
		"share N/D: denominator: %s":                                                                            "tỷ số N/D: mẫu số: %s",
		"a date, not a value: Excel turns %s typed into a cell into the date %s (format the column as Text, then type the value again)": "là ngày tháng, không phải giá trị: Excel tự đổi %s gõ vào ô thành ngày %s (định dạng cột là Văn bản (Text) rồi gõ lại giá trị)",
		"must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x), n/a (không áp dụng) or empty":                             "phải là một trong các từ đạt, chưa đạt, có, không, true, false, x; n/a (không áp dụng) hoặc để trống",
		"must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x) or empty":                                                  "phải là một trong các từ đạt, chưa đạt, có, không, true, false, x hoặc để trống",
		"must be a count of %s (0 meets it), không (none), n/a (không áp dụng) or empty":                                                "phải là số %s (0 là đạt), không (không có), n/a (không áp dụng) hoặc để trống",
		"must be a count of %s (0 meets it), không (none) or empty":                                                                     "phải là số %s (0 là đạt), không (không có) hoặc để trống",
		"must be a count of %s (0 meets it) or không (none): đạt and chưa đạt do not say how many there are":                            "phải là số %s (0 là đạt) hoặc không (không có): đạt, chưa đạt không cho biết có bao nhiêu",
		"must be a percentage (%s or %s%%), a share N/D, n/a (không áp dụng) or empty":                                                  "phải là tỷ lệ phần trăm (%s hoặc %s%%), tỷ số N/D, n/a (không áp dụng) hoặc để trống",
		"must be a percentage (%s or %s%%), a share N/D or empty":                                                                       "phải là tỷ lệ phần trăm (%s hoặc %s%%), tỷ số N/D hoặc để trống",
		"must be a percentage (%s or %s%%), n/a (không áp dụng) or empty":                                                               "phải là tỷ lệ phần trăm (%s hoặc %s%%), n/a (không áp dụng) hoặc để trống",
		"must be a percentage (%s or %s%%) or empty":                                                                                    "phải là tỷ lệ phần trăm (%s hoặc %s%%) hoặc để trống",
		"must be an amount in %s, n/a (không áp dụng) or empty":                                                                         "phải là số lượng theo %s, n/a (không áp dụng) hoặc để trống",
		"must be an amount in %s or empty":                                                                                              "phải là số lượng theo %s hoặc để trống",
		"write the percentage alone: %s or %s%%":                                                                                        "chỉ ghi số phần trăm: %s hoặc %s%%",
		"write the count alone: %s":                                                                                                     "chỉ ghi con số: %s",
		"write the amount alone, in %s: %s":                                                                                             "chỉ ghi con số, theo %s: %s",
		`a share N/D is read from the numerator and denominator columns (long layout) or from a column whose header gives its unit, e.g. "5. Trường học [trường]" (wide layout); or write the percentage`: `tỷ số N/D ghi vào cột tử số và mẫu số (bảng dọc) hoặc vào cột có tiêu đề ghi đơn vị, ví dụ "5. Trường học [trường]" (bảng ngang); hoặc ghi tỷ lệ phần trăm`,
		"unknown column (want %s); the header has one column containing %q: is the separator %q?":                                                                                                         "cột không có trong định dạng (cần %s); dòng tiêu đề chỉ có một cột chứa %q: dấu phân cách có phải là %q?",
		"unknown column (want %s); the column holds %q but the header is separated by %q: use one separator throughout":                                                                                   "cột không có trong định dạng (cần %s); cột chứa %q nhưng dòng tiêu đề phân cách bằng %q: hãy dùng một dấu phân cách",
		"unknown set given for the table (known: %s)": "bộ tiêu chí cho bảng không có (đã biết: %s)",
		"unknown column in a long table: an indicator code (the table has an indicator column: give each value on its own row, or drop the indicator column for the wide layout)": "cột không có trong bảng dọc: một mã chỉ tiêu (bảng đã có cột chỉ tiêu: mỗi giá trị ghi một hàng, hoặc bỏ cột chỉ tiêu để dùng bảng ngang)",
		"required column missing from the header (or, in the wide layout, indicator-code columns such as 1.1, 2.2, 17.1a)":                                                        "thiếu cột bắt buộc trong dòng tiêu đề (hoặc, ở bảng ngang, các cột mã chỉ tiêu như 1.1, 2.2, 17.1a)",
		"unknown column in a wide table: it belongs to the long layout (a wide table has a column per indicator)":                                                                 "cột không có trong bảng ngang: cột này thuộc bảng dọc (bảng ngang có một cột cho mỗi chỉ tiêu)",
		"indicator %s given twice (also %q)":               "chỉ tiêu %s bị lặp (cả cột %q)",
		"disagrees with the commune's group %s (line %d)":  "khác nhóm %s của xã (dòng %d)",
		"%s not read: fix the header first":                "%s không được đọc: hãy sửa dòng tiêu đề trước",
		"row has %d fields, the header %d":                 "hàng có %d ô, dòng tiêu đề %d",
		"disagrees with the commune's region %s (line %d)": "khác vùng %s của xã (dòng %d)",
		"duplicate row: %s %s already given on line %d":    "hàng bị lặp: %s %s đã có ở dòng %d",
		"required with %s":                                 "bắt buộc khi có %s",
		"line %d":                                          "dòng %d",
		"lines %d-%d":                                      "dòng %d-%d",
		"row %d":                                           "hàng %d",
		"rows %d-%d":                                       "hàng %d-%d",
		// The columns an unknown column is told to be one of (evaluate's
		// knownColumns), an argument of the messages above.
		"province, district, commune, year, set, indicator, value, region, numerator, denominator, unit, source, code, group, " +
			"or their Vietnamese names (Tỉnh, Huyện, Xã, Năm, Bộ tiêu chí, Chỉ tiêu, Giá trị, …); in the wide layout, indicator codes (1.1, 2.2. Đường trục thôn, 5 Trường học [trường])": "province, district, commune, year, set, indicator, value, region, numerator, denominator, unit, source, code, group, " +
			"hoặc tên tiếng Việt của các cột đó (Tỉnh, Huyện, Xã, Năm, Bộ tiêu chí, Chỉ tiêu, Giá trị, …); ở bảng ngang, các mã chỉ tiêu (1.1, 2.2. Đường trục thôn, 5 Trường học [trường])",
	} {
		vi[en] = v
	}
}
