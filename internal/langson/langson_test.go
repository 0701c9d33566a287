package langson_test

import (
	"os"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/langson"
	"github.com/nongthonmoi/ntm/plan"
)

func TestResponsibilitiesAreFreshCopies(t *testing.T) {
	first := langson.Responsibilities()
	first[0].Criteria[0] = "changed"
	first[0].Agency = "changed"
	second := langson.Responsibilities()
	if second[0].Agency != "Sở Xây dựng" || second[0].Criteria[0] != "1" {
		t.Errorf("a caller's change reached the next call: %+v", second[0])
	}
}

func TestResponsibilitiesCoverEvery1980IndicatorOnce(t *testing.T) {
	f, err := os.Open("../../examples/huulung/plan-47-KH-STNMT.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, _, err := plan.Read(f, criteria.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	p.Responsibilities = langson.Responsibilities()
	if _, err := p.Validate(criteria.Builtin()); err != nil {
		t.Fatalf("the table names a code 1980/QĐ-TTg lacks: %v", err)
	}
	owner := map[string]string{}
	for _, r := range langson.Responsibilities() {
		if r.Set != "1980/QĐ-TTg" {
			t.Errorf("%s applies to set %q, want 1980/QĐ-TTg", r.Agency, r.Set)
		}
		for _, c := range r.Criteria {
			if prev, dup := owner[c]; dup {
				t.Errorf("code %s has two agencies: %s and %s", c, prev, r.Agency)
			}
			owner[c] = r.Agency
		}
	}
	for _, c := range []string{"1", "10", "14.3", "17.1a", "17.1b", "17.2", "17.6", "17.7", "17.8", "18.5", "18.6", "19.1", "19.2"} {
		if owner[c] == "" {
			t.Errorf("code %s has no agency", c)
		}
	}
	if owner["19.2"] != "Công an tỉnh" || owner["17.6"] != "Sở Y tế" || owner["17.7"] != "Sở Nông nghiệp và Phát triển nông thôn" {
		t.Errorf("indicator-level splits are wrong: 19.2 %s, 17.6 %s, 17.7 %s", owner["19.2"], owner["17.6"], owner["17.7"])
	}
}
