package criteria

// Merger is a province or centrally-run city of 1/7/2025 formed from former
// provinces of 2016-2025 (Nghị quyết (Resolution) 202/2025/QH15 của Quốc
// hội về việc sắp xếp đơn vị hành chính cấp tỉnh, 12/6/2025): it bears the
// name of one of them.
type Merger struct {
	// Name is the province's name, that of the former province Former[0]
	// (as in [Province].Name: "Tây Ninh").
	Name string
	// Former are the former provinces merged into it, the one of the same
	// name first ("Tây Ninh", "Long An").
	Former []string
	// Provenance says how sure the merger is (C2: two or more independent
	// public sources; see criteria/testdata/provinces-2025.tsv).
	Provenance Provenance
}

// mergerTable is the 23 mergers of Nghị quyết 202/2025/QH15, Điều 1, in
// the order of criteria/testdata/provinces-2025.tsv, which cites the
// sources of each; the 11 provinces not merged are not listed.
var mergerTable = [...]struct {
	former []string
	prov   Provenance
}{
	{[]string{"Tuyên Quang", "Hà Giang"}, C2},
	{[]string{"Lào Cai", "Yên Bái"}, C2},
	{[]string{"Thái Nguyên", "Bắc Kạn"}, C2},
	{[]string{"Phú Thọ", "Vĩnh Phúc", "Hòa Bình"}, C2},
	{[]string{"Bắc Ninh", "Bắc Giang"}, C2},
	{[]string{"Hưng Yên", "Thái Bình"}, C2},
	{[]string{"Hải Phòng", "Hải Dương"}, C2},
	{[]string{"Ninh Bình", "Hà Nam", "Nam Định"}, C2},
	{[]string{"Quảng Trị", "Quảng Bình"}, C2},
	{[]string{"Đà Nẵng", "Quảng Nam"}, C2},
	{[]string{"Quảng Ngãi", "Kon Tum"}, C2},
	{[]string{"Gia Lai", "Bình Định"}, C2},
	{[]string{"Khánh Hòa", "Ninh Thuận"}, C2},
	{[]string{"Lâm Đồng", "Đắk Nông", "Bình Thuận"}, C2},
	{[]string{"Đắk Lắk", "Phú Yên"}, C2},
	{[]string{"Thành phố Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"}, C2},
	{[]string{"Đồng Nai", "Bình Phước"}, C2},
	{[]string{"Tây Ninh", "Long An"}, C2},
	{[]string{"Cần Thơ", "Sóc Trăng", "Hậu Giang"}, C2},
	{[]string{"Vĩnh Long", "Bến Tre", "Trà Vinh"}, C2},
	{[]string{"Đồng Tháp", "Tiền Giang"}, C2},
	{[]string{"Cà Mau", "Bạc Liêu"}, C2},
	{[]string{"An Giang", "Kiên Giang"}, C2},
}

// mergerIndex maps a province's name to its merger in mergerTable.
var mergerIndex = func() map[string]int {
	m := make(map[string]int, len(mergerTable))
	for i, row := range mergerTable {
		m[row.former[0]] = i
	}
	return m
}()

// LookupMerger finds, for a province name as [LookupProvince] reads it, the
// province of that name from 1/7/2025 when it was formed by merging former
// provinces (Nghị quyết 202/2025/QH15): "Tây Ninh" gives Tây Ninh and Long
// An. ok is false for an unknown name and for a province not merged
// ("Nghệ An"). The name of a province merged into another ("Long An") is
// the former province's, not a province of 2025: ok is false.
func LookupMerger(name string) (Merger, bool) {
	p, ok := LookupProvince(name)
	if !ok {
		return Merger{}, false
	}
	i, ok := mergerIndex[p.Name]
	if !ok {
		return Merger{}, false
	}
	row := mergerTable[i]
	return Merger{Name: p.Name, Former: append([]string(nil), row.former...), Provenance: row.prov}, true
}
