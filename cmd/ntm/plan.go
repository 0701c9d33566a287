package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/langson"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/problem"
)

func init() {
	register(command{
		name:     "plan",
		synopsis: "where a provincial plan (Kế hoạch) stands on a date: targets, tasks, inspection, agency briefs",
		usage: `Usage: ntm plan [--set ID] [--as-of YYYY-MM-DD] [--format text|markdown|json] [--lang vi|en] [--sets-from F] [--all-agencies] [--encoding E] PLAN.json FILE...

Reads a plan (Kế hoạch) in the plan JSON format, evaluates the assessments of
the FILEs (.json, .csv or .xlsx; - reads JSON from standard input; --encoding
windows-1258 or utf-16 reads CSV files not in UTF-8, tcvn3 or vni tables
typed with the fonts before Unicode) against every set
they have values for, and prints where the plan stands on the --as-of date
(today when omitted):

  - each target commune: met, not met (with the criteria not met, each
    with its name: "5 Trường học; 17 Môi trường và an toàn thực phẩm"),
    missing data, or not evaluated when no assessment of it was given;
  - each task: done, not done ("open" in JSON), or overdue ("trước ngày
    D": overdue on D);
  - the inspection: upcoming, open or past;
  - one brief per responsibility: for each target commune, what the agency's
    written opinion must cover (kết quả đạt được, tồn tại, hạn chế, with the
    indicator gaps).

--set ID is the set (an ID or alias: 1980, QD933, …) of a table (CSV or
sheet) without a set column (Bộ tiêu chí), and only that: unlike 'ntm eval
--set', it does not limit the evaluation, since the plan's targets of
other sets (a 933/QĐ-UBND target, whose prerequisite 1980/QĐ-TTg is read
too) would then be told not evaluated. A table whose set column names
another set keeps it; JSON assessments name their sets themselves.

A plan needs only its "number": every other key may be left out. Targets,
tasks or an inspection it leaves out are printed as "none in the plan", and
a plan without an inspection has "inspection": null in JSON (docs/formats.md,
"Plan, JSON").

With --all-agencies the Lạng Sơn departments of the default table (derived
by mirroring the national ministries) get briefs for the criteria the plan
does not assign; the output says, under the briefs' heading, that these
assignments are inferred, not decided by the province. The table is of
1980/QĐ-TTg: it adds briefs to targets of that set or of a set requiring it
(933/QĐ-UBND), and of a target of another set (51/2025/QĐ-TTg) says on
standard error that it has none.

Plan warnings (a target the route never visits, a task due after the
inspection window) and warnings on names (a name written without
diacritics that may be two known names, two names that differ only in
diacritics) go to standard error and into the output.

Exit status: 0 when the plan and every input were read; 1 when the plan or
some input was invalid (each problem is printed to standard error; the valid
assessments are still evaluated); 2 for a usage error.

Examples:
  ntm plan --as-of 2020-05-05 examples/huulung/plan-47-KH-STNMT.json hoalac.json nhattien.csv
  ntm plan --format json --as-of 2020-04-30 plan-47-KH-STNMT.json communes.csv
  ntm plan --set 1980 --as-of 2020-05-05 plan-47-KH-STNMT.json so-lieu.xlsx
`,
		flags: planFlags(new(planOptions)),
		run:   runPlan,
	})
}

type planOptions struct {
	set, asOf, format, lang, setsFrom, encoding string
	allAgencies                                 bool
}

func planFlags(o *planOptions) func(fs *flag.FlagSet) {
	return func(fs *flag.FlagSet) {
		fs.StringVar(&o.set, "set", "", "the set (`ID` or alias: 1980, QD933, …) of tables without a set column; every set is evaluated all the same, for the plan's targets of every set")
		fs.StringVar(&o.asOf, "as-of", "", "the `date` (YYYY-MM-DD or D/M/YYYY) to report on; today when empty")
		fs.StringVar(&o.format, "format", "text", "output `format`: text, markdown or json")
		fs.StringVar(&o.lang, "lang", "vi", "`language` of labels: vi or en")
		setsFromFlag(fs, &o.setsFrom)
		fs.BoolVar(&o.allAgencies, "all-agencies", false, "add briefs for the Lạng Sơn departments the plan does not name (default table)")
		encodingFlag(fs, &o.encoding)
	}
}

