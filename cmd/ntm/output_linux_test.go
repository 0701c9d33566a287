package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// withFileSizeLimit limits the size of the files the process writes, as a
// full disk would: a write past it fails (EFBIG; the runtime ignores the
// signal SIGXFSZ).
func withFileSizeLimit(t *testing.T, size uint64) {
	t.Helper()
	var saved syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &saved); err != nil {
		t.Skip(err)
	}
	limit := saved
	limit.Cur = size
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &limit); err != nil {
		t.Skip(err)
	}
	t.Cleanup(func() {
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &saved); err != nil {
			t.Fatal(err)
		}
	})
}

func TestFailedWriteLeavesNoFile(t *testing.T) {
	// 300 communes make more than 64 KiB in every format: the write fails
	// partway, as on a full disk.
	dir := t.TempDir()
	in := filepath.Join(dir, "communes.json")
	if err := os.WriteFile(in, manyCommunes(300, -1), 0o644); err != nil {
		t.Fatal(err)
	}
	outDir := filepath.Join(dir, "out")
	if err := os.Mkdir(outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"xlsx", "csv", "json", "text"} {
		t.Run("a failed --format "+format+" -o leaves no file, and a file that was there as it was", func(t *testing.T) {
			withFileSizeLimit(t, 64<<10)
			path := filepath.Join(outDir, "bao-cao."+format)
			code, _, stderr := runNTM(t, "", "eval", "--lang", "en", "--format", format, "-o", path, in)
			if code != exitInput || !strings.Contains(stderr, "file too large") {
				t.Errorf("exit %d, stderr:\n%s", code, stderr)
			}
			if names := dirNames(t, outDir); len(names) != 0 {
				t.Errorf("left behind: %q", names)
			}
			if err := os.WriteFile(path, []byte("before"), 0o644); err != nil {
				t.Fatal(err)
			}
			if code, _, _ := runNTM(t, "", "eval", "--format", format, "-o", path, in); code != exitInput {
				t.Errorf("exit %d", code)
			}
			if got, _ := os.ReadFile(path); string(got) != "before" {
				t.Errorf("the file holds %.40q, want what it held before", got)
			}
			if names := dirNames(t, outDir); len(names) != 1 {
				t.Errorf("files: %q", names)
			}
			os.Remove(path)
		})
	}
	t.Run("a failed ntm template -o leaves no file", func(t *testing.T) {
		withFileSizeLimit(t, 4<<10)
		path := filepath.Join(outDir, "mau.xlsx")
		if code, _, _ := runNTM(t, "", "template", "--set", "1980", "--format", "xlsx", "-o", path); code != exitInput {
			t.Errorf("exit %d", code)
		}
		if names := dirNames(t, outDir); len(names) != 0 {
			t.Errorf("left behind: %q", names)
		}
	})
}
