package problem

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/internal/sourcefmt"
	"github.com/nongthonmoi/ntm/internal/vidate"
)

// codedFormat finds a message format written after a problem code, as in
// problem.Errorf(problem.WrongKind, "want a string") or
// p.add(path, input, problem.UnknownKey, "unknown key (want one of %s)", …).
var codedFormat = regexp.MustCompile("problem\\.[A-Z][A-Za-z]+, (\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`)")

func TestEveryCodedMessageHasAVietnameseTranslation(t *testing.T) {
	formats := sourceFormats(t, codedFormat, "../criteria", "../plan", "../evaluate", "../internal/strictjson",
		"../internal/jsontok", "../httpapi")
	for _, f := range formats {
		if _, ok := vi[f.Format]; !ok {
			t.Errorf("%s: no Vietnamese for %q", f.File, f.Format)
		}
	}
	if len(formats) < 50 {
		t.Errorf("found only %d coded messages; is the pattern still right?", len(formats))
	}
}

// sourceFormats returns the formats that re (whose first group is a Go
// string literal) finds in the non-test Go files of dirs.
func sourceFormats(t *testing.T, re *regexp.Regexp, dirs ...string) []sourcefmt.Format {
	t.Helper()
	out, err := sourcefmt.Find(re, dirs...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// verbs returns the verbs of a format, in order, without %%.
func verbs(format string) []string {
	var out []string
	for f := format; ; {
		i := strings.IndexByte(f, '%')
		if i < 0 {
			return out
		}
		n, verb := verbAt(f[i:])
		if verb != '%' {
			out = append(out, f[i:i+n])
		}
		f = f[i+n:]
	}
}

func TestTranslationsKeepTheArguments(t *testing.T) {
	for en, v := range vi {
		if got, want := strings.Join(verbs(v), " "), strings.Join(verbs(en), " "); got != want {
			t.Errorf("%q: the translation has the verbs %q, want %q (same order)", en, got, want)
		}
	}
}

func TestVietnameseOfMessagesMadeFromFormats(t *testing.T) {
	for _, tc := range []struct{ en, vi string }{
		{"must not exceed the denominator 3", "không được lớn hơn mẫu số 3"},
		{"unknown indicator of 1980/QĐ-TTg: give 17.1a or 17.1b", "không phải chỉ tiêu của 1980/QĐ-TTg: ghi 17.1a hoặc 17.1b"},
		{"unknown indicator of 1980/QĐ-TTg", "không phải chỉ tiêu của 1980/QĐ-TTg"},
		// The most specific format wins: not "must be %s".
		{"must be a number", "phải là số"},
		// A message as an argument is translated too.
		{"invalid JSON: invalid character 'x' looking for beginning of value", "JSON không hợp lệ: ký tự 'x' không hợp lệ ở chỗ cần một giá trị"},
		{"want a string, got number", "cần một chuỗi, nhận số"},
		{`column "17.1 Nước": unknown indicator of 1980/QĐ-TTg: give 17.1a or 17.1b`, `cột "17.1 Nước": không phải chỉ tiêu của 1980/QĐ-TTg: ghi 17.1a hoặc 17.1b`},
		// A quoted argument is input, kept as it is.
		{`unknown set "required"`, `không có bộ tiêu chí "required"`},
		// A place before a message, a package prefix.
		{"f.json: no such file or directory", "f.json: không có tệp hoặc thư mục này"},
		{"open f.json: no such file or directory", "không mở được f.json: không có tệp hoặc thư mục này"},
		{`criteria: unknown province "X"`, `không có tỉnh "X"`},
		{"a percent indicator has unit \"%\"", "chỉ tiêu tỷ lệ có đơn vị \"%\""},
		// Package units: its prefix dropped, the names of units kept.
		{`units: no unit named "X" is known (closest: Xã Nhật Tiến (06418), Huyện Hữu Lũng, Lạng Sơn; Xã Tân Thành (06445), Lạng Sơn)`,
			`danh sách đơn vị hành chính không có đơn vị nào tên "X" (gần nhất: Xã Nhật Tiến (06418), Huyện Hữu Lũng, Lạng Sơn; Xã Tân Thành (06445), Lạng Sơn)`},
		{`units: no unit named "X" is known`, `danh sách đơn vị hành chính không có đơn vị nào tên "X"`},
		{`--successor: "Hòa Bình" is ambiguous: Xã Hòa Bình (06103), Huyện Bình Gia, Lạng Sơn; Xã Hòa Bình (06274), Huyện Văn Quan, Lạng Sơn; name the district, as in "Hòa Bình, Huyện Bình Gia, Lạng Sơn"`,
			`--successor: "Hòa Bình" chưa rõ là đơn vị nào: Xã Hòa Bình (06103), Huyện Bình Gia, Lạng Sơn; Xã Hòa Bình (06274), Huyện Văn Quan, Lạng Sơn; hãy ghi thêm huyện, ví dụ "Hòa Bình, Huyện Bình Gia, Lạng Sơn"`},
		// What has no translation stays as it is.
		{"something else", "something else"},
		{"x: something else", "x: something else"},
	} {
		if got := vietnamese(errors.New(tc.en)); got != tc.vi {
			t.Errorf("%q\n got %q\nwant %q", tc.en, got, tc.vi)
		}
	}
}

func TestMsgTextTranslatesItsArguments(t *testing.T) {
	m := &Msg{Code: UnknownIndicator, Format: "not a criterion or indicator of %s%s",
		Args: []any{"1980/QĐ-TTg", " (name the criterion or the parts 17.1a, 17.1b)"}}
	const want = `không phải tiêu chí hoặc chỉ tiêu của 1980/QĐ-TTg (ghi mã tiêu chí hoặc các phần 17.1a, 17.1b)`
	if got := m.Text(VI); got != want {
		t.Errorf("VI\n got %s\nwant %s", got, want)
	}
	if got := m.Text(EN); got != m.Error() {
		t.Errorf("EN: %q, want the English %q", got, m.Error())
	}
	// An error as an argument, and a format without a translation
	// whose text has one.
	wrapped := &Msg{Format: "%v", Args: []any{errors.New("must be > 0")}}
	if got := wrapped.Text(VI); got != "phải > 0" {
		t.Errorf("an error argument: %q", got)
	}
	untranslated := &Msg{Format: "must not exceed the denominator %v", Args: []any{3}}
	if got := untranslated.Text(VI); got != "không được lớn hơn mẫu số 3" {
		t.Errorf("a format without a translation: %q", got)
	}
}

// errorFormat finds the format of an error made with errors.New or
// fmt.Errorf.
var errorFormat = regexp.MustCompile("(?:errors\\.New|fmt\\.Errorf)\\((\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`)")

// notInputMessages are the formats of errors that never describe an input
// problem: a caller's mistake (a status, column or format the API does not
// have), a wrapper that adds a file name or a package prefix before a
// message that is translated itself, an internal sentinel turned into a
// message of its own before it is shown.
var notInputMessages = map[string]bool{
	"criteria: invalid columns %d": true, "criteria: invalid %s %d": true, "criteria: invalid region %d": true,
	"criteria: indicator %s has no target for group %s and no common target":  true,
	"criteria: indicator %s has no target for region %s and no common target": true,
	"criteria: set %s: %w": true, "criteria: writing definition: %w": true,
	"not a decimal":         true, // parseDecimal's, reported as "want a decimal number such as …"
	"plan: invalid date %s": true, "plan: invalid %s %d": true, "plan: writing JSON: %w": true,
	"evaluate: set %s has no indicator %q": true,
	"evaluate: set %s: the values of the assessment are stored for another definition of the set, which has no indicator %q": true,
	"evaluate: %w":                                        true,
	"evaluate: assessment too large":                      true,
	"evaluate: malformed JSON":                            true,
	"evaluate: unknown column %q of set %s (%s)":          true,
	"evaluate: set %s has no indicator %q (%s)":           true,
	"evaluate: Judge: no set (a nil *criteria.Set)":       true,
	"evaluate: ParseValue: no set (a nil *criteria.Set)":  true,
	"evaluate: Put: no set (a nil *criteria.Set)":         true,
	"evaluate: RunAll: no assessment (a nil *Assessment)": true,
	"workbook: ReportWriter.Write after Close: the reports are not added (Close has ended the workbook)": true,
	"evaluate: %s, indicator %s: value %q: %w":                                                           true,
	"evaluate: indicator %s of %s has no target for column %q":                                           true,
	"evaluate: indicator %s of %s, column %q: %s cannot be judged against it":                            true,
	"evaluate: indicator %s of %s, column %q: %s: %s":                                                    true,
	"evaluate: indicator %s of %s, column %q: year %d: %w":                                               true,
	"evaluate: invalid status %d":                                                                        true, "evaluate: unknown status %q": true,
	"evaluate: %s: values[%q]: %w": true,
	"jsontok: more input needed":   true,
	"%s: %w":                       true, "%s: %v": true, "--sets-from: %w": true,
	"the workbook unpacks to more than the size limit": true, "not a workbook": true, "file too large": true,
	"--successor: %w": true,
	// The units package's checks of its embedded tables.
	"lang-son-merger-2025.tsv: row %q does not match the unit lists": true,
	"%s: header %q, want %q": true, "%s:%d: %d fields, want %d": true,
	// Judge's, for a number built in code beyond those the readers read.
	"evaluate: indicator %s of %s, column %q: a %s value beyond the numbers read from input (an exponent beyond ±%d, or a magnitude of 10^%d or more) cannot be judged": true,
}

// TestEveryErrorMessageHasAVietnameseTranslation checks the messages made
// with errors.New and fmt.Errorf by the readers and the command as
// TestEveryCodedMessageHasAVietnameseTranslation checks the coded ones: a
// message that describes an input problem has a translation (without the
// package prefix it may carry).
func TestEveryErrorMessageHasAVietnameseTranslation(t *testing.T) {
	formats := sourceFormats(t, errorFormat, "../criteria", "../plan", "../evaluate", "../internal/strictjson",
		"../internal/jsontok", "../workbook", "../units", "../cmd/ntm", "../httpapi")
	for _, f := range formats {
		if notInputMessages[f.Format] {
			continue
		}
		key := strings.ReplaceAll(f.Format, "%w", "%s")
		for _, p := range packagePrefixes {
			key = strings.TrimPrefix(key, p)
		}
		if _, ok := vi[key]; !ok {
			t.Errorf("%s: no Vietnamese for %q", f.File, f.Format)
		}
	}
	if len(formats) < 50 {
		t.Errorf("found only %d error messages; is the pattern still right?", len(formats))
	}
}

// TestVietnameseWording holds the wording an official reads: the list
// after an unknown name is what the catalogue has (hiện có), an amount is
// a value in its unit (giá trị tính bằng triệu đồng/người/năm), an
// indicator's threshold is its mức đạt chuẩn, and no English word of the
// format (columns) stands alone in the sentence.
func TestVietnameseWording(t *testing.T) {
	cases := []struct {
		format string
		args   []any
		want   string
	}{
		{"unknown set %q (known: %s)", []any{"999", "1980/QĐ-TTg, 933/QĐ-UBND"},
			`không có bộ tiêu chí "999" (hiện có: 1980/QĐ-TTg, 933/QĐ-UBND)`},
		{"unknown set given for the table (known: %s)", []any{"1980/QĐ-TTg"},
			"không có bộ tiêu chí đã ghi cho bảng (hiện có: 1980/QĐ-TTg)"},
		{"unknown columns %q (want region or group)", []any{"x"}, `giá trị "x" của khóa "columns" không hợp lệ (cần region hoặc group)`},
		{"must be an amount in %s or empty", []any{"triệu đồng/người/năm"},
			"phải là giá trị tính bằng triệu đồng/người/năm hoặc để trống"},
		{"amount must not be negative", nil, "giá trị không được âm"},
		{"set %s splits its targets by commune group: name the commune's group (%s)", []any{"51/2025/QĐ-TTg", "1, 2, 3"},
			"bộ tiêu chí 51/2025/QĐ-TTg chia mức đạt chuẩn theo nhóm xã: cần ghi nhóm xã (1, 2, 3)"},
		{"due %s, after the inspection window ends on %s", []any{testDate{2020, 7, 1}, testDate{2020, 6, 30}},
			"thời hạn 01/7/2020 muộn hơn ngày kết thúc đợt kiểm tra (30/6/2020)"},
		{"the inspection date %s lies outside the window %s – %s", []any{testDate{2020, 7, 2}, testDate{2020, 4, 1}, testDate{2020, 6, 30}},
			"ngày kiểm tra 02/7/2020 nằm ngoài đợt kiểm tra (01/4/2020 – 30/6/2020)"},
		// A missing column: its Vietnamese header, its English name as
		// the other header read, never glossed in English.
		{"required column missing from the header: %s", []any{`add a column "Năm" (year) giving the year assessed on each row`},
			`thiếu cột bắt buộc trong dòng tiêu đề: thêm cột "Năm" (hoặc "year") ghi năm đánh giá của mỗi hàng`},
		{"required column missing from the header: %s, %s", []any{`add a column "Bộ tiêu chí" (set) giving each row's set`, "or give the set of the table: --set"},
			`thiếu cột bắt buộc trong dòng tiêu đề: thêm cột "Bộ tiêu chí" (hoặc "set") ghi bộ tiêu chí của mỗi hàng, hoặc cho biết bộ tiêu chí của cả bảng bằng cờ --set`},
		{"row %q comes after row %d: the rows of a worksheet go down, each once: the file is damaged", []any{"1", 2},
			`hàng "1" nằm sau hàng 2: số hàng trong trang tính phải tăng dần và không lặp lại: tệp bị hỏng`},
		{"%q is not a reference XML allows (&amp; &lt; &gt; &quot; &apos; or a character &#…;): the file is damaged", []any{"&x;"},
			`"&x;" không phải tham chiếu hợp lệ trong XML (&amp; &lt; &gt; &quot; &apos; hoặc mã ký tự &#…;): tệp bị hỏng`},
	}
	for _, c := range cases {
		if got := (&Msg{Format: c.format, Args: c.args}).Text(VI); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.format, got, c.want)
		}
	}
	for en, v := range vi {
		for _, w := range []string{"đã biết:", "số lượng theo", "chia mục tiêu", "đi xuống dần"} {
			if strings.Contains(v, w) {
				t.Errorf("%q: the translation %q says %q", en, v, w)
			}
		}
		// Nghị định 30/2020/NĐ-CP, Phụ lục I: a day below 10 and the
		// months 1 and 2 are written with a leading zero (01/7/2025).
		if d := unpaddedDate.FindString(v); d != "" {
			t.Errorf("%q: the translation %q writes the date %q without its leading zero", en, v, strings.TrimSpace(d))
		}
	}
}

