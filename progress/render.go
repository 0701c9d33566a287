package progress

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/csvcell"
	"github.com/nongthonmoi/ntm/internal/leftout"
	"github.com/nongthonmoi/ntm/internal/numtext"
	"github.com/nongthonmoi/ntm/internal/progresslabel"
	"github.com/nongthonmoi/ntm/internal/registrynote"
	"github.com/nongthonmoi/ntm/internal/statuslabel"
	"github.com/nongthonmoi/ntm/units"
)

// Options control the renderers.
type Options struct {
	// Format is "text" (the default), "markdown", "json" or "csv": the
	// renderer [Write] calls.
	Format string
	// Lang is "vi" (the default) or "en": the language of labels. Wire codes
	// and names do not change with it.
	Lang string
	// Plan, when not nil, adds each plan target's path (see [Targets]).
	Plan *PlanPath
	// Excluded are the communes left out because their input could not be
	// read, and the parts of the input whose communes are unknown: every
	// output says how many and names them.
	Excluded []Excluded
	// Warnings are the warnings on the input that change no figure but
	// may change what the reader takes them for, one line each ("b.csv:5:
	// xã \"Hoà Lac\" (Hữu Lũng, Lạng Sơn) và xã \"Hòa Lạc\" (a.csv:2) chỉ
	// khác nhau về dấu: …"): a name typed without diacritics that may be
	// two communes, two names that differ only in diacritics and are
	// counted as two communes. The text and Markdown outputs list them
	// under "Cảnh báo về số liệu" ("Warnings on the input"), after the
	// communes left out, as the HTML report does; the progress JSON and
	// CSV have no place for them and leave them out.
	Warnings []string
}

// warningLines are the heading and the items of the warnings on the
// input: "Cảnh báo về số liệu: 2" ("Warnings on the input: 2"), then each
// warning; "" and nil when there is none.
func (o Options) warningLines() (head string, items []string) {
	if len(o.Warnings) == 0 {
		return "", nil
	}
	return o.pick("Cảnh báo về số liệu", "Warnings on the input") + ": " + itoa(len(o.Warnings)), o.Warnings
}

// Excluded is input left out: a commune as far as it was read, or a part
// of the input whose communes are unknown, where it was read from
// ("communes.csv:14"), and how many problems it had. It is
// [evaluate.Excluded], as [evaluate.ExcludedOf] gives it.
type Excluded = evaluate.Excluded

// excludedLine is "Bị loại vì số liệu không đọc được: 2 xã và 1 phần số
// liệu không rõ xã — Xã X (a.csv:3, 1 lỗi); …" (as [leftout.Count] counts),
// or "" when nothing was left out.
func (o Options) excludedLine() string {
	if len(o.Excluded) == 0 {
		return ""
	}
	items := make([]string, len(o.Excluded))
	for i, e := range o.Excluded {
		en := "%s (%s, %d problems)"
		if e.Problems == 1 {
			en = "%s (%s, %d problem)"
		}
		items[i] = fmt.Sprintf(o.pick("%s (%s, %d lỗi)", en), e.Label(o.Lang), e.Place(), e.Problems)
	}
	return fmt.Sprintf(o.pick("Bị loại vì số liệu không đọc được: %s — %s", "Left out because the input could not be read: %s — %s"),
		leftout.Count(o.Excluded, o.Lang), strings.Join(items, "; "))
}

func (o Options) pick(vi, en string) string {
	if o.Lang == "en" {
		return en
	}
	return vi
}

// table is a titled table rendered as aligned text or Markdown.
type table struct {
	title  string
	header []string
	rows   [][]string
	note   string // said instead of a table without header (a plan without targets)
	// lead is a sentence said between the title and the table: that the
	// results of a set pending its official text are provisional; "" for
	// none.
	lead string
	// afterHead and after are the list said after the table: the
	// warnings of the plan's status, "Cảnh báo về kế hoạch: 1" ("Warnings
	// on the plan: 1"), then each, or, after a set's communes, what the
	// registry of units states of their units in the reorganisation of
	// 1/7/2025, "Sắp xếp đơn vị hành chính cấp xã: 2" ("Reorganisation of
	// commune-level units: 2"), then a line per commune; "" and nil when
	// there is none.
	afterHead string
	after     []string
	// notes are the sentences said after the list, each on its own: after
	// a set's communes, that the registry of units holds no units of a
	// province of theirs, so that the reorganisation of its communes is
	// not shown (said once, after the first set that has communes of the
	// province).
	notes []string
}

