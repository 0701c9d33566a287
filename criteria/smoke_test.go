package criteria

import "testing"

func TestSmoke(t *testing.T) {
	s := QD1980()
	if s.IndicatorCount() != 50 || len(s.Criteria) != 19 {
		t.Fatal(s.IndicatorCount(), len(s.Criteria))
	}
	if len(QD933().Criteria) != 14 {
		t.Fatal()
	}
	for _, id := range []string{"1980", "QD1980", "1980/qd-ttg", "933", "qd933", "933/QD-UBND"} {
		if _, err := Lookup(id); err != nil {
			t.Error(err)
		}
	}
}
