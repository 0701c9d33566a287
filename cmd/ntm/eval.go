package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/workbook"
)

func init() {
	register(command{
		name:     "eval",
		synopsis: "evaluate commune assessments (JSON or CSV) against criteria sets: reports or a summary",
		usage: `Usage: ntm eval [--set ID] [--format text|markdown|json|csv] [--lang vi|en] [--sets-from F] [--summary] FILE...

Evaluates every assessment of each FILE against every set it has values for
(or only the set of --set) and prints one report per (assessment, set): the
status of each indicator and criterion, the gap to each target not met (in
the indicator's unit and, for shares with a unit, in natural units such as
"1 trường"), the prerequisite and the warnings. Text ends each report with
"Đạt N/M tiêu chí" ("Met N/M criteria" with --lang en).

FILE is an assessment in JSON (.json) or the long CSV (.csv) of the formats
specification; "-" reads JSON from standard input. --sets-from reads set
definitions (JSON) that add to or replace the built-in sets (e.g. the
official text of 933/QĐ-UBND). --summary prints, instead of the reports,
their summary per set and year over all communes, per province and per
district (communes evaluated and meeting the set, average criteria met per
commune, each criterion's tally, the criteria most often missed); a commune
assessed twice for the same set and year is then an input problem and
counts once.

Exit status: 0 when every input was read and evaluated, whatever the
outcome; 1 when some input was invalid (each problem is printed to standard
error with its file and location; the valid assessments are still evaluated
and printed); 2 for a usage error (unknown flag or --set, no FILE).

Examples:
  ntm eval hoalac.json
  ntm eval --set 1980 --format json --lang en communes.csv
  ntm eval --summary --format markdown communes.csv > tong-hop.md
  cat hoalac.json | ntm eval --format csv -
`,
		flags: evalFlags(new(evalOptions)),
		run:   runEval,
	})
}

type evalOptions struct {
	set, format, lang, setsFrom, out string
	summary                          bool
}

func evalFlags(o *evalOptions) func(fs *flag.FlagSet) {
	return func(fs *flag.FlagSet) {
		fs.StringVar(&o.set, "set", "", "evaluate only against the set with this `ID` or alias (1980, QD933, …)")
		fs.StringVar(&o.format, "format", "text", "output `format`: text, markdown, json, csv or xlsx")
		fs.StringVar(&o.lang, "lang", "vi", "`language` of labels and warnings: vi or en")
		fs.StringVar(&o.setsFrom, "sets-from", "", "read set definitions (JSON) from `file` (- for standard input)")
		fs.BoolVar(&o.summary, "summary", false, "print the summary of all reports instead of the reports")
		fs.StringVar(&o.out, "o", "", "write the output to `FILE` instead of standard output")
	}
}

func runEval(ctx *cmdContext, args []string) int {
	var o evalOptions
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	evalFlags(&o)(fs)
	files, code, ok := ctx.parse(fs, args)
	if !ok {
		return code
	}
	switch {
	case len(files) == 0:
		ctx.usageError("no assessment FILE given")
		return exitUsage
	case !ctx.checkOutput(o.format, []string{"text", "markdown", "json", "csv", "xlsx"}, o.lang):
		return exitUsage
	case o.format == "xlsx" && o.out == "" && isTerminal(ctx.Stdout):
		ctx.usageError("a workbook is not written to a terminal: give -o FILE or redirect the output")
		return exitUsage
	}
	ctx.lang, ctx.set = o.lang, o.set
	stdin := 0
	for _, f := range append([]string{o.setsFrom}, files...) {
		if f == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		ctx.usageError("standard input (-) can be read only once")
		return exitUsage
	}

	fail := func(err error) {
		fmt.Fprintf(ctx.Stderr, "ntm eval: %s\n", strings.ReplaceAll(err.Error(), "\n", "\nntm eval: "))
	}
	cat, err := ctx.loadCatalog(o.setsFrom)
	if err != nil {
		fail(fmt.Errorf("--sets-from: %w", err))
		return exitInput
	}
	var only *criteria.Set
	if o.set != "" {
		if only, err = cat.Lookup(o.set); err != nil {
			ctx.usageError("--set: %v", err)
			return exitUsage
		}
	}

	out, err := ctx.output(o.out, o.format)
	if err != nil {
		fail(err)
		return exitInput
	}
	status := exitOK
	ropt := evaluate.RenderOptions{Lang: o.lang}
	if o.format == "json" && !o.summary {
		// Stream: each report is written as soon as it is made, so that a
		// province-wide file does not have to fit in memory as reports.
		enc := evaluate.NewJSONEncoder(out, ropt)
		if !evaluateFiles(ctx, files, cat, only, false, fail, func(r *evaluate.Report) { enc.Encode(r) }) {
			status = exitInput
		}
		err = enc.Close()
	} else {
		// With --summary, the communes left out are named in the summary.
		var excluded []evaluate.Excluded
		failAndCount := func(err error) {
			excluded = append(excluded, evaluate.ExcludedOf(err)...)
			fail(err)
		}
		reports, ok := collectReports(ctx, files, cat, only, o.summary, failAndCount)
		if !ok {
			status = exitInput
		}
		err = writeReports(out, reports, excluded, o, ropt)
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fail(err)
		return exitInput
	}
	return status
}

// writeReports writes the reports, or with --summary their summary, in the
// chosen format.
func writeReports(w io.Writer, reports []evaluate.Report, excluded []evaluate.Excluded, o evalOptions, ropt evaluate.RenderOptions) error {
	if o.summary {
		s := evaluate.Summarize(reports)
		s.Excluded = excluded
		switch o.format {
		case "xlsx":
			return workbook.WriteSummary(w, s, ropt)
		case "json":
			return evaluate.WriteSummaryJSON(w, s, ropt)
		case "csv":
			return evaluate.WriteSummaryCSV(w, s, ropt)
		case "markdown":
			return evaluate.WriteSummaryMarkdown(w, s, ropt)
		}
		return evaluate.WriteSummaryText(w, s, ropt)
	}
	switch o.format {
	case "xlsx":
		return workbook.WriteReports(w, reports, ropt)
	case "json":
		return evaluate.WriteJSON(w, reports, ropt)
	case "csv":
		return evaluate.WriteCSV(w, reports, ropt)
	case "markdown":
		return evaluate.WriteMarkdown(w, reports, ropt)
	}
	return evaluate.WriteText(w, reports, ropt)
}
