package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHostileInput(t *testing.T) {
	dir := t.TempDir()
	zero := filepath.Join(dir, "zero.json")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Skip("no symlink to /dev/zero:", err)
	}
	write := fileWriter(t, dir)
	const commune = `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true, "9.1": %s}}}`
	one := func(v string) string { return strings.Replace(commune, "%s", v, 1) }
	huge := "1" + strings.Repeat("0", 1_000_000)
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		stdout   string // a text the output must contain
		stderr   string // a text standard error must contain
		maxLine  int    // when > 0, no line of standard error is longer
		stdoutOK func(string) bool
	}{
		{name: "/dev/zero named as a JSON file fails at its first byte",
			args: []string{"eval", zero}, code: exitInput,
			stderr: zero + `:1: column 1: invalid JSON: invalid character "\x00" looking for beginning of value`},
		{name: "a run that evaluates nothing says so",
			args: []string{"eval", "--set", "933", write("no933.json", one("0"))}, code: exitInput,
			stderr: "no values for set 933/QĐ-UBND in " + filepath.Join(dir, "no933.json")},
		{name: "a JSON file with a byte-order mark is read",
			args: []string{"eval", "--format", "csv", write("bom.json", "\uFEFF"+one("0"))}, code: exitOK,
			stdout: "Hòa Lạc,Hữu Lũng,Lạng Sơn,TDMNPB,2020,1980/QĐ-TTg,9,9.1,met,0,"},
		{name: "zero is zero at any exponent",
			args: []string{"eval", "--format", "csv", write("zero-exp.json", one("0e999999999"))}, code: exitOK,
			stdout: "Hòa Lạc,Hữu Lũng,Lạng Sơn,TDMNPB,2020,1980/QĐ-TTg,9,9.1,met,0,"},
		{name: "a million-digit number is one short line and the next commune is read",
			args: []string{"eval", "--format", "csv", write("huge.json", "["+one(huge)+","+strings.Replace(one("0"), "Hòa Lạc", "Tân Thành", 1)+"]")},
			code: exitInput, stdout: "Tân Thành,", maxLine: 400,
			stderr: `[0] Hòa Lạc: sets["1980"]["9.1"]: number of 1000001 bytes, longer than the limit of 65536 bytes (got "1000000000`},
		{name: "a huge unknown key is one short line",
			args: []string{"eval", write("key.json", `[{"`+strings.Repeat(`k\n`, 500_000)+`": 1}]`)},
			code: exitInput, maxLine: 400, stderr: `key of 1500002 bytes, longer than the limit of 65536 bytes (got "k\\nk\\nk`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runNTM(t, "", english(tc.args)...) // the messages looked for are in English
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr:\n%.1000s", code, tc.code, stderr)
			}
			if !strings.Contains(stdout, tc.stdout) {
				t.Errorf("stdout does not contain %q:\n%.2000s", tc.stdout, stdout)
			}
			if !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr does not contain %q:\n%.2000s", tc.stderr, stderr)
			}
			for _, line := range strings.Split(stderr, "\n") {
				if tc.maxLine > 0 && len(line) > tc.maxLine {
					t.Errorf("stderr line of %d bytes: %.200s…", len(line), line)
				}
			}
		})
	}
}

// TestJSONSyntaxErrorNamesLineAndColumn: a JSON syntax error names its
// line and its column, counted in characters of the line (81, where the
// Vietnamese letters before it make 84 bytes), in both languages, for the
// assessments, the plan and the set definitions, all in one form:
// "FILE:LINE: column N: …".
func TestJSONSyntaxErrorNamesLineAndColumn(t *testing.T) {
	dir := t.TempDir()
	write := fileWriter(t, dir)
	syn := write("syn.json", "[\n  {\n    \"commune\": {\"name\": \"Hòa Lạc\", \"district\": \"Hữu Lũng\", \"province\": \"Lạng Sơn\"},\n    \"year\": 2020,\n"+
		"    \"sets\": {\"1980\": {\"4.2\": {\"value\": 96, \"source\": \"Báo cáo UBND xã\"}, \"1.1\": tru}}\n  }\n]\n")
	plan := write("plan.json", "{\n  \"number\": \"Kế hoạch số 1\" x\n}\n")
	sets := write("sets.json", "[{\"id\": \"Bộ thử\",\n \"title\": {\"vi\": \"Bộ tiêu chí\"} \"x\"}]\n")
	for _, tc := range []struct {
		name         string
		args         []string
		stderr, inVI string
	}{
		{"assessments", []string{"eval", syn}, syn + `:5: column 81: invalid JSON: invalid character 't' looking for beginning of value`,
			syn + `:5: cột 81: JSON không hợp lệ: ký tự 't' không hợp lệ ở chỗ cần một giá trị`},
		{"a plan", []string{"plan", plan, syn}, plan + `:2: column 29: invalid JSON: invalid character 'x' after object key:value pair`,
			plan + `:2: cột 29: JSON không hợp lệ: ký tự 'x' không hợp lệ sau một cặp khóa:giá trị`},
		{"set definitions", []string{"eval", "--sets-from", sets, syn}, sets + `:2: column 33: invalid JSON: invalid character '"' after object key:value pair`,
			sets + `:2: cột 33: JSON không hợp lệ: ký tự '"' không hợp lệ sau một cặp khóa:giá trị`},
		// Every command that reads a plan or set definitions.
		{"a plan to progress", []string{"progress", "--plan", plan, syn}, "ntm progress: " + plan + `:2: column 29: invalid JSON: `,
			"ntm progress: " + plan + `:2: cột 29: JSON không hợp lệ: `},
		{"set definitions to criteria", []string{"criteria", "--sets-from", sets}, "ntm criteria: --sets-from: " + sets + `:2: column 33: invalid JSON: `,
			"ntm criteria: --sets-from: " + sets + `:2: cột 33: JSON không hợp lệ: `},
		{"set definitions to a plan", []string{"plan", "--sets-from", sets, plan}, "ntm plan: --sets-from: " + sets + `:2: column 33: invalid JSON: `,
			"ntm plan: --sets-from: " + sets + `:2: cột 33: JSON không hợp lệ: `},
		{"set definitions to a template", []string{"template", "--set", "1980", "--sets-from", sets}, "ntm template: --sets-from: " + sets + `:2: column 33: invalid JSON: `,
			"ntm template: --sets-from: " + sets + `:2: cột 33: JSON không hợp lệ: `},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, stderr := runNTM(t, "", english(tc.args)...); !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr does not contain %q:\n%s", tc.stderr, stderr)
			}
			if _, _, stderr := runNTM(t, "", tc.args...); !strings.Contains(stderr, tc.inVI) {
				t.Errorf("stderr does not contain %q:\n%s", tc.inVI, stderr)
			}
		})
	}
}

