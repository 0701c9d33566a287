package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/catalogaccess"
	"github.com/nongthonmoi/ntm/internal/evalbridge"
	"github.com/nongthonmoi/ntm/internal/leftout"
	"github.com/nongthonmoi/ntm/internal/legacyvn"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/nongthonmoi/ntm/workbook"
	"golang.org/x/text/unicode/norm"
)

// catalogs reads a catalog's own sets, where its methods return copies:
// the set of --set is evaluated as the catalog's own, the set the decoders
// store values for.
var catalogs = catalogaccess.Get[criteria.Catalog, criteria.Set]()

func init() {
	register(command{
		name:     "eval",
		synopsis: "evaluate commune assessments (JSON, CSV or Excel) against criteria sets: reports or a summary",
		usage: `Usage: ntm eval [--set ID] [--group G] [--successors YYYY-MM-DD] [--format text|markdown|json|csv|xlsx] [--lang vi|en] [--sets-from F] [--summary] [--encoding E] [-o FILE] FILE...

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
(a UTF-16 file with a byte-order mark is recognised by itself); --encoding
tcvn3 or vni reads a CSV or Excel table typed with the fonts before Unicode
(TCVN3/ABC .VnTime, VNI-Times), which is otherwise a problem saying so. An Excel
workbook (.xlsx) is read sheet by sheet: every sheet whose first non-empty
row is a header of either layout (others are skipped with a note). A
table's total rows (Tổng cộng, Cộng huyện …) and heading rows between the
communes (I, Huyện Hữu Lũng) are skipped with a note. "-" reads JSON from
standard input. --sets-from reads set
definitions (JSON) that add to or replace the built-in sets (e.g. the
official text of 933/QĐ-UBND). --summary prints, instead of the reports,
their summary per set and year over all communes, per province and per
district (communes evaluated and meeting the set, average criteria met per
commune, each criterion's tally, the criteria most often missed); a commune
assessed twice for the same set and year is then an input problem and
counts once, and the communes left out because their input is invalid are
named in the summary itself, as are the parts of the input not read whose
communes cannot be told (by file and lines: "(không rõ xã)"); the text
and Markdown summary also list the warnings on names (Cảnh báo về số
liệu), printed on standard error too. Without --summary, both reports of a commune assessed twice are given, and the
second is a warning naming both places and spellings ("Hoa Lac" and "Hòa
Lạc" of one district are one commune), printed with the warnings on names
once the input is read; the exit status is unchanged.

A commune's assessments of one year are joined across the FILEs (and
across the sheets and JSON objects of each) for prerequisites: an
assessment with neither values nor a recognition for a set its set
requires (the 933/QĐ-UBND sheet of a workbook whose 1980/QĐ-TTg values
are on another sheet) takes that set's result from the commune's other
assessment, and the report says where it was read. Such a report comes
after all the others when that assessment is read after it. Two
assessments with values for the required set are an input problem naming
both (the first is used), with no warning of a commune assessed twice.

Illustrative data (số liệu minh họa: a file, a commune or a value's source
that says "minh họa") is labelled in the first line of text and Markdown:
"Số liệu minh họa — số liệu giả định, không phải số liệu chính thức."
("Illustrative data (số liệu minh họa) — invented figures, not official
data." with --lang en); in their last line instead when it shows only
after the first reports were written. JSON and CSV keep their formats;
the values' sources are in them.

--format xlsx writes a workbook (reports: the columns of --format csv, one
row per indicator; --summary: one row per area, then the tallies by
criterion and the communes left out). Rows beyond the 1048576 a sheet
holds continue on further sheets ("Reports (2)", …), a commune's rows
never split between two. -o FILE writes the output to FILE (any format; a
CSV file then starts with a UTF-8 byte-order mark so that Excel opens it
correctly). A workbook is not written to a terminal.
Exit status: 0 when every input was read and evaluated, whatever the
outcome; 1 when some input was invalid (each problem is printed to standard
error with its file and location; the valid assessments are still evaluated
and printed); 2 for a usage error (unknown flag or --set, no FILE).

Examples:
  ntm eval hoalac.json
  ntm eval --set 1980 --format json --lang en communes.csv
  ntm eval --summary --format markdown communes.csv > tong-hop.md
  cat hoalac.json | ntm eval --format csv -
  ntm eval --format xlsx -o bao-cao.xlsx so-lieu.xlsx
  ntm eval --summary --format xlsx -o tong-hop.xlsx so-lieu.xlsx
`,
		flags: evalFlags(new(evalOptions)),
		run:   runEval,
	})
}

