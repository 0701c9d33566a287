package evaluate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/legacyvn"
	"github.com/nongthonmoi/ntm/problem"
)

// legacyCell returns s spelled in enc as a workbook cell (or a line of a
// file saved as "CSV UTF-8") holds it: the bytes as Windows-1252 shows
// them.
func legacyCell(t *testing.T, enc, s string) string {
	t.Helper()
	b, err := legacyvn.Encode(enc, s)
	if err != nil {
		t.Fatal(err)
	}
	return legacyvn.Shown(string(b))
}

// legacyBytes returns s spelled in enc, as a file's bytes.
func legacyBytes(t *testing.T, enc, s string) string {
	t.Helper()
	b, err := legacyvn.Encode(enc, s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A table whose header reads but whose names are typed with a legacy font
// says so: a province cell in a Unicode (or English) table, a line of
// legacy bytes in a file whose header is ASCII.
func TestLegacyNamesUnderAReadableHeaderSayWhichEncoding(t *testing.T) {
	const unicodeHeader = "Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\n"
	const englishHeader = "province,district,commune,year,set,indicator,value\n"
	for _, tc := range []struct {
		name string
		opt  TableOptions
		in   func(t *testing.T) string
		want string
	}{
		{"TCVN3 cells, Unicode header", TableOptions{}, func(t *testing.T) string {
			return unicodeHeader + legacyCell(t, legacyvn.TCVN3, "Lạng Sơn,Hữu Lũng,Hòa Lạc") + ",2020,1980,4.2,96.5\n"
		}, `evaluate: fuzz.csv:2: column Tỉnh: Hßa L¹c: no province of that name: the name looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "Lạng Sơn"; ` +
			`convert the file to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) or read it with --encoding tcvn3 (got "L¹ng S¬n")`},
		{"VNI cells, English header, another fix", TableOptions{LegacyEncodingFix: "send it with charset=%s"}, func(t *testing.T) string {
			return englishHeader + legacyCell(t, legacyvn.VNI, "Nghệ An,Quỳnh Lưu,Quỳnh Đôi") + ",2020,1980,4.2,96.5\n"
		}, `evaluate: fuzz.csv:2: column province: Quyønh Ñoâi: no province of that name: the name looks typed with a font encoding before Unicode, VNI (VNI-Times, VNI-Helve), in which it reads "Nghệ An"; ` +
			`convert the file to Unicode with Unikey's "Chuyển mã" (source VNI Windows, destination Unicode) or send it with charset=vni (got "Ngheä An")`},
		{"TCVN3 bytes, ASCII header", TableOptions{}, func(t *testing.T) string {
			return englishHeader + "Lang Son,Huu Lung,Hoa Lac,2020,1980,4.2,96.5\n" + legacyBytes(t, legacyvn.TCVN3, "Lạng Sơn,Hữu Lũng,Hòa Lạc") + ",2020,1980,4.2,96.5\n"
		}, `evaluate: fuzz.csv:3: line 3 is not UTF-8 and looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial): "L¹ng S¬n" reads "Lạng Sơn" in it; ` +
			`convert the file to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) or read it with --encoding tcvn3; line 3 not read`},
		{"VNI bytes, ASCII header, a commune of the registry alone", TableOptions{}, func(t *testing.T) string {
			return "province,district,commune,year,set,indicator,value\nLang Son,Huu Lung," + legacyBytes(t, legacyvn.VNI, "Hòa Lạc") + ",2020,1980,4.2,96.5\n"
		}, `evaluate: fuzz.csv:2: line 2 is not UTF-8 and looks typed with a font encoding before Unicode, VNI (VNI-Times, VNI-Helve): "Hoøa Laïc" reads "Hòa Lạc" in it; ` +
			`convert the file to Unicode with Unikey's "Chuyển mã" (source VNI Windows, destination Unicode) or read it with --encoding vni; line 2 not read`},
		{"TCVN3 bytes, ASCII header, a commune of the registry alone, the tone mark placed as Unikey does", TableOptions{}, func(t *testing.T) string {
			return "province,district,commune,year,set,indicator,value\nLang Son,Huu Lung," + legacyBytes(t, legacyvn.TCVN3, "Hoà Lạc") + ",2020,1980,4.2,96.5\n"
		}, `evaluate: fuzz.csv:2: line 2 is not UTF-8 and looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial): "Hoµ L¹c" reads "Hoà Lạc" in it; ` +
			`convert the file to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) or read it with --encoding tcvn3; line 2 not read`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := decodeAll(tc.opt, []byte(tc.in(t)))
			if len(errs) == 0 || errs[0] != tc.want {
				t.Errorf("got  %q\nwant %q", errs, tc.want)
			}
		})
	}
}

func TestLegacyProvinceIsAnEncodingProblem(t *testing.T) {
	in := "Tỉnh,Xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\n" + legacyCell(t, legacyvn.TCVN3, "Lạng Sơn,Hòa Lạc") + ",2020,1980,4.2,96.5\n"
	_, err := TableOptions{}.DecodeCSV(strings.NewReader(in), "t.csv")
	if err == nil || !problemHasCode(err, problem.Encoding) {
		t.Fatalf("want a problem of code encoding, got %v", err)
	}
	vi := (&problem.Msg{Format: legacyProvinceFormat}).Text(problem.VI)
	if vi == legacyProvinceFormat {
		t.Errorf("no Vietnamese text of %q", legacyProvinceFormat)
	}
}

// Names in Unicode, without diacritics, unknown, or of a Windows-1258
// file are never said to be typed with a legacy font.
func TestLegacyNamesDoNotFireOnOtherNames(t *testing.T) {
	w1258b, err := os.ReadFile(filepath.Join("testdata", "tables", "windows-1258.csv"))
	if err != nil {
		t.Fatal(err)
	}
	w1258 := string(w1258b)
	const asciiHeader = "province;district;commune;year;set;indicator;content;value;numerator;denominator;unit;source;note\n"
	for _, in := range []string{
		"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,4.2,96.5\nNghệ An,Quỳnh Lưu,Quỳnh Đôi,2020,1980,4.2,96.5\n",
		"Tỉnh,Xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\nLang Son,Hoa Lac,2020,1980,4.2,96.5\n",
		"Tỉnh,Xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\nAtlantis,Hòa Lạc,2020,1980,4.2,96.5\n",
		"Tỉnh,Xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\nHà Nội,Hòa Lạc,2020,1980,4.2,96.5\nThừa Thiên Huế,Hương Sơ,2020,1980,4.2,96.5\n",
		"province,commune,year,set,indicator,value\nMüller-Straße,Café,2020,1980,4.2,96.5\n",
		w1258,
		// Windows-1258 bytes under an ASCII header: the file's encoding is
		// no legacy font's.
		asciiHeader + w1258[strings.IndexByte(w1258, '\n')+1:],
		// A line of Windows-1258 and UTF-8 text.
		"province,district,commune,year,set,indicator,value\nL\xe1ng S\xf5n,Hữu Lũng,B,2020,1980,4.2,96\n",
	} {
		_, errs := decodeAll(TableOptions{}, []byte(in))
		for _, e := range errs {
			if strings.Contains(e, "font encoding before Unicode") {
				t.Errorf("%q: %s", in, e)
			}
		}
	}
	// The Windows-1258 file still names its own fix.
	_, errs := decodeAll(TableOptions{}, []byte(w1258))
	if len(errs) == 0 || !strings.Contains(errs[0], "--encoding windows-1258") {
		t.Errorf("Windows-1258 file: got %q", errs)
	}
}

// A commune of a year the registry of units covers whose name, typed with
// a legacy font, is no unit as written but is one decoded gets the
// unknown-unit warning saying so; other names keep theirs.
func TestLegacyCommuneNameWarnsWhichEncoding(t *testing.T) {
	for _, tc := range []struct {
		commune, district string
		want              string // "" for no warning
	}{
		{legacyCell(t, legacyvn.TCVN3, "Hòa Lạc"), legacyCell(t, legacyvn.TCVN3, "Hữu Lũng"),
			`the commune's name is not among the administrative units known for its province: it looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), ` +
				`in which "Hßa L¹c" reads "Hòa Lạc" (Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn); ` +
				`convert the file to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) or read it with --encoding tcvn3 (POST /evaluate: charset=tcvn3)`},
		{legacyCell(t, legacyvn.VNI, "Hòa Lạc"), "Hữu Lũng",
			`the commune's name is not among the administrative units known for its province: it looks typed with a font encoding before Unicode, VNI (VNI-Times, VNI-Helve), ` +
				`in which "Hoøa Laïc" reads "Hòa Lạc" (Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn); ` +
				`convert the file to Unicode with Unikey's "Chuyển mã" (source VNI Windows, destination Unicode) or read it with --encoding vni (POST /evaluate: charset=vni)`},
		{"Hòa Lạc", "Hữu Lũng", ""},
		{"Hoa Lac", "Huu Lung", ""},
		{"Hoa Lac X", "Hữu Lũng", `the commune's name is not among the administrative units known for its province; closest: Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn; ` +
			`Xã Hòa Cư (06223), Huyện Cao Lộc, Lạng Sơn; Xã Hoa Thám (06073), Huyện Bình Gia, Lạng Sơn`},
	} {
		t.Run(tc.commune, func(t *testing.T) {
			set := criteria.QD51of2025()
			a := &Assessment{Commune: Commune{Name: tc.commune, District: tc.district, Province: "Lạng Sơn"}, Group: "2", Year: 2025,
				Values: map[string]map[string]Value{set.ID: {"1": Bool(true)}}}
			r := Run(set, a)
			w, ok := r.UnitWarning()
			switch {
			case tc.want == "" && ok:
				t.Errorf("unexpected warning %q", w.Text("en"))
			case tc.want != "" && !ok:
				t.Errorf("no warning, want %q", tc.want)
			case ok && w.Text("en") != tc.want:
				t.Errorf("got  %s\nwant %s", w.Text("en"), tc.want)
			}
			if ok && tc.want != "" && w.Kind != WarnUnknownUnit {
				t.Errorf("kind %v", w.Kind)
			}
		})
	}
}

// A line that is not UTF-8 whose bytes read as Vietnamese letters in
// TCVN3 or VNI, and not in Windows-1258, though it names no known place,
// is given the fix of that encoding too.
func TestNotUTF8LineNamesALegacyEncodingItReadsIn(t *testing.T) {
	const header = "province,district,commune,year,set,indicator,value\n"
	for _, tc := range []struct{ enc, want string }{
		{legacyvn.TCVN3, `read it with --encoding windows-1258 (or utf-16); or, if it was typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), read it with --encoding tcvn3; line 2 not read`},
		{legacyvn.VNI, `read it with --encoding windows-1258 (or utf-16); or, if it was typed with a font encoding before Unicode, VNI (VNI-Times, VNI-Helve), read it with --encoding vni; line 2 not read`},
	} {
		in := header + "X," + legacyBytes(t, tc.enc, "Quỳnh Lưu,Quỳnh Đôi") + ",2020,1980,4.2,96.5\n"
		_, errs := decodeAll(TableOptions{}, []byte(in))
		if len(errs) == 0 || !strings.HasSuffix(errs[0], tc.want) || !strings.Contains(errs[0], "line 2 is not UTF-8 (byte 0x") {
			t.Errorf("%s: got %q\nwant …%s", tc.enc, errs, tc.want)
		}
		// The HTTP API's fixes.
		_, errs = decodeAll(TableOptions{EncodingFix: "send it with charset=windows-1258", LegacyEncodingFix: "send it with charset=%s"}, []byte(in))
		if want := "send it with charset=windows-1258; or, if it was typed with a font encoding before Unicode, " + legacyvn.Label(tc.enc) + ", send it with charset=" + tc.enc; len(errs) == 0 || !strings.Contains(errs[0], want) {
			t.Errorf("%s: got %q\nwant %s", tc.enc, errs, want)
		}
	}
}
