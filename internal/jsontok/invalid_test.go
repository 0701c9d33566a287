package jsontok

import (
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// A string that is not UTF-8 is kept with its bytes, its first invalid
// byte and where that is, whatever the reader; one that is UTF-8 is not.
func TestInvalidStringsAreKept(t *testing.T) {
	// The TCVN3 bytes of "Hòa Lạc" and "Hữu Lũng", the second with an
	// escape before its first invalid byte. The line is not UTF-8: its
	// columns are bytes, 0xB9 (ạ) one as the others.
	in := "[\"Hòa Lạc\",\n  {\"x\": \"H\xdfa L\xb9c\", \"y\": \"\\tH\xf7u L\xf2ng\"}]"
	for i, d := range []*Tokens{New([]byte(in)), NewReader(strings.NewReader(in)),
		NewReader(iotest.OneByteReader(strings.NewReader(in)))} {
		var got []Invalid
		for {
			tok, err := d.Token()
			if err != nil {
				break
			}
			s, ok := tok.(string)
			if !ok {
				continue
			}
			if v, ok := d.Invalid(s); ok {
				got = append(got, *v)
			} else if strings.ContainsRune(s, '\uFFFD') {
				t.Errorf("reader %d: %q not kept", i, s)
			}
		}
		want := []Invalid{
			{Text: "H\uFFFDa L\uFFFDc", Raw: []byte("H\xdfa L\xb9c"), Byte: 0xDF, Line: 2, Column: 11, First: 2, FirstColumn: 11, isFirst: true},
			{Text: "\tH\uFFFDu L\uFFFDng", Raw: []byte("\tH\xf7u L\xf2ng"), Byte: 0xF7, Line: 2, Column: 29, First: 2, FirstColumn: 11},
		}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(Invalid{})); diff != "" {
			t.Errorf("reader %d (-want +got):\n%s", i, diff)
		}
		if _, ok := d.Invalid("Hòa Lạc"); ok {
			t.Errorf("reader %d: a UTF-8 string told invalid", i)
		}
	}
}

func TestInvalidErr(t *testing.T) {
	known := func(s string) bool { return s == "Hòa Lạc" }
	first := &Invalid{Raw: []byte("H\xdfa L\xb9c"), Byte: 0xDF, Line: 2, Column: 12, First: 2, FirstColumn: 12, isFirst: true}
	again := &Invalid{Raw: []byte("H\xf7u L\xf2ng"), Byte: 0xF7, Line: 3, Column: 8, First: 2, FirstColumn: 12}
	other := &Invalid{Raw: []byte("Ho\xe0 La\xf2c"), Byte: 0xE0, Line: 2, Column: 12, First: 2, FirstColumn: 12, isFirst: true}
	otherAgain := &Invalid{Raw: []byte("Ho\xe0"), Byte: 0xE0, Line: 4, Column: 1, First: 2, FirstColumn: 12}
	for _, tc := range []struct {
		v     *Invalid
		known func(string) bool
		want  string
	}{
		{first, known, `not UTF-8 (byte 0xDF): looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "Hòa Lạc"; ` +
			`JSON is UTF-8 (RFC 8259): convert the text to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) and save it as UTF-8`},
		{first, nil, `not UTF-8 (byte 0xDF): the text is in another encoding, maybe a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "Hòa Lạc"; ` +
			`JSON is UTF-8 (RFC 8259): convert the text to Unicode (if it is that encoding, with Unikey's "Chuyển mã", source TCVN3 (ABC), destination Unicode) and save it as UTF-8`},
		{again, nil, `not UTF-8 (byte 0xF7): reads "Hữu Lũng" in TCVN3 (ABC: .VnTime, .VnArial) (see line 2, column 12)`},
		{other, nil, `not UTF-8 (byte 0xE0): the text is in another encoding; JSON is UTF-8 (RFC 8259): save it as UTF-8`},
		{otherAgain, nil, `not UTF-8 (byte 0xE0): the text is in another encoding (see line 2, column 12)`},
	} {
		if got := tc.v.Err(tc.known).Error(); got != tc.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tc.v.Raw, got, tc.want)
		}
	}
	if got := first.Input(); got != "Hßa L¹c" {
		t.Errorf("Input() = %q, want %q", got, "Hßa L¹c")
	}
}

// Invalid tells only the string just read: a later string that is UTF-8
// is not told invalid, even when its text is the earlier one's (U+FFFD
// written as an escape or as its UTF-8 bytes where the earlier had bytes
// that are not UTF-8).
func TestInvalidIsOfTheStringJustRead(t *testing.T) {
	in := "[\"H\xdfa\", \"H\\ufffda\", \"H\uFFFDa\", {\"H\uFFFDa\": 1}]"
	d := New([]byte(in))
	var told []string
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		s, ok := tok.(string)
		if !ok {
			continue
		}
		if _, ok := d.Invalid(s); ok {
			told = append(told, s)
		}
	}
	if want := []string{"H\uFFFDa"}; !slices.Equal(told, want) {
		t.Errorf("told invalid %q, want only the first %q", told, want)
	}
}
