package main

import (
	"fmt"
	"strings"
	"testing"
)

// TestAVerdictOnAPendingSetIsProvisionalInEveryPlanOutput: a plan's
// target on 933/QĐ-UBND (built in, its content pending the official text)
// evaluated from attestations is provisional in ntm plan, ntm progress
// --plan and ntm report --plan, in every format and both languages; with
// --sets-from giving the set's text (here a test fixture, số liệu minh
// họa) nothing is.
func TestAVerdictOnAPendingSetIsProvisionalInEveryPlanOutput(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	planFile := write("plan.json", `{"number": "1/KH-TEST", "targets": [
 {"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "933/QĐ-UBND", "year": 2020}]}`)
	// số liệu minh họa: every criterion of the built-in 933/QĐ-UBND attested.
	var b strings.Builder
	b.WriteString("province,district,commune,year,set,indicator,value\n")
	for i := 1; i <= 14; i++ {
		fmt.Fprintf(&b, "Lạng Sơn,Hữu Lũng,Tân Thành,2020,933,%d,đạt\n", i)
	}
	builtin := write("so-lieu-933.csv", b.String())
	// số liệu minh họa: the indicators of the test fixture's 933/QĐ-UBND.
	loaded := write("so-lieu-933-fixture.csv", "province,district,commune,year,set,indicator,value\n"+
		"Lạng Sơn,Hữu Lũng,Tân Thành,2020,933,1.1,95\nLạng Sơn,Hữu Lũng,Tân Thành,2020,933,2,đạt\n")
	const fixture = "testdata/criteria-933-test-fixture.json"
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"plan", "--as-of", "2020-05-05"}, "(tạm tính: chờ văn bản chính thức; đạt 14/14 tiêu chí)"},
		{[]string{"plan", "--as-of", "2020-05-05", "--lang", "en", "--format", "markdown"}, "(provisional: pending the official text) |"},
		{[]string{"plan", "--as-of", "2020-05-05", "--format", "json"}, `"provisional": true`},
		{[]string{"progress", "--as-of", "2020-05-05", "--plan", planFile}, "(tạm tính: chờ văn bản chính thức)"},
		{[]string{"progress", "--as-of", "2020-05-05", "--format", "json", "--plan", planFile}, `"provisional": true`},
		{[]string{"progress", "--as-of", "2020-05-05", "--format", "csv", "--plan", planFile}, ",true\n"},
		{[]string{"report", "--as-of", "2020-05-05", "--plan", planFile}, `<span class="pending">(tạm tính: chờ văn bản chính thức)</span>`},
		{[]string{"report", "--as-of", "2020-05-05", "--lang", "en", "--plan", planFile}, `<span class="pending">(provisional: pending the official text)</span>`},
	} {
		files := []string{builtin}
		if tc.args[0] == "plan" {
			files = []string{planFile, builtin}
		}
		args := append(append([]string{}, tc.args...), files...)
		code, out, errOut := runNTM(t, "", args...)
		if code != exitOK {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		} else if !strings.Contains(out, tc.want) {
			t.Errorf("%v: no %q in:\n%s", args, tc.want, out)
		}

		files[len(files)-1] = loaded
		args = append(append([]string{tc.args[0], "--sets-from", fixture}, tc.args[1:]...), files...)
		code, out, errOut = runNTM(t, "", args...)
		if code != exitOK {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		} else if strings.Contains(out, "tạm tính:") || strings.Contains(out, "provisional:") ||
			strings.Contains(out, `"provisional": true`) || strings.Contains(out, ",true\n") {
			t.Errorf("%v: a target on the set --sets-from gives is provisional:\n%s", args, out)
		}
	}
}
