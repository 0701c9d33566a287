// Package evalbridge gives the module's own packages what packages
// evaluate and progress keep out of their API: the hooks by which the ntm
// command counts a commune once however its names are written, as it
// learns those names only once the whole input is read. Each variable is
// set by the package it reaches into, in an init function, so it is set
// before any package that imports that one runs; its parameters are
// typed any because this package may not import the packages that set
// them, and each says which type it must be.
package evalbridge

// AddProvisional counts report r (an *evaluate.Report) in summarizer z (an
// *evaluate.Summarizer) as z.Add does, and returns a function that takes
// it back out of the counts: for a report that may prove, once the whole
// input is read, to be of a commune already counted (its names written
// another way). The function keeps what the report counted, a few bytes
// per criterion, not the report; called again, it takes nothing more. An
// area whose every report is taken back is not in the summary; its names,
// as first written, may be taken back with it. Set by package evaluate.
var AddProvisional func(z, r any) (retract func())

// SetSummarizerNames gives summarizer z (an *evaluate.Summarizer) the names
// an area is counted and shown under: canonical (a func(evaluate.Commune)
// evaluate.Commune, or nil for the names as first written) is called by
// z.Summary with each area's province and district (a Commune without a
// name), and areas it gives names of one key are one area. As it is
// called when the summary is made, it may know names read after an
// area's first report (a name written without diacritics, "Lang Son",
// that stands for one read later, "Lạng Sơn"). Set by package evaluate.
var SetSummarizerNames func(z, canonical any)

// SetTrackerNames gives tracker t (a *progress.Tracker) the names a commune
// is followed and counted under: canonical (a func(evaluate.Commune)
// evaluate.Commune, or nil for the names as first written) is called by
// t.Progress with each commune and each area (a Commune without a name,
// or without a district), and communes or areas it gives names of one
// key are one. As it is called when the progress is made, it may know
// names read after a commune's first report (a name written without
// diacritics, "Hoa Lac", that stands for one read later, "Hòa Lạc"). A
// commune's year reported under both names counts once, as first added.
// Set by package progress.
var SetTrackerNames func(t, canonical any)

// UnitWarning returns the warning a report on commune c (an
// evaluate.Commune) assessed for year carries on the commune's name as an
// administrative unit of its province (w, an evaluate.Warning of kind
// WarnUnknownUnit, WarnFormerUnit or WarnFormerDistrict), if it has one:
// what a plan's target for that year is warned of. Set by package
// evaluate.
var UnitWarning func(c any, year int) (w any, ok bool)

// FormerUnitFact is what a warning of kind WarnFormerUnit states of the
// commune in year, in English for lang "en", otherwise in Vietnamese,
// without its advice to assess the unit that succeeded it: "trong năm
// 2026, xã không còn là đơn vị hành chính của tỉnh (…)". Set by package
// evaluate.
var FormerUnitFact func(year int, lang string) string

// NewJSONEncoder returns an *evaluate.JSONEncoder writing to w (an
// io.Writer) with options opt (an evaluate.RenderOptions), which encodes
// into buf (a []byte, taken empty) rather than a buffer of its own: for
// callers that keep buffers across encoders (the HTTP API's requests).
// JSONEncoderBuffer returns the buffer of enc (an *evaluate.JSONEncoder)
// once it is closed, to be used again. Set by package evaluate.
var (
	NewJSONEncoder    func(w, opt any, buf []byte) any
	JSONEncoderBuffer func(enc any) []byte
)

// MsgNotReadBelowHeader is the format of package evaluate's problem of
// the rows of a commune not read below a header that cannot be read
// ("rows 2-3 not read: fix the header first"): the workbook reader, which
// tells whether rows hidden in Excel were read, knows those rows by it.
const MsgNotReadBelowHeader = "%s not read: fix the header first"

// GuessLegacyHeader returns the Vietnamese font encoding before Unicode
// ("tcvn3", "vni") that a header cell looks typed in: it names no column
// as it is but names one decoded; "" when it does not look so. A
// workbook reader that finds no header asks it of the cells it searched.
// Set by package evaluate.
var GuessLegacyHeader func(cell string) string

// LegacyHeaderProblem returns the problem (code encoding) of a header cell,
// input, that GuessLegacyHeader gives encoding enc: which encoding, what
// the cell reads in it, and what to do; fix is the other way than
// converting the file, a format of one %s (the encoding), "" for the ntm
// command's flag. Set by package evaluate.
var LegacyHeaderProblem func(enc, input, fix string) error
