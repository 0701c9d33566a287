package problem

// The Vietnamese of the JSON tokenizer's syntax errors (internal/jsontok,
// after "invalid JSON: "), and of the JSON kinds that messages name
// ("want a string, got number").
func init() {
	for en, v := range map[string]string{
		"invalid character %s looking for beginning of value":             "ký tự %s không hợp lệ ở chỗ cần một giá trị",
		"invalid character %s looking for beginning of object key string": "ký tự %s không hợp lệ ở chỗ cần một khóa (chuỗi)",
		"invalid character %s after array element":                        "ký tự %s không hợp lệ sau một phần tử của mảng",
		"invalid character %s after object key":                           "ký tự %s không hợp lệ sau khóa của đối tượng",
		"invalid character %s after object key:value pair":                "ký tự %s không hợp lệ sau một cặp khóa:giá trị",
		"invalid character %s in numeric literal":                         "ký tự %s không hợp lệ trong số",
		"invalid character %s after decimal point in numeric literal":     "ký tự %s không hợp lệ sau dấu thập phân của số",
		"invalid character %s in exponent of numeric literal":             "ký tự %s không hợp lệ trong số mũ của số",
		"invalid character %s in string literal":                          "ký tự %s không hợp lệ trong chuỗi",
		"invalid character in \\u hexadecimal character escape":           "ký tự không hợp lệ trong mã thoát \\u (hệ mười sáu)",
		"invalid character %s in string escape code":                      "ký tự %s không hợp lệ trong mã thoát của chuỗi",
		"arrays and objects nested deeper than %d":                        "mảng và đối tượng lồng sâu quá %d cấp",
		"%s of %d bytes, longer than the limit of %d bytes":               "%s %d byte, dài quá giới hạn %d byte",
		"unexpected token %v":                                             "phần tử JSON không hợp lệ %v",

		// The kinds of JSON values, as arguments.
		"null":    "null",
		"boolean": "true/false",
		"number":  "số",
		"string":  "chuỗi",
		"array":   "mảng",
		"object":  "đối tượng",
	} {
		vi[en] = v
	}
}
