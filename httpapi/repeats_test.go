package httpapi

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// hoaLacAt is an assessment of Hòa Lạc in 2020 as written: its names and
// its 4.2 value.
func hoaLacAt(name, district, province, value string) string {
	return `{"commune": {"name": "` + name + `", "district": "` + district + `", "province": "` + province + `"}, "year": 2020,
	  "sets": {"1980/QĐ-TTg": {"4.2": "` + value + `"}}}`
}

// tanThanh is a valid commune beside Hòa Lạc's assessments.
const tanThanh = `{"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
	  "sets": {"1980/QĐ-TTg": {"4.2": "99"}}}`

// TestEvaluateWarnsOfACommuneAssessedTwice: POST /evaluate answers both
// reports of a commune assessed twice for one set and year, whether its
// names are spelt alike or one is written without diacritics (in either
// order), as ntm eval prints both; the warning naming both places and
// spellings is an Ntm-Warning header field of the 200 answer, and a note
// of a 422 answer.
func TestEvaluateWarnsOfACommuneAssessedTwice(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	diacritics := hoaLacAt("Hòa Lạc", "Hữu Lũng", "Lạng Sơn", "10")
	ascii := hoaLacAt("Hoa Lac", "Huu Lung", "Lang Son", "99")
	for _, tc := range []struct {
		name, first, second string
		want                string
	}{
		{"spelt alike", diacritics, diacritics,
			`request:5: commune "Hòa Lạc" (Hữu Lũng, Lạng Sơn) is assessed again for 1980/QĐ-TTg, 2020: first in request:1, written "Hòa Lạc" (Hữu Lũng, Lạng Sơn); both reports are given, a summary uses the first only`},
		{"without diacritics second", diacritics, ascii,
			`request:5: commune "Hoa Lac" (Huu Lung, Lang Son) is assessed again for 1980/QĐ-TTg, 2020: first in request:1, written "Hòa Lạc" (Hữu Lũng, Lạng Sơn); both reports are given, a summary uses the first only`},
		{"without diacritics first", ascii, diacritics,
			`request:5: commune "Hòa Lạc" (Hữu Lũng, Lạng Sơn) is assessed again for 1980/QĐ-TTg, 2020: first in request:1, written "Hoa Lac" (Huu Lung, Lang Son); both reports are given, a summary uses the first only`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := "[" + tc.first + ",\n" + tanThanh + ",\n" + tc.second + "]"
			rec := do(t, h, http.MethodPost, "/evaluate?lang=en", "application/json", body)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, want 200; body:\n%.2000s", rec.Code, rec.Body)
			}
			var reports []struct {
				Commune struct{ Name string } `json:"commune"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &reports); err != nil {
				t.Fatalf("the 200 answer is not a bare report array: %v", err)
			}
			var names []string
			for _, r := range reports {
				names = append(names, r.Commune.Name)
			}
			wantNames := []string{commune(tc.first), "Tân Thành", commune(tc.second)}
			if d := cmp.Diff(wantNames, names); d != "" {
				t.Errorf("reports (-want +got):\n%s", d)
			}
			got := warningFields(t, rec.Header())
			if d := cmp.Diff([]string{tc.want}, got); d != "" {
				t.Errorf("Ntm-Warning (-want +got):\n%s", d)
			}

			// Beside a commune not read: the warning is a note of the 422.
			rec = do(t, h, http.MethodPost, "/evaluate?lang=en", "application/json", body[:len(body)-1]+`,
{"commune": {"name": "Minh Sơn"}, "year": "2020"}]`)
			if rec.Code != http.StatusUnprocessableEntity {
				t.Fatalf("status %d, want 422; body:\n%.2000s", rec.Code, rec.Body)
			}
			if v := rec.Header().Values("Ntm-Warning"); v != nil {
				t.Errorf("a 422 answer with Ntm-Warning %q", v)
			}
			var partial struct {
				Reports []json.RawMessage `json:"reports"`
				Notes   []string          `json:"notes"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &partial); err != nil {
				t.Fatal(err)
			}
			note := strings.Replace(tc.want, ": commune ", ": warning: commune ", 1)
			if len(partial.Reports) != 3 || len(partial.Notes) != 1 || partial.Notes[0] != note {
				t.Errorf("%d reports, notes %q; want 3 and [%q]", len(partial.Reports), partial.Notes, note)
			}
		})
	}
}

