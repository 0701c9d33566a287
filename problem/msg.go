package problem

import (
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// Msg is the cause of a problem: its code, an English format (the key of
// its translation) and the format's arguments. Arguments are shown as they
// are in both languages (codes, IDs, numbers, lists of keys), but for an
// argument with a method Vietnamese() string, which Vietnamese writes so
// and English as its String method does: a date, as plan.Date (30/4/2020,
// 2020-04-30); a commune's name that Vietnamese writes after "xã" unless
// it is written with its kind ("xã Hòa Lạc", "Hòa Lạc").
type Msg struct {
	Code   Code
	Format string
	Args   []any
}

// Errorf returns a *Msg with code c and the English format and arguments.
// Use %w for no argument: a Msg does not wrap. A []byte argument is kept as
// the string it holds now: the message is formatted when it is read, and a
// reader's buffer the bytes lie in is reused by then.
func Errorf(c Code, format string, args ...any) error {
	for i, a := range args {
		if b, ok := a.([]byte); ok {
			args[i] = string(b)
		}
	}
	return &Msg{Code: c, Format: format, Args: args}
}

// Error returns the English message. A format without arguments is
// still a format: its "%%" is one "%".
func (m *Msg) Error() string {
	if len(m.Args) == 0 {
		return strings.ReplaceAll(m.Format, "%%", "%")
	}
	return fmt.Sprintf(m.Format, m.Args...)
}

// Is reports whether target is the message's code.
func (m *Msg) Is(target error) bool {
	c, ok := target.(Code)
	return ok && c != "" && c == m.Code
}

// Text returns the message in lang. In Vietnamese that is the translation
// of its format with its arguments, those that are text translated too
// where they are messages (or words of one) themselves; or, for a format
// without a translation, its English text with the parts that are known
// messages translated (after a package prefix such as "criteria: ", either
// side of ": ", before a detail in parentheses), else unchanged. In English
// it is the English text.
func (m *Msg) Text(lang Lang) string {
	if lang != VI {
		return m.Error()
	}
	v, ok := vi[m.Format]
	if !ok {
		return translateText(m.Error(), 0)
	}
	if len(m.Args) == 0 {
		return strings.ReplaceAll(v, "%%", "%")
	}
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		switch a := a.(type) {
		case string:
			args[i] = translateText(a, 1)
		case error:
			args[i] = vietnamese(a)
		case vietnameseArg:
			args[i] = a.Vietnamese()
		default:
			args[i] = a
		}
	}
	return fmt.Sprintf(v, args...)
}

// vietnameseArg is an argument with its own Vietnamese text (a date, a
// commune's name).
type vietnameseArg interface{ Vietnamese() string }

// vietnamese returns the Vietnamese text of err: a message's own (see
// [Msg.Text]), after what wraps it ("--successor: ", a package prefix
// dropped); else see [translateText].
func vietnamese(err error) string {
	var m *Msg
	if errors.As(err, &m) {
		if m == err {
			return m.Text(VI)
		}
		if head, ok := strings.CutSuffix(err.Error(), m.Error()); ok && (head == "" || strings.HasSuffix(head, ": ")) {
			for _, p := range packagePrefixes {
				if h, ok := strings.CutPrefix(head, p); ok {
					head = h
				} else if i := strings.Index(head, ": "+p); i >= 0 {
					head = head[:i+2] + head[i+2+len(p):]
				}
			}
			return head + m.Text(VI)
		}
	}
	return translateText(err.Error(), 0)
}

// translateText returns the Vietnamese of s, an English message: the
// translation of the format s was made from, its arguments translated too
// where they are messages or words of one; else, without a package prefix
// ("criteria: "), the rest translated; else, for "head: tail", head and
// tail each translated where they can be (a place or a context before a
// message, a message followed by its detail); else for "message (detail)",
// the message translated; else s.
func translateText(s string, depth int) string {
	if v, ok := translate(s, depth); ok {
		return v
	}
	for _, p := range packagePrefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return translateText(rest, depth)
		}
	}
	for i := 0; ; {
		j := strings.Index(s[i:], ": ")
		if j < 0 {
			break
		}
		j += i
		head, tail := s[:j], s[j+2:]
		if v, ok := translate(head, depth); ok {
			return v + ": " + translateText(tail, depth+1)
		}
		if v, ok := translate(tail, depth); ok {
			return head + ": " + v
		}
		i = j + 2
	}
	if head, tail, ok := strings.Cut(s, " ("); ok {
		if v, ok := translate(head, depth); ok {
			return v + " (" + tail
		}
	}
	return s
}

// packagePrefixes are the prefixes of the errors of the packages that read
// inputs (and of package units, which reads the names of places): a
// message in Vietnamese goes without them, as problems do.
var packagePrefixes = []string{"evaluate: ", "criteria: ", "plan: ", "units: "}

// maxDepth bounds how deep arguments are translated within arguments.
const maxDepth = 4

