package keymerge

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type tally struct {
	name string
	n    int
}

func TestMergeKeepsTheFirstOfEachKeyInOrder(t *testing.T) {
	items := []tally{{"Hòa Lạc", 1}, {"Nhật Tiến", 2}, {"HÒA LẠC", 4}, {"Tân Thành", 8}, {"nhật tiến", 16}}
	var calls []string
	got, index := Merge(items, func(x *tally) string {
		calls = append(calls, "key "+x.name)
		x.name = strings.ToLower(x.name)
		return x.name
	}, func(first, later *tally) {
		calls = append(calls, "merge "+first.name+" "+later.name)
		first.n += later.n
	})
	want := []tally{{"hòa lạc", 5}, {"nhật tiến", 18}, {"tân thành", 8}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(tally{})); diff != "" {
		t.Errorf("merged (-want +got)\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"hòa lạc": 0, "nhật tiến": 1, "tân thành": 2}, index); diff != "" {
		t.Errorf("index (-want +got)\n%s", diff)
	}
	wantCalls := []string{"key Hòa Lạc", "key Nhật Tiến", "key HÒA LẠC", "merge hòa lạc hòa lạc",
		"key Tân Thành", "key nhật tiến", "merge nhật tiến nhật tiến"}
	if diff := cmp.Diff(wantCalls, calls); diff != "" {
		t.Errorf("calls (-want +got)\n%s", diff)
	}
}

func TestMergeOfNothing(t *testing.T) {
	got, index := Merge([]int(nil), func(x *int) int { return *x }, func(first, later *int) { t.Error("merge called") })
	if len(got) != 0 || len(index) != 0 {
		t.Errorf("got %v, %v", got, index)
	}
}
