package main

import (
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/prereqjoin"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/nongthonmoi/ntm/workbook"
)

// assessmentReader yields assessments one commune at a time, as
// [evaluate.Decoder.Next] does.
type assessmentReader interface {
	Next() (evaluate.Assessment, error)
}

// openAssessments returns a reader of the assessments of a .json, .csv or
// .xlsx file, or of JSON on standard input for "-", and what to close
// after it.
func openAssessments(ctx *cmdContext, path string, cat *criteria.Catalog) (assessmentReader, io.Closer, error) {
	if strings.EqualFold(filepath.Ext(path), ".xlsx") {
		r, err := workbook.OpenFile(path, workbook.ReadOptions{Catalog: cat, Set: ctx.tables.Set,
			Skipped:   func(sheet, why string) { ctx.note(path, sheet, why) },
			TitleRows: func(sheet string, note *problem.Msg) { ctx.sheetNote(path, sheet, note) }})
		if err != nil {
			return nil, nil, err
		}
		return r, r, nil
	}
	if path == "-" {
		dec := evaluate.NewJSONDecoder(ctx.Stdin, "-", cat)
		dec.SetGroup(ctx.group)
		return dec, io.NopCloser(nil), nil
	}
	var newDec func(io.Reader, string, *criteria.Catalog) *evaluate.Decoder
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		newDec = evaluate.NewJSONDecoder
	case ".csv":
		opt := ctx.tables
		newDec = func(r io.Reader, file string, cat *criteria.Catalog) *evaluate.Decoder {
			opt.Catalog = cat
			return opt.NewCSVDecoder(r, file)
		}
	default:
		return nil, nil, &evaluate.InputError{File: path, Err: errors.New("unknown format: want a .json, .csv or .xlsx file")}
	}
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, nil, fmt.Errorf("%s: %w", path, pe.Err)
		}
		return nil, nil, err
	}
	dec := newDec(f, path, cat)
	dec.SetGroup(ctx.group)
	return dec, f, nil
}

// chunkSize is how many assessments are evaluated together (on all
// processors) while the previous chunk is written out; tests lower it.
var chunkSize = 512

// maxFileProblems is how many problems of one file are printed; the rest
// are counted in a final "… and N more problems".
const maxFileProblems = 100

