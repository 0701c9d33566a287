package htmlreport_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/htmlreport"
)

// A shortfall of a set pending its official text (318/QĐ-TTg/I), judged
// from an attestation per criterion, is the criterion's code and name: the
// set, that it awaits its official text and that its criteria are
// attested are said once, under the section's heading, not in each
// commune's line.
func TestAnAttestedShortfallIsTheCriterionNamedOnce(t *testing.T) {
	var reports []evaluate.Report
	set := criteria.QD318NTM()
	for _, name := range []string{"Tân Thành", "Hòa Lạc", "Nhật Tiến"} {
		a := assess(t, name, "Hữu Lũng", 2024, nil, nil)
		vals := map[string]evaluate.Value{}
		for i := range set.Criteria {
			vals[fmt.Sprint(i+1)] = evaluate.Bool(i != 1)
		}
		a.Values = map[string]map[string]evaluate.Value{criteria.IDQD318NTM: vals}
		reports = append(reports, evaluate.Run(set, &a))
	}
	for _, tc := range []struct {
		lang, item, note, long string
	}{
		{"vi", "2 Giao thông: chưa đạt",
			"mỗi tiêu chí được đánh giá theo xác nhận đạt hay chưa đạt, chưa nhập các chỉ tiêu",
			"(xác nhận; chỉ tiêu chưa được nhập)"},
		{"en", "2 Transport: not met",
			"each criterion is judged from an attestation that it is met or not; its indicators are not entered yet",
			"(attested; indicators not entered yet)"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			doc := render(t, reports, htmlreport.Options{Lang: tc.lang})
			section := regexp.MustCompile(`(?s)<section class="shortfalls".*?</section>`).FindString(doc)
			if section == "" {
				t.Fatalf("no shortfalls section in:\n%s", doc)
			}
			if got := strings.Count(section, "<li>"+tc.item+"</li>"); got != 3 {
				t.Errorf("%q is in %d items, want 3 (one per commune):\n%s", tc.item, got, section)
			}
			if strings.Contains(section, tc.long) {
				t.Errorf("the shortfalls repeat %q:\n%s", tc.long, section)
			}
			if got := strings.Count(section, tc.note); got != 1 {
				t.Errorf("the note %q is in the section %d times, want once:\n%s", tc.note, got, section)
			}
			if !strings.Contains(section, criteria.IDQD318NTM) {
				t.Errorf("the section does not name the set:\n%s", section)
			}
		})
	}
}
