package ntm_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"image/png"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The README is a contract, and these tests hold it to it:
//
//   - every `ntm …` command in a code block runs on the files it names (from
//     the repository root or from testdata/readme/, copied into a temporary
//     directory so that what it writes stays out of the repository). A command written as
//     "$ ntm …" is followed by the output it shows, which must match the real
//     standard output line by line; a line "…" stands for any number of lines.
//     A command in an sh block without output must succeed and print
//     something; a command with -o FILE, shown with its output or not, must
//     write a file that is not empty.
//   - a json block preceded by <!-- readme-test: excerpt-of ntm … --> is an
//     excerpt of that command's JSON output (objects keep a subset of their
//     keys, arrays a subsequence of their elements).
//   - every go block compiles and passes go vet. A block that starts with a
//     package clause is a file of its own; a block of imports names packages
//     that must exist; any other block is a fragment of a function body, and
//     the fragments are joined in README order into one function, so a later
//     fragment may use what an earlier one declared (as a reader reading the
//     README top to bottom would). Packages are imported by their names.
//     The program of the fragments runs in a directory holding
//     testdata/readme/ and the files it names by path from the root; a
//     fmt.Println with a comment on its line must print that comment.
//   - a block whose every line is "ntm SUBCOMMAND [flags] args", in the
//     README and in docs/formats.md, is a synopsis: each line is the usage
//     line of "ntm help --lang en SUBCOMMAND" (TestSynopsisIsHelp).
//
//   - a block of README.md or docs/formats.md preceded by
//     <!-- readme-test: lines-of ntm … | ntm … --> shows lines of the output
//     of those commands, run from the repository root: each of its lines is
//     a whole line of the standard output of one of them
//     (TestDocOutputLines).
//   - a Go name of one of the module's packages in a code span of the prose
//     of either (`evaluate.ParseValue`, `htmlreport.Options.Illustrative`)
//     is in the API of testdata/api.txt (TestDocNamesExist).
//
// Markers, on the line before a block: <!-- readme-test: skip --> leaves
// the block out; <!-- readme-test: exit N --> expects its commands to exit
// with status N rather than 0.

// readmeDirs are where the files a README command names are looked up, in
// order (see commandDir).
var readmeDirs = []string{".", "testdata/readme"}

type readmeBlock struct {
	line   int    // line of the opening fence
	lang   string // info string of the fence
	marker string // the readme-test marker before the block, without "readme-test:"
	text   string
}

func readmeBlocks(t *testing.T) []readmeBlock {
	t.Helper()
	return markdownBlocks(t, "README.md")
}

// markdownBlocks returns the fenced code blocks of the Markdown file at path.
func markdownBlocks(t *testing.T, path string) []readmeBlock {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var (
		blocks []readmeBlock
		cur    *readmeBlock
		prev   string // the last non-empty line outside blocks
	)
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trim := strings.TrimSpace(line)
		switch {
		case cur != nil && trim == "```":
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.text += line + "\n"
		case strings.HasPrefix(trim, "```"):
			cur = &readmeBlock{line: n, lang: strings.TrimPrefix(trim, "```")}
			if m, ok := strings.CutPrefix(prev, "<!-- readme-test:"); ok {
				cur.marker = strings.TrimSpace(strings.TrimSuffix(m, "-->"))
			}
		case trim != "":
			prev = trim
		}
	}
	if cur != nil {
		t.Fatalf("%s:%d: unterminated code block", path, cur.line)
	}
	return blocks
}

// goTool returns the go command, or skips the test when there is none.
func goTool(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: the README tests build ntm and the snippets with the go tool")
	}
	// go test puts its own GOROOT/bin first in PATH.
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go tool is not available: cannot build ntm and the README's Go snippets")
	}
	return goCmd
}

// buildNTM builds the command once for the test.
func buildNTM(t *testing.T) string {
	t.Helper()
	goCmd := goTool(t)
	bin := filepath.Join(t.TempDir(), "ntm")
	cmd := exec.Command(goCmd, "build", "-o", bin, "./cmd/ntm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/ntm: %v\n%s", err, out)
	}
	return bin
}

// readmeCommand is one `ntm …` command of the README.
type readmeCommand struct {
	line int
	args []string
	want []string // the output shown, when the README shows one
	json string   // a JSON block that is an excerpt of the output
	exit int      // the exit status expected (<!-- readme-test: exit N -->)
}

