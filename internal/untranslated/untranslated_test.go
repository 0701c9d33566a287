package untranslated

import (
	"errors"
	"slices"
	"testing"

	"github.com/nongthonmoi/ntm/problem"
)

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		line  string
		names []string
		want  []string
	}{
		{`f.json: [0] A: sets["1980"]["5"].numerator: không được lớn hơn mẫu số 3 (giá trị "4")`, nil, nil},
		{`f.json: [0] A: sets["1980"]["5"].numerator: must not exceed the denominator 3 (giá trị "4")`, nil, []string{"must", "not", "exceed", "the"}},
		// Quoted input, names given, keys and codes are not English words.
		{`khóa không có trong định dạng (cần một trong: code, text, kind, not_applicable_allowed) (giá trị "must not")`, nil, nil},
		{`phải là complete hoặc pending-official-text`, nil, nil},
		{`the-file.csv: không có tệp`, []string{"the-file.csv"}, nil},
	} {
		if got := Words(tc.line, tc.names...); !slices.Equal(got, tc.want) {
			t.Errorf("Words(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestLinesLeavesOutThePlaceAndInput(t *testing.T) {
	p := &problem.Problem{File: "the file", Path: "is.not", Commune: "Must", Input: "unknown",
		Err: problem.Errorf(problem.Invalid, "required")}
	if got := Lines(errors.Join(p)); got != nil {
		t.Errorf("Lines = %q, want none", got)
	}
	p.Err = errors.New("not translated")
	if got := Lines(p); len(got) != 1 {
		t.Errorf("Lines = %q, want one line", got)
	}
}
