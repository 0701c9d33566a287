// Command ntm reads criteria sets, evaluates communes against them and
// follows provincial plans (Kế hoạch) of the new-rural-area programme
// (nông thôn mới).
//
// Usage:
//
//	ntm SUBCOMMAND [flags] [args]
//
// Subcommands:
//
//	criteria  print criteria sets (bộ tiêu chí) as a table, Markdown or definition JSON
//	eval      evaluate commune assessments (JSON, CSV or Excel) against criteria sets: reports or a summary
//	plan      where a provincial plan (Kế hoạch) stands on a date: targets, tasks, inspection, agency briefs
//	progress  progress over the years: communes meeting the set, average criteria, regressions, plan targets
//	report    one printable, self-contained HTML report with charts: areas, criteria grid, progress, shortfalls, plan
//	template  write an empty assessment form (CSV or Excel) for a set, to fill and evaluate
//	units     list commune-level administrative units (đơn vị hành chính) on a date, or a unit's successors
//	help      show the usage of ntm or of one subcommand
//	version   print the version of ntm
//
// Run `ntm help SUBCOMMAND` for its flags and an example. Messages and
// output are in Vietnamese; --lang en gives English.
//
// Exit status: 0 on success, 1 when some input was invalid (each problem is
// printed to standard error), 2 for a usage error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"github.com/nongthonmoi/ntm/evaluate"
	"io"
	"os"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/problem"
)

// Exit statuses.
const (
	exitOK    = 0
	exitInput = 1 // some input was invalid
	exitUsage = 2 // the command line was wrong
)

// command is one subcommand of ntm.
type command struct {
	name     string // "criteria"
	synopsis string // one line for `ntm help`
	// usage is the full help text: the command line, what it does, its
	// flags and at least one example. Flag defaults are appended by help.
	usage string
	// flags, when not nil, declares the command's flags on fs; help prints
	// them. run calls it too (see cmdContext.parse).
	flags func(fs *flag.FlagSet)
	run   func(ctx *cmdContext, args []string) int
}

var commands = map[string]command{}

// register adds a subcommand; call it from an init function of the file
// that implements the subcommand. Registering a name twice is a programmer
// error and panics.
func register(c command) {
	if _, dup := commands[c.name]; dup || c.name == "" || c.run == nil {
		panic("ntm: bad or duplicate command registration: " + c.name)
	}
	commands[c.name] = c
}

// cmdContext is what a subcommand runs with: its standard streams (never
// os.Stdin/os.Stdout/os.Stderr directly, so that tests can capture them).
type cmdContext struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	cmd            command
	// lang is the language of messages (--lang): "vi" or "en".
	lang string
	// exclude, when not nil, is given every problem of the inputs (before
	// the printed ones are capped), so that a summary can name the
	// communes left out.
	exclude func(error)
	// unshown, when not nil, is given each report made but not shown
	// (of a set other than --set's, made for a prerequisite), not a second
	// assessment's; the report is valid until it returns.
	unshown func(r *evaluate.Report)
	// tables reads CSV tables and worksheets (--encoding and --set).
	tables evaluate.TableOptions
	// group is the commune group of assessments that name none (eval
	// --group).
	group string
	// names are the names of the places of a run that counts communes
	// (see runNames).
	names *runNames
}

// skippedNote is the line of a remark on an input that is not a problem:
// a worksheet skipped (no header in its first rows).
func (ctx *cmdContext) skippedNote(file, sheet, why string) string {
	if ctx.lang == "en" {
		return fmt.Sprintf("ntm %s: %s: sheet %q skipped: %s", ctx.cmd.name, file, sheet, why)
	}
	return fmt.Sprintf("ntm %s: %s: bỏ qua trang tính %q: %s", ctx.cmd.name, file, sheet, (&problem.Msg{Format: why}).Text(problem.VI))
}

// sheetNote is the line of a note on a worksheet that is read: the rows
// above its header, read as a title; the sheet hidden in Excel; its rows
// and columns hidden in Excel that are read.
func (ctx *cmdContext) sheetNote(file, sheet string, note *problem.Msg) string {
	if ctx.lang == "en" {
		return fmt.Sprintf("ntm %s: %s: sheet %q: %s", ctx.cmd.name, file, sheet, oneLine(note.Text(problem.EN)))
	}
	return fmt.Sprintf("ntm %s: %s: trang tính %q: %s", ctx.cmd.name, file, sheet, oneLine(note.Text(problem.VI)))
}

