package main

import (
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/mergedregion"
	"github.com/nongthonmoi/ntm/workbook"
	"golang.org/x/text/unicode/norm"
)

func init() {
	register(command{
		name:     "template",
		synopsis: "write an empty assessment form (CSV or Excel) for a set, to fill and evaluate",
		usage: `Usage: ntm template --set ID [--region R | --group G] [--year Y] [--commune "Xã, Huyện, Tỉnh"]... [--layout long|wide] [--format csv|xlsx] [-o FILE]

Writes an empty assessment form for the set: in the long layout (the
default) one row per commune and indicator, with the identity columns and
the indicator filled, value, numerator, denominator, unit and source empty
to fill, and the helper columns content (the indicator's text), target
(the target for the commune's region and the year, "≥ 70%") and note
(whether that target is unverified; for a set pending the official text,
as 933/QĐ-UBND, every row's note says so first); in the wide
layout one row per commune and a column per indicator. The Excel form
(--format xlsx) greys and locks the helper columns and offers a drop-down
of the accepted words in pass/fail cells. A filled form is read by
"ntm eval" as it is.

--commune may be given several times; without it the form has one block
of rows whose commune is left to fill. The region of a commune is that of
its province, else --region: for a set whose targets are split by region,
a commune given without a province needs --region (the form then has a
region column), so that the form is read as it is. A province named as
since 1/7/2025 that was formed from former provinces of several regions
("Tây Ninh": the former Tây Ninh in DNB, the former Long An in DBSCL;
Nghị quyết 202/2025/QH15) places its communes as for 2016-2020, in the
region of the former province of its name (DNB), which the region cell
holds and whose targets the form shows; --region of another region is an
error. The note and standard error say what the name covers and that a
commune of the former Long An has its form made with the province
"Long An" (--commune "Xã X, , Long An"). For a set whose targets
are split by commune group (51/2025/QĐ-TTg), the form has a group column
and no region column: --group fills it; without --group it is left to
fill, the target column shows the target the groups share or each
group's ("nhóm 1: ≥ 70%; nhóm 2: …"), and the note says to fill the
group, which ntm eval needs. A set split by region ignores --group, and
one split by commune group --region, as ntm criteria and ntm eval do:
standard error says so in one line.
--year defaults to this year when the set's period holds it, else to the
last year of the period (2020 for 1980/QĐ-TTg). A commune that is
no administrative unit in that year (from 2026: abolished on 1/7/2025, or
named with a district) gets the warning ntm eval would give, on standard
error; its form is written all the same.

Examples:
  ntm template --set 1980 --commune "Hòa Lạc, Hữu Lũng, Lạng Sơn" > mau.csv
  ntm template --set 1980 --region TDMNPB --format xlsx -o mau.xlsx
  ntm template --set 1980 --layout wide --format xlsx -o mau-rong.xlsx \
      --commune "Hòa Lạc, Hữu Lũng, Lạng Sơn" --commune "Minh Sơn, Hữu Lũng, Lạng Sơn"
`,
		flags: templateFlags(new(templateOptions)),
		run:   runTemplate,
	})
}

type templateOptions struct {
	set, region, group, layout, format, lang, setsFrom, out string
	year                                                    int
	communes                                                communeList
}

// communeList is the repeatable --commune flag.
type communeList []evaluate.Commune

func (l *communeList) String() string { return "" }

func (l *communeList) Set(s string) error {
	if err := checkPlace(s); err != nil {
		return err
	}
	parts := strings.Split(s, ",")
	var c evaluate.Commune
	fields := []*string{&c.Name, &c.District, &c.Province}
	if len(parts) == 2 {
		// "Tân Thành, Lạng Sơn": a commune named with its province
		// alone, as communes are from 1/7/2025, when districts were
		// abolished (as units.ParsePlace reads a place).
		if _, ok := criteria.LookupProvince(parts[1]); ok {
			fields[1] = &c.Province
		}
	}
	for i, p := range parts {
		*fields[i] = norm.NFC.String(strings.TrimSpace(p))
	}
	*l = append(*l, c)
	return nil
}

// checkPlace reports whether s names a commune as the flags --commune
// and --successor want it, "Xã, Huyện, Tỉnh": a name, then at most a
// district and a province, separated by commas (the rule of
// units.ParsePlace, with the command's message).
func checkPlace(s string) error {
	parts := strings.Split(s, ",")
	if len(parts) > 3 || strings.TrimSpace(parts[0]) == "" {
		return fmt.Errorf("want \"Xã, Huyện, Tỉnh\" (got %q)", s)
	}
	return nil
}

