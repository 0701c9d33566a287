package criteria

import (
	"strings"
	"testing"
)

func TestContentNamesWhatReportsSayOfAPendingSet(t *testing.T) {
	for _, tc := range []struct {
		c       Content
		pending bool
		name    Text
	}{
		{ContentComplete, false, Text{VI: "đầy đủ", EN: "complete"}},
		{ContentPendingOfficialText, true, Text{VI: "chờ văn bản chính thức", EN: "pending the official text"}},
		{0, false, Text{}},
	} {
		if got := tc.c.Pending(); got != tc.pending {
			t.Errorf("%v.Pending() = %v, want %v", tc.c, got, tc.pending)
		}
		if got := tc.c.Name(); got != tc.name {
			t.Errorf("%v.Name() = %+v, want %+v", tc.c, got, tc.name)
		}
	}
}

// The sets pending their official text say so as reports do ("chưa được
// nhập", "chờ văn bản chính thức"), never with a programmer's word ("mã
// hóa"), and keep their citation and mark.
func TestPendingSetsWording(t *testing.T) {
	c := Builtin()
	for _, tc := range []struct {
		set, criterion string
		name, text     Text
		prov           string
	}{
		{IDQD933, "1", Text{VI: "Tiêu chí số 1 (chờ văn bản chính thức)", EN: "Criterion 1 (pending the official text)"},
			Text{VI: "Đạt tiêu chí số 1 theo Quyết định 933/QĐ-UBND (xác nhận)"}, "C1"},
		{IDQD318NTM, "1", Text{VI: "Quy hoạch"},
			Text{VI: "Đạt tiêu chí số 1 (Quy hoạch) theo 318/QĐ-TTg/I (xác nhận; chỉ tiêu chưa được nhập)",
				EN: "Criterion 1 (Planning) of 318/QĐ-TTg/I met (attested; indicators not entered yet)"}, "C1"},
		{IDQD51of2025, "10", Text{VI: "Tiếp cận pháp luật và an ninh, quốc phòng"},
			Text{VI: "Đạt tiêu chí số 10 (Tiếp cận pháp luật và an ninh, quốc phòng) theo 51/2025/QĐ-TTg (xác nhận; chỉ tiêu chưa được nhập)"}, "C1"},
	} {
		s, err := c.Lookup(tc.set)
		if err != nil {
			t.Fatal(err)
		}
		cr, ok := s.Criterion(tc.criterion)
		if !ok {
			t.Fatalf("%s has no criterion %s", tc.set, tc.criterion)
		}
		ind := cr.Indicators[0]
		if cr.Name.VI != tc.name.VI || (tc.name.EN != "" && cr.Name.EN != tc.name.EN) {
			t.Errorf("%s criterion %s is named %+v, want %+v", tc.set, tc.criterion, cr.Name, tc.name)
		}
		if ind.Text.VI != tc.text.VI || (tc.text.EN != "" && ind.Text.EN != tc.text.EN) {
			t.Errorf("%s indicator %s reads %+v, want %+v", tc.set, ind.Code, ind.Text, tc.text)
		}
		if got := ind.Common.Provenance.String(); got != tc.prov {
			t.Errorf("%s indicator %s is marked %s, want %s", tc.set, ind.Code, got, tc.prov)
		}
	}
	for _, s := range c.Sets() {
		if !s.Content.Pending() {
			continue
		}
		texts := append([]string(nil), s.Notes...)
		for _, cr := range s.Criteria {
			texts = append(texts, cr.Name.VI, cr.Name.EN, cr.Note)
			for _, ind := range cr.Indicators {
				texts = append(texts, ind.Text.VI, ind.Text.EN, ind.Note)
			}
		}
		for _, x := range texts {
			if strings.Contains(x, "mã hóa") || strings.Contains(x, "encoded") {
				t.Errorf("%s: %q says mã hóa/encoded, not chưa được nhập", s.ID, x)
			}
		}
	}
}
