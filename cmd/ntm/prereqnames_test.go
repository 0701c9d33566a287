package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
)

// foldedNangCao writes the 933/QĐ-UBND table of nangCaoRows with the
// names of Tân Thành and Hòa Lạc typed without diacritics ("Tan Thanh",
// "Hoa Lac"), and the rows extra after them, to path.
func foldedNangCao(t *testing.T, path string, extra ...string) {
	t.Helper()
	rows := nangCaoRows()
	for _, row := range rows[1:] {
		switch row[2] {
		case "Tân Thành":
			row[2] = "Tan Thanh"
		case "Hòa Lạc":
			row[2] = "Hoa Lac"
		}
	}
	for _, c := range extra {
		row := slicesClone(rows[len(rows)-1])
		row[2] = c
		rows = append(rows, row)
	}
	writeCSV(t, path, rows)
}

func slicesClone(row []any) []any { return append([]any(nil), row...) }

// prereqs returns the status and prerequisite (status and origin) of each
// 933/QĐ-UBND report, by commune as written.
func prereqs(reports []prereqOf) map[string][3]string {
	out := map[string][3]string{}
	for _, r := range reports {
		if r.Set != criteria.IDQD933 {
			continue
		}
		g := [3]string{r.Status}
		if p := r.Prerequisite; p != nil {
			g[1], g[2] = p.Status, p.Origin
		}
		out[r.Commune] = g
	}
	return out
}

// TestPrerequisiteOfACommuneNamedWithoutDiacritics: the 933/QĐ-UBND table
// names Tân Thành and Hòa Lạc without diacritics, the 1980/QĐ-TTg table
// with them: each name folds to exactly one name read, so the two are one
// commune for prerequisites, in either order of the files, in reports,
// summaries and plans.
func TestPrerequisiteOfACommuneNamedWithoutDiacritics(t *testing.T) {
	dir := t.TempDir()
	ntm, nc := filepath.Join(dir, "ntm-minh-hoa.csv"), filepath.Join(dir, "nang-cao-minh-hoa.csv")
	writeCSV(t, ntm, ntmRows())
	foldedNangCao(t, nc)
	want := map[string][3]string{
		"Tan Thanh": {"met", "met", ntm + ":2"},
		"Hoa Lac":   {"not-met", "not-met", ntm + ":3"},
		"Minh Sơn":  {"missing", "missing", ""},
	}
	for _, files := range [][]string{{ntm, nc}, {nc, ntm}} {
		if diff := cmp.Diff(want, prereqs(evalReports(t, files...))); diff != "" {
			t.Errorf("%v: 933/QĐ-UBND reports (-want +got):\n%s", files, diff)
		}
		_, text, _ := runNTM(t, "", append([]string{"eval", "--set", "933"}, files...)...)
		if s := "Điều kiện tiên quyết: 1980/QĐ-TTg — Đạt (theo kết quả đánh giá số liệu ở " + ntm + ":2)\n"; !strings.Contains(text, s) {
			t.Errorf("%v: --set 933: no %q in:\n%s", files, s, text)
		}
		code, out, errOut := runNTM(t, "", append([]string{"eval", "--summary", "--format", "json"}, files...)...)
		if code != exitOK {
			t.Fatalf("%v: --summary: exit %d, stderr:\n%s", files, code, errOut)
		}
		check933Summary(t, out)
		_, out, _ = runNTM(t, "", append([]string{"eval", "--summary", "--set", "933", "--format", "json"}, files...)...)
		check933Summary(t, out)
	}

	checkTanThanh933Met(t, dir, nc, ntm)
}

