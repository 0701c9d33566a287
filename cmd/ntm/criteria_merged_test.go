package main

import "testing"

// TestCriteriaRegionOfAProvinceMergedAcrossRegions: --region given the
// name of a province that since 1/7/2025 also covers former provinces of
// other regions ("Tây Ninh": Long An, ĐBSCL) shows the targets of the
// former province of the name, as before, and says on standard error, in
// the language of --lang, what else the name covers and how to ask for
// the other region's targets; the exit status stays 0. A region, a
// former province's name, a province not merged across regions, and a set
// split by commune group (which ignores --region) say nothing.
func TestCriteriaRegionOfAProvinceMergedAcrossRegions(t *testing.T) {
	const (
		noteVI    = `ntm criteria: --region "Tây Ninh": lưu ý: từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" gồm cả Long An cũ (vùng DBSCL); mức đạt chuẩn đưa ra là của vùng DNB, vùng của Tây Ninh cũ; mức đạt chuẩn của Long An cũ: --region DBSCL hoặc --region "Long An"` + "\n"
		noteEN    = `ntm criteria: --region "Tây Ninh": note: since 1/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" also covers the former province Long An (region DBSCL); the targets given are those of region DNB, that of the former Tây Ninh; for those of the former Long An, give --region DBSCL or --region "Long An"` + "\n"
		typedEN   = `ntm criteria: --region "tay ninh": note: since 1/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" also covers the former province Long An (region DBSCL); the targets given are those of region DNB, that of the former Tây Ninh; for those of the former Long An, give --region DBSCL or --region "Long An"` + "\n"
		lamDongVI = `ntm criteria: --region "Lâm Đồng": lưu ý: từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15), "Lâm Đồng" gồm cả Đắk Nông cũ (vùng TN) và Bình Thuận cũ (vùng DHNTB); mức đạt chuẩn đưa ra là của vùng TN, vùng của Lâm Đồng cũ; mức đạt chuẩn của Bình Thuận cũ: --region DHNTB hoặc --region "Bình Thuận"` + "\n"
	)
	tests := []struct {
		name       string
		args       []string
		sameAs     []string // the arguments whose output is the same
		wantStderr string
	}{
		{"Vietnamese by default", []string{"--set", "1980", "--region", "Tây Ninh"}, []string{"--set", "1980", "--region", "DNB"}, noteVI},
		{"English with --lang en", []string{"--set", "1980", "--region", "Tây Ninh", "--lang", "en"}, []string{"--set", "1980", "--region", "DNB", "--lang", "en"}, noteEN},
		{"the name as typed is quoted, the province named as the data does", []string{"--set", "1980", "--region", "tay ninh", "--lang", "en"}, []string{"--set", "1980", "--region", "DNB", "--lang", "en"}, typedEN},
		{"JSON too", []string{"--set", "1980", "--region", "Tây Ninh", "--format", "json"}, []string{"--set", "1980", "--region", "DNB", "--format", "json"}, noteVI},
		{"every set, once", []string{"--region", "Tây Ninh"}, []string{"--region", "DNB"}, noteVI},
		{"a former province of the same region is named in what the name covers, not in the advice", []string{"--set", "1980", "--region", "Lâm Đồng"}, []string{"--set", "1980", "--region", "TN"}, lamDongVI},
		{"a region", []string{"--set", "1980", "--region", "DBSCL"}, nil, ""},
		{"a former province's name", []string{"--set", "1980", "--region", "Long An"}, []string{"--set", "1980", "--region", "DBSCL"}, ""},
		{"a province not merged across regions", []string{"--set", "1980", "--region", "Lạng Sơn"}, []string{"--set", "1980", "--region", "TDMNPB"}, ""},
		{"a set split by commune group ignores --region, and says so", []string{"--set", "51", "--region", "Tây Ninh"}, []string{"--set", "51"},
			"ntm criteria: --region \"Tây Ninh\": lưu ý: bộ tiêu chí 51/2025/QĐ-TTg chia mức đạt chuẩn theo nhóm xã, không theo vùng: bỏ qua --region\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runNTM(t, "", append([]string{"criteria"}, tt.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitOK, errOut)
			}
			if errOut != tt.wantStderr {
				t.Errorf("stderr\n got %q\nwant %q", errOut, tt.wantStderr)
			}
			if tt.sameAs == nil {
				return
			}
			_, want, _ := runNTM(t, "", append([]string{"criteria"}, tt.sameAs...)...)
			if out != want {
				t.Errorf("standard output differs from that of %q:\n got %.400s\nwant %.400s", tt.sameAs, out, want)
			}
		})
	}
}
