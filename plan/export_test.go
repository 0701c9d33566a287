package plan

import "io"

// WriteTextUnwrapped is [WriteText] without its lines wrapped for print,
// for the tests of what a line says.
func WriteTextUnwrapped(w io.Writer, s *Standing, lang string) error {
	return writeText(w, s, lang, 0)
}
