package problem_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
)

func TestMessage(t *testing.T) {
	cause := problem.Errorf(problem.OutOfRange, "must be > 0")
	tests := []struct {
		name   string
		p      problem.Problem
		en, vi string
	}{
		{"a JSON problem names the file, the index and commune, the path and the input",
			problem.Problem{File: "hoalac.json", Commune: "Hòa Lạc", Path: `[0].sets["1980/QĐ-TTg"]["5"].denominator`, Input: "0", Err: cause},
			`hoalac.json: [0] Hòa Lạc: sets["1980/QĐ-TTg"]["5"].denominator: must be > 0 (got "0")`,
			`hoalac.json: [0] Hòa Lạc: sets["1980/QĐ-TTg"]["5"].denominator: phải > 0 (giá trị "0")`},
		{"a CSV problem names the line and the column",
			problem.Problem{File: "communes.csv", Line: 14, Column: "denominator", Commune: "Hòa Lạc", Path: "1980/QĐ-TTg 5", Input: "0", Err: cause},
			`communes.csv:14: column denominator: Hòa Lạc: 1980/QĐ-TTg 5: must be > 0 (got "0")`,
			`communes.csv:14: cột denominator: Hòa Lạc: 1980/QĐ-TTg 5: phải > 0 (giá trị "0")`},
		{"a header typed on two lines in its cell is named on one",
			problem.Problem{File: "so-lieu.xlsx", Sheet: "Sheet1", Cell: "R8", Column: "11\nTỷ lệ hộ nghèo (%)", Commune: "Vân An", Input: "không có", Err: cause},
			`so-lieu.xlsx: Sheet1!R8: column 11 Tỷ lệ hộ nghèo (%): Vân An: must be > 0 (got "không có")`,
			`so-lieu.xlsx: Sheet1!R8: cột 11 Tỷ lệ hộ nghèo (%): Vân An: phải > 0 (giá trị "không có")`},
		{"a workbook problem names the sheet and the cell",
			problem.Problem{File: "so-lieu.xlsx", Sheet: "Sheet1", Cell: "G7", Commune: "Hòa Lạc", Input: "0", Err: cause},
			`so-lieu.xlsx: Sheet1!G7: Hòa Lạc: must be > 0 (got "0")`,
			`so-lieu.xlsx: Sheet1!G7: Hòa Lạc: phải > 0 (giá trị "0")`},
		{"a path with an index and no commune is kept whole",
			problem.Problem{Path: "[1].requires", Err: cause},
			`[1].requires: must be > 0`, `[1].requires: phải > 0`},
		{"a cause without a translation stays English in Vietnamese",
			problem.Problem{Path: "x", Err: errors.New("something else")},
			`x: something else`, `x: something else`},
		{"a long input is cut after 80 characters with its size",
			problem.Problem{Path: "n", Input: strings.Repeat("9", 1000), Err: cause},
			`n: must be > 0 (got "` + strings.Repeat("9", 80) + `…", 1000 bytes)`,
			`n: phải > 0 (giá trị "` + strings.Repeat("9", 80) + `…", 1000 byte)`},
		{"control characters in names and input are escaped to keep one line",
			problem.Problem{Commune: "a\nb", Path: "x\ny", Input: "1\n2", Err: cause},
			`a\nb: x\ny: must be > 0 (got "1\n2")`, `a\nb: x\ny: phải > 0 (giá trị "1\n2")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Message(problem.EN); got != tt.en {
				t.Errorf("EN\n got %s\nwant %s", got, tt.en)
			}
			if got := tt.p.Message(problem.VI); got != tt.vi {
				t.Errorf("VI\n got %s\nwant %s", got, tt.vi)
			}
		})
	}
}

func TestCodesAreSentinels(t *testing.T) {
	p := &problem.Problem{Path: "a", Err: problem.Errorf(problem.DuplicateKey, "key given twice")}
	err := fmt.Errorf("reading: %w", errors.Join(errors.New("other"), p))
	if !errors.Is(err, problem.DuplicateKey) {
		t.Error("errors.Is(err, DuplicateKey) = false for a problem whose cause has that code")
	}
	if errors.Is(err, problem.UnknownKey) {
		t.Error("errors.Is(err, UnknownKey) = true")
	}
	var got *problem.Problem
	if !errors.As(err, &got) || got != p {
		t.Error("errors.As did not find the problem")
	}
}

func TestJoinSortsCapsAndCounts(t *testing.T) {
	var list []*problem.Problem
	for i := problem.Max + 4; i >= 0; i-- {
		list = append(list, &problem.Problem{Path: fmt.Sprintf("tasks[%d]", i), Err: errors.New("x")})
	}
	err := problem.Join("plan", list, func(p *problem.Problem) *problem.Problem { return p })
	lines := problem.Lines(err, problem.EN)
	if len(lines) != problem.Max+1 {
		t.Fatalf("%d lines, want %d", len(lines), problem.Max+1)
	}
	want := []string{"tasks[0]: x", "tasks[1]: x", "tasks[2]: x"}
	if diff := cmp.Diff(want, lines[:3]); diff != "" {
		t.Errorf("first lines (-want +got):\n%s", diff)
	}
	if got := lines[problem.Max]; got != "… and 5 more problems" {
		t.Errorf("last line %q", got)
	}
	if got := problem.Lines(err, problem.VI)[problem.Max]; got != "… và 5 lỗi khác" {
		t.Errorf("last Vietnamese line %q", got)
	}
	if !strings.HasSuffix(err.Error(), "\nplan: … and 5 more problems") {
		t.Errorf("Error does not end with the prefixed count: …%s", err.Error()[len(err.Error())-40:])
	}
	for _, p := range problem.All(err) {
		if p.Code != problem.Invalid {
			t.Errorf("a problem without a coded cause got code %q, want invalid", p.Code)
		}
	}
	if problem.Join[*problem.Problem]("plan", nil, nil) != nil {
		t.Error("Join of nothing is not nil")
	}
}

func TestBoundKeepsTheSize(t *testing.T) {
	p := &problem.Problem{Input: strings.Repeat("x", 1<<20), Err: errors.New("e")}
	p.Bound()
	if len(p.Input) > 1024 || p.InputSize != 1<<20 {
		t.Fatalf("Bound kept %d bytes, size %d", len(p.Input), p.InputSize)
	}
	if want := `e (got "` + strings.Repeat("x", 80) + `…", 1048576 bytes)`; p.Error() != want {
		t.Errorf("message %q", p.Error())
	}
}

// Bound keeps an input of up to 256 bytes whole and cuts a longer one to
// 81 characters (one more than a message quotes), as its comment says; a
// commune beyond 256 bytes and a path beyond 1024 are cut to 121.
func TestBoundCutsWhereDocumented(t *testing.T) {
	for _, tc := range []struct {
		input, commune, path  string
		wantInput, wantSize   int // characters of Input kept, InputSize
		wantCommune, wantPath int // characters kept
	}{
		{strings.Repeat("é", 128), strings.Repeat("é", 128), strings.Repeat("é", 512), 128, 0, 128, 512},
		{strings.Repeat("é", 129), strings.Repeat("é", 129), strings.Repeat("é", 513), 81, 258, 121, 121},
		{strings.Repeat("x", 300), strings.Repeat("x", 300), strings.Repeat("x", 1025), 81, 300, 121, 121},
	} {
		p := &problem.Problem{Input: tc.input, Commune: tc.commune, Path: tc.path, Err: errors.New("e")}
		p.Bound()
		if n := utf8.RuneCountInString(p.Input); n != tc.wantInput || p.InputSize != tc.wantSize {
			t.Errorf("input of %d bytes: kept %d characters, size %d; want %d, %d", len(tc.input), n, p.InputSize, tc.wantInput, tc.wantSize)
		}
		if n := utf8.RuneCountInString(p.Commune); n != tc.wantCommune {
			t.Errorf("commune of %d bytes: kept %d characters, want %d", len(tc.commune), n, tc.wantCommune)
		}
		if n := utf8.RuneCountInString(p.Path); n != tc.wantPath {
			t.Errorf("path of %d bytes: kept %d characters, want %d", len(tc.path), n, tc.wantPath)
		}
	}
}

func FuzzMessage(f *testing.F) {
	f.Add("hoalac.json", "Hòa Lạc", `[0].sets["1980"]`, "0", 3)
	f.Add("", "a\x00b", "\xff", strings.Repeat("é", 200), 0)
	f.Fuzz(func(t *testing.T, file, commune, path, input string, line int) {
		p := &problem.Problem{File: file, Line: line, Commune: commune, Path: path, Input: input, Err: errors.New("x")}
		for _, lang := range []problem.Lang{problem.EN, problem.VI} {
			m := p.Message(lang)
			if strings.ContainsAny(m, "\n\r") {
				t.Fatalf("message on more than one line: %q", m)
			}
			if len(m) > 2500 {
				t.Fatalf("message of %d bytes", len(m))
			}
		}
	})
}

func TestMarshalJSONIsTheHTTPProblem(t *testing.T) {
	p := &problem.Problem{File: "communes.csv", Line: 14, Column: "denominator", Commune: "Hòa Lạc", Path: "1980/QĐ-TTg 5",
		Input: strings.Repeat("0", 100), Err: problem.Errorf(problem.OutOfRange, "must be > 0")}
	got, err := p.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"code":"out-of-range","message":"must be \u003e 0","file":"communes.csv","line":14,"column":"denominator",` +
		`"path":"1980/QĐ-TTg 5","commune":"Hòa Lạc","input":"` + strings.Repeat("0", 80) + `…"}`
	if string(got) != want {
		t.Errorf("JSON\n got %s\nwant %s", got, want)
	}
	empty, _ := (&problem.Problem{Err: errors.New("x")}).MarshalJSON()
	if string(empty) != `{"code":"invalid","message":"x"}` {
		t.Errorf("empty fields are not left out: %s", empty)
	}
}

// Codes lists the specification's codes in its order, then ntm's
// extensions; none twice, each its own sentinel.
func TestCodesBeginWithTheSpecificationsAndAreDistinct(t *testing.T) {
	spec := []problem.Code{"syntax", "unknown-key", "duplicate-key", "unknown-set", "unknown-indicator", "out-of-range",
		"wrong-kind", "region-mismatch", "missing-field", "encoding", "too-large"}
	codes := problem.Codes()
	if diff := cmp.Diff(spec, codes[:len(spec)]); diff != "" {
		t.Errorf("the specification's codes (-want +got):\n%s", diff)
	}
	extensions := []problem.Code{problem.Invalid, problem.AmbiguousSet, problem.NotFound, problem.MethodNotAllowed,
		problem.NotAcceptable, problem.UnsupportedMediaType, problem.Busy, problem.Timeout, problem.Internal}
	if diff := cmp.Diff(extensions, codes[len(spec):]); diff != "" {
		t.Errorf("the extensions (-want +got):\n%s", diff)
	}
	seen := map[problem.Code]bool{}
	for _, c := range codes {
		if seen[c] {
			t.Errorf("code %q twice", c)
		}
		seen[c] = true
		p := &problem.Problem{Err: problem.Errorf(c, "x")}
		for _, other := range codes {
			if got := errors.Is(p, other); got != (other == c) {
				t.Errorf("errors.Is(a problem of code %s, %s) = %v", c, other, got)
			}
		}
	}
}

func TestZeroLangIsVietnamese(t *testing.T) {
	p := &problem.Problem{Path: "n", Input: "0", Err: problem.Errorf(problem.OutOfRange, "must be > 0")}
	var zero problem.Lang
	if got, want := p.Message(zero), p.Message(problem.VI); got != want {
		t.Errorf("Message(zero Lang) = %q, want the Vietnamese %q", got, want)
	}
	if got, want := problem.Lines(p, zero), problem.Lines(p, problem.VI); !slices.Equal(got, want) {
		t.Errorf("Lines(zero Lang) = %q, want the Vietnamese %q", got, want)
	}
	if got := p.Error(); got != p.Message(problem.EN) {
		t.Errorf("Error() = %q, want the English message", got)
	}
}

// TestInFileNamesTheFileOfAReaderOfAnIOReader: the problems of a reader
// given an io.Reader name the file the caller read; those naming a file
// already, and a nil error, are kept.
func TestInFileNamesTheFileOfAReaderOfAnIOReader(t *testing.T) {
	if problem.InFile("a.json", nil) != nil {
		t.Error("InFile of nil is not nil")
	}
	named := &problem.Problem{Code: problem.Syntax, File: "b.json", Line: 2, Err: errors.New("x")}
	err := errors.Join(&problem.Problem{Code: problem.MissingField, Path: "[0].level", Err: errors.New("must be ntm")}, named, &problem.More{N: 3})
	got := problem.Lines(problem.InFile("sets.json", err), problem.EN)
	want := []string{"sets.json: [0].level: must be ntm", "b.json:2: x", "… and 3 more problems"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	one := problem.InFile("sets.json", &problem.Problem{Code: problem.Syntax, Line: 1, Column: "22", Err: errors.New("invalid JSON")})
	if ps := problem.All(one); len(ps) != 1 || ps[0].File != "sets.json" || !errors.Is(one, problem.Syntax) {
		t.Errorf("one problem: %v", one)
	}
	if err := problem.InFile("f", errors.New("boom")); err.Error() != "f: boom" {
		t.Errorf("another error: %q", err)
	}
}

// A message is formatted when it is read; the bytes it quotes may lie in a
// reader's buffer that is reused before then.
func TestErrorfKeepsTheBytesItWasGiven(t *testing.T) {
	buf := []byte("&000")
	err := problem.Errorf(problem.Invalid, "%q is not a reference", buf)
	copy(buf, "/t>0")
	if got, want := err.Error(), `"&000" is not a reference`; got != want {
		t.Errorf("Error() = %s, want %s", got, want)
	}
	if got := err.(*problem.Msg).Text(problem.VI); !strings.Contains(got, `"&000"`) {
		t.Errorf("Text(VI) = %s, want it to quote \"&000\"", got)
	}
}

// TestInFileChangesTheProblemsInPlace: as InFile says, the problems of the
// error given are changed, not copied.
func TestInFileChangesTheProblemsInPlace(t *testing.T) {
	p := &problem.Problem{Code: problem.Syntax, Line: 1, Err: errors.New("x")}
	problem.InFile("sets.json", errors.Join(p))
	if p.File != "sets.json" {
		t.Errorf("the problem given names %q after InFile, want sets.json", p.File)
	}
}

// TestAFormatWithoutArgumentsWritesItsPercentSign: a format given no
// arguments is still a format, its "%%" one "%" in either language (the
// validation of a set definition says a percent indicator has unit "%").
func TestAFormatWithoutArgumentsWritesItsPercentSign(t *testing.T) {
	err := problem.Errorf(problem.WrongKind, "a percent indicator has unit \"%%\"")
	if got, want := err.Error(), `a percent indicator has unit "%"`; got != want {
		t.Errorf("Error() = %s, want %s", got, want)
	}
	if got, want := err.(*problem.Msg).Text(problem.VI), `chỉ tiêu tỷ lệ có đơn vị "%"`; got != want {
		t.Errorf("Text(VI) = %s, want %s", got, want)
	}
}
