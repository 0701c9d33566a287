package evaluate

import (
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/minhhoa/says"
)

// TableEntered reports whether r's set has an indicator table
// ([criteria.Set.TableEntered]): its results rest on that table, not on
// one attested pass per criterion, even while the set's content awaits the
// official text.
func (r *Report) TableEntered() bool {
	if r.prog != nil {
		return r.prog.entered
	}
	for i := range r.Criteria {
		c := &r.Criteria[i]
		if len(c.Indicators) != 1 || c.Indicators[0].Code() != c.Code() || c.Indicators[0].def != nil && c.Indicators[0].def.kind != criteria.KindPass {
			return true
		}
	}
	return false
}

// Illustrative reports whether r is of illustrative data (số liệu minh
// họa), as ntm eval and the HTTP API tell it to label their output: its
// commune's name says "minh họa" with its tone mark ("Xã minh họa B"; xã
// Minh Hòa of Hữu Lũng is a real place, and "Minh Hoa" is most likely it
// typed without diacritics), or one of its values' sources says it, with
// or without diacritics ("Số liệu minh họa (mẫu báo cáo UBND xã
// 03/2020)", "so lieu minh hoa"), or its set's title or the source of a
// target that applied says it (a set definition loaded with illustrative
// targets: its verdicts are illustrative too). The renderers of this package do not
// label their output: a caller writes the label itself, or sets
// htmlreport.Options.Illustrative.
func (r *Report) Illustrative() bool {
	if says.Says(r.Commune.Name, says.Toned) {
		return true
	}
	if r.prog != nil && r.SetTitle == r.prog.title {
		if r.prog.illustrative {
			return true
		}
	} else if says.Says(r.SetTitle.VI, says.SourceText) || says.Says(r.SetTitle.EN, says.SourceText) {
		return true
	}
	for i := range r.Criteria {
		inds := r.Criteria[i].Indicators
		for j := range inds {
			if says.Says(inds[j].Source(), says.SourceText) || r.prog == nil && inds[j].def != nil && says.Says(inds[j].def.target.Source, says.SourceText) {
				return true
			}
		}
	}
	return false
}
