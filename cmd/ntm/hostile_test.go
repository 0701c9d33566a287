package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHostileInput(t *testing.T) {
	dir := t.TempDir()
	zero := filepath.Join(dir, "zero.json")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Skip("no symlink to /dev/zero:", err)
	}
	write := fileWriter(t, dir)
	const commune = `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true, "9.1": %s}}}`
	one := func(v string) string { return strings.Replace(commune, "%s", v, 1) }
	huge := "1" + strings.Repeat("0", 1_000_000)
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		stdout   string // a text the output must contain
		stderr   string // a text standard error must contain
		maxLine  int    // when > 0, no line of standard error is longer
		stdoutOK func(string) bool
	}{
		{name: "/dev/zero named as a JSON file fails at its first byte",
			args: []string{"eval", zero}, code: exitInput,
			stderr: zero + `:1: invalid JSON: invalid character "\x00" looking for beginning of value`},
		{name: "a run that evaluates nothing says so",
			args: []string{"eval", "--set", "933", write("no933.json", one("0"))}, code: exitInput,
			stderr: "no values for set 933/QĐ-UBND in " + filepath.Join(dir, "no933.json")},
		{name: "a JSON file with a byte-order mark is read",
			args: []string{"eval", "--format", "csv", write("bom.json", "\uFEFF"+one("0"))}, code: exitOK,
			stdout: "Hòa Lạc,Hữu Lũng,Lạng Sơn,TDMNPB,2020,1980/QĐ-TTg,9,9.1,met,0,"},
		{name: "zero is zero at any exponent",
			args: []string{"eval", "--format", "csv", write("zero-exp.json", one("0e999999999"))}, code: exitOK,
			stdout: "Hòa Lạc,Hữu Lũng,Lạng Sơn,TDMNPB,2020,1980/QĐ-TTg,9,9.1,met,0,"},
		{name: "a million-digit number is one short line and the next commune is read",
			args: []string{"eval", "--format", "csv", write("huge.json", "["+one(huge)+","+strings.Replace(one("0"), "Hòa Lạc", "Tân Thành", 1)+"]")},
			code: exitInput, stdout: "Tân Thành,", maxLine: 400,
			stderr: `[0] Hòa Lạc: sets["1980"]["9.1"]: number of 1000001 bytes, longer than the limit of 65536 bytes (got "1000000000`},
		{name: "a huge unknown key is one short line",
			args: []string{"eval", write("key.json", `[{"`+strings.Repeat(`k\n`, 500_000)+`": 1}]`)},
			code: exitInput, maxLine: 400, stderr: `key of 1500002 bytes, longer than the limit of 65536 bytes (got "k\\nk\\nk`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runNTM(t, "", english(tc.args)...) // the messages looked for are in English
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr:\n%.1000s", code, tc.code, stderr)
			}
			if !strings.Contains(stdout, tc.stdout) {
				t.Errorf("stdout does not contain %q:\n%.2000s", tc.stdout, stdout)
			}
			if !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr does not contain %q:\n%.2000s", tc.stderr, stderr)
			}
			for _, line := range strings.Split(stderr, "\n") {
				if tc.maxLine > 0 && len(line) > tc.maxLine {
					t.Errorf("stderr line of %d bytes: %.200s…", len(line), line)
				}
			}
		})
	}
}
