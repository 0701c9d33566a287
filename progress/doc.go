// Package progress follows communes and areas over the years: for each
// commune and criteria set, the years assessed with the set's status and
// the criteria met, the first year the set was met, and the criteria that
// slipped back (met one assessed year, not met the next); for each area
// (each district, each province, then all communes) and year, the communes
// evaluated, those meeting the set, and the average number of criteria met
// per commune (tiêu chí bình quân/xã), exact and rounded half-up to 2
// decimals — the figures `ntm eval --summary` gives year by year. [Of]
// builds it from evaluation reports and [Write] writes it. A [Progress] is
// plain data, the caller's own; the functions only read their arguments and
// are safe for concurrent use, a [Tracker] is not.
//
// # Matching
//
// [Of] takes evaluation reports of any years in any order; a [Tracker]
// takes them one at a time and keeps only what progress needs, so reports
// can be streamed through it. The reports of one commune are matched by its
// official code (mã ĐVHC) when given, else by its name, district and
// province, compared ignoring case, Unicode normalisation form, spacing,
// where a tone mark sits ("Hoà Lạc" is "Hòa Lạc") and the prefixes "xã",
// "huyện", "tỉnh" and "thành phố" (diacritics count: Nhật Tiến and Nhất
// Tiến are two communes; so do other kinds: Thị trấn Chi Lăng is not Chi
// Lăng). From 2026, when there are no districts (1672/NQ-UBTVQH15), the
// district is no part of a commune: a report of such a year is matched by
// name and province, whatever district it writes, and counts in its
// province and in no district area. Codes were
// reused in 2025: give codes only for years on one side of the
// reorganisation, or none. A second report for the same
// commune, set and year is ignored, so no commune counts twice.
//
// # The reorganisation of 1/7/2025
//
// The registry of administrative units (package units) states no
// continuity across Nghị quyết (Resolution) 1672/NQ-UBTVQH15: each unit of
// 1/7/2025 is a new unit formed from former ones, whatever its name, so a former
// commune's series and a new unit's are never joined. What the registry
// states is given beside them ([Commune].Reorganisation): the units that
// took a former commune over, and the former units a new unit was formed
// from, each with its last year assessed in the input. Text and Markdown
// list it after each set's communes under "Sắp xếp đơn vị hành chính cấp
// xã" ("Reorganisation of commune-level units"); the JSON has it in each
// commune's "unit", "successors" and "formed_from".
//
// # Plans
//
// [Targets] follows the target communes of a provincial plan (Kế hoạch):
// each target's status is the one [plan.Status] gives ([TargetsWith]: the
// one [plan.StatusWith] gives with the sets loaded, those the reports
// were evaluated against); the path shows the
// criteria met by year, the criteria still short, and whether the target
// year is over on the date asked. [PlanPath].Warnings are the warnings of
// the plan's status (a target commune the inspection route never visits,
// one that is no unit in its year, …): text and Markdown list them after
// the targets under "Cảnh báo về kế hoạch" ("Warnings on the plan"), and
// the JSON's plan has them in "warnings".
//
// # Output
//
// [WriteText] (Vietnamese, or English with Options.Lang "en"),
// [WriteMarkdown], [WriteCSV] and [WriteJSON] (the progress JSON of the
// formats specification); [Write] is the one entry for them all, choosing
// by Options.Format. A set whose content awaits the official text
// (Commune.Content, Area.Content, TargetPath.Content) is named with
// "(chờ văn bản chính thức)" ("(pending the official text)") in the
// headings and the plan's targets, and "content" in JSON and CSV says
// "pending-official-text": its results are provisional, which text and
// Markdown say under its first heading. Text and Markdown name each
// criterion lost or still short with its name beside its code ("2019: 5
// Trường học"), from [Progress].CriterionNames; JSON and CSV give
// the codes. Text and Markdown list Options.Warnings, the warnings on the
// input (names that may be two communes, or that differ only in
// diacritics), under "Cảnh báo về số liệu" ("Warnings on the input"); JSON
// and CSV leave them out. A [Progress] is
// plain data; the functions of this
// package only read their arguments and are safe for concurrent use.
package progress
