package evaluate

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
)

// legacyCommune is an assessment of Hòa Lạc, Hữu Lũng, Lạng Sơn whose
// name and district are name and district, bytes as written.
func legacyCommune(name, district string) string {
	return `{"commune": {"name": "` + name + `", "district": "` + district + `", "province": "Lạng Sơn"}, "year": 2020,
  "sets": {"1980/QĐ-TTg": {"1.1": true}}}`
}

// A JSON string that is not UTF-8 is an encoding problem at its line and
// column (in bytes, the line not being UTF-8) that quotes its bytes as a
// legacy font shows them and says what it reads in the encoding it looks
// typed in; the other communes of the file are still read.
func TestJSONInLegacyEncodingSaysWhichEncoding(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"TCVN3", legacyCommune(legacyBytes(t, "tcvn3", "Hòa Lạc"), legacyBytes(t, "tcvn3", "Hữu Lũng")), []string{
			`evaluate: legacy.json:4: column 47: [1] Hßa L¹c: commune.district: not UTF-8 (byte 0xF7): reads "Hữu Lũng" in TCVN3 (ABC: .VnTime, .VnArial) (see line 4, column 24) (got "H÷u Lòng")`,
			`evaluate: legacy.json:4: column 24: [1] Hßa L¹c: commune.name: not UTF-8 (byte 0xDF): looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "Hòa Lạc"; ` +
				`JSON is UTF-8 (RFC 8259): convert the text to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) and save it as UTF-8 (got "Hßa L¹c")`,
		}},
		// "Hoµ": the tone mark on the o, as old texts place it.
		{"TCVN3, old tone placement", legacyCommune("Ho\xb5 L\xb9c", "Hữu Lũng"), []string{
			`evaluate: legacy.json:4: column 25: [1] Hoµ L¹c: commune.name: not UTF-8 (byte 0xB5): looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "Hoà Lạc"; ` +
				`JSON is UTF-8 (RFC 8259): convert the text to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) and save it as UTF-8 (got "Hoµ L¹c")`,
		}},
		{"VNI", legacyCommune(legacyBytes(t, "vni", "Hòa Lạc"), "Hữu Lũng"), []string{
			`evaluate: legacy.json:4: column 25: [1] Hoøa Laïc: commune.name: not UTF-8 (byte 0xF8): looks typed with a font encoding before Unicode, VNI (VNI-Times, VNI-Helve), in which it reads "Hòa Lạc"; ` +
				`JSON is UTF-8 (RFC 8259): convert the text to Unicode with Unikey's "Chuyển mã" (source VNI Windows, destination Unicode) and save it as UTF-8 (got "Hoøa Laïc")`,
		}},
		// Windows-1258 text, which reads as Vietnamese: no legacy encoding
		// is named.
		{"Windows-1258", legacyCommune("Ho\xe0 La\xf2c", "Hữu Lũng"), []string{
			`evaluate: legacy.json:4: column 25: [1] Hoà Laòc: commune.name: not UTF-8 (byte 0xE0): the text is in another encoding; JSON is UTF-8 (RFC 8259): save it as UTF-8 (got "Hoà Laòc")`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := "[\n" + inHoaLac(`"1.1": true`) + ",\n" + tc.in + ",\n" + inHoaLac(`"1.1": false`) + "\n]\n"
			got, err := DecodeJSON(strings.NewReader(in), "legacy.json", nil)
			if diff := cmp.Diff(tc.want, inErrLines(err)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if len(got) != 2 {
				t.Errorf("got %d assessments, want the 2 in UTF-8", len(got))
			}
			for _, ie := range InputErrors(err) {
				if !errors.Is(ie, problem.Encoding) {
					t.Errorf("%v: want code encoding", ie)
				}
			}
		})
	}
}

