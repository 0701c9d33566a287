package workbook

import (
	"bytes"
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/xuri/excelize/v2"
)

// The form of a set pending its official text whose indicator table was
// loaded (--sets-from; here the test fixture of 51/2025/QĐ-TTg, criterion
// 1 a table of a pass and a percentage, the others attested pass slots)
// tells to record đạt or chưa đạt from an attestation only on the
// attested pass slots: the rows of the loaded table say that their
// indicators and targets are that table's and the results provisional, in
// the CSV form, the workbook form and the guide sheet of the wide form.
func TestAFormOfALoadedTableSaysAttestationOnlyOnPassSlots(t *testing.T) {
	f, err := os.Open("../cmd/ntm/testdata/criteria-51-2025-test-fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	sets, err := criteria.ReadDefinitions(f)
	f.Close()
	if err != nil || len(sets) != 1 || !sets[0].TableEntered() || !sets[0].Content.Pending() {
		t.Fatalf("fixture: %v", err)
	}
	set := sets[0]
	attested := func(code string) bool { return !strings.Contains(code, ".") }
	check := func(where string, rows [][]string) {
		t.Helper()
		if len(rows) < 2 {
			t.Fatalf("%s: %d rows", where, len(rows))
		}
		ind := slices.IndexFunc(rows[0], func(h string) bool { return h == "indicator" || h == "Chỉ tiêu" })
		note := len(rows[0]) - 1
		seen := map[bool]bool{}
		for _, r := range rows[1:] {
			code, cell := r[ind], ""
			if len(r) > note {
				cell = r[note]
			}
			seen[attested(code)] = true
			if attested(code) {
				if !strings.HasPrefix(cell, pendingNote) {
					t.Errorf("%s, attested slot %s: note %q, want it to begin %q", where, code, cell, pendingNote)
				}
				continue
			}
			const want = "chờ văn bản chính thức: chỉ tiêu và mức đạt chuẩn theo bảng đã nạp"
			if !strings.HasPrefix(cell, want) || strings.Contains(cell, "xác nhận") {
				t.Errorf("%s, indicator %s of the loaded table: note %q, want it to begin %q and say no attestation", where, code, cell, want)
			}
		}
		if !seen[true] || !seen[false] {
			t.Errorf("%s: rows of the table and of the slots %v", where, seen)
		}
	}
	tpl := Template{Set: set, Group: "2", Year: 2026}
	var b bytes.Buffer
	if err := WriteTemplateCSV(&b, tpl); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	check("the CSV form", rows)

	sheet := func(wide bool, name string) [][]string {
		tpl.Wide = wide
		b.Reset()
		if err := WriteTemplate(&b, tpl); err != nil {
			t.Fatal(err)
		}
		x, err := excelize.OpenReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		defer x.Close()
		rows, err := x.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	check("the workbook form", sheet(false, "Số liệu"))
	check("the wide form's guide", sheet(true, guideSheet))
}
