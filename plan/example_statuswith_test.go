package plan_test

import (
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
)

// ExampleStatusWith follows a plan against a catalog that holds set
// definitions loaded at startup (here a test definition of 933/QĐ-UBND,
// số liệu minh họa, in place of its official text), as a service loads
// them once and uses the same catalog to read, evaluate and follow plans.
// Status would take the built-in sets, and call the target's set pending
// the official text.
func ExampleStatusWith() {
	f, err := os.Open("../criteria/testdata/933-test-fixture.json")
	if err != nil {
		log.Fatal(err)
	}
	sets, err := criteria.ReadDefinitions(f)
	f.Close()
	if err != nil {
		log.Fatal(err)
	}
	cat := criteria.Builtin()
	if err := cat.Add(sets...); err != nil {
		log.Fatal(err)
	}
	p, _, err := plan.Read(strings.NewReader(`{"number": "12/KH-UBND", "targets": [
		{"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "933", "year": 2020}]}`), cat)
	if err != nil {
		log.Fatal(err)
	}
	var reports []evaluate.Report // no assessment of Tân Thành yet
	asOf := plan.NewDate(2020, time.May, 5)
	for _, st := range []plan.Standing{plan.Status(p, reports, asOf), plan.StatusWith(cat, p, reports, asOf)} {
		t := st.Targets[0]
		fmt.Println(t.Target.Commune.Name, t.Target.Set, t.StatusCode(), t.Content)
	}
	// Output:
	// Tân Thành 933/QĐ-UBND not-evaluated pending-official-text
	// Tân Thành 933/QĐ-UBND not-evaluated complete
}
