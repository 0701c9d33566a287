package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestMain runs this test binary as the ntm command when NTM_TEST_FSIZE is
// set: the child process of runNTMWithFileSizeLimit.
func TestMain(m *testing.M) {
	if size := os.Getenv("NTM_TEST_FSIZE"); size != "" {
		os.Exit(runLimitedChild(size, os.Getenv("NTM_TEST_ARGS")))
	}
	os.Exit(m.Run())
}

// runLimitedChild limits the size of the files the process writes to size
// bytes, as a full disk would (a write past it fails with EFBIG; the
// runtime ignores the signal SIGXFSZ), and runs ntm with the arguments
// given as a JSON array.
func runLimitedChild(size, argsJSON string) int {
	n, err := strconv.ParseUint(size, 10, 64)
	var args []string
	if err == nil {
		err = json.Unmarshal([]byte(argsJSON), &args)
	}
	var limit syscall.Rlimit
	if err == nil {
		err = syscall.Getrlimit(syscall.RLIMIT_FSIZE, &limit)
	}
	if err == nil {
		limit.Cur = n
		err = syscall.Setrlimit(syscall.RLIMIT_FSIZE, &limit)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "runLimitedChild:", err)
		return 99
	}
	return run(args, os.Stdin, os.Stdout, os.Stderr)
}

// runNTMWithFileSizeLimit is runNTM in a child process whose files may
// not grow past size bytes: the limit reaches neither this process nor
// the testing package's own files.
func runNTMWithFileSizeLimit(t *testing.T, size uint64, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	enc, err := json.Marshal(args)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "NTM_TEST_FSIZE="+strconv.FormatUint(size, 10), "NTM_TEST_ARGS="+string(enc))
	var out, errb bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = strings.NewReader(""), &out, &errb
	err = cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	if code == 99 {
		t.Skip(errb.String())
	}
	return code, out.String(), errb.String()
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
			path := filepath.Join(outDir, "bao-cao."+format)
			code, _, stderr := runNTMWithFileSizeLimit(t, 64<<10, "eval", "--lang", "en", "--format", format, "-o", path, in)
			if code != exitInput || !strings.Contains(stderr, "file too large") {
				t.Errorf("exit %d, stderr:\n%s", code, stderr)
			}
			if names := dirNames(t, outDir); len(names) != 0 {
				t.Errorf("left behind: %q", names)
			}
			if err := os.WriteFile(path, []byte("before"), 0o644); err != nil {
				t.Fatal(err)
			}
			if code, _, _ := runNTMWithFileSizeLimit(t, 64<<10, "eval", "--format", format, "-o", path, in); code != exitInput {
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
		path := filepath.Join(outDir, "mau.xlsx")
		if code, _, _ := runNTMWithFileSizeLimit(t, 4<<10, "template", "--set", "1980", "--format", "xlsx", "-o", path); code != exitInput {
			t.Errorf("exit %d", code)
		}
		if names := dirNames(t, outDir); len(names) != 0 {
			t.Errorf("left behind: %q", names)
		}
	})
}

// TestAFailedOutputFileIsTold: a file of -o that cannot be created or
// written (a missing directory, a directory, a full disk, a file past the
// size limit) is a failure (exit 1) told in the language of the messages,
// Vietnamese by default, naming the file as given (not the temporary file
// it is written through), for every command that takes -o.
func TestAFailedOutputFileIsTold(t *testing.T) {
	const in = "testdata/eval/hoalac.json"
	dir := t.TempDir()
	missing := filepath.Join(dir, "khong-co", "x.out")
	commands := [][]string{
		{"eval"}, {"eval", "--format", "xlsx"}, {"eval", "--summary"}, {"progress"}, {"report"},
		{"template", "--set", "1980"}, {"template", "--set", "1980", "--format", "xlsx"},
	}
	args := func(cmd []string, lang, out string) []string {
		a := append(append([]string{}, cmd...), "--lang", lang, "-o", out)
		if cmd[0] != "template" {
			a = append(a, in)
		}
		return a
	}
	for _, cmd := range commands {
		for _, tc := range []struct {
			lang, out, want string
		}{
			{"vi", missing, "không tạo được tệp " + missing + ": không có tệp hoặc thư mục này"},
			{"en", missing, "cannot create " + missing + ": no such file or directory"},
			{"vi", dir, "không tạo được tệp " + dir + ": là một thư mục"},
			{"vi", "/dev/full", "không ghi được tệp /dev/full: thiết bị hết chỗ trống"},
			{"en", "/dev/full", "cannot write /dev/full: no space left on device"},
		} {
			if tc.out == "/dev/full" {
				if _, err := os.Stat("/dev/full"); err != nil {
					continue
				}
			}
			a := args(cmd, tc.lang, tc.out)
			code, _, stderr := runNTM(t, "", a...)
			if want := "ntm " + cmd[0] + ": " + tc.want + "\n"; code != exitInput || stderr != want {
				t.Errorf("%q: exit %d, stderr %q; want %d, %q", a, code, stderr, exitInput, want)
			}
		}
	}
	t.Run("past the file size limit", func(t *testing.T) {
		// 300 communes make more than 64 KiB in these outputs.
		many := filepath.Join(dir, "communes.json")
		if err := os.WriteFile(many, manyCommunes(300, -1), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, cmd := range [][]string{{"eval"}, {"eval", "--format", "xlsx"}, {"report"}} {
			out := filepath.Join(dir, "bao-cao.out")
			a := append(append([]string{}, cmd...), "-o", out)
			a = append(a, many)
			code, _, stderr := runNTMWithFileSizeLimit(t, 64<<10, a...)
			if want := "ntm " + cmd[0] + ": không ghi được tệp " + out + ": tệp lớn quá giới hạn\n"; code != exitInput || stderr != want {
				t.Errorf("%q: exit %d, stderr %q; want %d, %q", cmd, code, stderr, exitInput, want)
			}
		}
	})
}
