package workbook

import (
	"bytes"
	"encoding/csv"
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/xuri/excelize/v2"
)

// The columns of the long form, in the order of the CSV handed to the
// evaluate decoder.
const (
	colProvince = iota
	colDistrict
	colCommune
	colRegion
	colYear
	colSet
	colIndicator
	colValue
	colNumerator
	colDenominator
	colUnit
	colSource
	nCols
)

var longNames = [nCols]string{"province", "district", "commune", "region", "year", "set", "indicator",
	"value", "numerator", "denominator", "unit", "source"}

// Column roles beyond the long form's: read but not passed on.
const (
	colCode   = nCols + iota // official unit code (Mã xã)
	colGroup                 // commune group (Nhóm)
	colHelper                // content, target, note: ignored
)

// headerNames maps the diacritic-free fold of every accepted header name
// (formats specification, "Header names") to its column.
var headerNames = func() map[string]int {
	m := map[string]int{}
	add := func(col int, names ...string) {
		for _, n := range names {
			m[vntext.Fold(n)] = col
		}
	}
	for i, n := range longNames {
		add(i, n)
	}
	add(colProvince, "Tỉnh", "Tỉnh/Thành phố")
	add(colDistrict, "Huyện", "Huyện/Thị xã/Thành phố")
	add(colCommune, "Xã", "Tên xã", "Xã/Phường/Thị trấn")
	add(colCode, "code", "Mã xã", "Mã ĐVHC")
	add(colRegion, "Vùng")
	add(colGroup, "group", "Nhóm", "Nhóm xã")
	add(colYear, "Năm")
	add(colSet, "Bộ tiêu chí")
	add(colIndicator, "Chỉ tiêu", "Mã chỉ tiêu")
	add(colValue, "Giá trị", "Kết quả")
	add(colNumerator, "Tử số")
	add(colDenominator, "Mẫu số")
	add(colUnit, "Đơn vị", "Đơn vị tính")
	add(colSource, "Nguồn")
	add(colHelper, "content", "Nội dung", "target", "Mức đạt chuẩn", "note", "Ghi chú")
	return m
}()

// indicatorHeader matches a wide-layout column: an indicator code,
// optionally followed by "." and/or a label, optionally ending with the
// share unit in square brackets ("5 Trường học [trường]").
var indicatorHeader = regexp.MustCompile(`^([0-9]{1,2}(?:\.[0-9]{1,2})?[a-z]?)(?:\.?(?:\s+.*?)?)?(?:\s*\[([^\]]*)\])?\s*$`)

// layout is what the header row of a sheet says.
type layout struct {
	at    [nCols]int // column (0-based) of each long-form column, -1 when absent
	wide  []wideCol  // the indicator columns of the wide layout
	extra []int      // read and ignored (code, group, helper)
}

type wideCol struct {
	at   int
	code string
	unit string
}

// parseHeader reads a header row; ok is false when the row is not a header
// of either layout. Problems of a recognised header (an unknown or repeated
// column) are returned as errors naming the cell.
func parseHeader(cells []string) (l layout, ok bool, problems []cellProblem) {
	for i := range l.at {
		l.at[i] = -1
	}
	var unknown []int
	for i, c := range cells {
		name := strings.TrimSpace(c)
		if name == "" {
			continue
		}
		if col, known := headerNames[vntext.Fold(name)]; known {
			switch {
			case col >= nCols:
				l.extra = append(l.extra, i)
			case l.at[col] >= 0:
				problems = append(problems, cellProblem{col: i, input: name, err: errors.New("column given twice")})
			default:
				l.at[col] = i
			}
			continue
		}
		if m := indicatorHeader.FindStringSubmatch(name); m != nil {
			l.wide = append(l.wide, wideCol{at: i, code: m[1], unit: strings.TrimSpace(m[2])})
			continue
		}
		unknown = append(unknown, i)
	}
	if l.at[colCommune] < 0 || (l.at[colIndicator] < 0) == (len(l.wide) == 0) {
		return l, false, nil
	}
	for _, i := range unknown {
		problems = append(problems, cellProblem{col: i, input: cells[i], err: errors.New("unknown column")})
	}
	return l, true, problems
}

type cellProblem struct {
	col   int
	input string
	err   error
}

// record is where a row handed to the evaluate decoder came from.
type record struct {
	row int
	at  *[nCols]int // sheet column of each long-form column, -1 when absent
}

