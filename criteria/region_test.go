package criteria

import (
	"bufio"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// stripDiacritics removes Vietnamese diacritics keeping case and spacing:
// "Đắk Lắk" → "Dak Lak".
func stripDiacritics(s string) string {
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		panic(err)
	}
	return strings.NewReplacer("Đ", "D", "đ", "d").Replace(out)
}

type provinceRow struct {
	Name, Region string
	Uncertain    bool
}

func readProvinces(t *testing.T) []provinceRow {
	t.Helper()
	f, err := os.Open("testdata/provinces.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []provinceRow
	sc := bufio.NewScanner(f)
	header := true
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			t.Fatalf("provinces.tsv: %q has %d fields, want 3", line, len(fields))
		}
		if header {
			header = false
			continue
		}
		rows = append(rows, provinceRow{fields[0], fields[1], fields[2] == "uncertain"})
	}
	return rows
}

func TestEveryProvinceIsFoundInEveryWriting(t *testing.T) {
	rows := readProvinces(t)
	if len(rows) != 63 {
		t.Fatalf("provinces.tsv has %d rows, want 63", len(rows))
	}
	for _, row := range rows {
		writings := map[string]string{
			"NFC":                 norm.NFC.String(row.Name),
			"NFD":                 norm.NFD.String(row.Name),
			"upper case":          strings.ToUpper(row.Name),
			"without diacritics":  stripDiacritics(row.Name),
			"lower, no diacritic": strings.ToLower(stripDiacritics(row.Name)),
		}
		for form, name := range writings {
			t.Run(row.Name+"/"+form, func(t *testing.T) {
				p, ok := LookupProvince(name)
				if !ok {
					t.Fatalf("LookupProvince(%q) not found", name)
				}
				got := provinceRow{p.Name, p.Region.String(), p.Uncertain}
				if diff := cmp.Diff(row, got); diff != "" {
					t.Errorf("LookupProvince(%q) (-want +got):\n%s", name, diff)
				}
			})
		}
	}
	got := Provinces()
	if len(got) != len(rows) {
		t.Fatalf("Provinces() has %d, want %d", len(got), len(rows))
	}
	for i, p := range got {
		if diff := cmp.Diff(rows[i], provinceRow{p.Name, p.Region.String(), p.Uncertain}); diff != "" {
			t.Errorf("Provinces()[%d] (-want +got):\n%s", i, diff)
		}
	}
}

func TestCommonProvinceVariantsAreFound(t *testing.T) {
	tests := []struct {
		name, input, want string
		region            Region
	}{
		{"the TP. prefix of a city is ignored", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", DNB},
		{"TP HCM names Ho Chi Minh City", "TP HCM", "Thành phố Hồ Chí Minh", DNB},
		{"a spaced hyphen in Thừa Thiên - Huế is ignored", "Thừa Thiên - Huế", "Thừa Thiên Huế", BTB},
		{"an unspaced hyphen in Bà Rịa-Vũng Tàu is ignored", "Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu", DNB},
		{"the old tone placement Hoà Bình is found", "Hoà Bình", "Hòa Bình", TDMNPB},
		{"the new tone placement Hòa Bình is found", "Hòa Bình", "Hòa Bình", TDMNPB},
		{"the old tone placement Thanh Hoá is found", "Thanh Hoá", "Thanh Hóa", BTB},
		{"Đăk Lăk with breve only is found", "Đăk Lăk", "Đắk Lắk", TN},
		{"Đắk Lắk with acute is found", "Đắk Lắk", "Đắk Lắk", TN},
		{"the tỉnh prefix is ignored", "tỉnh Lạng Sơn", "Lạng Sơn", TDMNPB},
		{"surrounding spaces are ignored", "  Lạng   Sơn ", "Lạng Sơn", TDMNPB},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := LookupProvince(tt.input)
			if !ok {
				t.Fatalf("LookupProvince(%q) not found", tt.input)
			}
			if p.Name != tt.want || p.Region != tt.region {
				t.Errorf("LookupProvince(%q) = %s (%s), want %s (%s)", tt.input, p.Name, p.Region, tt.want, tt.region)
			}
		})
	}
}

func TestNonProvincesAreNotFound(t *testing.T) {
	for _, name := range []string{"Nhật Tiến", "Hữu Lũng", "Hòa Lạc", "", "Lạng", "Sơn La Lạng Sơn", "Đông Bắc", "TP"} {
		t.Run(name, func(t *testing.T) {
			if p, ok := LookupProvince(name); ok {
				t.Errorf("LookupProvince(%q) = %s, want not found", name, p.Name)
			}
			if _, err := RegionOf(name); err == nil || !strings.Contains(err.Error(), `"`+name+`"`) {
				t.Errorf("RegionOf(%q) error = %v, want one quoting the input", name, err)
			}
		})
	}
}

