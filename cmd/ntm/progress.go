package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/htmlreport"
	"github.com/nongthonmoi/ntm/internal/evalbridge"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/placenames"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/progress"
)

func init() {
	register(command{
		name:     "progress",
		synopsis: "progress over the years: communes meeting the set, average criteria, regressions, plan targets",
		usage: `Usage: ntm progress [--set ID] [--format text|markdown|json|csv|html] [--lang vi|en] [--sets-from F] [--plan PLAN.json [--as-of YYYY-MM-DD]] [--encoding E] [-o FILE] FILE...

Evaluates the assessments of every FILE (.json, .csv or .xlsx, of any years; -
reads JSON from standard input) and prints how communes and areas fared
year by year:

  - per area (each district, each province, then all communes) and year: the
    communes evaluated, those meeting the set and the average criteria met
    per commune (exact, rounded half-up to 2 decimals), the figures of
    'ntm eval --summary' year by year;
  - per commune and set: each year's status and criteria met, the first
    year the set was met, and the criteria met one assessed year and not
    met the next (regressions).

A commune's assessments are matched by name, district and province,
ignoring case, Unicode normalisation form, where the tone mark sits (Hoà is
Hòa) and the prefixes Xã, Huyện, Tỉnh; one assessed twice for the same set
and year is an input problem and counts once. A name written entirely
without diacritics (Lang Son) is the one known name it folds to (of the
list of units, or read with diacritics in the input); one that may be two
(Nhat Tien: Nhật Tiến or Nhất Tiến), and two names that differ only in
diacritics (Hòa Lạc, Hoà Lac), are kept apart with a warning, on standard
error and, in text, Markdown and HTML, in the output (Cảnh báo về số
liệu).

From 2026 a commune is followed under its name and province, apart from
the commune of its name and district before: in the registry of units,
every unit of 1/7/2025 is a new unit (Nghị quyết 1672/NQ-UBTVQH15). Beside
the figures the output says what the registry states (Sắp xếp đơn vị hành
chính cấp xã): the unit a former commune went into, the former communes a
new unit was formed from, each with its last year assessed; in JSON in
"unit", "successors", "formed_from", in CSV in the columns unit,
successors, formed_from, basis.

--set ID evaluates only against that set (an ID or alias: 1980, QD933,
…), as 'ntm eval --set' does, and is the set of a table (CSV or sheet)
without a set column (Bộ tiêu chí); a JSON assessment names its sets
itself. A table whose set column names another set keeps it.

With --plan, each target commune of the plan is followed to its target:
criteria met by year, what is still short, and whether the target year is
over on the --as-of date (today when omitted); then come the warnings of
the plan's status, as 'ntm plan' gives them (a target commune not on the
inspection route, a target commune abolished on 1/7/2025 with the unit
that succeeded it, …): in text and Markdown under "Cảnh báo về kế hoạch"
("Warnings on the plan"), in JSON in the plan's "warnings"; in CSV, each
target has a row per year assessed (scope target). With --plan, --set only
names the set of tables without a set column: every set is evaluated, as
in 'ntm plan', so that the plan's targets of other sets are followed (a
933/QĐ-UBND target with its prerequisite 1980/QĐ-TTg). --format html
writes the HTML report of 'ntm report'.

Exit status: 0 when every input was read; 1 when some input was invalid
(each problem is printed to standard error; the valid assessments are still
counted); 2 for a usage error.

Examples:
  ntm progress so-lieu-2018.csv so-lieu-2019.csv so-lieu-2020.csv
  ntm progress --set 1980 so-lieu-2019.xlsx so-lieu-2020.xlsx
  ntm progress --format json --plan plan-47-KH-STNMT.json --as-of 2020-05-05 communes.csv
`,
		flags: progressFlags(new(progressOptions)),
		run:   runProgress,
	})
}

type progressOptions struct {
	set, format, lang, setsFrom, planFile, asOf, out, encoding string
}

