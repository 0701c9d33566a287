package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/sourcefmt"
	"github.com/nongthonmoi/ntm/internal/untranslated"
)

// TestProblemsPrintInVietnamese runs the command, in Vietnamese (the
// default), on inputs with problems of every reader and on its own
// problems (a missing file, nothing evaluated, a commune assessed twice,
// too many problems): every line on standard error must read in
// Vietnamese, one prefix each ("ntm eval: "), the file first.
func TestProblemsPrintInVietnamese(t *testing.T) {
	dir := t.TempDir()
	write := fileWriter(t, dir)
	var many strings.Builder
	many.WriteString("province,district,commune,year,set,indicator,value\n")
	for i := range 150 {
		fmt.Fprintf(&many, "Lạng Sơn,Hữu Lũng,A%d,2020,1980,4.2,101\n", i)
	}
	files := map[string]string{
		"bad3.json":    `[{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"5": {"numerator": 4, "denominator": 3}, "4.2": "abc", "9.9": 1}}}]`,
		"bad2.json":    `{"communes": [`,
		"badplan.json": `{"id": 5}`,
		"syntax.json":  `x`,
		"badset.json":  `{"id": "X", "foo": 1}`,
		"many.csv":     many.String(),
		"notes.txt":    "x",
		"book.xlsx":    "province,district\n",
	}
	for name, text := range files {
		files[name] = write(name, text)
	}
	readme := "../../testdata/readme/2020.csv"
	nosuch := filepath.Join(dir, "nosuch.json")
	for _, args := range [][]string{
		{"eval", files["bad3.json"]},
		{"eval", files["bad2.json"]},
		{"eval", files["syntax.json"]},
		{"eval", nosuch},
		{"eval", files["notes.txt"]},
		{"eval", files["book.xlsx"]},
		{"eval", files["many.csv"]},
		{"eval", "--set", "933", readme},
		{"eval", "--summary", "testdata/eval/communes.csv", "testdata/eval/hoalac.json"},
		{"eval", "testdata/eval/mixed.json"},
		{"eval", "testdata/eval/so-lieu-dai.xlsx"},
		{"eval", "--sets-from", files["badset.json"], readme},
		{"eval", "--sets-from", nosuch, readme},
		{"criteria", "--sets-from", files["badset.json"]},
		{"criteria", "--sets-from", files["syntax.json"]},
		{"plan", files["badplan.json"], readme},
		{"plan", files["syntax.json"], readme},
		{"plan", nosuch, readme},
		{"plan", "--as-of", "2020-05-05", "testdata/plan/bad-plan.json"},
		{"plan", "--sets-from", files["badset.json"], files["badplan.json"]},
		{"plan", "--as-of", "2020-05-05", plan47File, "testdata/plan/minh-hoa-hoalac-2020.csv", nosuch},
		{"progress", files["bad3.json"]},
		{"progress", nosuch},
		{"progress", "--plan", files["badplan.json"], readme},
		{"report", "-o", filepath.Join(dir, "r.html"), files["bad2.json"]},
		{"units", "--province", "Hà Nội"},
		{"units", "--as-of", "2020-01-01"},
		{"units", "--successor", "Xã Không Có, Hữu Lũng, Lạng Sơn"},
		{"units", "--successor", "Tân Thành, Lạng Sơn", "--as-of", "2025-07-01"},
		{"units", "--successor", "Hòa Lạc, Hữu Lũng, Lạng Sơn", "--as-of", "2025-01-01"},
	} {
		_, _, stderr := runNTM(t, "", args...)
		for _, line := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
			if line == "" {
				continue
			}
			prefix := "ntm " + args[0] + ": "
			if !strings.HasPrefix(line, prefix) {
				t.Errorf("%v: a line without the prefix %q:\n\t%s", args, prefix, line)
				continue
			}
			rest := strings.TrimPrefix(line, prefix)
			// A package prefix, before or after the file ("criteria" is
			// also a key of a set definition: "f.json: criteria: …" may be
			// its path).
			for _, p := range []string{"evaluate: ", "plan: ", "criteria: criteria: "} {
				if strings.HasPrefix(rest, p) || strings.Contains(rest, ": "+p) {
					t.Errorf("%v: a package prefix %q in:\n\t%s", args, p, line)
				}
			}
			names := append([]string{readme, nosuch, plan47File}, args...)
			for _, f := range files {
				names = append(names, f)
			}
			if w := untranslated.Words(rest, names...); len(w) > 0 {
				t.Errorf("%v: English in Vietnamese:\n\t%s\n\t\tEnglish: %s", args, line, strings.Join(w, ", "))
			}
		}
	}
}

