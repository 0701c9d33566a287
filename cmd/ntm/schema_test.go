package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var (
	cmdSchemasOnce sync.Once
	cmdSchemas     map[string]*jsonschema.Schema
	cmdSchemasErr  error
)

// docSchemas compiles the schemas of docs/schema/ (draft 2020-12), keyed by
// file name.
func docSchemas(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	cmdSchemasOnce.Do(func() {
		names, err := filepath.Glob(filepath.Join("..", "..", "docs", "schema", "*.schema.json"))
		if err != nil || len(names) == 0 {
			cmdSchemasErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		c.AssertFormat()
		ids := map[string]string{}
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				cmdSchemasErr = err
				return
			}
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			if err != nil {
				cmdSchemasErr = err
				return
			}
			id, _ := doc.(map[string]any)["$id"].(string)
			if err := c.AddResource(id, doc); err != nil {
				cmdSchemasErr = err
				return
			}
			ids[filepath.Base(name)] = id
		}
		cmdSchemas = map[string]*jsonschema.Schema{}
		for base, id := range ids {
			s, err := c.Compile(id)
			if err != nil {
				cmdSchemasErr = err
				return
			}
			cmdSchemas[base] = s
		}
	})
	if cmdSchemasErr != nil || cmdSchemas == nil {
		t.Fatalf("compiling docs/schema: %v", cmdSchemasErr)
	}
	return cmdSchemas
}

// validateAgainst validates a command's JSON output against a schema of
// docs/schema/; an array of set definitions is validated element by
// element against set.schema.json.
func validateAgainst(t *testing.T, schema, out string) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatalf("not JSON: %v\n%.300s", err, out)
	}
	s := docSchemas(t)[schema]
	if s == nil {
		t.Fatalf("no schema %s", schema)
	}
	if arr, ok := doc.([]any); ok && schema == "set.schema.json" {
		for i, v := range arr {
			if err := s.Validate(v); err != nil {
				t.Errorf("[%d] does not validate against %s:\n%v", i, schema, err)
			}
		}
		return
	}
	if err := s.Validate(doc); err != nil {
		t.Errorf("does not validate against %s:\n%v", schema, err)
	}
}