// rowNote is the line of a note on a row skipped as no commune's (a total
// row, a heading row), at place ("so-lieu.csv:18", "so-lieu.xlsx:
// Sheet1!18:18").
func (ctx *cmdContext) rowNote(place string, note *problem.Msg) string {
	lang := problem.VI
	if ctx.lang == "en" {
		lang = problem.EN
	}
	return fmt.Sprintf("ntm %s: %s: %s", ctx.cmd.name, oneLine(place), oneLine(note.Text(lang)))
}

func main() {
	// ntm is a short-lived batch command: collecting less often trades
	// memory for time. Its live memory is bounded (inputs are read a
	// commune at a time), and the soft limit keeps the heap well under
	// 256 MB whatever the input. GOGC and GOMEMLIMIT in the environment win.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(160 << 20)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx := &cmdContext{Stdin: stdin, Stdout: stdoutWriter{stdout}, Stderr: stderr, lang: langOf(args)}
	// --lang may also come first, for every subcommand: ntm --lang en help.
	// Its value is checked there as the subcommands check theirs.
	for len(args) > 0 {
		value, n, given := leadingLang(args)
		if !given {
			break
		}
		switch {
		case n == 0:
			fmt.Fprintln(stderr, pick(ctx.lang, "ntm: --lang cần một giá trị: vi hoặc en", "ntm: --lang needs a value: vi or en"))
			printOverview(stderr, ctx.lang)
			return exitUsage
		case value != "vi" && value != "en":
			fmt.Fprintf(stderr, pick(ctx.lang, "ntm: --lang: không có ngôn ngữ %q (chọn vi hoặc en)\n",
				"ntm: --lang: unknown language %q (want vi or en)\n"), value)
			printOverview(stderr, ctx.lang)
			return exitUsage
		}
		args = args[n:]
	}
	if len(args) == 0 {
		fmt.Fprintln(stderr, pick(ctx.lang, "ntm: thiếu lệnh", "ntm: missing subcommand"))
		printOverview(stderr, ctx.lang)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		return help(ctx, args[1:])
	case "version", "-version", "--version":
		return runVersion(ctx, args[1:])
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, pick(ctx.lang, "ntm: không có lệnh %q\n", "ntm: unknown subcommand %q\n"), name)
		printOverview(stderr, ctx.lang)
		return exitUsage
	}
	ctx.cmd = c
	return c.run(ctx, args[1:])
}

// leadingLang reads a --lang flag at the start of args (--lang V, -lang V,
// --lang=V, -lang=V): its value and how many arguments it takes (0 when
// its value is missing); given is false when args does not begin with one.
func leadingLang(args []string) (value string, n int, given bool) {
	a := args[0]
	if a == "--lang" || a == "-lang" {
		if len(args) < 2 {
			return "", 0, true
		}
		return args[1], 2, true
	}
	for _, p := range []string{"--lang=", "-lang="} {
		if v, ok := strings.CutPrefix(a, p); ok {
			return v, 1, true
		}
	}
	return "", 0, false
}

func help(ctx *cmdContext, args []string) int {
	var names []string
	for i := 0; i < len(args); i++ {
		if args[i] == "--lang" || args[i] == "-lang" {
			i++
			continue
		}
		if !strings.HasPrefix(args[i], "-") {
			names = append(names, args[i])
		}
	}
	if len(names) == 0 {
		printOverview(ctx.Stdout, ctx.lang)
		return exitOK
	}
	switch names[0] {
	case "help":
		fmt.Fprint(ctx.Stdout, pick(ctx.lang, "Cách dùng: ntm help [LỆNH]\n\n"+
			"In danh sách các lệnh, hoặc các cờ và ví dụ của một lệnh.\n\n"+
			"Ví dụ:\n  ntm help eval\n", "Usage: ntm help [SUBCOMMAND]\n\n"+
			"Show the list of subcommands, or the flags and an example of one.\n\n"+
			"Example:\n  ntm help eval\n"))
		return exitOK
	case "version":
		fmt.Fprint(ctx.Stdout, versionCommand(ctx.lang).usage)
		return exitOK
	}
	c, ok := commands[names[0]]
	if !ok {
		fmt.Fprintf(ctx.Stderr, pick(ctx.lang, "ntm help: không có lệnh %q\n", "ntm help: unknown subcommand %q\n"), names[0])
		printOverview(ctx.Stderr, ctx.lang)
		return exitUsage
	}
	printUsage(ctx.Stdout, c, ctx.lang)
	return exitOK
}

