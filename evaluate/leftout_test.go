package evaluate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
)

// TestProblemsBeyondTheCapAreCounted: the problems of a commune beyond
// the 100 listed are counted, every one of them, and a summary states
// them all.
func TestProblemsBeyondTheCapAreCounted(t *testing.T) {
	var b strings.Builder
	b.WriteString(inCSVHeader)
	for i := range 200 {
		fmt.Fprintf(&b, "Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980,4.2,abc%d,,,,\n", i)
	}
	_, excluded, problems := readLeftOut(NewCSVDecoder(strings.NewReader(b.String()), "h.csv", nil))
	if want := [](Excluded){{Commune: hl("Hòa Lạc"), Origin: "h.csv:2", Problems: 200}}; !cmp.Equal(want, excluded) {
		t.Errorf("excluded %+v, want %+v", excluded, want)
	}
	if len(problems) != maxInputErrors+1 || problems[len(problems)-1] != "evaluate: h.csv:201: Hòa Lạc: … and 100 more problems of this commune" {
		t.Errorf("%d problems, the last %q", len(problems), problems[len(problems)-1])
	}

	// A JSON assessment with more problems than are listed.
	var sets []string
	for i := range 150 {
		sets = append(sets, fmt.Sprintf(`"%d.9": 1`, 20+i))
	}
	doc := `{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {` + strings.Join(sets, ", ") + `}}}`
	_, excluded, problems = readLeftOut(NewJSONDecoder(strings.NewReader(doc), "h.json", nil))
	if len(excluded) != 1 || excluded[0].Problems != 150 {
		t.Errorf("excluded %+v, want Hòa Lạc with 150 problems", excluded)
	}
	if last := problems[len(problems)-1]; !strings.HasSuffix(last, "… and 50 more problems") {
		t.Errorf("last problem %q", last)
	}
	// The count is a coded problem, in Vietnamese too.
	var all []*problem.Problem
	for a, err := range NewJSONDecoder(strings.NewReader(doc), "h.json", nil).All() {
		_ = a
		all = append(all, problem.All(err)...)
	}
	if last := all[len(all)-1]; last.Code != problem.Invalid || last.Message(problem.VI) != "h.json: Hòa Lạc: … và 50 lỗi khác" {
		t.Errorf("last problem %s %q", last.Code, last.Message(problem.VI))
	}
}
