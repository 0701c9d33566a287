package criteria

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
)

func TestLookupAliases(t *testing.T) {
	tests := []struct {
		name, id, want string
	}{
		{"the canonical ID names 1980", "1980/QĐ-TTg", IDQD1980},
		{"the number alone names 1980", "1980", IDQD1980},
		{"QD and the number names 1980", "QD1980", IDQD1980},
		{"the ID without diacritics names 1980", "1980/QD-TTg", IDQD1980},
		{"aliases are case-insensitive", "qd1980", IDQD1980},
		{"the ID in lower case names 1980", "1980/qđ-ttg", IDQD1980},
		{"the canonical ID names 933", "933/QĐ-UBND", IDQD933},
		{"the number alone names 933", "933", IDQD933},
		{"QD and the number names 933", "QD933", IDQD933},
		{"the ID without diacritics names 933", "933/QD-UBND", IDQD933},
		{"surrounding space is ignored", " 933 ", IDQD933},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Lookup(tt.id)
			if err != nil {
				t.Fatal(err)
			}
			if s.ID != tt.want {
				t.Errorf("Lookup(%q).ID = %q, want %q", tt.id, s.ID, tt.want)
			}
		})
	}
}

func TestLookupUnknownNamesTheInputAndTheKnownSets(t *testing.T) {
	for _, id := range []string{"491", "1980/QĐ-UBND", "QD", "x"} {
		_, err := Lookup(id)
		if err == nil {
			t.Errorf("Lookup(%q) succeeded", id)
			continue
		}
		want := `criteria: unknown set (known: 1980/QĐ-TTg, 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg, 51/2025/QĐ-TTg) (got "` + id + `")`
		if err.Error() != want {
			t.Errorf("Lookup(%q) error\n got %q\nwant %q", id, err, want)
		}
	}
	if _, err := Lookup(""); err == nil || !strings.Contains(err.Error(), "empty set ID") {
		t.Errorf("Lookup(\"\") error = %v", err)
	}
}

// TestLookupDecisionOfSeveralSets: the ID of a decision that holds several
// sets, as officials write it without the part ("318/QĐ-TTg"), names none
// of them and says which to write; each part still names its set.
func TestLookupDecisionOfSeveralSets(t *testing.T) {
	for _, id := range []string{"318/QĐ-TTg", "318/QD-TTg", "318/qđ-ttg", " 318/QĐ-TTg "} {
		_, err := Lookup(id)
		want := `criteria: set ID is a decision of 2 sets: 318/QĐ-TTg/I (nông thôn mới), 318/QĐ-TTg/II (nông thôn mới nâng cao); write one of them (got "` + id + `")`
		if err == nil || err.Error() != want || !errors.Is(err, problem.UnknownSet) {
			t.Errorf("Lookup(%q) error\n got %v\nwant %s (unknown-set, one of the stable codes of docs/formats.md)", id, err, want)
		}
	}
	for id, want := range map[string]string{"318/QĐ-TTg/I": IDQD318NTM, "318/qd-ttg/ii": IDQD318Enhanced, "318": IDQD318NTM, "51/2025/QĐ-TTg": IDQD51of2025} {
		if s, err := Lookup(id); err != nil || s.ID != want {
			t.Errorf("Lookup(%q) = %v, %v; want %s", id, s, err, want)
		}
	}
}

