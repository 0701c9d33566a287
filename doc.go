// Package ntm documents the ntm module, which judges communes (xã) against
// the criteria of Vietnam's new-rural-area programme — Chương trình mục tiêu
// quốc gia xây dựng nông thôn mới (NTM) — and follows the provincial plans
// that steer them. This package holds no code: a program starts with a set
// from package criteria and [github.com/nongthonmoi/ntm/evaluate.Run] (see
// the example below), or mounts [github.com/nongthonmoi/ntm/httpapi.NewHandler].
//
// Communes (xã) are assessed against criteria sets (bộ tiêu chí) issued by
// decision: the national set of Quyết định 1980/QĐ-TTg for 2016-2020 (19
// criteria in 5 groups, thresholds differing across 7 regions and, for
// income, by year) and provincial sets such as Lạng Sơn's Quyết định
// 933/QĐ-UBND for the enhanced level (NTM nâng cao, 14 criteria); the
// national sets of 2021-2030 (318/QĐ-TTg, 319/QĐ-TTg, 51/2025/QĐ-TTg) are
// built in with their indicator tables pending the official text. Provincial
// departments steer communes toward a target standard through plans (kế
// hoạch) such as Kế hoạch 47/KH-STNMT of Sở Tài nguyên và Môi trường Lạng Sơn
// (the provincial Department of Natural Resources and Environment).
// This module holds the sets as typed, cited, immutable Go values; reads
// commune assessments; says for any commune which criteria it meets and
// exactly how far it is from the rest; and follows plans on any date.
//
// # Pipeline
//
// Data flows one way, from the law to reports: criteria → evaluate → plan.
//
//   - [github.com/nongthonmoi/ntm/criteria]: the law as data: regions,
//     provinces, sets, criteria, indicators and targets with their
//     provenance and citation; set definitions as JSON.
//   - [github.com/nongthonmoi/ntm/evaluate]: assessments in (JSON, CSV),
//     four-valued outcomes, gaps in the unit and in natural units (km,
//     households, schools), reports and summaries out (text, Markdown, JSON,
//     CSV).
//   - [github.com/nongthonmoi/ntm/plan]: a provincial plan as a document and
//     its status on a date: targets, inspection, tasks, agency briefs.
//   - [github.com/nongthonmoi/ntm/progress]: communes and areas over the
//     years: first year met, criteria that slipped back, averages by year,
//     a plan's targets over the years.
//   - [github.com/nongthonmoi/ntm/htmlreport] (outside the core): one
//     printable, self-contained HTML report with SVG charts.
//
// Beside the pipeline:
//
//   - [github.com/nongthonmoi/ntm/problem]: the one shape of an input
//     problem (file, line, sheet and cell, JSON path, commune, quoted
//     input, stable code), in English or Vietnamese, for every reader.
//   - [github.com/nongthonmoi/ntm/units]: commune-level administrative
//     units (đơn vị hành chính cấp xã) on a date and the units that took
//     them over in the 2025 reorganisation.
//   - [github.com/nongthonmoi/ntm/workbook] (outside the core): assessments
//     read from Excel workbooks; reports, summaries and forms written as
//     workbooks.
//   - [github.com/nongthonmoi/ntm/httpapi] (outside the core): all of the
//     above as an http.Handler to mount in a Go service.
//
// A commune in a few lines:
//
//	set := criteria.QD1980()
//	a := evaluate.Assessment{
//		Commune: evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
//		Region:  criteria.TDMNPB,
//		Year:    2020,
//		Values: map[string]map[string]evaluate.Value{criteria.IDQD1980: {
//			"5": evaluate.Share(2, 3, "trường"),
//		}},
//	}
//	report := evaluate.Run(set, &a)
//	fmt.Println(report.CriteriaMet, "/", report.CriteriaTotal) // tiêu chí đạt
//
// The command cmd/ntm does the same from files: `ntm criteria`, `ntm eval`,
// `ntm plan`, `ntm progress`, `ntm report`.
//
// # Glossary (thuật ngữ)
//
//   - tiêu chí: criterion (one of the 19 of 1980/QĐ-TTg, e.g. 5 Trường học).
//   - chỉ tiêu: indicator, a measurable part of a criterion (e.g. 4.2).
//   - vùng: region, one of the 7 socio-economic regions whose thresholds differ.
//   - đạt / chưa đạt / đạt chuẩn: met / not met / meets the standard (a commune
//     is đạt chuẩn nông thôn mới when it meets all 19 criteria).
//   - nông thôn mới nâng cao, kiểu mẫu: enhanced and model NTM levels, above
//     the NTM standard and reachable only from it.
//   - kế hoạch: plan, a provincial document assigning targets, inspections
//     and tasks (never an execution plan).
//   - quyết định (QĐ), Thủ tướng Chính phủ (TTg), UBND tỉnh/huyện/xã: decision,
//     the Prime Minister, the provincial/district/commune People's Committee.
//
// # Provenance
//
// The targets are encoded from public sources, not from the official annex
// tables of the decisions, so every target carries a confidence mark — C2 (two public sources), C1 (one), M (unverified) — and
// every report that relied on a C1 or M target says so. The official text of
// 933/QĐ-UBND's 14 criteria is not encoded; it can be loaded as data.
package ntm
