package main

import (
	"fmt"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
)

// ignoresFlag reports whether set s ignores the flag (--group or
// --region): "Region sets ignore group; group sets ignore region" (the
// interchange specification, "Set-defined target columns").
func ignoresFlag(s *criteria.Set, flag string) bool {
	if flag == "--region" {
		return s.Columns == criteria.ColumnsGroup
	}
	return s.Columns != criteria.ColumnsGroup
}

// noteIgnoredFlag says on standard error, in one line, that flag (--group
// or --region), given as typed, is ignored when every set of sets
// ignores it (ignoresFlag): ntm criteria, ntm eval and ntm template say
// it alike, and go on. It reports whether it said so.
func noteIgnoredFlag(ctx *cmdContext, flag, typed string, sets []*criteria.Set) bool {
	if typed == "" || len(sets) == 0 {
		return false
	}
	ids := make([]string, 0, len(sets))
	for _, s := range sets {
		if !ignoresFlag(s, flag) {
			return false
		}
		ids = append(ids, s.ID)
	}
	list := strings.Join(ids, ", ")
	var text string
	switch {
	case flag == "--region" && ctx.lang == "en" && len(ids) == 1:
		text = "set " + list + " splits its targets by commune group, not by region: " + flag + " is ignored"
	case flag == "--region" && ctx.lang == "en":
		text = "sets " + list + " split their targets by commune group, not by region: " + flag + " is ignored"
	case flag == "--region":
		text = "bộ tiêu chí " + list + " chia mức đạt chuẩn theo nhóm xã, không theo vùng: bỏ qua " + flag
	case ctx.lang == "en" && len(ids) == 1:
		text = "set " + list + " splits its targets by region, not by commune group: " + flag + " is ignored"
	case ctx.lang == "en":
		text = "sets " + list + " split their targets by region, not by commune group: " + flag + " is ignored"
	default:
		text = "bộ tiêu chí " + list + " chia mức đạt chuẩn theo vùng, không theo nhóm xã: bỏ qua " + flag
	}
	fmt.Fprintf(ctx.Stderr, "ntm %s: %s %q: %s: %s\n", ctx.cmd.name, flag, typed, pick(ctx.lang, "lưu ý", "note"), text)
	return true
}
