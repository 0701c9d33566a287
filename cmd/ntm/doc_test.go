package main

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// TestPackageDocListsSubcommands checks that the command's package doc
// lists the subcommands as `ntm help --lang en` does.
func TestPackageDocListsSubcommands(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "main.go", nil, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		t.Fatal(err)
	}
	doc := f.Doc.Text()
	var b strings.Builder
	printOverview(&b, "en")
	_, list, _ := strings.Cut(b.String(), "Subcommands:\n")
	list, _, _ = strings.Cut(list, "\n\n")
	if !strings.Contains(list, "  version") {
		t.Fatalf("no list of subcommands in the overview:\n%s", b.String())
	}
	for line := range strings.SplitSeq(list, "\n") {
		if !strings.Contains(doc, "\t"+strings.TrimPrefix(line, "  ")+"\n") {
			t.Errorf("the package doc of main.go does not list\n\t%s", strings.TrimPrefix(line, "  "))
		}
	}
}
