package problem

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// codedFormat finds a message format written after a problem code, as in
// problem.Errorf(problem.WrongKind, "want a string") or
// p.add(path, input, problem.UnknownKey, "unknown key (want one of %s)", …).
var codedFormat = regexp.MustCompile("problem\\.[A-Z][A-Za-z]+, (\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`)")

func TestEveryCodedMessageHasAVietnameseTranslation(t *testing.T) {
	var files []string
	for _, dir := range []string{"../criteria", "../plan", "../evaluate", "../internal/strictjson"} {
		found, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, found...)
	}
	n := 0
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range codedFormat.FindAllStringSubmatch(string(src), -1) {
			format, err := strconv.Unquote(m[1])
			if err != nil {
				t.Fatalf("%s: %s: %v", file, m[1], err)
			}
			n++
			if _, ok := vi[format]; !ok {
				t.Errorf("%s: no Vietnamese for %q", filepath.Base(file), format)
			}
		}
	}
	if n < 50 {
		t.Errorf("found only %d coded messages; is the pattern still right?", n)
	}
}