func progressFlags(o *progressOptions) func(fs *flag.FlagSet) {
	return func(fs *flag.FlagSet) {
		overYearsSetFlag(fs, &o.set)
		fs.StringVar(&o.format, "format", "text", "output `format`: text, markdown, json, csv or html")
		fs.StringVar(&o.lang, "lang", "vi", "`language` of labels: vi or en")
		setsFromFlag(fs, &o.setsFrom)
		fs.StringVar(&o.planFile, "plan", "", "follow the targets of this plan (`PLAN.json`)")
		fs.StringVar(&o.asOf, "as-of", "", "with --plan, the `date` (YYYY-MM-DD or D/M/YYYY) to report on; today when empty")
		fs.StringVar(&o.out, "o", "", "write to `file` instead of standard output")
		encodingFlag(fs, &o.encoding)
	}
}

func runProgress(ctx *cmdContext, args []string) int {
	var o progressOptions
	files, code, ok := ctx.parseFlags(progressFlags(&o), args)
	if !ok {
		return code
	}
	if !ctx.checkOutput(o.format, []string{"text", "markdown", "json", "csv", "html"}, o.lang) {
		return exitUsage
	}
	ctx.lang = o.lang
	if !ctx.setEncoding(o.encoding) {
		return exitUsage
	}
	// Only the HTML report needs every report; the other formats keep the
	// progress tallies, and the reports of the plan's targets.
	in, code := ctx.readOverYears(files, overYearsFlags{o.set, o.setsFrom, o.planFile, o.asOf}, o.format == "html")
	if in == nil {
		return code
	}
	prog := in.tracker.Progress()
	popt := progress.Options{Lang: o.lang, Excluded: in.excluded, Warnings: in.warnings}
	if in.plan != nil {
		path := progress.TargetsWith(in.catalog, in.plan, in.reports, prog, in.asOf)
		popt.Plan = &path
	}
	err := ctx.writeResult(o.out, func(w io.Writer) error {
		if o.format == "html" {
			return htmlreport.Write(w, in.reports, in.htmlOptions(o.lang))
		}
		popt.Format = o.format
		if o.format == "csv" && o.out != "" {
			// As every CSV written to a file (see utf8BOM).
			if _, err := io.WriteString(w, utf8BOM); err != nil {
				return err
			}
		}
		if in.illus.found && (o.format == "text" || o.format == "markdown") {
			if _, err := io.WriteString(w, illustrativeLabel(o.format, o.lang)+"\n"); err != nil {
				return err
			}
		}
		return progress.Write(w, prog, popt)
	})
	if err != nil {
		in.fail(err)
		return exitInput
	}
	return in.status
}

// overYears is what progress and report read: the reports of every file,
// the plan when one is given, and the problems met.
type overYears struct {
	tracker progress.Tracker
	// reports are every report read with keepAll, else only those of the
	// plan's target communes.
	reports []evaluate.Report
	plan    *plan.Plan
	asOf    plan.Date
	// catalog holds the built-in sets and those of --sets-from, which the
	// reports were evaluated against and the plan's status reads.
	catalog  *criteria.Catalog
	problems []string
	// warnings are the warnings on the names read, one a line, then those
	// of units.
	warnings []string
	// units are the reports' warnings on their communes as units.
	units    unitNotes
	excluded []progress.Excluded
	files    []string
	// inputs are every file read: the assessments, the plan, the set
	// definitions.
	inputs []string
	// illus tells whether what was read is illustrative data.
	illus  illustrative
	status int
	fail   func(error)
}

// overYearsFlags are the flags of progress and report that readOverYears
// reads: --set, --sets-from, --plan and --as-of.
type overYearsFlags struct{ set, setsFrom, planFile, asOf string }

// overYearsSetFlag registers the --set of progress and report.
func overYearsSetFlag(fs *flag.FlagSet, p *string) {
	fs.StringVar(p, "set", "", "evaluate only against the set with this `ID` or alias (1980, QD933, …); also the set of tables without a set column; with --plan, only that: the plan's targets of every set are followed")
}