type evalOptions struct {
	set, format, lang, setsFrom, out, group, successors string
	encoding                                            string
	summary                                             bool
}

func evalFlags(o *evalOptions) func(fs *flag.FlagSet) {
	return func(fs *flag.FlagSet) {
		fs.StringVar(&o.set, "set", "", "evaluate only against the set with this `ID` or alias (1980, QD933, …)")
		fs.StringVar(&o.format, "format", "text", "output `format`: text, markdown, json, csv or xlsx")
		fs.StringVar(&o.lang, "lang", "vi", "`language` of labels and warnings: vi or en")
		setsFromFlag(fs, &o.setsFrom)
		fs.StringVar(&o.group, "group", "", "the commune `group` (nhóm xã: 1, 2 or 3) of assessments that name none, for sets split by group (51/2025/QĐ-TTg)")
		fs.StringVar(&o.successors, "successors", "", "also estimate, for each unit formed by this `date` (YYYY-MM-DD or D/M/YYYY) from communes assessed here, a report from its predecessors' figures (ước tính từ số liệu các xã cũ; never a recognition)")
		fs.BoolVar(&o.summary, "summary", false, "print the summary of all reports instead of the reports")
		fs.StringVar(&o.out, "o", "", "write the output to `FILE` instead of standard output")
		encodingFlag(fs, &o.encoding)
	}
}

func runEval(ctx *cmdContext, args []string) int {
	var o evalOptions
	files, code, ok := ctx.parseFlags(evalFlags(&o), args)
	if !ok {
		return code
	}
	successorsOn, ok := o.check(ctx, files)
	if !ok {
		return exitUsage
	}
	cat, only, code, ok := evalSets(ctx, o)
	if !ok {
		return code
	}

	if !ctx.setEncoding(o.encoding) {
		return exitUsage
	}

	dest, err := ctx.output(o.out, o.format)
	if err != nil {
		ctx.problem(err)
		return exitInput
	}
	status := exitOK
	ropt := evaluate.RenderOptions{Lang: o.lang}
	out := newReportWriter(dest, o, ropt, files)
	if out.summary != nil {
		evalbridge.SetSummarizerNames(out.summary, ctx.runNames().Canonical)
	}
	if o.summary || o.format == "markdown" {
		// The summary names the communes left out; so does the end of
		// the Markdown reports (text reports end with their last
		// "Đạt N/M tiêu chí", as the specification has it: there the
		// problems on standard error name them).
		ctx.exclude = func(err error) { out.excluded = append(out.excluded, evaluate.ExcludedOf(err)...) }
	}
	emit, hold, pred := evalSinks(ctx, o, cat, only, successorsOn, out)
	ok, n, read := evaluateFiles(ctx, files, cat, only, hold, ctx.problem, emit)
	if !ok {
		status = exitInput
	}
	if pred != nil {
		pred.estimate(ctx, o, cat, only, successorsOn, out)
	}
	if out.summary != nil {
		// The warnings on names, printed on standard error, are listed in
		// the text and Markdown summary too, as in ntm progress and report.
		for _, w := range ctx.runNames().Warnings(o.lang) {
			out.warnings = append(out.warnings, w.String())
		}
		// So are the reports' warnings on their communes as units, which
		// no report shown carries.
		out.units.warn(func(line string) { fmt.Fprintf(ctx.Stderr, "ntm eval: %s\n", line) })
		out.warnings = append(out.warnings, out.units.lines()...)
	}
	if err := read.nothing(only, n); err != nil {
		ctx.problem(err)
	}
	if n == 0 {
		status = exitInput
	}
	if err := closeOutput(out, dest); err != nil {
		ctx.problem(err)
		return exitInput
	}
	return status
}

// evalSinks returns where ntm eval passes the reports made (emit) and,
// with --summary, holds them (hold: a commune counts once), and, with
// --successors (successorsOn not zero), the predecessors that keep those
// the estimates are made from. Reports are written a chunk at a time as
// they are made (or only counted, with --summary): memory does not grow
// with the input.
func evalSinks(ctx *cmdContext, o evalOptions, cat *criteria.Catalog, only *criteria.Set, successorsOn time.Time, out *reportWriter) (emit func([]evaluate.Report), hold holdFunc, pred *predecessors) {
	emit = out.write
	if !successorsOn.IsZero() {
		pred = &predecessors{}
		emit = pred.emit(out)
		if only != nil {
			pred.keepRequired(ctx, cat, only)
		}
	}
	if o.summary {
		hold = out.hold
		if pred != nil {
			hold = pred.hold(out)
		}
	}
	return emit, hold, pred
}

