package ntm_test

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var updateAPI = flag.Bool("update", false, "rewrite testdata/api.txt from the exported API")

// The exported API of the library's packages, one identifier per line, is
// pinned in testdata/api.txt, so that what a caller can use (and must not
// see: identifiers exported only for the module's own packages or tests)
// changes only on purpose: refresh it with go test -run TestAPI -update and
// read the diff.
func TestAPI(t *testing.T) {
	got := exportedAPI(t)
	if *updateAPI {
		if err := os.WriteFile("testdata/api.txt", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile("testdata/api.txt")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("exported API differs from testdata/api.txt (-want +got); refresh it with -update if intended:\n%s", diff)
	}
}

// exportedAPI lists the exported identifiers of every package of the module
// outside cmd/, examples/ and internal/: constants, variables, functions,
// types with their exported fields and methods, each with its declaration on
// one line, sorted.
func exportedAPI(t *testing.T) string {
	t.Helper()
	dirs, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, d := range dirs {
		name := d.Name()
		if !d.IsDir() || name == "cmd" || name == "examples" || name == "internal" || name == "testdata" || name == "docs" || strings.HasPrefix(name, ".") {
			continue
		}
		fset, p := packageDoc(t, name, parser.ParseComments)
		if p == nil {
			continue
		}
		lines = append(lines, apiLines(fset, p)...)
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n") + "\n"
}

// packageDoc returns the documentation of the package in directory dir
// (of the module's root) from its files but the tests, parsed with mode;
// nil when dir has no such file.
func packageDoc(t *testing.T, dir string, mode parser.Mode) (*token.FileSet, *doc.Package) {
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
		f, err := parser.ParseFile(fset, path, nil, mode)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return fset, nil
	}
	p, err := doc.NewFromFiles(fset, files, "github.com/nongthonmoi/ntm/"+dir)
	if err != nil {
		t.Fatal(err)
	}
	return fset, p
}

func apiLines(fset *token.FileSet, p *doc.Package) []string {
	var out []string
	src := func(n any) string {
		var b bytes.Buffer
		if err := printer.Fprint(&b, fset, n); err != nil {
			return fmt.Sprint(err)
		}
		return strings.Join(strings.Fields(b.String()), " ")
	}
	values := func(vs []*doc.Value, kind, typ string) {
		for _, v := range vs {
			for _, s := range v.Decl.Specs {
				vs := s.(*ast.ValueSpec)
				for _, n := range vs.Names {
					if n.IsExported() {
						line := p.Name + ": " + kind + " " + n.Name
						if vs.Type != nil {
							line += " " + src(vs.Type)
						} else if typ != "" {
							line += " " + typ
						}
						out = append(out, line)
					}
				}
			}
		}
	}
	funcs := func(fs []*doc.Func) {
		for _, f := range fs {
			recv := ""
			if f.Decl.Recv != nil {
				recv = "(" + src(f.Decl.Recv.List[0].Type) + ") "
			}
			out = append(out, p.Name+": func "+recv+f.Name+strings.TrimPrefix(src(f.Decl.Type), "func"))
		}
	}
	values(p.Consts, "const", "")
	values(p.Vars, "var", "")
	funcs(p.Funcs)
	for _, ty := range p.Types {
		values(ty.Consts, "const", ty.Name)
		values(ty.Vars, "var", ty.Name)
		funcs(ty.Funcs)
		funcs(ty.Methods)
		for _, s := range ty.Decl.Specs {
			ts := s.(*ast.TypeSpec)
			switch u := ts.Type.(type) {
			case *ast.StructType:
				out = append(out, p.Name+": type "+ts.Name.Name+" struct")
				for _, f := range u.Fields.List {
					for _, n := range f.Names {
						if n.IsExported() {
							out = append(out, p.Name+": type "+ts.Name.Name+" struct, "+n.Name+" "+src(f.Type))
						}
					}
					if len(f.Names) == 0 {
						out = append(out, p.Name+": type "+ts.Name.Name+" struct, embedded "+src(f.Type))
					}
				}
			case *ast.InterfaceType:
				out = append(out, p.Name+": type "+ts.Name.Name+" interface")
				for _, m := range u.Methods.List {
					for _, n := range m.Names {
						out = append(out, p.Name+": type "+ts.Name.Name+" interface, "+n.Name+strings.TrimPrefix(src(m.Type), "func"))
					}
				}
			default:
				eq := " "
				if ts.Assign.IsValid() {
					eq = " = "
				}
				out = append(out, p.Name+": type "+ts.Name.Name+eq+src(ts.Type))
			}
		}
	}
	return out
}