// readOverYears reads the catalog, the plan (when f.planFile is not empty)
// and the assessment files, and evaluates them into the tracker (a commune
// assessed twice for the same set and year counts once), keeping every
// report with keepAll and otherwise only the plan targets'. f.set (--set)
// is the set of tables without a set column and, without a plan, the only
// set evaluated, as in ntm eval; with a plan every set is, so that the
// status of the plan's targets of other sets is not lost. It returns nil
// and the exit status on a usage error or an unreadable catalog or plan.
func (ctx *cmdContext) readOverYears(files []string, f overYearsFlags, keepAll bool) (*overYears, int) {
	in, ok := ctx.startOverYears(files, f.setsFrom, f.planFile, f.asOf)
	if !ok {
		return nil, exitUsage
	}
	cat, only, code, ok := in.readCatalogAndPlan(ctx, f)
	if !ok {
		return nil, code
	}
	in.catalog = cat
	if in.plan != nil {
		only = nil
	}
	names := ctx.runNames()
	evalbridge.SetTrackerNames(&in.tracker, names.Canonical)
	if in.plan != nil {
		names.AddPlan(f.planFile, in.plan)
	}
	in.evaluate(ctx, cat, only, keepAll)
	names.CanonicalReports(in.reports)
	if in.plan != nil {
		names.CanonicalPlan(in.plan)
	}
	// The warnings on names, printed on standard error, are listed in the
	// HTML report and in the text and Markdown progress too, as ntm plan
	// writes them into the plan's status.
	for _, w := range names.Warnings(ctx.lang) {
		in.warnings = append(in.warnings, w.String())
	}
	// So are the reports' warnings on their communes as units, which no
	// report shown carries.
	in.units.warn(func(line string) { fmt.Fprintf(ctx.Stderr, "ntm %s: %s\n", ctx.cmd.name, line) })
	in.warnings = append(in.warnings, in.units.lines()...)
	return in, exitOK
}

// startOverYears checks the files and flags of readOverYears and returns
// what it reads into, its date of the plan's status that of asOf or today;
// a usage error is said on standard error and gives false.
func (ctx *cmdContext) startOverYears(files []string, setsFrom, planFile, asOf string) (*overYears, bool) {
	if len(files) == 0 {
		ctx.usageError("no assessment FILE given")
		return nil, false
	}
	if asOf != "" && planFile == "" {
		ctx.usageError("--as-of needs --plan")
		return nil, false
	}
	if !ctx.stdinOnce(append([]string{setsFrom, planFile}, files...)) {
		return nil, false
	}
	in := &overYears{files: files, asOf: plan.DateOf(time.Now())}
	in.inputs = slices.DeleteFunc(append(slices.Clone(files), planFile, setsFrom), func(f string) bool { return f == "" })
	if asOf != "" {
		d, ok := parseDateFlag(asOf)
		if !ok {
			ctx.usageError("--as-of: %q is not a date YYYY-MM-DD or D/M/YYYY", asOf)
			return nil, false
		}
		in.asOf = d
	}
	prefix := "ntm " + ctx.cmd.name + ": "
	in.fail = func(err error) {
		for _, line := range in.lines(ctx, err) {
			fmt.Fprintf(ctx.Stderr, "%s%s\n", prefix, line)
		}
	}
	return in, true
}

// readCatalogAndPlan reads the catalog (with the definitions of
// --sets-from), the set of --set in it (nil without it) and the plan of
// --plan when there is one, saying its warnings; a problem is said on
// standard error and gives false with the exit status: exitUsage for an
// unknown --set, as in ntm eval, else exitInput.
func (in *overYears) readCatalogAndPlan(ctx *cmdContext, f overYearsFlags) (*criteria.Catalog, *criteria.Set, int, bool) {
	cat, err := ctx.loadCatalog(f.setsFrom)
	if err != nil {
		in.fail(fmt.Errorf("--sets-from: %w", err))
		return nil, nil, exitInput, false
	}
	only, ok := ctx.tableSet(cat, f.set)
	if !ok {
		return nil, nil, exitUsage, false
	}
	if f.planFile != "" {
		p, warnings, err := readPlanFile(ctx, f.planFile, cat)
		if err != nil {
			in.fail(err)
			return nil, nil, exitInput, false
		}
		ctx.warnings(f.planFile, warnings)
		in.plan = p
	}
	return cat, only, 0, true
}

