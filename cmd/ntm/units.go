package main

import (
	"cmp"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/provincekind"
	"github.com/nongthonmoi/ntm/internal/vidate"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/nongthonmoi/ntm/units"
)

func init() {
	register(command{
		name:     "units",
		synopsis: "list commune-level administrative units (đơn vị hành chính) on a date, or a unit's successors",
		usage: `Usage: ntm units [--province P] [--as-of YYYY-MM-DD] [--format text|json|csv] [--lang vi|en] [--successor "Xã, Huyện, Tỉnh"]

Lists the commune-level units (xã, phường, thị trấn) in force on the date of
--as-of (today by default) with code, name, kind and district; from
1/7/2025, when districts ceased, the text has no district column (the
JSON keeps its "district" key and the CSV its district column, empty). Units are keyed by date and
code: codes were reused in 2025 (06445 was Xã Hòa Sơn, is now Xã Tân Thành).
Known: Lạng Sơn from 1/3/2025 (194 units) and from 1/7/2025 (65 units), with
the successions of Nghị quyết 1672/NQ-UBTVQH15; an earlier date is an error
(exit status 1) naming the first date known.

With --successor, prints the unit(s) in force on the --as-of date that took
over the named commune, each with the legal basis (the khoản of 1672) and
whether the whole commune or a part of it went in; a commune whose code a
successor took over is written "(same code as the new unit)" in place of
its code, as in the notes of ntm eval --successors. Names match ignoring case
and Unicode form, with or without the kind prefix (Xã, Huyện, Tỉnh) and,
when written without any diacritics, without them: "Nhật Tiến" and "Nhất
Tiến" stay distinct. A name without a district that is a unit in force on
the date answers that unit ("Tân Thành, Lạng Sơn" from 1/7/2025 is Xã Tân
Thành (06445), which has no district), and the text names the former units
of that name with how to ask for one: with its district. A name of several
units is an error saying what to add: the district, or the kind.

--lang en prints the labels of the text output (and the messages) in
English; JSON and CSV are the same in both languages.

Examples:
  ntm units --province "Lạng Sơn" --as-of 2025-07-01
  ntm units --as-of 2025-03-01 --format csv
  ntm units --successor "Hòa Lạc, Hữu Lũng, Lạng Sơn" --as-of 2025-07-01
`,
		flags: unitsFlags(new(unitsOptions)),
		run:   runUnits,
	})
}

type unitsOptions struct {
	province, asOf, format, lang string
	successor                    placeFlag
}

// placeFlag is a flag naming a commune, "Xã, Huyện, Tỉnh" (see
// checkPlace): an empty or malformed name is refused as the flags are
// parsed, a usage error, so the name is "" only when the flag is not
// given.
type placeFlag struct {
	name string
}

func (p *placeFlag) String() string {
	if p == nil {
		return ""
	}
	return p.name
}

func (p *placeFlag) Set(s string) error {
	if err := checkPlace(s); err != nil {
		return err
	}
	p.name = s
	return nil
}

func unitsFlags(o *unitsOptions) func(fs *flag.FlagSet) {
	return func(fs *flag.FlagSet) {
		fs.StringVar(&o.province, "province", "", "only the units of this `province` (Lạng Sơn)")
		fs.StringVar(&o.asOf, "as-of", "", "the `date` (YYYY-MM-DD or D/M/YYYY; default today)")
		fs.StringVar(&o.format, "format", "text", "output `format`: text, json or csv")
		fs.StringVar(&o.lang, "lang", "vi", "`language` of labels and messages: vi or en")
		fs.Var(&o.successor, "successor", "print the units that took over this `commune` (\"Xã, Huyện, Tỉnh\")")
	}
}

