// Command province is an evaluation script over a whole province: it
// evaluates about 200 communes (xã) of Lạng Sơn for 2020 against the
// national set 1980/QĐ-TTg and summarises them by district (huyện): how
// many communes meet the standard (đạt chuẩn), the average number of
// criteria met per commune (tiêu chí bình quân/xã), and the criteria most
// often missed.
//
// By default the input is generated: a long-form assessment CSV (the
// "Assessment, CSV" format of the specification) of illustrative communes —
// số liệu minh họa, invented figures, not official data — named
// "Xã minh họa 001", "Xã minh họa 002", … and spread over the real districts
// of Lạng Sơn. The generator is deterministic: the same -n and -seed give
// the same file byte for byte. Every row's source column says
// "số liệu minh họa (illustrative)", and so does the output.
//
// The program decodes the CSV with [evaluate.DecodeCSV], evaluates each
// commune with [evaluate.RunAll], tallies the reports with
// [evaluate.Summarize], prints the summary as text and writes it as
// Markdown and CSV, with the per-indicator reports as CSV, into a directory.
// It also writes the HTML report ([htmlreport.Write]) of three years: the
// generated 2020 and two earlier illustrative years derived from it
// (generateEarlier), so that the report shows progress; with -in, the HTML
// report of the input's years.
//
// Usage:
//
//	go run ./examples/province [-n 200] [-seed 2020] [-lang vi|en] [-out DIR] [-write-csv FILE] [-in FILE.csv]
//
// Flags:
//
//	-n N           communes to generate (default 200)
//	-seed S        seed of the generator (default 2020)
//	-in FILE       evaluate this assessment file (.csv or .json) instead of
//	               generating one
//	-write-csv F   also save the generated CSV to F
//	-out DIR       directory for summary.md, summary.csv, reports.csv and
//	               report.html (named minh-hoa-summary.md, … for generated data;
//	               default: a new temporary directory, printed at the end)
//	-lang vi|en    language of the labels (default vi)
//
// Exit status: 0 when every row was read, 1 when some input was invalid
// (the problems go to standard error; the valid communes are still
// evaluated), 2 for a usage error.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/htmlreport"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// options are the program's flags.
type options struct {
	n        int
	seed     uint64
	in       string
	writeCSV string
	out      string
	lang     string
}

// run is the program: it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	var o options
	fs := flag.NewFlagSet("province", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&o.n, "n", 200, "number of illustrative communes to generate")
	fs.Uint64Var(&o.seed, "seed", 2020, "seed of the generator")
	fs.StringVar(&o.in, "in", "", "evaluate this assessment `file` (.csv or .json) instead of generating one")
	fs.StringVar(&o.writeCSV, "write-csv", "", "save the generated CSV to this `file`")
	fs.StringVar(&o.out, "out", "", "`directory` for the Markdown and CSV files (default: a new temporary directory)")
	fs.StringVar(&o.lang, "lang", "vi", "`language` of labels: vi or en")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "province: unexpected arguments %q\n", fs.Args())
		return 2
	case o.lang != "vi" && o.lang != "en":
		fmt.Fprintf(stderr, "province: unknown language %q (want vi or en)\n", o.lang)
		return 2
	case o.in != "" && o.writeCSV != "":
		fmt.Fprintln(stderr, "province: -write-csv saves a generated CSV; it cannot be used with -in")
		return 2
	case o.in == "" && o.n < 1:
		fmt.Fprintf(stderr, "province: -n must be ≥ 1 (got %d)\n", o.n)
		return 2
	}
	status, err := evaluateProvince(o, stdout, stderr)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return status
}