// pick returns vi, or en when lang is "en".
func pick(lang, vi, en string) string {
	if lang == "en" {
		return en
	}
	return vi
}

func printOverview(w io.Writer, lang string) {
	if lang != "en" {
		printOverviewVI(w)
		return
	}
	fmt.Fprintln(w, "Usage: ntm SUBCOMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Subcommands:")
	names, width := commandNames()
	for _, n := range names {
		fmt.Fprintf(w, "  %-*s  %s\n", width, n, commands[n].synopsis)
	}
	fmt.Fprintf(w, "  %-*s  %s\n", width, "help", "show the usage of ntm or of one subcommand")
	fmt.Fprintf(w, "  %-*s  %s\n", width, "version", "print the version of ntm")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'ntm help SUBCOMMAND' for its flags and an example.")
	fmt.Fprintln(w, "Exit status: 0 success, 1 some input invalid, 2 usage error.")
}

// commandNames returns the names of the subcommands, sorted, and the
// width of the column that lists them (help and version too).
func commandNames() (names []string, width int) {
	names = make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	slices.Sort(names)
	width = len("version")
	for _, n := range names {
		width = max(width, len(n))
	}
	return names, width
}

// printOverviewVI is printOverview in Vietnamese.
func printOverviewVI(w io.Writer) {
	fmt.Fprintln(w, "Cách dùng: ntm LỆNH [cờ] [tham số]   (--lang en: tiếng Anh)")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Các lệnh:")
	names, width := commandNames()
	for _, n := range names {
		syn := commands[n].synopsis
		if h, ok := helpVI[n]; ok && h.synopsis != "" {
			syn = h.synopsis
		}
		fmt.Fprintf(w, "  %-*s  %s\n", width, n, syn)
	}
	fmt.Fprintf(w, "  %-*s  %s\n", width, "help", "cách dùng ntm hoặc một lệnh")
	fmt.Fprintf(w, "  %-*s  %s\n", width, "version", "in phiên bản của ntm")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Chạy 'ntm help LỆNH' để xem các cờ và ví dụ của lệnh.")
	fmt.Fprintln(w, "Mã thoát: 0 thành công, 1 có số liệu không hợp lệ, 2 dùng sai lệnh.")
}

// usageOf returns a command's usage text in lang (English when there is no
// Vietnamese text).
func usageOf(c command, lang string) string {
	if h, ok := helpVI[c.name]; ok && lang != "en" && h.usage != "" {
		return h.usage
	}
	return c.usage
}

func printUsage(w io.Writer, c command, lang string) {
	usage := usageOf(c, lang)
	fmt.Fprint(w, strings.TrimLeft(usage, "\n"))
	if !strings.HasSuffix(usage, "\n") {
		fmt.Fprintln(w)
	}
	if c.flags != nil {
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		c.flags(fs)
		if lang == "en" {
			fmt.Fprintln(w, "\nFlags:")
			fs.SetOutput(w)
			fs.PrintDefaults()
			return
		}
		fmt.Fprintln(w, "\nCác cờ:")
		printFlagsVI(w, fs, helpVI[c.name].flags)
	}
}

// parseFlags defines the command's flags with define and parses args as
// parse does.
func (ctx *cmdContext) parseFlags(define func(*flag.FlagSet), args []string) (pos []string, code int, ok bool) {
	fs := flag.NewFlagSet(ctx.cmd.name, flag.ContinueOnError)
	define(fs)
	return ctx.parse(fs, args)
}

// stdinOnce reports whether standard input ("-") is named at most once
// among the files a command reads; if not, it prints the usage error.
func (ctx *cmdContext) stdinOnce(files []string) bool {
	if stdin := slices.Index(files, "-"); stdin >= 0 && slices.Contains(files[stdin+1:], "-") {
		ctx.usageError("standard input (-) can be read only once")
		return false
	}
	return true
}