func runUnits(ctx *cmdContext, args []string) int {
	var o unitsOptions
	pos, code, ok := ctx.parseFlags(unitsFlags(&o), args)
	if !ok {
		return code
	}
	ctx.lang = o.lang
	if len(pos) > 0 {
		ctx.usageError("unexpected argument %q", pos[0])
		return exitUsage
	}
	if !ctx.checkOutput(o.format, []string{"text", "json", "csv"}, o.lang) {
		return exitUsage
	}
	day := time.Now().UTC()
	if o.asOf != "" {
		t, ok := dateFlagTime(o.asOf)
		if !ok {
			ctx.usageError("--as-of: %q is not a date YYYY-MM-DD or D/M/YYYY", o.asOf)
			return exitUsage
		}
		day = t
	}
	if o.province != "" && !units.HasRegistry(o.province) {
		if _, ok := criteria.LookupProvince(o.province); !ok {
			ctx.problem(&problem.Msg{Format: "%q is not a province or centrally-run city%s", Args: []any{o.province, closestProvinces(o.province)}})
			return exitInput
		}
		format := "no units known for province %q (known: %s)"
		if provincekind.City(o.province) {
			format = "no units known for city %q (known: %s)"
		}
		ctx.problem(&problem.Msg{Format: format, Args: []any{o.province, strings.Join(units.Provinces(), ", ")}})
		return exitInput
	}
	// A day before the registry's first list is not "no units": the
	// registry does not know that day.
	if first := units.Since(o.province); day.Before(first) {
		ctx.problem(&problem.Msg{Format: "the registry of administrative units covers dates from %s, not %s", Args: []any{vidate.Day(first), vidate.Day(day)}})
		return exitInput
	}
	var err error
	if o.successor.name != "" {
		// The flag has been checked as ParsePlace checks a place
		// (checkPlace): a name it refuses is a usage error already.
		place, perr := units.ParsePlace(o.successor.name)
		if perr != nil {
			ctx.problem(fmt.Errorf("--successor: %w", perr))
			return exitUsage
		}
		if place.Province == "" && place.District != "" && !units.HasRegistry(place.District) {
			// "Nghĩa Đồng, Nghệ An": a commune named with its province
			// alone, as --commune reads it, when the registry does not
			// hold that province's units (it cannot be a district of
			// them then).
			if p, ok := criteria.LookupProvince(place.District); ok {
				place.District, place.Province = "", p.Name
			}
		}
		if place.Province == "" {
			place.Province = o.province
		}
		old, succ, serr := units.Successor(place, day)
		if serr != nil {
			// The message itself, not its text: its date in Vietnamese
			// is written as Vietnamese documents do.
			if m := (*problem.Msg)(nil); errors.As(serr, &m) {
				ctx.problem(fmt.Errorf("--successor: %w", m))
			} else {
				ctx.problem(fmt.Errorf("--successor: %w", errors.New(stripPackage(serr.Error()))))
			}
			return exitInput
		}
		err = writeSuccessors(ctx.Stdout, o.format, o.lang, old, succ, day)
		if err == nil && len(succ) == 0 && place.District == "" && o.format == "text" {
			err = writeNamesakes(ctx.Stdout, o.lang, place, old, day)
		}
	} else {
		list := units.List(o.province, day)
		err = writeUnits(ctx.Stdout, o.format, o.lang, list)
	}
	if err != nil {
		ctx.problem(err)
		return exitInput
	}
	return exitOK
}

// unitsHeader is the header of ntm units --format csv; the district
// column is left out of a list none of whose units has a district (the
// units in force from 1/7/2025, when districts ceased).
// unitsHeader is the header of a unit in CSV, whatever the date: the
// district of a unit in force from 1/7/2025 is an empty cell, as the JSON
// keeps its "district" key, so that a script reads every date's units by
// the same columns.
var unitsHeader = []string{"code", "name", "kind", "district", "province", "from", "to"}

func unitRecord(u units.Unit) []string {
	to := ""
	if !u.To.IsZero() {
		to = u.To.Format(time.DateOnly)
	}
	return []string{u.Code, u.Name, u.Kind, u.District, u.Province, u.From.Format(time.DateOnly), to}
}