// evalSets returns the catalog of ntm eval (with --sets-from) and the set
// of --set (nil without it); false with the exit status when one is
// wrong, its problem printed.
func evalSets(ctx *cmdContext, o evalOptions) (cat *criteria.Catalog, only *criteria.Set, code int, ok bool) {
	cat, err := ctx.loadCatalog(o.setsFrom)
	if err != nil {
		ctx.problem(fmt.Errorf("--sets-from: %w", err))
		return nil, nil, exitInput, false
	}
	only, ok = ctx.tableSet(cat, o.set)
	if !ok || !checkEvalGroup(ctx, cat, only, o.group) {
		return nil, nil, exitUsage, false
	}
	if only != nil {
		// --set names the one set evaluated: a set split by region
		// ignores --group, as ntm criteria and ntm template say.
		noteIgnoredFlag(ctx, "--group", o.group, []*criteria.Set{only})
	}
	return cat, only, 0, true
}

// groupFlagCode is the commune group that --group (typed) names, read as
// the tables read a group: "Nhóm 2", "nhom 2" and "2" are "2".
func groupFlagCode(typed string) string {
	return vntext.GroupCode(strings.TrimSpace(norm.NFC.String(typed)))
}

// checkEvalGroup checks --group (typed) against the sets split by commune
// group that the assessments are evaluated against (only, or those of cat
// when only is nil), as ntm template checks it: the group it names, read as
// the tables read a group ("Nhóm 2" is "2"), must be one of theirs, else
// the usage error names the groups of the first. A set not split by group
// takes no group.
func checkEvalGroup(ctx *cmdContext, cat *criteria.Catalog, only *criteria.Set, typed string) bool {
	code := groupFlagCode(typed)
	sets := []*criteria.Set{only}
	if only == nil {
		sets = cat.Sets()
	}
	var first *criteria.Set
	for _, s := range sets {
		if s.Columns != criteria.ColumnsGroup {
			continue
		}
		if _, ok := s.CommuneGroup(code); ok || code == "" {
			return true
		}
		if first == nil {
			first = s
		}
	}
	return first == nil || checkGroupFlag(ctx, first, typed, code)
}

// tableSet returns the set of --set (set, an ID or alias of a set of cat;
// nil when set is empty) and has the tables read take it as the set of
// their rows without one (a table without a set column); false, the usage
// error printed, when cat has no such set.
func (ctx *cmdContext) tableSet(cat *criteria.Catalog, set string) (*criteria.Set, bool) {
	if set == "" {
		return nil, true
	}
	only, err := catalogs.Lookup(cat, set)
	if err != nil {
		ctx.usageError("--set: %v", err)
		return nil, false
	}
	ctx.tables.Set = set
	return only, true
}

// closeOutput closes out and then dest; a failed output leaves no file
// behind.
func closeOutput(out *reportWriter, dest *output) error {
	if err := out.close(); err != nil {
		dest.Discard()
		return err
	}
	return dest.Close()
}

// check checks the options of ntm eval and its files, printing the usage
// error of the first wrong: it sets ctx's language and commune group, and
// returns the date of --successors (zero without it).
func (o *evalOptions) check(ctx *cmdContext, files []string) (successorsOn time.Time, ok bool) {
	switch {
	case len(files) == 0:
		ctx.usageError("no assessment FILE given")
		return time.Time{}, false
	case !ctx.checkOutput(o.format, []string{"text", "markdown", "json", "csv", "xlsx"}, o.lang):
		return time.Time{}, false
	case o.format == "xlsx" && o.out == "" && isTerminal(ctx.Stdout):
		ctx.usageError("a workbook is not written to a terminal: give -o FILE or redirect the output")
		return time.Time{}, false
	}
	ctx.lang = o.lang
	if !ctx.stdinOnce(append([]string{o.setsFrom}, files...)) {
		return time.Time{}, false
	}

	ctx.group = o.group
	if o.successors != "" {
		t, ok := dateFlagTime(o.successors)
		if !ok {
			ctx.usageError("--successors: %q is not a date YYYY-MM-DD or D/M/YYYY", o.successors)
			return time.Time{}, false
		}
		successorsOn = t
	}
	return successorsOn, true
}

// noValues is the problem of files of which none held values for only,
// or for any set when only is nil, that could be evaluated: faulty when
// some of them had problems, which left nothing to evaluate.
func noValues(only *criteria.Set, files []string, faulty bool) error {
	switch {
	case faulty && only != nil:
		return fmt.Errorf("nothing was evaluated against %s: every assessment of it read in %s had a problem (above)", only.ID, strings.Join(files, ", "))
	case faulty:
		return fmt.Errorf("nothing was evaluated: every assessment read in %s had a problem (above)", strings.Join(files, ", "))
	}
	if only != nil {
		return fmt.Errorf("no values for set %s in %s: nothing was evaluated", only.ID, strings.Join(files, ", "))
	}
	return fmt.Errorf("no values for any set in %s: nothing was evaluated", strings.Join(files, ", "))
}

