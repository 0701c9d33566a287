package criteria

import (
	"fmt"
	"strings"
)

// Level is the standard a criteria set defines. The zero value is invalid.
type Level uint8

const (
	// LevelNTM is xã đạt chuẩn nông thôn mới (NTM-standard commune).
	LevelNTM Level = iota + 1
	// LevelEnhanced is xã nông thôn mới nâng cao (enhanced NTM commune).
	LevelEnhanced
	// LevelModel is xã nông thôn mới kiểu mẫu (model NTM commune).
	LevelModel
)

var levelCodes = [...]string{"", "ntm", "ntm-nang-cao", "ntm-kieu-mau"}
var levelNames = [...]Text{{}, {VI: "nông thôn mới", EN: "new rural area (NTM)"},
	{VI: "nông thôn mới nâng cao", EN: "enhanced new rural area"},
	{VI: "nông thôn mới kiểu mẫu", EN: "model new rural area"}}

// String returns the wire code: "ntm", "ntm-nang-cao" or "ntm-kieu-mau".
func (l Level) String() string { return enumString(levelCodes[:], int(l), "Level") }

// Name returns the Vietnamese and English names of the level.
func (l Level) Name() Text {
	if l < LevelNTM || l > LevelModel {
		return Text{}
	}
	return levelNames[l]
}

// MarshalText implements [encoding.TextMarshaler].
func (l Level) MarshalText() ([]byte, error) { return enumMarshal(levelCodes[:], int(l), "level") }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (l *Level) UnmarshalText(b []byte) error {
	v, err := enumParse(levelCodes[:], string(b), "level")
	*l = Level(v)
	return err
}

// Kind is how an indicator is measured. The zero value is invalid.
type Kind uint8

const (
	// KindPass is a pass/fail indicator (Đạt / chưa đạt): the target is true.
	KindPass Kind = iota + 1
	// KindNone is an indicator whose target is "Không" (none): a count of zero meets it.
	KindNone
	// KindPercent is a share in percent (0-100).
	KindPercent
	// KindAmount is a quantity in the indicator's unit (e.g. triệu đồng/người/năm).
	KindAmount
)

var kindCodes = [...]string{"", "pass", "none", "percent", "amount"}

// String returns the wire code: "pass", "none", "percent" or "amount".
func (k Kind) String() string { return enumString(kindCodes[:], int(k), "Kind") }

// MarshalText implements [encoding.TextMarshaler].
func (k Kind) MarshalText() ([]byte, error) { return enumMarshal(kindCodes[:], int(k), "kind") }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := enumParse(kindCodes[:], string(b), "kind")
	*k = Kind(v)
	return err
}

// Numeric reports whether values of this kind are numbers (none, percent, amount).
func (k Kind) Numeric() bool { return k == KindNone || k == KindPercent || k == KindAmount }

// Op is the comparison an indicator's target is met by. The zero value is invalid.
type Op uint8

const (
	// OpEq: the value equals the target; used by pass indicators (target true).
	OpEq Op = iota + 1
	// OpNone: nothing may be present (target "Không"); a count of 0 meets it.
	OpNone
	// OpGE: the value is at least the target (≥).
	OpGE
	// OpLE: the value is at most the target (≤).
	OpLE
)

var opCodes = [...]string{"", "=", "none", ">=", "<="}

// String returns the wire code: "=", "none", ">=" or "<=".
func (o Op) String() string { return enumString(opCodes[:], int(o), "Op") }

// MarshalText implements [encoding.TextMarshaler].
func (o Op) MarshalText() ([]byte, error) { return enumMarshal(opCodes[:], int(o), "op") }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (o *Op) UnmarshalText(b []byte) error {
	v, err := enumParse(opCodes[:], string(b), "op")
	*o = Op(v)
	return err
}

// Symbol returns the operator as printed in a table: "≥", "≤", "=", "không".
func (o Op) Symbol() string {
	switch o {
	case OpGE:
		return "≥"
	case OpLE:
		return "≤"
	case OpEq:
		return "="
	case OpNone:
		return "không"
	}
	return "?"
}

// Holds reports whether a value that compares c to a target (negative
// below it, 0 equal, positive above it, as decimal Cmp returns)
// meets the target under o: ≥ holds for c ≥ 0, ≤ for c ≤ 0, none for c = 0
// (a count of zero against the target 0). A pass/fail target (=) is met by
// a pass/fail value, not by a comparison: Holds is false for it.
func (o Op) Holds(c int) bool {
	switch o {
	case OpGE:
		return c >= 0
	case OpLE:
		return c <= 0
	case OpNone:
		return c == 0
	}
	return false
}

// opFor is the only operator each kind admits, or 0 when the kind admits ≥ and ≤.
func (k Kind) fixedOp() Op {
	switch k {
	case KindPass:
		return OpEq
	case KindNone:
		return OpNone
	}
	return 0
}

// Accepts reports whether op is valid for kind: pass takes =, none takes none,
// percent and amount take >= or <=.
func (k Kind) Accepts(op Op) bool {
	if f := k.fixedOp(); f != 0 {
		return op == f
	}
	return (k == KindPercent || k == KindAmount) && (op == OpGE || op == OpLE)
}

