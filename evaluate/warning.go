package evaluate

import (
	"fmt"
	"math"
	"strconv"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/legacyvn"
	"github.com/nongthonmoi/ntm/internal/mergedregion"
	"github.com/nongthonmoi/ntm/internal/numtext"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

// String returns the warning in Vietnamese: Text("vi").
func (w Warning) String() string { return w.Text("vi") }

// Text formats the warning for people in lang ("en" for English, anything
// else Vietnamese, whose numbers have a decimal comma: "mục tiêu ≤ 26,7%").
// The texts are stable: golden tests pin them.
func (w Warning) Text(lang string) string { return w.text(lang, false) }

// text is Text, with the numbers in the form of the machine formats
// ("≤ 26.7%") when point is true: the report JSON's warnings keep their
// text whatever the language.
func (w Warning) text(lang string, point bool) string {
	en := lang == "en"
	numLang := lang
	if point {
		numLang = "en"
	}
	t := w.Target()
	switch w.Kind {
	case WarnProvenance:
		if en {
			return fmt.Sprintf("indicator %s: the target %s (%s) that decided the outcome is %s: %s",
				w.Indicator, targetText(t.Op, t.Value, t.Unit, "en", "en"), w.scope("en"), t.Provenance, t.Provenance.Describe().EN)
		}
		return fmt.Sprintf("chỉ tiêu %s: kết quả dựa trên mức đạt chuẩn %s (%s), độ tin cậy %s: %s",
			w.Indicator, w.scope("vi"), targetText(t.Op, t.Value, t.Unit, "vi", numLang), t.Provenance, t.Provenance.Describe().VI)
	case WarnYearFallback:
		if en {
			return fmt.Sprintf("indicator %s: no target for %d was found; the target for %d (%s) was applied",
				w.Indicator, w.Year, t.TargetYear, targetText(t.Op, t.Value, t.Unit, "en", "en"))
		}
		return fmt.Sprintf("chỉ tiêu %s: không có mức đạt chuẩn riêng cho năm %d; đã áp dụng mức đạt chuẩn đến năm %d (%s)",
			w.Indicator, w.Year, t.TargetYear, targetText(t.Op, t.Value, t.Unit, "vi", numLang))
	case WarnPendingContent:
		if w.entered {
			if en {
				return fmt.Sprintf("set %s: its content awaits the official text; the indicators and targets loaded are not it, and the results are provisional", w.Set)
			}
			return fmt.Sprintf("bộ tiêu chí %s: nội dung chờ văn bản chính thức; các chỉ tiêu và mức đạt chuẩn đã nạp không phải văn bản chính thức, kết quả là tạm tính", w.Set)
		}
		if en {
			return fmt.Sprintf("set %s: its content awaits the official text; criteria are judged from attested results (load the official content with --sets-from)", w.Set)
		}
		return fmt.Sprintf("bộ tiêu chí %s: nội dung chưa được nhập từ văn bản chính thức; các tiêu chí được đánh giá theo kết quả xác nhận (đọc nội dung chính thức bằng --sets-from)", w.Set)
	case WarnOutsidePeriod:
		period := w.Period
		if en {
			return fmt.Sprintf("set %s applies to %d-%d; the assessment is for %d", w.Set, period.From, period.To, w.Year)
		}
		return fmt.Sprintf("bộ tiêu chí %s áp dụng cho giai đoạn %d-%d; số liệu đánh giá là của năm %d", w.Set, period.From, period.To, w.Year)
	case WarnIgnoredValue:
		if en {
			return fmt.Sprintf("indicator %s: a %s value cannot be judged against this indicator%s; treated as missing", w.Indicator, w.ValueKind, w.reason(false))
		}
		return fmt.Sprintf("chỉ tiêu %s: giá trị %s không đánh giá được theo chỉ tiêu này%s; coi như thiếu số liệu", w.Indicator, valueKindVI(w.ValueKind), w.reason(true))
	case WarnUnknownIndicator:
		if en {
			return fmt.Sprintf("set %s has no indicator %q; its value was not used", w.Set, w.Indicator)
		}
		return fmt.Sprintf("bộ tiêu chí %s không có chỉ tiêu %q; giá trị này không được sử dụng", w.Set, w.Indicator)
	case WarnNoTarget:
		if en {
			return fmt.Sprintf("indicator %s has no target for %s; treated as missing", w.Indicator, w.column("en"))
		}
		return fmt.Sprintf("chỉ tiêu %s không có mức đạt chuẩn cho %s; coi như thiếu số liệu", w.Indicator, w.column("vi"))
	case WarnNoRegion:
		if en {
			return fmt.Sprintf("set %s: the assessment names no region and no known province; the common targets were applied", w.Set)
		}
		return fmt.Sprintf("bộ tiêu chí %s: số liệu không ghi vùng, cũng không ghi tỉnh nào có trong danh mục; đã áp dụng mức đạt chuẩn chung", w.Set)
	case WarnNoGroup:
		if en {
			return fmt.Sprintf("set %s splits its targets by commune group and the assessment names none of its groups; the common targets were applied", w.Set)
		}
		return fmt.Sprintf("bộ tiêu chí %s chia mức đạt chuẩn theo nhóm xã nhưng số liệu không ghi nhóm xã nào của bộ tiêu chí; đã áp dụng mức đạt chuẩn chung", w.Set)
	case WarnUnknownUnit:
		if w.legacy != "" {
			return w.legacyUnitText(en)
		}
		if en {
			return fmt.Sprintf("the commune's name is not among the administrative units known for its province; closest: %s", w.Key)
		}
		return fmt.Sprintf("tên xã không có trong danh mục đơn vị hành chính của tỉnh; tên gần nhất: %s", w.Key)
	case WarnFormerUnit:
		switch {
		case en && w.Key != "":
			return formerUnitFact(w.Year, en) + "; assess the unit that succeeded it: " + w.Key
		case en:
			return formerUnitFact(w.Year, en) + "; assess the unit that succeeded it"
		case w.Key != "":
			return formerUnitFact(w.Year, en) + "; hãy đánh giá theo đơn vị kế thừa: " + w.Key
		}
		return formerUnitFact(w.Year, en) + "; hãy đánh giá theo đơn vị kế thừa"
	case WarnFormerDistrict:
		if en {
			return fmt.Sprintf("there are no districts in %d (abolished on 1/7/2025): the commune's name is that of %s, which succeeded the commune of that name of the district written; if the figures are of that unit, leave the district empty; if of the former commune, assess that unit", w.Year, w.Key)
		}
		return fmt.Sprintf("trong năm %d không còn cấp huyện (bỏ từ ngày 01/7/2025): tên xã là của %s, đơn vị kế thừa xã cùng tên của huyện đã ghi; nếu số liệu là của đơn vị này, hãy để trống cột huyện, nếu là của xã cũ, hãy đánh giá theo đơn vị này", w.Year, w.Key)
	case WarnMergedProvince:
		return w.mergedProvinceText(en)
	case WarnTransition:
		if en {
			return fmt.Sprintf("set %s: the recognition %s is of an earlier period and does not satisfy the prerequisite: a commune recognised nâng cao under 2018-2020 must meet the 2021-2025 nâng cao set in full (319/QĐ-TTg)", w.Set, w.Key)
		}
		return fmt.Sprintf("bộ tiêu chí %s: quyết định công nhận %s thuộc giai đoạn trước, không thay thế được điều kiện tiên quyết: xã đã được công nhận nâng cao giai đoạn 2018-2020 phải đạt đủ bộ tiêu chí nâng cao 2021-2025 (319/QĐ-TTg)", w.Set, w.Key)
	case WarnEstimate:
		if en {
			return fmt.Sprintf("set %s: estimate from the former communes' figures (%s); not an evaluation of the commune's own figures and never a recognition", w.Set, EstimateLabel)
		}
		return fmt.Sprintf("bộ tiêu chí %s: %s; không phải kết quả đánh giá số liệu của xã mới và không phải công nhận", w.Set, EstimateLabel)
	case WarnEstimateBound:
		if w.ValueKind == ValueNotApplicable {
			if en {
				return fmt.Sprintf("indicator %s: some former communes' value is n/a and the others' meet the target; give numerators and denominators (or population) to estimate it", w.Indicator)
			}
			return fmt.Sprintf("chỉ tiêu %s: giá trị của một số xã cũ là không áp dụng, của các xã còn lại đạt mức chuẩn; cần tử số và mẫu số (hoặc dân số) để ước tính", w.Indicator)
		}
		if en {
			return fmt.Sprintf("indicator %s: the former communes' values fall on both sides of the target; give numerators and denominators (or population) to estimate it", w.Indicator)
		}
		return fmt.Sprintf("chỉ tiêu %s: giá trị của các xã cũ nằm ở cả hai phía của mức đạt chuẩn; cần tử số và mẫu số (hoặc dân số) để ước tính", w.Indicator)
	case WarnPercentAsFraction:
		given, meant := numberText(w.Number), meantText(w.Number)
		if en {
			return fmt.Sprintf("indicator %s: value %s is below 1 — if you mean %s%%, write %s (or %s%%)",
				w.Indicator, given, meant, meant, meant)
		}
		// The advice is what to type: a decimal comma, which the readers
		// take, in the JSON's text too.
		meant = numtext.Decimal(meant, "vi")
		return fmt.Sprintf("chỉ tiêu %s: giá trị %s nhỏ hơn 1 — nếu là %s%% thì ghi %s (hoặc %s%%)",
			w.Indicator, numtext.Decimal(given, numLang), meant, meant, meant)
	case WarnAmountScale:
		return w.amountScaleText(en, numLang)
	case WarnFractionalCount:
		return w.fractionalCountText(en, numLang)
	case WarnDuplicateValue:
		key := w.Key
		if key == "" {
			key = w.Set
		}
		if en {
			return fmt.Sprintf("indicator %s: another value was given under the key %q, which also names set %s; it was not used", w.Indicator, key, w.Set)
		}
		return fmt.Sprintf("chỉ tiêu %s: có giá trị khác ghi dưới khóa %q (cũng là tên của bộ tiêu chí %s); giá trị đó không được sử dụng", w.Indicator, key, w.Set)
	}
	return fmt.Sprintf("WarningKind(%d)", int(w.Kind))
}

// mergedProvinceText is the text of a WarnMergedProvince: the former
// provinces the province named covers since 1/7/2025, with their regions,
// the region whose targets applied, and what a commune of a former
// province of another region should give ([mergedregion.Applied]).
func (w Warning) mergedProvinceText(en bool) string {
	lang := "vi"
	if en {
		lang = "en"
	}
	return mergedregion.Applied(w.Set, w.Key, w.Region, lang)
}

// amountScaleText is the text of a WarnAmountScale: the value as given,
// and what to write when it is in đồng (a million or more) or in nghìn
// đồng (below a million).
func (w Warning) amountScaleText(en bool, numLang string) string {
	given := numberText(w.Number)
	unit, unitVI, shift := "đồng", "đồng", int32(-6)
	if w.Number.Cmp(decimal.New(1, 6)) < 0 {
		unit, unitVI, shift = "thousand đồng", "nghìn đồng", -3
	}
	meant := numberText(w.Number.Shift(shift))
	if en {
		return fmt.Sprintf("indicator %s: value %s triệu đồng is over ten billion đồng per person a year — if it is written in %s, write %s",
			w.Indicator, given, unit, meant)
	}
	return fmt.Sprintf("chỉ tiêu %s: giá trị %s triệu đồng là trên mười tỷ đồng mỗi người một năm — nếu số liệu ghi theo %s thì ghi %s",
		w.Indicator, numtext.Decimal(given, numLang), unitVI, numtext.Decimal(meant, "vi"))
}

// fractionalCountText is the text of a WarnFractionalCount: the share as
// read, with its percentage, and that its unit is counted whole.
func (w Warning) fractionalCountText(en bool, numLang string) string {
	s := w.share
	if en {
		return fmt.Sprintf("indicator %s: the share %s/%s %s has a fraction of %s, which are counted whole — probably mistyped; judged as written (%s%%)",
			w.Indicator, s.num, s.den, s.unit, s.unit, s.percent)
	}
	return fmt.Sprintf("chỉ tiêu %s: tỷ lệ %s/%s %s có phần lẻ, trong khi %s được đếm nguyên — có thể đã ghi nhầm; đã đánh giá theo số đã ghi (%s%%)",
		w.Indicator, numtext.Decimal(s.num, numLang), numtext.Decimal(s.den, numLang), s.unit, s.unit, numtext.Decimal(s.percent, numLang))
}

// maxPlainDecimals bounds the exponent of a number meantText shortens
// through a float64.
const maxPlainDecimals = 200

// meantText prints the percentage d·100 that a fraction d of one likely
// means, for the advice of WarnPercentAsFraction. A d with more digits
// than a float64 holds is first shortened to the shortest decimal that
// reads back as the same float64: Excel stores 0.965 typed into a General
// cell as 0.96499999999999997 and shows 0.965, so the advice is 96.5.
func meantText(d decimal.Decimal) string {
	// With the exponent bounded, the work is bounded by the coefficient
	// (a number below 1 has at most as many digits as decimals).
	if e := d.Exponent(); e >= -maxPlainDecimals && e <= maxPlainDecimals && d.NumDigits() > 15 {
		if f, _ := d.Float64(); f != 0 && !math.IsInf(f, 0) {
			if short, err := decimal.NewFromString(strconv.FormatFloat(f, 'g', -1, 64)); err == nil {
				d = short
			}
		}
	}
	return numberText(d.Shift(2))
}

// scope says whose target applied: the column's own (the region's, or
// the commune group's under a set split by groups) or the common one.
func (w Warning) scope(lang string) string {
	if w.Target().FromCommon {
		if lang == "en" {
			return "common target"
		}
		return "chung"
	}
	if lang != "en" {
		return "của " + w.column(lang)
	}
	return w.column(lang)
}

// valueKindVI names a kind of value in the Vietnamese warnings: the words
// of the tables ("đạt/chưa đạt", "không áp dụng"), not the JSON's.
func valueKindVI(k ValueKind) string {
	switch k {
	case ValueBool:
		return "đạt/chưa đạt"
	case ValueNumber:
		return "số"
	case ValueShare:
		return "tỷ lệ (tử số/mẫu số)"
	case ValueNotApplicable:
		return "không áp dụng"
	case ValueMissing:
		return "trống"
	}
	return k.String()
}

// column names the target column of the warning: "group 3" ("nhóm 3")
// under a set split by commune groups, else "region TDMNPB" ("vùng
// TDMNPB").
func (w Warning) column(lang string) string {
	switch {
	case w.Group != "" && lang == "en":
		return "group " + w.Group
	case w.Group != "":
		return "nhóm " + w.Group
	case lang == "en":
		return "region " + w.Region.String()
	}
	return "vùng " + w.Region.String()
}

// targetText prints a target: "≥ 70%", "≤ 12%", "≥ 36 triệu đồng/người/năm",
// "đạt" / "met" for pass, "không có" / "none" for none; its words in lang
// and its number as [numtext.Decimal] writes it for numLang ("≤ 26,7%" for
// "vi", "≤ 26.7%" for "en").
func targetText(op criteria.Op, value interface{ String() string }, unit, lang, numLang string) string {
	switch op {
	case criteria.OpEq:
		if lang == "en" {
			return "met"
		}
		return "đạt"
	case criteria.OpNone:
		if lang == "en" {
			return "none"
		}
		return "không có"
	}
	return op.Symbol() + " " + numtext.WithUnit(numtext.Decimal(value.String(), numLang), unit)
}

// provenance is the provenance of the target concerned, 0 without one.
func (w Warning) provenance() criteria.Provenance {
	return w.Target().Provenance
}

// Warnings returns the report's warnings in order, as a new slice: those
// about the set (pending content, outside its period, no region or group),
// then each indicator's in the set's order (no target, a value that could
// not be judged, a percentage that looks typed as a fraction of one, an
// income that looks typed in đồng, a share of whole things with a
// fraction, year fallback, provenance), then the values given twice or for codes the set
// does not define, then those about the commune, the prerequisite and an
// estimate.
func (r *Report) Warnings() []Warning {
	var out []Warning
	for w := range r.warnings {
		out = append(out, w)
	}
	return out
}

// warnings yields the report's warnings in order.
func (r *Report) warnings(yield func(Warning) bool) {
	for ref := range r.warnRefs {
		if !yield(r.warningOf(ref)) {
			return
		}
	}
}

// warnRef is a warning of a report as [Report.warnRefs] finds it: its
// kind, the kind of the value concerned and the result of the indicator
// concerned (its definition and value); with kind 0, the warning kept in
// the report at rare.
type warnRef struct {
	kind      WarningKind
	valueKind ValueKind
	ind       *IndicatorResult
	rare      *Warning
}

// warnRefs yields the report's warnings in order. Those about the set and
// its indicators are derived from the report's program and results; the
// others are kept in r.rare.
func (r *Report) warnRefs(yield func(warnRef) bool) {
	if p := r.prog; p != nil {
		if p.pending && !yield(warnRef{kind: WarnPendingContent}) {
			return
		}
		if p.outside && !yield(warnRef{kind: WarnOutsidePeriod}) {
			return
		}
		if r.noColumn {
			kind := WarnNoRegion
			if p.byGroup {
				kind = WarnNoGroup
			}
			if !yield(warnRef{kind: kind}) {
				return
			}
		}
		for ci := range r.Criteria {
			for ii := range r.Criteria[ci].Indicators {
				ir := &r.Criteria[ci].Indicators[ii]
				d := ir.def
				switch {
				case d == nil:
				case !d.hasTarget:
					if !yield(warnRef{kind: WarnNoTarget, ind: ir}) {
						return
					}
				case ir.Status == StatusMissing && ir.val.kind != 0 && ir.val.kind != ValueMissing:
					if !yield(warnRef{kind: WarnIgnoredValue, valueKind: ir.val.kind, ind: ir}) {
						return
					}
				case ir.Status == StatusMet || ir.Status == StatusNotMet:
					if d.warnsFraction && ir.val.fractionOfOne() &&
						!yield(warnRef{kind: WarnPercentAsFraction, ind: ir}) {
						return
					}
					if d.warnsScale && ir.val.tooLargeForMillions() &&
						!yield(warnRef{kind: WarnAmountScale, ind: ir}) {
						return
					}
					if ir.val.fractionalCount() && !yield(warnRef{kind: WarnFractionalCount, ind: ir}) {
						return
					}
					if d.target.YearFallback && !yield(warnRef{kind: WarnYearFallback, ind: ir}) {
						return
					}
					if d.warnsProvenance && !yield(warnRef{kind: WarnProvenance, ind: ir}) {
						return
					}
				}
			}
		}
	}
	for i := range r.rare {
		if !yield(warnRef{rare: &r.rare[i]}) {
			return
		}
	}
}

// warningOf returns the warning w refers to.
func (r *Report) warningOf(w warnRef) Warning {
	if w.kind == 0 {
		return *w.rare
	}
	p := r.prog
	out := Warning{Set: p.id, Year: r.Year, Kind: w.kind, ValueKind: w.valueKind}
	switch w.kind {
	case WarnPendingContent:
		out.entered = p.entered
	case WarnOutsidePeriod:
		out.Period = p.period
	case WarnNoTarget:
		out.Indicator, out.Region = w.ind.def.code, r.Region
	case WarnIgnoredValue:
		out.Indicator = w.ind.def.code
		out.whyField, out.why = ignoredReason(w.ind)
	case WarnPercentAsFraction, WarnAmountScale:
		out.Indicator, out.Number = w.ind.def.code, w.ind.val.number()
	case WarnFractionalCount:
		v := &w.ind.val
		pct, _ := v.actual()
		out.Indicator = w.ind.def.code
		out.share = shareRead{num: numberText(v.numerator()), den: numberText(v.denominator()), percent: pct, unit: v.unit()}
	case WarnYearFallback, WarnProvenance:
		out.Indicator, out.Region, out.def = w.ind.def.code, r.Region, w.ind.def
	}
	if p.byGroup && (w.kind == WarnNoTarget || w.kind == WarnYearFallback || w.kind == WarnProvenance) {
		out.Group = r.Group
	}
	return out
}

// addWarning appends w to the report's warnings.
func (r *Report) addWarning(w Warning) {
	r.rare = append(r.rare, w)
}

// ignoredReason returns why the value of ir, not judged, is one the
// readers reject, and the part of a share it concerns; "" when they
// would take it (a number beyond those they read is rejected by the
// reading of the number itself).
func ignoredReason(ir *IndicatorResult) (field, why string) {
	if !ir.val.inRange() {
		return "", "" // checking it would take unbounded work
	}
	d := ir.def
	ind := criteria.Indicator{Code: d.code, Kind: d.kind, Op: d.op, Unit: d.unit, NotApplicableAllowed: d.naAllowed}
	if ps := checkValue(&ind, ir.val.value()); len(ps) > 0 {
		return ps[0].field, ps[0].err.Error()
	}
	return "", ""
}

// reason is the reason of a WarnIgnoredValue in parentheses, in
// Vietnamese when vi is true; "" without one.
func (w Warning) reason(vi bool) string {
	if w.why == "" {
		return ""
	}
	if !vi {
		return " (" + problemText(w.whyField, w.why) + ")"
	}
	why := (&problem.Msg{Format: w.why}).Text(problem.VI)
	switch w.whyField {
	case vfNumerator:
		why = "tử số " + why
	case vfDenominator:
		why = "mẫu số " + why
	}
	return " (" + why + ")"
}

// UnitWarning returns the report's warning on its commune as an
// administrative unit of its province (WarnUnknownUnit, WarnFormerUnit or
// WarnFormerDistrict), if it has one: what a summary, which shows no
// report, lists with the warnings on the input.
func (r *Report) UnitWarning() (Warning, bool) {
	for _, w := range r.rare {
		switch w.Kind {
		case WarnUnknownUnit, WarnFormerUnit, WarnFormerDistrict:
			return w, true
		}
	}
	return Warning{}, false
}

// legacyUnitText is the text of a WarnUnknownUnit on a name that looks
// typed with a Vietnamese font encoding before Unicode: the encoding, the
// name as written and the units it reads as, and the fixes (the ntm
// command's flag, POST /evaluate's charset).
func (w Warning) legacyUnitText(en bool) string {
	label, name := legacyvn.Label(w.legacy), legacyvn.Text(w.legacy, w.legacyInput)
	if en {
		return fmt.Sprintf("the commune's name is not among the administrative units known for its province: it looks typed with a font encoding before Unicode, %s, in which %q reads %q (%s); "+
			`convert the file to Unicode with Unikey's "Chuyển mã" (source %s, destination Unicode) or read it with --encoding %s (POST /evaluate: charset=%s)`,
			label, w.legacyInput, name, w.Key, legacyvn.Unikey(w.legacy), w.legacy, w.legacy)
	}
	return fmt.Sprintf("tên xã không có trong danh mục đơn vị hành chính của tỉnh: tên có vẻ được gõ bằng bảng mã của phông chữ cũ trước Unicode, %s, đọc theo bảng mã đó %q là %q (%s); "+
		`hãy chuyển tệp sang Unicode bằng "Chuyển mã" của Unikey (bảng mã nguồn %s, bảng mã đích Unicode) hoặc đọc với --encoding %s (POST /evaluate: charset=%s)`,
		label, w.legacyInput, name, w.Key, legacyvn.Unikey(w.legacy), w.legacy, w.legacy)
}

// formerUnitFact is what a WarnFormerUnit warning states of the commune in
// year, in English when en: it is no unit of its province, the communes
// having been reorganised on 1/7/2025 (see unitWarningOf); what follows it
// says what to do of the unit that succeeded it.
func formerUnitFact(year int, en bool) string {
	if en {
		return fmt.Sprintf("the commune is no administrative unit of its province in %d (the communes were reorganised on 1/7/2025)", year)
	}
	return fmt.Sprintf("trong năm %d, xã không còn là đơn vị hành chính của tỉnh (các đơn vị hành chính cấp xã được sắp xếp lại từ ngày 01/7/2025)", year)
}
