package criteria

import (
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/untranslated"
)

// TestProblemsReadInVietnamese renders every problem of the bad
// definitions of the reader's tests and fuzz seeds, of adding sets to a
// catalog and of looking one up, in Vietnamese: no line may keep English
// words.
func TestProblemsReadInVietnamese(t *testing.T) {
	read := func(name, in string) {
		_, err := ReadDefinitions(strings.NewReader(in))
		untranslated.Check(t, name, err)
	}
	for _, tt := range badDefinitions {
		read(tt.name, tt.input)
	}
	qd51, err := QD51of2025().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		strings.Replace(string(qd51), `"columns":"group"`, `"columns":"district"`, 1),
		strings.Replace(string(qd51), `"columns":"group"`, `"criterion_groups":[]`, 1),
		strings.Replace(string(qd51), `"columns":"group"`, `"columns":5`, 1),
		strings.Replace(minimalDefinition, `"value":"90"`, `"value":"1e999"`, 1),
		strings.Replace(minimalDefinition, `"value":"90"`, `"value":90`, 1),
		strings.Replace(minimalDefinition, `"value":"90"`, `"value":"101"`, 1),
		strings.Replace(minimalDefinition, `"value":"90"`, `"value":"`+strings.Repeat("9", 5000)+`"`, 1),
		strings.Replace(minimalDefinition, `"unit":"%"`, `"unit":"ha"`, 1),
		strings.Replace(minimalDefinition, `"citation":"c1"`, `"citation":""`, 1),
		strings.Replace(minimalDefinition, `"scope":"Lạng Sơn"`, `"scope":"Atlantis"`, 1),
		strings.Replace(minimalDefinition, `"period":{"from":2019,"to":2020}`, `"period":{"from":2021,"to":2020}`, 1),
		strings.Replace(minimalDefinition, `"effective":"2019-01-02"`, `"effective":"2018-01-02"`, 1),
		strings.Replace(minimalDefinition, `"requires":null`, `"requires":"1/QĐ-UBND"`, 1),
		strings.Replace(minimalDefinition, `"group":""`, `"group":"X"`, 1),
		strings.Replace(minimalDefinition, `"title":{"vi":"Bộ minh họa (số liệu minh họa)","en":"Illustrative"}`, `"title":5`, 1),
		strings.Replace(minimalDefinition, `"id":"1/QĐ-UBND"`, `"id":""`, 1),
		`{"id": "X", "foo": 1}`,
		`[1, 2]`, `{`, `{"id": tru}`, "{\"id\": \"\xff\"}", strings.Repeat("[", 200),
	} {
		read(in[:min(len(in), 60)], in)
	}
	withRequires := func(id, requires string) *Set {
		s := QD933()
		s.ID, s.Requires = id, requires
		return s
	}
	for _, sets := range [][]*Set{
		{withRequires(IDQD933, "933")},
		{withRequires("1/QĐ-X", "2/QĐ-X"), withRequires("2/QĐ-X", "1")},
		{withRequires(IDQD933, "999/QĐ-NONE")},
		{withRequires("", "")},
	} {
		untranslated.Check(t, "Add "+sets[0].ID, Builtin().Add(sets...))
	}
	c := Builtin()
	s := QD933()
	s.ID = "933/QĐ-X"
	if err := c.Add(s); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"491", " ", "933"} {
		_, err := c.Lookup(id)
		untranslated.Check(t, "Lookup "+id, err)
	}
}
