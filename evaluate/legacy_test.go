package evaluate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/nongthonmoi/ntm/problem"
)

// The tables of excel-cham-phay.csv typed with the fonts before Unicode
// (testdata/tables/README.md) are read with their encoding given, as the
// Unicode table is.
func TestLegacyTablesAreReadWithTheirEncoding(t *testing.T) {
	ignoreOrigin := cmpopts.IgnoreFields(Assessment{}, "Origin")
	for _, tc := range []struct{ file, enc string }{
		{"tcvn3.csv", EncodingTCVN3},
		{"tcvn3-utf8.csv", EncodingTCVN3},
		{"vni.csv", EncodingVNI},
		{"vni-utf8.csv", EncodingVNI},
		{"tcvn3.csv", "ABC"},
		// The Unicode table with a legacy encoding given: its ASCII lines
		// are the same, the others are not (no check that they are).
	} {
		t.Run(tc.file+" "+tc.enc, func(t *testing.T) {
			got, err := readTable(t, TableOptions{Encoding: tc.enc}, tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tablesWantExcel(), asMaps(got), inDecimalEqual, ignoreOrigin); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestLegacyTablesSayWhichEncoding(t *testing.T) {
	for _, tc := range []struct {
		file string
		opt  TableOptions
		want string
	}{
		{"tcvn3.csv", TableOptions{},
			`evaluate: tcvn3.csv:1: line 1 is not UTF-8 and looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial): "TØnh" reads "Tỉnh" in it; ` +
				`convert the file to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) or read it with --encoding tcvn3; lines 1-9 not read`},
		{"vni.csv", TableOptions{},
			`evaluate: vni.csv:1: line 1 is not UTF-8 and looks typed with a font encoding before Unicode, VNI (VNI-Times, VNI-Helve): "Tænh" reads "Tỉnh" in it; ` +
				`convert the file to Unicode with Unikey's "Chuyển mã" (source VNI Windows, destination Unicode) or read it with --encoding vni; lines 1-9 not read`},
		{"tcvn3-utf8.csv", TableOptions{},
			`evaluate: tcvn3-utf8.csv:1: the header looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial): "TØnh" reads "Tỉnh" in it; ` +
				`convert the file to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) or read it with --encoding tcvn3 (got "TØnh")`},
		{"vni-utf8.csv", TableOptions{LegacyEncodingFix: "send it with charset=%s"},
			`evaluate: vni-utf8.csv:1: the header looks typed with a font encoding before Unicode, VNI (VNI-Times, VNI-Helve): "Tænh" reads "Tỉnh" in it; ` +
				`convert the file to Unicode with Unikey's "Chuyển mã" (source VNI Windows, destination Unicode) or send it with charset=vni (got "Tænh")`},
	} {
		t.Run(tc.file, func(t *testing.T) {
			_, err := readTable(t, tc.opt, tc.file)
			if err == nil {
				t.Fatal("no problem")
			}
			msgs := strings.Split(err.Error(), "\n")
			if msgs[0] != tc.want {
				t.Errorf("got  %s\nwant %s", msgs[0], tc.want)
			}
			// No column said missing: only the rows below the header are
			// said not read.
			if len(msgs) > 2 || len(msgs) == 2 && !strings.HasSuffix(msgs[1], ": lines 2-9 not read: fix the header first") {
				t.Errorf("want the problem and the rows not read, got %q", msgs)
			}
			if !problemHasCode(err, problem.Encoding) {
				t.Errorf("problem without code encoding: %v", err)
			}
		})
	}
}

// problemHasCode reports whether err or one it joins has code c.
func problemHasCode(err error, c problem.Code) bool {
	var walk func(error) bool
	walk = func(err error) bool {
		if ie, ok := err.(*InputError); ok && ie.Code == c {
			return true
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				if walk(e) {
					return true
				}
			}
		}
		if u, ok := err.(interface{ Unwrap() error }); ok && u.Unwrap() != nil {
			return walk(u.Unwrap())
		}
		return false
	}
	return walk(err)
}

// The detection does not take a table in Unicode, Windows-1258 or UTF-16,
// or with an English or unknown header, for a legacy one.
func TestLegacyDetectionDoesNotFireOnOtherTables(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "tables", "*.csv"))
	for _, path := range files {
		name := filepath.Base(path)
		if strings.HasPrefix(name, "tcvn3") || strings.HasPrefix(name, "vni") {
			continue
		}
		for _, opt := range []TableOptions{{}, {Encoding: EncodingWindows1258}} {
			_, err := readTable(t, opt, name)
			if err != nil && (strings.Contains(err.Error(), "font encoding before Unicode") || strings.Contains(err.Error(), "tcvn3") || strings.Contains(err.Error(), "vni")) {
				t.Errorf("%s (encoding %q): %v", name, opt.Encoding, err)
			}
		}
	}
	for _, in := range []string{
		"province,commune,year,set,indicator,value,Größe\nLạng Sơn,Hòa Lạc,2020,1980,4.2,96.5,1\n",
		"Tỉnh,Xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị,Ghi chú thêm\nLạng Sơn,Hòa Lạc,2020,1980,4.2,96.5,x\n",
		"Tỉnh,Xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị,Café\nLạng Sơn,Hòa Lạc,2020,1980,4.2,96.5,x\n",
	} {
		_, errs := decodeAll(TableOptions{}, []byte(in))
		for _, e := range errs {
			if strings.Contains(e, "font encoding before Unicode") {
				t.Errorf("%q: %s", in, e)
			}
		}
		if len(errs) == 0 {
			t.Errorf("%q: no problem of its unknown column", in)
		}
	}
}

func TestLegacyFixtureIsTheUnicodeTable(t *testing.T) {
	// The fixture files are the Unicode table encoded (round trip): their
	// ASCII bytes are the same.
	u, err := os.ReadFile(filepath.Join("testdata", "tables", "excel-cham-phay.csv"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := os.ReadFile(filepath.Join("testdata", "tables", "tcvn3.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Count(string(l), "\n"), strings.Count(string(u), "\n"); got != want {
		t.Errorf("tcvn3.csv has %d lines, excel-cham-phay.csv %d", got, want)
	}
}
