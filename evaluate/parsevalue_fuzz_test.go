package evaluate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// valueText writes v as a cell of a wide table, for ParseValue to read
// back.
func valueText(v Value) string {
	switch v.Kind {
	case ValueBool:
		if v.Bool {
			return "đạt"
		}
		return "không"
	case ValueNumber:
		return v.Number.String()
	case ValueShare:
		return strings.TrimSpace(v.Numerator.String() + "/" + v.Denominator.String() + " " + v.Unit)
	case ValueNotApplicable:
		return "n/a"
	}
	return ""
}

// FuzzParseValue checks ParseValue, the reader of a value kept as text: an
// error quotes the text on one line, and a value read, written back as a
// cell, reads as the same value.
func FuzzParseValue(f *testing.F) {
	for _, s := range []string{"96,5", "96.5%", "2/3 trường", "2 / 3trường", "2/3/4", "n/a", "không áp dụng", "đạt", "chưa đạt",
		"có", "không", "x", "true", "", "  ", "36,8 triệu", "1.234,5", "30/4", "1e5", "-0", "0,0000000000000000000001",
		"12.345", "4/0", "  7  /  12  thôn ", "%", "5%%", "1/2%", "\u00a01",
		"８０", "٨٠", "−80", "–80", "+80", "≥80", ">= 80%", "khoảng 80", "80 (ước)", "'80", "'không\náp dụng", "KAD"} {
		f.Add(uint8(0), s)
		f.Add(uint8(7), s)
	}
	sets := []*criteria.Set{criteria.QD1980(), criteria.QD933()}
	var inds []struct {
		set  *criteria.Set
		code string
	}
	for _, s := range sets {
		for _, ind := range s.Indicators() {
			inds = append(inds, struct {
				set  *criteria.Set
				code string
			}{s, ind.Code})
		}
	}
	f.Fuzz(func(t *testing.T, at uint8, text string) {
		if len(text) > 200 {
			return // a cell's text; longer ones only slow the search
		}
		x := inds[int(at)%len(inds)]
		v, err := ParseValue(x.set, x.code, text)
		if err != nil {
			msg := err.Error()
			if !strings.Contains(msg, fmt.Sprintf("%q", text)) || strings.Contains(msg, "\n") {
				t.Fatalf("ParseValue(%s, %s, %q): error %q does not quote the text on one line", x.set.ID, x.code, text, msg)
			}
			return
		}
		again := valueText(v)
		w, err := ParseValue(x.set, x.code, again)
		if err != nil || !w.equal(v) {
			t.Fatalf("ParseValue(%s, %s, %q) = %+v, written %q, reads back as %+v, %v", x.set.ID, x.code, text, v, again, w, err)
		}
	})
}