// evaluateFiles reads every file one commune at a time and evaluates each
// valid assessment against every set of cat it has values for, or only
// against only when it is not nil, passing the reports to emit a chunk at a
// time, in input order, except that the reports of an assessment whose
// prerequisite is settled from an assessment read after it come after all
// the others (see below). With unique, a second assessment of the same
// commune for the same set and year is an input problem and is not used (a
// summary would count the commune twice, a plan target would match two
// reports), and the names of the places are read into ctx.runNames (those
// written without diacritics given the names the registries know them
// by; the warnings on names printed at the end); without it, both are
// reported. Each problem (an unreadable file, an invalid commune, a value
// for an unknown set, an ambiguous prerequisite) is passed to fail, and to
// ctx.exclude when it is set (a file that cannot be opened as an
// [evaluate.NotReadError] of the whole file), and ok is false when there
// was any; the valid assessments are evaluated all the same. n is the
// number of reports emitted. The reports passed to emit are valid until it
// returns: their memory is reused for later chunks (keep a report with
// Report.Clone).
//
// A commune's assessments of one year are joined across the files, and
// within a file across JSON objects and sheets, for prerequisites
// (package prereqjoin): an assessment with neither values nor a
// recognition for a set its sets require takes that set's outcome from
// another assessment of the commune and year that has values for it (the
// 1980/QĐ-TTg sheet of a workbook for the 933/QĐ-UBND sheet). When that
// assessment was read before, the reports are emitted as they come; when
// not, the assessment is held until every file was read, since its
// commune may still appear, and its reports are emitted then, in input
// order.
//
// Memory is bounded by the input's communes, not by its reports: at most
// three chunks of assessments and their reports are held (one being read
// and evaluated on all processors, one waiting, one being written), and
// the assessments held for a prerequisite read later. With unique, the
// commune keys seen are kept (a 16-byte hash and the place of the first
// assessment per commune, set and year) and each distinct spelling of a
// place, and for prerequisites, per commune and year of an assessment with
// values for a set some set requires, a 16-byte key and its outcome:
// O(communes) small keys, never the reports.
func evaluateFiles(ctx *cmdContext, files []string, cat *criteria.Catalog, only *criteria.Set, unique bool, fail func(error), emit func([]evaluate.Report)) (ok bool, n int) {
	ok = true
	var seen *communeSet
	var names *runNames
	if unique {
		seen = newCommuneSet()
		names = ctx.runNames()
	}
	join := prereqjoin.New(cat)
	problem := func(err error) {
		fail(err)
		ok = false
	}
	shown := func(r *evaluate.Report) bool { return only == nil || r.Set == only.ID }
	// kept tells whether r is used: not a second assessment of its
	// commune, set and year (dropped lists those, with unique).
	kept := func(r *evaluate.Report, dropped []string) bool { return !slices.Contains(dropped, r.Set) }
	var out []evaluate.Report
	for fi, file := range files {
		dec, closer, err := openAssessments(ctx, file, cat)
		if err != nil {
			if ctx.exclude != nil {
				ctx.exclude(fileNotRead(file, err))
			}
			problem(err)
			continue
		}
		fileOK := evaluateFile(file, dec, cat, only, join, fail, ctx.exclude, func(as []evaluate.Assessment, results [][]evaluate.Report, tickets []prereqjoin.Ticket) {
			out = out[:0]
			for i := range as {
				a := &as[i]
				var dropped []string
				if seen != nil {
					for k := range results[i] {
						if shown(&results[i][k]) {
							names.read(results[i][k : k+1])
						}
					}
					// Reports made again (for a prerequisite) have the
					// registries' names too, and the commune is joined by
					// them.
					if c := names.registryName(a.Commune); c != a.Commune {
						a.Commune = c
						if join != nil {
							tickets[i] = join.Inspect(a)
						}
					}
					for k := range results[i] {
						r := &results[i][k]
						if !shown(r) {
							continue
						}
						if at, dup := seen.add(fi, file, r); dup {
							problem(fmt.Errorf("%s: %s is assessed again for %s, %d (first in %s); this assessment is not used",
								r.Origin, r.Commune, r.Set, r.Year, at))
							dropped = append(dropped, r.Set)
						}
					}
				}
				if join != nil {
					rs, held, errs := join.Add(a, &tickets[i], results[i], dropped)
					for _, err := range errs {
						problem(err)
					}
					if held {
						continue
					}
					results[i] = rs
				}
				for k := range results[i] {
					if r := &results[i][k]; kept(r, dropped) && shown(r) {
						out = append(out, *r)
					}
				}
			}
			if len(out) > 0 {
				n += len(out)
				emit(out)
			}
		})
		closer.Close()
		ok = ok && fileOK
	}
	if join != nil {
		// The assessments held for a prerequisite read after them, settled
		// now that every file was read, evaluated in input order, a chunk
		// at a time into reused buffers.
		out = out[:0]
		flush := func() {
			if len(out) > 0 {
				n += len(out)
				emit(out)
				out = out[:0]
			}
		}
		var bufs [][]evaluate.Report
		k := 0
		errs := join.Finish(func(a *evaluate.Assessment, dropped []string) {
			if k == len(bufs) {
				bufs = append(bufs, nil)
			}
			bufs[k], _ = evaluate.RunAllInto(bufs[k], cat, a)
			for i := range bufs[k] {
				if r := &bufs[k][i]; kept(r, dropped) && shown(r) {
					out = append(out, *r)
				}
			}
			if k++; k == chunkSize {
				flush()
				k = 0
			}
		})
		flush()
		for _, err := range errs {
			problem(err)
		}
	}
	if names != nil {
		names.warn(func(line string) { fmt.Fprintf(ctx.Stderr, "ntm %s: %s\n", ctx.cmd.name, line) }, ctx.lang)
	}
	return ok, n
}

