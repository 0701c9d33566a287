package htmlreport_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/htmlreport"
)

// declarations returns the declarations the document's style sheet gives
// selector, outside any media query unless media names one ("screen and
// (max-width: 720px)"): every rule whose selector list holds it, in order.
func declarations(t *testing.T, doc, media, selector string) string {
	t.Helper()
	m := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("the document has no style sheet")
	}
	css := m[1]
	scope := ""
	var out []string
	for len(css) > 0 {
		open := strings.IndexByte(css, '{')
		if open < 0 {
			break
		}
		head := strings.TrimSpace(css[:open])
		if strings.HasPrefix(head, "@media") {
			scope = strings.TrimSpace(strings.TrimPrefix(head, "@media"))
			css = css[open+1:]
			continue
		}
		end := strings.IndexByte(css, '}')
		body := css[open+1 : end]
		if scope == media {
			for _, s := range strings.Split(head, ",") {
				if strings.TrimSpace(s) == selector {
					out = append(out, strings.TrimSpace(body))
				}
			}
		}
		css = css[end+1:]
		// A closing brace right after a rule ends the media query.
		if rest := strings.TrimLeft(css, " \n\t"); scope != "" && strings.HasPrefix(rest, "}") {
			scope = ""
			css = rest[1:]
		}
	}
	return strings.Join(out, " ")
}

// A heading printed at the foot of a page with what it heads on the next
// leaves the reader of the next page without it: each heading stays with
// what follows.
func TestHeadingsStayWithWhatFollowsInPrint(t *testing.T) {
	doc := render(t, threeYears(t), htmlreport.Options{})
	for _, h := range []string{"h1", "h2", "h3"} {
		if d := declarations(t, doc, "", h); !strings.Contains(d, "break-after: avoid") {
			t.Errorf("%s { %s }: no break-after: avoid", h, d)
		}
	}
}
