// Package legacyvn decodes Vietnamese text typed with the font encodings
// that came before Unicode and that provincial offices still hold tables
// in: TCVN3 (ABC, the .VnTime and .VnArial fonts) and VNI (VNI Windows,
// the VNI-Times fonts). Such text comes either as the bytes of a file
// (a CSV saved from a sheet typed with those fonts) or, in a workbook, as
// Unicode text whose characters are those bytes read as Windows-1252
// ("Hßa L¹c" for "Hòa Lạc" in TCVN3, "Hoøa Laïc" in VNI). Both are
// decoded to Unicode text in normalisation form NFC.
//
// Bytes below 0x80 are ASCII in both encodings.
package legacyvn

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// The encodings, as --encoding names them.
const (
	TCVN3 = "tcvn3"
	VNI   = "vni"
)

// Name returns the encoding that name gives (TCVN3, VNI), ignoring case
// and spaces and accepting the usual other names ("tcvn", "abc",
// "vni-windows"), or "" when it gives neither.
func Name(name string) string {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "tcvn3", "tcvn-3", "tcvn", "abc":
		return TCVN3
	case "vni", "vni-windows", "vniwin":
		return VNI
	}
	return ""
}

// Label names the encoding for a person: the fonts it is known by.
func Label(enc string) string {
	switch enc {
	case TCVN3:
		return "TCVN3 (ABC: .VnTime, .VnArial)"
	case VNI:
		return "VNI (VNI-Times, VNI-Helve)"
	}
	return enc
}

// tcvn3 gives the characters of bytes 0x80-0xFF in TCVN 5712:1993 (VN1,
// of which TCVN3, the ABC fonts' VN3, is the subset of the lower-case
// letters with tone marks at 0xA8-0xFF and the upper-case base letters
// Ă Â Ê Ô Ơ Ư Đ at 0xA1-0xA7; the positions 0x80-0x9F and 0xAF-0xFF that
// VN1 gives to upper-case letters with tone marks are kept, as a VN1 file
// may use them). 0xB0-0xB4 are the combining tone marks.
//
// Sources, cross-checked position by position (all 134 lower-case letters
// and the upper-case letters of VN3 agree; VN1's upper-case letters with
// tone marks agree where the second source has them):
//   - the GNU C Library's TCVN5712-1 converter (iconv -f TCVN5712-1,
//     glibc iconvdata/tcvn5712-1.c);
//   - xvnkb's tcvn.h (github.com/lamdao/xvnkb, Dao Hai Lam, VISC), the
//     table its keyboard types into .VnTime fonts;
//   - and, for the lower-case letters, the TCVN3 table of
//     github.com/duydev/vietnamese-conversion (src/charsets.ts).
var tcvn3 = [128]rune{
	0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8, // 0x80
	0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128, // 0x88
	0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8, // 0x90
	0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168, // 0x98
	0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, // 0xA0
	0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0, // 0xA8
	0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3, // 0xB0
	0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4, // 0xB8
	0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, // 0xC0
	0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD, // 0xC8
	0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, // 0xD0
	0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2, // 0xD8
	0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, // 0xE0
	0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9, // 0xE8
	0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, // 0xF0
	0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0, // 0xF8
}

// Combining marks.
const (
	acute      = "\u0301"
	grave      = "\u0300"
	hook       = "\u0309"
	tilde      = "\u0303"
	dotBelow   = "\u0323"
	circumflex = "\u0302"
	breve      = "\u0306"
)

