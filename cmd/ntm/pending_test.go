package main

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/workbook"
	"github.com/xuri/excelize/v2"
)

// huulungSample holds Tân Thành under 933/QĐ-UBND, whose content is
// pending the official text, beside three communes under 1980/QĐ-TTg.
const huulungSample = "../../examples/huulung/so-lieu-minh-hoa.json"

// checkContentColumn checks a table whose header names a set column and
// ends with content: "pending-official-text" on the rows of 933, empty
// on the others, and rows of 933 there are.
func checkContentColumn(t *testing.T, what string, rows [][]string) {
	t.Helper()
	if len(rows) < 2 {
		t.Fatalf("%s: %d rows", what, len(rows))
	}
	head := rows[0]
	// content follows the columns of before; the reports' CSV has group
	// after it, the progress CSV the units' and the plan targets' columns
	// (columns are only ever added at the end).
	last := slices.IndexFunc(head, func(h string) bool { return h == "content" || h == "Nội dung bộ tiêu chí" })
	if last < 0 || last != len(head)-1 && !(last == len(head)-2 && (head[last+1] == "group" || head[last+1] == "Nhóm xã")) &&
		!(head[last-1] == "through" && head[last+1] == "unit") {
		t.Fatalf("%s: header %q, want content last, before group, or after through and before unit", what, head)
	}
	setCol := slices.IndexFunc(head, func(h string) bool { return h == "set" || h == "Bộ tiêu chí" })
	pending := 0
	for _, r := range rows[1:] {
		cell := ""
		if len(r) > last {
			cell = r[last]
		}
		want := ""
		if r[setCol] == criteria.IDQD933 {
			want = "pending-official-text"
			pending++
		}
		if cell != want {
			t.Errorf("%s: a row of %q has content %q, want %q", what, r[setCol], cell, want)
			return
		}
	}
	if pending == 0 {
		t.Errorf("%s: no row of 933/QĐ-UBND", what)
	}
}