// decodeSheet reads the assessments of one sheet, or returns errNotData
// when its first non-empty row is not a header.
func decodeSheet(wb *excelize.File, file, sheet string, opt ReadOptions) ([]evaluate.Assessment, error) {
	var (
		l        layout
		header   bool
		problems []*evaluate.InputError
		buf      bytes.Buffer
		w        = csv.NewWriter(&buf)
		lines    = map[int]record{} // CSV line → sheet row
		line     = 1
		rec      [nCols]string
	)
	loc := func(col, row int) string { return file + ": " + sheet + "!" + cellName(col+1, row) }
	w.Write(longNames[:])
	write := func(row int, at *[nCols]int) {
		w.Write(rec[:])
		lines[line+1] = record{row, at}
		line++
		for _, f := range rec {
			line += strings.Count(f, "\n")
		}
	}
	var wideAt [][nCols]int
	err := eachRow(wb, sheet, func(num int, cells []string) bool {
		if !header {
			empty := true
			for _, c := range cells {
				if strings.TrimSpace(c) != "" {
					empty = false
					break
				}
			}
			if empty {
				return true
			}
			var ok bool
			var hp []cellProblem
			if l, ok, hp = parseHeader(cells); !ok {
				return false
			}
			header = true
			for _, p := range hp {
				problems = append(problems, &evaluate.InputError{File: loc(p.col, num), Input: p.input, Err: p.err})
			}
			if l.at[colSet] < 0 && opt.Set == "" {
				problems = append(problems, &evaluate.InputError{File: loc(0, num),
					Err: errors.New("no set column: add one (\"set\" or \"Bộ tiêu chí\") or name the set (--set)")})
			}
			wideAt = make([][nCols]int, len(l.wide))
			for k, wc := range l.wide {
				wideAt[k] = l.at
				wideAt[k][colIndicator] = wc.at
				wideAt[k][colValue] = wc.at
				wideAt[k][colNumerator] = wc.at
				wideAt[k][colDenominator] = wc.at
				wideAt[k][colUnit] = wc.at
			}
			return true
		}
		get := func(i int) string {
			if i < 0 || i >= len(cells) {
				return ""
			}
			return strings.TrimSpace(cells[i])
		}
		for c := range rec {
			rec[c] = get(l.at[c])
		}
		if rec[colSet] == "" && l.at[colSet] < 0 {
			rec[colSet] = opt.Set
		}
		if len(l.wide) == 0 {
			rec[colValue] = cellWord(rec[colValue])
			write(num, &l.at)
			return true
		}
		for k, wc := range l.wide {
			v := cellWord(get(wc.at))
			if v == "" {
				continue
			}
			rec[colIndicator], rec[colValue], rec[colNumerator], rec[colDenominator], rec[colUnit] = wc.code, v, "", "", ""
			if n, d, ok := strings.Cut(v, "/"); ok && v != "n/a" {
				rec[colValue], rec[colNumerator], rec[colDenominator], rec[colUnit] =
					"", strings.TrimSpace(n), strings.TrimSpace(d), wc.unit
			}
			write(num, &wideAt[k])
		}
		return true
	})
	if err != nil {
		problems = append(problems, &evaluate.InputError{File: file + ": " + sheet, Err: err})
	}
	if !header {
		if err != nil {
			return nil, problems[0]
		}
		return nil, errNotData
	}
	w.Flush()
	errs := make([]error, 0, len(problems))
	for _, p := range problems {
		errs = append(errs, p)
	}
	if line == 1 {
		return nil, errors.Join(errs...)
	}
	const name = "\x00"
	// place rewrites a problem of the CSV handed to the decoder to name the
	// sheet and cell it came from.
	place := func(ie *evaluate.InputError) *evaluate.InputError {
		e := *ie
		r, ok := lines[e.Line]
		switch {
		case e.Line == 1 || !ok:
			e.File = file + ": " + sheet
		default:
			col := -1
			for c, n := range longNames {
				if n == e.Column && r.at[c] >= 0 {
					col = r.at[c]
				}
			}
			if e.File = loc(max(col, 0), r.row); col >= 0 {
				e.Column = ""
			}
		}
		e.Line = 0
		return &e
	}
	origin := func(o string) string {
		n, _ := strconv.Atoi(strings.TrimPrefix(o, name+":"))
		return loc(0, lines[n].row)
	}
	var as []evaluate.Assessment
	for a, err := range evaluate.NewCSVDecoder(&buf, name, opt.Catalog).All() {
		if err == nil {
			a.Origin = origin(a.Origin)
			as = append(as, a)
			continue
		}
		var ae *evaluate.AssessmentError
		if errors.As(err, &ae) {
			out := &evaluate.AssessmentError{Commune: ae.Commune, Origin: origin(ae.Origin)}
			for _, p := range ae.Problems {
				out.Problems = append(out.Problems, place(p))
			}
			errs = append(errs, out)
			continue
		}
		for _, ie := range evaluate.InputErrors(err) {
			errs = append(errs, place(ie))
		}
	}
	return as, errors.Join(errs...)
}

// cellWord rewrites the cell words of the specification that the long-form
// decoder does not know: "không áp dụng" (not applicable) and a trailing
// "%" on a percentage.
func cellWord(s string) string {
	switch vntext.Fold(s) {
	case "khong ap dung", "n a":
		return "n/a"
	}
	if t, ok := strings.CutSuffix(s, "%"); ok {
		return strings.TrimSpace(t)
	}
	return s
}
