package problem

import (
	"errors"
	"fmt"
	"strings"
)

// Msg is the cause of a problem: its code, an English format (the key of
// its translation) and the format's arguments. Arguments are shown as they
// are in both languages (codes, IDs, numbers, lists of keys).
type Msg struct {
	Code   Code
	Format string
	Args   []any
}

// Errorf returns a *Msg with code c and the English format and arguments.
// Use %w for no argument: a Msg does not wrap.
func Errorf(c Code, format string, args ...any) error {
	return &Msg{Code: c, Format: format, Args: args}
}

// Error returns the English message.
func (m *Msg) Error() string {
	if len(m.Args) == 0 {
		return m.Format
	}
	return fmt.Sprintf(m.Format, m.Args...)
}

// Is reports whether target is the message's code.
func (m *Msg) Is(target error) bool {
	c, ok := target.(Code)
	return ok && c != "" && c == m.Code
}

// Text returns the message in lang: the Vietnamese translation of its
// format when there is one, the English otherwise.
func (m *Msg) Text(lang Lang) string {
	format := m.Format
	if lang == VI {
		if v, ok := vi[m.Format]; ok {
			format = v
		}
	}
	if len(m.Args) == 0 {
		return format
	}
	return fmt.Sprintf(format, m.Args...)
}

// vietnamese returns the Vietnamese text of err: a *Msg translated, another
// error by its whole English text when that is a known format without
// arguments or begins with one followed by ": " or " (", else in English.
func vietnamese(err error) string {
	var m *Msg
	if errors.As(err, &m) && m == err {
		return m.Text(VI)
	}
	s := err.Error()
	if v, ok := vi[s]; ok && !strings.Contains(s, "%") {
		return v
	}
	for _, sep := range []string{": ", " ("} {
		if head, tail, ok := strings.Cut(s, sep); ok {
			if v, ok := vi[head]; ok && !strings.Contains(head, "%") {
				return v + sep + tail
			}
		}
	}
	return s
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
