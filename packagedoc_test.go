package ntm_test

import (
	"go/doc"
	"go/parser"
	"strings"
	"testing"
)

// The first paragraph of a package's documentation is what pkg.go.dev and
// go doc show first: for the packages a caller embeds it says what the
// package is for, names the function to start with, and says who owns what
// and whether it is safe for concurrent use.
func TestPackageDocFirstParagraph(t *testing.T) {
	for pkg, start := range map[string][]string{
		"criteria":   {"[Builtin]", "[Lookup]"},
		"units":      {"[Successor]", "[List]"},
		"workbook":   {"[ReadFile]", "[WriteReports]"},
		"htmlreport": {"[Write]"},
		"progress":   {"[Of]", "[Write]"},
		"httpapi":    {"[NewHandler]"},
		"problem":    {"[All]"},
	} {
		first := firstParagraph(t, pkg)
		for _, want := range append(start, "caller's own", "concurrent use") {
			if !strings.Contains(first, want) {
				t.Errorf("package %s: the first paragraph of its documentation does not say %q:\n%s", pkg, want, first)
			}
		}
	}
}

// firstParagraph returns the first paragraph of the documentation of the
// package in directory dir, as written (doc links in brackets).
func firstParagraph(t *testing.T, dir string) string {
	t.Helper()
	_, p := packageDoc(t, dir, parser.ParseComments|parser.PackageClauseOnly)
	if p == nil {
		t.Fatalf("no Go files in %s", dir)
	}
	first, _, _ := strings.Cut(p.Doc, "\n\n")
	return strings.Join(strings.Fields(first), " ")
}

// TestVietnameseLegalTermsHaveTheirEnglish: a doc comment of the packages
// a caller embeds that uses a Vietnamese legal term gives its English
// beside it, as pkg.go.dev shows each comment alone.
func TestVietnameseLegalTermsHaveTheirEnglish(t *testing.T) {
	terms := map[string]string{
		"Nghị quyết": "Resolution",
		"Quyết định": "Decision",
		"Phụ lục":    "Annex",
		"Công văn":   "official letter",
		"nâng cao":   "enhanced",
		"kiểu mẫu":   "model",
	}
	for _, dir := range []string{"criteria", "units", "workbook", "htmlreport", "progress", "httpapi", "problem"} {
		for name, text := range docComments(t, dir) {
			flat := strings.Join(strings.Fields(text), " ")
			for vi, en := range terms {
				if strings.Contains(strings.ToLower(flat), vi) && !strings.Contains(flat, en) {
					t.Errorf("%s.%s: says %q without %q", dir, name, vi, en)
				}
			}
		}
	}
}

// docComments returns the doc comments of the package in directory dir
// by name: "" for the package's, then each constant, variable, function,
// type and method.
func docComments(t *testing.T, dir string) map[string]string {
	t.Helper()
	_, p := packageDoc(t, dir, parser.ParseComments)
	if p == nil {
		t.Fatalf("no Go files in %s", dir)
	}
	out := map[string]string{"": p.Doc}
	values := func(vs []*doc.Value) {
		for _, v := range vs {
			out[strings.Join(v.Names, ",")] = v.Doc
		}
	}
	funcs := func(fs []*doc.Func) {
		for _, f := range fs {
			out[f.Recv+f.Name] = f.Doc
		}
	}
	values(p.Consts)
	values(p.Vars)
	funcs(p.Funcs)
	for _, ty := range p.Types {
		out[ty.Name] = ty.Doc
		values(ty.Consts)
		values(ty.Vars)
		funcs(ty.Funcs)
		funcs(ty.Methods)
	}
	return out
}

// TestDocCommentsStateWhatIs: the doc comments of the packages a caller
// embeds say what is, not how the code came to be, and hold no benchmark
// figures (those belong in the README).
func TestDocCommentsStateWhatIs(t *testing.T) {
	history := []string{"no longer", "used to", "formerly", "previously", "columns added", "was changed", "ns/op", "allocs/op", "b/op", "faster than", "slower than", "speed-up", "speedup"}
	for _, dir := range []string{"criteria", "units", "workbook", "htmlreport", "progress", "httpapi", "problem"} {
		for name, text := range docComments(t, dir) {
			flat := strings.ToLower(strings.Join(strings.Fields(text), " "))
			for _, h := range history {
				if strings.Contains(flat, h) {
					t.Errorf("%s.%s: says %q", dir, name, h)
				}
			}
		}
	}
}
