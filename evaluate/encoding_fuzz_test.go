package evaluate

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decodeAll reads every assessment of in and the text of every error.
func decodeAll(opt TableOptions, in []byte) (string, []string) {
	return decodeAllFrom(opt, bytes.NewReader(in))
}

// decodeAllFrom is decodeAll reading from r.
func decodeAllFrom(opt TableOptions, r io.Reader) (string, []string) {
	dec := opt.NewCSVDecoder(r, "fuzz.csv")
	var as []Assessment
	var errs []string
	for {
		a, err := dec.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		as = append(as, a)
	}
	return fmt.Sprintf("%+v", asMaps(as)), errs
}

// notUTF8Fix matches what a problem of a file that is not UTF-8 says after
// the place of the first byte that is not, up to what was not read.
var notUTF8Fix = regexp.MustCompile(`(of the line\)).*?; ((?:line|lines) [0-9-]+ not read)`)

// FuzzDecodeTableEncodings checks the table decoder with the encodings of
// --encoding (windows-1258, utf-16, tcvn3, vni): no panic, bounded memory, well-formed
// errors; and a UTF-8 table written as UTF-16 reads the same as the UTF-8
// one.
func FuzzDecodeTableEncodings(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "tables", "*.csv"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		if w, err := charmap.Windows1258.NewEncoder().Bytes(b); err == nil {
			f.Add(uint8(0), w)
		}
		f.Add(uint8(1), b)
	}
	f.Add(uint8(0), []byte("T\xecnh,Huy\xean,X\xe3,N\xe3m,B\xf4\xcc\xa3 ti\xeau chi\xec,4.2\nL\xe3ng S\xf5n,H\xf5\xd2u Lu\xf5ng,Ho\xe0 La\xf2c,2020,1980,\"96,5\"\n"))
	f.Add(uint8(1), []byte("\xef\xbb\xbfprovince,commune,year,set,indicator,value\nLạng Sơn,Hòa Lạc,2020,1980,4.2,96.5\n"))
	f.Add(uint8(1), []byte("\xfe\xff\x00p"))
	// Tables that start with a byte-order mark, read with --encoding
	// windows-1258: UTF-16 in either byte order, UTF-8 with a byte that is
	// not UTF-8, a wide header with a code of no indicator.
	utf16 := func(order unicode.Endianness, s string) []byte {
		b, err := unicode.UTF16(order, unicode.ExpectBOM).NewEncoder().Bytes([]byte(s))
		if err != nil {
			f.Fatal(err)
		}
		return b
	}
	long := "Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\r\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,4.2,\"96,5\"\r\n"
	wide := "Tỉnh\tHuyện\tXã\tNăm\tBộ tiêu chí\t4.2\t17.9\nLạng Sơn\tHữu Lũng\tHòa Lạc\t2020\t1980\t96,5\t1\n"
	f.Add(uint8(0), utf16(unicode.LittleEndian, long))
	f.Add(uint8(0), utf16(unicode.BigEndian, wide))
	f.Add(uint8(0), []byte("\uFEFF"+strings.Replace(long, "Hòa Lạc", "Ho\xe0 La\xf2c", 1)))
	f.Add(uint8(0), []byte("\uFEFF"+wide))
	builtinSets()
	// Tables typed with the fonts before Unicode: as bytes, and as the
	// Windows-1252 characters of those bytes in a UTF-8 file.
	for _, name := range []string{"tcvn3.csv", "vni.csv", "tcvn3-utf8.csv", "vni-utf8.csv"} {
		b, err := os.ReadFile(filepath.Join("testdata", "tables", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(2), b)
		f.Add(uint8(3), b)
	}
	f.Add(uint8(2), []byte("T\xd8nh,X\xb7,N\xa8m,B\xe9 ti\xaau ch\xdd,Ch\xd8 ti\xaau,Gi\xb8 tr\xde\nL\xb9ng S\xacn,H\xdfa L\xb9c,2020,1980,4.2,96.5\n"))
	f.Add(uint8(3), []byte("Xa\xf5\xf5\xf5\xd9\xf4\xf9,\xd4\xd9\xf6\n"))
	// A UTF-8 file whose mark was followed, with a header byte that VNI
	// reads as a mark left over: its problem says the mark was followed.
	f.Add(uint8(1), []byte("\ufeffGhiChu\xc3"))
	// The same with a byte TCVN3 reads as a letter: read alike with and
	// without the encoding the mark overrides.
	f.Add(uint8(1), []byte("\ufeffX\xa1"))
	encodings := []string{EncodingWindows1258, EncodingUTF16, EncodingTCVN3, EncodingVNI}
	f.Fuzz(func(t *testing.T, at uint8, in []byte) {
		enc := encodings[int(at)%len(encodings)]
		decodeTableBounded(t, TableOptions{Encoding: enc}, in)
		if enc == EncodingTCVN3 || enc == EncodingVNI {
			// A UTF-8 file is read as the characters of a legacy one
			// (saved as "CSV UTF-8"), mark or not: no property of marks.
			return
		}
		// A byte-order mark says how the table is encoded, whatever
		// --encoding says.
		if bytes.HasPrefix(in, []byte("\uFEFF")) || bytes.HasPrefix(in, []byte{0xFF, 0xFE}) || bytes.HasPrefix(in, []byte{0xFE, 0xFF}) {
			asMark, errsMark := decodeAll(TableOptions{}, in)
			asEnc, errsEnc := decodeAll(TableOptions{Encoding: enc}, in)
			// Only the fix of a UTF-8 file with bytes that are not UTF-8
			// differs: with --encoding, it says that the mark was followed.
			if bytes.HasPrefix(in, []byte("\uFEFF")) {
				for i, e := range errsEnc {
					if strings.Contains(e, " is not UTF-8 ") && !strings.Contains(e, "byte-order mark, which takes precedence over the encoding "+enc+" asked for") {
						t.Fatalf("the problem of a file with a UTF-8 byte-order mark read with --encoding %s does not say the mark was followed: %s", enc, e)
					}
					errsEnc[i] = notUTF8Fix.ReplaceAllString(e, "$1; $2")
				}
				for i, e := range errsMark {
					errsMark[i] = notUTF8Fix.ReplaceAllString(e, "$1; $2")
				}
			}
			if asMark != asEnc || fmt.Sprint(errsMark) != fmt.Sprint(errsEnc) {
				t.Fatalf("a table with a byte-order mark reads differently with --encoding %s:\nno encoding %s\n            %q\n%s %s\n            %q", enc, asMark, errsMark, enc, asEnc, errsEnc)
			}
		}
		if enc != EncodingUTF16 || !utf8.Valid(in) || bytes.HasPrefix(in, []byte("\uFEFF")) || bytes.HasPrefix(in, []byte{0xFF, 0xFE}) || bytes.HasPrefix(in, []byte{0xFE, 0xFF}) {
			return
		}
		u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(in)
		if err != nil {
			return
		}
		as8, errs8 := decodeAll(TableOptions{}, in)
		as16, errs16 := decodeAll(TableOptions{Encoding: enc}, u16)
		if as8 != as16 || fmt.Sprint(errs8) != fmt.Sprint(errs16) {
			t.Fatalf("UTF-8 and UTF-16 differ:\nUTF-8  %s\n       %q\nUTF-16 %s\n       %q", as8, errs8, as16, errs16)
		}
	})
}
