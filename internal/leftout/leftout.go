// Package leftout words how much input was left out because it could not
// be read, as the summaries, the progress, the Markdown reports and the
// HTML report of the module state it.
package leftout

import "strconv"

// Count says how many communes, and parts of the input whose communes are
// unknown, excluded holds (an item is a commune when it is Named): "2 xã
// và 1 phần số liệu không rõ xã", or in English (lang "en") "2 communes
// and 1 part of the input (communes unknown)". A count of 0 is left out
// ("1 phần số liệu không rõ xã"), but for nothing at all ("0 xã").
func Count[E interface{ Named() bool }](excluded []E, lang string) string {
	communes, parts := 0, 0
	for _, e := range excluded {
		if e.Named() {
			communes++
		} else {
			parts++
		}
	}
	en := lang == "en"
	n, m := strconv.Itoa(communes), strconv.Itoa(parts)
	c, p := n+" xã", m+" phần số liệu không rõ xã"
	and := " và "
	if en {
		c, p = n+" commune"+plural(communes), m+" part"+plural(parts)+" of the input (communes unknown)"
		and = " and "
	}
	switch {
	case parts == 0:
		return c
	case communes == 0:
		return p
	}
	return c + and + p
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
