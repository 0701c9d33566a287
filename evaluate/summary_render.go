package evaluate

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/arealabel"
	"github.com/nongthonmoi/ntm/internal/csvcell"
	"github.com/nongthonmoi/ntm/internal/leftout"
	"github.com/nongthonmoi/ntm/internal/statuslabel"
)

// mostMissedCount is how many criteria the text and Markdown summaries list
// as most often missed.
const mostMissedCount = 5

// scopeName is the name of an area of block (the areas of one set and
// year) as text and Markdown show it: the province, "district, province",
// or for all communes a total that says how many provinces it spans,
// "Tổng cộng (1 tỉnh)" ("Total (1 province)"), so that a total equal to
// its one province's row reads as such.
func (o RenderOptions) scopeName(g *SummaryArea, block []SummaryArea) string {
	switch g.Scope {
	case ScopeAll:
		return arealabel.Total(provinceCount(block), o.Lang)
	case ScopeProvince:
		return g.Province
	}
	return g.District + ", " + g.Province
}

// provinceCount is how many provinces block has areas of.
func provinceCount(block []SummaryArea) int {
	n := 0
	for i := range block {
		if block[i].Scope == ScopeProvince {
			n++
		}
	}
	return n
}

// provisionalLine is the sentence under the heading of the first block of
// a set whose content awaits the official text, as the progress says it:
// its results are provisional; "" for another content, or a set said
// already (said holds the sets said, and gains set).
func (o RenderOptions) provisionalLine(g *SummaryArea, said map[string]bool) string {
	if !g.Content.Pending() || said[g.Set] {
		return ""
	}
	said[g.Set] = true
	return statuslabel.PendingSentence(g.Set, o.Lang, g.TableEntered)
}

func (o RenderOptions) mostMissed(g *SummaryArea) string {
	return g.MostMissedText(o.Lang, mostMissedCount)
}

// MostMissedText returns the first n criteria of g.MostMissed (all of them
// when n ≤ 0) as people read them: each code with the criterion's name and
// how many communes did not meet it, "5 Trường học (2 xã); 17 Môi trường
// và an toàn thực phẩm (1 xã)" ("5 Schools (2 communes); …" when lang is
// "en"), or "—" when every commune met every criterion. Items are
// separated by semicolons, as a criterion's name may hold a comma. It is
// what the text, Markdown and workbook summaries show; JSON and CSV give
// the codes (most_missed) and each criterion's tally.
func (g *SummaryArea) MostMissedText(lang string, n int) string {
	o := RenderOptions{Lang: lang}
	var parts []string
	for i, code := range g.MostMissed {
		if i == n && n > 0 {
			break
		}
		for _, t := range g.Criteria {
			if t.Code != code {
				continue
			}
			item := code
			if name := t.Name.In(lang); name != "" {
				item += " " + name
			}
			parts = append(parts, item+" ("+itoa(t.NotMet)+o.pick(" xã)", " commune"+plural(t.NotMet)+")"))
			break
		}
	}
	if len(parts) == 0 {
		return "—"
	}
	return strings.Join(parts, "; ")
}

// excludedLines states what was left out of a summary: a heading line
// with the number of communes and of parts of the input naming none, then
// one line for each; nil when nothing was.
func (o RenderOptions) excludedLines(s Summary) (head string, items []string) {
	if len(s.Excluded) == 0 {
		return "", nil
	}
	why := o.pick(" không được tổng hợp vì số liệu không đọc được:", " left out because the input could not be read:")
	if !slices.ContainsFunc(s.Excluded, Excluded.Named) {
		why = o.pick(" không được tổng hợp vì không đọc được:", why)
	}
	head = leftout.Count(s.Excluded, o.Lang) + why
	for _, e := range s.Excluded {
		items = append(items, e.Label(o.Lang)+" ("+e.Place()+", "+itoa(e.Problems)+o.pick(" lỗi)", " problem"+plural(e.Problems)+")"))
	}
	return head, items
}

// warningsHead is the heading of the warnings on the input: "Cảnh báo
// về số liệu: 2" ("Warnings on the input: 2"), as the HTML report and
// the progress word it.
func (o RenderOptions) warningsHead(s Summary) string {
	return o.pick("Cảnh báo về số liệu", "Warnings on the input") + ": " + itoa(len(s.Warnings))
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// summaryBlocks splits the groups into runs of the same set and year.
func summaryBlocks(s Summary) [][]SummaryArea {
	var out [][]SummaryArea
	for i, g := range s.Areas {
		if i == 0 || g.Set != s.Areas[i-1].Set || g.Year != s.Areas[i-1].Year {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], g)
	}
	return out
}

