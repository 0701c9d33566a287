package evaluate

import (
	"reflect"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/mergedregion"
	"github.com/nongthonmoi/ntm/internal/minhhoa/says"
)

// columnKey names the target column of a set that a commune is judged by,
// as criteria.Column.String writes it: the code of a region of 1980/QĐ-TTg
// ("TDMNPB" … "DBSCL"), the code of a commune group of a set split by
// groups ("3" of 51/2025/QĐ-TTg), or "" for the common targets (the
// targets every column shares). Compiled sets are cached by it.
type columnKey string

// regionKey returns the column of region r, or "" when r is not a valid
// region.
func regionKey(r criteria.Region) columnKey {
	if !r.Valid() {
		return ""
	}
	return columnKey(r.String())
}

// columnOf returns the column an assessment is judged by under set: for a
// set split by commune groups, its group ("" when it names none: known is
// false); otherwise its region, else its province's region, else "" (the
// common targets; known is false). The region returned is the one the
// report names. merged is true when the region came from a province's
// name that since 1/7/2025 also covers former provinces of other regions
// ([provinceRegion]): the report warns ([WarnMergedProvince]).
func columnOf(set *criteria.Set, a *Assessment) (col columnKey, region criteria.Region, known, merged bool) {
	if set.Columns == criteria.ColumnsGroup {
		_, ok := set.CommuneGroup(a.Group)
		if !ok {
			return "", a.Region, false, false
		}
		return columnKey(a.Group), a.Region, true, false
	}
	r := a.Region
	if !r.Valid() && a.Commune.Province != "" {
		if p, mixed, ok := provinceRegion(a.Commune.Province); ok {
			r, merged = p.Region, mixed
		}
	}
	if !r.Valid() {
		return "", a.Region, false, false
	}
	return regionKey(r), r, true, merged
}

// provinceRegion is the one rule by which a province's name gives a
// commune's region, for [Run] and the decoders ([settleRegion]) alike,
// both through [mergedregion.Lookup]: the region of the
// former province of that name (criteria/testdata/provinces.tsv), right
// for its own communes. mixed is true when since 1/7/2025 the name is
// that of a province formed from former provinces of other regions too
// (Nghị quyết 202/2025/QH15: "Tây Ninh" covers the former Long An, in
// ĐBSCL), whose communes the name alone does not place
// ([mergedregion.Lookup]). It does not allocate.
func provinceRegion(name string) (p criteria.Province, mixed, ok bool) {
	p, others, ok := mergedregion.Lookup(name)
	return p, len(others) > 0, ok
}

// resolveTarget resolves the target of ind in column col for year: the one
// place where a column names targets.
func resolveTarget(set *criteria.Set, ind *criteria.Indicator, col columnKey, year int) (criteria.Resolved, error) {
	if set.Columns == criteria.ColumnsGroup {
		return ind.ResolveColumn(criteria.GroupColumn(string(col)), year)
	}
	var region criteria.Region
	if col != "" {
		region, _ = criteria.ParseRegion(string(col))
	}
	return ind.Resolve(region, year)
}

// program is a set compiled for one column and year: every target resolved
// and held in fixed point beside the flags that decide its warnings, and the
// wording of every criterion and indicator copied out of the set. A program
// is immutable once built: reports refer to it for their definitions, and
// nothing in a report reaches the set.
type program struct {
	id       string
	title    criteria.Text
	level    criteria.Level
	content  criteria.Content
	period   criteria.Period
	requires string
	column   columnKey
	region   criteria.Region
	year     int
	// pending and outside warn about the set as a whole: its content
	// awaits the official text; the year is outside its period.
	pending, outside bool
	// entered: the set has an indicator table ([criteria.Set.TableEntered]).
	entered bool
	// illustrative: the set's title or the source of a target that applies
	// says "số liệu minh họa" ([Report.Illustrative]).
	illustrative bool
	// byGroup: the set splits its targets by commune group.
	byGroup bool
	crits   []criterionDef
	inds    []indicatorDef
	index   map[string]int // indicator code → position in inds
	// block is the type of a report's results of this program in one
	// allocation, or nil ([blockType]); its indicators' results start at
	// resultsAt.
	block     reflect.Type
	resultsAt uintptr
}

// newResults returns new results for a report of p, the criteria's and
// the indicators': from one allocation of p.block, which holds both.
func (p *program) newResults() ([]CriterionResult, []IndicatorResult) {
	if p.block == nil {
		return make([]CriterionResult, len(p.crits)), make([]IndicatorResult, len(p.inds))
	}
	b := reflect.New(p.block).UnsafePointer()
	return unsafe.Slice((*CriterionResult)(b), len(p.crits)),
		unsafe.Slice((*IndicatorResult)(unsafe.Add(b, p.resultsAt)), len(p.inds))
}