// tables lays out p as the text and Markdown renderers show it: per set,
// the areas year by year and the communes with each year's criteria met;
// then the plan targets.
func (o Options) tables(p Progress) []table {
	var out []table
	sets := setsOf(p)
	said := map[string]bool{}
	for _, set := range sets {
		named := set + o.pendingMark(p.contentOf(set))
		areas := table{title: o.pick("Tiến độ theo địa bàn", "Progress by area") + " — " + named,
			lead: o.pendingLead(set, p.contentOf(set), p.tableEntered(set)),
			header: []string{o.pick("Địa bàn", "Area"), o.pick("Năm", "Year"), o.pick("Số xã", "Communes"),
				o.pick("Đạt chuẩn", "Meeting the set"), o.pick("Tiêu chí bình quân/xã", "Average criteria per commune")}}
		provinces := 0
		for _, a := range p.Areas {
			if a.Set == set && a.Scope == evaluate.ScopeProvince {
				provinces++
			}
		}
		for ai := range p.Areas {
			a := &p.Areas[ai]
			if a.Set != set {
				continue
			}
			for yi, y := range a.Years {
				name := ""
				if yi == 0 {
					name = progresslabel.AreaName(a.Scope, a.Province, a.District, provinces, o.Lang)
				}
				areas.rows = append(areas.rows, []string{name, itoa(y.Year), itoa(y.Communes), itoa(y.CommunesMet),
					numtext.Decimal(y.AverageCriteria.StringFixed(2), o.Lang)})
			}
		}
		out = append(out, areas)
		years := p.setYears(set)
		communes := table{title: o.pick("Tiến độ theo xã", "Progress by commune") + " — " + named,
			header: []string{o.pick("Xã", "Commune")}}
		for _, y := range years {
			communes.header = append(communes.header, itoa(y))
		}
		communes.header = append(communes.header, o.pick("Đạt chuẩn từ năm", "First met"),
			o.pick("Tiêu chí tụt lại", "Criteria lost"))
		for _, c := range p.Communes {
			if c.Set != set {
				continue
			}
			row := []string{c.Commune.String()}
			for _, y := range years {
				row = append(row, o.yearCell(c.Years, y))
			}
			first := "—"
			if c.FirstMet != 0 {
				first = itoa(c.FirstMet)
			}
			row = append(row, first, o.regressions(c.Regressions, p.CriterionNames[c.Set]))
			communes.rows = append(communes.rows, row)
			if c.Reorganisation != nil {
				communes.after = append(communes.after, c.Commune.String()+": "+c.Reorganisation.Text(c.Set, o.Lang))
			}
		}
		reorganised := o.pick("Sắp xếp đơn vị hành chính cấp xã", "Reorganisation of commune-level units")
		if len(communes.after) > 0 {
			communes.afterHead = reorganised + ": " + itoa(len(communes.after))
		}
		for _, u := range unheld(p, set) {
			if k := registrynote.Key(u); !said[k] {
				said[k] = true
				communes.notes = append(communes.notes, reorganised+": "+registrynote.Reorganisation(u, o.Lang)+".")
			}
		}
		out = append(out, communes)
	}
	if pp := o.Plan; pp != nil {
		t := table{title: fmt.Sprintf(o.pick("Kế hoạch %s: mục tiêu tính đến ngày %s", "Plan %s: targets as of %s"),
			pp.Plan, o.date(pp)),
			header: []string{o.pick("Xã", "Commune"), o.pick("Bộ tiêu chí", "Set"), o.pick("Năm mục tiêu", "Target year"),
				o.pick("Kết quả", "Status"), o.pick("Hạn", "Deadline"), o.pick("Tiêu chí đạt theo năm", "Criteria met by year"),
				o.pick("Còn thiếu", "Still short")}}
		if len(pp.Targets) == 0 {
			t.header, t.note = nil, o.pick("Kế hoạch không nêu xã mục tiêu.", "The plan names no target commune.")
		}
		for _, tp := range pp.Targets {
			deadline := o.pick("chưa hết hạn", "not yet passed")
			if tp.DeadlinePassed {
				deadline = o.pick("đã hết hạn", "passed")
			}
			t.rows = append(t.rows, []string{tp.Target.Commune.String(), tp.Target.Set + o.pendingMark(tp.Content), itoa(tp.Target.Year),
				progresslabel.TargetStatus(tp.Status, tp.Provisional, o.Lang), deadline, o.byYear(tp),
				progresslabel.StillShort(tp.ShortYear, tp.NotMet, tp.Missing, tp.CriterionNames, o.Lang)})
		}
		if len(pp.Warnings) > 0 {
			t.afterHead = o.pick("Cảnh báo về kế hoạch", "Warnings on the plan") + ": " + itoa(len(pp.Warnings))
			for _, w := range pp.Warnings {
				t.after = append(t.after, w.Text(o.Lang))
			}
		}
		out = append(out, t)
	}
	return out
}

