// Package criteria holds the law of the new-rural-area programme (Chương
// trình mục tiêu quốc gia xây dựng nông thôn mới, NTM) as data: the regions
// and provinces, the criteria sets (bộ tiêu chí) with their criteria (tiêu
// chí), indicators (chỉ tiêu) and targets, where each value comes from, and
// how sure we are of it. It does no evaluation beyond "does this value meet
// this target" ([Resolved.Meets]); judging a commune is package evaluate's
// job.
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
// in a year and says how it was found: from the region's own column or the
// common one ([Resolved.FromCommon]), from a by-year value
// ([Resolved.Year]), or — for criterion 10, whose values are stated "đến năm
// 2020" (by 2020) — from the 2020 value for an earlier year that has none of
// its own ([Resolved.YearFallback]); package evaluate turns that into a
// warning. A [Resolved] points to its indicator ([Resolved.Indicator]) for
// the code, unit and citation rather than copying them, so it references
// the set it was resolved from, which must stay unchanged while it is used.
//
// # Provenance
//
// The official annex of 1980/QĐ-TTg could not be consulted, so every target
// carries a [Provenance] mark from the reference research:
//
//   - [C2]: confirmed by two or more independent public sources;
//   - [C1]: one public source;
//   - [M]: recalled, no public source found: unverified.
//
// The mark travels with the value through [Resolved] into every report, so
// that an outcome resting on an unverified number is never presented as law.
// [Target.Source] names narrower evidence where there is some (4.2 for
// TDMNPB rests on one provincial set).
//
// # The built-in sets
//
// [QD1980] is Decision 1980/QĐ-TTg (19 criteria, 5 groups, 50 indicator rows),
// pinned cell for cell against criteria/testdata/1980-targets.tsv by the
// tests. [QD933] is the legal identity of Lạng Sơn's Decision 933/QĐ-UBND
// (enhanced NTM, 2018-2020), requiring 1980/QĐ-TTg, with 14 pass/fail slots
// because its official text was not available.
//
// The sets of later periods are built in with what is known of them, every
// fact marked, their indicator tables pending the official text (one pass
// slot per criterion): [QD318NTM] and [QD318Enhanced] (318/QĐ-TTg, Phụ lục
// I and II, 2021-2025), [QD319] (kiểu mẫu: four conditions, requiring
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
// A set splits its targets by region ([ColumnsRegion], the zero value: the
// 7 regions of 1980/QĐ-TTg and 318/QĐ-TTg) or by commune group
// ([ColumnsGroup], the groups of [Set.CommuneGroups]: 51/2025/QĐ-TTg). An
// indicator's Regional or ByGroup targets hold each column's own value; a
// column without one uses Common. [Column] names a column;
// [Indicator.ResolveColumn] resolves a target in it. In the definition JSON a
// group set says "columns": "group", lists its commune groups under
// "groups" (its criterion groups, if any, under "criterion_groups") and keys
// targets by "common" and group codes; a region set is written exactly as
// before.
//
// # Definitions as data
//
// A set can be written and read in the "Set definition, JSON" format of the
// repository (docs/formats.md): [Set.MarshalJSON], [WriteDefinition] and
// [WriteDefinitions] write it, [ReadDefinitions] and [Set.UnmarshalJSON] read
// it back. The format is lossless: a built-in set written and read back is
// equal to the original. Reading is strict — unknown keys, keys given twice,
// invalid UTF-8 or control characters, bad decimals, dates (years 1-9999)
// and codes, duplicate codes, an operator the kind does not admit, a region
// left without a target — and reports every problem at once, then runs
// [Validate]. [Catalog.Add] resolves each set's prerequisite through the
// catalog's IDs and aliases and refuses a set requiring itself, a cycle and
// an unknown set.
//
// # Errors
//
// Every problem is a [*FieldError]: a [problem.Problem] (the one error shape
// of ntm's core packages, shared with evaluate and plan) with its JSON path
// (`[0].criteria[3].indicators[1].targets.TDMNPB.value`), the offending input
// quoted and cut to a readable length, and a stable [problem.Code]. Branch
// with errors.Is(err, problem.DuplicateKey) or errors.As(err, &p) with p a
// *problem.Problem; [problem.Lines] renders the messages in English or
// Vietnamese. Problems are joined with [errors.Join], sorted by path and
// capped at [problem.Max], with a last "… and N more problems".
//
// Target values are strings on the wire: "true" for pass indicators, "0"
// for none indicators, exact decimals otherwise ("98", "21.8"). Every legal
// number is a [github.com/shopspring/decimal.Decimal]; nothing passes through float64.
//
// # Loading the official text of 933/QĐ-UBND
//
// Write the 14 criteria in the definition format with "id": "933/QĐ-UBND"
// and "content": "complete", read them with [ReadDefinitions] and [Catalog.Add]
// them to [Builtin]: the definition replaces the placeholder by ID, with no
// code change. The command does the same with `ntm eval --sets-from 933.json`
// and `ntm criteria --sets-from 933.json`.
//
// # Profiles
//
// A province may tighten or specify a national set (criterion 2's road
// percentages, yearly income values for criterion 10): a [Profile] lists such
// changes, each with its citation, and [Set.Derive] applies it to produce a
// new set with its own ID. The original is untouched.
//
// # Ownership, immutability and concurrency
//
// Data sets are returned by functions, never exposed as variables. [QD1980],
// [QD933], [Lookup], [Provinces] and [Regions] return a fresh copy on every
// call: a caller may change what it got without anyone else seeing it. A
// [Catalog] owns its sets: [Catalog.Add] stores a copy, and the sets its
// methods return are to be read, not changed (call [Set.Clone] for a copy of
// your own).
//
// All package-level functions are safe for concurrent use. A Set is plain
// data: any number of goroutines may read one at the same time, as long as
// none writes to it. Reading a Catalog is safe concurrently; Add is not safe
// concurrently with other calls on the same Catalog.
//
// # Zero values
//
// Every enumeration ([Region], [Level], [Kind], [Op], [Provenance],
// [Content]) starts at 1, so its zero value is invalid and is caught by
// [Validate] and by the text marshalling. The zero [Catalog] is empty and
// ready to use.
package criteria
