package docs_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"testing"
)

// propertyNames returns the names of every property a schema declares, at
// any depth.
func propertyNames(v any, out map[string]bool) {
	switch v := v.(type) {
	case map[string]any:
		if props, ok := v["properties"].(map[string]any); ok {
			for k := range props {
				out[k] = true
			}
		}
		for _, x := range v {
			propertyNames(x, out)
		}
	case []any:
		for _, x := range v {
			propertyNames(x, out)
		}
	}
}

// The schemas list every key ntm writes, and reject others (so a key
// written is in a schema: TestRenderersWriteWhatTheSchemasDescribe and the
// tests of cmd/ntm validate the outputs); formats.md describes every key
// of the schemas, named in backquotes or as a key of an example, so that
// a program reading ntm's JSON finds each key it meets explained there.
func TestFormatsMdNamesEveryKeyOfTheSchemas(t *testing.T) {
	md, err := os.ReadFile("formats.md")
	if err != nil {
		t.Fatal(err)
	}
	names, err := filepath.Glob(filepath.Join("schema", "*.schema.json"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no schema: %v", err)
	}
	for _, name := range names {
		doc, err := readJSON(name)
		if err != nil {
			t.Fatal(err)
		}
		keys := map[string]bool{}
		propertyNames(doc, keys)
		var missing []string
		for k := range keys {
			if !regexp.MustCompile("[`\"]" + regexp.QuoteMeta(k) + "[`\"]").Match(md) {
				missing = append(missing, k)
			}
		}
		sort.Strings(missing)
		if len(missing) > 0 {
			t.Errorf("%s declares keys formats.md never names: %q", filepath.Base(name), missing)
		}
		if len(keys) == 0 || slices.Contains(missing, "") {
			t.Errorf("%s: no property read", name)
		}
	}
}