func readmeCommands(t *testing.T, blocks []readmeBlock) []readmeCommand {
	var cmds []readmeCommand
	for _, b := range blocks {
		if b.marker == "skip" {
			continue
		}
		if cmdline, ok := strings.CutPrefix(b.marker, "excerpt-of "); ok {
			cmds = append(cmds, readmeCommand{line: b.line, args: shellWords(t, b.line, cmdline), json: b.text})
			continue
		}
		exit := 0
		if n, ok := strings.CutPrefix(b.marker, "exit "); ok {
			var err error
			if exit, err = strconv.Atoi(n); err != nil {
				t.Errorf("README.md:%d: bad marker %q", b.line, b.marker)
			}
		}
		lines := strings.Split(strings.TrimSuffix(b.text, "\n"), "\n")
		for i := 0; i < len(lines); i++ {
			l := lines[i]
			if rest, ok := strings.CutPrefix(l, "$ "); ok {
				c := readmeCommand{line: b.line + 1 + i, args: shellWords(t, b.line+1+i, rest), want: []string{}, exit: exit}
				for i+1 < len(lines) && !strings.HasPrefix(lines[i+1], "$ ") {
					i++
					c.want = append(c.want, lines[i])
				}
				if c.args[0] == "ntm" {
					cmds = append(cmds, c)
				}
				continue
			}
			if b.lang == "sh" && strings.HasPrefix(l, "ntm ") {
				if j := strings.Index(l, " #"); j >= 0 {
					l = l[:j]
				}
				cmds = append(cmds, readmeCommand{line: b.line + 1 + i, args: shellWords(t, b.line+1+i, l), exit: exit})
			}
		}
	}
	return cmds
}

// shellWords splits a command line as a POSIX shell would for the simple
// commands of a README: words separated by spaces, "…" and '…' quoting.
func shellWords(t *testing.T, line int, s string) []string {
	var (
		words []string
		w     strings.Builder
		in    bool
		quote rune
	)
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			w.WriteRune(r)
		case r == '"' || r == '\'':
			quote, in = r, true
		case r == ' ' || r == '\t':
			if in {
				words = append(words, w.String())
				w.Reset()
				in = false
			}
		default:
			w.WriteRune(r)
			in = true
		}
	}
	if quote != 0 {
		t.Errorf("README.md:%d: unclosed quote in %q", line, s)
	}
	if in {
		words = append(words, w.String())
	}
	if len(words) == 0 {
		t.Fatalf("README.md:%d: empty command", line)
	}
	return words
}

// outputFile returns the argument after -o, or "".
func outputFile(args []string) string {
	for i, a := range args[:max(len(args)-1, 0)] {
		if a == "-o" || a == "--o" || a == "-output" || a == "--output" {
			return args[i+1]
		}
	}
	return ""
}

// commandDir returns a new directory holding the files the arguments name,
// each at the same relative path, taken from the first of readmeDirs that
// has it, so that a command runs on them without writing into the
// repository. The argument after -o is an output and left alone.
func commandDir(t *testing.T, args []string) (string, error) {
	dir := t.TempDir()
	for i := 1; i < len(args); i++ {
		a := args[i]
		if a == "-o" || a == "--o" || a == "-output" || a == "--output" {
			i++
			continue
		}
		switch filepath.Ext(a) {
		case ".json", ".csv", ".xlsx", ".tsv":
		default:
			continue
		}
		found := false
		for _, d := range readmeDirs {
			b, err := os.ReadFile(filepath.Join(d, a))
			if err != nil {
				continue
			}
			to := filepath.Join(dir, a)
			if !filepath.IsLocal(a) {
				return "", fmt.Errorf("%s: name the files of a README command by a path within the repository", a)
			}
			if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
				return "", err
			}
			if err := os.WriteFile(to, b, 0o644); err != nil {
				return "", err
			}
			found = true
			break
		}
		if !found {
			return "", fmt.Errorf("%s is in none of %q: add it to testdata/readme/", a, readmeDirs)
		}
	}
	return dir, nil
}

