package evaluate

import (
	"bytes"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// renderSummary writes s in format and lang.
func renderSummary(t *testing.T, s Summary, format, lang string) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, s, RenderOptions{Format: format, Lang: lang}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// The area of all communes of a summary is a total that says how many
// provinces it spans: with one province its row equals that province's,
// and reads so, in text and Markdown alike (JSON and CSV give it scope
// "all", as docs/formats.md fixes).
func TestTheSummaryTotalSaysHowManyProvincesItSpans(t *testing.T) {
	var one, two []Report
	for _, r := range sampleReports() {
		if r.Set != criteria.IDQD1980 {
			continue
		}
		r.Year = 2020 // one summary block
		two = append(two, r)
		if r.Commune.Province == "Lạng Sơn" {
			one = append(one, r)
		}
	}
	if len(one) != 1 || len(two) != 2 {
		t.Fatalf("sample reports of 1980/QĐ-TTg: %d in Lạng Sơn of %d, want 1 of 2", len(one), len(two))
	}
	for _, tc := range []struct {
		name     string
		reports  []Report
		format   string
		lang     string
		row, sub string // the total's row (its start), and its heading by criterion
	}{
		{"one province, text", one, "text", "vi", "Tổng cộng (1 tỉnh)  1 ", "Theo tiêu chí — Tổng cộng (1 tỉnh, 1 xã)"},
		{"one province, text, English", one, "text", "en", "Total (1 province)  1 ", "By criterion — Total (1 province, 1 commune)"},
		{"two provinces, text", two, "text", "vi", "Tổng cộng (2 tỉnh)  2 ", "Theo tiêu chí — Tổng cộng (2 tỉnh, 2 xã)"},
		{"two provinces, text, English", two, "text", "en", "Total (2 provinces)  2 ", "By criterion — Total (2 provinces, 2 communes)"},
		{"one province, Markdown", one, "markdown", "vi", "| Tổng cộng (1 tỉnh) | 1 |", "### Tổng cộng (1 tỉnh)"},
		{"two provinces, Markdown, English", two, "markdown", "en", "| Total (2 provinces) | 2 |", "### Total (2 provinces)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := renderSummary(t, Summarize(tc.reports), tc.format, tc.lang)
			if !strings.Contains(out, "\n"+tc.row) || !strings.Contains(out, "\n"+tc.sub+"\n") {
				t.Errorf("no total row %q and heading %q in:\n%s", tc.row, tc.sub, out)
			}
			if strings.Contains(out, "Toàn bộ") || strings.Contains(out, "All communes") {
				t.Errorf("the total is still named as before:\n%s", out)
			}
		})
	}
}

// The summary of a set whose content awaits its official text says, in
// text and Markdown, under the set's heading, that its results are
// provisional, with the sentence of the progress; once for the set, and
// never for an encoded set.
func TestTheSummaryOfAPendingSetSaysItsResultsAreProvisional(t *testing.T) {
	pending, complete := pendingAndComplete(t)
	later := pending
	later.Year++
	s := Summarize([]Report{complete, pending, later})
	for _, tc := range []struct{ format, lang, head, want string }{
		{"text", "vi", "Tổng hợp 933/QĐ-UBND (chờ văn bản chính thức), năm 2020 — " + pending.SetTitle.VI + "\n\n",
			"Nội dung bộ tiêu chí 933/QĐ-UBND đang chờ văn bản chính thức: kết quả là tạm tính, chỉ dựa trên xác nhận từng tiêu chí.\n\n"},
		{"text", "en", "Summary of 933/QĐ-UBND (pending the official text), 2020 — " + pending.SetTitle.EN + "\n\n",
			"The content of 933/QĐ-UBND is pending its official text: results are provisional, resting on per-criterion attestations only.\n\n"},
		{"markdown", "vi", "## Tổng hợp 933/QĐ-UBND (chờ văn bản chính thức), năm 2020\n\n" + pending.SetTitle.VI + "\n\n",
			"Nội dung bộ tiêu chí 933/QĐ-UBND đang chờ văn bản chính thức: kết quả là tạm tính, chỉ dựa trên xác nhận từng tiêu chí.\n\n"},
		{"markdown", "en", "## Summary of 933/QĐ-UBND (pending the official text), 2020\n\n" + pending.SetTitle.EN + "\n\n",
			"The content of 933/QĐ-UBND is pending its official text: results are provisional, resting on per-criterion attestations only.\n\n"},
	} {
		out := renderSummary(t, s, tc.format, tc.lang)
		if !strings.Contains(out, tc.head+tc.want) {
			t.Errorf("%s %s: no %q under %q in:\n%s", tc.format, tc.lang, tc.want, tc.head, out)
		}
		if n := strings.Count(out, strings.TrimSpace(tc.want)); n != 1 {
			t.Errorf("%s %s: the sentence is said %d times, want once for the set", tc.format, tc.lang, n)
		}
		if i, j := strings.Index(out, tc.want), strings.Index(out, "933/QĐ-UBND"); i < j {
			t.Errorf("%s %s: the sentence comes before the pending set's heading", tc.format, tc.lang)
		}
	}
}