// unpaddedDate finds a date D/M/YYYY whose day is below 10, or whose month
// is 1 or 2, written without a leading zero.
var unpaddedDate = regexp.MustCompile(`(^|[^0-9/])([1-9]/[0-9]{1,2}|[0-9]{1,2}/[12])/[0-9]{4}`)

// testDate is a date argument as plan.Date is one: ISO in English, as
// Vietnamese documents write it in Vietnamese.
type testDate struct{ y, m, d int }

func (d testDate) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d) }

func (d testDate) Vietnamese() string { return vidate.Format(d.y, time.Month(d.m), d.d) }

func TestDateArgumentsAreWrittenInEachLanguage(t *testing.T) {
	m := &Msg{Format: "due %s, after the inspection window ends on %s", Args: []any{testDate{2020, 5, 5}, testDate{2020, 4, 30}}}
	if got, want := m.Text(EN), "due 2020-05-05, after the inspection window ends on 2020-04-30"; got != want {
		t.Errorf("English: %q, want %q", got, want)
	}
	if got, want := m.Text(VI), "thời hạn 05/5/2020 muộn hơn ngày kết thúc đợt kiểm tra (30/4/2020)"; got != want {
		t.Errorf("Vietnamese: %q, want %q", got, want)
	}
}

// A message behind what wraps it (a flag, a package prefix) keeps its
// date argument: Vietnamese writes it as documents do, the package prefix
// dropped.
func TestWrappedMessageWritesItsDateInVietnamese(t *testing.T) {
	m := &Msg{Format: "%q names no unit in force on or before %s", Args: []any{"Xã Tân Thành, Lạng Sơn", testDate{2025, 3, 2}}}
	err := fmt.Errorf("--successor: %w", fmt.Errorf("units: %w", m))
	want := `--successor: "Xã Tân Thành, Lạng Sơn" không phải tên của đơn vị hành chính nào có hiệu lực vào hoặc trước ngày 02/3/2025`
	if got := Lines(err, VI); len(got) != 1 || got[0] != want {
		t.Errorf("Lines(VI) = %q, want %q", got, want)
	}
	if got, want := Lines(err, EN), `--successor: units: "Xã Tân Thành, Lạng Sơn" names no unit in force on or before 2025-03-02`; len(got) != 1 || got[0] != want {
		t.Errorf("Lines(EN) = %q, want %q", got, want)
	}
}
