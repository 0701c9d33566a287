package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSummariesListTheWarningsOnUnits: a summary shows no report, so the
// warnings a report carries on its commune as a unit of its province (a
// commune abolished on 1/7/2025 assessed for 2026, a district written from
// habit) are listed with the warnings on the input of ntm eval --summary
// and ntm progress, once per commune and year however many sets it has,
// and printed on standard error; the counts are unchanged.
func TestSummariesListTheWarningsOnUnits(t *testing.T) {
	dir := t.TempDir()
	csv := "Tỉnh,Huyện,Xã,Nhóm xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\n" +
		"Lạng Sơn,,Vân Nham,3,2026,51/2025,1,đạt\n" +
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,3,2026,51/2025,1,đạt\n" +
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,3,2026,51/2025,2,đạt\n" +
		"Lạng Sơn,Hữu Lũng,Tân Thành,3,2026,51/2025,1,đạt\n"
	file := filepath.Join(dir, "c51.csv")
	if err := os.WriteFile(file, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	hoaLac := `c51.csv:3: xã "Hòa Lạc" (Hữu Lũng, Lạng Sơn): trong năm 2026, xã không còn là đơn vị hành chính của tỉnh (các đơn vị hành chính cấp xã được sắp xếp lại từ ngày 01/7/2025); hãy đánh giá theo đơn vị kế thừa: Xã Tân Thành (06445), Lạng Sơn`
	tanThanh := `c51.csv:5: xã "Tân Thành" (Hữu Lũng, Lạng Sơn): trong năm 2026 không còn cấp huyện (bỏ từ ngày 01/7/2025): tên xã là của Xã Tân Thành (06445), Lạng Sơn`
	for _, args := range [][]string{
		{"eval", "--summary", file},
		{"eval", "--summary", "--format", "markdown", file},
		{"progress", file},
	} {
		t.Run(strings.Join(args[:len(args)-1], " "), func(t *testing.T) {
			code, out, errOut := runNTM(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			out = strings.ReplaceAll(out, filepath.ToSlash(dir)+"/", "")
			errOut = strings.ReplaceAll(errOut, filepath.ToSlash(dir)+"/", "")
			if !strings.Contains(out, "Cảnh báo về số liệu: 2") {
				t.Errorf("no count of 2 warnings:\n%s", out)
			}
			for _, w := range []string{hoaLac, tanThanh} {
				if strings.Count(out, w) != 1 {
					t.Errorf("output has %d times %q:\n%s", strings.Count(out, w), w, out)
				}
				if !strings.Contains(errOut, strings.Replace(w, ": ", ": cảnh báo: ", 1)) {
					t.Errorf("standard error lacks %q:\n%s", w, errOut)
				}
			}
		})
	}
	code, out, errOut := runNTM(t, "", "eval", "--summary", "--lang", "en", file)
	if code != 0 || !strings.Contains(out, `: commune "Hòa Lạc" (Hữu Lũng, Lạng Sơn): the commune is no administrative unit of its province in 2026`) {
		t.Errorf("English: exit %d\n%s\n%s", code, out, errOut)
	}
}

// TestUnitNotesSayTheKindOnce: a commune's name written with its kind
// ("Xã Hòa Lạc") is not put after the word for its kind again, as the
// warnings on names do it (communename.AfterKind).
func TestUnitNotesSayTheKindOnce(t *testing.T) {
	dir := t.TempDir()
	csv := "Tỉnh,Huyện,Xã,Nhóm xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\n" +
		"Lạng Sơn,Hữu Lũng,Xã Hòa Lạc,3,2026,51/2025,1,đạt\n"
	file := filepath.Join(dir, "c51.csv")
	if err := os.WriteFile(file, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runNTM(t, "", "eval", "--summary", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := `c51.csv:2: "Xã Hòa Lạc" (Hữu Lũng, Lạng Sơn): trong năm 2026, xã không còn`
	if out = strings.ReplaceAll(out, filepath.ToSlash(dir)+"/", ""); !strings.Contains(out, want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
}
