// Command huulung runs the scenario of Kế hoạch 47/KH-STNMT (Sở Tài nguyên và
// Môi trường Lạng Sơn, 15/4/2020) end to end: the three target communes of
// huyện Hữu Lũng are evaluated — xã Nhật Tiến and xã Hòa Lạc against
// 1980/QĐ-TTg (nông thôn mới), xã Tân Thành against 1980/QĐ-TTg and
// 933/QĐ-UBND (nông thôn mới nâng cao) — and the plan's status is printed as of
// a date inside its inspection window, with the brief of every agency in
// charge of criteria.
//
// The plan is the real one (plan-47-KH-STNMT.json, encoded from its full
// text). The commune figures are NOT official: they are invented for
// illustration (số liệu minh họa) and say so in the file name, in each value's
// source and in the output.
//
// Run it from the module root:
//
//	go run ./examples/huulung
//	go run ./examples/huulung -as-of 2020-04-20 -lang en
//	go run ./examples/huulung -format json
//	go run ./examples/huulung -act 2
//
// With -act 2 it runs the second act, "sau sắp xếp 2025": the communes'
// illustrative 2020 figures rolled into estimates for the units formed on
// 1/7/2025 by Nghị quyết 1672/NQ-UBTVQH15 (xã Tân Thành, khoản 46; xã Vân
// Nham, khoản 47), then the new communes' illustrative 2026 attestations
// under 51/2025/QĐ-TTg, their commune group an assumption said so.
package main

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/langson"
	"github.com/nongthonmoi/ntm/plan"
)

//go:embed plan-47-KH-STNMT.json
var planJSON []byte

// sampleJSON holds illustrative assessments (số liệu minh họa) of the three
// communes for 2020: invented figures, not official data.
//
//go:embed so-lieu-minh-hoa.json
var sampleJSON []byte

const illustrative = "SỐ LIỆU MINH HỌA — số liệu xã là giả định, không phải số liệu chính thức (illustrative figures, not official data)"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("huulung", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asOf := fs.String("as-of", "2020-05-20", "the date the plan's status is computed for (YYYY-MM-DD)")
	lang := fs.String("lang", "vi", "language of labels: vi or en")
	format := fs.String("format", "text", "output format: text, markdown or json")
	act := fs.Int("act", 1, "the act: 1 (Plan 47, 2020) or 2 (after the 2025 reorganisation)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	date, err := plan.ParseDate(*asOf)
	if err != nil {
		fmt.Fprintln(stderr, "huulung: -as-of:", err)
		return 2
	}
	if *format != "text" && *format != "markdown" && *format != "json" {
		fmt.Fprintf(stderr, "huulung: -format: unknown format %q (text, markdown, json)\n", *format)
		return 2
	}
	if *act != 1 && *act != 2 {
		fmt.Fprintf(stderr, "huulung: -act: %d (want 1 or 2)\n", *act)
		return 2
	}
	if *act == 2 {
		err = secondAct(stdout, *lang, *format)
	} else {
		err = scenario(stdout, date, *lang, *format)
	}
	if err != nil {
		fmt.Fprintln(stderr, "huulung:", err)
		return 1
	}
	return 0
}

// scenario evaluates the sample communes and writes their reports and the
// status of Plan 47 on asOf.
func scenario(w io.Writer, asOf plan.Date, lang, format string) error {
	cat := criteria.Builtin()
	p, warnings, err := plan.Read(bytes.NewReader(planJSON), cat)
	if err != nil {
		return fmt.Errorf("plan-47-KH-STNMT.json: %w", err)
	}
	assessments, err := evaluate.DecodeJSON(bytes.NewReader(sampleJSON), "so-lieu-minh-hoa.json", cat)
	if err != nil {
		return err
	}
	var reports []evaluate.Report
	for i := range assessments {
		rs, err := evaluate.RunAll(cat, &assessments[i])
		if err != nil {
			return err
		}
		reports = append(reports, rs...)
	}
	withDefaults := p.Clone()
	withDefaults.Responsibilities = plan.Merge(p, langson.Responsibilities())
	status := plan.Status(withDefaults, reports, asOf)
	status.BriefsNote = langson.Note()

	opt := evaluate.RenderOptions{Lang: lang}
	switch format {
	case "json":
		// One JSON document: the reports as `ntm eval --format json` writes
		// them and the status as `ntm plan --format json` does.
		var rep, st bytes.Buffer
		if err := evaluate.WriteJSON(&rep, reports, opt); err != nil {
			return err
		}
		if err := plan.WriteJSON(&st, &status); err != nil {
			return err
		}
		_, err := fmt.Fprintf(w, "{\"note\": %q,\n\"reports\": %s,\n\"plan_status\": %s}\n",
			illustrative, bytes.TrimSpace(rep.Bytes()), bytes.TrimSpace(st.Bytes()))
		return err
	case "markdown":
		fmt.Fprintf(w, "> **%s**\n\n", illustrative)
		if err := evaluate.WriteMarkdown(w, reports, opt); err != nil {
			return err
		}
		fmt.Fprintln(w)
		return plan.WriteMarkdown(w, &status, lang)
	}
	fmt.Fprintln(w, illustrative)
	fmt.Fprintln(w)
	if err := evaluate.WriteText(w, reports, opt); err != nil {
		return err
	}
	fmt.Fprintln(w)
	for _, warn := range warnings {
		fmt.Fprintln(w, "!", warn)
	}
	return errors.Join(plan.WriteText(w, &status, lang))
}
