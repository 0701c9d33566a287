package criteria

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
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

// readReference parses testdata/1980-targets.tsv strictly: a malformed row
// fails the test rather than being skipped.
func readReference(t testing.TB) []refRow {
	t.Helper()
	data, err := os.ReadFile("testdata/1980-targets.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var rows []refRow
	header := true
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.HasPrefix(text, "#") || text == "" {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 16 {
			t.Fatalf("1980-targets.tsv:%d: %d fields, want 16", line, len(f))
		}
		if header {
			want := "code criterion group kind op unit common TDMNPB DBSH BTB DHNTB TN DNB DBSCL na_allowed text_vi"
			if got := strings.Join(f, " "); got != want {
				t.Fatalf("1980-targets.tsv: header %q, want %q", got, want)
			}
			header = false
			continue
		}
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
	if err := sc.Err(); err != nil {
		t.Fatal(err)
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
// criterion, group, and each target's value and provenance.
func TestQD1980MatchesReference(t *testing.T) {
	want := readReference(t)
	s := QD1980()
	if diff := cmp.Diff(want, rowsOf(t, s)); diff != "" {
		t.Errorf("QD1980() differs from testdata/1980-targets.tsv (-want +got):\n%s", diff)
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
	if diff := cmp.Diff(readReference(t), jsonRows(t, b.Bytes())); diff != "" {
		t.Errorf("definition JSON differs from testdata/1980-targets.tsv (-want +got):\n%s", diff)
	}
}