// translate returns the Vietnamese of s when s is the text of a format of
// the table: a format without arguments whose text is s, or the most
// specific format (the most literal text) that s was made from, with its
// arguments translated where they are messages themselves.
func translate(s string, depth int) (string, bool) {
	t := tables()
	if v, ok := t.exact[s]; ok {
		return v, true
	}
	if depth > maxDepth {
		return "", false
	}
	for _, p := range t.patterns {
		if len(s) < p.literal || !strings.HasPrefix(s, p.prefix) || !strings.HasSuffix(s, p.suffix) {
			continue
		}
		if m := p.re.FindStringSubmatch(s); m != nil {
			return p.render(m[1:], depth), true
		}
	}
	return "", false
}

// pattern matches the English text made from a format with arguments.
type pattern struct {
	en, vi         string
	re             *regexp.Regexp
	prefix, suffix string // the literal text before the first verb, after the last
	literal        int    // bytes of literal text
	verbs          []byte // the verb of each argument
}

// render writes the Vietnamese format with the arguments args, as
// matched: text arguments (%s, %v) translated where they are messages.
func (p *pattern) render(args []string, depth int) string {
	var b strings.Builder
	k := 0
	for f := p.vi; f != ""; {
		i := strings.IndexByte(f, '%')
		if i < 0 {
			b.WriteString(f)
			break
		}
		b.WriteString(f[:i])
		n, verb := verbAt(f[i:])
		if verb == '%' {
			b.WriteByte('%')
		} else if k < len(args) {
			a := args[k]
			if p.verbs[k] == 's' || p.verbs[k] == 'v' {
				a = translateText(a, depth+1)
			}
			b.WriteString(a)
			k++
		}
		f = f[i+n:]
	}
	return b.String()
}

// verbAt returns the length of the verb at the start of f ("%s", "%02X",
// "%%") and its letter.
func verbAt(f string) (int, byte) {
	for j := 1; j < len(f); j++ {
		c := f[j]
		if c == '%' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return j + 1, c
		}
	}
	return len(f), '%'
}

// verbPatterns are what each verb of the formats prints.
var verbPatterns = map[byte]string{
	's': `(.*?)`,
	'v': `(.*?)`,
	'q': `("(?:[^"\\]|\\.)*")`,
	'd': `(-?[0-9]+)`,
	'U': `(U\+[0-9A-F]{4,})`,
	'X': `([0-9A-F]+)`,
}

// compiled is the table of translations made ready to match messages.
type compiled struct {
	exact    map[string]string // text of a format without arguments → its translation
	patterns []*pattern        // the others, most literal text first
}

// tables compiles the table of translations once, on first use (after
// every init has added to it).
var tables = sync.OnceValue(func() *compiled {
	t := &compiled{exact: map[string]string{}}
	for en, v := range vi {
		p := compile(en, v)
		if p == nil {
			t.exact[strings.ReplaceAll(en, "%%", "%")] = strings.ReplaceAll(v, "%%", "%")
			continue
		}
		if p.literal >= minLiteral {
			t.patterns = append(t.patterns, p)
		}
	}
	slices.SortFunc(t.patterns, func(a, b *pattern) int {
		return cmp.Or(cmp.Compare(b.literal, a.literal), strings.Compare(a.en, b.en))
	})
	return t
})

// minLiteral is the least literal text a format must have to be matched
// against messages: "%s" and "%v" alone match anything.
const minLiteral = 3

// compile returns the pattern of the format en with its translation v, or
// nil when en takes no argument.
func compile(en, v string) *pattern {
	p := &pattern{en: en, vi: v}
	var re strings.Builder
	re.WriteString(`(?s)^`)
	var lit strings.Builder
	first := true
	for f := en; ; {
		i := strings.IndexByte(f, '%')
		if i < 0 {
			lit.WriteString(f)
			break
		}
		lit.WriteString(f[:i])
		n, verb := verbAt(f[i:])
		f = f[i+n:]
		if verb == '%' {
			lit.WriteByte('%')
			continue
		}
		if first {
			p.prefix = lit.String()
			first = false
		}
		p.literal += lit.Len()
		re.WriteString(regexp.QuoteMeta(lit.String()))
		lit.Reset()
		pat, ok := verbPatterns[verb]
		if !ok {
			pat = `(.*?)`
		}
		re.WriteString(pat)
		p.verbs = append(p.verbs, verb)
	}
	if len(p.verbs) == 0 {
		return nil
	}
	p.suffix = lit.String()
	p.literal += lit.Len()
	re.WriteString(regexp.QuoteMeta(lit.String()))
	re.WriteString(`$`)
	p.re = regexp.MustCompile(re.String())
	return p
}

// word returns a word of the message frame in lang, with its trailing space.
func word(lang Lang, w string) string {
	if lang == VI {
		switch w {
		case "line":
			return "dòng "
		case "column":
			return "cột "
		case "got":
			return "giá trị "
		case "invalid input":
			return "dữ liệu không hợp lệ"
		}
	}
	if w == "invalid input" {
		return w
	}
	return w + " "
}
