// Package units holds commune-level administrative units (đơn vị hành chính
// cấp xã) as dated data: which units a province had on a date, under which
// official code, in which district, and which units took each one over when
// the units were reorganised, with the legal basis of each change. Start
// with [Successor] (which unit took a commune over by a day) or [List] (the
// units of a province on a day). The data is read-only: every function is
// safe for concurrent use and returns values that are the caller's own.
//
// # What is known
//
// Tỉnh Lạng Sơn only, from the project's reference files (embedded, cited in
// units/data/README.md):
//
//   - the 194 units of the code list of 1/3/2025 (175 xã, 14 thị trấn,
//     5 phường — communes, townships, wards — in 11 districts), in force
//     until 30/6/2025;
//   - the 65 units from 1/7/2025 (61 xã, 4 phường; no districts: the
//     district level ceased), per Công văn (official letter)
//     1027/CTK-CSCL;
//   - the 196 successions of Nghị quyết (Resolution) 1672/NQ-UBTVQH15,
//     Điều (Article) 1, one per old unit and new unit, each with its khoản
//     (clause) and whether the whole old unit or a part of it went into the
//     new one. Two old units were split
//     (Xã Bính Xá 06622: khoản 40 and 43; Xã Kiên Mộc 06625: khoản 42 and
//     43): each of their successions is a part.
//
// The registry starts on 1/3/2025, the date of the code list: units of
// earlier dates (the 2016-2020 list differed) are not in it, and a date
// before 1/3/2025 has no units ([Since] gives the first day known).
//
// # Queries
//
// [List] gives the units of a province in force on a day; [Find] the units a
// name names (a [Place], read from text by [ParsePlace]); [ByCode] the unit
// a code named on a day; [Successor] the unit that took a place over by a
// day, with each [Succession] that led to it ([Successions], [Successors]
// and [Predecessors] give them for a [Unit]); [Closest] the units nearest a
// name that is not one ("did you mean"); [Known] and [HasRegistry] whether
// a name can be checked against the registry at all.
//
// # Codes were reused
//
// Each new code is the 1/3/2025 code of one of the old units merged into it,
// often under another name (06445 was Xã Hòa Sơn and is now Xã Tân Thành), so
// a code identifies a unit only together with a date: see [ByCode].
//
// # Names
//
// Names match as commune names do elsewhere in ntm: ignoring case, Unicode
// normalisation form, spacing and the placement of the tone mark (Hoà =
// Hòa, Thuỷ = Thủy), with or without the kind prefix (Xã, Phường, Thị trấn;
// Huyện, Thị xã, Thành phố, TP for districts; Tỉnh for provinces).
// Diacritics are significant when written: Nhật Tiến (Hữu Lũng) and Nhất
// Tiến (Bắc Sơn) are different communes. A name written without any
// diacritics ("Nhat Tien") matches the units it folds to, and only then.
// The spellings of 1672/NQ-UBTVQH15 that differ from the code list are
// accepted too ("Nông Trường Thái Bình" for "NT Thái Bình").
//
// # Concurrency
//
// The data is read once, on first use, and never changes; every function is
// safe for concurrent use. Values returned are the caller's own copies.
package units
