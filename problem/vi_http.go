package problem

// The Vietnamese of the messages of the HTTP API (package httpapi), which
// answers in Vietnamese with lang=vi.
func init() {
	for en, v := range map[string]string{
		"unsupported media type (want %s, %s or %s)":                           "kiểu nội dung (media type) không được hỗ trợ (cần %s, %s hoặc %s)",
		"unsupported charset of text/csv (want utf-8, windows-1258 or utf-16)": "bảng mã (charset) của text/csv không được hỗ trợ (cần utf-8, windows-1258 hoặc utf-16)",
		// The fix of a CSV body that is not UTF-8 (evaluate.TableOptions.EncodingFix).
		"send it with Content-Type text/csv;charset=windows-1258 (or charset=utf-16)": "gửi với Content-Type text/csv;charset=windows-1258 (hoặc charset=utf-16)",
	} {
		vi[en] = v
	}
}
