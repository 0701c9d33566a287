package httpapi

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestPlanStatusNamesACommuneWrittenWithItsKindOnce: the warning on a
// target the route never visits (in Vietnamese with English beside, as
// String gives a plan's warnings) says "xã" before a name written without
// its kind and not before one written with it ("Xã Hòa Lạc", "xã …",
// "Phường …", "Thị trấn …").
func TestPlanStatusNamesACommuneWrittenWithItsKindOnce(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	plan := strings.Replace(readTestdata(t, "plan.json"), `{"place": "xã Hòa Lạc"}, `, "", 1)
	if strings.Contains(plan, "xã Hòa Lạc") || !strings.Contains(plan, `{"commune": {"name": "Hòa Lạc"`) {
		t.Fatal("the test plan does not name Hòa Lạc as expected")
	}
	for _, tc := range []struct{ name, vi, en string }{
		{"Hòa Lạc", "lộ trình kiểm tra không qua xã Hòa Lạc", "the inspection route never visits Hòa Lạc"},
		{"Xã Hòa Lạc", "lộ trình kiểm tra không qua Xã Hòa Lạc", "the inspection route never visits Xã Hòa Lạc"},
		{"xã Hòa Lạc", "lộ trình kiểm tra không qua xã Hòa Lạc", "the inspection route never visits xã Hòa Lạc"},
		{"Phường Hòa Lạc", "lộ trình kiểm tra không qua Phường Hòa Lạc", "the inspection route never visits Phường Hòa Lạc"},
		{"Thị trấn Hòa Lạc", "lộ trình kiểm tra không qua Thị trấn Hòa Lạc", "the inspection route never visits Thị trấn Hòa Lạc"},
	} {
		p := strings.Replace(plan, `{"commune": {"name": "Hòa Lạc"`, `{"commune": {"name": "`+tc.name+`"`, 1)
		body := `{"plan": ` + p + `, "assessments": ` + readTestdata(t, "assessments.json") + "}"
		want := tc.vi + " (" + tc.en + ")"
		for _, lang := range []string{"vi", "en"} {
			rec := do(t, h, http.MethodPost, "/plans/status?as_of=2020-05-05&lang="+lang, "application/json", body)
			if rec.Code != http.StatusOK {
				t.Fatalf("%s, lang=%s: status %d, want 200; body:\n%.2000s", tc.name, lang, rec.Code, rec.Body)
			}
			var got struct {
				Warnings []string `json:"warnings"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, w := range got.Warnings {
				found = found || strings.HasPrefix(w, "targets[1]: "+want)
			}
			if !found {
				t.Errorf("%s, lang=%s: no warning %q in %q", tc.name, lang, "targets[1]: "+want, got.Warnings)
			}
		}
	}
}
