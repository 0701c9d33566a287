package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A set split by commune groups, loaded with --sets-from (the test fixture
// of 51/2025/QĐ-TTg with invented values): the group may be a JSON number,
// the province need not be one of the 63, and warnings name the group.
func TestEvalGroupSetFromFixture(t *testing.T) {
	in := `{"commune": {"name": "Tân Thành", "province": "Xứ Lạ"}, "group": 3, "year": 2026, "sets": {"51/2025": {"1.2": 75}}}`
	for _, tc := range []struct {
		lang, want, notWant string
	}{
		{"vi", "chỉ tiêu 1.2: kết quả dựa trên mức đạt chuẩn của nhóm 3 (≥ 70%)", "vùng"},
		{"en", "indicator 1.2: the target ≥ 70% (group 3) that decided the outcome", "region "},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			code, out, errOut := runNTM(t, in, "eval", "--sets-from", "testdata/criteria-51-2025-test-fixture.json",
				"--format", "json", "--lang", tc.lang, "-")
			if code != exitOK || errOut != "" {
				t.Fatalf("exit %d, stderr %q; want 0 and nothing", code, errOut)
			}
			for _, s := range []string{tc.want, `"province": "Xứ Lạ"`, `"group": "3"`, `{"code": "1.2", "status": "met"`} {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %s:\n%s", s, out)
				}
			}
			if strings.Contains(out, tc.notWant) {
				t.Errorf("output names a region (%q):\n%s", tc.notWant, out)
			}
		})
	}
}

// A --group that no set split by commune group has is a usage error of the
// flag, naming the set's groups, as ntm template says it, before any file
// is read: not a problem at a group column of a table that has none.
func TestEvalRefusesAGroupTheSetHasNot(t *testing.T) {
	table := filepath.Join(t.TempDir(), "nhom.csv")
	if err := os.WriteFile(table, []byte("province,commune,year,set,indicator,value\nXứ Lạ,Tân Thành,2026,51/2025,1.2,75\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"vi", nil, "ntm eval: --group: bộ tiêu chí 51/2025/QĐ-TTg không có nhóm xã \"4\" (1, 2 hoặc 3)\n"},
		{"en", []string{"--lang", "en"}, "ntm eval: --group: set 51/2025/QĐ-TTg has no commune group \"4\" (1, 2 or 3)\n"},
		{"with --set", []string{"--lang", "en", "--set", "51/2025"}, "ntm eval: --group: set 51/2025/QĐ-TTg has no commune group \"4\" (1, 2 or 3)\n"},
		{"written with its word", []string{"--group", "Nhóm 4"}, "ntm eval: --group: bộ tiêu chí 51/2025/QĐ-TTg không có nhóm xã \"Nhóm 4\" (1, 2 hoặc 3)\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"eval", "--sets-from", "testdata/criteria-51-2025-test-fixture.json", "--group", "4"}, tc.args...)
			code, out, errOut := runNTM(t, "", append(args, table)...)
			if code != exitUsage || out != "" || !strings.HasPrefix(errOut, tc.want) || strings.Contains(errOut, "group:") && !strings.Contains(errOut, "--group:") {
				t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant exit %d and, first, %q", code, out, errOut, exitUsage, tc.want)
			}
		})
	}
	// A group the set has is read as before.
	code, _, errOut := runNTM(t, "", "eval", "--sets-from", "testdata/criteria-51-2025-test-fixture.json", "--group", "3", "--format", "json", table)
	if code != exitOK || errOut != "" {
		t.Errorf("--group 3: exit %d, stderr %q; want 0 and nothing", code, errOut)
	}
}

// The summaries, the progress and the HTML report of a set pending its
// official text whose indicator table was loaded (the test fixture of
// 51/2025/QĐ-TTg, INVENTED values) say their results are provisional and
// judged from that table, not that they rest on attestations alone.
func TestSummariesOfALoadedTableOfAPendingSetSayWhatTheyRestOn(t *testing.T) {
	in := `[{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": 3, "year": 2026, "sets": {"51/2025": {"1.1": true, "1.2": 75}}},
	{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": 3, "year": 2027, "sets": {"51/2025": {"1.1": true, "1.2": 65}}}]`
	for _, args := range [][]string{
		{"eval", "--summary"}, {"eval", "--summary", "--format", "markdown"},
		{"progress"}, {"progress", "--format", "markdown"}, {"progress", "--format", "html"}, {"report"},
	} {
		for _, tc := range []struct{ lang, want, not string }{
			{"vi", "kết quả là tạm tính, theo bảng chỉ tiêu đã nạp, không phải văn bản chính thức", "chỉ dựa trên xác nhận từng tiêu chí"},
			{"en", "judged from an indicator table loaded that is not the official text", "attestations only"},
		} {
			a := append(append(slices.Clone(args), "--sets-from", "testdata/criteria-51-2025-test-fixture.json", "--lang", tc.lang), "-")
			code, out, errOut := runNTM(t, in, a...)
			if code != exitOK || !strings.Contains(out, tc.want) || strings.Contains(out, tc.not) {
				t.Errorf("%q: exit %d, stderr %q; want %q and not %q in:\n%s", a, code, errOut, tc.want, tc.not, out)
			}
		}
	}
}

// ntm criteria and ntm template read --group as ntm eval and the tables
// read a group ("Nhóm 3", "nhom 3" and "3" are "3"); a group the set has
// not is refused quoting it as written and naming the set's groups.
func TestCriteriaAndTemplateReadAGroupWrittenWithItsWord(t *testing.T) {
	for _, cmd := range [][]string{
		{"criteria", "--set", "51"},
		{"template", "--set", "51", "--commune", "Tân Thành, Lạng Sơn"},
	} {
		_, want, _ := runNTM(t, "", append(slices.Clone(cmd), "--group", "3")...)
		for _, g := range []string{"Nhóm 3", "nhom 3", "NHÓM XÃ 3"} {
			code, out, errOut := runNTM(t, "", append(slices.Clone(cmd), "--group", g)...)
			if code != exitOK || out != want {
				t.Errorf("%s --group %q: exit %d, stderr %q; output differs from --group 3:\n%s", cmd[0], g, code, errOut, out)
			}
		}
		code, _, errOut := runNTM(t, "", append(slices.Clone(cmd), "--group", "Nhóm 4")...)
		if w := "ntm " + cmd[0] + ": --group: bộ tiêu chí 51/2025/QĐ-TTg không có nhóm xã \"Nhóm 4\" (1, 2 hoặc 3)\n"; code != exitUsage || !strings.HasPrefix(errOut, w) {
			t.Errorf("%s --group \"Nhóm 4\": exit %d, stderr %q; want %d and %q", cmd[0], code, errOut, exitUsage, w)
		}
	}
}
