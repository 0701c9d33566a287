package htmlreport

import "html/template"

// style is the document's only style sheet: system fonts, A4 portrait
// pages, a page break before every section but the first, and colours
// printed as they are. Printed, a chart and its table stand one under the
// other (a page is too narrow to set them side by side), as blocks the
// browser can break between pages; in a flex row, Chromium moves the
// whole row to the next page, leaving its heading alone. A district's
// grid and tally are kept on one page, unless its grid is in parts (taller
// than a page), when they may break between the parts. Printed, a
// district's shortfalls table is headed by the district's name in its
// header, repeated on each page the table runs over, instead of by a
// heading above it; the shortfalls tables have the same columns, so that
// those of one district stand under those of the one before. On a screen
// narrower than the page (a phone), charts keep their size, their text
// legible, and they and the wide tables scroll sideways in their own box.
var style = `
@page { size: A4 portrait; margin: 14mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; overflow-wrap: break-word;
  color: ` + colorText + `; background: ` + colorPage + `; margin: 0 auto; max-width: 190mm; padding: 8px; }
h1 { font-size: 18pt; margin: 0 0 4px; }
h2 { font-size: 14pt; margin: 0 0 8px; border-bottom: 2px solid ` + colorGrid + `; padding-bottom: 2px; }
h3 { font-size: 12pt; margin: 14px 0 6px; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
p.meta { color: ` + colorMuted + `; margin: 0 0 8px; }
p.illustrative { color: ` + colorNotice + `; background: ` + colorNoticeB + `; border: 2px solid ` + colorNotice + `;
  padding: 6px 10px; font-weight: bold; }
section { margin: 0 0 16px; }
section + section { break-before: page; page-break-before: always; }
.chart-with-table { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
figure { margin: 0; break-inside: avoid; page-break-inside: avoid; }
figure.small { display: inline-block; }
figure.grid { break-inside: auto; page-break-inside: auto; }
p.continued { font-weight: bold; margin: 8px 0 2px; break-after: avoid; page-break-after: avoid; }
figcaption { font-size: 9pt; color: ` + colorMuted + `; }
svg.chart { display: block; max-width: 100%; height: auto; break-inside: avoid; page-break-inside: avoid; }
svg.chart text { font-family: inherit; font-size: 11px; }
svg.chart text.mark { font-size: 11px; font-weight: bold; }
svg.chart text.tick { font-size: 11px; }
svg.chart text.axis { font-size: 11px; font-style: italic; }
table { border-collapse: collapse; font-size: 9.5pt; margin: 4px 0 10px; break-inside: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid ` + colorGrid + `; padding: 2px 6px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; }
.legend { list-style: none; padding: 0; margin: 4px 0 8px; display: flex; flex-wrap: wrap; gap: 12px; }
table.tally td:first-child { white-space: nowrap; }
table.tally th.num, table.tally td.num { padding: 2px 3px; }
span.swatch { display: inline-block; min-width: 22px; text-align: center; font-weight: bold; margin-right: 4px; }
` + swatchStyle() + `.district { break-inside: avoid; page-break-inside: avoid; }
.district.parts { break-inside: auto; page-break-inside: auto; }
ul.short { margin: 0; padding-left: 16px; }
ul.notes { font-size: 9.5pt; color: ` + colorMuted + `; margin: 0 0 8px; padding-left: 18px; }
.pending { color: ` + colorNotice + `; font-weight: bold; }
table.shortfalls { width: 100%; table-layout: fixed; }
table.shortfalls col.commune { width: 15%; }
table.shortfalls col.met { width: 4em; }
table.shortfalls col.status { width: 6em; }
tr.area { display: none; }
@media print {
  .chart-with-table { display: block; }
  section.shortfalls h3 { display: none; }
  tr.area { display: table-row; }
  tr.area th { font-size: 12pt; border: none; padding: 14px 0 4px; }
}
@media screen and (max-width: 720px) {
  figure { max-width: 100%; overflow-x: auto; }
  svg.chart { max-width: none; }
  table.data { display: block; max-width: 100%; overflow-x: auto; }
}
`

// marginBox is the style of the text printed in the page's margins (a
// margin box inherits nothing from the body): the running head, the date,
// the illustrative-data label and the page number, on every page.
var marginBox = `font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 8pt;`

