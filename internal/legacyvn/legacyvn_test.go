package legacyvn

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// letters are the Vietnamese vowels and đ, each vowel followed by its five
// tone marks (sắc, huyền, hỏi, ngã, nặng), in the order of xvnkb's tables.
var letters = func() []string {
	var out []string
	for _, base := range []string{"a", "â", "ă", "e", "ê", "o", "ô", "ơ", "u", "ư", "i", "y"} {
		out = append(out, base)
		for _, tone := range []string{acute, grave, hook, tilde, dotBelow} {
			out = append(out, norm.NFC.String(base+tone))
		}
	}
	return append(out, "đ")
}()

// tcvn3Lower is the TCVN3 byte of each of letters, as xvnkb's tcvn.h and
// vietnamese-conversion's table give them (checked against glibc's
// TCVN5712-1): a second statement of the table, independent of tcvn3.
var tcvn3Lower = []byte{
	'a', 0xB8, 0xB5, 0xB6, 0xB7, 0xB9,
	0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB,
	0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6,
	'e', 0xD0, 0xCC, 0xCE, 0xCF, 0xD1,
	0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6,
	'o', 0xE3, 0xDF, 0xE1, 0xE2, 0xE4,
	0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9,
	0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE,
	'u', 0xF3, 0xEF, 0xF1, 0xF2, 0xF4,
	0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9,
	'i', 0xDD, 0xD7, 0xD8, 0xDC, 0xDE,
	'y', 0xFD, 0xFA, 0xFB, 0xFC, 0xFE,
	0xAE,
}

// vniLetters is the VNI spelling of each of letters as xvnkb's vni.h and
// vietnamese-conversion's table give it, in Windows-1252 characters.
var vniLetters = strings.Fields(`a aù aø aû aõ aï
aâ aá aà aå aã aä
aê aé aè aú aü aë
e eù eø eû eõ eï
eâ eá eà eå eã eä
o où oø oû oõ oï
oâ oá oà oå oã oä
ô ôù ôø ôû ôõ ôï
u uù uø uû uõ uï
ö öù öø öû öõ öï
i í ì æ ó ò
y yù yø yû yõ î
ñ`)

