package criteria

import "testing"

// TestTableEnteredTellsATableFromAttestedCriteria: the built-in sets
// pending their official text are one attested pass per criterion; the
// sets with their tables, and the fixture of 51/2025/QĐ-TTg whose
// criterion 1 holds an INVENTED table, have one.
func TestTableEnteredTellsATableFromAttestedCriteria(t *testing.T) {
	cat := Builtin()
	for id, want := range map[string]bool{IDQD1980: true, IDQD51of2025: false, IDQD318NTM: false} {
		s, err := cat.Lookup(id)
		if err != nil {
			t.Fatal(err)
		}
		if got := s.TableEntered(); got != want {
			t.Errorf("%s: TableEntered() = %v, want %v", id, got, want)
		}
	}
	if s := readFixture51(t); !s.TableEntered() {
		t.Error("the fixture of 51/2025/QĐ-TTg: TableEntered() = false, want true")
	}
}