func runPlan(ctx *cmdContext, args []string) int {
	var o planOptions
	pos, code, ok := ctx.parseFlags(planFlags(&o), args)
	if !ok {
		return code
	}
	asOf, ok := o.check(ctx, pos)
	if !ok {
		return exitUsage
	}
	cat, err := ctx.loadCatalog(o.setsFrom)
	if err != nil {
		ctx.problem(fmt.Errorf("--sets-from: %w", err))
		return exitInput
	}
	// --set names the set of tables without a set column, and only that:
	// limited to one set, the plan's targets of other sets would be told
	// not evaluated though their assessments were given.
	if _, ok := ctx.tableSet(cat, o.set); !ok {
		return exitUsage
	}
	p, warnings, err := readPlanFile(ctx, pos[0], cat)
	if err != nil {
		ctx.problem(err)
		return exitInput
	}
	ctx.warnings(pos[0], warnings)
	status := exitOK
	names := ctx.runNames()
	names.AddPlan(pos[0], p)
	reports, ok := targetReports(ctx, p, pos[1:], cat)
	if !ok {
		status = exitInput
	}
	names.CanonicalReports(reports)
	names.CanonicalPlan(p)
	var defaults []plan.Responsibility
	if o.allAgencies {
		defaults = ctx.forTargets(cat, p, langson.Responsibilities())
		p.Responsibilities = plan.Merge(p, defaults)
	}
	st := plan.StatusWith(cat, p, reports, asOf)
	// The warnings on names, printed on standard error, are the status's
	// too, as POST /plans/status answers them.
	st.Warnings = append(st.Warnings, names.PlanWarnings(o.lang)...)
	if len(defaults) > 0 {
		st.BriefsNote = langson.Note()
	}
	// Illustrative data is labelled as eval and progress label it: the
	// status of a plan on invented figures is never shown as official.
	var illus illustrative
	illus.files(pos[1:])
	illus.reports(reports)
	if illus.found && (o.format == "text" || o.format == "markdown") {
		if _, err := io.WriteString(ctx.Stdout, illustrativeLabel(o.format, o.lang)+"\n"); err != nil {
			ctx.problem(err)
			return exitInput
		}
	}
	if err = plan.WriteStatus(ctx.Stdout, &st, evaluate.RenderOptions{Format: o.format, Lang: o.lang}); err != nil {
		ctx.problem(err)
		return exitInput
	}
	return status
}

// forTargets returns the responsibilities of table that apply to a target
// of p: of every set, or of a target's set or one it requires (a brief of
// another set lists no commune). A target set the table has nothing for is
// said on standard error: the Lạng Sơn table is of 1980/QĐ-TTg, and says
// nothing of a plan of 51/2025/QĐ-TTg.
func (ctx *cmdContext) forTargets(cat *criteria.Catalog, p *plan.Plan, table []plan.Responsibility) []plan.Responsibility {
	var tableSets []string
	everySet := false // a responsibility of every set
	for _, r := range table {
		everySet = everySet || r.Set == ""
		if r.Set != "" && !slices.Contains(tableSets, r.Set) {
			tableSets = append(tableSets, r.Set)
		}
	}
	applies := map[string]bool{}
	var uncovered []string
	for _, t := range p.Targets {
		covered := everySet
		for id, seen := t.Set, 0; id != "" && seen < 8; seen++ {
			applies[id] = true
			covered = covered || slices.Contains(tableSets, id)
			s, err := cat.Lookup(id)
			if err != nil {
				break
			}
			id = s.Requires
		}
		if !covered && !slices.Contains(uncovered, t.Set) {
			uncovered = append(uncovered, t.Set)
		}
	}
	if len(uncovered) > 0 {
		fmt.Fprintf(ctx.Stderr, "ntm %s: --all-agencies: %s\n", ctx.cmd.name, pick(ctx.lang,
			fmt.Sprintf("bảng phân công mặc định chỉ có cho %s, không có cho %s: chỉ có các cơ quan kế hoạch giao phụ trách các tiêu chí này", strings.Join(tableSets, ", "), strings.Join(uncovered, ", ")),
			fmt.Sprintf("the default table is of %s only, none of %s: only the agencies the plan names are in charge of these criteria", strings.Join(tableSets, ", "), strings.Join(uncovered, ", "))))
	}
	var out []plan.Responsibility
	for _, r := range table {
		if r.Set == "" || applies[r.Set] {
			out = append(out, r)
		}
	}
	return out
}

