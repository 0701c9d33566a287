package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/legacyvn"
	"github.com/nongthonmoi/ntm/internal/originpack"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/placenames"
	"github.com/nongthonmoi/ntm/internal/prereqjoin"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/nongthonmoi/ntm/workbook"
)

// assessmentReader yields assessments one commune at a time, as
// [evaluate.Decoder.Next] does.
type assessmentReader interface {
	Next() (evaluate.Assessment, error)
}

// fileNotes are the notes on a file being read that are no problems (a
// worksheet skipped, a sheet read below a title or hidden, a total or
// heading row skipped), each the line to print, passed from the goroutine
// that reads the file to the one that prints: the first maxFileNotes, the
// others counted in more.
type fileNotes struct {
	mu    sync.Mutex
	lines []string
	added int
	more  int
}

func (n *fileNotes) add(line string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.added >= maxFileNotes {
		n.more++
		return
	}
	n.added++
	n.lines = append(n.lines, line)
}

// take returns the notes added since the last take.
func (n *fileNotes) take() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	out := n.lines
	n.lines = nil
	return out
}

// maxFileNotes is how many notes on one file are printed; the rest are
// counted in a final "… and N more notes".
const maxFileNotes = 100

// moreNotes is the line that counts the n notes on file beyond those
// printed.
func moreNotes(ctx *cmdContext, file string, n int) string {
	return fmt.Sprintf("ntm %s: %s: "+pick(ctx.lang, "… và %d ghi chú khác", "… and %d more notes"), ctx.cmd.name, file, n)
}