// evaluate evaluates the assessment files against cat (only against only
// when it is not nil, as evaluateFiles does) into the tracker and the
// reports kept (see keeper), taking back the reports of a commune
// assessed before under another spelling, and lists the problems met; the
// status is exitInput when a file had a problem or nothing was evaluated.
func (in *overYears) evaluate(ctx *cmdContext, cat *criteria.Catalog, only *criteria.Set, keepAll bool) {
	fail := func(err error) {
		in.fail(err)
		in.problems = append(in.problems, in.lines(ctx, err)...)
	}
	// Every output names what was left out, as the summary of ntm eval does.
	ctx.exclude = func(err error) { in.excluded = append(in.excluded, evaluate.ExcludedOf(err)...) }
	in.illus.files(in.files)
	keep := in.keeper(keepAll)
	// The reports taken back, by index: of a commune assessed before
	// under another spelling. The tracker counts a commune's year once,
	// as first added, by itself.
	var takenBack []int
	in.units.lang = ctx.lang
	hold := func(r *evaluate.Report) func() {
		in.illus.reports([]evaluate.Report{*r})
		in.units.add(r)
		i := keep(r)
		if i < 0 {
			return nil
		}
		return func() { takenBack = append(takenBack, i) }
	}
	ok, n, read := evaluateFiles(ctx, in.files, cat, only, hold, fail, func(rs []evaluate.Report) {
		in.illus.reports(rs)
		for i := range rs {
			in.units.add(&rs[i])
			keep(&rs[i])
		}
	})
	if !ok {
		in.status = exitInput
	}
	in.reports = dropIndices(in.reports, takenBack)
	if err := read.nothing(only, n); err != nil {
		fail(err)
	}
	if n == 0 {
		in.status = exitInput
	}
}

// keeper returns the function that tracks a report, and keeps it when
// keepAll is set or its commune is one of the plan's targets (under its
// name or, loosely, another spelling of it); the function returns the
// report's index in in.reports, or -1.
func (in *overYears) keeper(keepAll bool) func(*evaluate.Report) int {
	// A commune is kept under its names, and, of a year without districts,
	// under its name and province alone (placenames.In), loosely too.
	communeKey := func(c evaluate.Commune) string { return placekey.Of(c.Name, c.District, c.Province) }
	identity := func(c evaluate.Commune, year int) evaluate.Commune {
		return placenames.CommuneOf(placenames.In(c, year))
	}
	targets := map[string]bool{}
	var loose looseTargets
	if in.plan != nil {
		for _, t := range in.plan.Targets {
			for _, c := range [...]evaluate.Commune{t.Commune, identity(t.Commune, t.Year)} {
				targets[communeKey(c)] = true
				loose.add(c, 0)
			}
		}
	}
	target := func(c evaluate.Commune) bool { return targets[communeKey(c)] || loose.may(c, 0) }
	return func(r *evaluate.Report) int {
		in.tracker.Add(r)
		if !keepAll && !target(r.Commune) && !target(identity(r.Commune, r.Year)) {
			return -1
		}
		in.reports = append(in.reports, r.Clone())
		return len(in.reports) - 1
	}
}

// lines returns the lines of a problem as printed and listed in the
// report, as [cmdContext.problemLines] gives them.
func (in *overYears) lines(ctx *cmdContext, err error) []string { return ctx.problemLines(err) }

// htmlOptions are the options of the HTML report of what was read, made
// now from the files read. The data is labelled illustrative (số liệu minh
// họa) when a file's name, a commune's name or a value's source says so
// (see illustrative).
func (in *overYears) htmlOptions(lang string) htmlreport.Options {
	return htmlreport.Options{Lang: lang, Plan: in.plan, AsOf: in.asOf, Catalog: in.catalog, Problems: in.problems, Excluded: in.excluded,
		Warnings: in.warnings, Illustrative: in.illus.found, Generated: time.Now(), Inputs: in.inputs}
}

// writeResult writes with write to the file out, or to standard output
// when out is empty. The file is written only when write succeeds, and, as
// with -o elsewhere, under a temporary name that it takes once whole. As
// eval and template do, it says nothing on standard output when writing
// to a file: scripts pipe it.
func (ctx *cmdContext) writeResult(out string, write func(io.Writer) error) error {
	if out == "" {
		return write(ctx.Stdout)
	}
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return err
	}
	f, err := openOutput(out, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(b.Bytes()); err != nil {
		f.Discard()
		return err
	}
	return f.Close()
}
