package main

import (
	"flag"
	"io"

	"github.com/nongthonmoi/ntm/htmlreport"
)

func init() {
	register(command{
		name:     "report",
		synopsis: "one printable, self-contained HTML report with charts: areas, criteria grid, progress, shortfalls, plan",
		usage: `Usage: ntm report [--set ID] [--plan PLAN.json [--as-of YYYY-MM-DD]] [-o FILE] [--lang vi|en] [--sets-from F] [--encoding E] FILE...

Evaluates the assessments of every FILE (.json, .csv or .xlsx, of one or several
years; - reads JSON from standard input) and writes one HTML document: self-
contained (no external file, font or script: it opens offline), printable on
A4 portrait with a page break between sections; printed, every page is
headed by the title, the sets and the date made, and footed by its number
(Page 3 of 12) and, for illustrative data, that label. Its header says when
it was made (today), the date of the plan's status with --plan, and the
files read.
For each set, in the latest year assessed:

  - overview by area: communes, communes meeting the set, average criteria
    per commune, as a bar chart with its table, and the criteria most often
    not met, named ("5 Schools (2 communes)");
  - a communes × criteria grid per district coloured by status, with a
    letter in each cell (Đ đạt, C chưa đạt, ? thiếu số liệu, – không áp
    dụng) so that it reads in black and white;
  - progress over the years, with line charts, when several years are given;
  - each commune's shortfalls, closest first, with the gaps in the
    indicator's unit and in natural units (trường, hộ, thôn);

then, with --plan, the plan's status on the --as-of date (today when
omitted): targets with each commune's path, tasks, inspection, and the
warnings of the status as 'ntm plan' gives them (a target commune not on
the inspection route, a target commune abolished on 1/7/2025 with the unit
that succeeded it, …).

--set ID reports only on that set (an ID or alias: 1980, QD933, …), as
'ntm eval --set' evaluates, and is the set of a table (CSV or sheet)
without a set column (Bộ tiêu chí); a JSON assessment names its sets
itself. With --plan it only names the set of such tables: every set is
evaluated, as in 'ntm plan', so that the plan's targets of other sets
keep their status.

Input problems are listed in the report as well as on standard error. Files or
communes named "minh họa", or values whose source says so, are labelled
illustrative (số liệu minh họa).

Exit status: 0 when every input was read; 1 when some input was invalid
(the valid assessments are still reported); 2 for a usage error.

Examples:
  ntm report -o bao-cao.html so-lieu-2018.csv so-lieu-2019.csv so-lieu-2020.csv
  ntm report --set 1980 -o bao-cao.html so-lieu.xlsx
  ntm report --plan plan-47-KH-STNMT.json --as-of 2020-05-05 --lang en -o report.html communes.csv
`,
		flags: reportFlags(new(reportOptions)),
		run:   runReport,
	})
}

type reportOptions struct {
	set, lang, setsFrom, planFile, asOf, out, encoding string
}

func reportFlags(o *reportOptions) func(fs *flag.FlagSet) {
	return func(fs *flag.FlagSet) {
		overYearsSetFlag(fs, &o.set)
		fs.StringVar(&o.lang, "lang", "vi", "`language` of labels: vi or en")
		setsFromFlag(fs, &o.setsFrom)
		fs.StringVar(&o.planFile, "plan", "", "add the status of this plan (`PLAN.json`)")
		fs.StringVar(&o.asOf, "as-of", "", "with --plan, the `date` (YYYY-MM-DD or D/M/YYYY) to report on; today when empty")
		fs.StringVar(&o.out, "o", "", "write the HTML to `file` instead of standard output")
		encodingFlag(fs, &o.encoding)
	}
}

func runReport(ctx *cmdContext, args []string) int {
	var o reportOptions
	files, code, ok := ctx.parseFlags(reportFlags(&o), args)
	if !ok {
		return code
	}
	if !ctx.checkOutput("html", []string{"html"}, o.lang) {
		return exitUsage
	}
	ctx.lang = o.lang
	if !ctx.setEncoding(o.encoding) {
		return exitUsage
	}
	in, code := ctx.readOverYears(files, overYearsFlags{o.set, o.setsFrom, o.planFile, o.asOf}, true)
	if in == nil {
		return code
	}
	err := ctx.writeResult(o.out, func(w io.Writer) error {
		return htmlreport.Write(w, in.reports, in.htmlOptions(o.lang))
	})
	if err != nil {
		in.fail(err)
		return exitInput
	}
	return in.status
}
