package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// combining returns the first combining mark of s in context, "" when s
// has none.
func combining(s string) string {
	for i, r := range s {
		if unicode.Is(unicode.Mn, r) {
			return s[max(0, i-20):min(len(s), i+20)]
		}
	}
	return ""
}

// writeNFD writes s in decomposed Unicode (NFD) to name in dir.
func writeNFD(t *testing.T, dir, name, s string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(norm.NFD.String(s)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestNamesTypedInNFDAreShownInNFC: a commune, district and province
// typed in decomposed Unicode, in JSON, CSV (long and wide), a workbook,
// a plan's targets or --commune, are shown in the composed form (NFC) in
// every output, as written otherwise ("Xã Hòa Lạc" keeps its prefix).
func TestNamesTypedInNFDAreShownInNFC(t *testing.T) {
	dir := t.TempDir()
	const hoaLac = `{"commune": {"name": "Xã Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
  "sets": {"1980/QĐ-TTg": {"4.2": "96.5"}}}`
	inputs := map[string]string{
		"json": writeNFD(t, dir, "a.json", hoaLac),
		"csv": writeNFD(t, dir, "a.csv", "province,district,commune,region,year,set,indicator,value\n"+
			"Lạng Sơn,Hữu Lũng,Xã Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,4.2,\"96,5\"\n"),
		"wide": writeNFD(t, dir, "wide.csv", "Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,4.2\nLạng Sơn,Hữu Lũng,Xã Hòa Lạc,2020,1980/QĐ-TTg,\"96,5\"\n"),
	}
	xlsx := filepath.Join(dir, "a.xlsx")
	writeWorkbook(t, xlsx, "Sheet1", [][]any{
		{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "4.2"},
		{norm.NFD.String("Lạng Sơn"), norm.NFD.String("Hữu Lũng"), norm.NFD.String("Xã Hòa Lạc"), 2020, "1980/QĐ-TTg", "96,5"},
	})
	inputs["xlsx"] = xlsx
	for kind, file := range inputs {
		for _, format := range []string{"json", "csv", "text", "markdown"} {
			code, out, errOut := runNTM(t, "", "eval", "--format", format, file)
			if code != exitOK {
				t.Fatalf("%s, %s: exit %d, stderr:\n%s", kind, format, code, errOut)
			}
			if c := combining(out); c != "" {
				t.Errorf("%s, %s: a combining mark in %q", kind, format, c)
			}
			if !strings.Contains(out, "Xã Hòa Lạc") || !strings.Contains(out, "Hữu Lũng") || !strings.Contains(out, "Lạng Sơn") {
				t.Errorf("%s, %s: the names not in NFC:\n%.600s", kind, format, out)
			}
		}
		_, out, _ := runNTM(t, "", "eval", "--summary", "--format", "csv", file)
		if c := combining(out); c != "" || !strings.Contains(out, "Lạng Sơn") {
			t.Errorf("%s, --summary: %q, want the names in NFC:\n%s", kind, c, out)
		}
	}

	plan := writeNFD(t, dir, "plan.json", `{"number": "12/KH-UBND", "targets": [
  {"commune": {"name": "Xã Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "1980/QĐ-TTg", "year": 2020}]}`)
	for _, format := range []string{"json", "text", "markdown"} {
		code, out, errOut := runNTM(t, "", "plan", "--as-of", "2020-05-05", "--format", format, plan, inputs["json"])
		if code != exitOK {
			t.Fatalf("plan, %s: exit %d, stderr:\n%s", format, code, errOut)
		}
		if c := combining(out); c != "" || !strings.Contains(out, "Hòa Lạc") {
			t.Errorf("plan, %s: %q, want the target's names in NFC:\n%.800s", format, c, out)
		}
	}

	code, out, errOut := runNTM(t, "", "template", "--set", "1980", "--commune", norm.NFD.String("Xã Hòa Lạc, Hữu Lũng, Lạng Sơn"))
	if code != exitOK {
		t.Fatalf("template: exit %d, stderr:\n%s", code, errOut)
	}
	if c := combining(out); c != "" || !strings.Contains(out, "Lạng Sơn,Hữu Lũng,Xã Hòa Lạc,") {
		t.Errorf("template: %q, want the names in NFC:\n%.300s", c, out)
	}
}
