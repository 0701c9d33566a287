package evaluate

import (
	"io"
	"strconv"
)

func itoa(i int) string { return strconv.Itoa(i) }

// WriteText writes reports as aligned plain text for a terminal: for each
// report the commune, set, region and year, the overall status, a table of
// every indicator under its criterion (code, status, actual value, target,
// gap with natural units, provenance mark of the target, * when the target
// of a later year applied), the prerequisite, the warnings (those about
// the commune's figures first, then the notes on what the result rests on,
// the targets of provenance M and C1 last, one line per mark with the
// count and the codes), and the closing line "Đạt N/M tiêu chí" ("Met N/M
// criteria"). A set whose content awaits
// the official text ([criteria.ContentPendingOfficialText]) is followed by
// "(chờ văn bản chính thức)" ("(pending the official text)") on the set's
// line, and the status by "(tạm tính: chờ văn bản chính thức)"
// ("(provisional: pending the official text)"); a prerequisite evaluated
// on such a set is named so on its line and makes the status provisional
// too. Reports are separated by a blank line. Output is deterministic.
func WriteText(w io.Writer, reports []Report, opt RenderOptions) error {
	e := newErrWriter(w)
	for i := range reports {
		if i > 0 {
			e.line()
		}
		writeTextReport(e, &reports[i], opt)
	}
	return e.flush()
}

func writeTextReport(e *errWriter, r *Report, o RenderOptions) {
	e.line(o.pick("Xã:          ", "Commune:    "), r.Commune.String())
	e.line(o.pick("Bộ tiêu chí: ", "Criteria:   "), r.Set, o.pendingMark(r.Content), " — ", r.SetTitle.In(o.Lang))
	// A set split by commune group applies the group's targets, no
	// region's: the group is named instead.
	if r.Group != "" {
		e.line(o.pick("Nhóm xã:     ", "Group:      "), r.Group)
	} else {
		e.line(o.pick("Vùng:        ", "Region:     "), regionText(r.Region, o))
	}
	e.line(o.pick("Năm:         ", "Year:       "), itoa(r.Year))
	if r.Origin != "" {
		e.line(o.pick("Nguồn:       ", "Source:     "), r.Origin)
	}
	e.line(o.pick("Kết quả:     ", "Status:     "), o.statusLabel(r.Status), o.provisionalMark(r))
	e.line()
	var t table
	t.row(o.pick("Chỉ tiêu", "Indicator"), o.pick("Kết quả", "Status"), o.pick("Thực tế", "Actual"),
		o.pick("Mức đạt chuẩn", "Target"), o.pick("Còn thiếu", "Gap"), o.pick("Tin cậy", "Provenance"))
	for ci := range r.Criteria {
		c := &r.Criteria[ci]
		t.text(o.pick("Tiêu chí ", "Criterion ") + c.Code() + ". " + c.Name().In(o.Lang) + ": " + o.statusLabel(c.Status))
		for ii := range c.Indicators {
			ind := &c.Indicators[ii]
			t.row("  "+ind.Code(), o.statusLabel(ind.Status), o.actualCell(ind), o.targetCell(ind),
				o.gapCell(ind), provenanceCell(ind))
		}
	}
	t.write(e, "")
	if r.Prerequisite != nil {
		e.line()
		e.line(o.pick("Điều kiện tiên quyết: ", "Prerequisite: "), o.prerequisiteText(r.Prerequisite))
	}
	if ws := warningLines(r, o); len(ws) > 0 {
		e.line()
		e.line(o.pick("Cảnh báo:", "Warnings:"))
		for _, s := range ws {
			e.line("  - ", s)
		}
	}
	e.line()
	e.line(o.metLine(r))
}