// fileNotRead is a file that cannot be opened as the part of the input it
// leaves out: the whole file, its communes unknown.
func fileNotRead(file string, err error) error {
	problems := evaluate.InputErrors(err)
	if len(problems) == 0 {
		problems = []*evaluate.InputError{{File: file, Err: err}}
	}
	return &evaluate.NotReadError{Origin: file, Problems: problems}
}

// evaluateFile is evaluateFiles for one decoder, of file: chunk k+1 is read
// and evaluated on all processors while chunk k is taken. take is given,
// in the calling goroutine, each chunk's assessments, the reports of each
// (against every set it has values for; only filters them when join is
// nil) and, when join is not nil, the ticket of each; what it is given is
// valid until it returns. Every problem is also given to exclude, when not
// nil, before the printed ones are capped.
func evaluateFile(file string, dec assessmentReader, cat *criteria.Catalog, only *criteria.Set, join *prereqjoin.Joiner, fail, exclude func(error),
	take func([]evaluate.Assessment, [][]evaluate.Report, []prereqjoin.Ticket)) (ok bool) {
	type batch struct {
		readErrs []error
		as       []evaluate.Assessment
		results  [][]evaluate.Report
		runErrs  []error
		tickets  []prereqjoin.Ticket
	}
	opt := evaluate.Options{Catalog: cat}
	batches := make(chan batch, 1)
	// The report buffers of a chunk once taken come back through free to
	// be reused by a later chunk: at most three are ever made.
	free := make(chan [][]evaluate.Report, 3)
	go func() {
		defer close(batches)
		for done := false; !done; {
			var b batch
			select {
			case b.results = <-free:
			default:
			}
			b.as = make([]evaluate.Assessment, 0, chunkSize)
			for len(b.as) < chunkSize {
				a, err := dec.Next()
				if err == io.EOF {
					done = true
					break
				}
				if err != nil {
					b.readErrs = append(b.readErrs, err)
					continue
				}
				b.as = append(b.as, a)
			}
			as := b.as
			b.results, b.runErrs = reuseResults(b.results, len(as)), make([]error, len(as))
			if join != nil {
				b.tickets = make([]prereqjoin.Ticket, len(as))
			}
			parallel(len(as), func(i int) {
				a := &as[i]
				switch {
				case only == nil:
					b.results[i], b.runErrs[i] = evaluate.RunAllInto(b.results[i], cat, a)
				case join != nil:
					// Every set, for the outcomes of the sets others
					// require; take shows only's.
					b.results[i], _ = evaluate.RunAllInto(b.results[i], cat, a)
				case a.HasSet(only.ID):
					b.results[i] = b.results[i][:0]
					if cap(b.results[i]) == 0 {
						b.results[i] = make([]evaluate.Report, 0, 1)
					}
					b.results[i] = b.results[i][:1]
					opt.RunInto(&b.results[i][0], only, a)
				default:
					b.results[i] = b.results[i][:0]
				}
				if join != nil {
					b.tickets[i] = join.Inspect(a)
				}
			})
			batches <- b
		}
	}()
	ok = true
	shown, hidden := 0, 0
	problem := func(err error) {
		ok = false
		if exclude != nil {
			exclude(err)
		}
		k := problemCount(err)
		if shown >= maxFileProblems {
			hidden += k
			return
		}
		shown += k
		fail(err)
	}
	for b := range batches {
		for _, err := range b.readErrs {
			problem(err)
		}
		for i := range b.results {
			if b.runErrs[i] != nil {
				problem(b.runErrs[i])
			}
		}
		take(b.as, b.results, b.tickets)
		select {
		case free <- b.results:
		default:
		}
	}
	if hidden > 0 {
		fail(moreProblems(file, hidden))
	}
	return ok
}

