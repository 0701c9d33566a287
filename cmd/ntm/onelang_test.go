package main

import (
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/untranslated"
)

// vietnameseWords are words of the Vietnamese remarks of the command that
// no English line may have (the names of places aside).
var vietnameseWords = []string{"không", "được", "của", "số liệu", "kiểm tra", "cảnh báo", "lộ trình", "ngày", "hạn ", "khoảng"}

// TestRemarksInOneLanguage: the remarks the command prints on standard
// error besides problems (the successors that cannot be estimated) are in Vietnamese by default and in English with
// --lang en, never in both at once.
func TestRemarksInOneLanguage(t *testing.T) {
	const huulung = "../../examples/huulung/so-lieu-minh-hoa.json"
	warned := ""
	for _, tc := range []struct {
		args   []string
		vi, en []string // lines (after the prefix) stderr must have
	}{
		{[]string{"eval", "--successors", "2025-07-01", huulung},
			[]string{"Xã Tân Thành (06445), Lạng Sơn, 1980/QĐ-TTg, 2020: không ước tính được vì thiếu số liệu của Xã Hòa Sơn (06445), Huyện Hữu Lũng, Lạng Sơn"},
			[]string{"Xã Tân Thành (06445), Lạng Sơn, 1980/QĐ-TTg, 2020: no estimate: no report for Xã Hòa Sơn (06445), Huyện Hữu Lũng, Lạng Sơn"}},
	} {
		for _, lang := range []string{"vi", "en"} {
			args, want := tc.args, tc.vi
			if lang == "en" {
				args, want = english(args), tc.en
			}
			code, _, stderr := runNTM(t, "", args...)
			if code != exitOK {
				t.Errorf("%v: exit %d:\n%s", args, code, stderr)
			}
			prefix := "ntm " + args[0] + ": "
			var lines []string
			for _, line := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
				rest, ok := strings.CutPrefix(line, prefix)
				if !ok {
					t.Errorf("%v: a line without the prefix %q:\n\t%s", args, prefix, line)
					continue
				}
				lines = append(lines, rest)
				if lang == "vi" {
					if w := untranslated.Words(rest, warned, huulung); len(w) > 0 {
						t.Errorf("%v: English in Vietnamese:\n\t%s\n\t\tEnglish: %s", args, line, strings.Join(w, ", "))
					}
					continue
				}
				for _, w := range vietnameseWords {
					if strings.Contains(rest, w) {
						t.Errorf("%v: Vietnamese (%q) in English:\n\t%s", args, w, line)
					}
				}
			}
			for _, w := range want {
				found := false
				for _, line := range lines {
					found = found || line == w
				}
				if !found {
					t.Errorf("%v: no line\n\t%s\nin:\n%s", args, w, stderr)
				}
			}
		}
	}
}
