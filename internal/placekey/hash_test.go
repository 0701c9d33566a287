package placekey

import "testing"

func TestHasherSum(t *testing.T) {
	h := NewHasher()
	parts := []string{"Hòa Lạc", "1980/QĐ-TTg"}
	if a, b := h.Sum(2020, parts...), h.Sum(2020, "Hòa Lạc", "1980/QĐ-TTg"); a != b {
		t.Error("one input, two keys")
	}
	distinct := map[[2]uint64]string{}
	for name, k := range map[string][2]uint64{
		"a|bc":      h.Sum(0, "a", "bc"),
		"ab|c":      h.Sum(0, "ab", "c"),
		"abc":       h.Sum(0, "abc"),
		"a|bc 2020": h.Sum(2020, "a", "bc"),
		"a|bc 2021": h.Sum(2021, "a", "bc"),
		"a|bc|2020": h.Sum(0, "a", "bc", "2020"),
	} {
		if other, ok := distinct[k]; ok {
			t.Errorf("%s and %s share a key", name, other)
		}
		distinct[k] = name
	}
	if NewHasher().Sum(0, "a") == h.Sum(0, "a") {
		t.Error("two hashers, one key: the seeds are not random")
	}
}