// pendingMark is " (chờ văn bản chính thức)" (" (pending the official
// text)"), what follows the ID of a set whose content awaits the official
// text wherever the progress names it; "" for any other content.
func (o Options) pendingMark(c criteria.Content) string {
	if !c.Pending() {
		return ""
	}
	return " (" + c.Name().In(o.Lang) + ")"
}

// pendingLead is the sentence said under the first heading of a set whose
// content awaits the official text, as the HTML report says it: its
// communes meeting the set rest on attestations of each criterion, and
// are provisional; "" for any other content.
func (o Options) pendingLead(set string, c criteria.Content, entered bool) string {
	if !c.Pending() {
		return ""
	}
	return statuslabel.PendingSentence(set, o.Lang, entered)
}

// tableEntered returns whether set has an indicator table, as its first
// area has it.
func (p Progress) tableEntered(set string) bool {
	for i := range p.Areas {
		if p.Areas[i].Set == set {
			return p.Areas[i].TableEntered
		}
	}
	return false
}

// contentOf returns the content of set, as its first area has it.
func (p Progress) contentOf(set string) criteria.Content {
	for i := range p.Areas {
		if p.Areas[i].Set == set {
			return p.Areas[i].Content
		}
	}
	return 0
}

// contentCell is the content column of the CSV: "pending-official-text"
// for a set whose content awaits the official text, empty otherwise.
func contentCell(c criteria.Content) string {
	if c.Pending() {
		return c.String()
	}
	return ""
}

func (o Options) date(pp *PlanPath) string {
	if o.Lang == "en" {
		return pp.AsOf.String()
	}
	return pp.AsOf.Vietnamese()
}

// yearCell is "17/19 Chưa đạt" for an assessed year, "—" otherwise.
func (o Options) yearCell(ys []Year, year int) string {
	for _, y := range ys {
		if y.Year == year {
			return fmt.Sprintf("%d/%d %s", y.CriteriaMet, y.CriteriaTotal, progresslabel.Status(y.Status.String(), o.Lang))
		}
	}
	return "—"
}

// regressions is "2019: 5 Trường học, 17 Môi trường và an toàn thực
// phẩm; 2020: 2 Giao thông" or "—".
func (o Options) regressions(rs []Regression, names map[string]criteria.Text) string {
	if len(rs) == 0 {
		return "—"
	}
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = itoa(r.Year) + ": " + progresslabel.Criteria(r.Criteria, names, o.Lang)
	}
	return strings.Join(parts, "; ")
}

// byYear is "2018: 15, 2019: 16" or "—".
func (o Options) byYear(tp TargetPath) string {
	if len(tp.Years) == 0 {
		return "—"
	}
	parts := make([]string, len(tp.Years))
	for i, y := range tp.Years {
		parts[i] = fmt.Sprintf("%d: %d/%d", y.Year, y.CriteriaMet, y.CriteriaTotal)
	}
	return strings.Join(parts, ", ")
}

// setYears returns the years in which set was assessed, ascending.
func (p Progress) setYears(set string) []int {
	var ys []int
	for _, a := range p.Areas {
		if a.Set != set {
			continue
		}
		for _, y := range a.Years {
			if !slices.Contains(ys, y.Year) {
				ys = append(ys, y.Year)
			}
		}
	}
	slices.Sort(ys)
	return ys
}