// WriteSummaryText writes a summary as aligned text: per set and year, a
// table of the scopes (all communes, each province, each district) with the
// communes evaluated, the communes meeting the set, the average criteria
// met per commune and the criteria most often missed; then for each scope
// how many communes meet, do not meet, or lack data for each criterion.
// The heading of a set whose content awaits the official text names it
// with "(chờ văn bản chính thức)" ("(pending the official text)"), in
// Markdown too.
//
// When communes were left out ([Summary.Excluded]), the text begins by
// saying how many and naming each; a part of the input whose communes are
// unknown is "(không rõ xã)" ("(commune unknown)") with its file and lines
// ([Excluded.Label], [Excluded.Place]). The warnings on the input
// ([Summary.Warnings]) follow, under "Cảnh báo về số liệu" ("Warnings on
// the input"), one a line.
func WriteSummaryText(w io.Writer, s Summary, opt RenderOptions) error {
	e := newErrWriter(w)
	o := opt
	if head, items := o.excludedLines(s); head != "" {
		e.line(o.pick("Chú ý: ", "Note: "), head)
		for _, it := range items {
			e.line("  - ", it)
		}
		e.line()
	}
	if len(s.Warnings) > 0 {
		e.line(o.warningsHead(s))
		for _, it := range s.Warnings {
			e.line("  - ", it)
		}
		e.line()
	}
	said := map[string]bool{} // the pending sets said provisional
	for bi, block := range summaryBlocks(s) {
		if bi > 0 {
			e.line()
		}
		first := &block[0]
		e.line(o.pick("Tổng hợp ", "Summary of "), first.Set, o.pendingMark(first.Content), o.pick(", năm ", ", ")+itoa(first.Year), " — ", first.SetTitle.In(o.Lang))
		e.line()
		if p := o.provisionalLine(first, said); p != "" {
			e.line(p)
			e.line()
		}
		var t table
		t.row(o.pick("Địa bàn", "Scope"), o.pick("Số xã", "Communes"), o.pick("Đạt chuẩn", "Meeting the set"),
			o.pick("Tiêu chí bình quân/xã", "Average criteria met"), o.pick("Chưa đạt nhiều nhất", "Most often not met"))
		for gi := range block {
			g := &block[gi]
			name := o.scopeName(g, block)
			if g.Scope == ScopeDistrict {
				name = "    " + g.District
			} else if g.Scope == ScopeProvince {
				name = "  " + name
			}
			t.row(name, itoa(g.Communes), itoa(g.CommunesMet), o.num(g.AverageCriteria.StringFixed(2))+"/"+itoa(g.CriteriaTotal), o.mostMissed(g))
		}
		t.write(e, "")
		for gi := range block {
			g := &block[gi]
			e.line()
			communes := itoa(g.Communes) + o.pick(" xã", " commune"+plural(g.Communes))
			if g.Scope == ScopeAll {
				e.line(o.pick("Theo tiêu chí — Tổng cộng (", "By criterion — Total ("), arealabel.Provinces(provinceCount(block), o.Lang), ", ", communes, ")")
			} else {
				e.line(o.pick("Theo tiêu chí — ", "By criterion — "), o.scopeName(g, block), " (", communes, ")")
			}
			var ct table
			ct.row(o.pick("Tiêu chí", "Criterion"), o.pick("Đạt", "Met"), o.pick("Chưa đạt", "Not met"), o.pick("Thiếu số liệu", "Missing"))
			for _, c := range g.Criteria {
				ct.row(c.Code+". "+c.Name.In(o.Lang), itoa(c.Met), itoa(c.NotMet), itoa(c.Missing))
			}
			ct.write(e, "  ")
		}
	}
	return e.flush()
}

