package workbook

import (
	"os/exec"
	"strings"
	"testing"
)

// TestCoreDoesNotImportExcelize checks that a program importing only the
// core packages does not pull in excelize.
func TestCoreDoesNotImportExcelize(t *testing.T) {
	for _, pkg := range []string{"../criteria", "../evaluate", "../plan"} {
		out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
		}
		if strings.Contains(string(out), "excelize") {
			t.Errorf("%s depends on excelize", pkg)
		}
	}
}