func templateFlags(o *templateOptions) func(fs *flag.FlagSet) {
	return func(fs *flag.FlagSet) {
		fs.StringVar(&o.set, "set", "", "the set the form is for: its `ID` or alias (1980, QD933, …); required")
		fs.StringVar(&o.region, "region", "", "the `region` whose targets apply to communes without a province (TDMNPB, …)")
		fs.StringVar(&o.group, "group", "", "the commune `group` whose targets apply (sets that split targets by group)")
		fs.IntVar(&o.year, "year", 0, "the `year` assessed (default: this year when the set's period holds it, else the period's last year)")
		fs.Var(&o.communes, "commune", "a commune to assess, as `\"Xã, Huyện, Tỉnh\"` (\"Xã, Tỉnh\" for a commune without a district, from 1/7/2025); repeatable")
		fs.StringVar(&o.layout, "layout", "long", "`layout`: long (a row per indicator) or wide (a row per commune)")
		fs.StringVar(&o.format, "format", "csv", "output `format`: csv or xlsx")
		fs.StringVar(&o.lang, "lang", "vi", "`language` of messages: vi or en")
		setsFromFlag(fs, &o.setsFrom)
		fs.StringVar(&o.out, "o", "", "write the form to `FILE` instead of standard output")
	}
}

func runTemplate(ctx *cmdContext, args []string) int {
	var o templateOptions
	pos, code, ok := ctx.parseFlags(templateFlags(&o), args)
	if !ok {
		return code
	}
	ctx.lang = o.lang
	if !o.check(ctx, pos) {
		return exitUsage
	}
	cat, err := ctx.loadCatalog(o.setsFrom)
	if err != nil {
		ctx.problem(fmt.Errorf("--sets-from: %w", err))
		return exitInput
	}
	set, err := cat.Lookup(o.set)
	if err != nil {
		ctx.usageError("--set: %v", err)
		return exitUsage
	}
	t, ok := o.template(ctx, set)
	if !ok {
		return exitUsage
	}
	warnTemplateCommunes(ctx, t)
	noteMergedProvinces(ctx, t)
	if err := o.write(ctx, t); err != nil {
		ctx.problem(err)
		return exitInput
	}
	return exitOK
}

// warnTemplateCommunes prints on standard error, for each commune of the
// form t that is no administrative unit of its province in the form's year
// (abolished on 1/7/2025, or named with a district after districts were
// abolished), the warning ntm eval gives its report, naming the --commune:
// the form is still written, as asked.
func warnTemplateCommunes(ctx *cmdContext, t workbook.Template) {
	year := t.Year
	if year == 0 {
		year = t.Set.Period.To
	}
	for _, c := range t.Communes {
		a := &evaluate.Assessment{Commune: c, Year: year, Group: t.Group, Region: t.Region}
		r := evaluate.Run(t.Set, a)
		if w, ok := r.UnitWarning(); ok {
			fmt.Fprintf(ctx.Stderr, "ntm %s: --commune %q: %s: %s\n", ctx.cmd.name, c.String(), pick(ctx.lang, "cảnh báo", "warning"), w.Text(ctx.lang))
		}
	}
}

// check checks the arguments and flags of ntm template that need no set,
// saying what is wrong on standard error.
func (o *templateOptions) check(ctx *cmdContext, pos []string) bool {
	switch {
	case len(pos) > 0:
		ctx.usageError("unexpected argument %q", pos[0])
	case o.set == "":
		ctx.usageError("--set is required")
	case o.layout != "long" && o.layout != "wide":
		ctx.usageError("unknown layout %q (want long or wide)", o.layout)
	case !ctx.checkOutput(o.format, []string{"csv", "xlsx"}, o.lang):
	case o.format == "xlsx" && o.out == "" && isTerminal(ctx.Stdout):
		ctx.usageError("a workbook is not written to a terminal: give -o FILE or redirect the output")
	default:
		return true
	}
	return false
}

// defaultTemplateYear is the year of a form without --year: the year of
// now when the set's period holds it (a form of 51/2025/QĐ-TTg made in
// 2026 is for 2026), otherwise the period's last year (a form of
// 1980/QĐ-TTg, whose period has ended, is for 2020).
func defaultTemplateYear(p criteria.Period, now time.Time) int {
	if y := now.Year(); p.Contains(y) {
		return y
	}
	return p.To
}