// openAssessments returns a reader of the assessments of a .json, .csv or
// .xlsx file, or of JSON on standard input for "-", and what to close
// after it. Its notes go to notes.
func openAssessments(ctx *cmdContext, path string, cat *criteria.Catalog, notes *fileNotes) (assessmentReader, io.Closer, error) {
	rowNote := func(place string, note *problem.Msg) { notes.add(ctx.rowNote(place, note)) }
	if strings.EqualFold(filepath.Ext(path), ".xlsx") {
		r, err := workbook.OpenFile(path, workbook.ReadOptions{Catalog: cat, Set: ctx.tables.Set, SetFix: ctx.tables.SetFix, Group: ctx.group,
			Encoding:   legacyvn.Name(ctx.tables.Encoding),
			Skipped:    func(sheet, why string) { notes.add(ctx.skippedNote(path, sheet, why)) },
			TitleRows:  func(sheet string, note *problem.Msg) { notes.add(ctx.sheetNote(path, sheet, note)) },
			Hidden:     func(sheet string, note *problem.Msg) { notes.add(ctx.sheetNote(path, sheet, note)) },
			SkippedRow: rowNote})
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
		opt.SkippedRow = rowNote
		newDec = func(r io.Reader, file string, cat *criteria.Catalog) *evaluate.Decoder {
			opt.Catalog = cat
			return opt.NewCSVDecoder(r, file)
		}
	case ".xls":
		return nil, nil, &evaluate.InputError{File: path, Err: errors.New(`an Excel 97-2003 workbook (.xls) cannot be read: open it in Excel and save it as "Excel Workbook (*.xlsx)"`)}
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

// holdFunc takes a report that evaluateFiles passes on before it can tell
// whether it is of a commune already passed on: it counts or keeps the
// report as emit would, and returns what takes it back out should it
// prove to be (nil when there is nothing to take back). The report is
// valid until it returns.
type holdFunc func(r *evaluate.Report) (retract func())

// evaluateFiles reads every file one commune at a time and evaluates each
// valid assessment against every set of cat it has values for, or only
// against only when it is not nil, passing the reports to emit a chunk at a
// time, in input order, except that the reports of an assessment whose
// prerequisite is settled from an assessment read after it come after all
// the others (see below).
//
// With hold not nil, a second assessment of the same commune for the same
// set and year is an input problem and is not used (a summary would count
// the commune twice, a plan target would match two reports), and the
// names of the places are read into ctx.runNames (those written without
// diacritics given the names the registries know them by; the warnings on
// names printed at the end); without it, both are reported under their
// names as written, and the second is a warning naming both, printed at
// the end with the warnings on names (placenames.Repeats). A commune is
// the same whatever the spellings of its names that placenames.Run.Canonical
// takes for one: as that is known only once every name is read, a report
// that may prove to be of a commune passed on before (its names, written
// without diacritics, may stand for an earlier report's, or an earlier
// report's for its) is passed to hold instead of emit, in its place, and
// taken back at the end if it is; its problem is then printed with the
// others found at the end.
//
// A report made but not shown (with only, of a set that only's set
// requires, made for a prerequisite) is passed to ctx.unshown when it is
// set, unless it is a second assessment's.
//
// Each problem (an unreadable file, an invalid commune, a value for an
// unknown set, an ambiguous prerequisite) is passed to fail, and to
// ctx.exclude when it is set (a file that cannot be opened as an
// [evaluate.NotReadError] of the whole file), and ok is false when there
// was any; the valid assessments are evaluated all the same. n is the
// number of reports passed on and not taken back; opened are the files
// that could be opened, in order (a file that could not be has its one
// problem, and no further one that it held no values). The reports passed to
// emit and hold are valid until they return: their memory is reused for
// later chunks (keep a report with Report.Clone).
//
// A commune's assessments of one year are joined across the files, and
// within a file across JSON objects and sheets, for prerequisites
// (package prereqjoin): an assessment with neither values nor a
// recognition for a set its sets require takes that set's outcome from
// another assessment of the commune and year that has values for it (the
// 1980/QĐ-TTg sheet of a workbook for the 933/QĐ-UBND sheet). When that
// assessment was read before, under the same spelling, the reports are
// emitted as they come; when not, the assessment is held until every file
// was read, since its commune may still appear, and its reports are
// emitted then, in input order. A name written without diacritics is
// joined to the commune it stands for: with hold, as ctx.runNames tells
// (every assessment's names are added to it); without, as the joiner
// tells from the names of the assessments it keys; a name that may be two
// or more is not joined, and is warned of with the other names.
//
// Memory is bounded by the input's communes, not by its reports: at most
// three chunks of assessments and their reports are held (one being read
// and evaluated on all processors, one waiting, one being written), and
// the assessments held for a prerequisite read later. With hold, the
// commune keys seen are kept (two 16-byte hashes and the place of the
// first assessment per commune, set and year; see communeSet) and each
// distinct spelling of a place, and for prerequisites, per commune and
// year of an assessment with values for a set some set requires, a
// 16-byte key and its outcome; without hold, each distinct spelling of a
// place with its keys hashed and, per commune, set and year, a 12-byte
// key and 24 bytes (see placenames.Repeats): O(communes) small keys, never
// the reports.
func evaluateFiles(ctx *cmdContext, files []string, cat *criteria.Catalog, only *criteria.Set, hold holdFunc, fail func(error), emit func([]evaluate.Report)) (ok bool, n int, read filesRead) {
	problems := 0
	counted := func(err error) {
		problems++
		fail(err)
	}
	run := newFilesRun(ctx, cat, only, hold, counted, emit)
	for _, file := range files {
		before := problems
		if run.readFile(file) {
			read.opened = append(read.opened, file)
			read.faulty = read.faulty || problems > before
		}
	}
	if run.names != nil {
		run.names.Settle()
	}
	if run.join != nil {
		run.passSettledLater()
	}
	if run.names != nil {
		run.settleNames()
	}
	if run.repeats != nil {
		run.warnRepeats()
	}
	return run.ok, run.n, read
}

// filesRead are the files of evaluateFiles that could be opened, and
// whether some of them had problems.
type filesRead struct {
	opened []string
	faulty bool
}

// nothing returns, when no assessment was evaluated (n is 0), the problem
// that says why of the files opened (see noValues); nil when there are
// none: those that could not be opened had their problem.
func (r filesRead) nothing(only *criteria.Set, n int) error {
	if n > 0 || len(r.opened) == 0 {
		return nil
	}
	return noValues(only, r.opened, r.faulty)
}

// filesRun is the state of one evaluateFiles call: what it was given, what
// it keeps across files (the communes seen and the names read, with hold;
// the prerequisite joiner) and what it returns (ok, n).
type filesRun struct {
	ctx  *cmdContext
	cat  *criteria.Catalog
	only *criteria.Set
	hold holdFunc
	fail func(error)
	emit func([]evaluate.Report)
	join *prereqjoin.Joiner
	// seen and names are not nil only with hold.
	seen  *communeSet
	names *runNames
	// repeats is not nil only without hold: the communes shown twice,
	// and the names read, each a warning once the input is read.
	repeats *placenames.Repeats

	ok bool
	n  int
	// out is the chunk of reports waiting for emit.
	out []evaluate.Report
	// provisional are, for the assessment being passed on, the sets of its
	// provisional reports and their indices in seen.pending.
	provisional []heldReport
}

// A heldReport is the set of a provisional report and its index in
// communeSet.pending.
type heldReport struct {
	set     string
	pending int
}

func newFilesRun(ctx *cmdContext, cat *criteria.Catalog, only *criteria.Set, hold holdFunc, fail func(error), emit func([]evaluate.Report)) *filesRun {
	run := &filesRun{ctx: ctx, cat: cat, only: only, hold: hold, fail: fail, emit: emit, join: prereqjoin.New(cat), ok: true}
	if hold != nil {
		run.seen = newCommuneSet()
		run.names = ctx.runNames()
	} else {
		run.repeats = placenames.NewRepeats(placenames.New())
	}
	if run.join != nil && run.names != nil {
		// The commune a name written without diacritics stands for is
		// the one the run counts.
		run.join.ShareNames(run.names.Run)
	}
	return run
}

// problem passes err to fail: the run is not ok. An ambiguous
// prerequisite names both assessments: without hold, the warning on them
// as a commune assessed twice is left out.
func (run *filesRun) problem(err error) {
	if run.repeats != nil {
		prereqjoin.Told(run.repeats, err)
	}
	run.fail(err)
	run.ok = false
}

// shown tells whether r is of the set asked for (every set without only).
func (run *filesRun) shown(r *evaluate.Report) bool {
	return run.only == nil || r.Set == run.only.ID
}

// kept tells whether r is used: not a second assessment of its commune,
// set and year (dropped lists those, with hold).
func kept(r *evaluate.Report, dropped []string) bool { return !slices.Contains(dropped, r.Set) }

// flush passes the reports waiting in out to emit.
func (run *filesRun) flush() {
	if len(run.out) > 0 {
		run.n += len(run.out)
		run.emit(run.out)
		run.out = run.out[:0]
	}
}

// passKept passes r on, when kept (not of a set in dropped), with pass
// when shown, else to ctx.unshown when it is set; p is r's index in
// seen.pending when provisional, else -1.
func (run *filesRun) passKept(r *evaluate.Report, dropped []string, p func() int) {
	switch {
	case !kept(r, dropped):
	case !run.shown(r):
		if run.ctx.unshown != nil {
			run.ctx.unshown(r)
		}
	default:
		run.pass(r, p())
	}
}

// pass passes r on: to hold when it is the provisional report of index i
// in seen.pending (i >= 0), in its place after the others; else to out.
func (run *filesRun) pass(r *evaluate.Report, i int) {
	if i < 0 {
		run.out = append(run.out, *r)
		return
	}
	run.flush()
	run.n++
	run.seen.held(i, run.hold(r))
}

// readFile evaluates the assessments of file and passes their reports on;
// it returns false when the file cannot be opened (its one problem passed
// on).
func (run *filesRun) readFile(file string) (opened bool) {
	notes := &fileNotes{}
	dec, closer, err := openAssessments(run.ctx, file, run.cat, notes)
	if err != nil {
		if run.ctx.exclude != nil {
			run.ctx.exclude(fileNotRead(file, err))
		}
		run.problem(err)
		return false
	}
	note := func(line string) { fmt.Fprintln(run.ctx.Stderr, line) }
	defer func() {
		if notes.more > 0 {
			note(moreNotes(run.ctx, file, notes.more))
		}
	}()
	fileOK := evaluateFile(file, dec, notes, note, run.cat, run.only, run.join, run.fail, run.ctx.exclude,
		func(as []evaluate.Assessment, results [][]evaluate.Report, tickets []prereqjoin.Ticket) {
			run.out = run.out[:0]
			for i := range as {
				var ticket *prereqjoin.Ticket
				if tickets != nil {
					ticket = &tickets[i]
				}
				run.takeAssessment(&as[i], &results[i], ticket)
			}
			run.flush()
		})
	closer.Close()
	run.ok = run.ok && fileOK
	return true
}

// takeAssessment passes on the reports of a:
// those of a set it was assessed for before are dropped (with hold), and
// when a's prerequisite is settled by an assessment not read yet, they are
// held by the joiner for passSettledLater. ticket is a's ticket, nil
// without a joiner; *results may be replaced by the joiner's.
func (run *filesRun) takeAssessment(a *evaluate.Assessment, results *[]evaluate.Report, ticket *prereqjoin.Ticket) {
	var dropped []string
	run.provisional = run.provisional[:0]
	if run.seen != nil {
		dropped = run.recordCommune(a, *results, ticket)
	}
	if run.repeats != nil {
		run.recordRepeats(a, *results)
	}
	if run.join != nil {
		rs, held, errs := run.join.Add(a, ticket, *results, dropped)
		for _, err := range errs {
			run.problem(err)
		}
		if held {
			return
		}
		*results = rs
	}
	for k := range *results {
		r := &(*results)[k]
		run.passKept(r, dropped, func() int { return run.provisionalIndex(r.Set) })
	}
}

// recordCommune records the commune, set and year of each report shown of
// a in seen, and the names of its places: it returns the sets a was
// assessed for before (each one's problem passed on, or told when
// settled), and lists a's provisional reports in provisional. a is given
// the registries' names of its places, and ticket (when not nil) is made
// again from them, so that reports made again for a prerequisite have
// them too and the commune is joined by them.
func (run *filesRun) recordCommune(a *evaluate.Assessment, results []evaluate.Report, ticket *prereqjoin.Ticket) (dropped []string) {
	if run.join != nil && len(results) > 0 {
		// The names of every report made, shown or not (of the set --set
		// requires), tell the commune a name stands for; an assessment
		// without values makes none.
		run.names.Add(a.Commune, a.Origin)
	}
	for k := range results {
		r := &results[k]
		if !run.shown(r) {
			continue
		}
		switch at, how := run.seen.add(r, run.names.Read(r)); how {
		case again:
			run.problem(assessedAgain(r.Origin, r.Commune, r.Set, r.Year, at))
			dropped = append(dropped, r.Set)
		case againLater:
			dropped = append(dropped, r.Set)
		case provisionalReport:
			run.provisional = append(run.provisional, heldReport{r.Set, len(run.seen.pending) - 1})
		}
	}
	if c := run.names.RegistryName(a.Commune); c != a.Commune {
		a.Commune = c
		if run.join != nil {
			*ticket = run.join.Inspect(a)
		}
	}
	return dropped
}

// provisionalIndex returns the index in seen.pending of the provisional
// report of set of the assessment being passed on, else -1.
func (run *filesRun) provisionalIndex(set string) int {
	p := -1
	for _, h := range run.provisional {
		if h.set == set {
			p = h.pending
		}
	}
	return p
}

// passSettledLater passes on the reports of the assessments the joiner
// held for a prerequisite read after them, settled now that every file
// was read: evaluated in input order, a chunk at a time into reused
// buffers.
func (run *filesRun) passSettledLater() {
	run.out = run.out[:0]
	var bufs [][]evaluate.Report
	k := 0
	errs := run.join.Finish(func(a *evaluate.Assessment, dropped []string) {
		if k == len(bufs) {
			bufs = append(bufs, nil)
		}
		bufs[k], _ = evaluate.RunAllInto(bufs[k], run.cat, a)
		for i := range bufs[k] {
			r := &bufs[k][i]
			run.passKept(r, dropped, func() int {
				if run.seen != nil {
					return run.seen.provisional(r)
				}
				return -1
			})
		}
		if k++; k == chunkSize {
			run.flush()
			k = 0
		}
	})
	run.flush()
	// The names the joiner did not join are warned of with the others
	// (settleNames, warnRepeats).
	for _, err := range errs {
		run.problem(err)
	}
}

// settleNames, once every file was read and the names settled, takes
// back the provisional reports of a commune passed on before (their
// problems passed on), and prints the warnings on names.
func (run *filesRun) settleNames() {
	run.n -= run.seen.settle(run.names, run.problem)
	run.names.warn(func(line string) { fmt.Fprintf(run.ctx.Stderr, "ntm %s: %s\n", run.ctx.cmd.name, line) }, run.ctx.lang)
}

// recordRepeats records in repeats the commune, set and year of each
// report shown of a, and the names of a's places (of an assessment with
// a report, shown or not: as recordCommune, for the names the joiner is
// given).
func (run *filesRun) recordRepeats(a *evaluate.Assessment, results []evaluate.Report) {
	if len(results) > 0 {
		run.repeats.Names().Add(a.Commune, a.Origin)
	}
	for k := range results {
		if r := &results[k]; run.shown(r) {
			run.repeats.Add(r)
		}
	}
}

// warnRepeats, once every file was read, prints the warnings of repeats:
// the communes shown twice for one set and year, then the names that may
// be two or more known names, or differ from another only in diacritics.
func (run *filesRun) warnRepeats() {
	run.repeats.Names().Settle()
	lang := run.ctx.lang
	for _, x := range run.repeats.Warnings(lang) {
		fmt.Fprintf(run.ctx.Stderr, "ntm %s: %s%s%s\n", run.ctx.cmd.name, x.Origin, pick(lang, ": cảnh báo: ", ": warning: "), x.Text)
	}
}

// dropIndices returns rs without the elements at the indices given, in
// any order, keeping the others in order.
func dropIndices[T any](rs []T, indices []int) []T {
	if len(indices) == 0 {
		return rs
	}
	drop := make(map[int]bool, len(indices))
	for _, i := range indices {
		drop[i] = true
	}
	out := rs[:0]
	for i, r := range rs {
		if !drop[i] {
			out = append(out, r)
		}
	}
	return out
}

// assessedAgain is the problem of an assessment at origin of a commune
// already assessed for set and year, first at first.
func assessedAgain(origin string, c evaluate.Commune, set string, year int, first string) error {
	return fmt.Errorf("%s: %s is assessed again for %s, %d (first in %s); this assessment is not used",
		origin, c, set, year, first)
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
// nil, before the printed ones are capped. The notes reading adds to notes
// are given to note in the calling goroutine, in reading order with the
// problems.
func evaluateFile(file string, dec assessmentReader, notes *fileNotes, note func(string), cat *criteria.Catalog, only *criteria.Set, join *prereqjoin.Joiner, fail, exclude func(error),
	take func([]evaluate.Assessment, [][]evaluate.Report, []prereqjoin.Ticket)) (ok bool) {
	// A chunk is read, then evaluated while the next is read, then
	// taken while the next is evaluated.
	read := make(chan fileBatch, 1)
	batches := make(chan fileBatch, 1)
	// The report buffers of a chunk once taken come back through free to
	// be reused by a later chunk: at most three are ever made (the chunk
	// evaluated, the one waiting in batches, the one taken; a chunk read
	// has none until it is evaluated).
	free := make(chan [][]evaluate.Report, 3)
	go func() {
		defer close(read)
		for done := false; !done; {
			var b fileBatch
			done = b.read(dec, notes)
			read <- b
		}
	}()
	go func() {
		defer close(batches)
		for b := range read {
			select {
			case b.results = <-free:
			default:
			}
			evaluateBatch(&b, cat, only, join)
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
		for i, err := range b.readErrs {
			b.printNotes(i, note)
			problem(err)
		}
		b.printNotes(len(b.readErrs), note)
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

// evaluateBatch evaluates a chunk read: fileBatch.evaluate, which tests
// replace to see when it runs.
var evaluateBatch = (*fileBatch).evaluate

// A fileBatch is a chunk of the assessments of a file, with the problems
// met reading them, their reports, the problems met evaluating each, and
// their tickets (with a joiner).
type fileBatch struct {
	readErrs []error
	// notes are the notes met reading, each before the problem of
	// readErrs at its index (after them all at len(readErrs)).
	notes   []batchNote
	as      []evaluate.Assessment
	results [][]evaluate.Report
	runErrs []error
	tickets []prereqjoin.Ticket
}

// A batchNote is a note met reading a fileBatch, before the problem of
// readErrs at index before.
type batchNote struct {
	before int
	line   string
}

// printNotes passes the notes before the problem of index i to note.
func (b *fileBatch) printNotes(i int, note func(string)) {
	for len(b.notes) > 0 && b.notes[0].before <= i {
		note(b.notes[0].line)
		b.notes = b.notes[1:]
	}
}

// read reads up to chunkSize assessments of dec into b, with the notes
// reading them adds to notes, and reports whether dec is at its end.
func (b *fileBatch) read(dec assessmentReader, notes *fileNotes) (done bool) {
	b.as = make([]evaluate.Assessment, 0, chunkSize)
	for len(b.as) < chunkSize {
		a, err := dec.Next()
		for _, line := range notes.take() {
			b.notes = append(b.notes, batchNote{len(b.readErrs), line})
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			b.readErrs = append(b.readErrs, err)
			continue
		}
		b.as = append(b.as, a)
	}
	return false
}

// evaluate evaluates b's assessments on all processors into the report
// buffers b holds: against every set they have values for, or only
// against only when it is not nil and join is; with join, it makes the
// ticket of each.
func (b *fileBatch) evaluate(cat *criteria.Catalog, only *criteria.Set, join *prereqjoin.Joiner) {
	opt := evaluate.Options{Catalog: cat}
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
// first assessment, packed; and a 128-bit hash of the key that ignores
// diacritics too (placekey.Loose), with whether a name written without
// diacritics was read under it.
//
// Two assessments of one loose key of which one has a name written
// without diacritics may be of one commune, as placenames.Run.Canonical tells
// once every name is read: the later is provisional (passed to hold), and
// so are the later ones of that key. They are kept, with their names and
// places, until settle says which were of a commune assessed before.
type communeSet struct {
	hasher placekey.Hasher
	// first holds the place of the first assessment of each key, packed
	// in places, or, with pendingBit, the index in pending of a
	// provisional one.
	first  map[[2]uint64]uint64
	places originpack.Table
	// loose holds, for each loose key, looseNone while no name of it was
	// written without diacritics, looseLater when one was but not the
	// first assessment's, else 1 + the index of the first assessment's
	// spelling in the run's names (placekey.Names.Spelling).
	loose   map[[2]uint64]uint32
	pending []pendingReport
	keys    placekey.KeyMemo
}

const (
	looseNone  = 0
	looseLater = ^uint32(0)
	pendingBit = 1 << 63
)

// A pendingReport is a provisional assessment, or an assessment of the
// same names as one (of >= 0: its index in pending): the index of the
// spelling of its names in the run's names, its set and year, its origin
// packed in communeSet.places, its loose key.
type pendingReport struct {
	spelling uint32
	year, of int32
	set      string
	origin   uint64
	loose    [2]uint64
	retract  func()
	// first is, once settled, where the commune was first assessed: the
	// report's own origin when it was the first.
	first string
}

// How communeSet.add finds an assessment.
const (
	firstTime         = iota // the first of its commune, set and year
	again                    // an assessment of a commune assessed before
	againLater               // of the names of a provisional one: not used, its problem told when settled
	provisionalReport        // perhaps of a commune assessed before: settle tells
)

func newCommuneSet() *communeSet {
	return &communeSet{hasher: placekey.NewHasher(),
		first: map[[2]uint64]uint64{}, loose: map[[2]uint64]uint32{}}
}

// hash returns the 128-bit hash of a commune's key, a set and a year.
func (s *communeSet) hash(key, set string, year int) [2]uint64 { return s.hasher.Sum(year, key, set) }

// add records the report's commune, set and year, of the spelling of index
// spelling in the run's names, and tells how it finds it: with again, it
// returns where the commune was first read. After provisionalReport, the
// report is the last of pending, and the caller gives held what takes it
// back once it passed it on.
func (s *communeSet) add(r *evaluate.Report, spelling int) (string, int) {
	p := placenames.In(r.Commune, r.Year)
	key, loose := s.keys.Keys(p)
	k := s.hash(key, r.Set, r.Year)
	if at, dup := s.first[k]; dup {
		if at&pendingBit == 0 {
			return s.places.Unpack(at), again
		}
		s.addPending(r, spelling, [2]uint64{}, int(at&^pendingBit))
		return "", againLater
	}
	lk := s.hash(loose, r.Set, r.Year)
	ascii := placekey.HasASCII(p)
	v, known := s.loose[lk]
	switch {
	case !known:
		v = looseNone
		if ascii {
			v = uint32(spelling) + 1
		}
		s.loose[lk] = v
	case v == looseNone && !ascii:
		// Names that differ in diacritics, each written with some: two
		// communes (runNames warns of them).
	default:
		if v == looseNone {
			s.loose[lk] = looseLater
		}
		s.first[k] = pendingBit | uint64(len(s.pending))
		s.addPending(r, spelling, lk, -1)
		return "", provisionalReport
	}
	s.first[k] = s.places.Pack(r.Origin)
	return "", firstTime
}

// addPending adds r, of the spelling of index spelling, to pending.
func (s *communeSet) addPending(r *evaluate.Report, spelling int, loose [2]uint64, of int) {
	s.pending = append(s.pending, pendingReport{spelling: uint32(spelling), year: int32(r.Year), of: int32(of),
		set: r.Set, origin: s.places.Pack(r.Origin), loose: loose})
}

// origin returns where the pending report of index i was read.
func (s *communeSet) origin(i int) string { return s.places.Unpack(s.pending[i].origin) }

// problem returns the problem of the pending report of index i, assessed
// again, first at first; its commune is named as it was passed on.
func (s *communeSet) problem(names *runNames, i int, first string) error {
	p := &s.pending[i]
	return assessedAgain(s.origin(i), s.commune(names, p), p.set, int(p.year), first)
}

// commune returns the commune of p as it was passed on.
func (s *communeSet) commune(names *runNames, p *pendingReport) evaluate.Commune {
	return names.RegistryName(communeOf(names.Spelling(int(p.spelling))))
}

// held records what takes back the provisional report of index i in
// pending.
func (s *communeSet) held(i int, retract func()) { s.pending[i].retract = retract }

// provisional returns the index in pending of r when it is a provisional
// report (made again from its assessment), else -1.
func (s *communeSet) provisional(r *evaluate.Report) int {
	at, ok := s.first[s.hash(s.keys.Key(placenames.In(r.Commune, r.Year)), r.Set, r.Year)]
	if !ok || at&pendingBit == 0 {
		return -1
	}
	if i := int(at &^ pendingBit); s.origin(i) == r.Origin {
		return i
	}
	return -1
}

// settle tells, once every name is read (names settled), which pending
// reports were of a commune assessed before, in the order read: each
// provisional one that was is taken back. It gives their problems, and
// those of the reports of the same names as one, to problem in the order
// read, and returns how many were taken back.
func (s *communeSet) settle(names *runNames, problem func(error)) (takenBack int) {
	// Where each commune, set and year of a provisional report kept was
	// first assessed, by the hash of its canonical key.
	firsts := map[[2]uint64]string{}
	for i := range s.pending {
		p := &s.pending[i]
		if p.of >= 0 {
			p.first = s.pending[p.of].first
			problem(s.problem(names, i, p.first))
			continue
		}
		ck := s.hash(s.keys.Key(names.CanonicalIn(s.commune(names, p), int(p.year))), p.set, int(p.year))
		first, found := firsts[ck]
		if !found {
			first, found = s.before(names, p, ck)
		}
		if !found {
			p.first = s.origin(i)
			firsts[ck] = p.first
			continue
		}
		p.first = first
		if p.retract != nil {
			p.retract()
		}
		takenBack++
		problem(s.problem(names, i, first))
	}
	return takenBack
}

// before returns where the commune, set and year of canonical key ck was
// first assessed among the reports of p's loose key passed on before the
// provisional ones, if it was.
func (s *communeSet) before(names *runNames, p *pendingReport, ck [2]uint64) (string, bool) {
	if v := s.loose[p.loose]; v != looseNone && v != looseLater {
		// The first had a name written without diacritics, and none came
		// after it but provisional ones.
		c := names.RegistryName(communeOf(names.Spelling(int(v - 1))))
		if s.hash(s.keys.Key(names.CanonicalIn(c, int(p.year))), p.set, int(p.year)) != ck {
			return "", false
		}
		k := s.hash(s.keys.Key(placenames.In(c, int(p.year))), p.set, int(p.year))
		return s.places.Unpack(s.first[k]), true
	}
	// Each was written with diacritics: its names are canonical.
	if at, ok := s.first[ck]; ok && at&pendingBit == 0 {
		return s.places.Unpack(at), true
	}
	return "", false
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

// communeOf returns the commune of a place's names.
func communeOf(p placekey.Place) evaluate.Commune { return placenames.CommuneOf(p) }