// parse parses the command's flags, which may come before, between or
// after the positional arguments ("ntm eval file.json --format json"); "--"
// ends the flags. It returns the positional arguments, or ok false after
// printing the problem and the usage (the exit status is then code: 0 for
// -h, exitUsage otherwise).
func (ctx *cmdContext) parse(fs *flag.FlagSet, args []string) (pos []string, code int, ok bool) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	// --lang given before the subcommand (ntm --lang en eval …) is the
	// default of the subcommand's own.
	if f := fs.Lookup("lang"); f != nil && ctx.lang != "" {
		if err := f.Value.Set(ctx.lang); err == nil {
			f.DefValue = ctx.lang
		}
	}
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			printUsage(ctx.Stdout, ctx.cmd, ctx.lang)
			return nil, exitOK, false
		}
		if err != nil {
			ctx.usageError("%v", flagNamesDashed(err))
			return nil, exitUsage, false
		}
		rest := fs.Args()
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), 0, true
		}
		if len(rest) == 0 {
			return pos, 0, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagNameInError is a flag's name in an error of the flag package, which
// writes it with one dash ("invalid value \"20x\" for flag -year: …").
var flagNameInError = regexp.MustCompile(`^(flag provided but not defined: |flag needs an argument: |invalid value ".*" for flag |invalid boolean value ".*" for )-([^-\s:][^\s:]+)`)

// flagNamesDashed returns err, an error of the flag package, with a flag
// name of more than one letter written with two dashes, as the help and
// the usage lines write it ("--year"); a one-letter flag keeps one ("-o").
func flagNamesDashed(err error) error {
	msg := err.Error()
	if m := flagNameInError.FindStringSubmatchIndex(msg); m != nil {
		return errors.New(msg[:m[3]] + "--" + msg[m[4]:])
	}
	return err
}

// usageError prints a usage problem and the command's usage to stderr.
func (ctx *cmdContext) usageError(format string, args ...any) {
	fmt.Fprintf(ctx.Stderr, "ntm %s: %s\n", ctx.cmd.name, ctx.usageText(format, args...))
	// The synopsis line only; the whole text is one command away.
	synopsis, _, _ := strings.Cut(strings.TrimLeft(usageOf(ctx.cmd, ctx.lang), "\n"), "\n")
	fmt.Fprintf(ctx.Stderr, "%s\n%s\n", synopsis, fmt.Sprintf(pick(ctx.lang,
		"Chạy 'ntm help %s' để xem các cờ và ví dụ.", "Run 'ntm help %s' for the flags and examples."), ctx.cmd.name))
}

// problem prints an input problem (or several, one per line) to standard
// error in the context's language, each line with one prefix: the
// command's ("ntm eval: "), the package prefix of the library's messages
// ("evaluate: ") dropped, the place first.
func (ctx *cmdContext) problem(err error) {
	for _, line := range ctx.problemLines(err) {
		fmt.Fprintf(ctx.Stderr, "ntm %s: %s\n", ctx.cmd.name, line)
	}
}

// problemLines returns the lines problem prints, without the command's
// prefix: one per problem, on one line, the package prefixes dropped. What
// the command put before a problem of the library ("--sets-from: ", the
// file) comes first, then the problem's message in the context's language.
// The problems of a joined error the command wrapped ("--sets-from: "
// before the problems of a file) are on their own lines too.
func (ctx *cmdContext) problemLines(err error) []string {
	lang := problem.VI
	if ctx.lang == "en" {
		lang = problem.EN
	}
	var out []string
	var walk func(err error, outer string)
	walk = func(err error, outer string) {
		if err == nil {
			return
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e, outer)
			}
			return
		}
		if inner, ok := wrappedJoin(err); ok {
			walk(inner, outer+strings.TrimSuffix(err.Error(), inner.Error()))
			return
		}
		var we *writeError
		if errors.As(err, &we) {
			out = append(out, oneLine(outer)+we.text(ctx.lang))
			return
		}
		text := oneLine(outer + err.Error())
		msgs, inner := problem.Lines(err, lang), problem.Lines(err, problem.EN)
		switch {
		case len(msgs) == 1 && len(inner) == 1 && strings.HasSuffix(text, inner[0]):
			// A problem of the library, after what wraps it.
			head := text[:len(text)-len(inner[0])]
			out = append(out, stripPackage(head, "evaluate", "plan", "criteria")+msgs[0])
		case len(msgs) == 1:
			out = append(out, stripPackage(oneLine(outer), "evaluate", "plan", "criteria")+msgs[0])
		default:
			out = append(out, stripPackage(text, "evaluate", "plan", "criteria"))
		}
	}
	walk(err, "")
	return out
}

