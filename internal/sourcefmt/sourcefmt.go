// Package sourcefmt finds message formats in the project's Go sources, for
// the tests that check every format has its Vietnamese translation.
package sourcefmt

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// Format is a message format found in a source file.
type Format struct {
	File   string // the file's base name
	Format string // the format, unquoted
}

// Find returns the formats that re (whose first group is a Go string
// literal) finds in the non-test Go files of dirs, in file order.
func Find(re *regexp.Regexp, dirs ...string) ([]Format, error) {
	var out []Format
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			return nil, err
		}
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			src, err := os.ReadFile(file)
			if err != nil {
				return nil, err
			}
			for _, m := range re.FindAllStringSubmatch(string(src), -1) {
				format, err := strconv.Unquote(m[1])
				if err != nil {
					return nil, err
				}
				out = append(out, Format{filepath.Base(file), format})
			}
		}
	}
	return out, nil
}
