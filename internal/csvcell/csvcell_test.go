package csvcell

import "testing"

func TestTextAndRead(t *testing.T) {
	for _, tc := range []struct{ in, cell string }{
		{"=cmd|calc!A1", "'=cmd|calc!A1"},
		{"+1", "'+1"},
		{"-x", "'-x"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"Hòa Lạc", "Hòa Lạc"},
		{"'Hòa", "'Hòa"},
		{"'=x", "''=x"}, // an apostrophe of its own is kept
		{"", ""},
	} {
		if got := Text(tc.in); got != tc.cell {
			t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.cell)
		}
		if got := Read(tc.cell); got != tc.in {
			t.Errorf("Read(%q) = %q, want %q (the text written)", tc.cell, got, tc.in)
		}
	}
	// A cell typed with an apostrophe before a formula trigger is read as
	// Excel shows it.
	if got := Read("'=x"); got != "=x" {
		t.Errorf("Read(\"'=x\") = %q", got)
	}
}

func TestTexts(t *testing.T) {
	row := []string{"=a", "-1.5", "@b"}
	Texts(row, 0, 2, 7)
	if row[0] != "'=a" || row[1] != "-1.5" || row[2] != "'@b" {
		t.Errorf("Texts: %q", row)
	}
}

func TestCell(t *testing.T) {
	for _, tc := range []struct{ in, cell string }{
		{"=cmd|calc!A1", "=cmd|calc!A1"}, // a string cell is no formula
		{"'=x", "''=x"},
		{"''+1", "'''+1"},
		{"'Hòa", "'Hòa"},
		{"'", "'"},
		{"Hòa Lạc", "Hòa Lạc"},
		{"", ""},
	} {
		if got := Cell(tc.in); got != tc.cell {
			t.Errorf("Cell(%q) = %q, want %q", tc.in, got, tc.cell)
		}
		if got := Read(tc.cell); got != tc.in {
			t.Errorf("Read(%q) = %q, want %q (the text written)", tc.cell, got, tc.in)
		}
	}
}