// anyDistrict tells whether one of list has a district: a list of the
// units in force from 1/7/2025 has none, and its text has no district
// column.
func anyDistrict(list []units.Unit) bool {
	return slices.ContainsFunc(list, func(u units.Unit) bool { return u.District != "" })
}

// unitsWords are the words of the text output of ntm units in one
// language: the header of the list, the count of units (count; one for a
// single unit), and the lines of --successor (inForce when the unit has
// no successor on the date).
type unitsWords struct {
	header, noDistrict, count, one, until, from, whole, part, inForce string
}

// unitsLabels are the words of the text output of ntm units, by language.
var unitsLabels = map[string]unitsWords{
	"vi": {"Mã\tTên\tLoại\tHuyện\tTỉnh", "Mã\tTên\tLoại\tTỉnh", "%d đơn vị\n", "%d đơn vị\n", "%s, đến %s\n", "→ %s, từ %s (%s; %s)\n",
		"toàn bộ", "một phần", "%s: còn hiệu lực ngày %s, không có đơn vị kế thừa\n"},
	"en": {"Code\tName\tKind\tDistrict\tProvince", "Code\tName\tKind\tProvince", "%d units\n", "%d unit\n", "%s, until %s\n", "→ %s, from %s (%s; %s)\n",
		"whole", "part", "%s: still in force on %s, no successor\n"},
}

// unitsLabelsOf returns the words of lang ("en"), else the Vietnamese.
func unitsLabelsOf(lang string) unitsWords {
	if lang == "en" {
		return unitsLabels["en"]
	}
	return unitsLabels["vi"]
}

