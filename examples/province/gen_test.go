package main

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

func generated(t *testing.T, n int, seed uint64) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := generate(&b, n, seed); err != nil {
		t.Fatalf("generate(%d, %d): %v", n, seed, err)
	}
	return b.Bytes()
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, b := generated(t, 200, 2020), generated(t, 200, 2020)
	if !bytes.Equal(a, b) {
		t.Fatal("the same seed gave different files")
	}
	if c := generated(t, 200, 2021); bytes.Equal(a, c) {
		t.Fatal("seeds 2020 and 2021 gave the same file")
	}
}

func TestGeneratedCSVDecodesWithoutErrors(t *testing.T) {
	for _, seed := range []uint64{1, 42, 2020} {
		data := generated(t, 200, seed)
		as, err := evaluate.DecodeCSV(bytes.NewReader(data), "gen.csv", nil)
		if err != nil {
			t.Fatalf("seed %d: the generated CSV does not decode:\n%v", seed, err)
		}
		if len(as) != 200 {
			t.Fatalf("seed %d: %d communes decoded, want 200", seed, len(as))
		}
		for _, a := range as {
			if a.Region != criteria.TDMNPB || a.Year != 2020 || a.Commune.Province != "Lạng Sơn" {
				t.Fatalf("seed %d: %s: region %v, year %d; want TDMNPB 2020 in Lạng Sơn", seed, a.Commune, a.Region, a.Year)
			}
			if n := len(a.SetValues(criteria.IDQD1980)); n != 50 {
				t.Errorf("seed %d: %s has %d values of 1980/QĐ-TTg, want one row per indicator (50)", seed, a.Commune, n)
			}
		}
	}
}

// TestGeneratedCSVShowsEveryForm checks that the illustrative file
// exercises what the format allows: every district, shares in each unit,
// Vietnamese pass/fail words, the decimal comma, n/a, missing values, and
// the illustrative source on every row.
func TestGeneratedCSVShowsEveryForm(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(generated(t, 200, 2020))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if want := 1 + 200*50; len(rows) != want {
		t.Fatalf("%d rows, want %d (header and 50 per commune)", len(rows), want)
	}
	seen := map[string]bool{}
	for i, r := range rows[1:] {
		if r[11] != illustrativeSource {
			t.Fatalf("row %d: source %q, want %q", i+2, r[11], illustrativeSource)
		}
		seen["district "+r[1]] = true
		if r[10] != "" {
			seen["unit "+r[10]] = true
		}
		switch v := r[7]; {
		case v == "n/a":
			seen["n/a "+r[6]] = true
		case v == "" && r[8] == "":
			seen["missing"] = true
		case strings.Contains(v, ","):
			seen["comma"] = true
		case v == "đạt" || v == "chưa đạt" || v == "x" || v == "có" || v == "không":
			seen["word "+v] = true
		}
	}
	var want []string
	for _, d := range districts() {
		want = append(want, "district "+d.name)
	}
	want = append(want, "unit hộ", "unit trường", "unit thôn", "unit ha",
		"word đạt", "word chưa đạt", "word x", "word có", "word không",
		"comma", "missing", "n/a 7", "n/a 17.2", "n/a 17.7")
	var missed []string
	for _, w := range want {
		if !seen[w] {
			missed = append(missed, w)
		}
	}
	if len(missed) > 0 {
		t.Errorf("the generated file never shows %q", missed)
	}
}

// TestGeneratedCommunesSpreadAroundTheStandard checks that the file is
// useful to summarise: some communes meet the standard, many do not, and
// some shares sit exactly at their threshold.
func TestGeneratedCommunesSpreadAroundTheStandard(t *testing.T) {
	cat := criteria.Builtin()
	as, err := evaluate.DecodeCSV(bytes.NewReader(generated(t, 200, 2020)), "gen.csv", cat)
	if err != nil {
		t.Fatal(err)
	}
	set, err := cat.Lookup(criteria.IDQD1980)
	if err != nil {
		t.Fatal(err)
	}
	count := map[evaluate.Status]int{}
	atThreshold := 0
	for i := range as {
		r := evaluate.Run(set, &as[i])
		count[r.Status]++
		for _, c := range r.Criteria {
			for _, ind := range c.Indicators {
				if ind.Code() == "4.2" && ind.Value().Kind == evaluate.ValueShare && ind.Status == evaluate.StatusMet &&
					ind.Value().Numerator.Sub(decimal1).Mul(decimal100).Cmp(ind.Target().Value.Mul(ind.Value().Denominator)) < 0 {
					atThreshold++ // one household fewer would not meet 95%
				}
			}
		}
	}
	if count[evaluate.StatusMet] < 20 || count[evaluate.StatusNotMet] < 80 || count[evaluate.StatusMissing] == 0 {
		t.Errorf("statuses %v: want at least 20 met, 80 not met and some missing", count)
	}
	if atThreshold < 10 {
		t.Errorf("%d communes meet 4.2 with not one household to spare, want at least 10", atThreshold)
	}
}

func TestAllocateSharesCommunesByWeight(t *testing.T) {
	ds := []district{{"A", 5, 0}, {"B", 3, 0}, {"C", 2, 0}}
	tests := []struct {
		name string
		n    int
		want []int
	}{
		{"communes divide exactly by weight when they can", 10, []int{5, 3, 2}},
		{"the remainder goes to the largest fractions", 7, []int{4, 2, 1}},
		{"a single commune goes to the heaviest district", 1, []int{1, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, allocate(tt.n, ds)); diff != "" {
				t.Errorf("allocate(%d) (-want +got):\n%s", tt.n, diff)
			}
		})
	}
}

func TestGenerateRejectsNoCommunes(t *testing.T) {
	if err := generate(&bytes.Buffer{}, 0, 1); err == nil {
		t.Fatal("generate(0) succeeded, want an error")
	}
}

var (
	decimal1   = decimal.New(1, 0)
	decimal100 = decimal.New(100, 0)
)
