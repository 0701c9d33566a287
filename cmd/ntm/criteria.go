package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/mergedregion"
	"github.com/nongthonmoi/ntm/internal/vidate"
	"github.com/nongthonmoi/ntm/problem"
)

func init() {
	register(command{
		name:     "criteria",
		synopsis: "print criteria sets (bộ tiêu chí) as a table, Markdown or definition JSON",
		usage: `Usage: ntm criteria [--set ID] [--region R | --group G] [--year Y] [--as-of YYYY-MM-DD] [--format text|markdown|json] [--lang vi|en] [--sets-from F]

Prints the criteria sets of the catalog: the built-in 1980/QĐ-TTg,
933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg and 51/2025/QĐ-TTg,
plus the definitions read with --sets-from, which add to them or replace the
built-in set of the same ID (e.g. the official text of 933).
Without --set, every set is printed; with --as-of D, only the sets in force
on D (from their effective date to the end of their period).

Text and Markdown show, per indicator, the operator, target and unit: the
common target and that of each region with targets of its own (or of the
region of --region), or of each commune group with targets of its own under
a set split by groups (51/2025/QĐ-TTg; or of the group of --group); a line
under the table names the regions (groups) the common targets apply to.
Each target has its provenance mark:
C2 = two or more public sources, C1 = one source, M = unverified.
With --year Y they show the target that applies in year Y; a value stated
"đến năm 2020" (criterion 10) applied to an earlier year is flagged with *.

A province given to --region stands for the region of the former province
of its name (the 63 provinces of 2016-2025); a province named as since
1/7/2025 that also covers former provinces of other regions ("Tây Ninh":
Long An, DBSCL) gets a note on standard error naming them and how to ask
for their targets.

JSON is the set definition format (one object with --set, an array
otherwise, even when --as-of leaves a single set); with --region R
(--group G) each indicator keeps only its "common" and R (G) targets. A
set split by region ignores --group, one split by commune group
--region: when every set shown ignores it, standard error says so in one
line, as ntm eval and ntm template do.

Examples:
  ntm criteria --set 1980 --region TDMNPB
  ntm criteria --set 1980 --region "Lạng Sơn" --year 2018 --lang en
  ntm criteria --set 1980 --format json > 1980.json
  ntm criteria --sets-from 933.json --set 933 --format markdown
  ntm criteria --as-of 2026-12-01
`,
		flags: criteriaFlags(new(criteriaOptions)),
		run:   runCriteria,
	})
}

type criteriaOptions struct {
	set, region, group, asOf, format, lang, setsFrom string
	year                                             int
}

func criteriaFlags(o *criteriaOptions) func(fs *flag.FlagSet) {
	return func(fs *flag.FlagSet) {
		fs.StringVar(&o.set, "set", "", "only the set with this `ID` or alias (1980, QD933, 933/QD-UBND, …)")
		fs.StringVar(&o.region, "region", "", "only this region's targets: a `code` (TDMNPB … DBSCL), a region name or a province")
		fs.StringVar(&o.group, "group", "", "only this commune group's targets (sets split by group: 1, 2 or 3)")
		fs.IntVar(&o.year, "year", 0, "show the targets that apply in this `year`")
		fs.StringVar(&o.asOf, "as-of", "", "only the sets in force on this `date` (YYYY-MM-DD or D/M/YYYY)")
		fs.StringVar(&o.format, "format", "text", "output `format`: text, markdown or json")
		fs.StringVar(&o.lang, "lang", "vi", "`language` of labels: vi or en")
		setsFromFlag(fs, &o.setsFrom)
	}
}

