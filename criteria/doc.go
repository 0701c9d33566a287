// Package criteria holds the law of the new-rural-area programme (Chương
// trình mục tiêu quốc gia xây dựng nông thôn mới, NTM) as data: the regions
// and provinces, the criteria sets (bộ tiêu chí) with their criteria (tiêu
// chí), indicators (chỉ tiêu) and targets, where each value comes from, and
// how sure we are of it. It does no evaluation beyond "does this value meet
// this target" ([Resolved.Meets]); judging a commune is package evaluate's
// job. Start with [Builtin], the catalog of the built-in sets, or [Lookup]
// for one set by ID or alias. Every set returned is a fresh copy, the
// caller's own; package-level functions and reads of a [Catalog] are safe
// for concurrent use, [Catalog.Add] is not (see Ownership, immutability and
// concurrency).
//
// # Sets, criteria, indicators, targets
//
// A [Set] is what one decision issues: its legal identity (ID such as
// "1980/QĐ-TTg", title in Vietnamese and English, [Level], scope "national"
// or a province, issuer, issue and effective dates, the years it applies
// to, the decisions it supersedes, the set it requires first) and its
// criteria in decision order. Its [Content] says whether the criteria are
// encoded from the official text ([ContentComplete]) or are slots awaiting it
// ([ContentPendingOfficialText]).
//
// A [Criterion] has a code ("1" … "19"), a name, a group ("I" … "V") and the
// ministry that guides it. Each of its [Indicator] values says what is
// measured — the wording verbatim in Vietnamese, with an English translation
// — its [Kind] (pass/fail, none, percent, amount), the [Op] the target is met
// by, the unit, whether a commune may declare it not applicable, and its
// citation. Its targets are given per [Region] (the 7 columns of 1980/QĐ-TTg)
// and/or as one common target for regions without their own.
//
// [Indicator.Resolve] picks the target that applies to a commune of a region
// in a year and says how it was found.
//
// # Provenance
//
// The targets are encoded from public sources, not from the official annex
// tables, so every target carries a [Provenance] mark (C2, C1, M) saying how
// sure its value is, and the mark travels through [Resolved] into every
// report.
//
// # The built-in sets
//
// [QD1980] is Quyết định (Decision) 1980/QĐ-TTg (19 criteria, 5 groups, 50 indicator rows),
// pinned cell for cell against criteria/testdata/1980-targets.tsv by the
// tests. [QD933] is the legal identity of Lạng Sơn's Quyết định 933/QĐ-UBND
// (enhanced NTM, 2018-2020), requiring 1980/QĐ-TTg, with 14 pass/fail slots
// in place of its official text, which is not encoded.
//
// The sets of later periods are built in with what is known of them, every
// fact marked, their indicator tables pending the official text (one pass
// slot per criterion): [QD318NTM] and [QD318Enhanced] (318/QĐ-TTg, Phụ lục
// (Annex) I and II, 2021-2025), [QD319] (kiểu mẫu, model NTM: four conditions, requiring
// 318/QĐ-TTg/II, which requires 318/QĐ-TTg/I) and [QD51of2025] (2026-2030),
// whose targets are split by commune group instead of region.
//
// [Lookup] finds a set by its canonical ID or an alias ("1980", "QD1980",
// "1980/QD-TTg", "933", "318", "318-nang-cao", "kieu-mau", "51/2025", …,
// any case); [Builtin] returns them as a [Catalog]; [Catalog.InForce] lists
// the sets in force on a date.
//
// # Target columns
//
// A set splits its targets by region (ColumnsRegion, the zero value: the 7
// regions of 1980/QĐ-TTg and 318/QĐ-TTg) or by commune group (ColumnsGroup,
// the groups of Set.CommuneGroups: 51/2025/QĐ-TTg); see [Columns].
//
// # Definitions as data, errors, profiles
//
// A set is written and read in the "Set definition, JSON" format of
// docs/formats.md by [WriteDefinition], [WriteDefinitions] and
// [ReadDefinitions], losslessly and strictly; [Catalog.Add] adds what was read
// (loading the official text of 933/QĐ-UBND this way replaces the placeholder
// by ID, with no code change: `ntm eval --sets-from 933.json`). Every problem
// is a [*FieldError], a [problem.Problem] with a JSON path and a stable
// [problem.Code]. Target values are exact decimals (shopspring/decimal),
// never float64. A [Profile] lists a province's changes to a national set,
// each with its citation; [Set.Derive] applies it to make a new set.
//
// # Ownership, immutability and concurrency
//
// Data sets are returned by functions, never exposed as variables: QD1980,
// QD933, Lookup, Provinces and Regions return a fresh copy on every call. A
// Catalog owns its sets (Catalog.Add stores a copy; call Set.Clone for a copy
// of your own). Package-level functions are safe for concurrent use; a Set
// not being changed may be read by any number of goroutines; reading a
// Catalog is safe concurrently, Add is not.
//
// # Zero values
//
// Every enumeration ([Region], [Level], [Kind], [Op], [Provenance],
// [Content]) starts at 1, so its zero value is invalid and is caught by
// [Validate] and by the text marshalling. The zero [Catalog] is empty and
// ready to use.
package criteria
