package originpack

import (
	"strings"
	"testing"
)

var origins = []string{
	"so-lieu.csv:14", "so-lieu.csv:15", "so-lieu.csv", "a.json[3]", "a.json[0]", "request[2]",
	"so-lieu.xlsx: NTM!7:7", "so-lieu.xlsx: NTM!7:8", "so-lieu.xlsx: G6", "rộng.csv: Xã Hòa Lạc",
	`C:\so lieu\a.csv:7`, `C:\so lieu\a.csv`, "a.csv:07", "a.csv:+7", "a.csv:-1", "a.csv:", "a.csv:4294967295",
	"a.csv:4294967296", "a[01]", "a[]", "]", "[3]", ":3", "!3:3", "a]:3", "a[3]]", "", "Ước tính: Xã A, Xã B",
}

func TestPackGivesBack(t *testing.T) {
	for _, limit := range []int{0, 1, 3} {
		tb := Table{limit: limit}
		packed := make([]uint64, len(origins))
		for i, o := range origins {
			packed[i] = tb.Pack(o)
			if packed[i]>>63 != 0 {
				t.Errorf("limit %d: Pack(%q) = %#x: top bit set", limit, o, packed[i])
			}
		}
		for i, o := range origins {
			if got := tb.Unpack(packed[i]); got != o {
				t.Errorf("limit %d: Unpack(Pack(%q)) = %q", limit, o, got)
			}
		}
	}
}

func TestPackKeepsPrefixOnce(t *testing.T) {
	var tb Table
	for _, o := range []string{"a.csv:1", "a.csv:2", "a.csv[3]", "a.csv", "b.xlsx: NTM!4:4", "b.xlsx: NTM:9"} {
		tb.Pack(o)
	}
	want := []string{"a.csv", "b.xlsx: NTM"}
	if strings.Join(tb.prefixes, "|") != strings.Join(want, "|") || len(tb.aside) != 0 {
		t.Errorf("prefixes %q, aside %q; want %q and none aside", tb.prefixes, tb.aside, want)
	}
}

func TestPackPrefixes(t *testing.T) {
	var tb Table
	origins := []string{"so-lieu.csv:14", "a.json[3]", "so-lieu.xlsx: NTM!7:7", "so-lieu.xlsx: NTM!7:9", "request", "",
		"x:y", "a.json[03]", "a.json:07", "a:b:12", "so-lieu.xlsx: Sheet 1!12:12", "so-lieu.csv:15"}
	packed := make([]uint64, len(origins))
	for i, o := range origins {
		packed[i] = tb.Pack(o)
	}
	for i, o := range origins {
		if got := tb.Unpack(packed[i]); got != o {
			t.Errorf("%q packed reads %q", o, got)
		}
	}
	if len(tb.prefixes) != len(origins)-1 {
		t.Errorf("%d prefixes kept, want %d (so-lieu.csv's lines share one): %q", len(tb.prefixes), len(origins)-1, tb.prefixes)
	}
}

func FuzzPack(f *testing.F) {
	for _, o := range origins {
		f.Add(o, "a.csv:1")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		tb := Table{limit: 1}
		pa, pb := tb.Pack(a), tb.Pack(b)
		if got := tb.Unpack(pa); got != a {
			t.Errorf("Unpack(Pack(%q)) = %q", a, got)
		}
		if got := tb.Unpack(pb); got != b {
			t.Errorf("Unpack(Pack(%q)) = %q", b, got)
		}
	})
}
