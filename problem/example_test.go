package problem_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/problem"
)

// One errors.As serves the errors of every core package. The inputs are
// illustrative (số liệu minh họa), each with a mistake.
func Example() {
	_, err1 := criteria.Builtin().Lookup("999/QĐ-NONE")
	_, err2 := evaluate.DecodeJSON(strings.NewReader(`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020,
		"sets": {"1980": {"4.2": 120}}}`), "hoalac.json", nil)
	_, _, err3 := plan.Read(strings.NewReader(`{"number": "47/KH-STNMT", "number": "47", "issued": "0000-01-01"}`), nil)
	for _, err := range []error{err1, err2, err3} {
		var p *problem.Problem
		if errors.As(err, &p) {
			fmt.Printf("%s at %q\n", p.Code, p.Path)
		}
	}
	fmt.Println(errors.Is(err1, problem.UnknownSet), errors.Is(err2, problem.OutOfRange), errors.Is(err3, problem.DuplicateKey))
	for _, line := range problem.Lines(errors.Join(err2, err3), problem.VI) {
		fmt.Println(line)
	}
	// Output:
	// unknown-set at ""
	// out-of-range at "sets[\"1980\"][\"4.2\"]"
	// out-of-range at "issued"
	// true true true
	// hoalac.json:2: cột 28: Hòa Lạc: sets["1980"]["4.2"]: tỷ lệ phải trong khoảng 0-100 (giá trị "120")
	// issued: ngày ngoài phạm vi (năm 1-9999) (giá trị "0000-01-01")
	// number: khóa bị lặp (giá trị "number")
}

// A reader of an io.Reader does not know its file's name: InFile gives it
// to its problems, and All lists them, each with its place. The plan is
// illustrative (số liệu minh họa), with two mistakes.
func ExampleInFile() {
	_, _, err := plan.Read(strings.NewReader(`{"number": "", "issued": "2020-13-01"}`), nil)
	err = problem.InFile("plan.json", err)
	for _, p := range problem.All(err) {
		fmt.Printf("%s | %s | %s | %s\n", p.File, p.Path, p.Code, p.Message(problem.EN))
	}
	// Output:
	// plan.json | issued | wrong-kind | plan.json: issued: want a date YYYY-MM-DD (got "2020-13-01")
	// plan.json | number | missing-field | plan.json: number: missing: the plan's number (số hiệu) is required
}
