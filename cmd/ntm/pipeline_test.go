package main

import (
	"io"
	"sync"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/prereqjoin"
)

// countingReader gives n empty assessments, calling next with the index
// of each before giving it.
type countingReader struct {
	n, i int
	next func(i int)
}

func (r *countingReader) Next() (evaluate.Assessment, error) {
	if r.i == r.n {
		return evaluate.Assessment{}, io.EOF
	}
	r.next(r.i)
	r.i++
	return evaluate.Assessment{Origin: "a.json"}, nil
}

func TestChunksAreReadWhileOthersAreEvaluated(t *testing.T) {
	// The next chunk of a file is read while a chunk is evaluated: the
	// evaluation of the first chunk waits here until the first
	// assessment of the second is read.
	savedSize, savedEval := chunkSize, evaluateBatch
	chunkSize = 4
	t.Cleanup(func() { chunkSize, evaluateBatch = savedSize, savedEval })
	secondRead := make(chan struct{})
	var once sync.Once
	r := &countingReader{n: 3 * chunkSize, next: func(i int) {
		if i == chunkSize {
			once.Do(func() { close(secondRead) })
		}
	}}
	first := true
	evaluateBatch = func(b *fileBatch, cat *criteria.Catalog, only *criteria.Set, join *prereqjoin.Joiner) {
		if first {
			first = false
			select {
			case <-secondRead:
			case <-time.After(5 * time.Second):
				t.Error("the second chunk was not read while the first was evaluated")
			}
		}
		savedEval(b, cat, only, join)
	}
	taken := 0
	evaluateFile("a.json", r, &fileNotes{}, func(string) {}, criteria.Builtin(), nil, nil, func(error) {}, nil,
		func(as []evaluate.Assessment, _ [][]evaluate.Report, _ []prereqjoin.Ticket) { taken += len(as) })
	if taken != 3*chunkSize {
		t.Errorf("%d assessments taken, want %d", taken, 3*chunkSize)
	}
}