func TestREADMECommands(t *testing.T) {
	blocks := readmeBlocks(t)
	cmds := readmeCommands(t, blocks)
	if len(cmds) < 3 {
		t.Fatalf("found %d ntm commands in README.md", len(cmds))
	}
	bin := buildNTM(t)
	for _, c := range cmds {
		t.Run(fmt.Sprintf("README.md:%d %s", c.line, strings.Join(c.args, " ")), func(t *testing.T) {
			dir, err := commandDir(t, c.args)
			if err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(bin, c.args[1:]...)
			cmd.Dir = dir
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil && cmd.ProcessState == nil {
				t.Fatal(err)
			}
			if code := cmd.ProcessState.ExitCode(); code != c.exit {
				t.Errorf("exit status %d, want %d (<!-- readme-test: exit N --> before the block for another); stderr:\n%s",
					code, c.exit, stderr.Bytes())
			}
			for _, msg := range c.check(dir, stdout.Bytes()) {
				t.Errorf("%s\nstdout:\n%s\nstderr:\n%s", msg, stdout.Bytes(), stderr.Bytes())
			}
		})
	}
}

// check returns what is wrong with the output of c, run in dir, against
// what the README shows: the output shown, the JSON excerpt, or, when the
// README shows none, the output or (with -o FILE) the file written. A file
// written with -o must not be empty, whether or not an output is shown.
func (c readmeCommand) check(dir string, stdout []byte) []string {
	var msgs []string
	switch {
	case c.json != "":
		var e, f any
		if err := json.Unmarshal([]byte(c.json), &e); err != nil {
			return []string{fmt.Sprintf("the README's JSON block is not JSON: %v", err)}
		}
		if err := json.Unmarshal(stdout, &f); err != nil {
			return []string{fmt.Sprintf("the output is not JSON: %v", err)}
		}
		if !containsExcerpt(e, f) {
			msgs = append(msgs, fmt.Sprintf("the README's JSON block is not an excerpt of the output of the command:\n%s", c.json))
		}
	case c.want != nil:
		got := strings.Split(strings.TrimSuffix(string(stdout), "\n"), "\n")
		if msg := matchExcerpt(c.want, got); msg != "" {
			msgs = append(msgs, "the output differs from the README's: "+msg)
		}
	case outputFile(c.args) == "" && len(stdout) == 0:
		msgs = append(msgs, "no output")
	}
	// Written to a file, as eval, template, progress and report do with
	// -o, saying nothing on standard output.
	if out := outputFile(c.args); out != "" {
		if fi, err := os.Stat(filepath.Join(dir, out)); err != nil || fi.Size() == 0 {
			msgs = append(msgs, fmt.Sprintf("-o %s: no file written (%v)", out, err))
		}
	}
	return msgs
}

func TestReadmeCommandCheck(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "written.xlsx"), []byte("PK"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		c      readmeCommand
		stdout string
		ok     bool
	}{
		{"$ ntm … -o FILE, no output shown, the file written", readmeCommand{args: []string{"ntm", "eval", "-o", "written.xlsx", "a.csv"}, want: []string{}}, "", true},
		{"$ ntm … -o FILE, no output shown, no file written", readmeCommand{args: []string{"ntm", "eval", "-o", "none.xlsx", "a.csv"}, want: []string{}}, "", false},
		{"$ ntm …, the output shown", readmeCommand{args: []string{"ntm", "eval", "a.csv"}, want: []string{"a", "…"}}, "a\nb\n", true},
		{"$ ntm …, another output than shown", readmeCommand{args: []string{"ntm", "eval", "a.csv"}, want: []string{"a", "…"}}, "b\n", false},
		{"ntm … in an sh block, some output", readmeCommand{args: []string{"ntm", "eval", "a.csv"}}, "a\n", true},
		{"ntm … in an sh block, no output", readmeCommand{args: []string{"ntm", "eval", "a.csv"}}, "", false},
		{"ntm … -o FILE in an sh block, the file written", readmeCommand{args: []string{"ntm", "eval", "-o", "written.xlsx", "a.csv"}}, "", true},
		{"ntm … -o FILE in an sh block, no file written", readmeCommand{args: []string{"ntm", "eval", "-o", "none.xlsx", "a.csv"}}, "", false},
		{"a JSON excerpt of the output", readmeCommand{args: []string{"ntm", "eval", "a.json"}, json: `{"a": 1}`}, `[{"a": 1, "b": 2}]`, true},
		{"a JSON block that is not in the output", readmeCommand{args: []string{"ntm", "eval", "a.json"}, json: `{"a": 2}`}, `[{"a": 1}]`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := tt.c.check(dir, []byte(tt.stdout))
			if (len(msgs) == 0) != tt.ok {
				t.Errorf("check = %q, want ok=%v", msgs, tt.ok)
			}
		})
	}
}

