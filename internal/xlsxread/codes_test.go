package xlsxread

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/problem"
)

// TestEveryProblemHasACode: the problems of a workbook that cannot be
// read, or has no header, carry a code, as problem.Problem.Code promises
// of readers.
func TestEveryProblemHasACode(t *testing.T) {
	noHeader := editSheet(t, hoaLacBook(t), func(s string) string {
		i, j := strings.Index(s, `<row r="1">`), strings.Index(s, `<row r="2"`)
		return s[:i] + s[j:]
	})
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"a damaged zip", append([]byte("PK\x03\x04"), bytes.Repeat([]byte{0}, 100)...)},
		{"no header", noHeader},
		{"not a workbook", []byte("province,district\n")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(bytes.NewReader(tc.data), "x.xlsx", ReadOptions{})
			ps := problem.All(err)
			if len(ps) == 0 {
				t.Fatalf("got %v, want problems", err)
			}
			for _, p := range ps {
				if !slices.Contains(problem.Codes(), p.Code) {
					t.Errorf("problem %q has code %q", p.Message(problem.EN), p.Code)
				}
				if !errors.Is(err, p.Code) {
					t.Errorf("errors.Is(err, %q) is false", p.Code)
				}
			}
		})
	}
}
