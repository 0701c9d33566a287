package evaluate

import (
	"io"
	"strings"
)

// WriteMarkdown writes reports as Markdown: per report a "##" heading
// (commune, set, year), the status, a table with one row per criterion
// (in bold) followed by its indicators, the prerequisite, the warnings as a
// list (in the order of [WriteText]), and the closing line "Đạt N/M tiêu chí" ("Met N/M criteria"). The
// set's line and the status of a report on a set whose content awaits the
// official text carry the qualifiers of [WriteText].
func WriteMarkdown(w io.Writer, reports []Report, opt RenderOptions) error {
	e := newErrWriter(w)
	for i := range reports {
		if i > 0 {
			e.line()
		}
		writeMarkdownReport(e, &reports[i], opt)
	}
	return e.flush()
}

// mdCell escapes a table cell or a name: pipes and line breaks would break
// the row, < and > would pass HTML through (a commune named
// <script>…</script>).
func mdCell(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, "|", `\|`)
	return mdReplacer.Replace(s)
}

var mdReplacer = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "<", "&lt;", ">", "&gt;")

func writeMarkdownReport(e *errWriter, r *Report, o RenderOptions) {
	e.line("## ", mdCell(r.Commune.String()), " — ", r.Set, " (", itoa(r.Year), ")")
	e.line()
	e.line(o.pick("- Bộ tiêu chí: ", "- Criteria: "), mdCell(r.SetTitle.In(o.Lang)), o.pendingMark(r.Content))
	// A set split by commune group applies the group's targets, no
	// region's: the group is named instead.
	if r.Group != "" {
		e.line(o.pick("- Nhóm xã: ", "- Group: "), r.Group)
	} else {
		e.line(o.pick("- Vùng: ", "- Region: "), regionText(r.Region, o))
	}
	if r.Origin != "" {
		e.line(o.pick("- Nguồn: ", "- Source: "), mdCell(r.Origin))
	}
	e.line(o.pick("- Kết quả: **", "- Status: **"), o.statusLabel(r.Status), "**", o.provisionalMark(r))
	e.line()
	e.line(o.pick("| Tiêu chí | Chỉ tiêu | Kết quả | Thực tế | Mức đạt chuẩn | Còn thiếu | Tin cậy |",
		"| Criterion | Indicator | Status | Actual | Target | Gap | Provenance |"))
	e.line("|---|---|---|---|---|---|---|")
	for ci := range r.Criteria {
		c := &r.Criteria[ci]
		e.line("| **", c.Code(), ". ", mdCell(c.Name().In(o.Lang)), "** | | **", o.statusLabel(c.Status), "** | | | | |")
		for ii := range c.Indicators {
			ind := &c.Indicators[ii]
			e.line("| | ", ind.Code(), " | ", o.statusLabel(ind.Status), " | ", mdCell(o.actualCell(ind)),
				" | ", mdCell(o.targetCell(ind)), " | ", mdCell(o.gapCell(ind)), " | ", provenanceCell(ind), " |")
		}
	}
	if r.Prerequisite != nil {
		e.line()
		e.line(o.pick("**Điều kiện tiên quyết:** ", "**Prerequisite:** "), mdCell(o.prerequisiteText(r.Prerequisite)))
	}
	if ws := warningLines(r, o); len(ws) > 0 {
		e.line()
		e.line(o.pick("### Cảnh báo", "### Warnings"))
		e.line()
		for _, s := range ws {
			e.line("- ", mdCell(s))
		}
	}
	e.line()
	e.line(o.metLine(r))
}