// TestPlanProblemsHaveOnePrefix: a plan's problems name the file, then the
// place in the plan, in both languages and in every command that reads a
// plan ("ntm plan: plan.json: id: …", not "… plan.json: plan: id: …").
func TestPlanProblemsHaveOnePrefix(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.json")
	if err := os.WriteFile(path, []byte(`{"id": 5}`), 0o644); err != nil {
		t.Fatal(err)
	}
	readme := "../../testdata/readme/2020.csv"
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"plan", "--lang", "en", path, readme}, "ntm plan: " + path + `: id: unknown key (want one of `},
		{[]string{"plan", path, readme}, "ntm plan: " + path + `: id: khóa không có trong định dạng (cần một trong: `},
		{[]string{"progress", "--lang", "en", "--plan", path, readme}, "ntm progress: " + path + `: id: unknown key (want one of `},
		{[]string{"report", "-o", filepath.Join(t.TempDir(), "r.html"), "--plan", path, readme}, "ntm report: " + path + `: id: khóa không có`},
		{[]string{"plan", "--lang", "en", "--as-of", "31/4/2020", path}, `ntm plan: --as-of: "31/4/2020" is not a date YYYY-MM-DD or D/M/YYYY`},
	} {
		_, _, stderr := runNTM(t, "", tc.args...)
		if !strings.HasPrefix(stderr, tc.want) {
			t.Errorf("%v: stderr does not begin with %q:\n%s", tc.args, tc.want, stderr)
		}
	}
}

// TestFlagValuesRefusedInVietnamese: why a flag's value is refused reads
// in Vietnamese too.
func TestFlagValuesRefusedInVietnamese(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"template", "--set", "1980", "--commune", ",,"}, `ntm template: giá trị ",," không hợp lệ cho cờ --commune: cần dạng "Xã, Huyện, Tỉnh" (giá trị ",,")` + "\n"},
		{[]string{"criteria", "--year", "20x"}, `ntm criteria: giá trị "20x" không hợp lệ cho cờ --year: không đọc được giá trị` + "\n"},
		{[]string{"eval", "--summary=maybe", "x.json"}, `ntm eval: giá trị "maybe" không hợp lệ cho cờ --summary: không đọc được giá trị` + "\n"},
	} {
		_, _, stderr := runNTM(t, "", tc.args...)
		if !strings.HasPrefix(stderr, tc.want) {
			t.Errorf("%v: stderr does not begin with %q:\n%s", tc.args, tc.want, stderr)
		}
	}
}

