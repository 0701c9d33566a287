package plan_test

import (
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/plan"
)

func TestReadKeepsTheUnitCode(t *testing.T) {
	in := `{"number": "1/KH", "issued": "2026-01-02",
	 "targets": [{"commune": {"name": "Tân Thành", "province": "Lạng Sơn", "code": "06445"}, "set": "51/2025", "year": 2026}]}`
	p, _, err := plan.Read(strings.NewReader(in), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Targets[0].Commune.Code; got != "06445" {
		t.Errorf("code %q, want 06445", got)
	}
	if got := p.Targets[0].Set; got != "51/2025/QĐ-TTg" {
		t.Errorf("set %q, want 51/2025/QĐ-TTg", got)
	}
}
