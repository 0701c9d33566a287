package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalWarnsOfANameReadLate: after hundreds of communes written with
// diacritics, a commune of them written without diacritics, or a name
// that differs from one of theirs only in diacritics, in a file read last,
// is warned of by ntm eval as when read early; a commune not read before
// is not.
func TestEvalWarnsOfANameReadLate(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "a.json")
	if err := os.WriteFile(first, manyCommunes(300, -1), 0o644); err != nil {
		t.Fatal(err)
	}
	var as []map[string]any
	if err := json.Unmarshal(manyCommunes(8, -1), &as); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name                    string
		commune, district, prov string
		want                    string // standard error, "" for none
	}{
		{"a commune not read before", "Xã minh họa 300", "Huyện 7", "Lạng Sơn", ""},
		{"without diacritics", "Xa minh hoa 7", "Huyen 7", "Lang Son",
			`: warning: commune "Xa minh hoa 7" (Huyen 7, Lang Son) is assessed again for 1980/QĐ-TTg, 2020: first in ` + first + ":8, written \"Xã minh họa 7\" (Huyện 7, Lạng Sơn)"},
		{"only in diacritics", "Xã minh hóa 7", "Huyện 7", "Lạng Sơn",
			`: warning: "Xã minh hóa 7" (Huyện 7, Lạng Sơn) differs from "Xã minh họa 7" (` + first + `:8) only in diacritics`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := as[7]
			a["commune"] = map[string]string{"name": tc.commune, "district": tc.district, "province": tc.prov}
			data, err := json.Marshal([]any{a})
			if err != nil {
				t.Fatal(err)
			}
			last := filepath.Join(dir, "b.json")
			if err := os.WriteFile(last, data, 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, errOut := runNTM(t, "", "eval", "--format", "json", "--lang", "en", first, last)
			if code != exitOK {
				t.Errorf("exit %d, want %d", code, exitOK)
			}
			if tc.want == "" {
				if errOut != "" {
					t.Errorf("standard error %q, want none", errOut)
				}
			} else if !strings.HasPrefix(errOut, "ntm eval: "+last+":1"+tc.want) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("standard error\n%s\nwant one line beginning\nntm eval: %s:1%s", errOut, last, tc.want)
			}
		})
	}
}
