package problem

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestBoundPathShowsItCut: a path of more than 1 KiB kept by Bound is
// written cut, with "…", in the JSON form (it was cut to 121 characters
// and then written as if whole).
func TestBoundPathShowsItCut(t *testing.T) {
	p := &Problem{Code: NotFound, Path: "/" + strings.Repeat("x", 2000)}
	p.Bound()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var w struct{ Path string }
	if err := json.Unmarshal(b, &w); err != nil {
		t.Fatal(err)
	}
	if want := "/" + strings.Repeat("x", 119) + "…"; w.Path != want {
		t.Errorf("path %q, want %q", w.Path, want)
	}
}
