package units

import (
	"bufio"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// The files in testdata/ are copies of the project's reference files
// (shared/reference/lang-son-*.tsv, sources in lang-son-units.md). These
// tests pin every row of them against what the package answers.

func readReference(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows[1:]
}

func d(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestEveryUnitOfMarch2025(t *testing.T) {
	rows := readReference(t, "lang-son-units-2025-03.tsv")
	if len(rows) != 194 {
		t.Fatalf("reference has %d rows, want 194", len(rows))
	}
	var want []Unit
	for _, f := range rows {
		u := Unit{Code: f[0], Name: f[1], Kind: f[2], DistrictCode: f[3], District: f[4], Province: "Lạng Sơn",
			From: d("2025-03-01"), To: d("2025-06-30")}
		want = append(want, u)
		for _, day := range []string{"2025-03-01", "2025-06-30"} {
			got, ok := ByCode(f[0], d(day))
			if !ok {
				t.Errorf("ByCode(%s, %s) found nothing, want %s", f[0], day, u)
				continue
			}
			if diff := cmp.Diff(u, got); diff != "" {
				t.Errorf("ByCode(%s, %s) (-want +got):\n%s", f[0], day, diff)
			}
		}
		found := Find(Place{Name: f[1], District: f[4], Province: "Tỉnh Lạng Sơn"}, d("2025-03-01"))
		if diff := cmp.Diff([]Unit{u}, found); diff != "" {
			t.Errorf("Find(%s, %s) (-want +got):\n%s", f[1], f[4], diff)
		}
	}
	if diff := cmp.Diff(want, List("Lạng Sơn", d("2025-05-15"))); diff != "" {
		t.Errorf("List on 2025-05-15 (-want +got):\n%s", diff)
	}
}

func TestEveryUnitOfJuly2025(t *testing.T) {
	rows := readReference(t, "lang-son-units-2025-07.tsv")
	if len(rows) != 65 {
		t.Fatalf("reference has %d rows, want 65", len(rows))
	}
	var want []Unit
	for _, f := range rows {
		u := Unit{Code: f[0], Name: f[1], Kind: f[2], Province: "Lạng Sơn", From: d("2025-07-01")}
		want = append(want, u)
		for _, day := range []string{"2025-07-01", "2030-12-31"} {
			got, ok := ByCode(f[0], d(day))
			if !ok {
				t.Errorf("ByCode(%s, %s) found nothing, want %s", f[0], day, u)
				continue
			}
			if diff := cmp.Diff(u, got); diff != "" {
				t.Errorf("ByCode(%s, %s) (-want +got):\n%s", f[0], day, diff)
			}
		}
		found := Find(Place{Name: f[1], Province: "Lạng Sơn"}, d("2025-07-01"))
		if diff := cmp.Diff([]Unit{u}, found); diff != "" {
			t.Errorf("Find(%s) (-want +got):\n%s", f[1], diff)
		}
	}
	if diff := cmp.Diff(want, List("Lạng Sơn", d("2025-07-01"))); diff != "" {
		t.Errorf("List on 2025-07-01 (-want +got):\n%s", diff)
	}
}

func TestEverySuccessionOf1672(t *testing.T) {
	rows := readReference(t, "lang-son-merger-2025.tsv")
	if len(rows) != 196 {
		t.Fatalf("reference has %d rows, want 196", len(rows))
	}
	byOld := map[string][]Succession{}
	byNew := map[string][]Succession{}
	var olds []string
	for _, f := range rows {
		old, ok1 := ByCode(f[0], d("2025-06-30"))
		next, ok2 := ByCode(f[3], d("2025-07-01"))
		if !ok1 || !ok2 || old.Name != f[1] || old.District != f[2] || next.Name != f[4] {
			t.Errorf("row %q: units %v %v", f, old, next)
			continue
		}
		clause, _ := strconv.Atoi(f[5])
		s := Succession{Predecessor: old, Successor: next, Whole: f[6] == "yes", Basis: Basis{
			Document: "1672/NQ-UBTVQH15", Issuer: "Ủy ban Thường vụ Quốc hội",
			Issued: d("2025-06-16"), Effective: d("2025-07-01"), Article: 1, Clause: clause}}
		if !slices.Contains(olds, f[0]) {
			olds = append(olds, f[0])
		}
		byOld[f[0]] = append(byOld[f[0]], s)
		byNew[f[3]] = append(byNew[f[3]], s)
	}
	for _, code := range olds {
		old, _ := ByCode(code, d("2025-06-30"))
		if diff := cmp.Diff(byOld[code], Successions(old)); diff != "" {
			t.Errorf("Successions(%s) (-want +got):\n%s", old, diff)
		}
		if diff := cmp.Diff(byOld[code], Successors(old, d("2025-07-01"))); diff != "" {
			t.Errorf("Successors(%s, 2025-07-01) (-want +got):\n%s", old, diff)
		}
		if got := Successors(old, d("2025-06-30")); got != nil {
			t.Errorf("Successors(%s, 2025-06-30) = %v, want none (still in force)", old, got)
		}
	}
	for code, want := range byNew {
		next, _ := ByCode(code, d("2025-07-01"))
		if diff := cmp.Diff(want, Predecessors(next)); diff != "" {
			t.Errorf("Predecessors(%s) (-want +got):\n%s", next, diff)
		}
	}
	if len(olds) != 194 || len(byNew) != 65 {
		t.Errorf("%d old units and %d new units in the merger, want 194 and 65", len(olds), len(byNew))
	}
}

func TestEmbeddedDataIsTheReference(t *testing.T) {
	for _, name := range []string{"lang-son-units-2025-03.tsv", "lang-son-units-2025-07.tsv", "lang-son-merger-2025.tsv"} {
		want, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		got, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if string(want) != string(got) {
			t.Errorf("data/%s differs from testdata/%s", name, name)
		}
	}
}