// TestFlagNamesInMessagesAsTheHelpWritesThem: a flag's name in a flag
// error reads as the help and the spec write it, --year, in both
// languages; a one-letter flag keeps its one dash (-o).
func TestFlagNamesInMessagesAsTheHelpWritesThem(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"template", "--set", "1980", "--year", "20x", "--lang", "en"}, `ntm template: invalid value "20x" for flag --year: parse error` + "\n"},
		{[]string{"template", "--set", "1980", "--year", "20x"}, `ntm template: giá trị "20x" không hợp lệ cho cờ --year: không đọc được giá trị` + "\n"},
		{[]string{"eval", "--lang", "en", "--summary=maybe", "x.json"}, `ntm eval: invalid boolean value "maybe" for --summary: parse error` + "\n"},
		{[]string{"eval", "--lang", "en", "--year", "2020", "x.json"}, "ntm eval: flag provided but not defined: --year\n"},
		{[]string{"eval", "-year", "2020", "x.json"}, "ntm eval: không có cờ --year\n"},
		{[]string{"template", "--set", "1980", "--year"}, "ntm template: cờ --year cần một giá trị\n"},
		{[]string{"eval", "x.json", "-o"}, "ntm eval: cờ -o cần một giá trị\n"},
	} {
		_, _, stderr := runNTM(t, "", tc.args...)
		if !strings.HasPrefix(stderr, tc.want) {
			t.Errorf("%v: stderr does not begin with %q:\n%s", tc.args, tc.want, stderr)
		}
	}
}

// TestLangBeforeTheSubcommand checks that --lang given before the
// subcommand (ntm --lang en eval …) sets the language of its problems and
// its output as --lang after it does.
func TestLangBeforeTheSubcommand(t *testing.T) {
	path := fileWriter(t, t.TempDir())("bad.json", `[{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"5": {"numerator": 4, "denominator": 3}, "4.1": true}}}]`)
	var before, after, beforeErr, afterErr strings.Builder
	run([]string{"--lang", "en", "eval", path}, nil, &before, &beforeErr)
	run([]string{"eval", "--lang", "en", path}, nil, &after, &afterErr)
	if beforeErr.String() != afterErr.String() || before.String() != after.String() {
		t.Errorf("ntm --lang en eval printed\n%s%s\nntm eval --lang en printed\n%s%s", beforeErr.String(), before.String(), afterErr.String(), after.String())
	}
	if !strings.Contains(afterErr.String(), "must not exceed the denominator 3") {
		t.Errorf("not in English:\n%s", afterErr.String())
	}
}

// TestEnglishProblemsHaveOnePrefix checks, in English as in Vietnamese,
// one problem per line after one prefix: no package prefix ("evaluate: ",
// "criteria: ", "plan: ") before or after the file.
func TestEnglishProblemsHaveOnePrefix(t *testing.T) {
	dir := t.TempDir()
	write := fileWriter(t, dir)
	bad := write("bad.json", `[{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"5": {"numerator": 4, "denominator": 3}, "4.1": true}}}]`)
	badSet := write("badset.json", `[{"id": "X", "foo": 1}]`)
	badPlan := write("badplan.json", `{"id": 5}`)
	for _, args := range [][]string{
		{"eval", "--lang", "en", bad},
		{"eval", "--lang", "en", "--sets-from", badSet, bad},
		{"progress", "--lang", "en", bad},
		{"report", "--lang", "en", "-o", filepath.Join(dir, "r.html"), bad},
		{"plan", "--lang", "en", badPlan, bad},
	} {
		var stdout, stderr strings.Builder
		run(args, nil, &stdout, &stderr)
		lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
		if len(lines) < 2 && args[0] != "plan" {
			t.Errorf("%v: %d lines of problems, want one per problem:\n%s", args, len(lines), stderr.String())
		}
		for _, line := range lines {
			prefix := "ntm " + args[0] + ": "
			rest, ok := strings.CutPrefix(line, prefix)
			if !ok {
				t.Errorf("%v: %q does not begin with %q", args, line, prefix)
				continue
			}
			for _, p := range []string{"evaluate: ", "criteria: ", "plan: "} {
				if strings.HasPrefix(rest, p) || strings.Contains(rest, ": "+p) {
					t.Errorf("%v: %q has the package prefix %q", args, line, p)
				}
			}
		}
	}
}

