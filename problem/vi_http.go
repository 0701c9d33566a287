package problem

// The Vietnamese of the messages of the HTTP API (package httpapi), which
// answers in Vietnamese with lang=vi.
func init() {
	for en, v := range map[string]string{
		"unsupported media type (want %s, %s or %s)": "kiểu nội dung (media type) không được hỗ trợ (cần %s, %s hoặc %s)",
	} {
		vi[en] = v
	}
}