// blockTypes are the types of results in one allocation made so far, by
// number of criteria and of indicators. Package reflect keeps every type
// it makes, so there are at most maxBlockTypes; programs of other shapes
// allocate their results in two.
var blockTypes struct {
	sync.Mutex
	m map[[2]int]reflect.Type
}

const maxBlockTypes = 64

// blockType returns the type of the results of a report of nc criteria and
// ni indicators in one allocation: an array of nc CriterionResult, then one
// of ni IndicatorResult; nil beyond maxBlockTypes shapes.
func blockType(nc, ni int) reflect.Type {
	blockTypes.Lock()
	defer blockTypes.Unlock()
	k := [2]int{nc, ni}
	if t, ok := blockTypes.m[k]; ok || len(blockTypes.m) >= maxBlockTypes {
		return t
	}
	t := reflect.StructOf([]reflect.StructField{
		{Name: "Criteria", Type: reflect.ArrayOf(nc, reflect.TypeFor[CriterionResult]())},
		{Name: "Indicators", Type: reflect.ArrayOf(ni, reflect.TypeFor[IndicatorResult]())},
	})
	if blockTypes.m == nil {
		blockTypes.m = map[[2]int]reflect.Type{}
	}
	blockTypes.m[k] = t
	return t
}

// criterionDef is a criterion of a program.
type criterionDef struct {
	code, group, agency string
	name                criteria.Text
	first, end          int // its indicators: inds[first:end]
	// codeJSON and nameJSON are the code and the Vietnamese name as JSON
	// strings, quoted and escaped, for the JSON writer.
	codeJSON, nameJSON string
}

// indicatorDef is an indicator of a program with its resolved target.
type indicatorDef struct {
	code       string
	text       criteria.Text
	kind       criteria.Kind
	op         criteria.Op
	unit       string
	citation   string
	targetYear int
	naAllowed  bool
	// hasTarget is false when the column has no target and there is no
	// common one (WarnNoTarget).
	hasTarget bool
	target    Target
	tfx       fx   // target.Value in fixed point, when tfxOK
	tfxOK     bool // target.Value fits fx
	// tfxSmall: tfxOK, and the coefficient of tfx fits an int32.
	tfxSmall bool
	// warnsProvenance: a status decided by this target warns of its
	// provenance (M or C1).
	warnsProvenance bool
	// warnsFraction: a plain number between 0 and 1 given for this
	// indicator warns that it may be a percentage written as a fraction
	// (WarnPercentAsFraction): a percentage "≥ T%" with T above 1.
	warnsFraction bool
	// warnsScale: a plain number of 10,000 or more given for this
	// indicator, in triệu đồng, warns that it may be written in đồng or
	// nghìn đồng (WarnAmountScale).
	warnsScale bool
	criterion  int
	// codeJSON, unitJSON and citationJSON are the code, the unit and the
	// citation as JSON strings, quoted and escaped, for the JSON writer;
	// opTargetJSON and provenanceJSON the values of its keys op and
	// target (`"≥", "target": "80"`) and provenance.
	codeJSON, unitJSON, citationJSON string
	opTargetJSON, provenanceJSON     string
}