func TestParseRegion(t *testing.T) {
	tests := []struct {
		name, input string
		want        Region
	}{
		{"an upper-case code is read", "TDMNPB", TDMNPB},
		{"a lower-case code is read", "dbscl", DBSCL},
		{"a mixed-case code is read", "DhNtB", DHNTB},
		{"the abbreviation with diacritics ĐBSCL is read", "ĐBSCL", DBSCL},
		{"the abbreviation ĐBSH in lower case is read", "đbsh", DBSH},
		{"the Vietnamese name with diacritics is read", "Trung du và miền núi phía Bắc", TDMNPB},
		{"the spec's short name is read", "Trung du miền núi phía Bắc", TDMNPB},
		{"the Vietnamese name without diacritics is read", "dong bang song Cuu Long", DBSCL},
		{"the Vietnamese name in NFD is read", norm.NFD.String("Tây Nguyên"), TN},
		{"the English name is read", "Central Highlands", TN},
		{"Đông Nam Bộ is read", "Đông Nam Bộ", DNB},
		{"Bắc Trung Bộ is read", "bac trung bo", BTB},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRegion(tt.input)
			if err != nil || got != tt.want {
				t.Errorf("ParseRegion(%q) = %v, %v; want %v", tt.input, got, err, tt.want)
			}
		})
	}
	for _, bad := range []string{"", "MIEN BAC", "TDMNP", "8"} {
		r, err := ParseRegion(bad)
		if err == nil {
			t.Errorf("ParseRegion(%q) = %v, want an error", bad, r)
			continue
		}
		// A service answers it as a problem: its code, the input quoted.
		var p *problem.Problem
		switch {
		case !errors.As(err, &p):
			t.Errorf("ParseRegion(%q) error %q: errors.As(err, *problem.Problem) = false", bad, err)
		case bad == "" && (p.Code != problem.MissingField || !errors.Is(err, problem.MissingField)):
			t.Errorf("ParseRegion(%q) error %q: code %q, want missing-field", bad, err, p.Code)
		case bad != "" && (p.Code != problem.RegionMismatch || !errors.Is(err, problem.RegionMismatch) || p.Input != bad):
			t.Errorf("ParseRegion(%q) error %q: code %q, input %q, want region-mismatch, %q", bad, err, p.Code, p.Input, bad)
		case bad != "" && strings.Count(err.Error(), `"`+bad+`"`) != 1:
			t.Errorf("ParseRegion(%q) error %q does not quote the input once", bad, err)
		case p.Path != "" || p.File != "" || p.Commune != "":
			t.Errorf("ParseRegion(%q) error %q has a place", bad, err)
		}
	}
	if vi := problem.Lines(func() error { _, err := ParseRegion("Mars"); return err }(), problem.VI); len(vi) != 1 ||
		vi[0] != `không rõ vùng (cần TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL hoặc tên vùng) (giá trị "Mars")` {
		t.Errorf("in Vietnamese: %q", vi)
	}
}

func TestRegionTextRoundTripAndZeroValue(t *testing.T) {
	if len(Regions()) != 7 {
		t.Fatalf("Regions() has %d, want 7", len(Regions()))
	}
	wantCodes := []string{"TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL"}
	for i, r := range Regions() {
		b, err := r.MarshalText()
		if err != nil || string(b) != wantCodes[i] {
			t.Errorf("%v.MarshalText() = %q, %v; want %q", r, b, err, wantCodes[i])
		}
		var back Region
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, r)
		}
		if r.Name().VI == "" || r.Name().EN == "" || !r.Valid() {
			t.Errorf("%v has no names or is invalid", r)
		}
	}
	var zero Region
	if zero.Valid() {
		t.Error("the zero Region is valid")
	}
	if _, err := zero.MarshalText(); err == nil {
		t.Error("the zero Region marshals")
	}
	if got := zero.String(); got != "Region(0)" {
		t.Errorf("zero.String() = %q", got)
	}
	var r Region
	if err := r.UnmarshalText([]byte("nowhere")); err == nil || r != 0 {
		t.Errorf("UnmarshalText(nowhere) = %v, %v; want error and zero", r, err)
	}
}

func FuzzLookupProvinceAndParseRegion(f *testing.F) {
	for _, p := range Provinces() {
		f.Add(p.Name)
	}
	for _, s := range []string{"TP. Hồ Chí Minh", "TP HCM", "Thừa Thiên - Huế", "Hoà Bình", "Đăk Lăk", "ĐBSCL",
		"Trung du miền núi phía Bắc", "Nhật Tiến", "", "\xff\xfe", "tỉnh ", "TP", "tp. ho chi minh", "  Lang--Son!", "tinh", "TINH Ha Noi"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isASCII(s) && asciiProvinceKey(s) != provinceKey(s) {
			t.Fatalf("asciiProvinceKey(%q) = %q, provinceKey = %q", s, asciiProvinceKey(s), provinceKey(s))
		}
		if p, ok := LookupProvince(s); ok {
			// Whatever is found, its official name finds it again.
			if q, ok := LookupProvince(p.Name); !ok || q != p {
				t.Fatalf("LookupProvince(%q) = %v, but its name gives %v, %v", s, p, q, ok)
			}
			if !p.Region.Valid() {
				t.Fatalf("LookupProvince(%q) has no valid region", s)
			}
		}
		if r, err := ParseRegion(s); err == nil {
			b, err := r.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			if back, err := ParseRegion(string(b)); err != nil || back != r {
				t.Fatalf("ParseRegion(%q) = %v, whose code reads back as %v, %v", s, r, back, err)
			}
		}
	})
}