func setsOf(p Progress) []string {
	var sets []string
	for _, a := range p.Areas {
		if len(sets) == 0 || sets[len(sets)-1] != a.Set {
			sets = append(sets, a.Set)
		}
	}
	return sets
}

func itoa(i int) string { return strconv.Itoa(i) }

// WriteText writes p as aligned text: the communes left out (when any),
// the warnings on the input (opt.Warnings, when any), then per set (its ID followed by "(chờ văn bản chính thức)", "(pending
// the official text)", when its content awaits the official text, in the
// headings and in the plan's targets), the areas year by year
// (communes, communes meeting the set, average criteria per commune) and
// the communes (criteria met and status each year, the first year met, the
// criteria lost) followed by what the registry of units states of their
// units in the reorganisation of 1/7/2025 (Commune.Reorganisation), then the plan's targets when opt.Plan is set, followed
// by the warnings of the plan's status under "Cảnh báo về kế hoạch"
// ("Warnings on the plan") when there are any. A criterion
// lost or still short is its code and its name (p.CriterionNames, the
// target's CriterionNames). Labels and names are Vietnamese unless
// opt.Lang is "en".
func WriteText(w io.Writer, p Progress, opt Options) error {
	if line := opt.excludedLine(); line != "" {
		if _, err := fmt.Fprintf(w, "%s\n\n", line); err != nil {
			return err
		}
	}
	if head, items := opt.warningLines(); head != "" {
		var b strings.Builder
		b.WriteString(head + "\n")
		for _, it := range items {
			b.WriteString("  - " + it + "\n")
		}
		b.WriteString("\n")
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	for i, t := range opt.tables(p) {
		if i > 0 {
			if _, err := io.WriteString(w, "\n"); err != nil {
				return err
			}
		}
		if t.header == nil {
			if _, err := fmt.Fprintf(w, "%s\n\n%s\n", t.title, t.note); err != nil {
				return err
			}
		} else {
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintf(tw, "%s\n\n", t.title)
			if t.lead != "" {
				fmt.Fprintf(tw, "%s\n\n", t.lead)
			}
			for _, row := range append([][]string{t.header}, t.rows...) {
				fmt.Fprintln(tw, strings.Join(row, "\t"))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
		}
		if t.afterHead != "" {
			var b strings.Builder
			b.WriteString("\n" + t.afterHead + "\n")
			for _, it := range t.after {
				b.WriteString("  - " + it + "\n")
			}
			if _, err := io.WriteString(w, b.String()); err != nil {
				return err
			}
		}
		for _, n := range t.notes {
			if _, err := io.WriteString(w, "\n"+n+"\n"); err != nil {
				return err
			}
		}
	}
	return nil
}

// WriteMarkdown writes the tables of [WriteText] as Markdown, the
// communes left out and the warnings on the input in block quotes above
// them.
func WriteMarkdown(w io.Writer, p Progress, opt Options) error {
	var b strings.Builder
	if line := opt.excludedLine(); line != "" {
		fmt.Fprintf(&b, "> %s\n\n", mdEscape(line))
	}
	if head, items := opt.warningLines(); head != "" {
		fmt.Fprintf(&b, "> **%s**\n>\n", mdEscape(head))
		for _, it := range items {
			fmt.Fprintf(&b, "> - %s\n", mdEscape(it))
		}
		b.WriteString("\n")
	}
	for i, t := range opt.tables(p) {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "## %s\n\n", mdEscape(t.title))
		if t.lead != "" {
			fmt.Fprintf(&b, "%s\n\n", mdEscape(t.lead))
		}
		if t.header == nil {
			fmt.Fprintf(&b, "%s\n", mdEscape(t.note))
		} else {
			writeMDRow(&b, t.header)
			seps := make([]string, len(t.header))
			for i := range seps {
				seps[i] = "---"
				if i > 0 && i < len(t.header) && isNumericColumn(t, i) {
					seps[i] = "---:"
				}
			}
			b.WriteString("|" + strings.Join(seps, "|") + "|\n")
			for _, r := range t.rows {
				writeMDRow(&b, r)
			}
		}
		if t.afterHead != "" {
			fmt.Fprintf(&b, "\n**%s**\n\n", mdEscape(t.afterHead))
			for _, it := range t.after {
				fmt.Fprintf(&b, "- %s\n", mdEscape(it))
			}
		}
		for _, n := range t.notes {
			fmt.Fprintf(&b, "\n%s\n", mdEscape(n))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// isNumericColumn reports whether every cell of column i is a number
// ("2020", "17.80", "17,80"), for the Markdown table to align it right.
func isNumericColumn(t table, i int) bool {
	for _, r := range t.rows {
		if strings.Trim(r[i], "0123456789.,") != "" {
			return false
		}
	}
	return len(t.rows) > 0
}

func writeMDRow(b *strings.Builder, cells []string) {
	b.WriteString("|")
	for _, c := range cells {
		b.WriteString(" " + mdEscape(c) + " |")
	}
	b.WriteString("\n")
}

// mdEscape escapes a Markdown table cell or title: a pipe would break the
// row, < and > would pass HTML through.
func mdEscape(s string) string { return mdReplacer.Replace(s) }

var mdReplacer = strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;")

// csvTextColumns are the text columns of [WriteCSV]: set, province,
// district, commune, origin, through, unit, successors, formed_from, plan.
var csvTextColumns = []int{0, 2, 3, 4, 14, 16, 18, 19, 20, 22}

var csvHeader = []string{"set", "scope", "province", "district", "commune", "year", "communes", "communes_met",
	"average_criteria", "status", "criteria_met", "criteria_total", "first_met", "regressed",
	"origin", "problems", "through", "content",
	"unit", "successors", "formed_from", "basis",
	"plan", "as_of", "target_year", "target_status", "deadline_passed", "short_year", "not_met", "missing",
	"target_provisional"}

// csvRow is a row of [WriteCSV]: the cells of its columns, by name.
type csvRow map[string]string

func (r csvRow) cells() []string {
	out := make([]string, len(csvHeader))
	for i, h := range csvHeader {
		out[i] = r[h]
	}
	return csvcell.Texts(out, csvTextColumns...)
}

// WriteCSV writes p as one CSV table with a header row: a row per area and
// year (scope all, province or district: communes, communes_met,
// average_criteria) and a row per commune and year (scope commune:
// status, criteria_met, first_met, and in regressed the criteria met the
// previous assessed year and not met this one, space separated), and a
// row per commune or part of the input left out (scope excluded: its
// commune as far as it was read, empty for a part whose communes are
// unknown, and as in the summary CSV its origin, problems and through).
// The column content is "pending-official-text" on the rows of a set
// whose content awaits the official text (its results are provisional),
// empty otherwise. The columns after content are filled on the rows of a
// commune whose unit the registry relates to the reorganisation of 1/7/2025
// (Commune.Reorganisation), unit ("Xã Hòa Lạc (06430)"), successors or
// formed_from (units so written, "; " between them, a part followed by
// " (part)") and basis (the clauses, "; " between them); with opt.Plan, a
// row per target and year of its path (scope target: the commune, set,
// year, status, criteria_met and criteria_total of that year's report,
// one row with an empty year when none was read), each with plan, as_of,
// target_year, target_status (met, not-met, missing, not-applicable or
// not-evaluated), deadline_passed (true or false), short_year, not_met and
// missing (codes, space separated), then target_provisional (true when
// target_status rests on a set awaiting its official text). A text cell (set, province, district,
// commune, origin, through, unit, successors, formed_from, plan) that
// begins with =, +, -, @, a tab or a carriage return has a leading
// apostrophe, so that a spreadsheet does not run it as a formula.
func WriteCSV(w io.Writer, p Progress, opt Options) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, a := range p.Areas {
		for _, y := range a.Years {
			if err := cw.Write(csvRow{"set": a.Set, "scope": a.Scope.String(), "province": a.Province, "district": a.District,
				"year": itoa(y.Year), "communes": itoa(y.Communes), "communes_met": itoa(y.CommunesMet),
				"average_criteria": y.AverageCriteria.StringFixed(2), "criteria_total": itoa(y.CriteriaTotal),
				"content": contentCell(a.Content)}.cells()); err != nil {
				return err
			}
		}
	}
	for _, e := range opt.Excluded {
		if err := cw.Write(csvRow{"scope": "excluded", "province": e.Commune.Province, "district": e.Commune.District,
			"commune": e.Commune.Name, "origin": e.Origin, "problems": itoa(e.Problems), "through": e.Through}.cells()); err != nil {
			return err
		}
	}
	for _, c := range p.Communes {
		first := ""
		if c.FirstMet != 0 {
			first = itoa(c.FirstMet)
		}
		for _, y := range c.Years {
			var lost []string
			for _, r := range c.Regressions {
				if r.Year == y.Year {
					lost = r.Criteria
				}
			}
			row := csvRow{"set": c.Set, "scope": "commune", "province": c.Commune.Province, "district": c.Commune.District,
				"commune": c.Commune.Name, "year": itoa(y.Year), "status": y.Status.String(), "criteria_met": itoa(y.CriteriaMet),
				"criteria_total": itoa(y.CriteriaTotal), "first_met": first, "regressed": strings.Join(lost, " "),
				"content": contentCell(c.Content)}
			reorganisationCells(row, c.Reorganisation)
			if err := cw.Write(row.cells()); err != nil {
				return err
			}
		}
	}
	if pp := opt.Plan; pp != nil {
		for _, tp := range pp.Targets {
			if err := writeTargetRows(cw, pp, tp); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// reorganisationCells sets the cells unit, successors, formed_from and
// basis of row from r, when r is not nil.
func reorganisationCells(row csvRow, r *Reorganisation) {
	if r == nil {
		return
	}
	row["unit"] = unitName(r.Unit)
	var succ, from, bases []string
	add := func(list *[]string, u units.Unit, s units.Succession) {
		name := unitName(u)
		if !s.Whole {
			name += " (part)"
		}
		*list = append(*list, name)
		if b := s.Basis.String(); !slices.Contains(bases, b) {
			bases = append(bases, b)
		}
	}
	for _, s := range r.Successors {
		add(&succ, s.Successor, s)
	}
	for _, f := range r.FormedFrom {
		add(&from, f.Succession.Predecessor, f.Succession)
	}
	row["successors"], row["formed_from"], row["basis"] = strings.Join(succ, "; "), strings.Join(from, "; "), strings.Join(bases, "; ")
}

// writeTargetRows writes the rows of a plan's target: one per year of its
// path, or one with an empty year when it has none.
func writeTargetRows(cw *csv.Writer, pp *PlanPath, tp TargetPath) error {
	short := ""
	if tp.ShortYear != 0 {
		short = itoa(tp.ShortYear)
	}
	base := func() csvRow {
		return csvRow{"set": tp.Target.Set, "scope": "target", "province": tp.Target.Commune.Province,
			"district": tp.Target.Commune.District, "commune": tp.Target.Commune.Name, "content": contentCell(tp.Content),
			"plan": pp.Plan, "as_of": pp.AsOf.String(), "target_year": itoa(tp.Target.Year), "target_status": tp.Status,
			"deadline_passed": strconv.FormatBool(tp.DeadlinePassed), "short_year": short,
			"not_met": strings.Join(tp.NotMet, " "), "missing": strings.Join(tp.Missing, " "),
			"target_provisional": strconv.FormatBool(tp.Provisional)}
	}
	if len(tp.Years) == 0 {
		return cw.Write(base().cells())
	}
	for _, y := range tp.Years {
		row := base()
		row["year"], row["status"], row["criteria_met"], row["criteria_total"] = itoa(y.Year), y.Status.String(), itoa(y.CriteriaMet), itoa(y.CriteriaTotal)
		if err := cw.Write(row.cells()); err != nil {
			return err
		}
	}
	return nil
}

// unheld returns the provinces of the communes assessed against set (every
// set when set is "") whose units the registry of units does not hold, in
// the order of p.Communes, each once as first written.
func unheld(p Progress, set string) []string {
	return registrynote.Unheld(func(yield func(string) bool) {
		for _, c := range p.Communes {
			if (set == "" || c.Set == set) && !yield(c.Commune.Province) {
				return
			}
		}
	})
}
