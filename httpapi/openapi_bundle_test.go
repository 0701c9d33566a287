package httpapi

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var updateBundle = flag.Bool("update", false, "rewrite openapi.bundled.json from openapi.json and docs/schema")

// bundleOpenAPI is the OpenAPI document of openapi.json with the schemas of
// docs/schema put in its components.schemas (each under its file's name
// without ".schema.json", its $id left out) and every $ref to them made a
// reference within the document, so that a client resolves the whole
// document offline.
func bundleOpenAPI(t *testing.T) []byte {
	t.Helper()
	var doc map[string]any
	dec := json.NewDecoder(bytes.NewReader(openAPI))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	names, err := filepath.Glob(filepath.Join("..", "docs", "schema", "*.schema.json"))
	if err != nil || len(names) == 0 {
		t.Fatalf("docs/schema: %v (%d files)", err, len(names))
	}
	for _, file := range names {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var s map[string]any
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		if err := dec.Decode(&s); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		name := strings.TrimSuffix(filepath.Base(file), ".schema.json")
		if _, dup := schemas[name]; dup {
			t.Fatalf("components.schemas has %q already", name)
		}
		delete(s, "$id")
		rewriteRefs(s, "#/components/schemas/"+name)
		schemas[name] = s
	}
	rewriteRefs(doc, "#")
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// rewriteRefs makes every $ref of v a reference within the bundled
// document: a schema of docs/schema (by its $id or by its file name) is
// its entry of components.schemas, and a reference within a schema
// ("#/$defs/…") is under that schema's entry, at root.
func rewriteRefs(v any, root string) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			ref, ok := x.(string)
			if k != "$ref" || !ok {
				rewriteRefs(x, root)
				continue
			}
			file, frag, _ := strings.Cut(strings.TrimPrefix(ref, schemaBase), "#")
			if file == "" {
				v[k] = root + frag
			} else if name, ok := strings.CutSuffix(file, ".schema.json"); ok {
				v[k] = "#/components/schemas/" + name + frag
			}
		}
	case []any:
		for _, x := range v {
			rewriteRefs(x, root)
		}
	}
}

// GET /openapi.json answers a document a client reads offline: the schemas
// of docs/schema are in it, and every $ref points within it.
func TestTheServedOpenAPIDocumentIsSelfContained(t *testing.T) {
	want := bundleOpenAPI(t)
	if *updateBundle {
		if err := os.WriteFile("openapi.bundled.json", want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h := NewHandler(quiet(Options{}))
	rec := do(t, h, http.MethodGet, "/openapi.json", "", "")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	got := rec.Body.Bytes()
	if !bytes.Equal(got, want) {
		t.Errorf("GET /openapi.json is not openapi.json bundled with docs/schema (go test ./httpapi -run SelfContained -update)")
	}
	var doc any
	if err := json.Unmarshal(got, &doc); err != nil {
		t.Fatal(err)
	}
	var refs []string
	collectRefs(doc, &refs)
	for _, ref := range refs {
		if !strings.HasPrefix(ref, "#/") {
			t.Errorf("$ref %q points outside the document", ref)
			continue
		}
		if !resolves(doc, strings.Split(strings.TrimPrefix(ref, "#/"), "/")) {
			t.Errorf("$ref %q names nothing in the document", ref)
		}
	}
	// Its schemas compile with nothing else known.
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	served, err := jsonschema.UnmarshalJSON(bytes.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	const id = "https://example.invalid/openapi.json"
	if err := c.AddResource(id, served); err != nil {
		t.Fatal(err)
	}
	for name := range doc.(map[string]any)["components"].(map[string]any)["schemas"].(map[string]any) {
		if _, err := c.Compile(id + "#/components/schemas/" + name); err != nil {
			t.Errorf("components.schemas.%s: %v", name, err)
		}
	}
}

func collectRefs(v any, refs *[]string) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && k == "$ref" {
				*refs = append(*refs, s)
			}
			collectRefs(x, refs)
		}
	case []any:
		for _, x := range v {
			collectRefs(x, refs)
		}
	}
}

// resolves reports whether the JSON pointer of path names a value of v.
func resolves(v any, path []string) bool {
	for _, p := range path {
		p = strings.ReplaceAll(strings.ReplaceAll(p, "~1", "/"), "~0", "~")
		m, ok := v.(map[string]any)
		if !ok {
			return false
		}
		if v, ok = m[p]; !ok {
			return false
		}
	}
	return true
}
