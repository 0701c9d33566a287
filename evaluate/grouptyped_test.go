package evaluate

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// decodeAllProblems reads dec to its end and returns the English problems
// it reported, one a line.
func decodeAllProblems(t *testing.T, dec *Decoder) []string {
	t.Helper()
	var out []string
	for {
		_, err := dec.Next()
		if errors.Is(err, io.EOF) {
			return out
		}
		for _, e := range InputErrors(err) {
			out = append(out, e.Error())
		}
	}
}

// A commune group that the set has not is quoted as it was typed ("Nhóm
// 4"), not as the code read from it ("4"): in a CSV cell, a worksheet's
// cell, JSON, and the group of communes that name none (ntm eval --group).
func TestAGroupTheSetHasNotIsQuotedAsTyped(t *testing.T) {
	const why = `not a commune group of set 51/2025/QĐ-TTg (want 1, 2, 3) (got "Nhóm 4")`
	tests := []struct {
		name string
		dec  func() *Decoder
		want []string
	}{
		{"CSV", func() *Decoder {
			return TableOptions{}.NewCSVDecoder(strings.NewReader("Tỉnh,Xã,Nhóm,Năm,Bộ tiêu chí,1. Quy hoạch\nLạng Sơn,Tân Thành,Nhóm 4,2030,51/2025,đạt\n"), "t.csv")
		}, []string{`evaluate: t.csv:2: column Nhóm: Tân Thành: ` + why}},
		{"worksheet", func() *Decoder {
			return TableOptions{}.NewTableDecoder(&sheetRows{sheet: "Sheet1", rows: [][]string{
				{"Tỉnh", "Xã", "Nhóm", "Năm", "Bộ tiêu chí", "1. Quy hoạch"},
				{"Lạng Sơn", "Tân Thành", " nhóm  4 ", "2030", "51/2025", "đạt"},
			}}, "t.xlsx")
		}, []string{`evaluate: t.xlsx: Sheet1!C2: column Nhóm: Tân Thành: not a commune group of set 51/2025/QĐ-TTg (want 1, 2, 3) (got "nhóm  4")`}},
		{"JSON", func() *Decoder {
			return NewJSONDecoder(strings.NewReader(`{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": "Nhóm 4", "year": 2030, "sets": {"51/2025": {"1": true}}}`), "t.json", nil)
		}, []string{`evaluate: t.json:1: column 69: Tân Thành: group: ` + why}},
		{"the group of a CSV's communes that name none", func() *Decoder {
			dec := TableOptions{}.NewCSVDecoder(strings.NewReader("Tỉnh,Xã,Năm,Bộ tiêu chí,1. Quy hoạch\nLạng Sơn,Tân Thành,2030,51/2025,đạt\n"), "t.csv")
			dec.SetGroup("Nhóm 4")
			return dec
		}, []string{`evaluate: t.csv:2: column group: Tân Thành: ` + why}},
		{"the group of JSON's communes that name none", func() *Decoder {
			dec := NewJSONDecoder(strings.NewReader(`{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "year": 2030, "sets": {"51/2025": {"1": true}}}`), "t.json", nil)
			dec.SetGroup("Nhóm 4")
			return dec
		}, []string{`evaluate: t.json: Tân Thành: group: ` + why}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, decodeAllProblems(t, tc.dec())); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}
