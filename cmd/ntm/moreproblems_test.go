package main

import (
	"fmt"
	"strings"
	"testing"
)

// TestProblemsBeyondThoseShownNameTheFileAndCountThemAll: the problems of
// a file beyond the 100 printed are one line naming the file, counting
// every problem left unprinted (those a commune counts beyond its own 100
// included).
func TestProblemsBeyondThoseShownNameTheFileAndCountThemAll(t *testing.T) {
	dir := t.TempDir()
	write := fileWriter(t, dir)
	const header = "province,district,commune,region,year,set,indicator,value,numerator,denominator,unit,source\n"
	var many, big strings.Builder
	many.WriteString(header)
	for i := range 150 {
		fmt.Fprintf(&many, "Lạng Sơn,Hữu Lũng,Xã %d,TDMNPB,2020,1980,4.2,abc,,,,\n", i)
	}
	// One commune with 200 problems, then 10 communes with one each.
	big.WriteString(header)
	for i := range 200 {
		fmt.Fprintf(&big, "Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980,4.2,abc%d,,,,\n", i)
	}
	for i := range 10 {
		fmt.Fprintf(&big, "Lạng Sơn,Hữu Lũng,Xã %d,TDMNPB,2020,1980,4.2,abc,,,,\n", i)
	}
	for _, tc := range []struct {
		file, text, want, wantVI string
	}{
		{"c150.csv", many.String(), ": … and 50 more problems\n", ": … và 50 lỗi khác\n"},
		{"big.csv", big.String(), ": … and 10 more problems\n", ": … và 10 lỗi khác\n"},
	} {
		path := write(tc.file, tc.text)
		code, _, stderr := runNTM(t, "", "eval", "--lang", "en", path)
		if code != exitInput || !strings.Contains(stderr, "ntm eval: "+path+tc.want) {
			t.Errorf("%s: exit %d, stderr does not have %q:\n%s", tc.file, code, path+tc.want, lastLines(stderr, 4))
		}
		_, _, stderr = runNTM(t, "", "eval", path)
		if !strings.Contains(stderr, "ntm eval: "+path+tc.wantVI) {
			t.Errorf("%s: stderr does not have %q:\n%s", tc.file, path+tc.wantVI, lastLines(stderr, 4))
		}
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	return strings.Join(lines[max(len(lines)-n, 0):], "\n")
}