// vni gives what the bytes of VNI Windows stand for. A VNI letter is a
// base letter (ASCII) followed by at most one diacritic byte, which is
// read here as combining marks (the vowel's shape mark, then its tone
// mark) and composed by NFC: "a" 0xE1 is a + circumflex + acute, "ấ".
// Ơ Ư Đ and the forms of I and Ỵ are bytes of their own; Ơ and Ư take
// a tone byte after them ("ôù" is "ớ"). The diacritic bytes come in a
// lower-case and an upper-case form, the same marks. Bytes not listed are
// read as Windows-1252 would show them.
//
// Sources, cross-checked letter by letter (all 134 letters in both cases
// agree):
//   - xvnkb's vni.h (github.com/lamdao/xvnkb, Dao Hai Lam, VISC), the
//     table its keyboard types into VNI fonts;
//   - the VNI table of github.com/duydev/vietnamese-conversion
//     (src/charsets.ts).
var vni = map[byte]string{
	// Tone marks: lower-case, upper-case form.
	0xF9: acute, 0xD9: acute, // ù Ù
	0xF8: grave, 0xD8: grave, // ø Ø
	0xFB: hook, 0xDB: hook, // û Û
	0xF5: tilde, 0xD5: tilde, // õ Õ
	0xEF: dotBelow, 0xCF: dotBelow, // ï Ï
	// Circumflex (â ê ô), alone and with a tone mark.
	0xE2: circumflex, 0xC2: circumflex, // â Â
	0xE1: circumflex + acute, 0xC1: circumflex + acute, // á Á
	0xE0: circumflex + grave, 0xC0: circumflex + grave, // à À
	0xE5: circumflex + hook, 0xC5: circumflex + hook, // å Å
	0xE3: circumflex + tilde, 0xC3: circumflex + tilde, // ã Ã
	0xE4: circumflex + dotBelow, 0xC4: circumflex + dotBelow, // ä Ä
	// Breve (ă), alone and with a tone mark.
	0xEA: breve, 0xCA: breve, // ê Ê
	0xE9: breve + acute, 0xC9: breve + acute, // é É
	0xE8: breve + grave, 0xC8: breve + grave, // è È
	0xFA: breve + hook, 0xDA: breve + hook, // ú Ú
	0xFC: breve + tilde, 0xDC: breve + tilde, // ü Ü
	0xEB: breve + dotBelow, 0xCB: breve + dotBelow, // ë Ë
	// Letters of their own.
	0xF4: "ơ", 0xD4: "Ơ", // ô Ô
	0xF6: "ư", 0xD6: "Ư", // ö Ö
	0xF1: "đ", 0xD1: "Đ", // ñ Ñ
	0xED: "í", 0xCD: "Í", // í Í
	0xEC: "ì", 0xCC: "Ì", // ì Ì
	0xE6: "ỉ", 0xC6: "Ỉ", // æ Æ
	0xF3: "ĩ", 0xD3: "Ĩ", // ó Ó
	0xF2: "ị", 0xD2: "Ị", // ò Ò
	0xEE: "ỵ", 0xCE: "Ỵ", // î Î
}

// cp1252 gives the bytes 0x80-0x9F of Windows-1252 by the character it
// shows for them: how a workbook cell typed with a legacy font holds them.
var cp1252 = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// appendByte appends what byte b stands for in enc.
func appendByte(dst []byte, enc string, b byte) []byte {
	if b < 0x80 {
		return append(dst, b)
	}
	if enc == TCVN3 {
		return utf8.AppendRune(dst, tcvn3[b-0x80])
	}
	if s, ok := vni[b]; ok {
		return append(dst, s...)
	}
	if r := windows1252(b); r != 0 {
		return utf8.AppendRune(dst, r)
	}
	return utf8.AppendRune(dst, rune(b))
}

// windows1252 returns the character Windows-1252 shows for b (0x80-0x9F),
// 0 for another byte or one it leaves undefined.
func windows1252(b byte) rune {
	for r, c := range cp1252 {
		if c == b {
			return r
		}
	}
	return 0
}

// Bytes returns the bytes b of a file in enc decoded to UTF-8, NFC.
func Bytes(enc string, b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/2)
	for _, c := range b {
		out = appendByte(out, enc, c)
	}
	return norm.NFC.Bytes(out)
}