// WriteSummaryMarkdown writes a summary as Markdown: per set and year a
// "##" heading, the table of scopes, and per scope a table by criterion.
// When communes were left out, it begins with a note saying how many and
// naming each, then, in a block quote, the warnings on the input
// ([Summary.Warnings]).
func WriteSummaryMarkdown(w io.Writer, s Summary, opt RenderOptions) error {
	e := newErrWriter(w)
	o := opt
	if head, items := o.excludedLines(s); head != "" {
		e.line("> **", o.pick("Chú ý", "Note"), ":** ", mdCell(head))
		e.line(">")
		for _, it := range items {
			e.line("> - ", mdCell(it))
		}
		e.line()
	}
	if len(s.Warnings) > 0 {
		e.line("> **", mdCell(o.warningsHead(s)), "**")
		e.line(">")
		for _, it := range s.Warnings {
			e.line("> - ", mdCell(it))
		}
		e.line()
	}
	said := map[string]bool{} // the pending sets said provisional
	for bi, block := range summaryBlocks(s) {
		if bi > 0 {
			e.line()
		}
		first := &block[0]
		e.line("## ", o.pick("Tổng hợp ", "Summary of "), first.Set, o.pendingMark(first.Content), o.pick(", năm ", ", ")+itoa(first.Year))
		e.line()
		e.line(mdCell(first.SetTitle.In(o.Lang)))
		e.line()
		if p := o.provisionalLine(first, said); p != "" {
			e.line(mdCell(p))
			e.line()
		}
		e.line(o.pick("| Địa bàn | Số xã | Đạt chuẩn | Tiêu chí bình quân/xã | Chưa đạt nhiều nhất |",
			"| Scope | Communes | Meeting the set | Average criteria met | Most often not met |"))
		e.line("|---|---:|---:|---:|---|")
		for gi := range block {
			g := &block[gi]
			e.line("| ", mdCell(o.scopeName(g, block)), " | ", itoa(g.Communes), " | ", itoa(g.CommunesMet), " | ",
				o.num(g.AverageCriteria.StringFixed(2)), "/", itoa(g.CriteriaTotal), " | ", mdCell(o.mostMissed(g)), " |")
		}
		for gi := range block {
			g := &block[gi]
			e.line()
			e.line("### ", mdCell(o.scopeName(g, block)))
			e.line()
			e.line(o.pick("| Tiêu chí | Đạt | Chưa đạt | Thiếu số liệu |", "| Criterion | Met | Not met | Missing |"))
			e.line("|---|---:|---:|---:|")
			for _, c := range g.Criteria {
				e.line("| ", c.Code, ". ", mdCell(c.Name.In(o.Lang)), " | ", itoa(c.Met), " | ", itoa(c.NotMet), " | ", itoa(c.Missing), " |")
			}
		}
	}
	return e.flush()
}

// WriteSummaryJSON writes a summary as a JSON object {"areas": [...],
// "excluded": [...]}. areas has one object per area: set, year, scope
// ("all", "province", "district"), province, district, communes,
// communes_met, criteria_met (the sum), criteria_total,
// average_criteria_met (decimal string, 2 places), criteria [{code, name,
// met, not_met, missing}], most_missed (criterion codes), title, content
// (the set's content: "complete", or "pending-official-text" when its
// criteria await the official text and the figures are provisional). excluded
// has one object per commune left out because its input could not be read:
// {"commune": {name, district, province}, "origin": "file:line",
// "problems": n}; it is empty when none was. A part of the input whose
// communes are unknown has an empty commune name, and "through" (where it
// ends, in the form of origin) when it spans more than one line or row.
// Names and titles are the Vietnamese ones whatever the language.
func WriteSummaryJSON(w io.Writer, s Summary) error {
	e := newErrWriter(w)
	b := []byte("{\"areas\": [")
	for gi := range s.Areas {
		g := &s.Areas[gi]
		if gi > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n{\"set\": "...)
		b = appendJSONString(b, g.Set)
		b = append(b, `, "year": `...)
		b = strconv.AppendInt(b, int64(g.Year), 10)
		b = append(b, `, "scope": `...)
		b = appendJSONString(b, g.Scope.String())
		b = append(b, `, "province": `...)
		b = appendJSONString(b, g.Province)
		b = append(b, `, "district": `...)
		b = appendJSONString(b, g.District)
		b = append(b, ",\n \"communes\": "...)
		b = strconv.AppendInt(b, int64(g.Communes), 10)
		b = append(b, `, "communes_met": `...)
		b = strconv.AppendInt(b, int64(g.CommunesMet), 10)
		b = append(b, `, "criteria_met": `...)
		b = strconv.AppendInt(b, int64(g.CriteriaMet), 10)
		b = append(b, `, "criteria_total": `...)
		b = strconv.AppendInt(b, int64(g.CriteriaTotal), 10)
		b = append(b, `, "average_criteria_met": `...)
		b = appendJSONString(b, g.AverageCriteria.StringFixed(2))
		b = append(b, ",\n \"criteria\": ["...)
		for ci, c := range g.Criteria {
			if ci > 0 {
				b = append(b, ',')
			}
			b = append(b, "\n  {\"code\": "...)
			b = appendJSONString(b, c.Code)
			b = append(b, `, "name": `...)
			b = appendJSONString(b, c.Name.VI)
			b = append(b, `, "met": `...)
			b = strconv.AppendInt(b, int64(c.Met), 10)
			b = append(b, `, "not_met": `...)
			b = strconv.AppendInt(b, int64(c.NotMet), 10)
			b = append(b, `, "missing": `...)
			b = strconv.AppendInt(b, int64(c.Missing), 10)
			b = append(b, '}')
		}
		b = append(b, "],\n \"most_missed\": ["...)
		for i, code := range g.MostMissed {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendJSONString(b, code)
		}
		b = append(b, `], "title": `...)
		b = appendJSONString(b, g.SetTitle.VI)
		if g.Content == criteria.ContentComplete || g.Content.Pending() {
			b = append(b, `, "content": `...)
			b = appendJSONString(b, g.Content.String())
		}
		b = append(b, '}')
	}
	if len(s.Areas) > 0 {
		b = append(b, '\n')
	}
	b = append(b, "],\n\"excluded\": ["...)
	for i, x := range s.Excluded {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n{\"commune\": {\"name\": "...)
		b = appendJSONString(b, x.Commune.Name)
		b = append(b, `, "district": `...)
		b = appendJSONString(b, x.Commune.District)
		b = append(b, `, "province": `...)
		b = appendJSONString(b, x.Commune.Province)
		b = append(b, `}, "origin": `...)
		b = appendJSONString(b, x.Origin)
		if x.Through != "" {
			b = append(b, `, "through": `...)
			b = appendJSONString(b, x.Through)
		}
		b = append(b, `, "problems": `...)
		b = strconv.AppendInt(b, int64(x.Problems), 10)
		b = append(b, '}')
	}
	if len(s.Excluded) > 0 {
		b = append(b, '\n')
	}
	b = append(b, "]}\n"...)
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
	return e.flush()
}