// moreProblems stands for the n problems of file beyond those printed:
// "file: … and n more problems".
func moreProblems(file string, n int) error {
	return fmt.Errorf("%s: %w", file, &problem.More{Prefix: "evaluate", N: n})
}

// problemCount returns how many problems err stands for: those of the
// communes and parts of the input it leaves out (a commune's "… and 100
// more problems of this commune" counting 100), else one per problem it
// joins, at least one.
func problemCount(err error) int {
	n := 0
	for _, x := range evaluate.ExcludedOf(err) {
		n += x.Problems
	}
	if n == 0 {
		n = len(evaluate.InputErrors(err))
	}
	return max(n, 1)
}

// reuseResults returns rs with n elements, keeping the report buffers it
// holds for reuse.
func reuseResults(rs [][]evaluate.Report, n int) [][]evaluate.Report {
	if cap(rs) >= n {
		return rs[:n]
	}
	return append(rs[:cap(rs)], make([][]evaluate.Report, n-cap(rs))...)
}

// communeSet remembers which (commune, set, year) were assessed, and
// where first, in a few bytes each: a 128-bit hash of the key (names
// compared by their placekey keys: case, Unicode normalisation form, tone
// placement and the xã, huyện, tỉnh prefixes aside) and the place of the
// first assessment, packed.
type communeSet struct {
	seeds [2]maphash.Seed
	first map[[2]uint64]uint64
	// other holds the places that do not pack (an origin of an unusual form).
	other map[[2]uint64]string
	files []string
}

func newCommuneSet() *communeSet {
	return &communeSet{seeds: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()},
		first: map[[2]uint64]uint64{}, other: map[[2]uint64]string{}}
}

// Forms of a packed place: the file itself, "file[n]", "file:n", or
// another text kept aside.
const (
	placeFile = iota
	placeIndex
	placeLine
	placeOther
)

// add records the report's commune, set and year; when it was already
// there, it returns where it was first read and true.
func (s *communeSet) add(fileIndex int, file string, r *evaluate.Report) (string, bool) {
	var k [2]uint64
	for i, seed := range s.seeds {
		var h maphash.Hash
		h.SetSeed(seed)
		for _, part := range [...]string{placekey.Of(r.Commune.Name, r.Commune.District, r.Commune.Province),
			r.Set, strconv.Itoa(r.Year)} {
			h.WriteString(part)
			h.WriteByte(0)
		}
		k[i] = h.Sum64()
	}
	if p, dup := s.first[k]; dup {
		return s.place(k, p), true
	}
	s.first[k] = s.pack(k, fileIndex, file, r.Origin)
	return "", false
}

func (s *communeSet) pack(k [2]uint64, fileIndex int, file, origin string) uint64 {
	for len(s.files) <= fileIndex {
		s.files = append(s.files, "")
	}
	s.files[fileIndex] = file
	kind, num := uint64(placeOther), uint64(0)
	if rest, found := strings.CutPrefix(origin, file); found {
		switch {
		case rest == "":
			kind = placeFile
		case strings.HasPrefix(rest, "[") && strings.HasSuffix(rest, "]"):
			if v, err := strconv.ParseUint(rest[1:len(rest)-1], 10, 32); err == nil && strconv.FormatUint(v, 10) == rest[1:len(rest)-1] {
				kind, num = placeIndex, v
			}
		case strings.HasPrefix(rest, ":"):
			if v, err := strconv.ParseUint(rest[1:], 10, 32); err == nil && strconv.FormatUint(v, 10) == rest[1:] {
				kind, num = placeLine, v
			}
		}
	}
	if kind == placeOther {
		s.other[k] = origin
	}
	return uint64(fileIndex)<<34 | kind<<32 | num
}

func (s *communeSet) place(k [2]uint64, p uint64) string {
	file, num := s.files[p>>34], strconv.FormatUint(p&(1<<32-1), 10)
	switch p >> 32 & 3 {
	case placeFile:
		return file
	case placeIndex:
		return file + "[" + num + "]"
	case placeLine:
		return file + ":" + num
	}
	return s.other[k]
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