func TestBuiltinListsTheBuiltInSets(t *testing.T) {
	var ids []string
	for _, s := range Builtin().Sets() {
		ids = append(ids, s.ID)
	}
	if diff := cmp.Diff(builtinIDs(), ids); diff != "" {
		t.Errorf("Builtin().Sets() IDs (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"1980/QĐ-TTg", "933/QĐ-UBND", "318/QĐ-TTg/I", "318/QĐ-TTg/II", "319/QĐ-TTg", "51/2025/QĐ-TTg"}, builtinIDs()); diff != "" {
		t.Errorf("builtinIDs (-want +got):\n%s", diff)
	}
}

func TestCatalogAddReplacesByIDAndAddsNewSets(t *testing.T) {
	f, err := os.Open("testdata/933-test-fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	defs, err := ReadDefinitions(f)
	if err != nil {
		t.Fatal(err)
	}
	c := Builtin()
	if err := c.Add(defs[0]); err != nil {
		t.Fatal(err)
	}
	got, err := c.Lookup("933")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(defs[0], got); diff != "" {
		t.Errorf("the loaded definition did not replace 933 (-want +got):\n%s", diff)
	}
	if got.Content != ContentComplete || len(c.Sets()) != len(builtinIDs()) {
		t.Errorf("after replacing: content %v, %d sets; want complete, %d", got.Content, len(c.Sets()), len(builtinIDs()))
	}
	if s, _ := Lookup("933"); s.Content != ContentPendingOfficialText {
		t.Error("replacing 933 in one catalog changed the built-in set")
	}

	extra := QD1980()
	extra.ID = "1/2019/QĐ-UBND"
	extra.Scope = "Hà Giang"
	if err := c.Add(extra); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range c.Sets() {
		ids = append(ids, s.ID)
	}
	if diff := cmp.Diff(append(builtinIDs(), "1/2019/QĐ-UBND"), ids); diff != "" {
		t.Errorf("a new ID is added after the others (-want +got):\n%s", diff)
	}

	bad := QD1980()
	bad.ID = "2/QĐ-UBND"
	bad.Criteria[0].Indicators[0].Citation = ""
	if err := c.Add(bad); err == nil || !strings.Contains(err.Error(), "criteria[0].indicators[0].citation") {
		t.Errorf("Add(invalid) error = %v, want the validation problem", err)
	}
	if len(c.Sets()) != len(builtinIDs())+1 {
		t.Errorf("an invalid set changed the catalog: %d sets", len(c.Sets()))
	}
}

func TestZeroCatalogIsEmptyAndUsable(t *testing.T) {
	var c Catalog
	if len(c.Sets()) != 0 {
		t.Error("zero catalog has sets")
	}
	if _, err := c.Lookup("1980"); err == nil {
		t.Error("zero catalog found 1980")
	}
	if err := c.Add(QD933()); err == nil {
		t.Error("zero catalog added 933 without the 1980 it requires")
	}
	if err := c.Add(QD1980(), QD933()); err != nil {
		t.Fatal(err)
	}
	if s, err := c.Lookup("qd933"); err != nil || s.ID != IDQD933 {
		t.Errorf("Lookup after Add = %v, %v", s, err)
	}
}

func TestAddResolvesPrerequisites(t *testing.T) {
	withRequires := func(id, requires string) *Set {
		s := QD933()
		s.ID, s.Requires = id, requires
		return s
	}
	tests := []struct {
		name string
		sets []*Set
		want string // the error, "" for none
	}{
		{"a set requiring itself through an alias is refused",
			[]*Set{withRequires(IDQD933, "933")},
			`criteria: requires: a set cannot require itself (933 is 933/QĐ-UBND) (got "933")`},
		{"sets requiring each other are refused, naming the cycle",
			[]*Set{withRequires("1/QĐ-X", "2/QĐ-X"), withRequires("2/QĐ-X", "1")},
			"criteria: [0].requires: prerequisites form a cycle: 1/QĐ-X → 2/QĐ-X → 1/QĐ-X (got \"2/QĐ-X\")\n" +
				"criteria: [1].requires: prerequisites form a cycle: 2/QĐ-X → 1/QĐ-X → 2/QĐ-X (got \"1/QĐ-X\")"},
		{"an unknown prerequisite is refused, naming it",
			[]*Set{withRequires(IDQD933, "999/QĐ-NONE")},
			`criteria: requires: not a known set (known: 1980/QĐ-TTg, 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg, 51/2025/QĐ-TTg) (got "999/QĐ-NONE")`},
		{"a prerequisite defined later in the same call is found", []*Set{withRequires("1/QĐ-X", "2"), withRequires("2/QĐ-X", "1980")}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Builtin()
			err := c.Add(tt.sets...)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("Add error\n got %s\nwant %s", got, tt.want)
			}
			if err != nil && len(c.Sets()) != len(builtinIDs()) {
				t.Errorf("the catalog changed on error: %d sets", len(c.Sets()))
			}
		})
	}
}