var summaryCSVHeader = []string{"set", "year", "scope", "province", "district", "communes", "communes_met",
	"average_criteria_met", "criteria_total", "criterion", "name", "met", "not_met", "missing",
	"commune", "origin", "problems", "through", "content"}

// summaryTextColumns are the text columns of [WriteSummaryCSV]: set,
// province, district, name, commune, origin, through.
var summaryTextColumns = []int{0, 3, 4, 10, 14, 15, 17}

// WriteSummaryCSV writes a summary as CSV with a header row and one row per
// area and criterion: set, year, scope, province, district, communes,
// communes_met, average_criteria_met, criteria_total, criterion, name
// (Vietnamese), met, not_met, missing, commune, origin, problems, through,
// content. Each commune left out has a row of its own with scope
// "excluded", its province, district, commune, origin and number of
// problems (commune, origin, problems and through are empty on the other
// rows); a part of the input whose communes are unknown has such a row
// with an empty commune, and through where it ends when it spans more than
// one line or row. content is "pending-official-text" on the rows of a set
// whose content awaits the official text (its figures are provisional),
// empty otherwise. Cells do not depend on a language. A text cell (set,
// province, district, name, commune, origin, through) that begins with =,
// +, -, @, a tab or a carriage return has a leading apostrophe, so that a
// spreadsheet does not run it as a formula.
func WriteSummaryCSV(w io.Writer, s Summary) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(summaryCSVHeader); err != nil {
		return err
	}
	for gi := range s.Areas {
		g := &s.Areas[gi]
		for _, c := range g.Criteria {
			if err := cw.Write(csvcell.Texts([]string{g.Set, itoa(g.Year), g.Scope.String(), g.Province, g.District,
				itoa(g.Communes), itoa(g.CommunesMet), g.AverageCriteria.StringFixed(2), itoa(g.CriteriaTotal),
				c.Code, c.Name.VI, itoa(c.Met), itoa(c.NotMet), itoa(c.Missing), "", "", "", "", contentCell(g.Content)}, summaryTextColumns...)); err != nil {
				return err
			}
		}
	}
	for _, x := range s.Excluded {
		if err := cw.Write(csvcell.Texts([]string{"", "", "excluded", x.Commune.Province, x.Commune.District,
			"", "", "", "", "", "", "", "", "", x.Commune.Name, x.Origin, itoa(x.Problems), x.Through, ""}, summaryTextColumns...)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
