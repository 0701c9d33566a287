package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// update rewrites the golden files of every test of this package that uses
// golden: go test ./cmd/ntm -update. Tests of other subcommands share it.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// runNTM runs the command line with the given standard input and returns
// its exit status and outputs.
func runNTM(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// english returns the command line args with --lang en after the
// subcommand: the English messages that usage tests look for.
func english(args []string) []string {
	if len(args) == 0 {
		return []string{"--lang", "en"}
	}
	return append([]string{args[0], "--lang", "en"}, args[1:]...)
}

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

func TestTopLevelCommands(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string // substring
		wantStderr string // substring
	}{
		{"no subcommand is a usage error", nil, exitUsage, "", "ntm: missing subcommand"},
		{"an unknown subcommand is a usage error", []string{"evaluate"}, exitUsage, "", `ntm: unknown subcommand "evaluate"`},
		{"help lists the registered subcommands", []string{"help"}, exitOK, "  criteria", ""},
		{"help on a subcommand prints its usage with an example", []string{"help", "criteria"}, exitOK, "ntm criteria --set 1980 --region TDMNPB", ""},
		{"help on a subcommand lists its flags", []string{"help", "--lang", "en", "criteria"}, exitOK, "-sets-from file", ""},
		{"help is in Vietnamese by default", []string{"help", "eval"}, exitOK, "Cách dùng: ntm eval", ""},
		{"help lists the flags in Vietnamese by default", []string{"help", "template"}, exitOK, "bộ tiêu chí của mẫu", ""},
		{"help on help prints its usage", []string{"help", "--lang", "en", "help"}, exitOK, "Usage: ntm help [SUBCOMMAND]", ""},
		{"help on version prints its usage", []string{"help", "--lang", "en", "version"}, exitOK, "Usage: ntm version", ""},
		{"help on help is in Vietnamese by default", []string{"help", "help"}, exitOK, "Cách dùng: ntm help [LỆNH]", ""},
		{"help on an unknown subcommand is a usage error", []string{"help", "nope"}, exitUsage, "", `unknown subcommand "nope"`},
		{"version prints a version", []string{"version"}, exitOK, "ntm devel", ""},
		{"version takes --lang", []string{"version", "--lang", "en"}, exitOK, "ntm devel", ""},
		{"version with an argument is a usage error", []string{"version", "extra"}, exitUsage, "", `ntm version: unexpected argument "extra"`},
		{"version with an unknown language is a usage error", []string{"version", "--lang", "xx"}, exitUsage, "", `unknown language "xx"`},
		{"--version with an argument is a usage error", []string{"--version", "extra"}, exitUsage, "", `unexpected argument "extra"`},
		{"-h on a subcommand prints its usage and succeeds", []string{"criteria", "--lang", "en", "-h"}, exitOK, "Usage: ntm criteria", ""},
		{"-h on a subcommand is in Vietnamese by default", []string{"criteria", "-h"}, exitOK, "Cách dùng: ntm criteria", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if tt.wantCode == exitUsage {
				args = english(args)
			}
			code, out, errOut := runNTM(t, "", args...)
			if code != tt.wantCode {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.wantCode, errOut)
			}
			if !strings.Contains(out, tt.wantStdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.wantStdout, out)
			}
			if !strings.Contains(errOut, tt.wantStderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.wantStderr, errOut)
			}
			if tt.wantCode == exitUsage && !strings.Contains(errOut, "Usage: ntm") {
				t.Errorf("a usage error does not print the usage:\n%s", errOut)
			}
		})
	}
}

func TestEveryCommandHasAnExample(t *testing.T) {
	for name, c := range commands {
		if !strings.Contains(c.usage, "ntm "+name) || !strings.Contains(c.usage, "Example") {
			t.Errorf("the usage of %s has no example", name)
		}
		if c.synopsis == "" {
			t.Errorf("%s has no synopsis", name)
		}
	}
}

func TestFlagsMayFollowPositionalArguments(t *testing.T) {
	var got []string
	var format string
	ctx := &cmdContext{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, cmd: command{name: "test"}}
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.StringVar(&format, "format", "text", "")
	pos, _, ok := ctx.parse(fs, []string{"a.json", "--format", "json", "b.csv", "--", "--not-a-flag", "-"})
	if !ok {
		t.Fatal("parse failed")
	}
	got = append(got, pos...)
	if diff := cmp.Diff([]string{"a.json", "b.csv", "--not-a-flag", "-"}, got); diff != "" {
		t.Errorf("positional arguments (-want +got):\n%s", diff)
	}
	if format != "json" {
		t.Errorf("format = %q, want json", format)
	}
}

// fileWriter returns a function that writes text to the file name in dir
// and returns its path.
func fileWriter(t *testing.T, dir string) func(name, text string) string {
	return func(name, text string) string {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
}

// TestALeadingLangIsChecked: --lang before the subcommand takes vi or en
// as the subcommand's own does, in each of its forms; any other value, or
// none, is a usage error in the language of the messages.
func TestALeadingLangIsChecked(t *testing.T) {
	dir := t.TempDir()
	ok := fileWriter(t, dir)("ok.json", `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}}`)
	for _, tc := range []struct {
		name   string
		args   []string
		stderr string
	}{
		{"an unknown value before criteria", []string{"--lang", "xx", "criteria"}, `ntm: --lang: không có ngôn ngữ "xx" (chọn vi hoặc en)`},
		{"an unknown value before eval", []string{"--lang", "xx", "eval", ok}, `ntm: --lang: không có ngôn ngữ "xx" (chọn vi hoặc en)`},
		{"an unknown value given with =", []string{"--lang=xx", "criteria"}, `ntm: --lang: không có ngôn ngữ "xx" (chọn vi hoặc en)`},
		{"an unknown value after a good one, in English", []string{"--lang", "en", "-lang", "fr", "criteria"}, `ntm: --lang: unknown language "fr" (want vi or en)`},
		{"no value", []string{"--lang"}, "ntm: --lang cần một giá trị: vi hoặc en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runNTM(t, "", tc.args...)
			if code != exitUsage || stdout != "" || !strings.Contains(stderr, tc.stderr+"\n") {
				t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant exit 2, no output and %q", code, stdout, stderr, tc.stderr)
			}
		})
	}
	// The good values, in every form, are the subcommand's --lang.
	_, want, _ := runNTM(t, "", "eval", "--lang", "en", ok)
	for _, args := range [][]string{{"--lang", "en", "eval", ok}, {"--lang=en", "eval", ok}, {"-lang=en", "eval", ok}} {
		if code, got, stderr := runNTM(t, "", args...); code != exitOK || got != want {
			t.Errorf("%q: exit %d, stderr %s\nstdout:\n%s\nwant the output of eval --lang en:\n%s", args, code, stderr, got, want)
		}
	}
}
