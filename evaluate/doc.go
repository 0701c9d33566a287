// Package evaluate judges communes (xã) against criteria sets (bộ tiêu chí):
// it reads assessments (a commune's measured values for a year) from JSON
// and CSV, evaluates them with [Run] into plain-data [Report]s, computes
// exact gaps to the targets not met, and renders reports and summaries as
// text (Vietnamese or English), Markdown, JSON and CSV.
//
//	set := criteria.QD1980()
//	as, err := evaluate.ReadFile("hoalac.json", nil) // the valid ones, and the problems
//	if err != nil {
//		log.Print(err) // the problems of the communes left out
//	}
//	for i := range as {
//		r := evaluate.Run(set, &as[i])
//		fmt.Println(r.Status, r.CriteriaMet, "/", r.CriteriaTotal)
//	}
//
// # Statuses and roll-up
//
// Every indicator (chỉ tiêu), criterion (tiêu chí) and set has one of four
// [Status]es: met (đạt), not-met (chưa đạt), missing (thiếu số liệu) and
// not-applicable (không áp dụng); [Status] tells how they roll up, exactly
// and without rounding, and [Prerequisite] how a required set is settled.
//
// # Gaps
//
// A numeric indicator that is not met carries a [Gap]: the distance to the
// target, rounded up so that a real shortfall never prints as 0, and, for a
// share with a unit, the whole things to add (two of three schools against
// 70% are 66.67%: 3.34 points, 1 trường short). [Report.Shortfalls] lists what
// is not met in criterion order; [Report.ShortfallsByCloseness] closest first.
// The displayed actual value ([Value.Actual]) is rounded half-up to at most 2
// decimals, for display only.
//
// # Warnings
//
// A report never presents an unverified number as law silently: it carries
// one structured [Warning] per cause (a target of provenance M or C1 that
// decided an indicator, criterion 10's fallback to its 2020 value, content
// awaiting the official text, a year outside the set's period, a value that
// could not be used, a percentage that looks typed as a fraction of one:
// 0.965 against ≥ 95%); [Warning.Text] writes it in Vietnamese or English.
//
// A set whose content awaits the official text
// ([criteria.ContentPendingOfficialText], as for 933/QĐ-UBND) is judged
// from per-criterion attestations, and every output says its results are
// provisional beside the set (Report.Content and SummaryArea.Content give
// it to callers): "(chờ văn bản chính thức)" after the set and "(tạm tính:
// chờ văn bản chính thức)" after the result in text and Markdown, the
// heading of a summary, "content" in JSON, and a column content in CSV
// (the last but group in the reports' CSV, the last in the summary's).
//
// # Formats
//
// [DecodeJSON], [DecodeCSV] and [ReadFile] read the "Assessment, JSON" and
// "Assessment, CSV" formats of docs/formats.md, returning the valid
// assessments and every problem as an [InputError] (a [problem.Problem] with
// a stable [problem.Code]); [TableOptions] reads tables as officials keep
// them (separators, Vietnamese headers, encodings, the wide layout) and
// [TableRows] feeds a workbook's rows. [Summarize] aggregates reports per set
// and year over all communes, per province and per district (up to 2025: a
// year from 2026 has no districts). [Write] renders
// reports or a summary by [RenderOptions] (Format "text", the default,
// "markdown", "json" or "csv"; Lang "vi", the default, or "en") through
// [WriteText], [WriteMarkdown], [WriteJSON] (the "Evaluation report, JSON"
// format), [WriteCSV] and their WriteSummary counterparts; renderers are
// deterministic. Text and Markdown write a value, a target and a gap in
// the unit the set gives the indicator (36,8 triệu đồng/người/năm; ≥ 36
// triệu đồng/người/năm; còn 2 nhà). Vietnamese text and Markdown write
// numbers with a decimal comma (66,67%; thiếu 3,34 điểm phần trăm; ≤ 26,7%),
// English ones with a point;
// JSON and CSV write the point whatever the language, in the sentences of
// the JSON's warnings too. No output groups thousands.
//
// # Columns, aliases and judging one indicator
//
// A commune is judged by a target column of the set ([criteria.Column]):
// under a set split by region, its region (Assessment.Region), else its
// province's region, else the common targets, and then the report warns
// that no region was known; under a set split by commune group
// (51/2025/QĐ-TTg), its group (Assessment.Group). The values
// for a set are those under its canonical ID and under any alias of it
// ("1980", "QD1980"). [Judge] judges one indicator for a column, year and
// value, as [Run] would: a rule test in three lines; [ParseValue] reads
// a case's value written as in a table ("94,99", "2/3 trường", "không áp
// dụng"), for cases kept in a CSV.
//
// # Ownership and concurrency
//
// Assessments, reports and summaries are plain data owned by the caller; a
// report's exported fields hold copies. Each set is compiled once per column
// and year into an immutable program cached by this package, and later
// evaluations do not see changes to the set: change a set only before its
// first evaluation; to change one after, change a copy
// ([criteria.Set.Clone]) and evaluate the copy. [Run], [RunAll],
// [Options.Run], [Options.RunInto], [RunAllInto], [Judge], [Summarize] and
// the renderers are safe for concurrent use (RunInto and RunAllInto with one
// dst per goroutine); [Options.RunInto] reuses a report's memory from one
// commune to the next, the fastest way to evaluate many.
package evaluate