func runCriteria(ctx *cmdContext, args []string) int {
	var o criteriaOptions
	pos, code, ok := ctx.parseFlags(criteriaFlags(&o), args)
	if !ok {
		return code
	}
	asOf, region, ok := o.check(ctx, pos)
	if !ok {
		return exitUsage
	}
	cat, err := ctx.loadCatalog(o.setsFrom)
	if err != nil {
		ctx.problem(fmt.Errorf("--sets-from: %w", err))
		return exitInput
	}
	sets, ok := o.sets(ctx, cat, asOf, region)
	if !ok {
		return exitUsage
	}
	o.noteMergedProvince(ctx, sets)
	if err := o.write(ctx.Stdout, sets, region); err != nil {
		ctx.problem(err)
		return exitInput
	}
	return exitOK
}

// check checks the arguments and flags of ntm criteria that need no
// catalog, saying what is wrong on standard error, and returns the date of
// --as-of and the region of --region (zero when not given).
func (o *criteriaOptions) check(ctx *cmdContext, pos []string) (asOf time.Time, region criteria.Region, ok bool) {
	if len(pos) > 0 {
		ctx.usageError("unexpected argument %q", pos[0])
		return asOf, region, false
	}
	if !ctx.checkOutput(o.format, []string{"text", "markdown", "json"}, o.lang) {
		return asOf, region, false
	}
	ctx.lang = o.lang
	if o.year < 0 || o.year > 9999 {
		ctx.usageError("year %d out of range", o.year)
		return asOf, region, false
	}
	if o.asOf != "" {
		t, ok := dateFlagTime(o.asOf)
		if !ok {
			ctx.usageError("--as-of: %q is not a date YYYY-MM-DD or D/M/YYYY", o.asOf)
			return asOf, region, false
		}
		asOf = t
	}
	if o.region != "" {
		r, err := parseRegionOrProvince(o.region)
		if err != nil {
			fmt.Fprintf(ctx.Stderr, "ntm criteria: %s\n", ctx.usageText("--region: %v", err))
			return asOf, region, false
		}
		region = r
	}
	return asOf, region, true
}

// sets returns the sets of cat that ntm criteria shows: the one of --set
// or all, those in force on asOf when it is not zero, each narrowed to the
// commune group of --group (a group set) or to region (a region set); a
// flag that every set shown ignores is noted (noteIgnoredFlag). A
// set --set does not name, or a group a set lacks, is said on standard
// error; no set in force is said there too, and gives none.
func (o *criteriaOptions) sets(ctx *cmdContext, cat *criteria.Catalog, asOf time.Time, region criteria.Region) ([]*criteria.Set, bool) {
	var sets []*criteria.Set
	if o.set != "" {
		s, err := cat.Lookup(o.set)
		if err != nil {
			fmt.Fprintf(ctx.Stderr, "ntm criteria: %s\n", ctx.usageText("--set: %v", err))
			return nil, false
		}
		sets = []*criteria.Set{s}
	} else {
		sets = cat.Sets()
	}
	if !asOf.IsZero() {
		var in []*criteria.Set
		for _, s := range sets {
			if s.InForce(asOf) {
				in = append(in, s)
			}
		}
		if len(in) == 0 {
			fmt.Fprintf(ctx.Stderr, "ntm criteria: %s\n", ctx.usageText("no set in force on %s", vidate.Day(asOf)))
		}
		sets = in
	}
	// --group is read as the tables read a group ("Nhóm 3" is "3").
	typed := o.group
	o.group = groupFlagCode(typed)
	for i, s := range sets {
		// A region set ignores --group, a group set --region.
		switch {
		case s.Columns == criteria.ColumnsGroup && o.group != "":
			if _, ok := s.CommuneGroup(o.group); !ok {
				fmt.Fprintf(ctx.Stderr, "ntm criteria: %s\n", ctx.usageText("--group: set %s has no commune group %q (%s)", s.ID, typed, groupCodes(s)))
				return nil, false
			}
			sets[i] = s.ForColumn(criteria.GroupColumn(o.group))
		case s.Columns != criteria.ColumnsGroup && region.Valid():
			sets[i] = s.ForRegion(region)
		}
	}
	noteIgnoredFlag(ctx, "--group", typed, sets)
	noteIgnoredFlag(ctx, "--region", o.region, sets)
	return sets, true
}