// A text that names no place reads in the encoding its letters tell,
// which the problem gives as a maybe.
func TestJSONSourceInLegacyEncoding(t *testing.T) {
	in := inHoaLac(`"1.1": {"value": true, "source": "` + legacyBytes(t, "tcvn3", "Biên bản thẩm tra") + `"}`)
	_, err := DecodeJSON(strings.NewReader(in), "hoalac.json", nil)
	want := []string{`evaluate: hoalac.json:2: column 65: Hòa Lạc: sets["1980/QĐ-TTg"]["1.1"].source: not UTF-8 (byte 0xAA): the text is in another encoding, ` +
		`maybe a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "Biên bản thẩm tra"; JSON is UTF-8 (RFC 8259): ` +
		`convert the text to Unicode (if it is that encoding, with Unikey's "Chuyển mã", source TCVN3 (ABC), destination Unicode) and save it as UTF-8 (got "Biªn b¶n thÈm tra")`}
	if diff := cmp.Diff(want, inErrLines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

// The problem reads in Vietnamese.
func TestJSONInLegacyEncodingInVietnamese(t *testing.T) {
	_, err := DecodeJSON(strings.NewReader(legacyCommune(legacyBytes(t, "tcvn3", "Hòa Lạc"), "Hữu Lũng")), "legacy.json", nil)
	ies := InputErrors(err)
	if len(ies) != 1 {
		t.Fatalf("got %v, want one problem", err)
	}
	got := (*problem.Problem)(ies[0]).Message(problem.VI)
	want := `legacy.json:1: cột 24: Hßa L¹c: commune.name: không phải UTF-8 (byte 0xDF): có vẻ được gõ bằng bảng mã của phông chữ cũ trước Unicode, TCVN3 (ABC: .VnTime, .VnArial), đọc theo bảng mã đó là "Hòa Lạc"; ` +
		`JSON dùng UTF-8 (RFC 8259): hãy chuyển văn bản sang Unicode bằng "Chuyển mã" của Unikey (bảng mã nguồn TCVN3 (ABC), bảng mã đích Unicode) rồi lưu lại dạng UTF-8 (giá trị "Hßa L¹c")`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A key that is not UTF-8 is an encoding problem at its line and column,
// its path showing it as the legacy font does, in place of an unknown key,
// set or indicator quoting U+FFFD; a set ID that reads as a set of the
// catalog tells its encoding for sure. The other communes are still read.
func TestJSONKeyInLegacyEncoding(t *testing.T) {
	set := legacyBytes(t, "tcvn3", "1980/QĐ-TTg")
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"a set ID", `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
  "sets": {"` + set + `": {"1.1": true}}}`, []string{
			`evaluate: keys.json:5: column 19: [1] Hòa Lạc: sets["1980/Q§-TTg"]: not UTF-8 (byte 0xA7): looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "1980/QĐ-TTg"; ` +
				`JSON is UTF-8 (RFC 8259): convert the text to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) and save it as UTF-8 (got "1980/Q§-TTg")`,
		}},
		{"an indicator code", `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
  "sets": {"1980/QĐ-TTg": {"1.1": true, "1.` + "\xb9" + `": true}}}`, []string{
			`evaluate: keys.json:5: column 45: [1] Hòa Lạc: sets["1980/QĐ-TTg"]["1.¹"]: not UTF-8 (byte 0xB9): the text is in another encoding, maybe a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "1.ạ"; ` +
				`JSON is UTF-8 (RFC 8259): convert the text to Unicode (if it is that encoding, with Unikey's "Chuyển mã", source TCVN3 (ABC), destination Unicode) and save it as UTF-8 (got "1.¹")`,
		}},
		{"a key of the commune", `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn", "` + legacyBytes(t, "tcvn3", "xã") + `": "x"}, "year": 2020,
  "sets": {"1980/QĐ-TTg": {"1.1": true}}}`, []string{
			`evaluate: keys.json:4: column 92: [1] Hòa Lạc: commune.x·: not UTF-8 (byte 0xB7): the text is in another encoding, maybe a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "xã"; ` +
				`JSON is UTF-8 (RFC 8259): convert the text to Unicode (if it is that encoding, with Unikey's "Chuyển mã", source TCVN3 (ABC), destination Unicode) and save it as UTF-8 (got "x·")`,
		}},
		{"a key of a value's object", `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
  "sets": {"1980/QĐ-TTg": {"1.1": {"value": true, "ngu` + "\xe5" + `n": "x"}}}}`, []string{
			`evaluate: keys.json:5: column 56: [1] Hòa Lạc: sets["1980/QĐ-TTg"]["1.1"].nguån: not UTF-8 (byte 0xE5): the text is in another encoding, maybe a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "nguồn"; ` +
				`JSON is UTF-8 (RFC 8259): convert the text to Unicode (if it is that encoding, with Unikey's "Chuyển mã", source TCVN3 (ABC), destination Unicode) and save it as UTF-8 (got "nguån")`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := "[\n" + inHoaLac(`"1.1": true`) + ",\n" + tc.in + ",\n" + inHoaLac(`"1.1": false`) + "\n]\n"
			got, err := DecodeJSON(strings.NewReader(in), "keys.json", nil)
			if diff := cmp.Diff(tc.want, inErrLines(err)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if len(got) != 2 {
				t.Errorf("got %d assessments, want the 2 in UTF-8", len(got))
			}
			for _, ie := range InputErrors(err) {
				if !errors.Is(ie, problem.Encoding) {
					t.Errorf("%v: want code encoding", ie)
				}
			}
		})
	}
}

// A set ID given as a value that is not UTF-8 is an encoding problem alone,
// which tells its encoding by the set it reads as, not also an unknown set.
func TestJSONRecognitionSetInLegacyEncoding(t *testing.T) {
	in := `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
  "recognitions": [{"set": "` + legacyBytes(t, "tcvn3", "1980/QĐ-TTg") + `", "year": 2020}],
  "sets": {"1980/QĐ-TTg": {"1.1": true}}}`
	_, err := DecodeJSON(strings.NewReader(in), "hoalac.json", nil)
	want := []string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: recognitions[0].set: not UTF-8 (byte 0xA7): looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "1980/QĐ-TTg"; ` +
		`JSON is UTF-8 (RFC 8259): convert the text to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) and save it as UTF-8 (got "1980/Q§-TTg")`}
	if diff := cmp.Diff(want, inErrLines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

// A later string that is UTF-8 is not reported as an earlier one that was
// not, even when it reads the same (U+FFFD written where the earlier had
// bytes that are not UTF-8): each problem is at its own string.
func TestJSONLaterReplacementCharIsItsOwnProblem(t *testing.T) {
	in := "[\n" + legacyCommune("Ho\xe0 La\xf2c", "Hữu Lũng") + ",\n" + legacyCommune(`Ho\ufffd La\ufffdc`, "Hữu Lũng") + "\n]\n"
	_, err := DecodeJSON(strings.NewReader(in), "x.json", nil)
	want := []string{
		`evaluate: x.json:2: column 25: [0] Hoà Laòc: commune.name: not UTF-8 (byte 0xE0): the text is in another encoding; JSON is UTF-8 (RFC 8259): save it as UTF-8 (got "Hoà Laòc")`,
		`evaluate: x.json:4: column 22: [1] Ho� La�c: commune.name: invalid UTF-8 (got "Ho� La�c")`,
	}
	if diff := cmp.Diff(want, inErrLines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

// A string too long to read that is not UTF-8 (a long text typed with a
// legacy font) makes its line counted in bytes, as a shorter one does: an
// error after it on the same line is at the column the legacy editor
// shows, whether the string is a value read or the value of a key that
// is not.
func TestJSONColumnAfterALongLegacyString(t *testing.T) {
	long := strings.Repeat(legacyBytes(t, "tcvn3", "Biên bản thẩm tra "), 5000) // longer than jsontok.MaxLiteral
	for _, values := range []string{
		`"1.1": {"value": true, "source": "` + long + `"} x`,
		`"1.1": {"value": true, "ghi chú": "` + long + `", "source": "x"} x`,
	} {
		in := inHoaLac(values)
		at := strings.LastIndex(in, " x") + 1
		col := at - strings.LastIndexByte(in[:at], '\n')
		_, err := DecodeJSON(strings.NewReader(in), "hoalac.json", nil)
		want := fmt.Sprintf("evaluate: hoalac.json:2: column %d: invalid JSON: invalid character 'x' after object key:value pair", col)
		if lines := inErrLines(err); !slices.Contains(lines, want) {
			t.Errorf("%.40s…: errors do not include %q", values, want)
		}
	}
	// The string itself is quoted as the legacy editor shows it, as a
	// shorter one is.
	in := inHoaLac(`"1.1": {"value": true, "source": "` + long + `"}`)
	_, err := DecodeJSON(strings.NewReader(in), "hoalac.json", nil)
	want := []string{`evaluate: hoalac.json:2: Hòa Lạc: sets["1980/QĐ-TTg"]["1.1"].source: string of 90002 bytes, longer than the limit of 65536 bytes ` +
		`(got "Biªn b¶n thÈm tra Biªn b¶n thÈm tra Biªn b¶n thÈm tra Biªn b¶n t…")`}
	if diff := cmp.Diff(want, inErrLines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}
