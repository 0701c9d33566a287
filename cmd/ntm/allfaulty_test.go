package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNothingEvaluatedFromFaultyFilesSaysWhy: when every assessment read
// had a problem, the last line says so, not that the file held no values
// (it held some, with problems, each named above); a file without values
// beside them is named with the others read.
func TestNothingEvaluatedFromFaultyFilesSaysWhy(t *testing.T) {
	dir := t.TempDir()
	faulty := filepath.Join(dir, "so-lieu.csv")
	const table = "Tỉnh,Xã,Nhóm,Năm,Bộ tiêu chí,Chỉ tiêu,Kết quả\n" +
		"Lạng Sơn,Tân Thành,Nhóm 3,2026,51/2025/QĐ-TTg,1,Đạt\n" +
		"Lạng Sơn,Tân Thành,Nhóm 3,2026,51/2025/QĐ-TTg,11,Đạt\n" +
		"Lạng Sơn,Na Sầm,Nhóm 3,2026,51/2025/QĐ-TTg,2,Đatt\n"
	empty := filepath.Join(dir, "empty.json")
	for name, content := range map[string]string{faulty: table, empty: "[]"} {
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		args []string
		last string
	}{
		{[]string{"eval", faulty},
			"ntm eval: chưa đánh giá được gì: số liệu của mọi xã đọc được trong " + faulty + " đều có lỗi (đã nêu ở trên)"},
		{[]string{"eval", "--summary", faulty, empty},
			"ntm eval: chưa đánh giá được gì: số liệu của mọi xã đọc được trong " + faulty + ", " + empty + " đều có lỗi (đã nêu ở trên)"},
		{english([]string{"eval", "--set", "51", faulty}),
			"ntm eval: nothing was evaluated against 51/2025/QĐ-TTg: every assessment of it read in " + faulty + " had a problem (above)"},
		{english([]string{"progress", faulty}),
			"ntm progress: nothing was evaluated: every assessment read in " + faulty + " had a problem (above)"},
	} {
		code, _, stderr := runNTM(t, "", tc.args...)
		lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		if code != exitInput || lines[len(lines)-1] != tc.last {
			t.Errorf("ntm %q: exit %d, stderr:\n%s\nwant exit %d, last line:\n%s", tc.args, code, stderr, exitInput, tc.last)
		}
		if len(lines) < 3 {
			t.Errorf("ntm %q: the problems of the values are not above:\n%s", tc.args, stderr)
		}
	}
}
