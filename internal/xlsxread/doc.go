// Package xlsxread reads commune assessments from Excel workbooks (.xlsx):
// the reading side of package workbook, whose documentation says what it
// reads and how. It parses the parts of a workbook itself and imports no
// spreadsheet library, so that a program that only reads workbooks (package
// httpapi) does not pull in excelize and its dependencies, which package
// workbook needs for writing.
package xlsxread
