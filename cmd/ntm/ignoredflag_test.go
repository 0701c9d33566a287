package main

import (
	"os"
	"path/filepath"
	"testing"
)

// "Region sets ignore group; group sets ignore region" (the interchange
// specification, "Set-defined target columns"): ntm criteria, ntm eval and
// ntm template take the flag a set ignores, give what they give without
// it, exit 0, and say on standard error, in one line that is the same for
// the three commands, that it is ignored; in Vietnamese by default and in
// English with --lang en.
func TestAFlagTheSetIgnoresIsNotedAlike(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "so-lieu.csv")
	if err := os.WriteFile(file, []byte("province,district,commune,region,year,set,indicator,value\nLạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,1.1,đạt\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const (
		groupEN  = `--group "1": note: set 1980/QĐ-TTg splits its targets by region, not by commune group: --group is ignored`
		groupVI  = `--group "1": lưu ý: bộ tiêu chí 1980/QĐ-TTg chia mức đạt chuẩn theo vùng, không theo nhóm xã: bỏ qua --group`
		regionEN = `--region "TDMNPB": note: set 51/2025/QĐ-TTg splits its targets by commune group, not by region: --region is ignored`
		regionVI = `--region "TDMNPB": lưu ý: bộ tiêu chí 51/2025/QĐ-TTg chia mức đạt chuẩn theo nhóm xã, không theo vùng: bỏ qua --region`
	)
	for _, tc := range []struct {
		cmd          string
		args, sameAs []string
		en, vi       string
	}{
		{"template", []string{"--set", "1980", "--group", "1"}, []string{"--set", "1980"}, groupEN, groupVI},
		{"template", []string{"--set", "1980", "--group", "1", "--region", "TDMNPB"}, []string{"--set", "1980", "--region", "TDMNPB"}, groupEN, groupVI},
		{"template", []string{"--set", "51", "--group", "1", "--region", "TDMNPB"}, []string{"--set", "51", "--group", "1"}, regionEN, regionVI},
		{"template", []string{"--set", "51", "--region", "TDMNPB", "--commune", "Tân Thành"}, []string{"--set", "51", "--commune", "Tân Thành"}, regionEN, regionVI},
		{"criteria", []string{"--set", "1980", "--group", "1"}, []string{"--set", "1980"}, groupEN, groupVI},
		{"criteria", []string{"--set", "1980", "--group", "1", "--region", "TDMNPB"}, []string{"--set", "1980", "--region", "TDMNPB"}, groupEN, groupVI},
		{"criteria", []string{"--set", "51", "--group", "1", "--region", "TDMNPB"}, []string{"--set", "51", "--group", "1"}, regionEN, regionVI},
		{"eval", []string{"--set", "1980", "--group", "1", file}, []string{"--set", "1980", file}, groupEN, groupVI},
		// Without --set the assessments may be of a set split by group:
		// the group of those that name none is not ignored.
		{"eval", []string{"--group", "1", file}, []string{file}, "", ""},
		// Without --set every set is shown, 51/2025/QĐ-TTg narrowed to
		// group 1.
		{"criteria", []string{"--group", "1"}, nil, "", ""},
	} {
		for lang, note := range map[string]string{"en": tc.en, "vi": tc.vi} {
			args := append([]string{tc.cmd, "--lang", lang}, tc.args...)
			code, out, stderr := runNTM(t, "", args...)
			want := ""
			if note != "" {
				want = "ntm " + tc.cmd + ": " + note + "\n"
			}
			if code != exitOK || stderr != want {
				t.Errorf("%q: exit %d, stderr\n%q\nwant exit 0, stderr\n%q", args, code, stderr, want)
			}
			if tc.sameAs == nil {
				continue
			}
			if _, same, _ := runNTM(t, "", append([]string{tc.cmd, "--lang", lang}, tc.sameAs...)...); out != same {
				t.Errorf("%q: output differs from that of %q:\n%s\nwant\n%s", args, tc.sameAs, out, same)
			}
		}
	}
}
