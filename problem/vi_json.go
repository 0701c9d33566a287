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

		// An input in another encoding than UTF-8 (jsontok.Tokens.SkipBOM).
		"two UTF-8 byte-order marks at the start: save the file as UTF-8 again (one mark, or none)": "đầu tệp có hai dấu BOM UTF-8: lưu lại tệp dạng UTF-8 (một dấu BOM, hoặc không có)",
		"UTF-16 text (little-endian byte-order mark FF FE), not UTF-8: save the file as UTF-8":      "tệp là văn bản UTF-16 (dấu BOM little-endian FF FE), không phải UTF-8: lưu lại tệp dạng UTF-8",
		"UTF-16 text (big-endian byte-order mark FE FF), not UTF-8: save the file as UTF-8":         "tệp là văn bản UTF-16 (dấu BOM big-endian FE FF), không phải UTF-8: lưu lại tệp dạng UTF-8",
		"UTF-16 text without a byte-order mark (NUL bytes), not UTF-8: save the file as UTF-8":      "tệp có vẻ là văn bản UTF-16 không có dấu BOM (có byte NUL), không phải UTF-8: lưu lại tệp dạng UTF-8",

		// A string that is not UTF-8 (jsontok.Invalid).
		`not UTF-8 (byte 0x%02X): looks typed with a font encoding before Unicode, %s, in which it reads %q; JSON is UTF-8 (RFC 8259): convert the text to Unicode with Unikey's "Chuyển mã" (source %s, destination Unicode) and save it as UTF-8`:                                                `không phải UTF-8 (byte 0x%02X): có vẻ được gõ bằng bảng mã của phông chữ cũ trước Unicode, %s, đọc theo bảng mã đó là %q; JSON dùng UTF-8 (RFC 8259): hãy chuyển văn bản sang Unicode bằng "Chuyển mã" của Unikey (bảng mã nguồn %s, bảng mã đích Unicode) rồi lưu lại dạng UTF-8`,
		`not UTF-8 (byte 0x%02X): the text is in another encoding, maybe a font encoding before Unicode, %s, in which it reads %q; JSON is UTF-8 (RFC 8259): convert the text to Unicode (if it is that encoding, with Unikey's "Chuyển mã", source %s, destination Unicode) and save it as UTF-8`: `không phải UTF-8 (byte 0x%02X): văn bản dùng bảng mã khác, có thể là bảng mã của phông chữ cũ trước Unicode, %s, đọc theo bảng mã đó là %q; JSON dùng UTF-8 (RFC 8259): hãy chuyển văn bản sang Unicode (nếu đúng là bảng mã đó, dùng "Chuyển mã" của Unikey, bảng mã nguồn %s, bảng mã đích Unicode) rồi lưu lại dạng UTF-8`,
		`not UTF-8 (byte 0x%02X): the text is in another encoding; JSON is UTF-8 (RFC 8259): save it as UTF-8`: `không phải UTF-8 (byte 0x%02X): văn bản dùng bảng mã khác; JSON dùng UTF-8 (RFC 8259): hãy lưu lại dạng UTF-8`,
		`not UTF-8 (byte 0x%02X): reads %q in %s (see line %d, column %d)`:                                     `không phải UTF-8 (byte 0x%02X): là %q khi đọc theo %s (xem dòng %d, cột %d)`,
		`not UTF-8 (byte 0x%02X): the text is in another encoding (see line %d, column %d)`:                    `không phải UTF-8 (byte 0x%02X): văn bản dùng bảng mã khác (xem dòng %d, cột %d)`,

		// The kinds of JSON values, as arguments.
		"null":    "null",
		"boolean": "true/false",
		"number":  "số",
		"string":  "chuỗi",
		"array":   "mảng",
		"object":  "đối tượng",
		// A string (đạt, 80%) given for a pass/fail indicator, which is JSON's true or false.
		`pass/fail indicator: must be true or false (đạt / chưa đạt, without quotes), "n/a" or null`: `chỉ tiêu đạt/chưa đạt: phải là true hoặc false (đạt / chưa đạt, không đặt trong dấu nháy), "n/a" hoặc null`,
		"pass/fail indicator: must be true or false (đạt / chưa đạt, without quotes) or null":        "chỉ tiêu đạt/chưa đạt: phải là true hoặc false (đạt / chưa đạt, không đặt trong dấu nháy) hoặc null",
	} {
		vi[en] = v
	}
}