// Provenance says how sure we are of a target value (the module's README,
// section Provenance, counts the marks of 1980/QĐ-TTg).
//
// The targets of 1980/QĐ-TTg are encoded from public sources, not from its
// official annex, so every target carries a [Provenance] mark:
//
//   - [C2]: confirmed by two or more independent public sources;
//   - [C1]: one public source;
//   - [M]: recalled, no public source found: unverified.
//
// The mark travels with the value through [Resolved] into every report, so
// that an outcome resting on an unverified number is never presented as law.
// [Target.Source] names narrower evidence where there is some (4.2 for
// TDMNPB rests on one provincial set).
// The zero value is invalid.
type Provenance uint8

const (
	// C2: confirmed by two or more independent public sources.
	C2 Provenance = iota + 1
	// C1: one public source.
	C1
	// M: recalled, no public source found: unverified.
	M
)

var provenanceCodes = [...]string{"", "C2", "C1", "M"}

// String returns "C2", "C1" or "M".
func (p Provenance) String() string { return enumString(provenanceCodes[:], int(p), "Provenance") }

// MarshalText implements [encoding.TextMarshaler].
func (p Provenance) MarshalText() ([]byte, error) {
	return enumMarshal(provenanceCodes[:], int(p), "provenance")
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (p *Provenance) UnmarshalText(b []byte) error {
	v, err := enumParse(provenanceCodes[:], string(b), "provenance")
	*p = Provenance(v)
	return err
}

// Describe returns a short explanation in Vietnamese and English.
func (p Provenance) Describe() Text {
	switch p {
	case C2:
		return Text{VI: "xác nhận bởi từ hai nguồn công khai độc lập", EN: "confirmed by two or more independent public sources"}
	case C1:
		return Text{VI: "chỉ có một nguồn công khai", EN: "one public source only"}
	case M:
		return Text{VI: "chưa kiểm chứng, không tìm thấy nguồn", EN: "unverified, no public source found"}
	}
	return Text{}
}

// Content says whether a set's criteria are encoded from the official text.
// The zero value is invalid.
type Content uint8

const (
	// ContentComplete: every criterion and target is encoded.
	ContentComplete Content = iota + 1
	// ContentPendingOfficialText: the criterion slots exist but their wording
	// and thresholds await the official text (as for 933/QĐ-UBND).
	ContentPendingOfficialText
)

var contentCodes = [...]string{"", "complete", "pending-official-text"}

// String returns "complete" or "pending-official-text".
func (c Content) String() string { return enumString(contentCodes[:], int(c), "Content") }

// Pending reports whether the content awaits the official text: every
// result on such a set is provisional, and every report on it says so.
func (c Content) Pending() bool { return c == ContentPendingOfficialText }

// Name returns the Vietnamese and English names of the content, as reports
// qualify their results with it: "đầy đủ" ("complete"), or "chờ văn bản
// chính thức" ("pending the official text").
func (c Content) Name() Text {
	switch c {
	case ContentComplete:
		return Text{VI: "đầy đủ", EN: "complete"}
	case ContentPendingOfficialText:
		return Text{VI: "chờ văn bản chính thức", EN: "pending the official text"}
	}
	return Text{}
}

// MarshalText implements [encoding.TextMarshaler].
func (c Content) MarshalText() ([]byte, error) {
	return enumMarshal(contentCodes[:], int(c), "content")
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Content) UnmarshalText(b []byte) error {
	v, err := enumParse(contentCodes[:], string(b), "content")
	*c = Content(v)
	return err
}

func enumString(codes []string, v int, typ string) string {
	if v <= 0 || v >= len(codes) {
		return fmt.Sprintf("%s(%d)", typ, v)
	}
	return codes[v]
}

func enumMarshal(codes []string, v int, what string) ([]byte, error) {
	if v <= 0 || v >= len(codes) {
		return nil, fmt.Errorf("criteria: invalid %s %d", what, v)
	}
	return []byte(codes[v]), nil
}

func enumParse(codes []string, s, what string) (int, error) {
	for i, c := range codes {
		if i > 0 && strings.EqualFold(c, strings.TrimSpace(s)) {
			return i, nil
		}
	}
	return 0, &unknownCode{what, s, strings.Join(codes[1:], ", ")}
}

// unknownCode is the error of an UnmarshalText given a code of none of
// its type's values: "criteria: unknown level "x" (want one of ntm, …)".
// The definitions' reader reports it at its JSON path with the code as the
// problem's input, its message without it.
type unknownCode struct {
	what, code, want string // want: the codes, "ntm, ntm-nang-cao, ntm-kieu-mau"
}

func (e *unknownCode) Error() string {
	if e.what == "columns" {
		return fmt.Sprintf("criteria: unknown columns %q (want region or group)", e.code)
	}
	return fmt.Sprintf("criteria: unknown %s %q (want one of %s)", e.what, e.code, e.want)
}