// reportWriter writes reports in the chosen format as they come, or with
// --summary tallies them and writes their summary at the end.
type reportWriter struct {
	out    io.Writer
	format string
	// excluded are the communes left out, named by the summary.
	excluded []evaluate.Excluded
	// units are the reports' warnings on their communes as units, which
	// the summary lists after the warnings on names.
	units unitNotes
	// warnings are the warnings on the names read, one a line, listed by
	// the summary.
	warnings []string
	ropt     evaluate.RenderOptions
	// illus tells whether the input is illustrative data (số liệu minh
	// họa), which text and Markdown label: in their first line, or, when
	// that showed only after reports were written, in their last
	// (labelled tells which was written).
	illus    illustrative
	labelled bool
	summary  *evaluate.Summarizer
	enc      *evaluate.JSONEncoder
	csv      *evaluate.CSVEncoder
	xlsx     *workbook.ReportWriter
	written  bool
	err      error
}

func newReportWriter(out io.Writer, o evalOptions, ropt evaluate.RenderOptions, files []string) *reportWriter {
	w := &reportWriter{out: out, format: o.format, ropt: ropt, units: unitNotes{lang: o.lang}}
	w.illus.files(files)
	switch {
	case o.summary:
		w.summary = new(evaluate.Summarizer)
	case o.format == "json":
		w.enc = evaluate.NewJSONEncoder(out, ropt)
	case o.format == "csv":
		w.csv = evaluate.NewCSVEncoder(out)
	case o.format == "xlsx":
		w.xlsx = workbook.NewReportWriter(out, ropt)
	}
	return w
}

// write writes (or tallies) a chunk of reports.
func (w *reportWriter) write(reports []evaluate.Report) {
	if w.err != nil {
		return
	}
	if w.labels() {
		w.illus.reports(reports)
	}
	switch {
	case w.summary != nil:
		for i := range reports {
			w.summary.Add(&reports[i])
			w.units.add(&reports[i])
		}
	case w.enc != nil:
		for i := range reports {
			if err := w.enc.Encode(&reports[i]); err != nil {
				w.err = err
				return
			}
		}
	case w.xlsx != nil:
		// The rows go to the workbook's sheets now, the workbook to the
		// output when it is closed.
		w.err = w.xlsx.Write(reports)
	case w.csv != nil:
		// One header for the whole output.
		w.err = w.csv.Encode(reports)
	default:
		if len(reports) == 0 {
			// Nothing to write: the first line is decided with the
			// first reports, and a blank line separates reports only.
			return
		}
		sep := "\n"
		if !w.written {
			// The first reports: the first line is decided now, from the
			// files' names and what was read so far.
			sep = ""
			if w.illus.found {
				sep, w.labelled = w.label()+"\n", true
			}
		}
		if _, w.err = io.WriteString(w.out, sep); w.err != nil {
			return
		}
		if w.format == "markdown" {
			w.err = evaluate.WriteMarkdown(w.out, reports, w.ropt)
		} else {
			w.err = evaluate.WriteText(w.out, reports, w.ropt)
		}
	}
	w.written = true
}

// hold counts a report in the summary as write does, and returns what
// takes it back out.
func (w *reportWriter) hold(r *evaluate.Report) (retract func()) {
	if w.labels() {
		w.illus.reports([]evaluate.Report{*r})
	}
	w.units.add(r)
	return evalbridge.AddProvisional(w.summary, r)
}

// close ends the output: the end of the JSON array, the workbook, or the
// summary.
func (w *reportWriter) close() error {
	switch {
	case w.err != nil:
		return w.abort()
	case w.enc != nil:
		return w.enc.Close()
	case w.summary != nil:
		return w.writeSummary()
	case w.xlsx != nil:
		return w.xlsx.Close()
	case !w.written && w.csv != nil:
		return w.csv.Encode(nil)
	}
	return w.endReports()
}

// abort ends the output after a write failed: it closes the JSON encoder
// or the workbook, and returns the failure.
func (w *reportWriter) abort() error {
	if w.enc != nil {
		w.enc.Close()
	}
	if w.xlsx != nil {
		w.xlsx.Close()
	}
	return w.err
}

