// Package csvcell keeps the text cells of ntm's CSV outputs from running
// as formulas when a spreadsheet opens them (CSV or formula injection): a
// commune named =cmd|calc!A1 must stay a name.
//
// As OWASP recommends, a text cell (a name, a source, free text; never a
// number) that begins with =, +, -, @, a tab or a carriage return is
// written with a leading apostrophe ([Text]), which spreadsheets show as
// text. The table readers take exactly that apostrophe away again
// ([Read]), so that a form written by ntm template and filled is read with
// the names it was given.
package csvcell

// triggers are the first characters that make a spreadsheet read a cell
// as a formula.
const triggers = "=+-@\t\r"

// risky reports whether s begins with a formula trigger, after any
// apostrophes: "=x", and "'=x" too, so that a text that begins with an
// apostrophe of its own before a trigger is written with one more, and
// read back whole.
func risky(s string) bool {
	for s != "" && s[0] == '\'' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(triggers); i++ {
		if s[0] == triggers[i] {
			return true
		}
	}
	return false
}

// Text returns the text s as a CSV cell: with a leading apostrophe when it
// begins with =, +, -, @, a tab or a carriage return (after any
// apostrophes of its own), as it is otherwise.
// Use it for text, never for a number ("-1.5" is a number).
func Text(s string) string {
	if risky(s) {
		return "'" + s
	}
	return s
}

// Texts applies [Text] to the cells of row at the indexes cols, in place,
// and returns row.
func Texts(row []string, cols ...int) []string {
	for _, i := range cols {
		if i < len(row) {
			row[i] = Text(row[i])
		}
	}
	return row
}

// Read returns the text of a cell that [Text] may have written: without
// the leading apostrophe that Text adds, that is an apostrophe followed by
// a formula trigger (after any further apostrophes); any other cell as it
// is ("'Hòa" keeps its apostrophe).
func Read(s string) string {
	if len(s) > 1 && s[0] == '\'' && risky(s[1:]) {
		return s[1:]
	}
	return s
}

// Cell returns the text s as a string cell of a workbook, which no
// spreadsheet runs as a formula: s as it is, but with one more apostrophe
// when it begins with apostrophes before a formula trigger ("'=x"), as
// [Read], which the table readers apply to the cells of workbooks too,
// takes one away.
func Cell(s string) string {
	if s != "" && s[0] == '\'' && risky(s) {
		return "'" + s
	}
	return s
}
