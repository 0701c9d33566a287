package workbook

import (
	"bytes"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/xuri/excelize/v2"
)

// The package documentation says its functions are safe for concurrent
// use: reading one workbook and writing its reports from several
// goroutines at once gives what one goroutine gives (and, under -race,
// no data race).
func TestFunctionsAreSafeForConcurrentUse(t *testing.T) {
	data, err := os.ReadFile("testdata/so-lieu-dai.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	run := func() (string, error) {
		as, derr := Decode(bytes.NewReader(data), "so-lieu-dai.xlsx", ReadOptions{})
		var reports []evaluate.Report
		for i := range as {
			rs, _ := evaluate.RunAll(nil, &as[i])
			reports = append(reports, rs...)
		}
		var rep, sum bytes.Buffer
		if err := WriteReports(&rep, reports, evaluate.RenderOptions{}); err != nil {
			return "", err
		}
		if err := WriteSummary(&sum, evaluate.Summarize(reports), evaluate.RenderOptions{Lang: "en"}); err != nil {
			return "", err
		}
		repCells, err := cellsOf(rep.Bytes())
		if err != nil {
			return "", err
		}
		sumCells, err := cellsOf(sum.Bytes())
		if err != nil {
			return "", err
		}
		return fmt.Sprint(len(as), " assessments ", evaluate.InputErrors(derr), len(reports), " reports ", repCells, sumCells), nil
	}
	want, err := run()
	if err != nil {
		t.Fatal(err)
	}
	const n = 4
	got := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { got[i], errs[i] = run() })
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil || got[i] != want {
			t.Errorf("goroutine %d: %s, %v; want %s", i, got[i], errs[i], want)
		}
	}
}

// cellsOf returns the text of every cell of every sheet of a workbook (the
// file's bytes also hold the time it was written).
func cellsOf(b []byte) (string, error) {
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	defer f.Close()
	var out []string
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			return "", err
		}
		out = append(out, fmt.Sprint(sheet, rows))
	}
	return fmt.Sprint(out), nil
}
