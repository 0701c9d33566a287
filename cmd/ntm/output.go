package main

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// output is where a command writes its result: standard output, or the
// file of -o, created only once the inputs have been read (so that a usage
// error leaves no empty file behind). The file is written under a
// temporary name beside it and takes its name on Close: a command that
// fails while writing calls Discard, which leaves no empty or partial file
// behind, and a file that was there stays as it was.
type output struct {
	w    io.Writer
	file *os.File
	buf  *bufio.Writer
	// name is the file of -o as it was given, which the errors name.
	name string
	// path is the name the file takes on Close ("" when the file is
	// written in place), mode the permissions it then has (0: those it was
	// created with).
	path string
	mode fs.FileMode
}

// Write writes p; a write to the file of -o that fails returns a
// *writeError naming the file.
func (o *output) Write(p []byte) (int, error) {
	n, err := o.w.Write(p)
	if err != nil && o.file != nil {
		err = o.writeError(err)
	}
	return n, err
}

// writeError returns err as a *writeError naming the file of -o (err
// itself when it is one already).
func (o *output) writeError(err error) error {
	var we *writeError
	if errors.As(err, &we) {
		return err
	}
	return &writeError{path: o.name, err: err}
}

// Close flushes and closes the file of -o and gives it its name; it does
// nothing for standard output. When it fails, the file is discarded, and
// the error is a *writeError naming the file.
func (o *output) Close() error {
	if o.file == nil {
		return nil
	}
	err := o.close()
	if err != nil {
		err = o.writeError(err)
	}
	return err
}

func (o *output) close() error {
	err := o.buf.Flush()
	if cerr := o.file.Close(); err == nil {
		err = cerr
	}
	if o.path == "" {
		return err
	}
	if err == nil && o.mode != 0 {
		err = os.Chmod(o.file.Name(), o.mode)
	}
	if err == nil {
		err = os.Rename(o.file.Name(), o.path)
	}
	if err != nil {
		os.Remove(o.file.Name())
	}
	return err
}

// Discard abandons the output after a failure: the temporary file is
// removed, and the file of -o is left as it was (absent if it was).
func (o *output) Discard() {
	if o.file == nil {
		return
	}
	o.file.Close()
	if o.path != "" {
		os.Remove(o.file.Name())
	}
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
	o, err := openOutput(path, 0o666)
	if err != nil {
		return nil, err
	}
	if format == "csv" || (format == "" && strings.EqualFold(filepath.Ext(path), ".csv")) {
		o.buf.WriteString(utf8BOM)
	}
	return o, nil
}

// openOutput opens the file path for writing through a temporary file in
// its directory, created with perm (less the umask) as [os.Create] and
// [os.WriteFile] create files. When path is already a regular file (or a
// link to one), the file it names is replaced on Close and keeps its
// permissions; a path that is not a regular file (a device, a pipe) is
// written in place.
//
// An error is a *writeError naming path.
func openOutput(path string, perm fs.FileMode) (*output, error) {
	target, mode := path, fs.FileMode(0)
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() {
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, perm)
			if err != nil {
				return nil, &writeError{path: path, create: true, err: err}
			}
			o := &output{file: f, buf: bufio.NewWriterSize(f, 64<<10), name: path}
			o.w = o.buf
			return o, nil
		}
		if target, err = filepath.EvalSymlinks(path); err != nil {
			return nil, &writeError{path: path, create: true, err: err}
		}
		mode = fi.Mode().Perm()
	}
	f, err := createTemp(filepath.Dir(target), filepath.Base(target), perm)
	if err != nil {
		// The error names the file asked for, not the temporary one.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			pe.Path = path
		}
		return nil, &writeError{path: path, create: true, err: err}
	}
	o := &output{file: f, buf: bufio.NewWriterSize(f, 64<<10), name: path, path: target, mode: mode}
	o.w = o.buf
	return o, nil
}

// createTemp creates a new file in dir, named ".base.RANDOM.tmp" (or
// ".ntm.RANDOM.tmp" for a long base), with perm less the umask.
func createTemp(dir, base string, perm fs.FileMode) (f *os.File, err error) {
	if len(base) > 200 {
		base = "ntm"
	}
	for range 100 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	return f, err
}

// stdoutWriter is standard output as the commands write it: a write that
// fails returns a *writeError, which ctx.problem prints in the language of
// the messages.
type stdoutWriter struct{ w io.Writer }

func (s stdoutWriter) Write(p []byte) (int, error) {
	n, err := s.w.Write(p)
	if err != nil {
		err = &writeError{err: err}
	}
	return n, err
}

// writeError is a write that failed: to standard output, or to the file
// of -o (or its creation).
type writeError struct {
	// path is the file of -o as given ("" for standard output); create
	// tells that it could not be created.
	path   string
	create bool
	err    error
}

func (e *writeError) Error() string { return e.text("en") }
func (e *writeError) Unwrap() error { return e.err }

// text returns the message in lang ("vi" or "en"): what could not be done,
// naming the file of -o (standard output is not named: "write
// /dev/stdout: " is dropped, as is the name of the temporary file -o is
// written through), then the cause, in Vietnamese the causes a system
// gives most often translated.
func (e *writeError) text(lang string) string {
	cause := e.err.Error()
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(e.err, &pe):
		cause = pe.Err.Error()
	case errors.As(e.err, &le):
		cause = le.Err.Error()
	}
	if lang != "en" {
		for _, c := range []struct {
			errno syscall.Errno
			vi    string
		}{
			{syscall.ENOSPC, "thiết bị hết chỗ trống"},
			{syscall.EDQUOT, "vượt hạn mức dung lượng đĩa"},
			{syscall.EFBIG, "tệp lớn quá giới hạn"},
			{syscall.EPIPE, "chương trình nhận dữ liệu đã đóng đường ống"},
			{syscall.EIO, "lỗi vào/ra của thiết bị"},
			{syscall.ENOENT, "không có tệp hoặc thư mục này"},
			{syscall.ENOTDIR, "không phải thư mục"},
			{syscall.EISDIR, "là một thư mục"},
			{syscall.EACCES, "không có quyền truy cập"},
			{syscall.EPERM, "không được phép"},
			{syscall.EROFS, "hệ thống tệp chỉ đọc"},
			{syscall.ENAMETOOLONG, "tên tệp quá dài"},
		} {
			if errors.Is(e.err, c.errno) {
				cause = c.vi
				break
			}
		}
	}
	switch {
	case e.path == "" && lang == "en":
		return "cannot write to standard output: " + cause
	case e.path == "":
		return "không ghi được ra đầu ra chuẩn: " + cause
	case e.create && lang == "en":
		return "cannot create " + e.path + ": " + cause
	case e.create:
		return "không tạo được tệp " + e.path + ": " + cause
	case lang == "en":
		return "cannot write " + e.path + ": " + cause
	}
	return "không ghi được tệp " + e.path + ": " + cause
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	if s, ok := w.(stdoutWriter); ok {
		w = s.w
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