// noteMergedProvince says on standard error, when --region names a
// province that since 1/7/2025 also covers former provinces of other
// regions (Nghị quyết 202/2025/QH15: "Tây Ninh", the former Long An in
// ĐBSCL) and some set of sets is split by region, that the targets shown
// are those of the region of the former province of the name, and how to
// ask for the others' ([mergedregion.Shown]). A set split by commune group
// ignores --region.
func (o *criteriaOptions) noteMergedProvince(ctx *cmdContext, sets []*criteria.Set) {
	if o.region == "" || !slices.ContainsFunc(sets, func(s *criteria.Set) bool { return s.Columns != criteria.ColumnsGroup }) {
		return
	}
	if _, err := criteria.ParseRegion(o.region); err == nil {
		return
	}
	ask := func(v string) string {
		if strings.Contains(v, " ") {
			return fmt.Sprintf("--region %q", v)
		}
		return "--region " + v
	}
	if note := mergedregion.Shown(o.region, ctx.lang, ask); note != "" {
		fmt.Fprintf(ctx.Stderr, "ntm %s: --region %q: %s: %s\n", ctx.cmd.name, o.region, pick(ctx.lang, "lưu ý", "note"), note)
	}
}

// write writes sets to w in the format of --format.
func (o *criteriaOptions) write(w io.Writer, sets []*criteria.Set, region criteria.Region) error {
	if o.format == "json" {
		// --set asks for one set: its definition. Otherwise the sets are
		// a list (an array), even when --as-of leaves a single one.
		if o.set != "" && len(sets) == 1 {
			return criteria.WriteDefinition(w, sets[0])
		}
		return criteria.WriteDefinitions(w, sets)
	}
	v := criteriaView{lang: o.lang, region: region, group: o.group, year: o.year, markdown: o.format == "markdown"}
	for i, s := range sets {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := v.write(w, s); err != nil {
			return err
		}
	}
	return nil
}

// parseRegionOrProvince reads a region code or name, or a province name
// standing for its region; its error is a problem quoting s.
func parseRegionOrProvince(s string) (criteria.Region, error) {
	r, err := criteria.ParseRegion(s)
	if err == nil {
		return r, nil
	}
	if p, ok := criteria.LookupProvince(s); ok {
		return p.Region, nil
	}
	return 0, &problem.Problem{Code: problem.RegionMismatch, Input: s,
		Err: problem.Errorf(problem.RegionMismatch, "unknown region or province (want TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL, a region name or a province of 2016-2020)")}
}

