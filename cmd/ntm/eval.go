package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

func init() {
	register(command{
		name:     "eval",
		synopsis: "evaluate commune assessments (JSON or CSV) against criteria sets: reports or a summary",
		usage: `Usage: ntm eval [--set ID] [--format text|markdown|json|csv] [--lang vi|en] [--sets-from F] [--summary] [--encoding E] FILE...

Evaluates every assessment of each FILE against every set it has values for
(or only the set of --set) and prints one report per (assessment, set): the
status of each indicator and criterion, the gap to each target not met (in
the indicator's unit and, for shares with a unit, in natural units such as
"1 trường"), the prerequisite and the warnings. Text ends each report with
"Đạt N/M tiêu chí" ("Met N/M criteria" with --lang en).

FILE is an assessment in JSON (.json) or a CSV table (.csv) of the formats
specification: long (one row per indicator) or wide (one row per commune,
a column per indicator code; --set gives the set of a table without a set
column), separated by ',', ';' or tab, with English or Vietnamese headers.
CSV is read as UTF-8; --encoding windows-1258 or utf-16 reads other files
(a UTF-16 file with a byte-order mark is recognised by itself). "-" reads
JSON from standard input. --sets-from reads set
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
	set, format, lang, setsFrom string
	encoding                    string
	summary                     bool
}

func evalFlags(o *evalOptions) func(fs *flag.FlagSet) {
	return func(fs *flag.FlagSet) {
		fs.StringVar(&o.set, "set", "", "evaluate only against the set with this `ID` or alias (1980, QD933, …)")
		fs.StringVar(&o.format, "format", "text", "output `format`: text, markdown, json or csv")
		fs.StringVar(&o.lang, "lang", "vi", "`language` of labels and warnings: vi or en")
		fs.StringVar(&o.setsFrom, "sets-from", "", "read set definitions (JSON) from `file` (- for standard input)")
		fs.BoolVar(&o.summary, "summary", false, "print the summary of all reports instead of the reports")
		fs.StringVar(&o.encoding, "encoding", "", "character `encoding` of CSV files not in UTF-8: windows-1258 or utf-16")
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
	case !ctx.checkOutput(o.format, []string{"text", "markdown", "json", "csv"}, o.lang):
		return exitUsage
	}
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

	switch strings.ToLower(o.encoding) {
	case "", "utf-8", "utf8", "windows-1258", "cp1258", "utf-16", "utf16":
	default:
		ctx.usageError("--encoding: unknown encoding %q (want windows-1258 or utf-16)", o.encoding)
		return exitUsage
	}
	ctx.tables = evaluate.TableOptions{Set: o.set, Encoding: o.encoding}

	status := exitOK
	ropt := evaluate.RenderOptions{Lang: o.lang}
	if o.format == "json" && !o.summary {
		// Stream: each report is written as soon as it is made, so that a
		// province-wide file does not have to fit in memory as reports.
		enc := evaluate.NewJSONEncoder(ctx.Stdout, ropt)
		if !evaluateFiles(ctx, files, cat, only, false, fail, func(r *evaluate.Report) { enc.Encode(r) }) {
			status = exitInput
		}
		err = enc.Close()
	} else {
		reports, ok := collectReports(ctx, files, cat, only, o.summary, fail)
		if !ok {
			status = exitInput
		}
		err = writeReports(ctx, reports, o, ropt)
	}
	if err != nil {
		fail(err)
		return exitInput
	}
	return status
}

// writeReports writes the reports, or with --summary their summary, in the
// chosen format.
func writeReports(ctx *cmdContext, reports []evaluate.Report, o evalOptions, ropt evaluate.RenderOptions) error {
	if o.summary {
		s := evaluate.Summarize(reports)
		switch o.format {
		case "json":
			return evaluate.WriteSummaryJSON(ctx.Stdout, s, ropt)
		case "csv":
			return evaluate.WriteSummaryCSV(ctx.Stdout, s, ropt)
		case "markdown":
			return evaluate.WriteSummaryMarkdown(ctx.Stdout, s, ropt)
		}
		return evaluate.WriteSummaryText(ctx.Stdout, s, ropt)
	}
	switch o.format {
	case "json":
		return evaluate.WriteJSON(ctx.Stdout, reports, ropt)
	case "csv":
		return evaluate.WriteCSV(ctx.Stdout, reports, ropt)
	case "markdown":
		return evaluate.WriteMarkdown(ctx.Stdout, reports, ropt)
	}
	return evaluate.WriteText(ctx.Stdout, reports, ropt)
}
