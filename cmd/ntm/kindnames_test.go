package main

import (
	"strings"
	"testing"
)

// TestACommuneWrittenWithItsKindIsNamedOnce: a plan's target written with
// its kind ("Xã Hòa Lạc", "xã …", "Phường …", "Thị trấn …") is named once
// in ntm plan's status and in the warning on a route that never visits
// it, in Vietnamese and in English: never "xã Xã Hòa Lạc", "Commune Xã
// Hòa Lạc"; a target written "Hòa Lạc" gets the word.
func TestACommuneWrittenWithItsKindIsNamedOnce(t *testing.T) {
	const huulung = "../../examples/huulung/so-lieu-minh-hoa.json"
	dir := t.TempDir()
	write := fileWriter(t, dir)
	for _, tc := range []struct {
		name                 string
		viWarning, enWarning string
		viTarget, enTarget   string
	}{
		{"Hòa Lạc", "không qua xã Hòa Lạc", "never visits Hòa Lạc", "  Xã Hòa Lạc, Hữu Lũng, Lạng Sơn — ", "  Commune Hòa Lạc, Hữu Lũng, Lạng Sơn — "},
		{"Xã Hòa Lạc", "không qua Xã Hòa Lạc", "never visits Xã Hòa Lạc", "  Xã Hòa Lạc, Hữu Lũng, Lạng Sơn — ", "  Xã Hòa Lạc, Hữu Lũng, Lạng Sơn — "},
		{"xã Hòa Lạc", "không qua xã Hòa Lạc", "never visits xã Hòa Lạc", "  xã Hòa Lạc, Hữu Lũng, Lạng Sơn — ", "  xã Hòa Lạc, Hữu Lũng, Lạng Sơn — "},
		{"Phường Hòa Lạc", "không qua Phường Hòa Lạc", "never visits Phường Hòa Lạc", "  Phường Hòa Lạc, Hữu Lũng, Lạng Sơn — ", "  Phường Hòa Lạc, Hữu Lũng, Lạng Sơn — "},
		{"Thị trấn Hòa Lạc", "không qua Thị trấn Hòa Lạc", "never visits Thị trấn Hòa Lạc", "  Thị trấn Hòa Lạc, Hữu Lũng, Lạng Sơn — ", "  Thị trấn Hòa Lạc, Hữu Lũng, Lạng Sơn — "},
	} {
		plan := editedPlan47(t, func(p map[string]any) {
			in := p["inspection"].(map[string]any)
			in["route"] = in["route"].([]any)[1:] // Hòa Lạc is no longer visited
			p["targets"].([]any)[1].(map[string]any)["commune"].(map[string]any)["name"] = tc.name
		})
		file := write("kh-"+strings.ReplaceAll(tc.name, " ", "-")+".json", plan)
		for _, lang := range []struct {
			args            []string
			warning, target string
		}{
			{[]string{"plan", "--as-of", "2020-05-05", file, huulung}, "cảnh báo: targets[1]: lộ trình kiểm tra " + tc.viWarning, tc.viTarget},
			{english([]string{"plan", "--as-of", "2020-05-05", file, huulung}), "warning: targets[1]: the inspection route " + tc.enWarning, tc.enTarget},
		} {
			code, stdout, stderr := runNTM(t, "", lang.args...)
			if code != exitOK {
				t.Errorf("%s %v: exit %d:\n%s", tc.name, lang.args, code, stderr)
			}
			if want := "ntm plan: " + file + ": " + lang.warning + "\n"; !strings.Contains(stderr, want) {
				t.Errorf("%s %v: no line %q in:\n%s", tc.name, lang.args, want, stderr)
			}
			if !strings.Contains(stdout, lang.target) {
				t.Errorf("%s %v: no target %q in:\n%s", tc.name, lang.args, lang.target, stdout)
			}
			for _, bad := range []string{"Xã Xã", "xã Xã", "Xã xã", "xã xã", "Xã Phường", "Xã Thị trấn", "Commune Xã", "Commune xã", "Commune Phường", "Commune Thị trấn"} {
				if strings.Contains(stdout+stderr, bad) {
					t.Errorf("%s %v: %q in:\n%s%s", tc.name, lang.args, bad, stdout, stderr)
				}
			}
		}
	}
}
