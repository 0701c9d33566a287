package legacyvn

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// vietnameseText builds, from the bytes of in, a text of Vietnamese
// letters (those of letters, in lower and upper case), ASCII letters,
// digits, spaces and punctuation: what a table typed with a legacy font
// holds. An upper-case letter enc has no spelling of (TCVN3 has those of
// VN1's positions alone) is written in lower case, as the .VnTimeH fonts
// hold it.
func vietnameseText(enc string, in []byte) string {
	const ascii = "bcdghklmnpqrstvx BCDGHKLMNPQRSTVX0123456789 ,;./-()%"
	var b strings.Builder
	for i := 0; i+1 < len(in); i += 2 {
		if in[i]%3 == 0 {
			b.WriteByte(ascii[int(in[i+1])%len(ascii)])
			continue
		}
		l := letters[int(in[i+1])%len(letters)]
		if u := strings.ToUpper(l); in[i]%3 == 2 {
			if _, err := Encode(enc, u); err == nil {
				l = u
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// FuzzDecode checks the decoder on any bytes and any text, in both
// encodings: no panic; the output is valid UTF-8 in NFC; ASCII comes out
// as it went in; and text of Vietnamese letters spelled in an encoding
// (by Encode, whose tables are checked against the sources' by
// TestTCVN3Letters and TestVNILetters) decodes to itself, from its bytes
// and from a workbook cell's Windows-1252 characters of them.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("T\xd8nh,X\xb7,N\xa8m\nL\xb9ng S\xacn,H\xdfa L\xb9c"))
	f.Add([]byte("Xa\xf5\xf5\xf5\xd9\xf4\xf9,\xd4\xd9\xf6"))
	f.Add([]byte("Hoøa Laïc, Laïng Sôn"))
	f.Add([]byte("Hòa Lạc"))
	f.Add([]byte("\xb0\xb1\xb2\xb3\xb4a\xb0"))
	f.Add([]byte{0x80, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xff, 0x00})
	f.Add([]byte("\xef\xbf\xbd\xed\xa0\x80"))
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, enc := range []string{TCVN3, VNI} {
			outs := map[string]string{
				"Bytes": string(Bytes(enc, in)),
				"Line":  string(Line(enc, in)),
				"Text":  Text(enc, string(in)),
			}
			for fn, out := range outs {
				if !utf8.ValidString(out) {
					t.Fatalf("%s %s(%q) = %q: not UTF-8", enc, fn, in, out)
				}
				if !norm.NFC.IsNormalString(out) {
					t.Fatalf("%s %s(%q) = %q: not NFC", enc, fn, in, out)
				}
			}
			if isASCII(string(in)) {
				for fn, out := range outs {
					if out != string(in) {
						t.Fatalf("%s %s(%q) = %q: ASCII changed", enc, fn, in, out)
					}
				}
			}
			_ = Guess(string(in), func(s string) bool { return s == "Tỉnh" })

			s := vietnameseText(enc, in)
			b, err := Encode(enc, s)
			if err != nil {
				t.Fatalf("%s: Encode(%q): %v", enc, s, err)
			}
			if got := string(Bytes(enc, b)); got != s {
				t.Fatalf("%s: %q encoded %q decodes %q", enc, s, b, got)
			}
			cell := make([]rune, len(b))
			for i, c := range b {
				cell[i] = rune(c)
				if r := windows1252(c); r != 0 {
					cell[i] = r
				}
			}
			if got := Text(enc, string(cell)); got != s {
				t.Fatalf("%s: %q as the cell %q decodes %q", enc, s, string(cell), got)
			}
		}
	})
}
