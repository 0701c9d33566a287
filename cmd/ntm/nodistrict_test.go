package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tanThanhTwice is Tân Thành (Lạng Sơn) assessed for year twice (số liệu
// minh họa): first written with its former district Hữu Lũng, then without.
func tanThanhTwice(year string) string {
	return `[{"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "group": 2, "year": ` + year + `, "sets": {"51/2025": {"1": true}}},
 {"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": 2, "year": ` + year + `, "sets": {"51/2025": {"1": true, "2": true}}}]`
}

// TestFrom2026ACommuneIsItsNameAndProvince: from 2026 there are no
// districts (1672/NQ-UBTVQH15): "Tân Thành, Hữu Lũng, Lạng Sơn" and "Tân
// Thành, Lạng Sơn" are one commune, assessed twice, counted once, in its
// province and in no district; in 2025, when a district still tells two
// communes of one name apart, they are two.
func TestFrom2026ACommuneIsItsNameAndProvince(t *testing.T) {
	t.Run("eval --summary 2026", func(t *testing.T) {
		code, out, errOut := runNTM(t, tanThanhTwice("2026"), "eval", "--summary", "--format", "csv", "--lang", "en", "-")
		if code != exitInput {
			t.Errorf("exit %d, want %d (a commune assessed twice)", code, exitInput)
		}
		if want := "-:2: Tân Thành, Lạng Sơn is assessed again for 51/2025/QĐ-TTg, 2026 (first in -:1); this assessment is not used"; !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
		if !strings.Contains(errOut, "leave the district empty") {
			t.Errorf("stderr lacks the former-district warning:\n%s", errOut)
		}
		if strings.Contains(out, ",2026,district,") || !strings.Contains(out, ",2026,province,Lạng Sơn,,1,") {
			t.Errorf("summary has a district area or counts the commune twice:\n%s", out)
		}
	})
	t.Run("eval --summary 2025", func(t *testing.T) {
		code, out, errOut := runNTM(t, tanThanhTwice("2025"), "eval", "--summary", "--format", "csv", "--lang", "en", "-")
		if code != exitOK || strings.Contains(errOut, "assessed again") {
			t.Errorf("exit %d, stderr %q; want two communes", code, errOut)
		}
		if !strings.Contains(out, ",2025,province,Lạng Sơn,,2,") || !strings.Contains(out, ",2025,district,Lạng Sơn,Hữu Lũng,1,") {
			t.Errorf("summary of 2025 lacks its two communes or its district:\n%s", out)
		}
	})
	t.Run("eval 2026 warns of the repeat", func(t *testing.T) {
		_, _, errOut := runNTM(t, tanThanhTwice("2026"), "eval", "--format", "json", "--lang", "en", "-")
		if want := `-:2: warning: commune "Tân Thành" (Lạng Sơn) is assessed again for 51/2025/QĐ-TTg, 2026: first in -:1, written "Tân Thành" (Hữu Lũng, Lạng Sơn)`; !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	})
	t.Run("progress", func(t *testing.T) {
		in := `[{"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "group": 2, "year": 2026, "sets": {"51/2025": {"1": true}}},
 {"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": 2, "year": 2027, "sets": {"51/2025": {"1": true, "2": true}}}]`
		_, out, errOut := runNTM(t, in, "progress", "--format", "csv", "--lang", "en", "-")
		// The commune is shown as first written, district and all.
		rows := []string{"QĐ-TTg,commune,Lạng Sơn,Hữu Lũng,Tân Thành,2026,", "QĐ-TTg,commune,Lạng Sơn,Hữu Lũng,Tân Thành,2027,"}
		if strings.Count(out, "QĐ-TTg,commune,") != 2 || !strings.Contains(out, rows[0]) || !strings.Contains(out, rows[1]) || strings.Contains(out, "QĐ-TTg,district,") {
			t.Errorf("progress does not follow one commune over 2026-2027 in its province alone:\n%s\n%s", out, errOut)
		}
	})
	t.Run("plan", func(t *testing.T) {
		dir := t.TempDir()
		planFile := filepath.Join(dir, "plan.json")
		plan := `{"number": "số liệu minh họa", "targets": [{"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "51/2025", "year": 2027}]}`
		if err := os.WriteFile(planFile, []byte(plan), 0o644); err != nil {
			t.Fatal(err)
		}
		in := `[{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": 2, "year": 2027, "sets": {"51/2025": {"1": true, "2": true}}}]`
		_, out, errOut := runNTM(t, in, "plan", "--format", "json", "--as-of", "2027-06-01", planFile, "-")
		if !strings.Contains(out, `"criteria_met": 2`) || !strings.Contains(out, `"origin": "-:1"`) {
			t.Errorf("the target written with its former district does not find its report:\n%s\n%s", out, errOut)
		}
	})
}
