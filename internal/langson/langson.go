// Package langson holds the table of Lạng Sơn departments (Sở) in charge of
// each criterion of 1980/QĐ-TTg, as data (responsibilities.json), for
// `ntm plan --all-agencies` and examples/huulung. It is one province's data,
// kept out of the library's exported API.
//
// # Provenance
//
// The table is DERIVED BY MIRRORING THE NATIONAL MINISTRIES, not taken from
// a provincial decision: each national ministry that guides a criterion (see
// the reference table of 1980/QĐ-TTg, where most ministry assignments are
// themselves marked M, recalled) is replaced by the department of the
// province that mirrors it (Bộ Xây dựng → Sở Xây dựng, Bộ Quốc phòng → Bộ Chỉ
// huy Quân sự tỉnh, Bộ Công an → Công an tỉnh, …), with the same
// indicator-level splits: 14.3 and 18.6 to Sở Lao động - Thương binh và Xã
// hội; 17.1a, 17.1b and 17.7 to Sở Nông nghiệp và Phát triển nông thôn; 17.6
// and 17.8 to Sở Y tế; 17.2 to 17.5 to Sở Tài nguyên và Môi trường; 18.5 to
// Sở Tư pháp; 19.1 to Bộ Chỉ huy Quân sự tỉnh; 19.2 to Công an tỉnh. Only Sở
// Tài nguyên và Môi trường's lead on criterion 17 is documented (Kế hoạch
// 22/KH-STNMT, 05/02/2020, and Plan 47); a plan's own responsibilities win
// over this table (see plan.Merge).
package langson

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/plan"
)

//go:embed responsibilities.json
var data []byte

// Responsibilities returns which Lạng Sơn department is in charge of which
// criterion (or indicator) of 1980/QĐ-TTg, one responsibility per
// department, in criterion order. Each call returns a fresh copy the caller
// may change.
func Responsibilities() []plan.Responsibility {
	var doc struct {
		Provenance       string `json:"provenance"`
		Responsibilities []struct {
			Agency   string   `json:"agency"`
			Criteria []string `json:"criteria"`
			Set      string   `json:"set"`
		} `json:"responsibilities"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		// The file is embedded and checked by this package's tests.
		panic(fmt.Sprintf("langson: responsibilities.json: %v", err))
	}
	out := make([]plan.Responsibility, len(doc.Responsibilities))
	for i, r := range doc.Responsibilities {
		out[i] = plan.Responsibility{Agency: r.Agency, Criteria: r.Criteria, Set: r.Set}
	}
	return out
}

// Note says, for the reader of briefs that use the table, that its
// assignments are inferred and not decided by the province: the line
// `ntm plan --all-agencies` and examples/huulung write under the briefs'
// heading ([plan.Standing.BriefsNote]).
func Note() criteria.Text {
	return criteria.Text{
		VI: "Phân công các tiêu chí mà kế hoạch không giao được suy ra theo các bộ, ngành trung ương, không theo quyết định của UBND tỉnh.",
		EN: "The assignment of the criteria the plan does not assign is inferred from the central ministries, not taken from a decision of the provincial People's Committee.",
	}
}