var page = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}{{if .Illustrative}} — {{if eq .Lang "en"}}illustrative data (số liệu minh họa){{else}}số liệu minh họa{{end}}{{end}}</title>
<style>` + style + `@page {
  @top-left { content: "{{.RunningHead}}"; ` + marginBox + ` color: ` + colorMuted + `; }
  @top-right { content: "{{.Generated}}"; ` + marginBox + ` color: ` + colorMuted + `; }
{{- if .Illustrative}}
  @bottom-left { content: "{{.L.Illustrative}}"; ` + marginBox + ` color: ` + colorNotice + `; font-weight: bold; }
{{- end}}
  @bottom-right { content: "{{.L.Page}}" counter(page) "{{.L.PageOf}}" counter(pages); ` + marginBox + ` color: ` + colorMuted + `; }
}
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p class="meta generated">{{.Generated}}</p>
{{- with .AsOf}}
<p class="meta as-of">{{.}}</p>
{{- end}}
{{- with .Inputs}}
<p class="meta inputs">{{.}}</p>
{{- end}}
{{- range .Sets}}
<p class="meta">{{$.L.Set}} {{.ID}}{{with .Pending}} <span class="pending">({{.}})</span>{{end}} — {{.Title}}; {{$.L.YearIn}} {{.Year}}; {{.CommunesText}}</p>
{{- end}}
{{- if .Illustrative}}
<p class="illustrative">{{.L.Illustrative}}</p>
{{- end}}
{{- if .Excluded}}
<div class="excluded">
<h3>{{.L.ExcludedCommunes}}: {{.ExcludedCount}}</h3>
<ul>{{range .Excluded}}<li>{{.}}</li>{{end}}</ul>
</div>
{{- end}}
{{- if .Problems}}
<div class="problems">
<h3>{{.L.Problems}}: {{len .Problems}}</h3>
<ul>{{range .Problems}}<li>{{.}}</li>{{end}}</ul>
</div>
{{- end}}
{{- if .Warnings}}
<div class="problems">
<h3>{{.L.Warnings}}: {{len .Warnings}}</h3>
<ul>{{range .Warnings}}<li>{{.}}</li>{{end}}</ul>
</div>
{{- end}}
{{- if .Empty}}
<p>{{.L.NoData}}</p>
{{- end}}
</header>
{{- range $s := .Sets}}
<section class="overview" id="{{.Anchor}}-overview">
<h2>{{$.L.Overview}} — {{.ID}}{{with .Pending}} <span class="pending">({{.}})</span>{{end}}, {{$.L.YearIn}} {{.Year}}</h2>
{{- if .Notes}}
<ul class="notes">
{{- range .Notes}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
<div class="chart-with-table">
<figure>
{{.Overview}}
<figcaption>{{$.L.Average}} ({{if eq $.Lang "en"}}of{{else}}trên{{end}} {{.Total}})</figcaption>
</figure>
<table class="data">
<thead><tr><th>{{$.L.Area}}</th><th class="num">{{$.L.Communes}}</th><th class="num">{{$.L.CommunesMet}}</th><th class="num">{{$.L.Average}}</th><th>{{$.L.MostMissed}}</th></tr></thead>
<tbody>
{{- range .Areas}}
<tr><td>{{.Name}}</td><td class="num">{{.Communes}}</td><td class="num">{{.CommunesMet}}</td><td class="num">{{.Average}}</td><td>{{.MostMissed}}</td></tr>
{{- end}}
</tbody>
</table>
</div>
{{- if or .Reorganised .NotHeld}}
<h3>{{$.L.Reorganised}}{{with .Reorganised}}: {{len .}}{{end}}</h3>
<ul class="notes">
{{- range .Reorganised}}
<li>{{.}}</li>
{{- end}}
{{- range .NotHeld}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
</section>
<section class="grid" id="{{.Anchor}}-grid">
<h2>{{$.L.Grid}} — {{.ID}}{{with .Pending}} <span class="pending">({{.}})</span>{{end}}, {{$.L.YearIn}} {{.Year}}</h2>
<ul class="legend" aria-label="{{$.L.Legend}}">
{{- range $.Legend}}
<li><span class="swatch {{.Class}}">{{.Mark}}</span>{{.Label}}</li>
{{- end}}
</ul>
<table class="criteria-key">
<thead><tr><th>{{$.L.Code}}</th><th>{{$.L.CriteriaKey}}</th><th>{{$.L.Code}}</th><th>{{$.L.CriteriaKey}}</th></tr></thead>
<tbody>
{{- range .CriteriaRows}}
<tr>{{range .}}<td>{{.Code}}</td><td>{{.Name}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table>
{{- range $d := .Districts}}
<div class="district{{if gt (len .Grids) 1}} parts{{end}}">
<h3>{{.Name}}</h3>
<div class="chart-with-table">
<figure class="grid">
{{- range $k, $g := .Grids}}
{{- if $k}}
<p class="continued">{{$d.Name}} {{$.L.Continued}}</p>
{{- end}}
{{$g}}
{{- end}}
</figure>
<table class="data tally">
<thead><tr><th>{{$.L.Status}}</th>{{range .Codes}}<th class="num">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{- range .Tally}}
<tr><td><span class="swatch {{.Class}}">{{.Mark}}</span>{{.Label}}</td>{{range .Counts}}<td class="num">{{.}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table>
</div>
</div>
{{- end}}
</section>
{{- with .Progress}}
<section class="progress" id="{{$s.Anchor}}-progress">
<h2>{{$.L.Progress}} — {{$s.ID}}{{with $s.Pending}} <span class="pending">({{.}})</span>{{end}}: {{$.L.Average}}</h2>
<div class="chart-with-table">
<div>
{{- range .Charts}}
<figure class="small">{{.}}</figure>
{{- end}}
</div>
<table class="data">
<thead><tr><th>{{$.L.Area}}</th>{{range .Years}}<th class="num">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{- range .Rows}}
<tr><td>{{.Name}}</td>{{range .Cells}}<td class="num">{{.}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table>
</div>
<h3>{{$.L.Lost}}</h3>
{{- if .Lost}}
<table class="data lost">
<thead><tr><th>{{$.L.Commune}}</th><th>{{$.L.LostCriteria}}</th></tr></thead>
<tbody>
{{- range .Lost}}
<tr><td>{{.Commune}}</td><td>{{.Criteria}}</td></tr>
{{- end}}
</tbody>
</table>
{{- else}}
<p>{{$.L.NoneLost}}</p>
{{- end}}
</section>
{{- end}}
<section class="shortfalls" id="{{.Anchor}}-shortfalls">
<h2>{{$.L.Shortfalls}} — {{.ID}}{{with .Pending}} <span class="pending">({{.}})</span>{{end}}, {{$.L.YearIn}} {{.Year}}</h2>
{{- with .Attested}}
<p class="note">{{.}}</p>
{{- end}}
{{- range .Districts}}
<h3>{{.Name}}</h3>
<table class="data shortfalls">
<colgroup><col class="commune"><col class="met"><col class="status"><col></colgroup>
<thead><tr class="area"><th colspan="4">{{.Name}}</th></tr><tr><th>{{$.L.Commune}}</th><th class="num">{{$.L.Criteria}}</th><th>{{$.L.Status}}</th><th>{{$.L.Short}}</th></tr></thead>
<tbody>
{{- range .Communes}}
<tr{{if .Continued}} class="continued"{{end}}><td>{{.Name}}{{if .Continued}} {{$.L.Continued}}{{end}}</td><td class="num">{{.Met}}</td><td>{{.Status}}</td><td>{{if .Items}}<ul class="short">{{range .Items}}<li>{{.Text}}{{with .Warning}}<div>{{.}}</div>{{end}}</li>{{end}}</ul>{{else if not .Continued}}—{{end}}{{with .Missing}}<div>{{.}}</div>{{end}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
</section>
{{- end}}
{{- with .Plan}}
<section class="plan" id="plan">
<h2>{{if eq $.Lang "en"}}{{$.L.PlanStatus}}: {{.Number}}{{else}}Tình hình thực hiện Kế hoạch {{.Number}}{{end}}</h2>
{{- with .Title}}
<p class="meta">{{.}}</p>
{{- end}}
{{- if .Targets}}
<p>{{if eq $.Lang "en"}}As of {{.AsOf}}: {{.Met}}/{{.Total}} targets met{{.OfWhich}}.{{else}}Tính đến ngày {{.AsOf}}: đạt {{.Met}}/{{.Total}} mục tiêu{{.OfWhich}}.{{end}}</p>
<h3>{{$.L.Targets}}</h3>
<table class="data">
<thead><tr><th>{{$.L.Commune}}</th><th>{{$.L.Set}}</th><th class="num">{{$.L.TargetYear}}</th><th>{{$.L.Status}}</th><th class="num">{{$.L.Criteria}}</th><th>{{$.L.ByYear}}</th><th>{{$.L.Short}}</th><th>{{$.L.Deadline}}</th></tr></thead>
<tbody>
{{- range .Targets}}
<tr><td>{{.Commune}}</td><td>{{.Set}}{{with .Pending}} <span class="pending">({{.}})</span>{{end}}</td><td class="num">{{.Year}}</td><td>{{.Status}}{{with .Provisional}} <span class="pending">({{.}})</span>{{end}}</td><td class="num">{{.Criteria}}</td><td>{{.ByYear}}</td><td>{{.Short}}</td><td>{{.Deadline}}</td></tr>
{{- end}}
</tbody>
</table>
{{- else}}
<p>{{if eq $.Lang "en"}}The plan names no target commune.{{else}}Kế hoạch không nêu xã mục tiêu.{{end}}</p>
{{- end}}
{{- if .Tasks}}
<h3>{{$.L.Tasks}}</h3>
<table class="data">
<thead><tr><th>{{$.L.Assignee}}</th><th>{{$.L.Action}}</th><th>{{$.L.Due}}</th><th>{{$.L.State}}</th></tr></thead>
<tbody>
{{- range .Tasks}}
<tr><td>{{.Assignee}}</td><td>{{.Action}}</td><td>{{.Due}}</td><td>{{.State}}</td></tr>
{{- end}}
</tbody>
</table>
{{- else}}
<p>{{$.L.Tasks}}: {{$.L.NotGiven}}</p>
{{- end}}
<p>{{$.L.Inspection}}: {{.Inspection}}</p>
{{- with .Warnings}}
<div class="plan-warnings">
<h3>{{$.L.PlanWarnings}}: {{len .}}</h3>
<ul class="notes">{{range .}}<li>{{.}}</li>{{end}}</ul>
</div>
{{- end}}
</section>
{{- end}}
</body>
</html>
`))
