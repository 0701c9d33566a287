package main

import (
	"strings"
	"testing"
)

// The tables of issue 9's measurements, as `ntm eval --summary FILE` and
// `ntm eval --format csv FILE` see them.
func TestEvalReadsTablesAsOfficialsKeepThem(t *testing.T) {
	const dir = "testdata/eval/tables/"
	for _, tc := range []struct {
		name       string
		args       []string
		wantCode   int
		golden     string // stdout golden under testdata/eval/tables/
		wantStderr []string
	}{
		{"Excel's ';' CSV with Vietnamese headers, 96,5, 96.5% and không áp dụng is evaluated",
			[]string{"eval", "--format", "csv", dir + "excel-cham-phay.csv"}, exitOK, "excel-cham-phay.csv.golden", nil},
		{"a Windows-1258 file without --encoding is one problem naming the encoding and the fix",
			[]string{"eval", "--summary", dir + "windows-1258.csv"}, exitInput, "",
			[]string{`windows-1258.csv:1: line 1 is not UTF-8`, `save it as "CSV UTF-8"`, `--encoding windows-1258`, `lines 1-9 not read`}},
		{"a Windows-1258 file with --encoding windows-1258 is evaluated like its UTF-8 original",
			[]string{"eval", "--format", "csv", "--encoding", "windows-1258", dir + "windows-1258.csv"}, exitOK, "excel-cham-phay.csv.golden", nil},
		{"a UTF-16 file is recognised by its byte-order mark",
			[]string{"eval", "--format", "csv", dir + "utf-16.csv"}, exitOK, "excel-cham-phay.csv.golden", nil},
		{"a wide table is evaluated", []string{"eval", "--format", "csv", dir + "bang-ngang.csv"}, exitOK, "bang-ngang.csv.golden", nil},
		{"--set gives the set of a wide table without a set column",
			[]string{"eval", "--set", "1980", "--format", "csv", dir + "bang-ngang-khong-co-bo.csv"}, exitOK, "bang-ngang-khong-co-bo.csv.golden", nil},
		{"an unclosed quote costs only its row: Good C and Good D are evaluated",
			[]string{"eval", "--format", "csv", dir + "ngoac-kep-thieu.csv"}, exitInput, "ngoac-kep-thieu.csv.golden",
			[]string{`ngoac-kep-thieu.csv:4: column source: Bad: invalid CSV: unclosed quote in cell 8: the row is line 4 alone, and line 5 starts a new row`}},
		{"96,5 unquoted in a comma file hints at the decimal comma",
			[]string{"eval", "--summary", dir + "dau-phay-thap-phan.csv"}, exitInput, "",
			[]string{`is "96,5" a number with a decimal comma? In a comma-separated file quote it ("96,5")`}},
		{"an unknown --encoding is a usage error",
			[]string{"eval", "--encoding", "latin-1", dir + "excel-cham-phay.csv"}, exitUsage, "", []string{`--encoding: unknown encoding "latin-1"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := tc.args
			if tc.wantCode == exitUsage || tc.wantStderr != nil {
				args = english(args) // the messages looked for are in English
			}
			code, out, errOut := runNTM(t, "", args...)
			if code != tc.wantCode {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tc.wantCode, errOut)
			}
			if tc.golden != "" {
				golden(t, "eval/tables/"+tc.golden, out)
			}
			for _, w := range tc.wantStderr {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if tc.wantStderr == nil && errOut != "" {
				t.Errorf("unexpected stderr:\n%s", errOut)
			}
		})
	}
}

// TestEveryCommandReadsTablesInAnotherEncoding: the problem of a table not
// in UTF-8 names --encoding as its fix, so every command that reads
// assessments takes it (ntm plan, progress and report as ntm eval does),
// and refuses an encoding it does not read.
func TestEveryCommandReadsTablesInAnotherEncoding(t *testing.T) {
	const table = "testdata/eval/tables/windows-1258.csv" // Hòa Lạc and Nhật Tiến, 2020
	const plan47 = "../../examples/huulung/plan-47-KH-STNMT.json"
	for _, args := range [][]string{
		{"plan", "--as-of", "2020-05-05", "--format", "json", plan47, table},
		{"progress", "--format", "json", table},
		{"report", table},
	} {
		args := english(args)
		code, _, errOut := runNTM(t, "", args...)
		if code != exitInput || !strings.Contains(errOut, "--encoding windows-1258") {
			t.Errorf("%v: exit %d, want %d and the fix named:\n%s", args, code, exitInput, errOut)
		}
		with := append([]string{args[0], "--encoding", "windows-1258"}, args[1:]...)
		code, out, errOut := runNTM(t, "", with...)
		if code != exitOK || errOut != "" {
			t.Errorf("%v: exit %d, want %d:\n%s", with, code, exitOK, errOut)
		}
		if !strings.Contains(out, "Nhật Tiến") {
			t.Errorf("%v: Nhật Tiến is not in the output:\n%.600s", with, out)
		}
		bad := append([]string{args[0], "--encoding", "latin-1"}, args[1:]...)
		if code, _, errOut := runNTM(t, "", bad...); code != exitUsage || !strings.Contains(errOut, `--encoding: unknown encoding "latin-1"`) {
			t.Errorf("%v: exit %d, want %d:\n%s", bad, code, exitUsage, errOut)
		}
	}
}