// template returns the form of set that the flags ask for, having checked
// them against the set (its commune groups, regions and period) and the
// communes against the region, saying what is wrong on standard error.
func (o *templateOptions) template(ctx *cmdContext, set *criteria.Set) (workbook.Template, bool) {
	year := o.year
	if year == 0 {
		year = defaultTemplateYear(set.Period, time.Now())
	}
	t := workbook.Template{Set: set, Year: year, Communes: o.communes, Wide: o.layout == "wide", Group: groupFlagCode(o.group)}
	byGroup := set.Columns == criteria.ColumnsGroup
	// A set split by region ignores --group, one split by commune group
	// --region (the interchange specification, "Set-defined target
	// columns"), as ntm criteria and ntm eval do.
	region := o.region
	if noteIgnoredFlag(ctx, "--group", o.group, []*criteria.Set{set}) {
		t.Group = ""
	}
	if noteIgnoredFlag(ctx, "--region", o.region, []*criteria.Set{set}) {
		region = ""
	}
	if byGroup && !checkGroupFlag(ctx, set, o.group, t.Group) {
		return t, false
	}
	if region != "" {
		var err error
		if t.Region, err = criteria.ParseRegion(region); err != nil {
			ctx.usageError("--region: %v", err)
			return t, false
		}
	}
	if o.year != 0 && !set.Period.Contains(o.year) {
		ctx.usageError("--year: %d is outside the period of %s (%d-%d)", o.year, set.ID, set.Period.From, set.Period.To)
		return t, false
	}
	return t, checkTemplateCommunes(ctx, t, byGroup)
}

// checkTemplateCommunes checks that each commune of the form t has a
// region that ntm eval can read (its province's, or --region when it names
// none, unless the set splits its targets by commune group) and agrees
// with --region, saying what is wrong on standard error.
func checkTemplateCommunes(ctx *cmdContext, t workbook.Template, byGroup bool) bool {
	for _, c := range t.Communes {
		if c.Province == "" {
			// Its form would have neither province nor region, which
			// ntm eval refuses for a set split by region; its targets
			// would be the common ones.
			if !byGroup && !t.Region.Valid() {
				ctx.usageError("--commune %q names no province: its form would have no region, and ntm eval could not read it; give \"Xã, Huyện, Tỉnh\" with a known province, or --region", c.String())
				return false
			}
			continue
		}
		p, others, ok := mergedregion.Lookup(c.Province)
		if !ok {
			_, err := criteria.RegionOf(c.Province)
			ctx.usageError("--commune: %s: %v", c, err)
			return false
		}
		switch {
		case !t.Region.Valid() || t.Region == p.Region:
		case len(others) > 0:
			ctx.usageError("--commune: %s is in %s, not in --region %s; %s", c, p.Region, t.Region,
				mergedregion.Disagrees(p, others, t.Region, ctx.lang, formerCommune(c)))
			return false
		default:
			ctx.usageError("--commune: %s is in %s, not in --region %s", c, p.Region, t.Region)
			return false
		}
	}
	return true
}

// noteMergedProvinces prints on standard error, for each commune of the
// form t of a set split by region whose province is named as since
// 1/7/2025 that of a province formed from former provinces of several
// regions, what the name covers, that the form uses the targets of the
// former province of the name, and how to make the form of a commune of
// another former province ([mergedregion.Form]). The form's note says it
// too, but the wide CSV form has no note.
func noteMergedProvinces(ctx *cmdContext, t workbook.Template) {
	if t.Set.Columns == criteria.ColumnsGroup {
		return
	}
	for _, c := range t.Communes {
		p, others, ok := mergedregion.Lookup(c.Province)
		if c.Province == "" || !ok || len(others) == 0 {
			continue
		}
		fmt.Fprintf(ctx.Stderr, "ntm %s: --commune %q: %s: %s\n", ctx.cmd.name, c.String(), pick(ctx.lang, "lưu ý", "note"),
			mergedregion.Form(p, others, ctx.lang, formerCommune(c)))
	}
}

// formerCommune returns how --commune gives commune c under the name of a
// former province, with no district: --commune "Tân Đông, , Long An".
func formerCommune(c evaluate.Commune) func(former string) string {
	return func(former string) string {
		return fmt.Sprintf("--commune %q", c.Name+", , "+former)
	}
}

// write writes the form t to -o or standard output in the format of
// --format, leaving no partial file when it fails.
func (o *templateOptions) write(ctx *cmdContext, t workbook.Template) error {
	out, err := ctx.output(o.out, "")
	if err != nil {
		return err
	}
	if o.format == "xlsx" {
		err = workbook.WriteTemplate(out, t)
	} else {
		err = workbook.WriteTemplateCSV(out, t)
	}
	if err != nil {
		out.Discard()
		return err
	}
	return out.Close()
}

// checkGroupFlag tells whether code, the commune group that --group
// (typed, as written) names, is empty or a group of set, a set split by
// commune group, printing otherwise the usage error that quotes typed and
// names the set's groups.
func checkGroupFlag(ctx *cmdContext, set *criteria.Set, typed, code string) bool {
	if code == "" {
		return true
	}
	if _, ok := set.CommuneGroup(code); ok {
		return true
	}
	ctx.usageError("--group: set %s has no commune group %q (%s)", set.ID, typed, groupCodes(set))
	return false
}

// groupCodes lists the commune groups of a group set: "1, 2 or 3".
func groupCodes(set *criteria.Set) string {
	var codes []string
	for _, g := range set.CommuneGroups {
		codes = append(codes, g.Code)
	}
	return orList(codes)
}