// TestHelpInBothLanguages: `ntm help` and the help of every subcommand
// (its synopsis, usage text and flag descriptions) read in Vietnamese by
// default and in English with --lang en, before or after the subcommand.
// The examples are commands, the same in both languages, and are not
// checked.
func TestHelpInBothLanguages(t *testing.T) {
	_, overview, _ := runNTM(t, "", "help")
	_, overviewEN, _ := runNTM(t, "", "--lang", "en", "help")
	for name, c := range commands {
		var synopsis string
		for _, line := range strings.Split(overview, "\n") {
			if f := strings.Fields(line); len(f) > 1 && f[0] == name {
				synopsis = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), name))
			}
		}
		if synopsis == "" || synopsis == c.synopsis {
			t.Errorf("ntm help: the synopsis of %s is not in Vietnamese: %q", name, synopsis)
		} else if w := untranslated.Words(synopsis); len(w) > 0 {
			t.Errorf("ntm help: English in the synopsis of %s:\n\t%s\n\t\tEnglish: %s", name, synopsis, strings.Join(w, ", "))
		}
		if !strings.Contains(overviewEN, "  "+c.synopsis+"\n") {
			t.Errorf("ntm --lang en help: no English synopsis of %s:\n%s", name, overviewEN)
		}

		fs := flag.NewFlagSet(name, flag.ContinueOnError)
		if c.flags != nil {
			c.flags(fs)
		}
		for _, args := range [][]string{{name, "--help"}, {"help", name}} {
			code, out, errOut := runNTM(t, "", args...)
			if code != exitOK || errOut != "" {
				t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
			}
			if !strings.HasPrefix(out, "Cách dùng: ntm "+name+" ") {
				t.Errorf("%v: the usage is not in Vietnamese:\n%s", args, out)
			}
			if c.flags != nil && !strings.Contains(out, "\nCác cờ:\n") {
				t.Errorf("%v: no Vietnamese list of flags:\n%s", args, out)
			}
			example := false
			for _, line := range strings.Split(out, "\n") {
				switch {
				case line == "Ví dụ:":
					example = true
					continue
				case line == "":
					example = false
				}
				if example {
					continue
				}
				if w := untranslated.Words(line); len(w) > 0 {
					t.Errorf("%v: English in Vietnamese:\n\t%s\n\t\tEnglish: %s", args, line, strings.Join(w, ", "))
				}
			}
		}
		for _, args := range [][]string{{name, "--lang", "en", "--help"}, {"--lang", "en", name, "-h"}, {"help", "--lang", "en", name}} {
			_, out, _ := runNTM(t, "", args...)
			if !strings.HasPrefix(out, "Usage: ntm "+name+" ") {
				t.Errorf("%v: the usage is not in English:\n%s", args, out)
			}
			for _, vi := range []string{"Cách dùng", "Các cờ", "mặc định", "Ví dụ"} {
				if strings.Contains(out, vi) {
					t.Errorf("%v: %q in English:\n%s", args, vi, out)
				}
			}
			fs.VisitAll(func(f *flag.Flag) {
				if _, usage := flag.UnquoteUsage(f); !strings.Contains(out, usage) {
					t.Errorf("%v: no English description of -%s (%q)", args, f.Name, usage)
				}
			})
		}
	}
}

// usageFormat finds the format of a usage error: ctx.usageError("…", …).
var usageFormat = regexp.MustCompile("usageError\\((\"(?:[^\"\\\\]|\\\\.)*\")")

// TestEveryUsageErrorHasAVietnameseTranslation checks that the format of
// every usage error of the subcommands has its Vietnamese in usageVI (the
// errors of the flag package, "%v", are translated by flagErrorsVI).
func TestEveryUsageErrorHasAVietnameseTranslation(t *testing.T) {
	formats, err := sourcefmt.Find(usageFormat, ".")
	if err != nil {
		t.Fatal(err)
	}
	n := len(formats)
	for _, f := range formats {
		if _, ok := usageVI[f.Format]; !ok && f.Format != "%v" {
			t.Errorf("%s: no Vietnamese for the usage error %q", f.File, f.Format)
		}
	}
	if n < 20 {
		t.Errorf("found only %d usage errors; is the pattern still right?", n)
	}
}