func writeUnits(w io.Writer, format, lang string, list []units.Unit) error {
	switch format {
	case "json":
		if list == nil {
			list = []units.Unit{}
		}
		return writeJSONIndent(w, list)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(unitsHeader)
		for _, u := range list {
			cw.Write(unitRecord(u))
		}
		cw.Flush()
		return cw.Error()
	}
	l := unitsLabelsOf(lang)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if !anyDistrict(list) {
		fmt.Fprintln(tw, l.noDistrict)
		for _, u := range list {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", u.Code, u.Name, u.Kind, u.Province)
		}
	} else {
		fmt.Fprintln(tw, l.header)
		for _, u := range list {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", u.Code, u.Name, u.Kind, u.District, u.Province)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	count := l.count
	if len(list) == 1 {
		count = l.one
	}
	_, err := fmt.Fprintf(w, count, len(list))
	return err
}

// successorJSON is one line of `ntm units --successor --format json`.
type successorJSON struct {
	Predecessor units.Unit `json:"predecessor"`
	Successor   units.Unit `json:"successor"`
	Whole       bool       `json:"whole"`
	Basis       string     `json:"basis"`
	Effective   string     `json:"effective"`
}

func writeSuccessors(w io.Writer, format, lang string, old units.Unit, succ []units.Succession, day time.Time) error {
	switch format {
	case "json":
		out := []successorJSON{}
		for _, s := range succ {
			out = append(out, successorJSON{s.Predecessor, s.Successor, s.Whole, s.Basis.String(), s.Basis.Effective.Format(time.DateOnly)})
		}
		return writeJSONIndent(w, out)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(append(append([]string{"predecessor_code", "predecessor_name", "predecessor_district"}, unitsHeader...), "whole", "basis", "effective"))
		for _, s := range succ {
			p := s.Predecessor
			cw.Write(append(append([]string{p.Code, p.Name, p.District}, unitRecord(s.Successor)...), strconv.FormatBool(s.Whole), s.Basis.String(), s.Basis.Effective.Format(time.DateOnly)))
		}
		cw.Flush()
		return cw.Error()
	}
	l := unitsLabelsOf(lang)
	date := func(t time.Time) string { return t.Format(time.DateOnly) }
	if lang != "en" {
		date = vidate.Time
	}
	if len(succ) == 0 {
		_, err := fmt.Fprintf(w, l.inForce, old, date(day))
		return err
	}
	fmt.Fprintf(w, l.until, predecessorText(old, succ, lang), date(old.To))
	for _, s := range succ {
		share := l.whole
		if !s.Whole {
			share = l.part
		}
		if _, err := fmt.Fprintf(w, l.from, s.Successor, date(s.Basis.Effective), share, s.Basis); err != nil {
			return err
		}
	}
	return nil
}

// writeNamesakes writes, after the answer that place, named without a
// district, is unit u still in force on day, the former units of the same
// name (before 1/7/2025, with their districts) and how to name one of
// them, when there are some: "Tân Thành, Lạng Sơn" is xã Tân Thành
// (06445), and the three former communes Tân Thành are named with their
// district.
func writeNamesakes(w io.Writer, lang string, place units.Place, u units.Unit, day time.Time) error {
	var names []string
	example := ""
	for _, f := range units.Find(place, time.Time{}) {
		if f.InForce(day) || f.From.After(day) || f.District == "" {
			continue
		}
		names = append(names, f.String())
		if example == "" {
			example = units.Place{Name: place.Name, District: f.District, Province: cmp.Or(place.Province, f.Province)}.String()
		}
	}
	if len(names) == 0 {
		return nil
	}
	_, err := fmt.Fprintf(w, pick(lang, "Đơn vị cũ cùng tên: %s; để xem đơn vị kế thừa của đơn vị cũ, hãy ghi thêm huyện, ví dụ %q\n",
		"Former units of the same name: %s; for the successor of a former unit, name its district, as in %q\n"),
		strings.Join(names, "; "), example)
	return err
}

// predecessorText writes old as [units.Unit.String] does, but, when one of
// its successors took its code over (codes were reused in 2025), with words
// that say so in place of the code, the code being written once, on the
// successor's line, as the successor notes of ntm eval --successors write
// it: "Xã Hòa Sơn (cùng mã với xã mới), Huyện Hữu Lũng, Lạng Sơn" before "→
// Xã Tân Thành (06445)". Of several successors (a split), the one meant is
// named: "(cùng mã với Xã Kiên Mộc mới)".
func predecessorText(old units.Unit, succ []units.Succession, lang string) string {
	i := slices.IndexFunc(succ, func(s units.Succession) bool { return old.Code != "" && s.Successor.Code == old.Code })
	if i < 0 {
		return old.String()
	}
	heir := succ[i].Successor
	var words string
	switch {
	case lang == "en" && len(succ) == 1:
		words = "same code as the new unit"
	case lang == "en":
		words = "same code as the new " + heir.Name
	case len(succ) == 1:
		words = "cùng mã với " + cmp.Or(heir.Kind, "đơn vị") + " mới"
	default:
		words = "cùng mã với " + heir.Name + " mới"
	}
	s := old.Name + " (" + words + ")"
	if old.District != "" {
		s += ", " + old.District
	}
	return s + ", " + old.Province
}

func writeJSONIndent(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// closestProvinces names the provinces of package criteria (of 2016-2020)
// whose names are within two letters of name, ignoring case, diacritics
// and spaces, nearest first, as " (closest: A, B)"; "" when none is.
func closestProvinces(name string) string {
	key := strings.ReplaceAll(vntext.Fold(name), " ", "")
	type near struct {
		name string
		d    int
	}
	var found []near
	for _, p := range criteria.Provinces() {
		if d := vntext.Distance(key, strings.ReplaceAll(vntext.Fold(p.Name), " ", "")); d <= 2 {
			found = append(found, near{p.Name, d})
		}
	}
	slices.SortStableFunc(found, func(a, b near) int { return cmp.Compare(a.d, b.d) })
	if len(found) == 0 {
		return ""
	}
	names := make([]string, min(3, len(found)))
	for i := range names {
		names[i] = found[i].name
	}
	return fmt.Sprintf(" (closest: %s)", strings.Join(names, ", "))
}
