package evaluate

import (
	"encoding/csv"
	"io"
	"iter"
	"slices"
	"strconv"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/csvcell"
)

// csvHeader is the header row written by [WriteCSV].
var csvHeader = []string{"commune", "district", "province", "region", "year", "set", "criterion",
	"indicator", "status", "actual", "op", "target", "unit", "gap", "gap_units", "gap_unit",
	"provenance", "source", "content", "group"}

// WriteCSV writes reports as CSV with a header row and one row per
// indicator: commune, district, province, region, year, set, criterion,
// indicator, status, actual, op, target, unit, gap, gap_units, gap_unit,
// provenance, source, content, group. Cells hold the same values as [WriteJSON]
// (wire codes, decimal strings with "." as separator; gap_unit names a
// share's unit whether or not the indicator is met, and gap_units is 0
// when it is met); a null is an empty
// cell. content is "pending-official-text" on every row of a report on a
// set whose content awaits the official text (its results are
// provisional), empty otherwise; group is the commune group whose targets
// applied, for a set split by commune group (51/2025/QĐ-TTg), empty
// otherwise. Cells do not depend on a language. A text
// cell (commune, district, province, set, unit, gap_unit, source) that
// begins with =, +, -, @, a tab or a carriage return has a leading
// apostrophe, so that a spreadsheet does not run it as a formula (CSV
// injection); [CSVRows] gives the text as it is.
func WriteCSV(w io.Writer, reports []Report) error {
	return NewCSVEncoder(w).Encode(reports)
}

// csvTextColumns are the columns of [WriteCSV] that hold text from the
// input or a set definition: commune, district, province, set, unit,
// gap_unit, source.
var csvTextColumns = []int{0, 1, 2, 5, 12, 15, 17}

// CSVHeader returns the header row of [WriteCSV].
func CSVHeader() []string { return slices.Clone(csvHeader) }

// CSVRows yields the rows of [WriteCSV] after its header ([CSVHeader]),
// one per indicator of each report, for a caller writing the CSV format's
// cells into a format of its own (a workbook, as package workbook does; a
// database table), or a chunk of reports at a time under one header. Text
// cells are as they are, without the apostrophe [WriteCSV] puts before
// one a spreadsheet would run as a formula: a writer of such a format
// stores them as text. The row slice is reused: copy what you keep.
func CSVRows(reports []Report) iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		row := make([]string, len(csvHeader))
		for ri := range reports {
			r := &reports[ri]
			region := ""
			if r.Region.Valid() {
				region = r.Region.String()
			}
			content := contentCell(r.Content)
			for ci := range r.Criteria {
				c := &r.Criteria[ci]
				for ii := range c.Indicators {
					ind := &c.Indicators[ii]
					t := ind.Target()
					actual, _ := ind.val.actual()
					target := ""
					switch {
					case t.Provenance == 0:
					case t.Op == criteria.OpEq:
						target = "true"
					case t.Op == criteria.OpNone:
						target = "0"
					default:
						target = t.Value.String()
					}
					gap, units := "", ""
					unit, _ := ind.val.shareUnit() // as in JSON: whenever the value was a share with a unit
					if g, ok := ind.Gap(); ok {
						gap = g.Amount.String()
						if g.HasUnits {
							units = g.Units.String()
						}
					} else if unit != "" && ind.Status == StatusMet {
						units = "0" // as in JSON: no more units needed
					}
					prov := ""
					if t.Provenance != 0 {
						prov = t.Provenance.String()
					}
					row = append(row[:0], r.Commune.Name, r.Commune.District, r.Commune.Province, region,
						strconv.Itoa(r.Year), r.Set, c.Code(), ind.Code(), ind.Status.String(), actual,
						t.Op.String(), target, t.Unit, gap, units, unit, prov, ind.val.source(), content, r.Group)
					if !yield(row) {
						return
					}
				}
			}
		}
	}
}

// contentCell is the content column of the CSV outputs:
// "pending-official-text" for a set whose content awaits the official
// text, empty otherwise.
func contentCell(c criteria.Content) string {
	if c.Pending() {
		return c.String()
	}
	return ""
}

// CSVEncoder writes reports as one CSV in the format of [WriteCSV], a few
// at a time: the header before the first row, then the rows of each call.
type CSVEncoder struct {
	cw      *csv.Writer
	started bool
}

// NewCSVEncoder returns an encoder writing to w.
func NewCSVEncoder(w io.Writer) *CSVEncoder { return &CSVEncoder{cw: csv.NewWriter(w)} }

// Encode writes the rows of reports (and the header, on the first call)
// and flushes them to the writer.
func (e *CSVEncoder) Encode(reports []Report) error {
	if !e.started {
		e.started = true
		if err := e.cw.Write(csvHeader); err != nil {
			return err
		}
	}
	for row := range CSVRows(reports) {
		if err := e.cw.Write(csvcell.Texts(row, csvTextColumns...)); err != nil {
			return err
		}
	}
	e.cw.Flush()
	return e.cw.Error()
}