// Every JSON output of the command validates against its schema of
// docs/schema/, on the Hữu Lũng sample (its sets pending the official
// text: 933/QĐ-UBND, and 51/2025/QĐ-TTg with commune groups, on the
// communes merged on 1/7/2025), the repository's tables of several years
// and inputs that cannot all be read: each variant a consumer meets
// (provisional targets, unit/successors/formed_from, excluded communes,
// successor estimates, --sets-from, --lang en), not only the golden files.
func TestEveryJSONOutputValidatesAgainstItsSchema(t *testing.T) {
	root := filepath.Join("..", "..")
	ex := func(name string) string { return filepath.Join(root, "examples", "huulung", name) }
	a2020, a2026, plan47 := ex("so-lieu-minh-hoa.json"), ex("so-lieu-minh-hoa-sau-sap-xep.json"), ex("plan-47-KH-STNMT.json")
	readme := func(name string) string { return filepath.Join(root, "testdata", "readme", name) }
	evalData := func(name string) string { return filepath.Join("testdata", "eval", name) }
	bad := []string{evalData("cu-phap-sai.json"), evalData("tieu-de-sai.csv")}

	// A plan of 2026 on the merged communes, with a 51/2025/QĐ-TTg target
	// met on attestations (provisional) beside the 2020 targets of Kế
	// hoạch 47, and a commune of group 2 meeting every criterion.
	dir := t.TempDir()
	write := fileWriter(t, dir)
	met51 := write("dat-51.json", `{"commune": {"name": "Yên Bình", "province": "Lạng Sơn"}, "group": "2", "year": 2026,
 "sets": {"51/2025/QĐ-TTg": {"1": true, "2": true, "3": true, "4": true, "5": true, "6": true, "7": true, "8": true, "9": true, "10": true}}}`)
	plan2026 := write("ke-hoach-2026.json", `{"number": "5/KH-UBND", "issued": "2026-01-10",
 "targets": [
  {"commune": {"name": "Yên Bình", "province": "Lạng Sơn"}, "set": "51/2025/QĐ-TTg", "year": 2026},
  {"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "set": "51/2025/QĐ-TTg", "year": 2026},
  {"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "51/2025/QĐ-TTg", "year": 2026},
  {"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "933/QĐ-UBND", "year": 2020},
  {"commune": {"name": "Chi Lăng", "province": "Lạng Sơn"}, "set": "51/2025/QĐ-TTg", "year": 2026}],
 "tasks": [{"assignee": "UBND xã Tân Thành", "due_before": "2026-06-30", "done": null}],
 "inspection": {"window": {"from": "2026-09-01", "to": "2026-09-30"}, "route": [{"place": "xã Hòa Lạc"}]},
 "responsibilities": [{"agency": "Sở Nông nghiệp và Môi trường", "criteria": ["8"], "set": "51/2025/QĐ-TTg"}]}`)

	for _, tc := range []struct {
		schema string
		args   []string
		has    []string // what the variant is here for: keys or values it must hold
	}{
		{"report.schema.json", []string{"eval", "--format", "json", a2020, a2026}, nil},
		{"report.schema.json", []string{"eval", "--format", "json", "--lang", "en", a2020, a2026, met51}, nil},
		{"report.schema.json", []string{"eval", "--format", "json", "--successors", "2025-07-01", a2020, a2026}, []string{`"basis": "estimate-from-predecessors"`}},
		{"report.schema.json", []string{"eval", "--format", "json", "--sets-from", filepath.Join("testdata", "criteria-933-test-fixture.json"), evalData("set-from-fixture.json")}, nil},
		{"report.schema.json", []string{"eval", "--format", "json", bad[0], bad[1], a2020}, nil},
		{"summary.schema.json", []string{"eval", "--summary", "--format", "json", a2020, a2026, met51}, nil},
		{"summary.schema.json", []string{"eval", "--summary", "--format", "json", bad[0], bad[1], a2020}, []string{`"through": "…"`, `"name": "Minh Sơn"`}},
		{"progress.schema.json", []string{"progress", "--format", "json", a2020, a2026, met51}, []string{`"unit": {`, `"successors": [`, `"formed_from": [`, `"last_assessed": [`, `"pending-official-text"`}},
		{"progress.schema.json", []string{"progress", "--format", "json", "--plan", plan47, "--as-of", "2020-05-05", a2020, a2026}, nil},
		{"progress.schema.json", []string{"progress", "--format", "json", "--plan", plan2026, "--as-of", "2026-12-01", a2020, a2026, met51}, []string{`"provisional": true`, `"status": "not-evaluated"`, `"warnings": [`}},
		{"progress.schema.json", []string{"progress", "--format", "json", "--lang", "en", readme("2018.csv"), readme("2019.csv"), readme("2020.csv")}, nil},
		{"progress.schema.json", []string{"progress", "--format", "json", bad[0], bad[1], a2020, a2026}, []string{`"through": "…"`}},
		{"plan-status.schema.json", []string{"plan", "--format", "json", "--as-of", "2020-05-05", plan47, a2020}, nil},
		{"plan-status.schema.json", []string{"plan", "--format", "json", "--as-of", "2020-05-05", plan47}, nil},
		{"plan-status.schema.json", []string{"plan", "--format", "json", "--as-of", "2026-12-01", plan2026, a2020, a2026, met51}, []string{`"targets_met_provisional": 1`, `"provisional": true`, `"status": "not-evaluated"`}},
		{"plan-status.schema.json", []string{"plan", "--format", "json", "--as-of", "2026-12-01", "--lang", "en", "--all-agencies", plan2026, a2020, a2026, met51}, nil},
		{"set.schema.json", []string{"criteria", "--format", "json"}, nil},
		{"set.schema.json", []string{"criteria", "--format", "json", "--set", "51/2025", "--group", "2"}, nil},
		{"set.schema.json", []string{"criteria", "--format", "json", "--set", "933", "--region", "Lạng Sơn"}, nil},
		{"set.schema.json", []string{"criteria", "--format", "json", "--as-of", "2026-12-01"}, nil},
		{"units.schema.json", []string{"units", "--format", "json", "--as-of", "2025-03-01"}, nil},
		{"units.schema.json", []string{"units", "--format", "json", "--as-of", "2026-12-01", "--province", "Lạng Sơn"}, nil},
		{"units.schema.json", []string{"units", "--format", "json", "--successor", "Bính Xá, Đình Lập, Lạng Sơn", "--as-of", "2025-07-01"}, nil},
		{"units.schema.json", []string{"units", "--format", "json", "--successor", "Tân Thành, Lạng Sơn", "--as-of", "2026-12-01"}, nil},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, stderr := runNTM(t, "", tc.args...)
			if code != exitOK && code != exitInput || out == "" {
				t.Fatalf("exit %d, no output: %s", code, stderr)
			}
			validateAgainst(t, tc.schema, out)
			for _, h := range tc.has {
				if !strings.Contains(out, h) {
					t.Errorf("the output has no %s: the variant is not exercised", h)
				}
			}
		})
	}
}
