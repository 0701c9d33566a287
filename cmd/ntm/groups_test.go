package main

import (
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