// compile builds the program of set for column col and year.
func compile(set *criteria.Set, col columnKey, year int) *program {
	p := &program{
		id: set.ID, title: set.Title, level: set.Level, content: set.Content, period: set.Period,
		requires: set.Requires, column: col, year: year,
		pending: set.Content == criteria.ContentPendingOfficialText,
		entered: set.TableEntered(),
		byGroup: set.Columns == criteria.ColumnsGroup,
		outside: set.Period != (criteria.Period{}) && !set.Period.Contains(year),
		crits:   make([]criterionDef, len(set.Criteria)),
		inds:    make([]indicatorDef, 0, set.IndicatorCount()),
		index:   make(map[string]int, set.IndicatorCount()),
	}
	if col != "" {
		p.region, _ = criteria.ParseRegion(string(col))
	}
	p.illustrative = says.Says(set.Title.VI, says.SourceText) || says.Says(set.Title.EN, says.SourceText)
	for ci := range set.Criteria {
		c := &set.Criteria[ci]
		p.crits[ci] = criterionDef{code: c.Code, group: c.Group, agency: c.Agency, name: c.Name,
			first: len(p.inds), end: len(p.inds) + len(c.Indicators),
			codeJSON: string(appendJSONString(nil, c.Code)), nameJSON: string(appendJSONString(nil, c.Name.VI))}
		for ii := range c.Indicators {
			ind := &c.Indicators[ii]
			d := indicatorDef{code: ind.Code, text: ind.Text, kind: ind.Kind, op: ind.Op, unit: ind.Unit,
				citation: ind.Citation, targetYear: ind.TargetYear, naAllowed: ind.NotApplicableAllowed,
				criterion: ci}
			res, err := resolveTarget(set, ind, col, year)
			d.hasTarget = err == nil
			d.target = Target{Kind: ind.Kind, Op: ind.Op, Unit: ind.Unit, Citation: ind.Citation,
				TargetYear: ind.TargetYear}
			if d.hasTarget {
				d.target.Value, d.target.Provenance, d.target.Source = res.Value, res.Provenance, res.Source
				d.target.Year, d.target.FromCommon, d.target.YearFallback = res.Year, res.FromCommon, res.YearFallback
				d.tfx, d.tfxOK = toFx(res.Value)
				d.tfxSmall = d.tfxOK && d.tfx.c == int64(int32(d.tfx.c))
				d.warnsProvenance = res.Provenance == criteria.M || res.Provenance == criteria.C1
				d.warnsFraction = ind.Kind == criteria.KindPercent && ind.Unit == "%" && ind.Op == criteria.OpGE &&
					cmpExact(res.Value, decOne) > 0
				d.warnsScale = ind.Kind == criteria.KindAmount && strings.HasPrefix(ind.Unit, "triệu đồng")
			}
			p.illustrative = p.illustrative || d.hasTarget && says.Says(d.target.Source, says.SourceText)
			d.codeJSON = string(appendJSONString(nil, d.code))
			d.unitJSON = string(appendJSONString(nil, d.target.Unit))
			d.citationJSON = string(appendJSONString(nil, d.target.Citation))
			d.opTargetJSON, d.provenanceJSON = targetJSON(&d.target)
			if _, dup := p.index[ind.Code]; !dup {
				p.index[ind.Code] = len(p.inds)
			}
			p.inds = append(p.inds, d)
		}
	}
	if p.block = blockType(len(p.crits), len(p.inds)); p.block != nil {
		p.resultsAt = p.block.Field(1).Offset
	}
	return p
}

// programKey identifies a compiled program: the set (held weakly, so that
// the cache never keeps a set alive), the column and the year.
type programKey struct {
	set    weak.Pointer[criteria.Set]
	column columnKey
	year   int
}

var (
	programs     sync.Map // programKey → *program
	programCount atomic.Int64
)

// maxPrograms bounds the cache: beyond it, programs are compiled for each
// call and not kept (assessments over very many distinct years).
const maxPrograms = 1 << 12

// compiled returns the program of set for col and year, compiling it on
// first use. Programs are cached per set, column and year; a program is
// dropped when its set is garbage collected. A set must not be changed
// after it was first evaluated (a catalog's own sets never are).
func compiled(set *criteria.Set, col columnKey, year int) *program {
	h := &recent[recentSlot(set, col, year)]
	if r := h.Load(); r != nil && r.set == set && r.column == col && r.year == year {
		return r.p
	}
	p := compiledSlow(set, col, year)
	h.Store(&recentProgram{set, col, year, p})
	return p
}

// recent remembers the programs used last, by a hash of set, column and
// year, so that the common case finds its program without the map. It
// holds at most len(recent) sets alive.
var recent [64]atomic.Pointer[recentProgram]

type recentProgram struct {
	set    *criteria.Set
	column columnKey
	year   int
	p      *program
}

func recentSlot(set *criteria.Set, col columnKey, year int) int {
	h := uintptr(unsafe.Pointer(set))>>4 ^ uintptr(year)*0x9e3779b1 ^ uintptr(len(col))*0x85ebca6b
	if len(col) > 0 {
		h ^= uintptr(col[0]) << 7
	}
	return int(h % uintptr(len(recent)))
}

func compiledSlow(set *criteria.Set, col columnKey, year int) *program {
	k := programKey{weak.Make(set), col, year}
	if p, ok := programs.Load(k); ok {
		return p.(*program)
	}
	p := compile(set, col, year)
	if programCount.Load() >= maxPrograms {
		return p
	}
	if old, loaded := programs.LoadOrStore(k, p); loaded {
		return old.(*program)
	}
	programCount.Add(1)
	runtime.AddCleanup(set, func(k programKey) {
		programs.Delete(k)
		programCount.Add(-1)
	}, k)
	return p
}