func TestAddStoresTheCanonicalPrerequisite(t *testing.T) {
	c := Builtin()
	s := QD933()
	s.Requires = "QD1980"
	if err := c.Add(s); err != nil {
		t.Fatal(err)
	}
	got, err := c.Lookup(IDQD933)
	if err != nil {
		t.Fatal(err)
	}
	if got.Requires != IDQD1980 {
		t.Errorf("Requires = %q, want %q", got.Requires, IDQD1980)
	}
	if s.Requires != "QD1980" {
		t.Errorf("Add changed its argument: Requires = %q", s.Requires)
	}
}

func TestLookupErrorsHaveCodes(t *testing.T) {
	c := Builtin()
	s := QD933()
	s.ID = "933/QĐ-X"
	if err := c.Add(s); err != nil {
		t.Fatal(err)
	}
	// Input is the ID as given, the unknown and the ambiguous alike.
	for _, tt := range []struct {
		name, id string
		want     problem.Code
		input    string
	}{
		{"an unknown set is unknown-set", "491", problem.UnknownSet, "491"},
		{"an empty ID is missing-field", " ", problem.MissingField, ""},
		{"a number two sets start with is ambiguous-set", "933", problem.AmbiguousSet, "933"},
		{"a number two sets start with, written as a decision", "QĐ 933", problem.AmbiguousSet, "QĐ 933"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.Lookup(tt.id)
			if !errors.Is(err, tt.want) {
				t.Errorf("Lookup(%q) = %v, want code %s", tt.id, err, tt.want)
			}
			var p *problem.Problem
			if !errors.As(err, &p) || p.Input != tt.input {
				t.Errorf("Lookup(%q) = %v, want the input %q", tt.id, err, tt.input)
			}
		})
	}
}

// An ID given twice in one Add, and an ID that names another set of the
// catalog through an alias ("1980" for 1980/QĐ-TTg), are errors: the first
// would silently keep the last definition, the second would answer "1980"
// with the new set and "1980/QĐ-TTg" with the old one.
func TestCatalogAddRefusesTwiceTheSameIDAndAnAliasOfAnother(t *testing.T) {
	a, b := QD1980(), QD1980()
	a.ID, b.ID = "7/QĐ-UBND", "7/qđ-ubnd"
	alias := QD1980()
	alias.ID = "1980"
	for _, tc := range []struct {
		name string
		sets []*Set
		want string
	}{
		{"the same ID twice", []*Set{a, b}, `[1].id: the ID of set [0] too: give each set once (got "7/qđ-ubnd")`},
		{"an alias of a set of the catalog", []*Set{alias}, `id: names the set 1980/QĐ-TTg already (an alias of its ID): give 1980/QĐ-TTg to replace that set, or an ID of its own (got "1980")`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Builtin()
			err := c.Add(tc.sets...)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, problem.DuplicateKey) {
				t.Errorf("Add: %v, want %q (duplicate-key)", err, tc.want)
			}
			if len(c.Sets()) != len(builtinIDs()) {
				t.Errorf("the catalog changed: %d sets", len(c.Sets()))
			}
		})
	}
	replaced := QD1980()
	replaced.ID = "1980/qđ-ttg" // the same ID written otherwise replaces it
	if err := Builtin().Add(replaced); err != nil {
		t.Errorf("replacing by the same ID: %v", err)
	}
}

// TestAddNamesAPrerequisiteOnce: the message of a prerequisite refused
// says what is wrong with it once, in both languages, the set ID quoted
// as its input.
func TestAddNamesAPrerequisiteOnce(t *testing.T) {
	for _, tt := range []struct {
		requires string
		vi       string
	}{
		{"999/QĐ-NONE", `requires: không có trong danh mục bộ tiêu chí (hiện có: 1980/QĐ-TTg, 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg, 51/2025/QĐ-TTg) (giá trị "999/QĐ-NONE")`},
		{"933", `requires: bộ tiêu chí không thể yêu cầu chính nó (933 là 933/QĐ-UBND) (giá trị "933")`},
	} {
		s := QD933()
		s.Requires = tt.requires
		err := Builtin().Add(s)
		ps := problem.All(err)
		if len(ps) != 1 {
			t.Fatalf("requires %q: %d problems: %v", tt.requires, len(ps), err)
		}
		if en := ps[0].Message(problem.EN); strings.Contains(en, "requires: requires") || strings.Count(en, "999/QĐ-NONE") > 1 {
			t.Errorf("requires %q: %q repeats itself", tt.requires, en)
		}
		if vi := ps[0].Message(problem.VI); vi != tt.vi {
			t.Errorf("requires %q:\n got %s\nwant %s", tt.requires, vi, tt.vi)
		}
	}
}