// evaluateProvince reads or generates the input, evaluates it, prints the
// summary and writes the files. It returns 1 when some input was invalid.
func evaluateProvince(o options, stdout, stderr io.Writer) (int, error) {
	en := o.lang == "en"
	cat := criteria.Builtin()
	status := 0
	var assessments []evaluate.Assessment
	var base []byte // the generated CSV, nil with -in
	var err error
	name, prefix := o.in, ""
	if o.in != "" {
		if _, statErr := os.Stat(o.in); statErr != nil {
			return 1, fmt.Errorf("province: %w", statErr)
		}
		assessments, err = evaluate.ReadFile(o.in, cat)
	} else {
		var b bytes.Buffer
		if err := generate(&b, o.n, o.seed); err != nil {
			return 1, err
		}
		// Files made from generated data say so in their names.
		name, prefix = "minh-hoa-lang-son-2020.csv", "minh-hoa-"
		if o.writeCSV != "" {
			if err := os.WriteFile(o.writeCSV, b.Bytes(), 0o644); err != nil {
				return 1, fmt.Errorf("province: %w", err)
			}
		}
		base = b.Bytes()
		assessments, err = evaluate.DecodeCSV(bytes.NewReader(base), name, cat)
	}
	if err != nil {
		status = 1
		printErrors(stderr, err)
	}
	var reports []evaluate.Report
	for i := range assessments {
		rs, err := evaluate.RunAll(cat, &assessments[i])
		if err != nil {
			status = 1
			printErrors(stderr, err)
		}
		reports = append(reports, rs...)
	}
	summary := evaluate.Summarize(reports)
	opt := evaluate.RenderOptions{Lang: o.lang}

	banner := inputBanner(o, name, len(assessments), en)
	fmt.Fprintln(stdout, banner)
	fmt.Fprintln(stdout)
	if err := evaluate.WriteSummaryText(stdout, summary, opt); err != nil {
		return 1, err
	}

	dir := o.out
	if dir == "" {
		d, err := os.MkdirTemp("", "ntm-province-")
		if err != nil {
			return 1, fmt.Errorf("province: %w", err)
		}
		dir = d
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return 1, fmt.Errorf("province: %w", err)
	}
	files := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"summary.md", func(w io.Writer) error {
			if _, err := fmt.Fprintf(w, "> %s\n\n", banner); err != nil {
				return err
			}
			return evaluate.WriteSummaryMarkdown(w, summary, opt)
		}},
		{"summary.csv", func(w io.Writer) error { return evaluate.WriteSummaryCSV(w, summary) }},
		{"reports.csv", func(w io.Writer) error { return evaluate.WriteCSV(w, reports) }},
	}
	fmt.Fprintln(stdout)
	for _, f := range files {
		path := filepath.Join(dir, prefix+f.name)
		if err := writeFile(path, f.write); err != nil {
			return 1, err
		}
		wrote(stdout, path, en)
	}

	// The HTML report: of the input, or of three generated years.
	all := reports
	if base != nil {
		earlier, err := generateEarlier(base, o.seed)
		if err != nil {
			return 1, err
		}
		all = nil
		for _, y := range earlierYears {
			as, err := evaluate.DecodeCSV(bytes.NewReader(earlier[y]), fmt.Sprintf("minh-hoa-lang-son-%d.csv", y), cat)
			if err != nil {
				return 1, err
			}
			for i := range as {
				rs, err := evaluate.RunAll(cat, &as[i])
				if err != nil {
					return 1, err
				}
				all = append(all, rs...)
			}
		}
		all = append(all, reports...)
	}
	path := filepath.Join(dir, prefix+"report.html")
	var inputs []string // the report's header names the file read
	if o.in != "" {
		inputs = []string{o.in}
	}
	err = writeFile(path, func(w io.Writer) error {
		return htmlreport.Write(w, all, htmlreport.Options{Lang: o.lang, Illustrative: base != nil, Inputs: inputs})
	})
	if err != nil {
		return 1, err
	}
	wrote(stdout, path, en)
	return status, nil
}

func wrote(stdout io.Writer, path string, en bool) {
	if en {
		fmt.Fprintf(stdout, "Wrote %s\n", path)
	} else {
		fmt.Fprintf(stdout, "Đã ghi %s\n", path)
	}
}

// inputBanner says what was evaluated; for generated input, that the
// figures are illustrative.
// Vietnamese nouns have no plural: "1 xã", "60 xã".
func inputBanner(o options, name string, communes int, en bool) string {
	switch {
	case o.in != "" && en:
		return fmt.Sprintf("Input: %s (%s)", name, communesEN(communes, ""))
	case o.in != "":
		return fmt.Sprintf("Đầu vào: %s (%d xã)", name, communes)
	case en:
		return fmt.Sprintf("Illustrative data (số liệu minh họa): %s of %s, seed %d — not official figures.",
			communesEN(communes, "invented "), province, o.seed)
	default:
		return fmt.Sprintf("Số liệu minh họa (illustrative): %d xã giả định của tỉnh %s, seed %d — không phải số liệu chính thức.",
			communes, province, o.seed)
	}
}

// communesEN counts communes in English, adj before the noun: "1 commune",
// "60 invented communes".
func communesEN(n int, adj string) string {
	if n == 1 {
		return fmt.Sprintf("%d %scommune", n, adj)
	}
	return fmt.Sprintf("%d %scommunes", n, adj)
}

// writeFile creates path and writes it with write, reporting the first
// error of writing or closing.
func writeFile(path string, write func(io.Writer) error) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("province: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("province: %w", cerr)
		}
	}()
	if err := write(f); err != nil {
		return fmt.Errorf("province: %s: %w", path, err)
	}
	return nil
}

// printErrors prints each joined error on its own line.
func printErrors(w io.Writer, err error) {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			fmt.Fprintln(w, e)
		}
		return
	}
	var ie *evaluate.InputError
	if errors.As(err, &ie) {
		fmt.Fprintln(w, ie)
		return
	}
	fmt.Fprintln(w, err)
}
