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

func TestExcludedOfAPartNotRead(t *testing.T) {
	part := &NotReadError{Origin: "so-lieu.csv:2", Through: "so-lieu.csv:9",
		Problems: []*InputError{{File: "so-lieu.csv", Line: 1, Err: errors.New("header")}, {File: "so-lieu.csv", Line: 2, Err: errors.New("not read")}}}
	minh := &AssessmentError{Commune: Commune{Name: "Minh Sơn"}, Origin: "b.json:1", Problems: []*InputError{{Err: errors.New("a")}}}
	want := []Excluded{{Commune: minh.Commune, Origin: "b.json:1", Problems: 1}, {Origin: "so-lieu.csv:2", Through: "so-lieu.csv:9", Problems: 2}}
	if diff := cmp.Diff(want, ExcludedOf(errors.Join(minh, part))); diff != "" {
		t.Errorf("ExcludedOf (-want +got):\n%s", diff)
	}
	if got := len(InputErrors(part)); got != 2 {
		t.Errorf("InputErrors of a part not read: %d, want its 2 problems", got)
	}
}

// TestSummaryStatesPartsNotRead checks that every summary format states a
// part of the input whose communes are unknown, with its file and lines,
// apart from the communes it names.
func TestSummaryStatesPartsNotRead(t *testing.T) {
	s := Summarize(nil)
	s.Excluded = []Excluded{
		{Commune: Commune{Name: "Minh Sơn", District: "Hữu Lũng", Province: "Lạng Sơn"}, Origin: "so-lieu.csv:7", Problems: 2},
		{Origin: "bad.csv:2", Through: "bad.csv:9", Problems: 2},
	}
	for _, tc := range []struct{ format, lang, want string }{
		{"text", "vi", "Chú ý: 1 xã và 1 phần số liệu không rõ xã không được tổng hợp vì số liệu không đọc được:\n" +
			"  - Minh Sơn, Hữu Lũng, Lạng Sơn (so-lieu.csv:7, 2 lỗi)\n  - (không rõ xã) (bad.csv:2-9, 2 lỗi)\n"},
		{"text", "en", "Note: 1 commune and 1 part of the input (communes unknown) left out because the input could not be read:\n" +
			"  - Minh Sơn, Hữu Lũng, Lạng Sơn (so-lieu.csv:7, 2 problems)\n  - (commune unknown) (bad.csv:2-9, 2 problems)\n"},
		{"markdown", "vi", "> - (không rõ xã) (bad.csv:2-9, 2 lỗi)\n"},
		{"json", "vi", `{"commune": {"name": "", "district": "", "province": ""}, "origin": "bad.csv:2", "through": "bad.csv:9", "problems": 2}`},
		{"csv", "vi", ",,excluded,,,,,,,,,,,,,bad.csv:2,2,bad.csv:9,\n"},
	} {
		t.Run("the "+tc.lang+" "+tc.format+" summary states the part not read", func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, s, RenderOptions{Format: tc.format, Lang: tc.lang}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), tc.want) {
				t.Errorf("%q missing from:\n%s", tc.want, b.String())
			}
		})
	}
	t.Run("only parts not read are counted as parts", func(t *testing.T) {
		var b bytes.Buffer
		if err := WriteSummaryText(&b, Summary{Excluded: s.Excluded[1:]}, RenderOptions{}); err != nil {
			t.Fatal(err)
		}
		if want := "Chú ý: 1 phần số liệu không rõ xã không được tổng hợp vì không đọc được:"; !strings.Contains(b.String(), want) {
			t.Errorf("%q missing from:\n%s", want, b.String())
		}
	})
}