// labels are the fixed words of the text and Markdown outputs.
var labels = map[string]map[string]string{
	"vi": {
		"set": "Bộ tiêu chí", "level": "Cấp", "scope": "Phạm vi", "national": "toàn quốc",
		"issuer": "Cơ quan ban hành", "issued": "Ban hành", "effective": "Hiệu lực", "period": "Giai đoạn",
		"supersedes": "Thay thế", "requires": "Điều kiện: đạt", "content": "Nội dung",
		"complete": "đầy đủ", "pending": "chờ văn bản chính thức",
		"counts": "%d tiêu chí, %d chỉ tiêu", "region": "Vùng", "year": "Năm", "cgroup": "Nhóm",
		"criterion": "Tiêu chí", "indicator": "Chỉ tiêu", "common": "Chung", "unit": "Đơn vị",
		"text": "Nội dung chỉ tiêu", "target": "Mức đạt chuẩn", "prov": "Tin cậy", "na": "(có thể không áp dụng)",
		"targetCommon": "Mức đạt chuẩn chung", "targetOf": "Mức đạt chuẩn %s", "groupOf": "nhóm %s",
		"pendingTableNote": "Lưu ý: nội dung bộ tiêu chí chờ văn bản chính thức; các chỉ tiêu và mức đạt chuẩn trên là bảng đã nạp, không phải văn bản chính thức, kết quả đánh giá theo bảng này là tạm tính.",
		"pendingNote":      "Lưu ý: nội dung các tiêu chí chưa được nhập, chờ văn bản chính thức; mỗi tiêu chí được đánh giá theo kết quả xác nhận Đạt/Chưa đạt. Nạp văn bản chính thức: ntm criteria --sets-from FILE.json",
		"fallback":         "* Giá trị \"đến năm %d\" áp dụng cho năm %d (chưa tìm thấy giá trị riêng của năm này).",
		"outside":          "Lưu ý: năm %d nằm ngoài giai đoạn %d-%d của bộ tiêu chí.",
		"legend":           "Tin cậy: C2 = từ hai nguồn công khai độc lập; C1 = một nguồn công khai; M = chưa kiểm chứng.",
		"commonOnly":       "%s: không có mức đạt chuẩn riêng, áp dụng mức đạt chuẩn chung (cột %s).",
		"pendingOnly":      "%s: mức đạt chuẩn riêng (nếu có) chưa được nhập, chờ văn bản chính thức; áp dụng cột %s: kết quả xác nhận Đạt/Chưa đạt.",
	},
	"en": {
		"set": "Criteria set", "level": "Level", "scope": "Scope", "national": "national",
		"issuer": "Issuer", "issued": "Issued", "effective": "In force", "period": "Period",
		"supersedes": "Supersedes", "requires": "Requires", "content": "Content",
		"complete": "complete", "pending": "pending the official text",
		"counts": "%d criteria, %d indicators", "region": "Region", "year": "Year", "cgroup": "Group",
		"criterion": "Criterion", "indicator": "Indicator", "common": "Common", "unit": "Unit",
		"text": "Wording", "target": "Target", "prov": "Source", "na": "(may be not applicable)",
		"targetCommon": "Target (common)", "targetOf": "Target (%s)", "groupOf": "group %s",
		"pendingTableNote": "Note: the set's content awaits the official text; the indicators and targets above are a table loaded, not the official text, and results judged from it are provisional.",
		"pendingNote":      "Note: the criteria are not entered yet, pending the official text; each is evaluated from an attestation (met / not met). Load the official text: ntm criteria --sets-from FILE.json",
		"fallback":         "* The value stated \"by %d\" applies to %d (no value of that year was found).",
		"outside":          "Note: year %d lies outside the set's period %d-%d.",
		"legend":           "Source: C2 = two or more independent public sources; C1 = one public source; M = unverified.",
		"commonOnly":       "%s: no targets of their own; the common targets apply (column %s).",
		"pendingOnly":      "%s: their own targets, if any, are not entered yet, pending the official text; column %s applies: an attested met / not met.",
	},
}

// criteriaView renders sets as an aligned text table or a Markdown table.
type criteriaView struct {
	lang     string
	region   criteria.Region // 0: every region
	group    string          // "": every commune group
	year     int             // 0: the stated values
	markdown bool
}

func (v criteriaView) l(key string) string { return labels[v.lang][key] }

// cell is a target as printed: as ntm eval writes it ("≥ 95%", "≤ 26,7%"
// in Vietnamese, "≤ 26.7%" in English, "đạt", "không có"), its
// provenance, and whether it is a year fallback.
type cell struct {
	target, prov string
	fallback     bool
}

func (c cell) String() string {
	s := c.target + " " + c.prov
	if c.fallback {
		s += "*"
	}
	return s
}

