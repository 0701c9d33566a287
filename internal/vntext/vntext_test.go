package vntext

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestKey(t *testing.T) {
	tests := []struct {
		name, a, b string
		same       bool
	}{
		{"NFC and NFD spellings of a commune have the same key", "Hòa Lạc", norm.NFD.String("Hòa Lạc"), true},
		{"case and surrounding spaces do not matter", "  NHẬT   TIẾN ", "Nhật Tiến", true},
		{"diacritics are kept, so Nhật Tiến and Nhất Tiến differ", "Nhật Tiến", "Nhất Tiến", false},
		{"Đ and đ compare equal", "ĐỒNG TIẾN", "đồng tiến", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Key(tc.a) == Key(tc.b); got != tc.same {
				t.Errorf("Key(%q)=%q, Key(%q)=%q: equal %v, want %v", tc.a, Key(tc.a), tc.b, Key(tc.b), got, tc.same)
			}
		})
	}
}

func TestToneKey(t *testing.T) {
	// The old tone placement (what Unikey types by default) and the new one
	// of every rhyme where the two differ.
	pairs := [][2]string{
		{"Hoà", "Hòa"}, {"Khoá", "Khóa"}, {"Hoả", "Hỏa"}, {"Hoã", "Hõa"}, {"Hoạ", "Họa"},
		{"Hoè", "Hòe"}, {"Xoé", "Xóe"}, {"Khoẻ", "Khỏe"}, {"Xoẽ", "Xõe"}, {"Loẹ", "Lọe"},
		{"Thuỳ", "Thùy"}, {"Quý", "Qúy"}, {"Thuý", "Thúy"}, {"Thuỷ", "Thủy"}, {"Huỹ", "Hũy"}, {"Thuỵ", "Thụy"},
		{"HOÀ LẠC", "hòa lạc"}, {norm.NFD.String("Hoà Lạc"), "Hòa Lạc"}, {"  Hoà   Lạc ", "Hòa Lạc"},
		{"Hoà Lạc", "Hoà Lạc"}, {"Lạng Sơn", "Lạng Sơn"},
	}
	for _, p := range pairs {
		if a, b := ToneKey(p[0]), ToneKey(p[1]); a != b {
			t.Errorf("ToneKey(%q) = %q, ToneKey(%q) = %q: want equal", p[0], a, p[1], b)
		}
	}
	// Different syllables stay different: the tone, a vowel's mark, đ.
	for _, p := range [][2]string{
		{"Nhật Tiến", "Nhất Tiến"}, {"Hòa", "Hoa"}, {"Hòa", "Hóa"}, {"Yên Vượng", "Yen Vuong"},
		{"Đồng", "Dồng"}, {"Thủy", "Thụy"}, {"Hòa Lạc", "Hòa Lạ"}, {"Tân", "Tấn"},
	} {
		if a, b := ToneKey(p[0]), ToneKey(p[1]); a == b {
			t.Errorf("ToneKey(%q) = ToneKey(%q) = %q: want different", p[0], p[1], a)
		}
	}
	if got := ToneKey("  Lang  SON "); got != "lang son" {
		t.Errorf("ToneKey of an ASCII name = %q, want %q", got, "lang son")
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"diacritics and case are dropped and đ becomes d", "Lạng Sơn", "lang son"},
		{"NFD input folds like NFC", norm.NFD.String("Đắk Lắk"), "dak lak"},
		{"hyphens and runs of punctuation become one space", "Thừa Thiên - Huế", "thua thien hue"},
		{"old and new tone placement fold alike", "Hoà Bình", "hoa binh"},
		{"leading and trailing punctuation vanish", " (TP. Hồ Chí Minh) ", "tp ho chi minh"},
		{"digits are kept", "1980/QĐ-TTg", "1980 qd ttg"},
		{"the empty string folds to itself", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Fold(tc.in); got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFoldAndKeyAreSafeForConcurrentUse(t *testing.T) {
	names := []string{"Lạng Sơn", "Thừa Thiên - Huế", norm.NFD.String("Đắk Lắk"), "Hòa Lạc", "lang son"}
	want := make([]string, len(names))
	for i, n := range names {
		want[i] = Fold(n) + "|" + Key(n)
	}
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			ok := true
			for i := 0; i < 200; i++ {
				n := i % len(names)
				if Fold(names[n])+"|"+Key(names[n]) != want[n] {
					ok = false
				}
			}
			done <- ok
		}()
	}
	for g := 0; g < 8; g++ {
		if !<-done {
			t.Error("concurrent folding gave a different result")
		}
	}
}

func BenchmarkFold(b *testing.B) {
	for _, in := range []string{"lang son", "Lạng Sơn"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Fold(in)
			}
		})
	}
}

func TestGroupCode(t *testing.T) {
	for in, want := range map[string]string{"3": "3", "Nhóm 2": "2", "nhóm xã 1": "1", "Nhom 3": "3", "NHÓM XÃ 2": "2", "nhóm": "nhóm", "group 4": "group 4"} {
		if got := GroupCode(in); got != want {
			t.Errorf("GroupCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"langson", "langson", 0},
		{"langson", "lanson", 1},
		{"kitten", "sitting", 3},
		{"lạng", "lang", 1}, // by rune, not by byte
	} {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := Distance(tc.b, tc.a); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.b, tc.a, got, tc.want)
		}
	}
}