// TestInputsInAnotherEncodingOrWithOldMacLineEndsSaySo: a JSON file in
// UTF-16 (with or without a byte-order mark) or with two UTF-8 marks, and a
// CSV whose lines end with CR alone, are one problem each that says what
// the file is and how to save it, in both languages; never a syntax error
// quoting the mark's first byte, nor one unknown column per cell of the
// file.
func TestInputsInAnotherEncodingOrWithOldMacLineEndsSaySo(t *testing.T) {
	dir := t.TempDir()
	write := fileWriter(t, dir)
	const one = `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}}`
	utf16 := func(bom []byte, s string, big bool) string {
		b := append([]byte{}, bom...)
		for _, r := range s { // the test text is in the BMP
			if big {
				b = append(b, byte(r>>8), byte(r))
			} else {
				b = append(b, byte(r), byte(r>>8))
			}
		}
		return string(b)
	}
	csv := "province,district,commune,region,year,set,indicator,value\r" +
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,1.1,đạt\r" +
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,4.2,96\r"
	for _, tc := range []struct {
		name, file, text, en, vi string
	}{
		{"UTF-16 little-endian with its mark", "le.json", utf16([]byte{0xFF, 0xFE}, one, false),
			"le.json: UTF-16 text (little-endian byte-order mark FF FE), not UTF-8: save the file as UTF-8",
			"le.json: tệp là văn bản UTF-16 (dấu BOM little-endian FF FE), không phải UTF-8: lưu lại tệp dạng UTF-8"},
		{"UTF-16 big-endian with its mark", "be.json", utf16([]byte{0xFE, 0xFF}, one, true),
			"be.json: UTF-16 text (big-endian byte-order mark FE FF), not UTF-8: save the file as UTF-8",
			"be.json: tệp là văn bản UTF-16 (dấu BOM big-endian FE FF), không phải UTF-8: lưu lại tệp dạng UTF-8"},
		{"UTF-16 without a mark", "nobom.json", utf16(nil, one, false),
			"nobom.json: UTF-16 text without a byte-order mark (NUL bytes), not UTF-8: save the file as UTF-8",
			"nobom.json: tệp có vẻ là văn bản UTF-16 không có dấu BOM (có byte NUL), không phải UTF-8: lưu lại tệp dạng UTF-8"},
		{"two UTF-8 marks", "bom2.json", "\uFEFF\uFEFF" + one,
			"bom2.json: two UTF-8 byte-order marks at the start: save the file as UTF-8 again (one mark, or none)",
			"bom2.json: đầu tệp có hai dấu BOM UTF-8: lưu lại tệp dạng UTF-8 (một dấu BOM, hoặc không có)"},
		{"a CSV with CR line ends", "cr.csv", csv,
			"cr.csv:1: the lines end with a carriage return (CR) alone: save the file with CRLF (Windows) or LF line ends",
			"cr.csv:1: các dòng kết thúc chỉ bằng ký tự CR: lưu lại tệp với kiểu xuống dòng CRLF (Windows) hoặc LF"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := write(tc.file, tc.text)
			for _, lang := range []struct {
				args []string
				want string
			}{
				{english([]string{"eval", path}), tc.en}, {[]string{"eval", path}, tc.vi}} {
				code, _, stderr := runNTM(t, "", lang.args...)
				if code != exitInput || !strings.Contains(stderr, "ntm eval: "+filepath.Join(dir, lang.want)+"\n") {
					t.Errorf("exit %d, stderr:\n%s\nwant exit 1 and the line %q", code, stderr, lang.want)
				}
				if n := strings.Count(stderr, "\n"); n != 2 { // the problem, and nothing was evaluated
					t.Errorf("%d lines on stderr, want 2:\n%s", n, stderr)
				}
			}
		})
	}
}

