package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

func TestKeptReportsSurviveTheReuseOfLaterChunks(t *testing.T) {
	data := manyCommunes(4*chunkSize+7, -1)
	path := filepath.Join(t.TempDir(), "communes.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cat := criteria.Builtin()
	var kept []evaluate.Report
	ctx := &cmdContext{Stdout: io.Discard, Stderr: io.Discard}
	ok, n, _ := evaluateFiles(ctx, []string{path}, cat, nil, nil, func(err error) { t.Error(err) }, func(rs []evaluate.Report) {
		for i := range rs {
			kept = append(kept, rs[i].Clone())
		}
	})
	if !ok || n != len(kept) {
		t.Fatalf("ok %v, n %d, kept %d", ok, n, len(kept))
	}
	dec := evaluate.NewJSONDecoder(bytes.NewReader(data), path, cat)
	var want []evaluate.Report
	for {
		a, err := dec.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		rs, err := evaluate.RunAll(cat, &a)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, rs...)
	}
	if len(want) < 4*chunkSize {
		t.Fatalf("only %d reports", len(want))
	}
	if diff := cmp.Diff(want, kept); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}
