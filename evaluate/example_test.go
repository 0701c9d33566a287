package evaluate_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/problem"
)

// hoaLac is an illustrative assessment (số liệu minh họa): a few values of
// a TDMNPB commune under 1980/QĐ-TTg.
func hoaLac() *evaluate.Assessment {
	return &evaluate.Assessment{
		Commune: evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Region:  criteria.TDMNPB,
		Year:    2020,
		Values: map[string]map[string]evaluate.Value{criteria.IDQD1980: {
			"2.2":  evaluate.Bool(false),
			"4.2":  evaluate.MustNumber("96.5"),
			"5":    evaluate.Share(2, 3, "trường"),
			"11":   evaluate.Share(61, 480, "hộ"),
			"14.3": evaluate.MustNumber("24.5"),
		}},
	}
}

func ExampleRun() {
	r := evaluate.Run(criteria.QD1980(), hoaLac())
	fmt.Println("set:", r.Status, r.CriteriaMet, "/", r.CriteriaTotal)
	for _, c := range r.Criteria {
		for _, ind := range c.Indicators {
			if ind.Status == evaluate.StatusMissing {
				continue
			}
			actual, _ := ind.Value().Actual()
			t := ind.Target()
			fmt.Printf("%s %s: %s %s %s", ind.Code(), ind.Status, actual, t.Op, t.Value)
			if g, ok := ind.Gap(); ok {
				fmt.Printf(", gap %v", g)
			}
			fmt.Println()
		}
	}
	// Output:
	// set: not-met 0 / 19
	// 2.2 not-met: false = 0
	// 4.2 met: 96.5 >= 95
	// 5 not-met: 66.67 >= 70, gap 3.34 (1 trường)
	// 11 not-met: 12.71 <= 12, gap 0.71 (4 hộ)
	// 14.3 not-met: 24.5 >= 25, gap 0.5
}

// One indicator's result in a report, as a rule test compares it with
// Judge's verdict.
func ExampleReport_Indicator() {
	set := criteria.QD1980()
	r := evaluate.Run(set, hoaLac())
	ind, ok := r.Indicator("5")
	gap, _ := ind.Gap()
	fmt.Println(ok, ind.Status, ind.Value(), gap)
	st, g, err := evaluate.Judge(set, "5", "TDMNPB", 2020, ind.Value())
	fmt.Println(st, g, err)
	_, ok = r.Indicator("5.9")
	fmt.Println(ok)
	// Output:
	// true not-met 2/3 trường 3.34 (1 trường)
	// not-met 3.34 (1 trường) <nil>
	// false
}

func ExampleReport_Shortfalls() {
	r := evaluate.Run(criteria.QD1980(), hoaLac())
	fmt.Println("by criterion:")
	for _, s := range r.Shortfalls() {
		fmt.Println(" ", s.Indicator, s.Actual)
	}
	fmt.Println("closest first:")
	for _, s := range r.ShortfallsByCloseness() {
		fmt.Println(" ", s.Indicator, s.Actual)
	}
	// Output:
	// by criterion:
	//   2.2 false
	//   5 66.67
	//   11 12.71
	//   14.3 24.5
	// closest first:
	//   14.3 24.5
	//   5 66.67
	//   11 12.71
	//   2.2 false
}

