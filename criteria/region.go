package criteria

import (
	"fmt"
	"strings"

	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/nongthonmoi/ntm/problem"
)

// Region is one of the 7 socio-economic regions (vùng) whose columns
// Quyết định (Decision) 1980/QĐ-TTg uses for regional targets. The zero value is invalid (no region).
type Region int32

const (
	TDMNPB Region = iota + 1 // Trung du và miền núi phía Bắc (Northern midlands and mountains)
	DBSH                     // Đồng bằng sông Hồng (Red River Delta)
	BTB                      // Bắc Trung Bộ (North Central Coast)
	DHNTB                    // Duyên hải Nam Trung Bộ (South Central Coast)
	TN                       // Tây Nguyên (Central Highlands)
	DNB                      // Đông Nam Bộ (Southeast)
	DBSCL                    // Đồng bằng sông Cửu Long (Mekong Delta)
)

type regionInfo struct {
	code, short string
	name        Text
	aliases     []string
}

var regionTable = [...]regionInfo{
	{},
	{"TDMNPB", "TDMNPB", Text{"Trung du và miền núi phía Bắc", "Northern midlands and mountain areas"}, []string{"Trung du miền núi phía Bắc", "Trung du, miền núi phía Bắc", "miền núi phía Bắc"}},
	{"DBSH", "ĐBSH", Text{"Đồng bằng sông Hồng", "Red River Delta"}, nil},
	{"BTB", "BTB", Text{"Bắc Trung Bộ", "North Central Coast"}, nil},
	{"DHNTB", "DHNTB", Text{"Duyên hải Nam Trung Bộ", "South Central Coast"}, []string{"Duyên hải miền Trung", "Nam Trung Bộ"}},
	{"TN", "TN", Text{"Tây Nguyên", "Central Highlands"}, nil},
	{"DNB", "ĐNB", Text{"Đông Nam Bộ", "Southeast"}, nil},
	{"DBSCL", "ĐBSCL", Text{"Đồng bằng sông Cửu Long", "Mekong River Delta"}, []string{"Tây Nam Bộ"}},
}

// regionKeys maps every folded code and name to its region.
var regionKeys = func() map[string]Region {
	m := make(map[string]Region)
	for r := TDMNPB; r <= DBSCL; r++ {
		info := regionTable[r]
		for _, s := range append([]string{info.code, info.short, info.name.VI, info.name.EN}, info.aliases...) {
			m[vntext.Fold(s)] = r
		}
	}
	return m
}()

// Regions returns the 7 regions in the order of the decision's columns.
func Regions() []Region {
	return []Region{TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL}
}

// Valid reports whether r is one of the 7 regions.
func (r Region) Valid() bool { return r >= TDMNPB && r <= DBSCL }

// String returns the ASCII wire code, e.g. "DBSCL".
func (r Region) String() string {
	if !r.Valid() {
		return fmt.Sprintf("Region(%d)", int(r))
	}
	return regionTable[r].code
}

// Abbrev returns the Vietnamese abbreviation with diacritics, e.g. "ĐBSCL".
func (r Region) Abbrev() string {
	if !r.Valid() {
		return r.String()
	}
	return regionTable[r].short
}

// Name returns the region's Vietnamese and English names.
func (r Region) Name() Text {
	if !r.Valid() {
		return Text{}
	}
	return regionTable[r].name
}

// MarshalText implements [encoding.TextMarshaler] with the ASCII code.
func (r Region) MarshalText() ([]byte, error) {
	if !r.Valid() {
		return nil, fmt.Errorf("criteria: invalid region %d", int(r))
	}
	return []byte(regionTable[r].code), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts what
// [ParseRegion] accepts.
func (r *Region) UnmarshalText(b []byte) error {
	v, err := ParseRegion(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseRegion reads a region from its code ("DBSCL", "ĐBSCL", any case) or its
// Vietnamese or English name, with or without diacritics
// ("Trung du miền núi phía Bắc", "trung du va mien nui phia bac").
// Its error is a [*FieldError] without a place: for a text that names no
// region, of code [problem.RegionMismatch] with the text as its Input
// ("criteria: unknown region (want TDMNPB, …) (got "Mars")"); for an empty
// text, of code [problem.MissingField].
func ParseRegion(s string) (Region, error) {
	for r := TDMNPB; r <= DBSCL; r++ { // fast path: the ASCII code
		if strings.EqualFold(s, regionTable[r].code) {
			return r, nil
		}
	}
	if r, ok := regionKeys[vntext.Fold(s)]; ok {
		return r, nil
	}
	if s == "" {
		return 0, &FieldError{Code: problem.MissingField, Err: errNoRegion}
	}
	return 0, &FieldError{Code: problem.RegionMismatch, Input: s, Err: errUnknownRegion}
}

// The causes of ParseRegion's errors.
var (
	errUnknownRegion = problem.Errorf(problem.RegionMismatch, "unknown region (want TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL or a region name)")
	errNoRegion      = problem.Errorf(problem.MissingField, "no region given (want TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL or a region name)")
)
