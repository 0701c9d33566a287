package main

import (
	"os"
	"strings"
	"testing"
)

// TestStrictReading runs the command on inputs that were once accepted
// silently or reported without a place: each is now an error naming it.
func TestStrictReading(t *testing.T) {
	dir := t.TempDir()
	write := fileWriter(t, dir)
	read := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	def1980 := read("testdata/criteria-1980.json")
	def933 := read("testdata/criteria-933.json")
	plan47 := read("../../examples/huulung/plan-47-KH-STNMT.json")
	// Trường học (5) of a TDMNPB commune at 20%: not met at 70%, "met" if the
	// duplicate key's 10 won.
	school := write("school.json", `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
		"sets": {"1980": {"5": "20"}}}`)
	for _, tc := range []struct {
		name   string
		args   []string
		stderr []string // texts standard error must contain
	}{
		{"a target value given twice in a set definition is refused with its path",
			[]string{"eval", "--sets-from", write("dup.json", strings.Replace(def1980, `"value": "70",`, `"value": "70", "value": "10",`, 1)), school},
			[]string{`criteria[4].indicators[0].targets.TDMNPB.value: key given twice (got "value")`}},
		{"a set requiring itself through an alias is refused",
			[]string{"criteria", "--sets-from", write("self.json", strings.Replace(def933, `"requires": "1980/QĐ-TTg"`, `"requires": "933"`, 1))},
			[]string{`self.json: requires: a set cannot require itself (933 is 933/QĐ-UBND) (got "933")`}},
		{"sets requiring each other are refused, naming the cycle",
			[]string{"criteria", "--sets-from", write("cycle.json", "["+
				strings.Replace(strings.Replace(def933, `"requires": "1980/QĐ-TTg"`, `"requires": "934"`, 1), `"id": "933/QĐ-UBND"`, `"id": "933/QĐ-UBND"`, 1)+","+
				strings.Replace(strings.Replace(def933, `"requires": "1980/QĐ-TTg"`, `"requires": "933"`, 1), `"id": "933/QĐ-UBND"`, `"id": "934/QĐ-UBND"`, 1)+"]")},
			[]string{`prerequisites form a cycle: 933/QĐ-UBND → 934/QĐ-UBND → 933/QĐ-UBND`}},
		{"an unknown prerequisite is refused, naming it",
			[]string{"criteria", "--sets-from", write("none.json", strings.Replace(def933, `"requires": "1980/QĐ-TTg"`, `"requires": "999/QĐ-NONE"`, 1))},
			[]string{`none.json: requires: not a known set (known: `, `(got "999/QĐ-NONE")`}},
		{"a plan issued in year 0 is refused on reading, with its path",
			[]string{"plan", "--format", "json", write("plan0.json", strings.Replace(plan47, `"issued": "2020-04-15"`, `"issued": "0000-01-01"`, 1)), school},
			[]string{`plan0.json: issued: date out of range (year 1-9999) (got "0000-01-01")`}},
		{"a plan's duplicate key has its path",
			[]string{"plan", write("plandup.json", strings.Replace(plan47, `"place": `, `"place": "x", "place": `, 1)), school},
			[]string{`plandup.json: place: key given twice (got "place")`}},
		{"a NUL character in a commune name is refused with its path",
			[]string{"eval", write("nul.json", strings.Replace(read(school), `"Hòa Lạc"`, `"Hòa\u0000Lạc"`, 1))},
			[]string{`commune.name: control character U+0000`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runNTM(t, "", english(tc.args)...) // the messages looked for are in English
			if code == exitOK {
				t.Errorf("exit 0; stdout:\n%.1000s", stdout)
			}
			for _, want := range tc.stderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr does not contain %q:\n%.2000s", want, stderr)
				}
			}
			if strings.Contains(stdout, "Đạt") && strings.Contains(tc.name, "given twice in a set definition") {
				t.Errorf("the commune was evaluated with the duplicate's value:\n%.1000s", stdout)
			}
		})
	}
}
