package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

// afterJSON holds the illustrative figures (số liệu minh họa) of the second
// act: the 2020 figures of the three other communes merged with the
// scenario's (xã Hòa Sơn into the new xã Tân Thành; xã Minh Tiến and xã Vân
// Nham into the new xã Vân Nham), and the 2026 attestations of the two new
// communes under 51/2025/QĐ-TTg. Invented figures, not official data.
//
//go:embed so-lieu-minh-hoa-sau-sap-xep.json
var afterJSON []byte

// merged is the day Nghị quyết 1672/NQ-UBTVQH15 took effect.
var merged = time.Date(2025, time.July, 1, 0, 0, 0, 0, time.UTC)

// groupAssumption says how the 2026 assessments name their commune group.
// 51/2025/QĐ-TTg: Nhóm 3 is xã khu vực II, III of the ethnic-minority and
// mountain area (C2); all 65 units of Lạng Sơn are in that area (C1), but
// which are khu vực II or III is not known: Nhóm 3 is an assumption.
const groupAssumption = "GIẢ ĐỊNH nhóm xã (assumption): Nhóm 3 — xã khu vực II, III vùng đồng bào dân tộc thiểu số và miền núi; cả 65 xã, phường của Lạng Sơn thuộc vùng này (C1), nhưng danh sách xã khu vực II, III chưa rõ"

// secondAct ("sau sắp xếp 2025"): the three communes' illustrative 2020
// figures, with those of the communes merged with them, rolled into
// estimates for the units formed on 1/7/2025 (xã Tân Thành 06445, khoản 46;
// xã Vân Nham 06415, khoản 47), then the two new communes' illustrative
// 2026 attestations under 51/2025/QĐ-TTg.
func secondAct(w io.Writer, lang, format string) error {
	cat := criteria.Builtin()
	var before []evaluate.Report
	for _, data := range []struct {
		name string
		b    []byte
	}{{"so-lieu-minh-hoa.json", sampleJSON}, {"so-lieu-minh-hoa-sau-sap-xep.json", afterJSON}} {
		as, err := evaluate.DecodeJSON(bytes.NewReader(data.b), data.name, cat)
		if err != nil {
			return err
		}
		for i := range as {
			if as[i].Year >= 2025 {
				continue
			}
			rs, err := evaluate.RunAll(cat, &as[i])
			if err != nil {
				return err
			}
			before = append(before, rs...)
		}
	}
	estimates, notes := evaluate.EstimateSuccessors(evaluate.Options{Catalog: cat}, before, merged)

	as, err := evaluate.DecodeJSON(bytes.NewReader(afterJSON), "so-lieu-minh-hoa-sau-sap-xep.json", cat)
	if err != nil {
		return err
	}
	var after []evaluate.Report
	for i := range as {
		if as[i].Year < 2025 {
			continue
		}
		rs, err := evaluate.RunAll(cat, &as[i])
		if err != nil {
			return err
		}
		after = append(after, rs...)
	}

	opt := evaluate.RenderOptions{Lang: lang}
	switch format {
	case "json":
		var est, rep bytes.Buffer
		if err := evaluate.WriteJSON(&est, estimates, opt); err != nil {
			return err
		}
		if err := evaluate.WriteJSON(&rep, after, opt); err != nil {
			return err
		}
		n, _ := json.Marshal(notes)
		_, err := fmt.Fprintf(w, "{\"note\": %q,\n\"group_assumption\": %q,\n\"estimates\": %s,\n\"estimate_notes\": %s,\n\"reports_2026\": %s}\n",
			illustrative, groupAssumption, bytes.TrimSpace(est.Bytes()), n, bytes.TrimSpace(rep.Bytes()))
		return err
	case "markdown":
		fmt.Fprintf(w, "# Sau sắp xếp 2025 (after the 2025 reorganisation)\n\n> **%s**\n\n", illustrative)
		fmt.Fprintf(w, "## Ước tính từ số liệu các xã cũ, 2020 (estimates from the former communes' figures)\n\n")
		if err := evaluate.WriteMarkdown(w, estimates, opt); err != nil {
			return err
		}
		for _, n := range notes {
			fmt.Fprintf(w, "- %s\n", n)
		}
		fmt.Fprintf(w, "\n## Tự đánh giá 2026 theo 51/2025/QĐ-TTg\n\n> %s\n\n", groupAssumption)
		return evaluate.WriteMarkdown(w, after, opt)
	}
	fmt.Fprintln(w, "SAU SẮP XẾP 2025 (after the 2025 reorganisation): Nghị quyết 1672/NQ-UBTVQH15, hiệu lực 01/7/2025")
	fmt.Fprintln(w, illustrative)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "1. Ước tính từ số liệu các xã cũ, năm 2020 (estimates from the former communes' 2020 figures; not recognitions)")
	fmt.Fprintln(w)
	if err := evaluate.WriteText(w, estimates, opt); err != nil {
		return err
	}
	fmt.Fprintln(w)
	for _, n := range notes {
		fmt.Fprintln(w, "!", n)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "2. Tự đánh giá năm 2026 theo 51/2025/QĐ-TTg (2026 attestations)")
	fmt.Fprintln(w, groupAssumption)
	fmt.Fprintln(w)
	return evaluate.WriteText(w, after, opt)
}