// TestANilCatalogReadsAsTheBuiltinSets: a nil *Catalog reads as the
// built-in sets, as Options.Catalog and RunAll read a nil catalog; Add to
// it is a missing-field problem, not a panic.
func TestANilCatalogReadsAsTheBuiltinSets(t *testing.T) {
	var c *Catalog
	if got, want := len(c.Sets()), len(builtinIDs()); got != want {
		t.Errorf("nil catalog: %d sets, want %d", got, want)
	}
	if s, err := c.Lookup("1980"); err != nil || s.ID != IDQD1980 {
		t.Errorf("nil catalog: Lookup(1980) = %v, %v", s, err)
	}
	if got := c.InForce(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)); len(got) == 0 {
		t.Error("nil catalog: no set in force on 1/1/2020")
	}
	err := c.Add(QD933())
	if !errors.Is(err, problem.MissingField) {
		t.Errorf("Add to a nil catalog: %v, want a missing-field problem", err)
	}
	if vi := problem.Lines(err, problem.VI); len(vi) != 1 || vi[0] == err.Error() {
		t.Errorf("Add to a nil catalog, in Vietnamese: %q", vi)
	}
}

// TestLookupQuotesTheIDAsInput: an ID that names no set is the problem's
// Input, as every reader quotes what it could not read, so that a caller
// (a service answering JSON) gets it without parsing the message; an
// empty ID has none.
func TestLookupQuotesTheIDAsInput(t *testing.T) {
	long := strings.Repeat("9", 300)
	for _, tt := range []struct {
		id, input, msg string
		code           problem.Code
	}{
		{"491", "491", `criteria: unknown set (known: 1980/QĐ-TTg, 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg, 51/2025/QĐ-TTg) (got "491")`, problem.UnknownSet},
		{"318/QĐ-TTg", "318/QĐ-TTg", `criteria: set ID is a decision of 2 sets: 318/QĐ-TTg/I (nông thôn mới), 318/QĐ-TTg/II (nông thôn mới nâng cao); write one of them (got "318/QĐ-TTg")`, problem.UnknownSet},
		{long, long[:81], "", problem.UnknownSet},
		{" ", "", "criteria: empty set ID", problem.MissingField},
		// An ID of signs alone is given, not empty: it names no set.
		{"-", "-", `criteria: unknown set (known: 1980/QĐ-TTg, 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg, 51/2025/QĐ-TTg) (got "-")`, problem.UnknownSet},
		{"/", "/", "", problem.UnknownSet},
	} {
		for _, c := range []*Catalog{nil, Builtin()} {
			_, err := c.Lookup(tt.id)
			var p *problem.Problem
			if !errors.As(err, &p) || p.Code != tt.code || p.Input != tt.input {
				t.Errorf("Lookup(%.20q) = %v; want a problem of code %s with Input %.20q", tt.id, err, tt.code, tt.input)
				continue
			}
			if tt.msg != "" && err.Error() != tt.msg {
				t.Errorf("Lookup(%q) error\n got %s\nwant %s", tt.id, err, tt.msg)
			}
		}
	}
	_, err := Lookup(long)
	var p *problem.Problem
	if errors.As(err, &p) && p.InputSize != len(long) {
		t.Errorf("Lookup of a 300-byte ID: InputSize %d, want %d", p.InputSize, len(long))
	}
}

// TestLookupFailsAsCatalogLookup: as Lookup says, its errors are
// *FieldError values of code unknown-set or missing-field.
func TestLookupFailsAsCatalogLookup(t *testing.T) {
	for id, code := range map[string]problem.Code{"491": problem.UnknownSet, "": problem.MissingField} {
		_, err := Lookup(id)
		var fe *FieldError
		if !errors.As(err, &fe) || !errors.Is(err, code) {
			t.Errorf("Lookup(%q) = %v, want a *FieldError of code %s", id, err, code)
		}
	}
}