// Text returns the text s, the characters of text in enc read as
// Windows-1252 (or Latin-1) as a workbook cell holds them, decoded, NFC.
// Characters that are no byte of Windows-1252 (Unicode Vietnamese letters
// among them) are kept as they are.
func Text(enc string, s string) string {
	if isASCII(s) {
		return s
	}
	out := make([]byte, 0, len(s)+len(s)/2)
	for _, r := range s {
		if b, ok := byteOf(r); ok {
			out = appendByte(out, enc, b)
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	return norm.NFC.String(string(out))
}

// Line returns a line of a file in enc decoded, NFC: when the line is UTF-8
// with characters beyond ASCII (a file saved as "CSV UTF-8" from a sheet
// typed with a legacy font), as Text does; else as its bytes.
func Line(enc string, b []byte) []byte {
	if utf8.Valid(b) {
		if isASCII(string(b)) {
			return b
		}
		return []byte(Text(enc, string(b)))
	}
	return Bytes(enc, b)
}

// byteOf returns the byte of Windows-1252 (Latin-1 for 0x80-0x9F left
// undefined) that shows as r.
func byteOf(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	b, ok := cp1252[r]
	return b, ok
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Guess returns the legacy encoding that text s looks typed in, TCVN3 or
// VNI, or "" when it looks like neither: s, decoded as the encoding, must
// be changed, be Vietnamese text ([Vietnamese]: no mark left over, no
// letter the language lacks) and be what known accepts (a known header
// name, a known commune) while s as it is is not. TCVN3 is tried first.
func Guess(s string, known func(string) bool) string {
	if isASCII(s) || known(s) {
		return ""
	}
	for _, enc := range []string{TCVN3, VNI} {
		if d := Text(enc, s); d != s && Vietnamese(d) && known(d) {
			return enc
		}
	}
	return ""
}

// Encode returns s (read as NFC) in enc's bytes: the inverse of [Bytes],
// for building test files and checking the tables. A character enc has
// no spelling for is an error naming it.
func Encode(enc, s string) ([]byte, error) {
	inv := inverse(enc)
	var out []byte
	for _, r := range norm.NFC.String(s) {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		b, ok := inv[r]
		if !ok {
			return nil, fmt.Errorf("%s has no spelling of %q", Label(enc), r)
		}
		out = append(out, b...)
	}
	return out, nil
}

// inverse returns the bytes of each letter of enc.
func inverse(enc string) map[rune][]byte {
	inv := map[rune][]byte{}
	add := func(b []byte) {
		d := []rune(string(Bytes(enc, b)))
		if len(d) == 1 && d[0] >= 0x80 {
			if _, dup := inv[d[0]]; !dup {
				inv[d[0]] = b
			}
		}
	}
	if enc == TCVN3 {
		for b := 0x80; b <= 0xFF; b++ {
			add([]byte{byte(b)})
		}
		return inv
	}
	for b := range vni {
		add([]byte{b})
	}
	// A base letter takes the diacritic byte of its own case.
	for _, base := range []byte("aeiouy\xF4\xF6") {
		for b := 0xE0; b <= 0xFF; b++ {
			add([]byte{base, byte(b)})
		}
	}
	for _, base := range []byte("AEIOUY\xD4\xD6") {
		for b := 0xC0; b <= 0xDF; b++ {
			add([]byte{base, byte(b)})
		}
	}
	return inv
}

// vietnamese holds the letters beyond ASCII of Vietnamese text, in NFC,
// in both cases, and the punctuation beyond ASCII tables hold.
var vietnamese = func() map[rune]bool {
	m := map[rune]bool{}
	for _, base := range []string{"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"} {
		for _, tone := range []string{"", acute, grave, hook, tilde, dotBelow} {
			for _, r := range norm.NFC.String(base + tone) {
				m[r] = true
				m[unicode.ToUpper(r)] = true
			}
		}
	}
	for _, r := range "đĐ\u00A0–—‘’“”…•°±×№" {
		m[r] = true
	}
	return m
}()

// Vietnamese reports whether s (NFC) is made of ASCII and of Vietnamese
// letters and common punctuation alone: what a Vietnamese text read in its
// right encoding is, and one read in another mostly is not.
func Vietnamese(s string) bool {
	for _, r := range s {
		if r >= 0x80 && !vietnamese[r] {
			return false
		}
	}
	return true
}

// Unikey returns the name of enc in Unikey's converter ("Chuyển mã"):
// "TCVN3 (ABC)" or "VNI Windows".
func Unikey(enc string) string {
	if enc == VNI {
		return "VNI Windows"
	}
	return "TCVN3 (ABC)"
}

// Probable returns the legacy encoding (TCVN3, VNI) that b, text that is
// not UTF-8, reads as Vietnamese text in when it does not in Windows-1258:
// the Windows-1258 reading holds a character no Vietnamese text has ("¹",
// "ß", "¬", "·", "ø", "ï" of TCVN3 and VNI bytes) and the encoding's
// reading none. VNI is tried first: nearly every byte is a letter in
// TCVN3. "" when neither reads so, or Windows-1258 does, or b holds UTF-8
// characters beyond ASCII (a text of UTF-8 and another encoding, whose odd
// characters in Windows-1258 are the UTF-8 ones): a legacy text's bytes
// hardly ever make one.
func Probable(b []byte) string {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if n > 1 && r != utf8.RuneError {
			return ""
		}
		i += n
	}
	w, err := charmap.Windows1258.NewDecoder().Bytes(b)
	if err != nil || Vietnamese(norm.NFC.String(string(w))) {
		return ""
	}
	for _, enc := range []string{VNI, TCVN3} {
		if Vietnamese(string(Bytes(enc, b))) {
			return enc
		}
	}
	return ""
}

// Shown returns the bytes of s as Windows-1252 (Latin-1 where it leaves a
// byte undefined) shows them: what a text typed with a legacy font looks
// like in a Unicode font ("Hßa L¹c" for the TCVN3 bytes of "Hòa Lạc"), the
// form [Text] decodes.
func Shown(s string) string {
	r := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		b := s[i]
		if c := windows1252(b); b >= 0x80 && b < 0xA0 && c != 0 {
			r = append(r, c)
			continue
		}
		r = append(r, rune(b))
	}
	return string(r)
}
