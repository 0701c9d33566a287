// Package htmlreport writes the evaluation of many communes as one
// printable HTML document: self-contained (no external asset, font or
// script; it reads offline and without JavaScript), A4 portrait with a page
// break between sections, Vietnamese by default. [Write] writes it from
// the reports of package evaluate, which stay the caller's own: it only
// reads its arguments and is safe for concurrent use.
//
// Printed, every page is headed by the title, the sets (one pending its
// official text so named) and the date made, and footed by its number
// ("Trang 3/12", "Page 3 of 12") and, when [Options].Illustrative is set,
// the illustrative-data label: a page taken out of the bundle still says
// what it is. Tables repeat their header on each page, a district's
// shortfalls with the district's name; a commune's shortfalls too many
// for a page are in rows that each fit one, the later ones named with
// "(tiếp theo)" ("(continued)").
//
// Its header says when it was made ([Options].Generated: "Lập ngày
// 05/5/2020", "Generated 2020-05-05"), the date of the plan's status when
// there is a plan, and the files it was made from ([Options].Inputs).
//
// For each criteria set the document has, for the latest year assessed:
//
//   - an overview by area (province, each district): communes, communes
//     meeting the set, the average criteria per commune (tiêu chí bình
//     quân/xã) as a bar chart and a table, and the criteria most often not
//     met, each with its name and the communes that missed it;
//   - a communes × criteria grid per district drawn by status, with a
//     letter in every cell and a legend: met a light fill in a solid dark
//     border, not met a dark fill, missing stripes in a dashed border, not
//     applicable blank in a dotted border, so that the four also differ in
//     black and white; and a tally table beside it; a
//     district of more communes than a printed page holds has its grid in
//     parts, each headed by the criteria codes, the later ones by the
//     district's name and "(tiếp theo)" ("(continued)");
//   - the progress over the years when several years are present: one line
//     chart of the average criteria per area, and the table of the figures;
//   - each commune's shortfalls, closest to the target first, with the gap in
//     the indicator's unit and in natural units (schools, households), and
//     under a value that looks like a percentage typed as a fraction of one
//     (0.965 against ≥ 95%) the report's warning about it;
//
// then, with [Options].Plan, the plan's targets (with each commune's path
// over the years), tasks and inspection on the date asked, and the
// warnings of its status ([plan.Standing].Warnings: a target commune the
// inspection route never visits, a target whose commune is no unit in its
// year, naming its successor, …) under "Cảnh báo về kế hoạch" ("Warnings on
// the plan"), in the report's language.
//
// Every chart is inline SVG written directly (rectangles, lines and text
// labels sized exactly from the figures) and has its table beside it; a
// name too long for a chart's labels is shortened there with "…", and is
// in full in the table. Bars
// and lines are drawn on a scale from 0 to the set's number of criteria,
// with ticks and the axis labelled with its unit, so that a rise of one
// criterion looks like one. The colours pass WCAG AA contrast: text
// (a cell's letter on its fill) 4.5:1 or more, a status cell's border or
// fill 3:1 or more against the page. Illustrative data is labelled "số liệu minh họa"
// at the top of the document and in its title when [Options].Illustrative
// is set.
//
// The package is outside the core: a program importing evaluate does not
// pull in any HTML code. [Write] only reads its arguments and is safe for
// concurrent use.
package htmlreport