// synopsisLine matches a line of a synopsis of the command: a subcommand
// and its flags or arguments, as its help's usage line writes them.
var synopsisLine = regexp.MustCompile(`^ntm [a-z]+( +[-\[A-Z].*)?$`)

// TestSynopsisIsHelp holds the synopses of the command in README.md and
// docs/formats.md to the usage lines of ntm help: a block whose every line
// is "ntm SUBCOMMAND [flags] args" gives each subcommand's usage as
// "ntm help --lang en SUBCOMMAND" begins it, spaces aside.
func TestSynopsisIsHelp(t *testing.T) {
	bin := buildNTM(t)
	collapse := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, path := range []string{"README.md", "docs/formats.md"} {
		found := 0
		for _, b := range markdownBlocks(t, path) {
			lines := strings.Split(strings.TrimSuffix(b.text, "\n"), "\n")
			if b.lang != "" || !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, "[--") }) ||
				slices.ContainsFunc(lines, func(l string) bool { return !synopsisLine.MatchString(l) }) {
				continue
			}
			for i, l := range lines {
				found++
				sub := strings.Fields(l)[1]
				out, err := exec.Command(bin, "help", "--lang", "en", sub).Output()
				if err != nil {
					t.Errorf("%s:%d: ntm help --lang en %s: %v", path, b.line+1+i, sub, err)
					continue
				}
				usage, _, _ := strings.Cut(string(out), "\n")
				if want := collapse(strings.TrimPrefix(usage, "Usage: ")); collapse(l) != want {
					t.Errorf("%s:%d: the synopsis of ntm %s is not its usage line:\n  doc:  %s\n  help: %s", path, b.line+1+i, sub, collapse(l), want)
				}
			}
		}
		if found == 0 {
			t.Errorf("%s: no synopsis of the command found", path)
		}
	}
}

// TestDocOutputLines holds the blocks marked lines-of to the output of
// their commands: every line of such a block, trailing spaces aside, is a
// line of the standard output of one of the ntm commands the marker names,
// separated by " | " and run from the repository root on its files.
func TestDocOutputLines(t *testing.T) {
	bin := buildNTM(t)
	found := 0
	for _, path := range []string{"README.md", "docs/formats.md"} {
		for _, b := range markdownBlocks(t, path) {
			cmds, ok := strings.CutPrefix(b.marker, "lines-of ")
			if !ok {
				continue
			}
			found++
			printed := map[string]bool{}
			for _, c := range strings.Split(cmds, " | ") {
				args := shellWords(t, b.line, strings.TrimSpace(c))
				if args[0] != "ntm" || outputFile(args) != "" {
					t.Errorf("%s:%d: lines-of names %q: want ntm commands writing to standard output", path, b.line, c)
					continue
				}
				out, err := exec.Command(bin, args[1:]...).Output()
				if err != nil {
					t.Errorf("%s:%d: %s: %v", path, b.line, c, err)
				}
				for _, l := range strings.Split(string(out), "\n") {
					printed[strings.TrimRight(l, " \t")] = true
				}
			}
			for i, l := range strings.Split(strings.TrimSuffix(b.text, "\n"), "\n") {
				if !printed[strings.TrimRight(l, " \t")] {
					t.Errorf("%s:%d: this line is printed by none of %s:\n%s", path, b.line+1+i, cmds, l)
				}
			}
		}
	}
	if found == 0 {
		t.Error("no block marked <!-- readme-test: lines-of … --> in README.md or docs/formats.md")
	}
}