// TestEveryOutputMarksTheSetPendingTheOfficialText runs each command of
// ntm but plan on the Hữu Lũng sample: each output says that 933/QĐ-UBND
// is pending the official text, and says it of no other set.
func TestEveryOutputMarksTheSetPendingTheOfficialText(t *testing.T) {
	text := []struct {
		args []string
		want []string
	}{
		{[]string{"eval", huulungSample}, []string{
			"\nBộ tiêu chí: 933/QĐ-UBND (chờ văn bản chính thức) — ",
			"\nKết quả:     Chưa đạt (tạm tính: chờ văn bản chính thức)\n",
			"\n\nĐạt 12/14 tiêu chí\n"}},
		{[]string{"eval", "--lang", "en", huulungSample}, []string{
			"\nCriteria:   933/QĐ-UBND (pending the official text) — ",
			"\nStatus:     Not met (provisional: pending the official text)\n",
			"\n\nMet 12/14 criteria\n"}},
		{[]string{"eval", "--format", "markdown", huulungSample}, []string{
			" (chờ văn bản chính thức)\n- Vùng:",
			"\n- Kết quả: **Chưa đạt** (tạm tính: chờ văn bản chính thức)\n"}},
		{[]string{"eval", "--format", "json", huulungSample}, []string{`"content": "pending-official-text"`,
			`"bộ tiêu chí 933/QĐ-UBND: nội dung chưa được nhập từ văn bản chính thức`}},
		{[]string{"eval", "--summary", huulungSample}, []string{"\nTổng hợp 933/QĐ-UBND (chờ văn bản chính thức), năm 2020 — "}},
		{[]string{"eval", "--summary", "--lang", "en", "--format", "markdown", huulungSample}, []string{
			"\n## Summary of 933/QĐ-UBND (pending the official text), 2020\n"}},
		{[]string{"eval", "--summary", "--format", "json", huulungSample}, []string{`"content": "pending-official-text"}`}},
		{[]string{"progress", huulungSample}, []string{"\nTiến độ theo địa bàn — 933/QĐ-UBND (chờ văn bản chính thức)\n",
			"\nTiến độ theo xã — 933/QĐ-UBND (chờ văn bản chính thức)\n"}},
		{[]string{"progress", "--format", "markdown", "--lang", "en", huulungSample}, []string{
			"\n## Progress by area — 933/QĐ-UBND (pending the official text)\n"}},
		{[]string{"progress", "--format", "json", "--plan", plan47File, "--as-of", "2020-05-05", huulungSample}, []string{
			`"content": "pending-official-text"`}},
		{[]string{"progress", "--format", "html", huulungSample}, []string{
			`<h2>Kết quả từng xã theo tiêu chí — 933/QĐ-UBND <span class="pending">(chờ văn bản chính thức)</span>, năm 2020</h2>`}},
		{[]string{"report", "--plan", plan47File, "--as-of", "2020-05-05", huulungSample}, []string{
			`<td>933/QĐ-UBND <span class="pending">(chờ văn bản chính thức)</span></td>`}},
	}
	for _, tc := range text {
		code, out, errOut := runNTM(t, "", tc.args...)
		if code != exitOK {
			t.Errorf("%v: exit %d: %s", tc.args, code, errOut)
			continue
		}
		for _, want := range tc.want {
			if !strings.Contains(out, want) {
				t.Errorf("%v: no %q in the output", tc.args, want)
			}
		}
		for _, wrong := range []string{"1980/QĐ-TTg (chờ", "1980/QĐ-TTg (pending", "1980/QĐ-TTg <span"} {
			if strings.Contains(out, wrong) {
				t.Errorf("%v: the encoded set is marked (%q)", tc.args, wrong)
			}
		}
	}

	for _, args := range [][]string{
		{"eval", "--format", "csv", huulungSample},
		{"eval", "--summary", "--format", "csv", huulungSample},
		{"progress", "--format", "csv", huulungSample},
	} {
		code, out, errOut := runNTM(t, "", args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		checkContentColumn(t, strings.Join(args[:len(args)-1], " "), rows)
	}

	dir := t.TempDir()
	for _, tc := range []struct {
		args   []string
		sheets []string
	}{
		{[]string{"eval", "--format", "xlsx"}, []string{"Báo cáo"}},
		{[]string{"eval", "--summary", "--format", "xlsx"}, []string{"Tổng hợp", "Theo tiêu chí"}},
	} {
		file := filepath.Join(dir, strings.Join(tc.args, "")+".xlsx")
		args := append(append(tc.args, "-o", file), huulungSample)
		if code, out, errOut := runNTM(t, "", args...); code != exitOK || out != "" {
			t.Fatalf("%v: exit %d, stdout %q: %s", args, code, out, errOut)
		}
		f, err := excelize.OpenFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, sheet := range tc.sheets {
			rows, err := f.GetRows(sheet)
			if err != nil {
				t.Fatal(err)
			}
			checkContentColumn(t, strings.Join(tc.args, " ")+" "+sheet, rows)
		}
		f.Close()
	}
}

// TestTemplateOfAPendingSetPrintsTheFormAndNothingElse: the form of 933
// carries the pending note in its note column and stdout holds the form
// alone (with -o, nothing); stderr says nothing.
func TestTemplateOfAPendingSetPrintsTheFormAndNothingElse(t *testing.T) {
	args := []string{"template", "--set", "933", "--commune", "Tân Thành, Hữu Lũng, Lạng Sơn"}
	code, out, errOut := runNTM(t, "", args...)
	if code != exitOK || errOut != "" {
		t.Fatalf("%v: exit %d, stderr %q", args, code, errOut)
	}
	var want bytes.Buffer
	set, _ := criteria.Lookup("933")
	tpl := workbook.Template{Set: set, Communes: []evaluate.Commune{{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"}}}
	if err := workbook.WriteTemplateCSV(&want, tpl); err != nil {
		t.Fatal(err)
	}
	if out != want.String() {
		t.Errorf("stdout is not the form alone:\n%s\nwant:\n%s", out, want.String())
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		if note := r[len(r)-1]; !strings.HasPrefix(note, "chờ văn bản chính thức") {
			t.Errorf("row of %s: note %q, want the pending note", r[6], note)
		}
	}
	file := filepath.Join(t.TempDir(), "mau.csv")
	if code, out, errOut := runNTM(t, "", append(args, "-o", file)...); code != exitOK || out != "" || errOut != "" {
		t.Errorf("with -o: exit %d, stdout %q, stderr %q; want 0 and nothing", code, out, errOut)
	}
}
