package docs_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
)

// readers are the real readers of the input formats: a file or an example
// of one of these formats must also be read without error by the reader
// (and a deliberately invalid one must fail the schema or the reader).
var readers = map[string]func(b []byte, name string, cat *criteria.Catalog) error{
	fAssessment: func(b []byte, name string, cat *criteria.Catalog) error {
		_, err := evaluate.DecodeJSON(bytes.NewReader(b), name, cat)
		return err
	},
	fAssessmentCSV: func(b []byte, name string, cat *criteria.Catalog) error {
		_, err := evaluate.DecodeCSV(bytes.NewReader(b), name, cat)
		return err
	},
	fSet: func(b []byte, name string, cat *criteria.Catalog) error {
		_, err := criteria.ReadDefinitions(bytes.NewReader(b))
		return err
	},
	fSets: func(b []byte, name string, cat *criteria.Catalog) error {
		_, err := criteria.ReadDefinitions(bytes.NewReader(b))
		return err
	},
	fPlan: func(b []byte, name string, cat *criteria.Catalog) error {
		_, _, err := plan.Read(bytes.NewReader(b), cat)
		return err
	},
}

// catalogWith returns the built-in sets with the set definitions of the
// named files (paths from the repository root) added, as --sets-from does.
func catalogWith(files ...string) (*criteria.Catalog, error) {
	cat := criteria.Builtin()
	for _, f := range files {
		if f == "" {
			continue
		}
		b, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(f)))
		if err != nil {
			return nil, err
		}
		sets, err := criteria.ReadDefinitions(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for _, s := range sets {
			if err := cat.Add(s); err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
		}
	}
	return cat, nil
}