// The text report of a commune on 933/QĐ-UBND, a set whose content awaits
// the official text, whose prerequisite 1980/QĐ-TTg is met by a recognition;
// the figures and the recognition are illustrative (số liệu minh họa).
func ExampleWriteText() {
	a := &evaluate.Assessment{
		Commune: evaluate.Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Region:  criteria.TDMNPB,
		Year:    2020,
		Values: map[string]map[string]evaluate.Value{criteria.IDQD933: {
			"1": evaluate.Bool(true), "2": evaluate.Bool(true), "3": evaluate.Bool(false),
		}},
		Recognitions: []evaluate.Recognition{{Set: criteria.IDQD1980, Year: 2018, Decision: "2165/QĐ-UBND"}},
	}
	set := criteria.QD933()
	set.Criteria = set.Criteria[:3] // keep the example short
	r := evaluate.Run(set, a)
	if err := evaluate.WriteText(os.Stdout, []evaluate.Report{r}, evaluate.RenderOptions{Lang: "en"}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Commune:    Tân Thành, Hữu Lũng, Lạng Sơn
	// Criteria:   933/QĐ-UBND (pending the official text) — Criteria for enhanced new-rural-area communes in Lạng Sơn province, 2018-2020
	// Region:     TDMNPB (Northern midlands and mountain areas)
	// Year:       2020
	// Status:     Not met (provisional: pending the official text)
	//
	// Indicator  Status   Actual  Target  Gap  Provenance
	// Criterion 1. Criterion 1 (pending the official text): Met
	//   1        Met      yes     met          C1
	// Criterion 2. Criterion 2 (pending the official text): Met
	//   2        Met      yes     met          C1
	// Criterion 3. Criterion 3 (pending the official text): Not met
	//   3        Not met  no      met          C1
	//
	// Prerequisite: 1980/QĐ-TTg — Met (by recognition 2165/QĐ-UBND, 2018)
	//
	// Warnings:
	//   - set 933/QĐ-UBND: its content awaits the official text; criteria are judged from attested results (load the official content with --sets-from)
	//   - targets of provenance C1 (one public source only) decided 3 indicators: 1–3
	//
	// Met 2/3 criteria
}

// Judge one indicator: a rule test in three lines.
func ExampleJudge() {
	st, gap, err := evaluate.Judge(criteria.QD1980(), "5", "TDMNPB", 2020, evaluate.Share(2, 3, "trường"))
	fmt.Println(st, gap, err)
	st, gap, err = evaluate.Judge(criteria.QD1980(), "2.2", "TDMNPB", 2020, evaluate.Bool(false))
	fmt.Println(st, gap, err)
	// A value no reader would read is refused: a service answers its
	// problem, the indicator in path and the value as written in input.
	_, _, err = evaluate.Judge(criteria.QD1980(), "5", "TDMNPB", 2020, evaluate.Share(3, 2, "trường"))
	fmt.Println(err)
	var p *problem.Problem
	if errors.As(err, &p) {
		answer, _ := json.Marshal(p)
		fmt.Println(string(answer))
		fmt.Println(p.Message(problem.VI))
	}
	// Output:
	// not-met 3.34 (1 trường) <nil>
	// not-met must be met <nil>
	// evaluate: indicator 5 of 1980/QĐ-TTg, column "TDMNPB": value "3/2 trường": numerator must not exceed the denominator 2
	// {"code":"out-of-range","message":"must not exceed the denominator 2","column":"numerator","path":"5","input":"3/2 trường"}
	// cột numerator: 5: không được lớn hơn mẫu số 2 (giá trị "3/2 trường")
}

// Evaluate many communes reusing one report's memory: the fastest way.
// Values stored with Put (as the decoders store them) are read by
// position.
func ExampleOptions_RunInto() {
	set := criteria.QD1980()
	var r evaluate.Report // reused from one commune to the next: copy what you keep
	for _, schools := range []int64{2, 3} {
		a := evaluate.Assessment{Commune: evaluate.Commune{Name: "Xã minh họa", Province: "Lạng Sơn"}, Year: 2020}
		if err := a.Put(set, "5", evaluate.Share(schools, 3, "trường")); err != nil {
			panic(err)
		}
		evaluate.Options{}.RunInto(&r, set, &a)
		ind := r.Criteria[4].Indicators[0]
		g, _ := ind.Gap()
		fmt.Println(r.Region, ind.Code(), ind.Status, ind.Target(), g)
	}
	// Output:
	// TDMNPB 5 not-met ≥ 70% 3.34 (1 trường)
	// TDMNPB 5 met ≥ 70% 0
}

// ExampleWrite writes a summary in the format and language a caller chose
// (here from a command's flags): one call, whatever the format.
func ExampleWrite() {
	reports := []evaluate.Report{evaluate.Run(criteria.QD1980(), hoaLac())}
	opt := evaluate.RenderOptions{Format: "csv"} // Lang: "en" for English text and Markdown
	var b strings.Builder
	if err := evaluate.Write(&b, evaluate.Summarize(reports), opt); err != nil {
		fmt.Println(err)
	}
	lines := strings.Split(b.String(), "\n")
	fmt.Println(lines[0])
	fmt.Println(lines[1])
	// Output:
	// set,year,scope,province,district,communes,communes_met,average_criteria_met,criteria_total,criterion,name,met,not_met,missing,commune,origin,problems,through,content
	// 1980/QĐ-TTg,2020,all,,,1,0,0.00,19,1,Quy hoạch,0,0,1,,,,,
}

// A service builds assessments from its own database rows (here a slice,
// số liệu minh họa), storing each value in the indexed form with Put,
// and evaluates them reusing one report's memory. Looking the set up for
// each row is fine: the values of copies of one set are stored together.
func ExampleAssessment_Put() {
	type row struct {
		commune, set, code, value string
	}
	rows := []row{
		{"Hòa Lạc", "1980", "4.1", "đạt"},
		{"Hòa Lạc", "1980", "4.2", "96,5"},
		{"Hòa Lạc", "1980", "5", "2/3 trường"},
		{"Minh Sơn", "1980", "4.2", "chín mươi"},
	}
	cat := criteria.Builtin()
	byName := map[string]*evaluate.Assessment{}
	var order []string
	for _, r := range rows {
		a := byName[r.commune]
		if a == nil {
			a = &evaluate.Assessment{
				Commune: evaluate.Commune{Name: r.commune, District: "Hữu Lũng", Province: "Lạng Sơn"},
				Year:    2020,
			}
			byName[r.commune] = a
			order = append(order, r.commune)
		}
		set, err := cat.Lookup(r.set)
		if err != nil {
			fmt.Println(err)
			continue
		}
		v, err := evaluate.ParseValue(set, r.code, r.value)
		if err == nil {
			err = a.Put(set, r.code, v)
		}
		if err != nil {
			fmt.Println("wrong-kind:", errors.Is(err, problem.WrongKind))
			continue
		}
	}
	set, _ := cat.Lookup("1980")
	var rep evaluate.Report // reused: rep.Clone() keeps a copy
	for _, name := range order {
		evaluate.Options{Catalog: cat}.RunInto(&rep, set, byName[name])
		fmt.Printf("%s: %s, %d/%d tiêu chí\n", rep.Commune.Name, rep.Status, rep.CriteriaMet, rep.CriteriaTotal)
		for _, s := range rep.Shortfalls() {
			fmt.Println(" ", s.Indicator, s.Actual, s.Gap)
		}
	}
	// Output:
	// wrong-kind: true
	// Hòa Lạc: not-met, 1/19 tiêu chí
	//   5 66.67 3.34 (1 trường)
	// Minh Sơn: missing, 0/19 tiêu chí
}
