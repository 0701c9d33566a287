// Package evaluate judges communes (xã) against criteria sets (bộ tiêu chí):
// it reads assessments (a commune's measured values for a year) from JSON
// and CSV, evaluates them with [Run] into plain-data [Report]s, computes
// exact gaps to the targets not met, and renders reports and summaries as
// text (Vietnamese or English), Markdown, JSON and CSV.
//
//	set := criteria.QD1980()
//	as, err := evaluate.ReadFile("hoalac.json", nil) // the valid ones, and the problems
//	for i := range as {
//		r := evaluate.Run(set, &as[i])
//		fmt.Println(r.Status, r.CriteriaMet, "/", r.CriteriaTotal)
//	}
//
// # Statuses and roll-up
//
// Every indicator (chỉ tiêu), criterion (tiêu chí) and set has one of four
// [Status]es: met (đạt), not-met (chưa đạt), missing (thiếu số liệu) and
// not-applicable (không áp dụng).
//
//   - An indicator is missing when it has no value (absent or null), and
//     not applicable only from an "n/a" the set allows. A pass/fail
//     indicator is met by true; a "none" indicator (target Không, e.g. 9.1
//     nhà tạm) by a count of 0 or by false; a percent or amount indicator by
//     comparing the exact value with the target resolved for the commune's
//     region and year ([criteria.Indicator.Resolve]).
//   - A share N/D is compared with a target T% by cross-multiplication,
//     N·100 against T·D: nothing is divided or rounded before the decision,
//     so 59.9999999999999999 does not meet ≥ 60 and 7/10 meets ≥ 70.
//   - A criterion is not-met if any of its indicators is not met (even when
//     others are missing); otherwise missing if any is missing; otherwise
//     met. Not-applicable indicators do not block, and a criterion whose
//     indicators are all not applicable (criterion 7 for a commune without
//     rural commerce infrastructure in its plan) is not assessed and counts
//     as met.
//   - A set is met only when every criterion is met and its prerequisite,
//     if any, is met; not-met when a criterion or the prerequisite is not
//     met; otherwise missing. CriteriaMet counts the criteria met and
//     CriteriaTotal is the number of criteria of the set (19 or 14).
//
// # Prerequisites
//
// A set may require another ([criteria.Set.Requires]: 933/QĐ-UBND requires
// 1980/QĐ-TTg). The required set is evaluated from the same assessment's
// values for it when there are any (basis "evaluated"), else it is
// satisfied by a [Recognition] of that set for a year up to the assessed
// one (basis "recognition", the latest such); otherwise the prerequisite is
// missing. [Run] finds the required set among the built-in sets;
// [Options.Run] and [RunAll] use the catalog they are given, so a
// definition loaded with --sets-from is used for prerequisites too.
//
// # Gaps
//
// A numeric indicator that is not met carries a [Gap]: the distance to the
// target in the indicator's unit (percentage points for %), positive and
// rounded up (away from zero) to at most 2 decimal places so that a real
// shortfall never prints as 0; for a none indicator, the count itself.
// When the value was a share with a unit, the gap also says how many
// numerator units to add (≥ targets) or remove (≤ targets), with the
// denominator fixed, to reach the target exactly: T·D/100 − N, rounded up
// to a whole number for counted units ([CountedUnit]: hộ, trường, thôn,
// người, cơ sở, …) and to 2 decimals for measured ones (km, ha). Two of three
// schools against 70% are 66.67%: 3.34 points, 1 trường short.
//
// [Report.Shortfalls] lists what is not met in criterion order;
// [Report.ShortfallsByCloseness] orders it by relative distance to the
// target, closest first, for "what would it take".
//
// The displayed actual value ([Value.Actual]) is rounded half-up to at most
// 2 decimal places ("66.67", "95"); that division is for display only.
//
// # Warnings
//
// A report never presents an unverified number as law silently. It carries
// one structured [Warning] per cause: each target of provenance M or C1
// that decided an indicator (met or not met), the fallback of criterion 10
// to its "đến năm 2020" value for an earlier year, a set whose content
// awaits the official text (933/QĐ-UBND), an assessed year outside the
// set's period, and values that could not be used (a value of the wrong
// form for the indicator, a code the set does not define). [Warning.Text]
// formats a warning in Vietnamese or English; the JSON report has one text
// per warning, while text and Markdown group the provenance warnings by
// mark.
//
// # Formats
//
// [DecodeJSON], [DecodeCSV] and [ReadFile] read the "Assessment, JSON" and
// "Assessment, CSV" formats of docs/formats.md, collecting every problem
// as [InputError]s and returning the valid assessments too. An InputError
// is a [problem.Problem], the one error shape of ntm's core packages (file,
// line, column, sheet and cell, JSON path, commune, quoted input cut to a
// readable length, message): it has a stable [problem.Code]
// (errors.Is(err, problem.UnknownIndicator)), answers errors.As with a
// *problem.Problem, and reads in English or Vietnamese ([problem.Lines]);
// problems are capped at [problem.Max] per input. Tables as officials
// keep them (CSV with ',', ';' or tab, Vietnamese headers, other
// encodings, the wide layout) are read with [TableOptions]; a workbook
// reader feeds worksheet rows through [TableRows] to
// [TableOptions.NewTableDecoder]. [WriteJSON]
// writes the "Evaluation report, JSON" format exactly (see its doc for the
// few added keys); [WriteText] (aligned columns, ending each report with
// "Đạt N/M tiêu chí"), [WriteMarkdown] and [WriteCSV] (one row per
// indicator) render the same reports. [Summarize] aggregates reports per
// set and year over all communes, per province and per district
// (communes evaluated, communes meeting the set, average criteria met per
// commune, each criterion's tally, the criteria most often missed), with
// [WriteSummaryText], [WriteSummaryMarkdown], [WriteSummaryJSON] and
// [WriteSummaryCSV]. Renderers are deterministic and take [RenderOptions]
// (Lang "vi", the default, or "en").
//
// # Columns, aliases and judging one indicator
//
// A commune is judged by a target column of the set ([Column]): its
// region (Assessment.Region), else its province's region, else the common
// targets, and then the report warns that no region was known. The values
// for a set are those under its canonical ID and under any alias of it
// ("1980", "QD1980"). [Judge] judges one indicator for a column, year and
// value, as [Run] would: a rule test in three lines.
//
// # Ownership and concurrency
//
// Assessments, reports and summaries are plain data owned by the caller.
// [Run] reads the set and the assessment and changes neither. A report
// reaches nothing else: its exported fields hold copies, and the
// definitions (codes, names, wording, units, citations, targets) are read
// through methods returning copies. Each set is compiled once per column
// and year into an immutable program, owned by this package's cache (held
// without keeping the set alive) and shared by every report of that set,
// column and year; a set must therefore not be changed after it was first
// evaluated (sets from a [criteria.Catalog] never are; clone a set of your
// own before changing it). Run, RunInto, RunAll, Judge, Summarize and the
// renderers do no I/O beyond the writer they are given and are safe for
// concurrent use (RunInto with one dst per goroutine).
//
// # Performance
//
// The compiled program holds every target resolved and in fixed point, so
// judging compares and subtracts in machine integers, falling back to
// exact decimal arithmetic for the operands that do not fit (with bounded
// work for any decimal). [Options.RunInto] reuses a report's memory from
// one commune to the next: the fastest way to evaluate many communes.
package evaluate
