package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/nongthonmoi/ntm/workbook"
)

// readAssessments reads the assessments of a .json, .csv or .xlsx file, or
// JSON from standard input for "-": the valid assessments together with the
// problems of the others, each naming the file: an
// *evaluate.AssessmentError for each commune left out (kept, so that a
// summary can name it), an *evaluate.InputError for a problem of the file.
func readAssessments(ctx *cmdContext, path string, cat *criteria.Catalog) ([]evaluate.Assessment, error) {
	var dec *evaluate.Decoder
	switch {
	case path == "-":
		dec = evaluate.NewJSONDecoder(ctx.Stdin, "-", cat)
	case strings.EqualFold(filepath.Ext(path), ".xlsx"):
		return workbook.ReadFile(path, workbook.ReadOptions{Catalog: cat, Set: ctx.set,
			Skipped: func(sheet, why string) { ctx.note(path, sheet, why) }})
	default:
		ext := strings.ToLower(filepath.Ext(path))
		if ext != ".json" && ext != ".csv" {
			return evaluate.ReadFile(path, cat) // the unknown-format error
		}
		f, err := os.Open(path)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("%s: %w", path, pe.Err)
			}
			return nil, err
		}
		defer f.Close()
		if ext == ".json" {
			dec = evaluate.NewJSONDecoder(f, path, cat)
		} else {
			dec = evaluate.NewCSVDecoder(f, path, cat)
		}
	}
	var (
		as   []evaluate.Assessment
		errs []error
	)
	for a, err := range dec.All() {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		as = append(as, a)
	}
	return as, errors.Join(errs...)
}

// evaluateFiles reads every file and evaluates each valid assessment
// against every set of cat it has values for, or only against only when it
// is not nil, passing the reports to emit in input order. With unique, a
// second assessment of the same commune for the same set and year is an
// input problem and is not used (a summary would count the commune twice,
// a plan target would match two reports); without it, both are reported. Each problem (an
// unreadable file, an invalid commune, a value for an unknown set) is
// passed to fail, and ok is false when there was any; the valid
// assessments are evaluated all the same.
//
// Assessments are evaluated a chunk at a time on all processors
// (evaluate.Options.Run is safe for concurrent use and the catalog is only
// read), so a caller that streams the reports out never holds them all.
func evaluateFiles(ctx *cmdContext, files []string, cat *criteria.Catalog, only *criteria.Set, unique bool, fail func(error), emit func(*evaluate.Report)) (ok bool) {
	ok = true
	opt := evaluate.Options{Catalog: cat}
	// first names where each (commune, set, year) was first read: a second
	// assessment of the same is an input problem, not a second commune.
	first := make(map[reportKey]string)
	type batch struct {
		results [][]evaluate.Report
		errs    []error
	}
	const chunk = 512
	for _, file := range files {
		as, err := readAssessments(ctx, file, cat)
		if err != nil {
			fail(err)
			ok = false
		}
		// Evaluate chunk k+1 while chunk k is emitted (written out).
		batches := make(chan batch, 1)
		go func() {
			defer close(batches)
			for start := 0; start < len(as); start += chunk {
				part := as[start:min(start+chunk, len(as))]
				b := batch{make([][]evaluate.Report, len(part)), make([]error, len(part))}
				parallel(len(part), func(i int) {
					a := &part[i]
					if only == nil {
						b.results[i], b.errs[i] = evaluate.RunAll(cat, a)
					} else if _, has := a.Values[only.ID]; has {
						b.results[i] = []evaluate.Report{opt.Run(only, a)}
					}
				})
				batches <- b
			}
		}()
		for b := range batches {
			for i := range b.results {
				if b.errs[i] != nil {
					fail(b.errs[i])
					ok = false
				}
				for j := range b.results[i] {
					r := &b.results[i][j]
					if !unique {
						emit(r)
						continue
					}
					k := keyOf(r)
					if at, dup := first[k]; dup {
						fail(fmt.Errorf("%s: %s is assessed again for %s, %d (first in %s); this assessment is not used",
							r.Origin, r.Commune, r.Set, r.Year, at))
						ok = false
						continue
					}
					first[k] = r.Origin
					emit(r)
				}
			}
		}
	}
	return ok
}

// reportKey identifies what a report is about: a commune (names compared
// ignoring case and Unicode normalisation form), a set and a year.
type reportKey struct {
	name, district, province, set string
	year                          int
}

func keyOf(r *evaluate.Report) reportKey {
	return reportKey{vntext.Key(r.Commune.Name), vntext.Key(r.Commune.District),
		vntext.Key(r.Commune.Province), r.Set, r.Year}
}

// collectReports is evaluateFiles keeping every report.
func collectReports(ctx *cmdContext, files []string, cat *criteria.Catalog, only *criteria.Set, unique bool, fail func(error)) ([]evaluate.Report, bool) {
	var reports []evaluate.Report
	ok := evaluateFiles(ctx, files, cat, only, unique, fail, func(r *evaluate.Report) { reports = append(reports, *r) })
	return reports, ok
}

// parallel calls f(0) … f(n-1) on up to GOMAXPROCS goroutines, in chunks,
// and returns when all calls have returned.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n/64+1)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for start := 0; start < n; start += chunk {
		end := min(start+chunk, n)
		wg.Go(func() {
			for i := start; i < end; i++ {
				f(i)
			}
		})
	}
	wg.Wait()
}