// commune returns the name of the commune of an assessment of hoaLacAt.
func commune(assessment string) string {
	var a struct {
		Commune struct{ Name string } `json:"commune"`
	}
	if err := json.Unmarshal([]byte(assessment), &a); err != nil {
		panic(err)
	}
	return a.Commune.Name
}

// TestEvaluateGivesTheWarningsOnNames: the warnings on names that ntm eval
// prints (a name without diacritics that may be two known names, names
// that differ only in diacritics) are Ntm-Warning fields of a 200 answer,
// in the language of lang=.
func TestEvaluateGivesTheWarningsOnNames(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	body := "[" + hoaLacAt("Hòa Lạc", "Hữu Lũng", "Lạng Sơn", "10") + ",\n" + hoaLacAt("Hoà Lac", "Hữu Lũng", "Lạng Sơn", "10") + ",\n" +
		hoaLacAt("Nhật Tiến", "", "Lạng Sơn", "10") + ",\n" + hoaLacAt("Nhất Tiến", "", "Lạng Sơn", "10") + ",\n" +
		hoaLacAt("Nhat Tien", "", "Lạng Sơn", "10") + "]"
	for lang, want := range map[string][]string{
		"vi": {`request:9: xã "Nhat Tien" (Lạng Sơn) viết không dấu nên có thể là "Nhật Tiến" (request:5) hoặc "Nhất Tiến" (request:7): tên này đang được tính là một xã riêng; hãy viết tên có dấu`,
			`request:3: xã "Hoà Lac" (Hữu Lũng, Lạng Sơn) và xã "Hòa Lạc" (request:1) chỉ khác nhau về dấu: hai tên được tính là hai xã khác nhau; nếu là cùng một xã, hãy viết tên cho thống nhất`},
		"en": {`request:9: commune "Nhat Tien" (Lạng Sơn) is written without diacritics and may be "Nhật Tiến" (request:5) or "Nhất Tiến" (request:7): it is counted as a separate commune; write it with its diacritics`,
			`request:3: commune "Hoà Lac" (Hữu Lũng, Lạng Sơn) differs from commune "Hòa Lạc" (request:1) only in diacritics: the two names are counted as two communes; if they are one commune, write the name one way`},
	} {
		rec := do(t, h, http.MethodPost, "/evaluate?format=text&lang="+lang, "application/json", body)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d, want 200; body:\n%.2000s", lang, rec.Code, rec.Body)
		}
		got := warningFields(t, rec.Header())
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%s: Ntm-Warning (-want +got):\n%s", lang, d)
		}
	}
}

// TestEvaluateWarningHeaderIsBounded: the Ntm-Warning fields of a 200
// answer hold at most 4 KiB of warnings, then one field counts the others.
func TestEvaluateWarningHeaderIsBounded(t *testing.T) {
	var objs []string
	for i := range 40 {
		a := hoaLacAt("Xã "+strconv.Itoa(i), "Hữu Lũng", "Lạng Sơn", "10")
		objs = append(objs, a, a)
	}
	rec := do(t, NewHandler(quiet(Options{})), http.MethodPost, "/evaluate?lang=en", "application/json", "["+strings.Join(objs, ",\n")+"]")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d, want 200; body:\n%.2000s", rec.Code, rec.Body)
	}
	fields := rec.Header().Values("Ntm-Warning")
	size := 0
	for _, f := range fields[:len(fields)-1] {
		size += len(f)
		if w, _ := url.PathUnescape(f); !strings.Contains(w, "is assessed again") {
			t.Errorf("field %q, want a warning", w)
		}
	}
	last, _ := url.PathUnescape(fields[len(fields)-1])
	if want := "… and " + strconv.Itoa(40-(len(fields)-1)) + " more warnings"; size > maxWarningHeader || len(fields) < 2 || last != want {
		t.Errorf("%d fields of %d bytes, the last %q; want at most %d bytes, then %q", len(fields), size, last, maxWarningHeader, want)
	}
}

// warningFields returns the Ntm-Warning fields of h, decoded.
func warningFields(t *testing.T, h http.Header) []string {
	t.Helper()
	var got []string
	for _, v := range h.Values("Ntm-Warning") {
		s, err := url.PathUnescape(v)
		if err != nil {
			t.Fatalf("Ntm-Warning %q: %v", v, err)
		}
		got = append(got, s)
	}
	return got
}