// TestFormulaLikeNamesStayText: a name that a spreadsheet would run as a
// formula (=cmd|calc!A1, @…, +…) is written in every CSV output with a
// leading apostrophe (OWASP), never as is; a form written by ntm template
// with such names is read back by ntm eval with the names it was given,
// in CSV and in Excel (whose cells are strings, never formulas); and
// Markdown outputs escape <, > and | in names.
func TestFormulaLikeNamesStayText(t *testing.T) {
	dir := t.TempDir()
	write := fileWriter(t, dir)
	const name, district = "=cmd|calc!A1", "@Huyện"
	code, form, stderr := runNTM(t, "", "template", "--set", "1980", "--commune", name+", "+district+", Lạng Sơn")
	if code != exitOK {
		t.Fatalf("template: exit %d: %s", code, stderr)
	}
	cells := func(t *testing.T, text string) [][]string {
		t.Helper()
		rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	checkCSV := func(t *testing.T, what, text, want string) {
		t.Helper()
		for _, row := range cells(t, text) {
			for _, c := range row {
				if c == "=" {
					continue // the op of a pass/fail indicator: a code, no formula
				}
				if strings.HasPrefix(c, "=") || strings.HasPrefix(c, "@") || strings.HasPrefix(c, "+") {
					t.Errorf("%s: the cell %q runs as a formula in a spreadsheet", what, c)
				}
			}
		}
		if !strings.Contains(text, want) {
			t.Errorf("%s: no cell %q:\n%.500s", what, want, text)
		}
	}
	checkCSV(t, "the template", form, ",'"+district+",'"+name+",")
	csvForm := write("form.csv", form)
	xlsxForm := filepath.Join(dir, "form.xlsx")
	if code, _, stderr := runNTM(t, "", "template", "--set", "1980", "--commune", name+", "+district+", Lạng Sơn", "--format", "xlsx", "-o", xlsxForm); code != exitOK {
		t.Fatalf("template --format xlsx: exit %d: %s", code, stderr)
	}
	for _, f := range []string{csvForm, xlsxForm} {
		code, out, stderr := runNTM(t, "", "eval", "--format", "json", f)
		if code != exitOK || !strings.Contains(out, `"commune": {"name": "=cmd|calc!A1", "district": "@Huyện", "province": "Lạng Sơn"}`) {
			t.Errorf("eval %s: exit %d, stderr %s; want the names as given:\n%.400s", filepath.Base(f), code, stderr, out)
		}
	}
	for _, tc := range []struct {
		args []string
		want string // a line's escaped cells
	}{
		{[]string{"eval", "--format", "csv", csvForm}, "\n'" + name + ",'" + district + ",Lạng Sơn,"},
		{[]string{"eval", "--summary", "--format", "csv", csvForm}, ",district,Lạng Sơn,'" + district + ","},
		{[]string{"progress", "--format", "csv", csvForm}, ",commune,Lạng Sơn,'" + district + ",'" + name + ","},
	} {
		code, out, stderr := runNTM(t, "", tc.args...)
		if code != exitOK {
			t.Fatalf("%q: exit %d: %s", tc.args, code, stderr)
		}
		checkCSV(t, strings.Join(tc.args[:len(tc.args)-1], " "), out, tc.want)
	}

	// Markdown escapes HTML and pipes in names.
	const html = "<script>alert(1)</script>|x"
	a := write("html.json", `{"commune": {"name": "`+html+`", "district": "<b>Hữu Lũng</b>", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}}`)
	p := write("plan.json", `{"number": "1/KH", "targets": [{"commune": {"name": "`+html+`", "district": "<b>Hữu Lũng</b>", "province": "Lạng Sơn"}, "set": "1980", "year": 2020}]}`)
	for _, args := range [][]string{
		{"eval", "--format", "markdown", a},
		{"eval", "--summary", "--format", "markdown", a},
		{"progress", "--format", "markdown", a},
		{"plan", "--format", "markdown", "--as-of", "2020-05-05", p, a},
	} {
		code, out, stderr := runNTM(t, "", args...)
		if code != exitOK {
			t.Fatalf("%q: exit %d: %s", args, code, stderr)
		}
		if strings.Contains(out, "<script>") || strings.Contains(out, "<b>") {
			t.Errorf("%q: raw HTML in the Markdown:\n%s", args, out)
		}
		if strings.Contains(out, "alert(1)") && !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;\\|x") {
			t.Errorf("%q: the name not escaped as &lt;…&gt;\\|:\n%s", args, out)
		}
	}
}