func TestTCVN3Letters(t *testing.T) {
	for i, want := range letters {
		b := []byte{tcvn3Lower[i]}
		if got := string(Bytes(TCVN3, b)); got != want {
			t.Errorf("TCVN3 byte %#x = %q, want %q", b[0], got, want)
		}
		// The same byte in a workbook cell: its Latin-1 character.
		if got := Text(TCVN3, string(rune(b[0]))); got != want {
			t.Errorf("TCVN3 cell %q = %q, want %q", string(rune(b[0])), got, want)
		}
	}
	upper := map[byte]string{0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ"}
	for b, want := range upper {
		if got := string(Bytes(TCVN3, []byte{b})); got != want {
			t.Errorf("TCVN3 byte %#x = %q, want %q", b, got, want)
		}
	}
}

func TestVNILetters(t *testing.T) {
	for i, want := range letters {
		if got := Text(VNI, vniLetters[i]); got != want {
			t.Errorf("VNI %q = %q, want %q", vniLetters[i], got, want)
		}
		up := strings.ToUpper(vniLetters[i])
		if got, w := Text(VNI, up), strings.ToUpper(want); got != w {
			t.Errorf("VNI %q = %q, want %q", up, got, w)
		}
	}
}

// encode spells s (NFC) in enc's bytes, by the inverse of the tables.
func encode(t *testing.T, enc, s string) []byte {
	t.Helper()
	var out []byte
	for _, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		found := false
		for i, l := range letters {
			if string(r) != l && string(r) != strings.ToUpper(l) {
				continue
			}
			upper := string(r) != l
			switch enc {
			case TCVN3:
				if upper {
					t.Fatalf("no TCVN3 (VN3) byte for %q", r)
				}
				out = append(out, tcvn3Lower[i])
			case VNI:
				v := vniLetters[i]
				if upper {
					v = strings.ToUpper(v)
				}
				for _, c := range v {
					out = append(out, byte(c))
				}
			}
			found = true
			break
		}
		if !found {
			t.Fatalf("no %s spelling of %q", enc, r)
		}
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	for _, s := range []string{"Hòa Lạc", "Lạng Sơn", "Hữu Lũng", "Tên xã", "Tỉnh", "Huyện", "Năm", "Bộ tiêu chí", "Chỉ tiêu", "Giá trị",
		"Đường trục thôn", "Nhà văn hóa", "Thủy lợi", "Nghĩa Đàn", "Quỳnh Lưu", "Yên Thế", "Ỷ La"} {
		for _, enc := range []string{TCVN3, VNI} {
			if enc == TCVN3 && strings.ContainsAny(s, "ĐỶ") {
				continue // no upper-case letter with a mark in VN3 but Đ, handled below
			}
			b := encode(t, enc, s)
			if got := string(Bytes(enc, b)); got != s {
				t.Errorf("%s bytes %q = %q, want %q", enc, b, got, s)
			}
			cell := make([]rune, len(b))
			for i, c := range b {
				cell[i] = rune(c)
			}
			if got := Text(enc, string(cell)); got != s {
				t.Errorf("%s cell %q = %q, want %q", enc, string(cell), got, s)
			}
			if got := string(Line(enc, b)); got != s {
				t.Errorf("%s line %q = %q, want %q", enc, b, got, s)
			}
			if got := string(Line(enc, []byte(string(cell)))); got != s {
				t.Errorf("%s UTF-8 line %q = %q, want %q", enc, string(cell), got, s)
			}
		}
	}
}

// The examples officials see on screen when a legacy-font cell is shown
// in a Unicode font.
func TestSeenOnScreen(t *testing.T) {
	for _, c := range []struct{ enc, in, want string }{
		{TCVN3, "Hßa L¹c", "Hòa Lạc"},
		{TCVN3, "Tªn x·", "Tên xã"},
		{TCVN3, "L¹ng S¬n", "Lạng Sơn"},
		{TCVN3, "§«ng Anh", "Đông Anh"},
		{TCVN3, "TØnh", "Tỉnh"},
		{VNI, "Hoøa Laïc", "Hòa Lạc"},
		{VNI, "Laïng Sôn", "Lạng Sơn"},
		{VNI, "Teân xaõ", "Tên xã"},
		{VNI, "Ñoâng Anh", "Đông Anh"},
		{VNI, "HÖÕU LUÕNG", "HỮU LŨNG"},
		// A Windows-1252 character (0x80-0x9F) in a cell: TCVN 5712's
		// upper-case letters there.
		{TCVN3, "ƒ", "Á"},
	} {
		if got := Text(c.enc, c.in); got != c.want {
			t.Errorf("Text(%s, %q) = %q, want %q", c.enc, c.in, got, c.want)
		}
	}
}

func TestGuess(t *testing.T) {
	known := func(s string) bool { return s == "Tên xã" || s == "Hòa Lạc" }
	for _, c := range []struct{ in, want string }{
		{"Tªn x·", TCVN3},
		{"Teân xaõ", VNI},
		{"Hßa L¹c", TCVN3},
		{"Hoøa Laïc", VNI},
		{"Tên xã", ""},  // Unicode, known
		{"Hòa Lạc", ""}, // Unicode, known
		{"Commune", ""}, // English
		{"Tân Lập", ""}, // Unicode, not known: not legacy either
		{"Zoë Brontë", ""},
	} {
		if got := Guess(c.in, known); got != c.want {
			t.Errorf("Guess(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestName(t *testing.T) {
	for in, want := range map[string]string{"tcvn3": TCVN3, " TCVN3 ": TCVN3, "ABC": TCVN3, "vni": VNI, "VNI-Windows": VNI, "windows-1258": "", "": ""} {
		if got := Name(in); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEncode(t *testing.T) {
	for _, enc := range []string{TCVN3, VNI} {
		for i, l := range letters {
			b, err := Encode(enc, l)
			if err != nil {
				t.Fatal(err)
			}
			want := []byte{tcvn3Lower[i]}
			if enc == VNI {
				want = encode(t, VNI, l)
			}
			if string(b) != string(want) {
				t.Errorf("Encode(%s, %q) = %q, want %q", enc, l, b, want)
			}
		}
	}
	if b, err := Encode(TCVN3, "Ạ"); err != nil || string(b) != "\x84" {
		t.Errorf("Encode(TCVN3, Ạ) = %q, %v, want 0x84", b, err)
	}
	// VN1 puts Ụ at 0x02, a control byte, which is read as ASCII.
	if _, err := Encode(TCVN3, "Ụ"); err == nil {
		t.Error("Encode(TCVN3, Ụ): no error")
	}
	if _, err := Encode(TCVN3, "日"); err == nil {
		t.Error("Encode(TCVN3, 日): no error")
	}
}

func TestVietnamese(t *testing.T) {
	for s, want := range map[string]bool{
		"Hòa Lạc, Lạng Sơn – Đạt": true,
		"ỰỬỮ ựửữ ĂÂÊÔƠƯĐ":         true,
		"plain ASCII":             true,
		"Hßa L¹c":                 false,
		"Hoøa Laïc":               false,
		"Müller":                  false,
		"Ho\u0300a":               false, // not NFC
	} {
		if got := Vietnamese(s); got != want {
			t.Errorf("Vietnamese(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestGuessWantsVietnameseText: a cell whose decoding leaves a mark over
// or a letter Vietnamese lacks ("GhiChuÃ" reads "GhiChû̃" in VNI) is not
// taken for legacy text, even by a match that knows what it reads.
func TestGuessWantsVietnameseText(t *testing.T) {
	lenient := func(s string) bool { return s == Text(VNI, "GhiChuÃ") }
	if enc := Guess("GhiChuÃ", lenient); enc != "" {
		t.Errorf("Guess(%q) = %q, want \"\" (it reads %q in VNI)", "GhiChuÃ", enc, Text(VNI, "GhiChuÃ"))
	}
	known := func(s string) bool { return s == "Hòa Lạc" }
	if enc := Guess("Hßa L¹c", known); enc != TCVN3 {
		t.Errorf("Guess(%q) = %q, want %q", "Hßa L¹c", enc, TCVN3)
	}
}

// Shown shows each byte as Windows-1252 does, and a byte it leaves
// undefined as Latin-1.
func TestShownIsWindows1252(t *testing.T) {
	for b := 0; b < 256; b++ {
		want, err := charmap.Windows1252.NewDecoder().String(string([]byte{byte(b)}))
		if err != nil || want == "\uFFFD" {
			want = string(rune(b))
		}
		if got := Shown(string([]byte{byte(b)})); got != want {
			t.Errorf("Shown(0x%02X) = %q, want %q", b, got, want)
		}
	}
}

func TestProbable(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"H\xdfa L\xb9c", TCVN3},      // Hòa Lạc
		{"Hoa\xf8 La\xefc", VNI},      // Hòa Lạc
		{"H\xf2a L\xe1\xbb\xa1c", ""}, // UTF-8 with one bad byte
		{"Ho\xe0 La\xf2c", ""},        // Windows-1258: Hoà Lạc
	} {
		if got := Probable([]byte(tc.text)); got != tc.want {
			t.Errorf("Probable(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