// writeSummary writes the summary of the reports tallied, with the
// communes left out, in the chosen format; text and Markdown begin with
// the label of illustrative data when the input is.
func (w *reportWriter) writeSummary() error {
	s := w.summary.Summary()
	s.Excluded, s.Warnings = w.excluded, w.warnings
	if w.labels() && w.illus.found {
		if _, err := io.WriteString(w.out, w.label()+"\n"); err != nil {
			return err
		}
	}
	switch w.format {
	case "xlsx":
		return workbook.WriteSummary(w.out, s, w.ropt)
	case "json":
		return evaluate.WriteSummaryJSON(w.out, s)
	case "csv":
		return evaluate.WriteSummaryCSV(w.out, s)
	case "markdown":
		return evaluate.WriteSummaryMarkdown(w.out, s, w.ropt)
	}
	return evaluate.WriteSummaryText(w.out, s, w.ropt)
}

// endReports ends text, Markdown or CSV reports: with the label of
// illustrative data when that showed only after reports were written
// (past the first chunk of the input), and in Markdown with what was
// left out.
func (w *reportWriter) endReports() error {
	if w.written && w.labels() && w.illus.found && !w.labelled {
		if _, err := io.WriteString(w.out, "\n"+w.label()); err != nil {
			return err
		}
	}
	if w.format == "markdown" {
		return w.writeExcluded()
	}
	return nil
}

// writeExcluded ends Markdown reports with what was left out, as
// summaries do: the communes whose input has problems (printed on standard
// error), and the parts of the input whose communes are unknown.
func (w *reportWriter) writeExcluded() error {
	if len(w.excluded) == 0 {
		return nil
	}
	lang := w.ropt.Lang
	why := pick(lang, " không được đánh giá vì số liệu có lỗi (xem các lỗi ở đầu ra lỗi chuẩn):",
		" not evaluated because the input has problems (listed on standard error):")
	if !slices.ContainsFunc(w.excluded, evaluate.Excluded.Named) {
		why = pick(lang, " không được đánh giá vì không đọc được (xem các lỗi ở đầu ra lỗi chuẩn):",
			" not evaluated because it could not be read (see standard error):")
	}
	head := pick(lang, "Chú ý: ", "Note: ") + leftout.Count(w.excluded, lang) + why
	var b strings.Builder
	if w.written {
		b.WriteString("\n")
	}
	b.WriteString("> **" + head + "**\n>\n")
	for _, e := range w.excluded {
		problems := pick(lang, strconv.Itoa(e.Problems)+" lỗi", strconv.Itoa(e.Problems)+" problem")
		if lang == "en" && e.Problems != 1 {
			problems += "s"
		}
		b.WriteString("> - " + e.Label(lang) + " (" + e.Place() + ", " + problems + ")\n")
	}
	_, err := io.WriteString(w.out, b.String())
	return err
}

// labels tells whether the output labels illustrative data: text and
// Markdown do; JSON, CSV and workbooks keep their formats, whose values
// carry their sources.
func (w *reportWriter) labels() bool { return w.format == "text" || w.format == "markdown" }

// label returns the paragraph that labels illustrative data, with its end
// of line: the line of minhhoa.Line in text, a quoted bold line in
// Markdown (as the summary's note on communes left out).
func (w *reportWriter) label() string { return illustrativeLabel(w.format, w.ropt.Lang) }

// encodingFlag registers --encoding, the character encoding of CSV files
// that are not in UTF-8, as every command that reads assessments has it:
// their problem names it as the fix.
func encodingFlag(fs *flag.FlagSet, p *string) {
	fs.StringVar(p, "encoding", "", "character `encoding` of CSV files not in UTF-8: windows-1258 or utf-16; tcvn3 or vni for tables typed with the fonts before Unicode (.VnTime, VNI-Times), CSV or Excel")
}

// setsFromFlag defines --sets-from, the file of set definitions to read.
func setsFromFlag(fs *flag.FlagSet, p *string) {
	fs.StringVar(p, "sets-from", "", "read set definitions (JSON) from `file` (- for standard input)")
}

// setEncoding has CSV tables read in the encoding of --encoding; false,
// the usage error printed, for an encoding not read.
func (ctx *cmdContext) setEncoding(enc string) bool {
	switch strings.ToLower(enc) {
	case "", "utf-8", "utf8", "windows-1258", "cp1258", "utf-16", "utf16":
		ctx.tables.Encoding = enc
		return true
	}
	if legacyvn.Name(enc) != "" {
		ctx.tables.Encoding = legacyvn.Name(enc)
		return true
	}
	ctx.usageError("--encoding: unknown encoding %q (want windows-1258, utf-16, tcvn3 or vni)", enc)
	return false
}
