package evaluate

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExcludedOf(t *testing.T) {
	minh := &AssessmentError{Commune: Commune{Name: "Minh Sơn", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Origin: "so-lieu.csv:7", Problems: []*InputError{{Err: errors.New("a")}, {Err: errors.New("b")}}}
	err := errors.Join(&InputError{File: "so-lieu.csv", Line: 1, Err: errors.New("header")}, minh)
	want := []Excluded{{Commune: minh.Commune, Origin: "so-lieu.csv:7", Problems: 2}}
	if diff := cmp.Diff(want, ExcludedOf(err)); diff != "" {
		t.Errorf("ExcludedOf (-want +got):\n%s", diff)
	}
	if got := ExcludedOf(nil); got != nil {
		t.Errorf("ExcludedOf(nil) = %v", got)
	}
}

// TestSummaryStatesExclusions checks that every summary format says how many
// communes were left out and names them.
func TestSummaryStatesExclusions(t *testing.T) {
	s := Summarize(nil)
	s.Excluded = []Excluded{
		{Commune: Commune{Name: "Minh Sơn", District: "Hữu Lũng", Province: "Lạng Sơn"}, Origin: "so-lieu.csv:7", Problems: 2},
		{Commune: Commune{Name: "Yên Thịnh", District: "Hữu Lũng", Province: "Lạng Sơn"}, Origin: "so-lieu.csv:12", Problems: 1},
	}
	for _, name := range []string{"text", "markdown", "json", "csv"} {
		for _, lang := range []string{"vi", "en"} {
			t.Run("the "+lang+" "+name+" summary names both communes left out", func(t *testing.T) {
				var b bytes.Buffer
				if err := Write(&b, s, RenderOptions{Format: name, Lang: lang}); err != nil {
					t.Fatal(err)
				}
				out := b.String()
				for _, want := range []string{"Minh Sơn", "so-lieu.csv:7", "Yên Thịnh", "so-lieu.csv:12"} {
					if !strings.Contains(out, want) {
						t.Errorf("%q missing from:\n%s", want, out)
					}
				}
				if name == "text" || name == "markdown" {
					count := map[string]string{"vi": "2 xã không được tổng hợp", "en": "2 communes left out"}[lang]
					if !strings.Contains(out, count) {
						t.Errorf("%q missing from:\n%s", count, out)
					}
				}
			})
		}
	}
	var got struct {
		Areas    []json.RawMessage `json:"areas"`
		Excluded []struct {
			Commune  Commune `json:"commune"`
			Origin   string  `json:"origin"`
			Problems int     `json:"problems"`
		} `json:"excluded"`
	}
	var b bytes.Buffer
	if err := WriteSummaryJSON(&b, s); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&b)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if len(got.Areas) != 0 || len(got.Excluded) != 2 || got.Excluded[0].Problems != 2 || got.Excluded[1].Commune.Name != "Yên Thịnh" {
		t.Errorf("summary JSON = %+v", got)
	}
}
