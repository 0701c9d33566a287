package criteria

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// refCell is one TARGET:CONFIDENCE cell of the reference table.
type refCell struct {
	Value, Provenance string
}

// refRow is one row of testdata/1980-targets.tsv, the spec of QD1980.
type refRow struct {
	Code, Criterion, Group, Kind, Op, Unit string
	Common                                 refCell
	Regions                                [7]refCell // in the order of Regions()
	NotApplicable                          bool
	TextVI                                 string
}

// tsvRow is a data row of a testdata table: its line number and fields.
type tsvRow struct {
	line int
	f    []string
}

// readTSV reads testdata/name strictly: comment lines (#) and empty lines
// are skipped, the first other line must be header (fields joined by
// spaces), and every line has the header's number of fields; a malformed
// line fails the test rather than being skipped.
func readTSV(t testing.TB, name, header string) []tsvRow {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	width := len(strings.Fields(header))
	var rows []tsvRow
	sawHeader := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.HasPrefix(text, "#") || text == "" {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != width {
			t.Fatalf("%s:%d: %d fields, want %d", name, line, len(f), width)
		}
		if !sawHeader {
			if got := strings.Join(f, " "); got != header {
				t.Fatalf("%s: header %q, want %q", name, got, header)
			}
			sawHeader = true
			continue
		}
		rows = append(rows, tsvRow{line, f})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// readReference parses testdata/1980-targets.tsv strictly: a malformed row
// fails the test rather than being skipped.
func readReference(t testing.TB) []refRow {
	t.Helper()
	var rows []refRow
	for _, tr := range readTSV(t, "1980-targets.tsv", "code criterion group kind op unit common TDMNPB DBSH BTB DHNTB TN DNB DBSCL na_allowed text_vi") {
		line, f := tr.line, tr.f
		cell := func(s string) refCell {
			v, p, ok := strings.Cut(s, ":")
			if !ok {
				t.Fatalf("1980-targets.tsv:%d: cell %q is not TARGET:CONFIDENCE", line, s)
			}
			return refCell{v, p}
		}
		r := refRow{Code: f[0], Criterion: f[1], Group: f[2], Kind: f[3], Op: f[4], Unit: f[5],
			Common: cell(f[6]), TextVI: f[15]}
		for i := range 7 {
			r.Regions[i] = cell(f[7+i])
		}
		switch f[14] {
		case "yes":
			r.NotApplicable = true
		case "no":
		default:
			t.Fatalf("1980-targets.tsv:%d: na_allowed %q", line, f[14])
		}
		if r.Unit == "-" {
			r.Unit = ""
		}
		rows = append(rows, r)
	}
	return rows
}

// rowsOf builds reference rows from a set, as the table writes them.
func rowsOf(t testing.TB, s *Set) []refRow {
	t.Helper()
	var rows []refRow
	for c, ind := range s.Indicators() {
		r := refRow{Code: ind.Code, Criterion: c.Code, Group: c.Group, Kind: ind.Kind.String(),
			Op: ind.Op.String(), Unit: ind.Unit, NotApplicable: ind.NotApplicableAllowed, TextVI: ind.Text.VI}
		if ind.Common != nil {
			r.Common = refCell{valueString(ind.Kind, ind.Common.Value), ind.Common.Provenance.String()}
		}
		for i, reg := range Regions() {
			if tg, ok := ind.Regional[reg]; ok {
				r.Regions[i] = refCell{valueString(ind.Kind, tg.Value), tg.Provenance.String()}
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// TestQD1980MatchesReference pins every cell of the Go table against the
// reference research table: kind, operator, unit, not-applicable, wording,
// criterion, group, and each target's value and provenance, the provenance
// raised exactly as testdata/1980-evidence.tsv justifies.
func TestQD1980MatchesReference(t *testing.T) {
	want, _ := wantReference(t)
	s := QD1980()
	if diff := cmp.Diff(want, rowsOf(t, s)); diff != "" {
		t.Errorf("QD1980() differs from testdata/1980-targets.tsv with the marks of 1980-evidence.tsv (-want +got):\n%s", diff)
	}
	criteria := map[string]bool{}
	groups := map[string]bool{}
	for _, r := range want {
		criteria[r.Criterion] = true
		groups[r.Group] = true
	}
	counts := func(rows, crit, grp int) [3]int { return [3]int{rows, crit, grp} }
	if diff := cmp.Diff(counts(50, 19, 5), counts(len(want), len(criteria), len(groups))); diff != "" {
		t.Errorf("reference table counts (rows, criteria, groups) (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(counts(50, 19, 5), counts(s.IndicatorCount(), len(s.Criteria), len(s.CriterionGroups))); diff != "" {
		t.Errorf("QD1980 counts (indicators, criteria, groups) (-want +got):\n%s", diff)
	}
}

// jsonRows builds reference rows from the definition JSON of one set: a
// region without its own entry takes the common target, as the spec says.
func jsonRows(t testing.TB, data []byte) []refRow {
	t.Helper()
	type target struct {
		Value      string `json:"value"`
		Provenance string `json:"provenance"`
	}
	var def struct {
		Criteria []struct {
			Code       string `json:"code"`
			Group      string `json:"group"`
			Indicators []struct {
				Code    string            `json:"code"`
				Text    map[string]string `json:"text"`
				Kind    string            `json:"kind"`
				Op      string            `json:"op"`
				Unit    string            `json:"unit"`
				NA      bool              `json:"not_applicable_allowed"`
				Targets map[string]target `json:"targets"`
			} `json:"indicators"`
		} `json:"criteria"`
	}
	if err := json.Unmarshal(data, &def); err != nil {
		t.Fatal(err)
	}
	var rows []refRow
	for _, c := range def.Criteria {
		for _, ind := range c.Indicators {
			r := refRow{Code: ind.Code, Criterion: c.Code, Group: c.Group, Kind: ind.Kind, Op: ind.Op,
				Unit: ind.Unit, NotApplicable: ind.NA, TextVI: ind.Text["vi"]}
			common := ind.Targets["common"]
			r.Common = refCell(common)
			for i, reg := range Regions() {
				tg, ok := ind.Targets[reg.String()]
				if !ok {
					tg = common
				}
				r.Regions[i] = refCell(tg)
			}
			rows = append(rows, r)
		}
	}
	return rows
}

// TestQD1980JSONMatchesReference is the "done" condition: the
// definition JSON of 1980/QĐ-TTg (what `ntm criteria --set 1980 --format
// json` prints) matches the reference table cell for cell.
func TestQD1980JSONMatchesReference(t *testing.T) {
	var b bytes.Buffer
	if err := WriteDefinition(&b, QD1980()); err != nil {
		t.Fatal(err)
	}
	want, _ := wantReference(t)
	if diff := cmp.Diff(want, jsonRows(t, b.Bytes())); diff != "" {
		t.Errorf("definition JSON differs from testdata/1980-targets.tsv with the marks of 1980-evidence.tsv (-want +got):\n%s", diff)
	}
}

// evidence is one row of testdata/1980-evidence.tsv: a public finding on one
// cell of the reference table.
type evidence struct {
	Line                                         int
	Code, Region, Value, URL, Quote, Finding, By string
}

// readEvidence parses testdata/1980-evidence.tsv strictly.
func readEvidence(t testing.TB) []evidence {
	t.Helper()
	var ev []evidence
	for _, r := range readTSV(t, "1980-evidence.tsv", "code region value url quote finding publisher") {
		f := r.f
		ev = append(ev, evidence{r.line, f[0], f[1], f[2], f[3], f[4], f[5], f[6]})
	}
	return ev
}

// evidenceCell returns the cell of rows that e is about.
func evidenceCell(rows []refRow, e evidence) (*refCell, error) {
	for i := range rows {
		if rows[i].Code != e.Code {
			continue
		}
		if e.Region == "common" {
			return &rows[i].Common, nil
		}
		for j, reg := range Regions() {
			if reg.String() == e.Region {
				return &rows[i].Regions[j], nil
			}
		}
		return nil, fmt.Errorf("1980-evidence.tsv:%d: region %q is neither \"common\" nor a region", e.Line, e.Region)
	}
	return nil, fmt.Errorf("1980-evidence.tsv:%d: no indicator %q in the reference table", e.Line, e.Code)
}

// applyEvidence returns a copy of rows with the marks the evidence justifies,
// and for each raised cell "code region" the URLs of its confirming findings.
// A cell rises one step per independent publisher confirming it: M with one
// becomes C1, M or C1 with two or more becomes C2 (for C1 the source the
// reference counted is unknown, so one new publisher does not suffice).
// A finding must be well formed, a confirmation must state the reference
// value and a contradiction another value. A contradiction replaces a value
// of no source (M) that nothing confirms, when its findings agree on one
// value, marked as that value's publishers justify (C1 with one, C2 with
// two or more); it changes nothing else (a sourced value stands until a
// person weighs the sources), and an M cell both confirmed and contradicted
// is an error to be resolved in the file.
func applyEvidence(ref []refRow, ev []evidence) ([]refRow, map[string][]string, error) {
	rows := make([]refRow, len(ref))
	copy(rows, ref)
	type key struct{ code, region string }
	publishers := map[key]map[string]bool{}
	urls := map[key][]string{}
	// against[k][value] are the publishers of the contradictions of cell k
	// stating value, and againstURLs[k] their URLs.
	against := map[key]map[string]map[string]bool{}
	againstURLs := map[key][]string{}
	for _, e := range ev {
		c, err := evidenceCell(rows, e)
		if err != nil {
			return nil, nil, err
		}
		if !strings.HasPrefix(e.URL, "http://") && !strings.HasPrefix(e.URL, "https://") {
			return nil, nil, fmt.Errorf("1980-evidence.tsv:%d: url %q is not http(s)", e.Line, e.URL)
		}
		if strings.TrimSpace(e.Quote) == "" || strings.TrimSpace(e.By) == "" {
			return nil, nil, fmt.Errorf("1980-evidence.tsv:%d: quote and publisher are required", e.Line)
		}
		switch e.Finding {
		case "confirms":
			if e.Value != c.Value {
				return nil, nil, fmt.Errorf("1980-evidence.tsv:%d: %s %s confirms %q, the reference says %q", e.Line, e.Code, e.Region, e.Value, c.Value)
			}
			k := key{e.Code, e.Region}
			if publishers[k] == nil {
				publishers[k] = map[string]bool{}
			}
			publishers[k][e.By] = true
			urls[k] = append(urls[k], e.URL)
		case "contradicts":
			if e.Value == c.Value {
				return nil, nil, fmt.Errorf("1980-evidence.tsv:%d: %s %s contradicts with %q, the reference value itself", e.Line, e.Code, e.Region, e.Value)
			}
			k := key{e.Code, e.Region}
			if against[k] == nil {
				against[k] = map[string]map[string]bool{}
			}
			if against[k][e.Value] == nil {
				against[k][e.Value] = map[string]bool{}
			}
			against[k][e.Value][e.By] = true
			againstURLs[k] = append(againstURLs[k], e.URL)
		default:
			return nil, nil, fmt.Errorf("1980-evidence.tsv:%d: finding %q is neither confirms nor contradicts", e.Line, e.Finding)
		}
	}
	raised := map[string][]string{}
	for k, values := range against {
		c, _ := evidenceCell(rows, evidence{Code: k.code, Region: k.region})
		if c.Provenance != "M" {
			continue
		}
		if publishers[k] != nil {
			return nil, nil, fmt.Errorf("1980-evidence.tsv: %s %s (M) is both confirmed and contradicted: weigh the sources and keep one finding", k.code, k.region)
		}
		if len(values) != 1 {
			continue
		}
		for v, by := range values {
			c.Value, c.Provenance = v, "C1"
			if len(by) >= 2 {
				c.Provenance = "C2"
			}
		}
		raised[k.code+" "+k.region] = againstURLs[k]
	}
	for k, by := range publishers {
		c, _ := evidenceCell(rows, evidence{Code: k.code, Region: k.region})
		before := c.Provenance
		switch {
		case len(by) >= 2 && (c.Provenance == "M" || c.Provenance == "C1"):
			c.Provenance = "C2"
		case len(by) == 1 && c.Provenance == "M":
			c.Provenance = "C1"
		}
		if c.Provenance != before {
			raised[k.code+" "+k.region] = urls[k]
		}
	}
	return rows, raised, nil
}

// wantReference is the reference table with the marks the evidence file
// justifies: what QD1980 must equal.
func wantReference(t testing.TB) ([]refRow, map[string][]string) {
	t.Helper()
	rows, raised, err := applyEvidence(readReference(t), readEvidence(t))
	if err != nil {
		t.Fatal(err)
	}
	return rows, raised
}

func TestApplyEvidence(t *testing.T) {
	ref := []refRow{{Code: "5", Common: refCell{"80", "M"}, Regions: [7]refCell{
		{"70", "M"}, {"100", "C1"}, {"80", "C1"}, {"80", "C2"}, {"70", "M"}, {"80", "M"}, {"70", "C1"}}}}
	ok := func(region, value, by string) evidence {
		return evidence{Line: 1, Code: "5", Region: region, Value: value, URL: "https://example.org/" + by, Quote: "q", Finding: "confirms", By: by}
	}
	marks := func(rows []refRow) []string {
		m := []string{rows[0].Common.Provenance}
		for _, c := range rows[0].Regions {
			m = append(m, c.Provenance)
		}
		return m
	}
	ev := []evidence{
		ok("common", "80", "a"),                          // M, one publisher: C1
		ok("TDMNPB", "70", "a"), ok("TDMNPB", "70", "a"), // M, one publisher twice: C1
		ok("DBSH", "100", "a"),                     // C1, one: stays C1
		ok("BTB", "80", "a"), ok("BTB", "80", "b"), // C1, two: C2
		ok("DHNTB", "80", "a"),                   // C2 stays
		ok("TN", "70", "a"), ok("TN", "70", "b"), // M, two: C2
		{Line: 1, Code: "5", Region: "DNB", Value: "70", URL: "https://example.org/c", Quote: "q", Finding: "contradicts", By: "c"},   // M, contradicted: 70, C1
		{Line: 1, Code: "5", Region: "DBSCL", Value: "60", URL: "https://example.org/c", Quote: "q", Finding: "contradicts", By: "c"}, // C1 stands
	}
	rows, raised, err := applyEvidence(ref, ev)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"C1", "C1", "C1", "C2", "C2", "C2", "C1", "C1"}, marks(rows)); diff != "" {
		t.Errorf("marks (-want +got):\n%s", diff)
	}
	if got := rows[0].Regions[5].Value + " " + rows[0].Regions[6].Value; got != "70 70" {
		t.Errorf("DNB and DBSCL values = %s, want 70 (the M value contradicted) and 70 (the C1 value kept)", got)
	}
	if diff := cmp.Diff([]string{"M", "M", "C1", "C1", "C2", "M", "M", "C1"}, marks(ref)); diff != "" {
		t.Errorf("the reference rows were changed (-want +got):\n%s", diff)
	}
	if len(raised) != 5 || len(raised["5 BTB"]) != 2 || len(raised["5 DNB"]) != 1 {
		t.Errorf("raised = %v, want 5 cells, 5 BTB with 2 URLs, 5 DNB with 1", raised)
	}
	conflict := []evidence{ok("TN", "70", "a"),
		{Line: 1, Code: "5", Region: "TN", Value: "80", URL: "https://example.org/c", Quote: "q", Finding: "contradicts", By: "c"}}
	if _, _, err := applyEvidence(ref, conflict); err == nil {
		t.Error("an M cell both confirmed and contradicted gave no error")
	}
	for _, bad := range []evidence{
		ok("common", "90", "a"), // confirms another value
		ok("Hà Nội", "80", "a"), // not a region
		{Line: 1, Code: "99", Region: "common", Value: "80", URL: "https://x", Quote: "q", Finding: "confirms", By: "a"},
		{Line: 1, Code: "5", Region: "common", Value: "80", URL: "https://x", Quote: "q", Finding: "contradicts", By: "a"},
		{Line: 1, Code: "5", Region: "common", Value: "80", URL: "x.org", Quote: "q", Finding: "confirms", By: "a"},
		{Line: 1, Code: "5", Region: "common", Value: "80", URL: "https://x", Quote: " ", Finding: "confirms", By: "a"},
		{Line: 1, Code: "5", Region: "common", Value: "80", URL: "https://x", Quote: "q", Finding: "maybe", By: "a"},
	} {
		if _, _, err := applyEvidence(ref, []evidence{bad}); err == nil {
			t.Errorf("applyEvidence(%+v) gave no error", bad)
		}
	}
}

// TestQD1980EvidenceSources checks that every cell raised by the evidence
// file names its confirming sources in its Target.Source.
func TestQD1980EvidenceSources(t *testing.T) {
	_, raised := wantReference(t)
	s := QD1980()
	for cell, urls := range raised {
		code, region, _ := strings.Cut(cell, " ")
		ind, _, ok := s.Indicator(code)
		if !ok {
			t.Fatalf("no indicator %s", code)
		}
		var tg Target
		if region == "common" {
			tg = *ind.Common
		} else {
			for _, reg := range Regions() {
				if reg.String() == region {
					tg = ind.Regional[reg]
				}
			}
		}
		for _, u := range urls {
			if !strings.Contains(tg.Source, u) {
				t.Errorf("%s: Source %q does not name %s", cell, tg.Source, u)
			}
		}
	}
}
