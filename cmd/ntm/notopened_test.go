package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestAFileNotOpenedHasOnlyItsProblem: a file that cannot be opened gets
// its one problem, not a second saying it held no values; a file that
// opens but holds no values still gets that one, naming it alone.
func TestAFileNotOpenedHasOnlyItsProblem(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "nofile.csv")
	empty := filepath.Join(dir, "empty.json")
	if err := os.WriteFile(empty, []byte("[]"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"eval", missing},
			"ntm eval: " + missing + ": không có tệp hoặc thư mục này\n"},
		{english([]string{"eval", missing}),
			"ntm eval: " + missing + ": no such file or directory\n"},
		{[]string{"eval", "--set", "1980", missing},
			"ntm eval: " + missing + ": không có tệp hoặc thư mục này\n"},
		{[]string{"progress", missing},
			"ntm progress: " + missing + ": không có tệp hoặc thư mục này\n"},
		{english([]string{"progress", missing}),
			"ntm progress: " + missing + ": no such file or directory\n"},
		{[]string{"eval", missing, empty},
			"ntm eval: " + missing + ": không có tệp hoặc thư mục này\n" +
				"ntm eval: không có số liệu của bộ tiêu chí nào trong " + empty + ": chưa đánh giá được gì\n"},
		{english([]string{"eval", empty}),
			"ntm eval: no values for any set in " + empty + ": nothing was evaluated\n"},
		{english([]string{"progress", missing, empty}),
			"ntm progress: " + missing + ": no such file or directory\n" +
				"ntm progress: no values for any set in " + empty + ": nothing was evaluated\n"},
	} {
		code, _, stderr := runNTM(t, "", tc.args...)
		if code != exitInput || stderr != tc.want {
			t.Errorf("ntm %q: exit %d, stderr:\n%s\nwant exit %d, stderr:\n%s", tc.args, code, stderr, exitInput, tc.want)
		}
	}
}