// TestDocNamesExist holds the Go names that the prose of README.md and
// docs/formats.md gives in code spans (`evaluate.ParseValue`,
// `htmlreport.Options.Illustrative`, `plan.StatusWith`) to the exported API
// pinned in testdata/api.txt: a function, type, constant or variable of the
// package, or a method or field of its type.
func TestDocNamesExist(t *testing.T) {
	api := string(mustRead(t, filepath.Join("testdata", "api.txt")))
	pkgs := map[string]bool{}
	for name, path := range modulePackages(t) {
		if strings.HasPrefix(path, "github.com/nongthonmoi/ntm") {
			pkgs[name] = true
		}
	}
	fence := regexp.MustCompile("(?s)```.*?```")
	span := regexp.MustCompile("`[^`]+`")
	ref := regexp.MustCompile(`\b([a-z]+)\.([A-Z]\w*)(?:\.([A-Z]\w*))?`)
	checked := 0
	for _, path := range []string{"README.md", "docs/formats.md"} {
		prose := fence.ReplaceAllString(string(mustRead(t, path)), "")
		for _, code := range span.FindAllString(prose, -1) {
			for _, m := range ref.FindAllStringSubmatch(code, -1) {
				pkg, name, member := m[1], m[2], m[3]
				if !pkgs[pkg] {
					continue
				}
				checked++
				var forms []string
				if member == "" {
					for _, f := range []string{"func %s(", "func %s[", "type %s ", "const %s ", "var %s "} {
						forms = append(forms, "\n"+pkg+": "+fmt.Sprintf(f, name))
					}
				} else {
					for _, f := range []string{"func (%s) %s(", "func (*%s) %s(", "type %s struct, %s ", "type %s interface, %s("} {
						forms = append(forms, "\n"+pkg+": "+fmt.Sprintf(f, name, member))
					}
				}
				if !slices.ContainsFunc(forms, func(f string) bool { return strings.Contains("\n"+api, f) }) {
					t.Errorf("%s: %s names nothing of the API in testdata/api.txt", path, m[0])
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no Go name of the module's packages found in the prose of README.md and docs/formats.md")
	}
}

// TestReadmeNamesEveryDependency holds the README's list of dependencies
// to go.mod: every module the module requires directly is named in it.
func TestReadmeNamesEveryDependency(t *testing.T) {
	readme := string(mustRead(t, "README.md"))
	direct := 0
	for _, l := range strings.Split(string(mustRead(t, "go.mod")), "\n") {
		f := strings.Fields(strings.TrimPrefix(strings.TrimSpace(l), "require "))
		if len(f) < 2 || !strings.Contains(f[0], ".") || strings.Contains(l, "// indirect") || f[0] == "module" {
			continue
		}
		direct++
		if !strings.Contains(readme, "`"+f[0]+"`") {
			t.Errorf("README.md does not name the dependency %s of go.mod", f[0])
		}
	}
	if direct == 0 {
		t.Error("go.mod: no direct dependency found")
	}
}

// TestReadmePicture holds docs/report.png to the command the README takes
// it with: a PNG of the --window-size given to Chromium's --screenshot, of a
// size a README can carry.
func TestReadmePicture(t *testing.T) {
	shot := regexp.MustCompile(`--window-size=(\d+),(\d+) .*--screenshot=(\S+)`)
	var m []string
	for _, b := range readmeBlocks(t) {
		if m = shot.FindStringSubmatch(b.text); m != nil {
			break
		}
	}
	if m == nil {
		t.Fatal("README.md: no command taking a screenshot (--window-size=W,H … --screenshot=FILE)")
	}
	f, err := os.Open(filepath.FromSlash(m[3]))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil {
		t.Fatalf("%s: %v", m[3], err)
	}
	if got, want := fmt.Sprintf("%dx%d", cfg.Width, cfg.Height), m[1]+"x"+m[2]; got != want {
		t.Errorf("%s is %s; the README takes it at --window-size=%s,%s", m[3], got, m[1], m[2])
	}
	if fi, err := f.Stat(); err != nil {
		t.Error(err)
	} else if fi.Size() > 300<<10 {
		t.Errorf("%s: %d bytes, want at most 300 KiB", m[3], fi.Size())
	}
	if !strings.Contains(string(mustRead(t, "README.md")), "]("+m[3]+")") {
		t.Errorf("README.md does not show %s", m[3])
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// matchExcerpt reports how got fails to match the lines shown in want,
// where a line "…" stands for any number of lines. Trailing spaces are
// ignored.
func matchExcerpt(want, got []string) string {
	trim := func(s []string) []string {
		out := make([]string, len(s))
		for i, l := range s {
			out[i] = strings.TrimRight(l, " \t")
		}
		return out
	}
	want, got = trim(want), trim(got)
	// Split want into segments separated by "…" lines.
	var segs [][]string
	cur := []string{}
	for _, l := range want {
		if strings.TrimSpace(l) == "…" {
			segs = append(segs, cur)
			cur = []string{}
			continue
		}
		cur = append(cur, l)
	}
	segs = append(segs, cur)
	pos := 0
	for i, seg := range segs {
		first, last := i == 0, i == len(segs)-1
		switch {
		case first && last:
			if !slices.Equal(seg, got) {
				return lineDiff(seg, got)
			}
			return ""
		case first:
			if len(got) < len(seg) || !slices.Equal(seg, got[:len(seg)]) {
				return "the output does not begin with the lines shown:\n" + lineDiff(seg, got[:min(len(seg), len(got))])
			}
			pos = len(seg)
		case last:
			if len(got)-pos < len(seg) || !slices.Equal(seg, got[len(got)-len(seg):]) {
				return "the output does not end with the lines shown:\n" + lineDiff(seg, got[max(pos, len(got)-len(seg)):])
			}
		default:
			j := indexLines(got[pos:], seg)
			if j < 0 {
				return fmt.Sprintf("these lines do not follow in the output:\n%s", strings.Join(seg, "\n"))
			}
			pos += j + len(seg)
		}
	}
	return ""
}

func indexLines(s, sub []string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if slices.Equal(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func lineDiff(want, got []string) string {
	var b strings.Builder
	for i := 0; i < max(len(want), len(got)); i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			fmt.Fprintf(&b, "line %d:\n  README: %q\n  output: %q\n", i+1, w, g)
		}
	}
	return b.String()
}

// containsExcerpt reports whether e is an excerpt of f or of a value
// within f.
func containsExcerpt(e, f any) bool {
	if isExcerpt(e, f) {
		return true
	}
	switch f := f.(type) {
	case map[string]any:
		for _, v := range f {
			if containsExcerpt(e, v) {
				return true
			}
		}
	case []any:
		for _, v := range f {
			if containsExcerpt(e, v) {
				return true
			}
		}
	}
	return false
}

// isExcerpt reports whether e is f with keys of objects and elements of
// arrays (keeping their order) left out.
func isExcerpt(e, f any) bool {
	switch e := e.(type) {
	case map[string]any:
		fm, ok := f.(map[string]any)
		if !ok {
			return false
		}
		for k, v := range e {
			if fv, ok := fm[k]; !ok || !isExcerpt(v, fv) {
				return false
			}
		}
		return true
	case []any:
		fa, ok := f.([]any)
		if !ok {
			return false
		}
		j := 0
		for _, v := range e {
			for j < len(fa) && !isExcerpt(v, fa[j]) {
				j++
			}
			if j == len(fa) {
				return false
			}
			j++
		}
		return true
	}
	return reflect.DeepEqual(e, f)
}

// stdPackages are the standard packages a README snippet may use by name.
var stdPackages = []string{
	"bufio", "bytes", "context", "encoding/csv", "encoding/json", "errors", "fmt", "io", "io/fs",
	"iter", "log", "log/slog", "maps", "net/http", "net/http/httptest", "os", "os/signal",
	"path/filepath", "slices", "sort", "strconv", "strings", "sync", "syscall", "time",
}

// modulePackages maps the names of the module's importable packages to
// their import paths.
func modulePackages(t *testing.T) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(".", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		name := d.Name()
		if p != "." && (name == "testdata" || name == "internal" || name == "cmd" || name == "examples" ||
			strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
			return filepath.SkipDir
		}
		files, _ := filepath.Glob(filepath.Join(p, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			af, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.PackageClauseOnly)
			if err != nil || af.Name.Name == "main" {
				break
			}
			path := "github.com/nongthonmoi/ntm"
			if p != "." {
				path += "/" + filepath.ToSlash(p)
			}
			m[af.Name.Name] = path
			break
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range stdPackages {
		m[p[strings.LastIndex(p, "/")+1:]] = p
	}
	return m
}

// snippetProgram turns the README's go blocks into Go files: the complete
// files as they are, the fragments as the body of one function, and the
// import lists as blank imports.
func snippetProgram(t *testing.T, blocks []readmeBlock) (files map[string]string) {
	t.Helper()
	pkgs := modulePackages(t)
	files = map[string]string{}
	var (
		body    strings.Builder
		imports = map[string]bool{}
		blank   []string
	)
	for _, b := range blocks {
		if b.lang != "go" || b.marker == "skip" {
			continue
		}
		fset := token.NewFileSet()
		if f, err := parser.ParseFile(fset, "", b.text, parser.ImportsOnly); err == nil && f.Name != nil {
			files[fmt.Sprintf("file%d/main.go", b.line)] = fmt.Sprintf("//line README.md:%d\n%s", b.line+1, b.text)
			continue
		}
		if f, err := parser.ParseFile(fset, "", "package p\n"+b.text, 0); err == nil && len(f.Decls) > 0 && onlyImports(f) {
			for _, s := range f.Imports {
				blank = append(blank, s.Path.Value)
			}
			continue
		}
		// A fragment: statements of a function body.
		src := "package p\nfunc _() {\n" + b.text + "}\n"
		f, err := parser.ParseFile(fset, "", src, 0)
		if err != nil {
			t.Errorf("README.md:%d: the go block is neither a file, nor imports, nor statements: %v", b.line, err)
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && id.Obj == nil {
					if _, ok := pkgs[id.Name]; ok {
						imports[pkgs[id.Name]] = true
					}
				}
			}
			return true
		})
		fmt.Fprintf(&body, "//line README.md:%d\n%s", b.line+1, b.text)
	}
	if body.Len() > 0 || len(blank) > 0 {
		var src strings.Builder
		src.WriteString("// Code generated from README.md by readme_test.go. DO NOT EDIT.\n\npackage main\n\nimport (\n")
		for _, p := range slices.Sorted(maps.Keys(imports)) {
			fmt.Fprintf(&src, "\t%s\n", strconv.Quote(p))
		}
		for _, p := range blank {
			if !imports[mustUnquote(p)] {
				fmt.Fprintf(&src, "\t_ %s\n", p)
			}
		}
		src.WriteString(")\n\nfunc main() {\n")
		src.WriteString(body.String())
		// The fragments are read one after the other; what the last one
		// declares need not be used by a later one.
		src.WriteString("//line readme_test.go:1\n")
		for _, name := range declaredNames(t, body.String()) {
			fmt.Fprintf(&src, "\t_ = %s\n", name)
		}
		src.WriteString("}\n")
		files["fragments/main.go"] = src.String()
	}
	return files
}

func onlyImports(f *ast.File) bool {
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); !ok || g.Tok != token.IMPORT {
			return false
		}
	}
	return true
}

func mustUnquote(s string) string {
	u, err := strconv.Unquote(s)
	if err != nil {
		return s
	}
	return u
}

// declaredNames returns the variables declared at the top level of body.
func declaredNames(t *testing.T, body string) []string {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\nfunc _() {\n"+body+"}\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var names []string
	add := func(id *ast.Ident) {
		if id.Name != "_" && !seen[id.Name] {
			seen[id.Name] = true
			names = append(names, id.Name)
		}
	}
	for _, s := range f.Decls[0].(*ast.FuncDecl).Body.List {
		switch s := s.(type) {
		case *ast.AssignStmt:
			if s.Tok == token.DEFINE {
				for _, e := range s.Lhs {
					if id, ok := e.(*ast.Ident); ok {
						add(id)
					}
				}
			}
		case *ast.DeclStmt:
			if g, ok := s.Decl.(*ast.GenDecl); ok && g.Tok == token.VAR {
				for _, sp := range g.Specs {
					for _, id := range sp.(*ast.ValueSpec).Names {
						add(id)
					}
				}
			}
		}
	}
	return names
}

func TestREADMEGoSnippetsCompileAndPassVet(t *testing.T) {
	goCmd := goTool(t)
	files := snippetProgram(t, readmeBlocks(t))
	if len(files) == 0 {
		t.Fatal("no go block in README.md")
	}
	// Inside the module (testdata is left out of ./...), so that the
	// snippets import this module's packages as they are.
	dir, err := os.MkdirTemp("testdata", "readme-snippets-")
	if err != nil {
		t.Skipf("cannot write the snippets into the module (read-only source tree?): %v", err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	var pkgs []string
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, "./"+filepath.ToSlash(filepath.Dir(p)))
	}
	slices.Sort(pkgs)
	out, err := exec.Command(goCmd, append([]string{"vet"}, pkgs...)...).CombinedOutput()
	if err != nil {
		var src strings.Builder
		for _, name := range slices.Sorted(maps.Keys(files)) {
			fmt.Fprintf(&src, "--- %s\n%s", name, files[name])
		}
		t.Fatalf("go vet of the README's Go snippets: %v\n%s\nThe program built from them:\n%s", err, out, src.String())
	}
	if _, ok := files["fragments/main.go"]; ok {
		runFragments(t, goCmd, "./"+filepath.ToSlash(filepath.Join(dir, "fragments")), files["fragments/main.go"])
	}
}

// runFragments runs the program of the README's fragments where the files
// it names are (testdata/readme/ and the paths from the root it names) and
// checks that each fmt.Println followed by a comment prints that comment.
func runFragments(t *testing.T, goCmd, pkg, src string) {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "fragments")
	if out, err := exec.Command(goCmd, "build", "-o", bin, pkg).CombinedOutput(); err != nil {
		t.Fatalf("go build of the README's fragments: %v\n%s", err, out)
	}
	run := t.TempDir()
	copyFile := func(from, to string) {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	readme, _ := filepath.Glob(filepath.Join("testdata", "readme", "*"))
	for _, f := range readme {
		copyFile(f, filepath.Join(run, filepath.Base(f)))
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if p, err := strconv.Unquote(lit.Value); err == nil && strings.Contains(p, "/") && filepath.IsLocal(p) {
				if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
					copyFile(p, filepath.Join(run, p))
				}
			}
		}
		return true
	})
	// Comments after fmt.Println on the same line: the line it prints.
	lines := strings.Split(src, "\n")
	for _, cg := range f.Comments {
		pos := fset.PositionFor(cg.Pos(), false) // lines of src, not of README.md
		code := lines[pos.Line-1][:pos.Column-1]
		if strings.HasPrefix(strings.TrimSpace(code), "fmt.Println(") {
			want = append(want, strings.TrimSpace(strings.TrimPrefix(cg.Text(), "//")))
		}
	}
	cmd := exec.Command(bin)
	cmd.Dir = run
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("the program of the README's fragments: %v\nstderr:\n%s", err, stderr.Bytes())
	}
	var got []string
	for _, l := range strings.Split(stdout.String(), "\n") {
		got = append(got, strings.TrimSpace(l))
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("the README says a snippet prints %q; the program does not print that line:\n%s", w, stdout.Bytes())
		}
	}
	if len(want) == 0 {
		t.Log("no fmt.Println with its output in a comment among the README's fragments")
	}
}