// TestPrerequisiteOfAnAmbiguousNameIsNotJoined: beside Tân Thành (of the
// 1980/QĐ-TTg table), the 933/QĐ-UBND table has Tân Thạnh: "Tan Thanh" may
// be either, so its prerequisite is not joined, and a warning names both,
// in the order read.
func TestPrerequisiteOfAnAmbiguousNameIsNotJoined(t *testing.T) {
	dir := t.TempDir()
	ntm, nc := filepath.Join(dir, "ntm-minh-hoa.csv"), filepath.Join(dir, "nang-cao-minh-hoa.csv")
	writeCSV(t, ntm, ntmRows())
	foldedNangCao(t, nc, "Tân Thạnh")
	warning := nc + `:2: cảnh báo: xã "Tan Thanh" (Hữu Lũng, Lạng Sơn) viết không dấu nên có thể là "Tân Thạnh" (` + nc + `:5) hoặc "Tân Thành" (` + ntm + `:2)`
	for _, summary := range []bool{false, true} {
		args := []string{"eval", "--format", "json", nc, ntm}
		if summary {
			args = append(args, "--summary")
		}
		code, out, errOut := runNTM(t, "", args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d, stderr:\n%s", args, code, errOut)
		}
		if !strings.Contains(errOut, warning) || strings.Count(errOut, `"Tan Thanh"`) != 1 {
			t.Errorf("%v: stderr, want one warning %q:\n%s", args, warning, errOut)
		}
		if summary {
			continue
		}
		got := prereqs(readReports(t, out))
		if g := got["Tan Thanh"]; g != [3]string{"missing", "missing", ""} {
			t.Errorf("Tan Thanh: %q, want its prerequisite missing", g)
		}
		if g := got["Hoa Lac"]; g != [3]string{"not-met", "not-met", ntm + ":3"} {
			t.Errorf("Hoa Lac: %q, want not met from %s:3", g, ntm)
		}
	}
}

// TestSuccessorEstimateOfAJoinedPrerequisite: the three communes merged
// into the new xã Tân Thành on 1/7/2025 keep their 1980/QĐ-TTg and
// 933/QĐ-UBND tables in two files, the 933/QĐ-UBND first: each
// predecessor's 933/QĐ-UBND report takes its prerequisite from the other
// file, and the 933/QĐ-UBND estimate evaluates its own from the
// 1980/QĐ-TTg values estimated from the same predecessors.
func TestSuccessorEstimateOfAJoinedPrerequisite(t *testing.T) {
	dir := t.TempDir()
	ntm, nc := filepath.Join(dir, "ntm-minh-hoa.csv"), filepath.Join(dir, "nang-cao-minh-hoa.csv")
	merged := []string{"Hòa Lạc", "Tân Thành", "Hòa Sơn"}
	writeCSV(t, ntm, wideSheet(criteria.QD1980(), merged, func(_ string, ind *criteria.Indicator) any { return met1980(ind) }))
	writeCSV(t, nc, wideSheet(criteria.QD933(), merged, func(string, *criteria.Indicator) any { return "đạt" }))
	for _, set := range []string{"", "933"} {
		args := []string{"eval", "--successors", "2025-07-01", "--format", "json", nc, ntm}
		if set != "" {
			// Only 933/QĐ-UBND is shown, its estimate evaluated all the
			// same.
			args = append(args, "--set", set)
		}
		code, out, errOut := runNTM(t, "", args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d, stderr:\n%s", args, code, errOut)
		}
		var rs []struct {
			Set          string `json:"set"`
			Status       string `json:"status"`
			Basis        string `json:"basis"`
			Prerequisite *struct {
				Status string `json:"status"`
				Basis  string `json:"basis"`
				Origin string `json:"origin"`
			} `json:"prerequisite"`
		}
		if err := json.Unmarshal([]byte(out), &rs); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		estimates := 0
		for _, r := range rs {
			if set != "" && r.Set != criteria.IDQD933 {
				t.Errorf("%v: a report of %s", args, r.Set)
			}
			if r.Set != criteria.IDQD933 || r.Basis != "estimate-from-predecessors" {
				continue
			}
			estimates++
			if p := r.Prerequisite; r.Status != "met" || p == nil || p.Status != "met" || p.Basis != "evaluated" || p.Origin != "" {
				t.Errorf("%v: 933/QĐ-UBND estimate %s, prerequisite %+v; want met, evaluated from its own values", args, r.Status, p)
			}
		}
		if estimates != 1 {
			t.Errorf("%v: %d 933/QĐ-UBND estimates, want 1:\n%s", args, estimates, out)
		}
	}
}