func (v criteriaView) target(ind *criteria.Indicator, t criteria.Target) cell {
	val, prov := t.Value, t.Provenance
	fallback := false
	if v.year != 0 {
		if y, ok := t.ByYear[v.year]; ok {
			val, prov = y.Value, y.Provenance
		} else if ind.TargetYear != 0 && v.year < ind.TargetYear {
			fallback = true
		}
	}
	// As ntm eval writes it: "≥ 80%", "≤ 26,7%" in Vietnamese, "đạt",
	// "không có".
	s := evaluate.Target{Kind: ind.Kind, Op: ind.Op, Value: val, Unit: ind.Unit}.In(v.lang)
	return cell{target: s, prov: prov.String(), fallback: fallback}
}

func (v criteriaView) write(w io.Writer, s *criteria.Set) error {
	lines := v.header(s)
	heads := v.heads(s)
	rows, fallbacks := v.rows(s)
	var b strings.Builder
	if v.markdown {
		fmt.Fprintf(&b, "## %s: %s\n\n", mdText(s.ID), mdText(nfc(s.Title.In(v.lang))))
		for _, l := range lines[1:] {
			fmt.Fprintf(&b, "- %s\n", mdText(l))
		}
		b.WriteString("\n")
		for i, r := range append([][]string{heads.markdown}, rows...) {
			b.WriteString("|")
			for _, c := range r {
				b.WriteString(" " + mdEscape(c) + " |")
			}
			b.WriteString("\n")
			if i == 0 {
				b.WriteString("|")
				for range r {
					b.WriteString(" --- |")
				}
				b.WriteString("\n")
			}
		}
		b.WriteString("\n")
	} else {
		fmt.Fprintf(&b, "%s %s: %s\n", v.l("set"), s.ID, nfc(s.Title.In(v.lang)))
		for _, l := range lines[1:] {
			b.WriteString(l + "\n")
		}
		b.WriteString("\n")
		var table strings.Builder
		tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
		for _, r := range append(heads.text[:], rows...) {
			// The wording is the last column: long, and not padded.
			fmt.Fprintln(tw, strings.Join(r[:len(r)-1], "\t")+"\t"+r[len(r)-1])
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		// The second header row's cells after the target columns are
		// empty: no padding at the end of its line.
		for _, l := range strings.SplitAfter(table.String(), "\n") {
			b.WriteString(strings.TrimRight(l, " \n"))
			if strings.HasSuffix(l, "\n") {
				b.WriteString("\n")
			}
		}
		b.WriteString("\n")
	}
	if _, _, omitted := v.columns(s); len(omitted) > 0 {
		names := make([]string, len(omitted))
		for i, c := range omitted {
			names[i] = v.columnLabel(c)
		}
		// A national set pending its official text may have targets of
		// their own for these columns (51/2025/QĐ-TTg splits every
		// criterion by commune group, 318/QĐ-TTg's Phụ lục I by region,
		// 2021-2030-sets.md, C2): they are not entered, never said to be
		// none. A province's set (933/QĐ-UBND) has no regions of its own.
		note := "commonOnly"
		if s.Content == criteria.ContentPendingOfficialText && s.Scope == "national" {
			note = "pendingOnly"
		}
		fmt.Fprintf(&b, v.l(note)+"\n", strings.Join(names, ", "), v.l("common"))
	}
	if fallbacks > 0 {
		fmt.Fprintf(&b, v.l("fallback")+"\n", fallbackYear(s), v.year)
	}
	b.WriteString(v.l("legend") + "\n")
	switch {
	case s.Content == criteria.ContentPendingOfficialText && s.TableEntered():
		b.WriteString(v.l("pendingTableNote") + "\n")
	case s.Content == criteria.ContentPendingOfficialText:
		b.WriteString(v.l("pendingNote") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// fallbackYear is the "đến năm" year of the set's indicators (2020 for
// 1980/QĐ-TTg).
func fallbackYear(s *criteria.Set) int {
	for _, ind := range s.Indicators() {
		if ind.TargetYear != 0 {
			return ind.TargetYear
		}
	}
	return 0
}

func (v criteriaView) header(s *criteria.Set) []string {
	scope := s.Scope
	if scope == criteria.ScopeNational {
		scope = v.l("national")
	}
	level := s.Level.Name().In(v.lang)
	lines := []string{
		s.ID,
		fmt.Sprintf("%s: %s; %s: %s; %s: %s", v.l("level"), level, v.l("scope"), scope, v.l("issuer"), s.Issuer),
		fmt.Sprintf("%s: %s; %s: %s; %s: %d-%d", v.l("issued"), dmy(s.Issued), v.l("effective"), dmy(s.Effective),
			v.l("period"), s.Period.From, s.Period.To),
	}
	var more []string
	if len(s.Supersedes) > 0 {
		more = append(more, v.l("supersedes")+": "+strings.Join(s.Supersedes, ", "))
	}
	if s.Requires != "" {
		more = append(more, v.l("requires")+" "+s.Requires)
	}
	if len(more) > 0 {
		lines = append(lines, strings.Join(more, "; "))
	}
	content := v.l("complete")
	if s.Content == criteria.ContentPendingOfficialText {
		content = v.l("pending")
	}
	lines = append(lines, fmt.Sprintf("%s: %s; %s", v.l("content"), content,
		fmt.Sprintf(v.l("counts"), len(s.Criteria), s.IndicatorCount())))
	group, byGroup := s.CommuneGroup(v.group)
	byRegion := s.Columns != criteria.ColumnsGroup && v.region.Valid()
	if byRegion || byGroup || v.year != 0 {
		var sel []string
		if byRegion {
			sel = append(sel, fmt.Sprintf("%s: %s (%s)", v.l("region"), v.region, v.region.Name().In(v.lang)))
		}
		if byGroup {
			sel = append(sel, nfc(group.Name.In(v.lang)))
		}
		if v.year != 0 {
			sel = append(sel, fmt.Sprintf("%s: %d", v.l("year"), v.year))
		}
		lines = append(lines, strings.Join(sel, "; "))
		if v.year != 0 && !s.Period.Contains(v.year) {
			lines = append(lines, fmt.Sprintf(v.l("outside"), v.year, s.Period.From, s.Period.To))
		}
	}
	return lines
}

// tableHeads is the header of the table of targets, as text and Markdown
// write it.
type tableHeads struct {
	// text is two rows: the columns' names, "Mức đạt chuẩn" over the
	// first target column; then under it the target columns' own names
	// (Chung, TDMNPB, …, or Nhóm 1, …), the other cells empty.
	text [2][]string
	// markdown is one row (a Markdown table has one header row): each
	// target column named in full, "Mức đạt chuẩn chung", "Mức đạt chuẩn
	// TDMNPB", "Mức đạt chuẩn nhóm 1".
	markdown []string
}

func (v criteriaView) heads(s *criteria.Set) tableHeads {
	cols, one, _ := v.columns(s)
	var names, full []string // the target columns'
	if !one {
		names = append(names, v.l("common"))
		full = append(full, v.l("targetCommon"))
	}
	for _, c := range cols {
		names = append(names, v.columnLabel(c))
		of := c.Region.String()
		if c.Group != "" {
			of = fmt.Sprintf(v.l("groupOf"), c.Group)
		}
		full = append(full, fmt.Sprintf(v.l("targetOf"), of))
	}
	var h tableHeads
	first := []string{v.l("criterion"), v.l("indicator"), v.l("target")}
	for range names[1:] {
		first = append(first, "")
	}
	h.text[0] = append(first, v.l("unit"), v.l("text"))
	h.text[1] = append(append([]string{"", ""}, names...), "", "")
	h.markdown = append(append([]string{v.l("criterion"), v.l("indicator")}, full...), v.l("unit"), v.l("text"))
	return h
}

// rows returns the table's rows, one per indicator, and how many cells are
// year fallbacks.
func (v criteriaView) rows(s *criteria.Set) ([][]string, int) {
	cols, one, _ := v.columns(s)
	var rows [][]string
	fallbacks := 0
	for i := range s.Criteria {
		c := &s.Criteria[i]
		for j := range c.Indicators {
			ind := &c.Indicators[j]
			name := ""
			if j == 0 {
				name = c.Code + ". " + nfc(c.Name.In(v.lang))
			}
			row := []string{name, ind.Code}
			add := func(t criteria.Target, ok bool) {
				if !ok {
					row = append(row, "—")
					return
				}
				c := v.target(ind, t)
				if c.fallback {
					fallbacks++
				}
				row = append(row, c.String())
			}
			if !one {
				if ind.Common != nil {
					add(*ind.Common, true)
				} else {
					add(criteria.Target{}, false)
				}
			}
			for _, col := range cols {
				t, ok := ind.ByGroup[col.Group]
				if col.Group == "" {
					t, ok = ind.Regional[col.Region]
				}
				if !ok && ind.Common != nil {
					t, ok = *ind.Common, true
				}
				add(t, ok)
			}
			text := nfc(ind.Text.In(v.lang))
			if ind.NotApplicableAllowed {
				text += " " + v.l("na")
			}
			unit := ind.Unit
			if unit == "" {
				unit = "—"
			}
			row = append(row, unit, text)
			rows = append(rows, row)
		}
	}
	return rows, fallbacks
}

// columns returns the target columns the table shows for s, and whether it
// shows one column only (--region or --group) instead of the common targets
// and the columns of the regions (or commune groups) for which some
// indicator has a target of its own; omitted are the others, whose targets
// are the common ones (a set whose targets are all common, as
// 933/QĐ-UBND, shows the common column alone).
func (v criteriaView) columns(s *criteria.Set) (cols []criteria.Column, one bool, omitted []criteria.Column) {
	var all []criteria.Column
	if s.Columns == criteria.ColumnsGroup {
		if _, ok := s.CommuneGroup(v.group); ok {
			return []criteria.Column{criteria.GroupColumn(v.group)}, true, nil
		}
		for _, g := range s.CommuneGroups {
			all = append(all, criteria.GroupColumn(g.Code))
		}
	} else {
		if v.region.Valid() {
			return []criteria.Column{criteria.RegionColumn(v.region)}, true, nil
		}
		for _, r := range criteria.Regions() {
			all = append(all, criteria.RegionColumn(r))
		}
	}
	for _, c := range all {
		if ownTargets(s, c) {
			cols = append(cols, c)
		} else {
			omitted = append(omitted, c)
		}
	}
	return cols, false, omitted
}

// ownTargets reports whether some indicator of s has a target of its own
// for column c.
func ownTargets(s *criteria.Set, c criteria.Column) bool {
	for _, ind := range s.Indicators() {
		if _, ok := ind.ByGroup[c.Group]; ok && c.Group != "" {
			return true
		}
		if _, ok := ind.Regional[c.Region]; ok && c.Group == "" {
			return true
		}
	}
	return false
}

// columnLabel is a column's header: a region code ("TDMNPB") or a commune
// group ("Nhóm 3").
func (v criteriaView) columnLabel(c criteria.Column) string {
	if c.Group != "" {
		return v.l("cgroup") + " " + c.Group
	}
	return c.Region.String()
}

// dmy prints a date as Vietnamese documents do: 17/10/2016, 08/3/2022.
func dmy(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return vidate.Time(t)
}

func nfc(s string) string { return norm.NFC.String(s) }

// mdEscape escapes a Markdown table cell: a pipe or a line break would
// break the row, < and > would pass HTML through (the text of a set read
// with --sets-from).
func mdEscape(s string) string {
	if s == "" {
		return " "
	}
	return mdText(s)
}

// mdText escapes Markdown text as mdEscape does, an empty text staying
// empty.
func mdText(s string) string { return mdReplacer.Replace(s) }

var mdReplacer = strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;", ">", "&gt;")
