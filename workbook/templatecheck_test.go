package workbook

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/problem"
)

// A form whose options the set does not have is refused, as ntm template
// refuses its flags, with a problem naming the field and quoting the
// value, and nothing is written; a form without a set is an error, not a
// panic.
func TestATemplateTheSetCannotHaveIsRefused(t *testing.T) {
	for _, tc := range []struct {
		name        string
		t           Template
		code        problem.Code
		path, input string
		msg, vi     string
	}{
		{"no set", Template{}, problem.MissingField, "Set", "",
			"workbook: Template.Set: no set (a nil *criteria.Set)",
			"Set: không có bộ tiêu chí (*criteria.Set là nil)"},
		{"a group the set has not", Template{Set: criteria.QD51of2025(), Group: "9"}, problem.OutOfRange, "Group", "9",
			`workbook: Template.Group: not a commune group of set 51/2025/QĐ-TTg (want 1, 2, 3) (got "9")`,
			`Group: không phải nhóm xã của bộ tiêu chí 51/2025/QĐ-TTg (cần 1, 2, 3) (giá trị "9")`},
		{"a group for a set split by region", Template{Set: criteria.QD1980(), Group: "1"}, problem.WrongKind, "Group", "1",
			`workbook: Template.Group: set 1980/QĐ-TTg does not split its targets by commune group (got "1")`,
			`Group: bộ tiêu chí 1980/QĐ-TTg không chia mức đạt chuẩn theo nhóm xã (giá trị "1")`},
		{"a year before the period", Template{Set: criteria.QD1980(), Year: 1990}, problem.OutOfRange, "Year", "1990",
			`workbook: Template.Year: 1990 is outside the period 2016-2020 of 1980/QĐ-TTg (got "1990")`,
			`Year: năm 1990 nằm ngoài giai đoạn 2016-2020 của bộ tiêu chí 1980/QĐ-TTg (giá trị "1990")`},
		{"a year after the period", Template{Set: criteria.QD51of2025(), Group: "1", Year: 2031}, problem.OutOfRange, "Year", "2031",
			`workbook: Template.Year: 2031 is outside the period 2026-2030 of 51/2025/QĐ-TTg (got "2031")`,
			`Year: năm 2031 nằm ngoài giai đoạn 2026-2030 của bộ tiêu chí 51/2025/QĐ-TTg (giá trị "2031")`},
	} {
		for _, w := range []struct {
			name  string
			write func(io.Writer, Template) error
		}{{"csv", WriteTemplateCSV}, {"xlsx", WriteTemplate}} {
			t.Run(tc.name+"/"+w.name, func(t *testing.T) {
				var b bytes.Buffer
				err := w.write(&b, tc.t)
				if err == nil {
					t.Fatal("no error")
				}
				if err.Error() != tc.msg {
					t.Errorf("error %q\nwant  %q", err, tc.msg)
				}
				var p *problem.Problem
				if !errors.As(err, &p) || !errors.Is(err, tc.code) || p.Path != tc.path || p.Input != tc.input {
					t.Errorf("problem %+v, want code %s, Path %q, Input %q", p, tc.code, tc.path, tc.input)
				}
				if got := p.Message(problem.VI); got != tc.vi {
					t.Errorf("in Vietnamese %q\nwant           %q", got, tc.vi)
				}
				if b.Len() != 0 {
					t.Errorf("%d bytes written", b.Len())
				}
			})
		}
	}
}

// The options a set has are written as before: each group of a group set,
// no group, and the years of the period at both ends.
func TestATemplateTheSetHasIsWritten(t *testing.T) {
	for _, tt := range []Template{
		{Set: criteria.QD51of2025(), Group: "3", Year: 2026},
		{Set: criteria.QD51of2025(), Year: 2030},
		{Set: criteria.QD1980(), Year: 2016},
		{Set: criteria.QD1980()},
	} {
		if err := WriteTemplateCSV(io.Discard, tt); err != nil {
			t.Errorf("%s group %q year %d: %v", tt.Set.ID, tt.Group, tt.Year, err)
		}
	}
}
