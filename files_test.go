package ntm_test

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoFileNamedLikeAFlag: a file whose name begins with "-" is a
// command's flag taken for an output file ("-o --lang"), never a file of
// the repository.
func TestNoFileNamedLikeAFlag(t *testing.T) {
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		if strings.HasPrefix(d.Name(), "-") {
			t.Errorf("%s: a file named like a flag", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
