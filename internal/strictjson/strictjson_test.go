package strictjson

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
)

// problemsOf lists "code path" of each problem.
func problemsOf(ps []*problem.Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, string(p.Code)+" "+p.Path)
	}
	return out
}

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantTree bool
		want     []string
	}{
		{"a well-formed document has no problem", `{"a": [1, "x", null, true], "b": {"c": "d"}}`, true, nil},
		{"a byte order mark is skipped", "\ufeff{\"a\": 1}", true, nil},
		{"a key given twice is a problem at its path", `{"a": {"v": "70", "v": "10"}}`, true, []string{"duplicate-key a.v"}},
		{"a NUL character in a string is an encoding problem", `{"name": "a\u0000b"}`, true, []string{"encoding name"}},
		{"invalid UTF-8 in a string is an encoding problem", "{\"name\": \"a\xffb\"}", true, []string{"encoding name"}},
		{"a control character in a key is an encoding problem", `{"a\u0007": 1}`, true, []string{"encoding a\a"}},
		{"UTF-16 with its byte-order mark is an encoding problem", "\xff\xfe{\x00}\x00", false, []string{"encoding "}},
		{"UTF-16 without a byte-order mark is an encoding problem", "{\x00}\x00", false, []string{"encoding "}},
		{"two UTF-8 byte-order marks are an encoding problem", "\ufeff\ufeff{}", false, []string{"encoding "}},
		{"malformed JSON ends reading", `{"a": }`, false, []string{"syntax "}},
		{"trailing data ends reading", `{} {}`, false, []string{"syntax "}},
		{"empty input is a syntax problem", ` `, false, []string{"syntax "}},
		{"a string over the literal limit is too large, at its path", `{"s": "` + strings.Repeat("x", 70<<10) + `"}`, true, []string{"too-large s"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, ps := Parse(strings.NewReader(tt.in), 1<<20, nil)
			if (n != nil) != tt.wantTree {
				t.Errorf("tree returned: %v, want %v", n != nil, tt.wantTree)
			}
			if diff := cmp.Diff(tt.want, problemsOf(ps)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseKeepsTheFirstOfTwoKeysAndTheOrder(t *testing.T) {
	n, _ := Parse(strings.NewReader(`{"b": 1, "a": 2, "b": 3}`), 100, nil)
	var keys []string
	for _, m := range n.Members {
		keys = append(keys, m.Key+"="+m.Val.Str)
	}
	if diff := cmp.Diff([]string{"b=1", "a=2"}, keys); diff != "" {
		t.Errorf("members (-want +got):\n%s", diff)
	}
}

func TestParseRefusesAnInputOverItsLimit(t *testing.T) {
	n, ps := Parse(strings.NewReader(`{"a": "`+strings.Repeat("x", 200)+`"}`), 100, nil)
	if n != nil || len(ps) != 1 || ps[0].Code != problem.TooLarge {
		t.Errorf("got tree %v and problems %v, want a too-large problem", n != nil, ps)
	}
}

func TestKeysFollowTheWireStruct(t *testing.T) {
	type wire struct {
		A string `json:"a"`
		B int    `json:"b,omitempty"`
		C bool   `json:"-"`
		D string
	}
	if diff := cmp.Diff([]string{"a", "b"}, Keys[wire]()); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a": [1, "x", null, true]}`, `{"a": 1, "a": 2}`, `"\u0000"`, "[\xff]", `{"a":{"b":[[[]]]}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, ps := Parse(bytes.NewReader(data), 1<<20, nil)
		for _, p := range ps {
			if p.Err == nil || strings.Contains(p.Error(), "\n") {
				t.Fatalf("problem %q", p.Error())
			}
		}
		if n == nil && len(ps) == 0 {
			t.Fatal("no tree and no problem")
		}
	})
}

// A string or key that is not UTF-8 is quoted as a legacy font shows its
// bytes, at the line and column of its first invalid byte (the line's
// columns in bytes), and says what it reads in the encoding its letters
// tell; a path through such a key shows it so, and its member is left out
// of the tree.
func TestNotUTF8IsPlacedAndQuoted(t *testing.T) {
	// The TCVN3 bytes of "Lạng Sơn" as a key and of "Hòa Lạc" as a value.
	n, probs := Parse(strings.NewReader("{\n \"L\xb9ng S\xacn\": {\"name\": \"H\xdfa L\xb9c\"}, \"a\": 1}"), 1<<20, nil)
	type placed struct{ Line, Column, Path, Input, Msg string }
	var got []placed
	for _, p := range probs {
		got = append(got, placed{strconv.Itoa(p.Line), p.Column, p.Path, p.Input, p.Err.Error()})
	}
	want := []placed{
		{"2", "25", "L¹ng S¬n.name", "Hßa L¹c", `not UTF-8 (byte 0xDF): reads "Hòa Lạc" in TCVN3 (ABC: .VnTime, .VnArial) (see line 2, column 4)`},
		{"2", "4", "L¹ng S¬n", "L¹ng S¬n", `not UTF-8 (byte 0xB9): the text is in another encoding, maybe a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "Lạng Sơn"; ` +
			`JSON is UTF-8 (RFC 8259): convert the text to Unicode (if it is that encoding, with Unikey's "Chuyển mã", source TCVN3 (ABC), destination Unicode) and save it as UTF-8`},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if n == nil || len(n.Members) != 1 || n.Members[0].Key != "a" {
		t.Errorf("tree %+v, want the member \"a\" alone", n)
	}
}

// The names a string at a path may be, when the reader knows them, tell
// its encoding for sure.
func TestNotUTF8KnownNames(t *testing.T) {
	var asked []string
	known := func(path, name string) bool {
		asked = append(asked, path)
		return path == "commune.name" && name == "Hòa Lạc"
	}
	_, probs := Parse(strings.NewReader("{\"commune\": {\"name\": \"H\xdfa L\xb9c\"}}"), 1<<20, known)
	if len(probs) != 1 {
		t.Fatalf("got %v, want one problem", probs)
	}
	want := `not UTF-8 (byte 0xDF): looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "Hòa Lạc"; ` +
		`JSON is UTF-8 (RFC 8259): convert the text to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) and save it as UTF-8`
	if got := probs[0].Err.Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if len(asked) == 0 {
		t.Error("known was not asked")
	}
}
