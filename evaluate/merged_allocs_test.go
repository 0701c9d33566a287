package evaluate

import (
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// TestRunDerivesAMergedProvincesRegionWithoutAllocating: the region of a
// commune named with a province merged on 1/7/2025 across regions ("Tây
// Ninh", Nghị quyết 202/2025/QH15) is derived on the path of every Run
// without a region; deriving it and telling that the name covers other
// regions costs no allocation beyond those of a Run given the region.
func TestRunDerivesAMergedProvincesRegionWithoutAllocating(t *testing.T) {
	set := criteria.QD1980()
	base := benchAssessment()
	base.Commune = Commune{Name: "Tân Đông", District: "Tân Châu", Province: "Tây Ninh"}
	derived := indexed(base, set)
	derived.Region = 0
	explicit := indexed(base, set)
	explicit.Region = criteria.DNB
	var r Report
	Options{}.RunInto(&r, set, derived)
	if r.Region != criteria.DNB {
		t.Fatalf("region %v, want DNB derived from Tây Ninh", r.Region)
	}
	if !hasWarning(r, WarnMergedProvince) {
		t.Fatal("no merged-province warning")
	}
	withRegion := testing.AllocsPerRun(50, func() { Options{}.RunInto(&r, set, explicit) })
	withoutRegion := testing.AllocsPerRun(50, func() { Options{}.RunInto(&r, set, derived) })
	if withoutRegion > withRegion {
		t.Errorf("Run of a commune of Tây Ninh without a region allocates %v times, with its region %v", withoutRegion, withRegion)
	}
	if n := testing.AllocsPerRun(50, func() { provinceRegion("Tây Ninh") }); n != 0 {
		t.Errorf("provinceRegion(\"Tây Ninh\") allocates %v times, want 0", n)
	}
}
