package ntm_test

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"path/filepath"
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
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, path := range paths {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.PackageClauseOnly)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	p, err := doc.NewFromFiles(fset, files, "github.com/nongthonmoi/ntm/"+dir)
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(p.Doc, "\n\n")
	return strings.Join(strings.Fields(first), " ")
}