// wrappedJoin returns the joined error that err wraps (as
// fmt.Errorf("--sets-from: %w", joined) does), if any.
func wrappedJoin(err error) (error, bool) {
	for e := errors.Unwrap(err); e != nil; e = errors.Unwrap(e) {
		if _, ok := e.(interface{ Unwrap() []error }); ok {
			return e, strings.HasSuffix(err.Error(), e.Error())
		}
	}
	return nil, false
}

// stripPackage drops the package prefixes of the library's messages
// ("evaluate: ", "units: ") at the start of s, and those of the packages
// inner after a file name ("hoalac.json: evaluate: "): the command's is
// the only prefix of a message.
func stripPackage(s string, inner ...string) string {
	for {
		t := s
		for _, p := range []string{"evaluate: ", "criteria: ", "plan: ", "units: "} {
			t = strings.TrimPrefix(t, p)
		}
		for _, p := range inner {
			if i := strings.Index(t, ": "+p+": "); i >= 0 {
				t = t[:i+2] + t[i+len(": "+p+": "):]
			}
		}
		if t == s {
			return s
		}
		s = t
	}
}

// oneLine joins the lines of a message.
func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }

// checkOutput reports whether format is one of formats and lang is vi or
// en; otherwise it prints the usage error.
func (ctx *cmdContext) checkOutput(format string, formats []string, lang string) bool {
	if !slices.Contains(formats, format) {
		ctx.usageError("unknown format %q (want %s)", format, orList(formats))
		return false
	}
	if lang != "vi" && lang != "en" {
		ctx.usageError("unknown language %q (want vi or en)", lang)
		return false
	}
	return true
}

// orList writes "a, b or c".
func orList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

// loadCatalog returns the built-in sets, with the definitions of the JSON
// file setsFrom (one object or an array; "-" for standard input) added to
// them or replacing the built-in set of the same ID. Problems name the
// file ([problem.InFile]).
func (ctx *cmdContext) loadCatalog(setsFrom string) (*criteria.Catalog, error) {
	c := criteria.Builtin()
	if setsFrom == "" {
		return c, nil
	}
	var r io.Reader
	if setsFrom == "-" {
		r = ctx.Stdin
	} else {
		f, err := os.Open(setsFrom)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	sets, err := criteria.ReadDefinitions(r)
	if err != nil {
		return nil, problem.InFile(setsFrom, err)
	}
	if err := c.Add(sets...); err != nil {
		return nil, problem.InFile(setsFrom, err)
	}
	return c, nil
}

// versionCommand is ntm version, in lang: it takes no argument, only
// --lang (and -h).
func versionCommand(lang string) command {
	return command{name: "version", usage: pick(lang, "Cách dùng: ntm version\n\n"+
		"In phiên bản của ntm: phiên bản mô-đun đã dựng, hoặc \"devel\".\n", "Usage: ntm version\n\n"+
		"Print the version of ntm: the module version it was built from, or \"devel\".\n")}
}

// runVersion prints the version; an argument is a usage error, as it is
// to every command that takes none.
func runVersion(ctx *cmdContext, args []string) int {
	ctx.cmd = versionCommand(ctx.lang)
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	lang := fs.String("lang", "vi", "`language` of messages: vi or en")
	pos, code, ok := ctx.parse(fs, args)
	if !ok {
		return code
	}
	if *lang != "vi" && *lang != "en" {
		ctx.usageError("unknown language %q (want vi or en)", *lang)
		return exitUsage
	}
	if len(pos) > 0 {
		ctx.usageError("unexpected argument %q", pos[0])
		return exitUsage
	}
	fmt.Fprintln(ctx.Stdout, "ntm", version())
	return exitOK
}

// version is the module version ntm was built from, or "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
