package main

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// output is where a command writes its result: standard output, or the
// file of -o, created only once the inputs have been read (so that a usage
// error leaves no empty file behind).
type output struct {
	w    io.Writer
	file *os.File
	buf  *bufio.Writer
}

func (o *output) Write(p []byte) (int, error) { return o.w.Write(p) }

// Close flushes and closes the file of -o; it does nothing for standard
// output.
func (o *output) Close() error {
	if o.file == nil {
		return nil
	}
	err := o.buf.Flush()
	if cerr := o.file.Close(); err == nil {
		err = cerr
	}
	return err
}

// utf8BOM starts a CSV file written with -o: Excel opens a CSV file as
// UTF-8 only when it starts with a byte-order mark, and shows Vietnamese
// text as mojibake otherwise. CSV written to standard output has none, for
// programs that read it.
const utf8BOM = "\uFEFF"

// output opens the destination of a command's result: the file path (-o),
// or standard output when path is "". A CSV file gets a UTF-8 byte-order
// mark.
func (ctx *cmdContext) output(path, format string) (*output, error) {
	if path == "" || path == "-" {
		return &output{w: ctx.Stdout}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	o := &output{file: f, buf: bufio.NewWriterSize(f, 64<<10)}
	o.w = o.buf
	if format == "csv" || (format == "" && strings.EqualFold(filepath.Ext(path), ".csv")) {
		o.buf.WriteString(utf8BOM)
	}
	return o, nil
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