// check checks the options of ntm plan and its arguments pos (the plan,
// then the assessment files), printing the usage error of the first
// wrong: it sets ctx's language and encoding, and returns the
// date of --as-of (today without it).
func (o *planOptions) check(ctx *cmdContext, pos []string) (asOf plan.Date, ok bool) {
	if len(pos) == 0 {
		ctx.usageError("missing PLAN.json")
		return plan.Date{}, false
	}
	if !ctx.checkOutput(o.format, []string{"text", "markdown", "json"}, o.lang) {
		return plan.Date{}, false
	}
	ctx.lang = o.lang
	if !ctx.setEncoding(o.encoding) {
		return plan.Date{}, false
	}
	asOf = plan.DateOf(time.Now())
	if o.asOf != "" {
		d, ok := parseDateFlag(o.asOf)
		if !ok {
			ctx.usageError("--as-of: %q is not a date YYYY-MM-DD or D/M/YYYY", o.asOf)
			return plan.Date{}, false
		}
		asOf = d
	}
	if !ctx.stdinOnce(append([]string{o.setsFrom}, pos...)) {
		return plan.Date{}, false
	}
	return asOf, true
}

// targetReports evaluates the files and returns the reports of the plan's
// target communes (of every year), those of a commune assessed before under another
// spelling taken back; ok is false when some input was invalid (each
// problem printed on standard error). Only the reports that are, or may
// be, a target's, or of a target's commune, are kept: memory does not grow
// with the input.
func targetReports(ctx *cmdContext, p *plan.Plan, files []string, cat *criteria.Catalog) (reports []evaluate.Report, ok bool) {
	targets := map[string]bool{}
	// communes are the targets' communes, by their keys before and from
	// placekey.NoDistrictsFrom: the status names the years read of a
	// target's commune when the target's own is not.
	communes := map[string]bool{}
	var loose looseTargets
	for _, t := range p.Targets {
		targets[targetKey(t.Commune, t.Year)] = true
		loose.add(t.Commune, t.Year)
		for _, k := range placekey.OfEither(t.Commune.Name, t.Commune.District, t.Commune.Province) {
			communes[k] = true
		}
	}
	// keep keeps r when it is, or may be, a target's, or is of a target's
	// commune; it returns its index in reports, or -1.
	keep := func(r *evaluate.Report) int {
		if !targets[targetKey(r.Commune, r.Year)] && !loose.may(r.Commune, r.Year) &&
			!communes[placekey.OfIn(r.Commune.Name, r.Commune.District, r.Commune.Province, r.Year)] {
			return -1
		}
		reports = append(reports, r.Clone())
		return len(reports) - 1
	}
	// The reports taken back, by index: of a commune assessed before
	// under another spelling.
	var takenBack []int
	ok, _, _ = evaluateFiles(ctx, files, cat, nil, func(r *evaluate.Report) func() {
		i := keep(r)
		if i < 0 {
			return nil
		}
		return func() { takenBack = append(takenBack, i) }
	}, ctx.problem, func(rs []evaluate.Report) {
		for i := range rs {
			keep(&rs[i])
		}
	})
	return dropIndices(reports, takenBack), ok
}

// targetKey identifies a commune and year as plan.Status matches them
// (names compared by their placekey keys, without the district from 2026).
func targetKey(c evaluate.Commune, year int) string {
	return placekey.OfIn(c.Name, c.District, c.Province, year) + "\x00" + strconv.Itoa(year)
}

// warnings prints the consistency warnings of the plan file to standard
// error, one a line in the context's language: "ntm plan: FILE: cảnh báo:
// PATH: …" ("warning:" in English).
func (ctx *cmdContext) warnings(file string, warnings []plan.Warning) {
	for _, w := range warnings {
		fmt.Fprintf(ctx.Stderr, "ntm %s: %s: %s: %s\n", ctx.cmd.name, file, pick(ctx.lang, "cảnh báo", "warning"), oneLine(w.Text(ctx.lang)))
	}
}

// readPlanFile reads the plan of path ("-": standard input); its problems
// name the file ([inFile]).
func readPlanFile(ctx *cmdContext, path string, cat *criteria.Catalog) (*plan.Plan, []plan.Warning, error) {
	var r io.Reader = ctx.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		defer f.Close()
		r = f
	}
	p, warnings, err := plan.Read(r, cat)
	if err != nil {
		return nil, nil, problem.InFile(path, err)
	}
	return p, warnings, nil
}