// TestUsageErrorsInBothLanguages: a usage error and the synopsis after it
// read in Vietnamese by default, in English with --lang en.
func TestUsageErrorsInBothLanguages(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		vi, en string
	}{
		{[]string{"progress", "--as-of", "2020-01-01", "x.csv"},
			"ntm progress: --as-of chỉ dùng được cùng với --plan\nCách dùng: ntm progress ",
			"ntm progress: --as-of needs --plan\nUsage: ntm progress "},
		{[]string{"report", "--as-of", "2020-01-01", "x.csv"},
			"ntm report: --as-of chỉ dùng được cùng với --plan\nCách dùng: ntm report ",
			"ntm report: --as-of needs --plan\nUsage: ntm report "},
		{[]string{"criteria", "--as-of", "1.12.2026"},
			"ntm criteria: --as-of: \"1.12.2026\" không phải ngày dạng YYYY-MM-DD hoặc N/T/NNNN\nCách dùng: ntm criteria ",
			"ntm criteria: --as-of: \"1.12.2026\" is not a date YYYY-MM-DD or D/M/YYYY\nUsage: ntm criteria "},
		{[]string{"eval", "--successors", "7/2025", "x.csv"},
			"ntm eval: --successors: \"7/2025\" không phải ngày dạng YYYY-MM-DD hoặc N/T/NNNN\nCách dùng: ntm eval ",
			"ntm eval: --successors: \"7/2025\" is not a date YYYY-MM-DD or D/M/YYYY\nUsage: ntm eval "},
		// An error of package criteria has one prefix too, the
		// command's, in English as in Vietnamese.
		{[]string{"eval", "--set", "1999", "x.csv"},
			"ntm eval: --set: không có bộ tiêu chí này (hiện có: 1980/QĐ-TTg, 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg, 51/2025/QĐ-TTg) (giá trị \"1999\")\n",
			"ntm eval: --set: unknown set (known: 1980/QĐ-TTg, 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg, 51/2025/QĐ-TTg) (got \"1999\")\n"},
		{[]string{"template", "--set", "1980", "--region", "XX"},
			"ntm template: --region: không rõ vùng (cần TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL hoặc tên vùng) (giá trị \"XX\")\n",
			"ntm template: --region: unknown region (want TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL or a region name) (got \"XX\")\n"},
		{[]string{"criteria", "--region", "XX"},
			"ntm criteria: --region: không rõ vùng hay tỉnh (cần TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL, tên vùng hoặc tên tỉnh giai đoạn 2016-2020) (giá trị \"XX\")\n",
			"ntm criteria: --region: unknown region or province (want TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL, a region name or a province of 2016-2020) (got \"XX\")\n"},
	} {
		for _, lang := range []string{"vi", "en"} {
			args, want := tc.args, tc.vi
			if lang == "en" {
				args, want = english(args), tc.en
			}
			code, _, stderr := runNTM(t, "", args...)
			if code != exitUsage || !strings.HasPrefix(stderr, want) {
				t.Errorf("%v: exit %d, stderr does not begin with %q:\n%s", args, code, want, stderr)
			}
		}
	}
}

// TestHelpGroupsNoThousands: no output groups thousands, since the readers
// take 1.234 as a decimal (docs/formats.md, "Numbers for people"), and the
// help says so by example: 1048576 rows, not 1.048.576 nor 1,048,576.
func TestHelpGroupsNoThousands(t *testing.T) {
	grouped := regexp.MustCompile(`\b[1-9][0-9]{0,2}(?:[.,][0-9]{3})+\b`)
	for name := range commands {
		for _, args := range [][]string{{"help", name}, {"help", "--lang", "en", name}} {
			_, out, _ := runNTM(t, "", args...)
			if m := grouped.FindAllString(out, -1); len(m) > 0 {
				t.Errorf("%v: thousands grouped: %q", args, m)
			}
		}
	}
}
