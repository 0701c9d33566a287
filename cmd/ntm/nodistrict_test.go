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

// TestFrom2026ANameWithoutDiacriticsIsResolvedInItsProvince: a name typed
// without diacritics beside its former district ("Tan Thanh, Huu Lung,
// Lang Son", 2026) is the "Tân Thành" of its province read elsewhere
// without a district, in either order: one commune assessed twice.
func TestFrom2026ANameWithoutDiacriticsIsResolvedInItsProvince(t *testing.T) {
	ascii := `{"commune": {"name": "Tan Thanh", "district": "Huu Lung", "province": "Lang Son"}, "group": 2, "year": 2026, "sets": {"51/2025": {"1": true}}}`
	diacritics := `{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": 2, "year": 2026, "sets": {"51/2025": {"1": true, "2": true}}}`
	for _, tc := range []struct {
		name, in, again, warning string
	}{
		{"diacritics first", "[" + diacritics + ",\n" + ascii + "]",
			"-:2: Tan Thanh, Hữu Lũng, Lạng Sơn is assessed again for 51/2025/QĐ-TTg, 2026 (first in -:1)",
			`-:2: warning: commune "Tan Thanh" (Huu Lung, Lang Son) is assessed again for 51/2025/QĐ-TTg, 2026: first in -:1`},
		{"without diacritics first", "[" + ascii + ",\n" + diacritics + "]",
			"-:2: Tân Thành, Lạng Sơn is assessed again for 51/2025/QĐ-TTg, 2026 (first in -:1)",
			`-:2: warning: commune "Tân Thành" (Lạng Sơn) is assessed again for 51/2025/QĐ-TTg, 2026: first in -:1`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runNTM(t, tc.in, "eval", "--summary", "--format", "csv", "--lang", "en", "-")
			if code != exitInput || !strings.Contains(errOut, tc.again) || !strings.Contains(out, ",2026,province,Lạng Sơn,,1,") {
				t.Errorf("--summary: exit %d, stderr\n%s\noutput\n%s\nwant %q and one commune", code, errOut, out, tc.again)
			}
			_, _, errOut = runNTM(t, tc.in, "eval", "--format", "json", "--lang", "en", "-")
			if !strings.Contains(errOut, tc.warning) {
				t.Errorf("eval: stderr\n%s\nwant %q", errOut, tc.warning)
			}
		})
	}
}

// TestFrom2026APrerequisiteIsJoinedAcrossSpellings: the NTM table of
// "Tan Thanh, Huu Lung, Lang Son" (without diacritics, with its former
// district) and the nâng cao table of "Tân Thành, Lạng Sơn" of 2026 are one
// commune's: the prerequisite is evaluated from the other (the sets of
// 2016-2020 stand in for those of 2026-2030, whose nâng cao set is not
// built in).
func TestFrom2026APrerequisiteIsJoinedAcrossSpellings(t *testing.T) {
	in := `[{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "region": "TDMNPB", "year": 2026, "sets": {"933": {"1": true}}},
 {"commune": {"name": "Tan Thanh", "district": "Huu Lung", "province": "Lang Son"}, "region": "TDMNPB", "year": 2026, "sets": {"1980": {"1.1": true}}}]`
	_, out, errOut := runNTM(t, in, "eval", "--format", "json", "--lang", "en", "-")
	if want := `"prerequisite": {"set": "1980/QĐ-TTg", "status": "missing", "basis": "evaluated", "content": "complete", "origin": "-:2"}`; !strings.Contains(out, want) {
		t.Errorf("output lacks %s:\n%s\n%s", want, out, errOut)
	}
}

// TestFrom2026ProgressFollowsANameWithoutDiacriticsInItsProvince: "Tan
// Thanh, Huu Lung, Lang Son" of 2026 and "Tân Thành, Lạng Sơn" of 2027 are
// one commune followed over two years, named Tân Thành.
func TestFrom2026ProgressFollowsANameWithoutDiacriticsInItsProvince(t *testing.T) {
	in := `[{"commune": {"name": "Tan Thanh", "district": "Huu Lung", "province": "Lang Son"}, "group": 2, "year": 2026, "sets": {"51/2025": {"1": true}}},
 {"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": 2, "year": 2027, "sets": {"51/2025": {"1": true, "2": true}}}]`
	_, out, errOut := runNTM(t, in, "progress", "--format", "csv", "--lang", "en", "-")
	rows := []string{"QĐ-TTg,commune,Lạng Sơn,Hữu Lũng,Tân Thành,2026,", "QĐ-TTg,commune,Lạng Sơn,Hữu Lũng,Tân Thành,2027,"}
	if strings.Count(out, "QĐ-TTg,commune,") != 2 || !strings.Contains(out, rows[0]) || !strings.Contains(out, rows[1]) {
		t.Errorf("progress does not follow one commune over 2026-2027:\n%s\n%s", out, errOut)
	}
}

