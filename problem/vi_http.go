package problem

// The Vietnamese of the messages of the HTTP API (package httpapi), which
// answers in Vietnamese with lang=vi.
func init() {
	for en, v := range map[string]string{
		"unsupported media type (want %s, %s or %s)":                                                                               "kiểu nội dung (media type) không được hỗ trợ (cần %s, %s hoặc %s)",
		"unsupported charset of text/csv (want utf-8, windows-1258, utf-16, tcvn3 or vni)":                                         "bảng mã (charset) của text/csv không được hỗ trợ (cần utf-8, windows-1258, utf-16, tcvn3 hoặc vni)",
		"unsupported charset of a workbook (want tcvn3 or vni, for cells typed with those fonts, or none)":                         "bảng mã (charset) của sổ Excel không được hỗ trợ (cần tcvn3 hoặc vni cho các ô gõ bằng các phông chữ đó, hoặc không ghi charset)",
		"send it with Content-Type text/csv;charset=%s":                                                                            "gửi với Content-Type text/csv;charset=%s",
		"send it with charset=%s in its Content-Type":                                                                              "gửi với charset=%s trong Content-Type",
		"unsupported media type (want %s)":                                                                                         "kiểu nội dung (media type) không được hỗ trợ (cần %s)",
		"charset not accepted for JSON, which is UTF-8 (RFC 8259): convert the body to UTF-8 and send charset=utf-8 or no charset": "bảng mã (charset) này không dùng được cho JSON, vốn là UTF-8 (RFC 8259): hãy chuyển nội dung sang UTF-8 và gửi với charset=utf-8 hoặc không ghi charset",
		"charset not accepted for JSON, which is UTF-8 (RFC 8259): convert the body to UTF-8 and send charset=utf-8 or no charset; a table typed with the fonts before Unicode (TCVN3, VNI) is sent as CSV, Content-Type text/csv;charset=tcvn3 or text/csv;charset=vni": "bảng mã (charset) này không dùng được cho JSON, vốn là UTF-8 (RFC 8259): hãy chuyển nội dung sang UTF-8 và gửi với charset=utf-8 hoặc không ghi charset; bảng gõ bằng phông chữ trước Unicode (TCVN3, VNI) thì gửi dạng CSV, Content-Type text/csv;charset=tcvn3 hoặc text/csv;charset=vni",
		"the Accept header admits none of the answers of this route (%s, %s, %s or %s): accept one of them, or give format=json|csv|markdown|text, which Accept does not override":                                                                                       "tiêu đề Accept không nhận dạng trả lời nào của đường dẫn này (%s, %s, %s hoặc %s): hãy nhận một trong các dạng đó, hoặc dùng format=json|csv|markdown|text (Accept không thay được format=)",
		"unsupported content coding (send the body as it is, without Content-Encoding)": "mã hóa nội dung (Content-Encoding) không được hỗ trợ (gửi nguyên nội dung, không có Content-Encoding)",
		// The query.
		"unknown query parameter (allowed: %s)": "tham số truy vấn không có (được dùng: %s)",
		"query parameter given %d times":        "tham số truy vấn được ghi %d lần",
		"not a well-formed query parameter: a %s must begin two hexadecimal digits (%s for %s itself)": "tham số truy vấn viết sai: sau %s phải là hai chữ số thập lục phân (viết %s cho chính %s)",
		"not a well-formed query parameter: parameters are separated by %s, not %s":                    "tham số truy vấn viết sai: các tham số cách nhau bằng %s, không phải %s",
		"unknown language (want vi or en)":                                                             "không có ngôn ngữ này (chọn vi hoặc en)",
		"unknown format (want json, csv, markdown or text)":                                            "không có định dạng này (chọn json, csv, markdown hoặc text)",
		"neither a region nor a province of 2016-2020":                                                 "không phải vùng, cũng không phải tỉnh của giai đoạn 2016-2020",
		"a year must be a whole number from 1 to 9999":                                                 "năm phải là số nguyên từ 1 đến 9999",
		"set %s has no commune group of that code (want %s)":                                           "bộ tiêu chí %s không có nhóm xã mã này (cần %s)",
		// Notes on a table read (skipped rows, sheets).
		"… and %d more notes": "… và %d ghi chú khác",
		// Warnings of a 200 answer (its Ntm-Warning header fields).
		"… and %d more warnings": "… và %d cảnh báo khác",
		"sheet %q skipped: %s":   "bỏ qua trang tính %q: %s",
		"sheet %q: %s":           "trang tính %q: %s",
		// Routes, methods and limits.
		"no route %s (see GET %s)":                                                   "không có đường dẫn %s (xem GET %s)",
		"internal error (logged by the server)":                                      "lỗi nội bộ (máy chủ đã ghi nhật ký)",
		"too many requests in flight (%d); retry later":                              "đang xử lý quá nhiều yêu cầu (%d); hãy thử lại sau",
		"method %s not allowed on %s; use %s":                                        "không dùng được phương thức %s với %s; dùng %s",
		"request body larger than %d bytes":                                          "nội dung yêu cầu lớn quá %d byte",
		"reading the request body: %v":                                               "đọc nội dung yêu cầu: %v",
		"the request took longer than %s; send fewer communes per request":           "yêu cầu chạy lâu quá %s; hãy gửi ít xã hơn trong mỗi yêu cầu",
		"the reports would be larger than %d bytes; send fewer communes per request": "các báo cáo sẽ lớn quá %d byte; hãy gửi ít xã hơn trong mỗi yêu cầu",
		// POST /evaluate that evaluates nothing.
		"no values for any set in the request: nothing was evaluated": "yêu cầu không có số liệu của bộ tiêu chí nào: chưa đánh giá được gì",
		"no values for set %s in the request: nothing was evaluated":  "yêu cầu không có số liệu của bộ tiêu chí %s: chưa đánh giá được gì",
		"no assessment in the request: nothing was evaluated":         "yêu cầu không có số liệu của xã nào: chưa đánh giá được gì",
		// The body of POST /plans/status.
		`"plan" is required`: `bắt buộc có "plan"`,
		`empty body: want {"plan": {…}, "assessments": […]}`:           `nội dung yêu cầu rỗng: cần {"plan": {…}, "assessments": […]}`,
		`the body must be an object {"plan": {…}, "assessments": […]}`: `nội dung yêu cầu phải là đối tượng {"plan": {…}, "assessments": […]}`,
		// The fix of a CSV body that is not UTF-8 (evaluate.TableOptions.EncodingFix).
		"send it with Content-Type text/csv;charset=windows-1258 (or charset=utf-16)": "gửi với Content-Type text/csv;charset=windows-1258 (hoặc charset=utf-16)",
		// The fix of a table without a set column (evaluate.TableOptions.SetFix).
		"or give the set of the table: query parameter set=": "hoặc cho biết bộ tiêu chí của cả bảng bằng tham số truy vấn set=",
	} {
		vi[en] = v
	}
}