func TestMatchExcerpt(t *testing.T) {
	got := []string{"a", "b", "c", "d", "e"}
	tests := []struct {
		name string
		want []string
		ok   bool
	}{
		{"the whole output matches", []string{"a", "b", "c", "d", "e"}, true},
		{"a missing last line fails", []string{"a", "b", "c", "d"}, false},
		{"an ellipsis stands for lines in the middle", []string{"a", "…", "e"}, true},
		{"an ellipsis at the end leaves out the rest", []string{"a", "b", "…"}, true},
		{"an ellipsis at the start leaves out the beginning", []string{"…", "d", "e"}, true},
		{"lines between ellipses must follow in order", []string{"…", "b", "c", "…"}, true},
		{"lines between ellipses out of order fail", []string{"…", "c", "b", "…"}, false},
		{"a first line that differs fails", []string{"x", "…"}, false},
		{"a last line that differs fails", []string{"…", "x"}, false},
		{"trailing spaces are ignored", []string{"a  ", "…", "e\t"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := matchExcerpt(tt.want, got)
			if (msg == "") != tt.ok {
				t.Errorf("matchExcerpt(%q) = %q, want ok=%v", tt.want, msg, tt.ok)
			}
		})
	}
}

func TestIsExcerpt(t *testing.T) {
	full := map[string]any{"a": 1.0, "b": []any{"x", "y", "z"}, "c": map[string]any{"d": true}}
	tests := []struct {
		name string
		e    any
		ok   bool
	}{
		{"a subset of the keys is an excerpt", map[string]any{"a": 1.0}, true},
		{"a key the output lacks is not", map[string]any{"e": 1.0}, false},
		{"a different value is not", map[string]any{"a": 2.0}, false},
		{"a subsequence of an array is", map[string]any{"b": []any{"x", "z"}}, true},
		{"array elements out of order are not", map[string]any{"b": []any{"z", "x"}}, false},
		{"nested objects are compared as excerpts", map[string]any{"c": map[string]any{}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isExcerpt(tt.e, full); got != tt.ok {
				t.Errorf("isExcerpt(%v) = %v, want %v", tt.e, got, tt.ok)
			}
		})
	}
	if !containsExcerpt(map[string]any{"d": true}, full) {
		t.Error("containsExcerpt does not find a nested object")
	}
}