// TestFrom2026PlanTargetsFindAReportWrittenWithoutDiacritics: ntm plan and
// ntm progress --plan find the report of 2026 of "Tan Thanh, Huu Lung,
// Lang Son" (without diacritics, with its former district) for the target
// "Tân Thành, Lạng Sơn" of 2026: its name is resolved among the communes
// of its province without a district.
func TestFrom2026PlanTargetsFindAReportWrittenWithoutDiacritics(t *testing.T) {
	dir := t.TempDir()
	planFile := filepath.Join(dir, "plan.json")
	plan := `{"number": "số liệu minh họa", "targets": [{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "set": "51/2025", "year": 2026}]}`
	if err := os.WriteFile(planFile, []byte(plan), 0o644); err != nil {
		t.Fatal(err)
	}
	in := `[{"commune": {"name": "Tan Thanh", "district": "Huu Lung", "province": "Lang Son"}, "group": 2, "year": 2026, "sets": {"51/2025": {"1": true, "2": true}}}]`
	for _, tc := range []struct {
		name string
		args []string
		// targets returns the part of the output that holds the targets.
		targets func(out string) string
	}{
		{"progress", []string{"progress", "--plan", planFile, "--as-of", "2026-06-01", "--format", "json", "--lang", "en", "-"},
			func(out string) string { _, targets, _ := strings.Cut(out, `"targets": [`); return targets }},
		{"plan", []string{"plan", "--format", "json", "--as-of", "2026-06-01", planFile, "-"},
			func(out string) string { return out }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, out, errOut := runNTM(t, in, tc.args...)
			if target := tc.targets(out); strings.Contains(target, `"not-evaluated"`) || !strings.Contains(target, `"criteria_met": 2`) {
				t.Errorf("the plan's target does not find its report:\n%s\n%s", out, errOut)
			}
		})
	}
}

// TestATableOf2026NeedsNoDistrictColumn: an official's table of 2026 has
// no district column (số liệu minh họa); ntm eval --summary and ntm
// progress read it. A commune of 2020 in such a table is left out with a
// problem naming its line, commune and year and saying to add the
// column; the communes of 2026 are still counted.
func TestATableOf2026NeedsNoDistrictColumn(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	const head = "Tỉnh,Xã,Nhóm xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\n"
	only2026 := write("so-lieu-2026.csv", head+
		"Lạng Sơn,Tân Thành,3,2026,51/2025,1,đạt\nLạng Sơn,Tân Thành,3,2026,51/2025,2,đạt\nLạng Sơn,Vân Nham,2,2026,51/2025,1,đạt\n")
	mixed := write("so-lieu-2020-2026.csv", head+
		"Lạng Sơn,Hòa Lạc,,2020,1980,1.1,đạt\nLạng Sơn,Tân Thành,3,2026,51/2025,1,đạt\n")
	t.Run("eval --summary 2026", func(t *testing.T) {
		code, out, errOut := runNTM(t, "", "eval", "--summary", "--format", "csv", "--lang", "en", only2026)
		if code != exitOK || errOut != "" {
			t.Errorf("exit %d, stderr:\n%s", code, errOut)
		}
		if !strings.Contains(out, ",2026,province,Lạng Sơn,,2,") {
			t.Errorf("summary lacks the two communes of Lạng Sơn:\n%s", out)
		}
	})
	t.Run("progress 2026", func(t *testing.T) {
		code, out, errOut := runNTM(t, "", "progress", "--format", "csv", "--lang", "en", only2026)
		if code != exitOK || errOut != "" || strings.Count(out, "QĐ-TTg,commune,Lạng Sơn,,") != 2 {
			t.Errorf("exit %d, stderr %q:\n%s", code, errOut, out)
		}
	})
	t.Run("eval --summary 2020 and 2026", func(t *testing.T) {
		code, out, errOut := runNTM(t, "", "eval", "--summary", "--lang", "en", mixed)
		if code != exitInput {
			t.Errorf("exit %d, want %d", code, exitInput)
		}
		want := mixed + `:2: column district: Hòa Lạc: no district for Hòa Lạc, assessed for 2020: the table has no district column; add a column "Huyện" (district)`
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
		if !strings.Contains(out, "Hòa Lạc, Lạng Sơn ("+mixed+":2, 1 problem)") || !strings.Contains(out, "Summary of 51/2025/QĐ-TTg") {
			t.Errorf("summary does not name Hòa Lạc left out or lacks 2026:\n%s", out)
		}
		_, _, errOut = runNTM(t, "", "eval", "--summary", mixed)
		if want := `không có huyện của xã Hòa Lạc, năm đánh giá 2020: bảng không có cột huyện; hãy thêm cột "Huyện"`; !strings.Contains(errOut, want) {
			t.Errorf("stderr in Vietnamese lacks %q:\n%s", want, errOut)
		}
	})
}
