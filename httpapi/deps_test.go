package httpapi

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDoesNotImportExcelize checks that a service mounting the handler does
// not pull in excelize and what it imports (a spreadsheet writer, HTML
// parsing, the CJK text encodings, hashes of the crypto module): the
// handler reads workbooks with the reader of internal/xlsxread alone.
func TestDoesNotImportExcelize(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, heavy := range []string{
			"github.com/xuri/",
			"github.com/nongthonmoi/ntm/workbook",
			"github.com/tiendc/",
			"github.com/richardlehane/",
			"golang.org/x/crypto/",
			"golang.org/x/net/html",
			"golang.org/x/text/encoding/htmlindex",
			"golang.org/x/text/encoding/japanese",
			"golang.org/x/text/encoding/korean",
			"golang.org/x/text/encoding/simplifiedchinese",
			"golang.org/x/text/encoding/traditionalchinese",
		} {
			if strings.HasPrefix(dep, heavy) {
				t.Errorf("httpapi depends on %s", dep)
			}
		}
	}
}
