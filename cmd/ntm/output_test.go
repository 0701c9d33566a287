package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dirNames lists the names in dir.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestOutputFile(t *testing.T) {
	write := func(t *testing.T, path, text string) *output {
		t.Helper()
		o, err := openOutput(path, 0o666)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := o.Write([]byte(text)); err != nil {
			t.Fatal(err)
		}
		return o
	}
	t.Run("a discarded output leaves no file where there was none", func(t *testing.T) {
		dir := t.TempDir()
		write(t, filepath.Join(dir, "bao-cao.xlsx"), "partial").Discard()
		if names := dirNames(t, dir); len(names) != 0 {
			t.Errorf("left behind: %q", names)
		}
	})
	t.Run("a discarded output leaves the file that was there as it was", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "bao-cao.csv")
		if err := os.WriteFile(path, []byte("before"), 0o644); err != nil {
			t.Fatal(err)
		}
		write(t, path, "partial").Discard()
		if got, _ := os.ReadFile(path); string(got) != "before" {
			t.Errorf("file holds %q", got)
		}
		if diff := cmp.Diff([]string{"bao-cao.csv"}, dirNames(t, dir)); diff != "" {
			t.Errorf("files (-want +got):\n%s", diff)
		}
	})
	t.Run("the output takes its name when closed, with the permissions os.Create gives", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "bao-cao.json")
		o := write(t, path, "[]")
		if _, err := os.Stat(path); err == nil {
			t.Error("the file has its name before it is whole")
		}
		if err := o.Close(); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(path); string(got) != "[]" {
			t.Errorf("file holds %q", got)
		}
		ref := filepath.Join(dir, "ref")
		f, err := os.Create(ref)
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
		got, _ := os.Stat(path)
		want, _ := os.Stat(ref)
		if got.Mode() != want.Mode() {
			t.Errorf("mode %v, want %v", got.Mode(), want.Mode())
		}
	})
	t.Run("a file replaced keeps its permissions", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("no Unix permissions")
		}
		path := filepath.Join(t.TempDir(), "bao-cao.csv")
		if err := os.WriteFile(path, []byte("before"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := write(t, path, "after").Close(); err != nil {
			t.Fatal(err)
		}
		fi, _ := os.Stat(path)
		if got, _ := os.ReadFile(path); string(got) != "after" || fi.Mode().Perm() != 0o600 {
			t.Errorf("file holds %q, mode %v", got, fi.Mode())
		}
	})
	t.Run("a link is followed: the file it names is replaced, the link stays", func(t *testing.T) {
		dir := t.TempDir()
		target, link := filepath.Join(dir, "that.csv"), filepath.Join(dir, "this.csv")
		if err := os.WriteFile(target, []byte("before"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, link); err != nil {
			t.Skip(err)
		}
		if err := write(t, link, "after").Close(); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Lstat(link)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("the link is gone: %v, %v", fi, err)
		}
		if got, _ := os.ReadFile(target); string(got) != "after" {
			t.Errorf("target holds %q", got)
		}
	})
	t.Run("a device is written in place", func(t *testing.T) {
		if _, err := os.Stat(os.DevNull); err != nil || runtime.GOOS == "windows" {
			t.Skip("no", os.DevNull)
		}
		if err := write(t, os.DevNull, "anything").Close(); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode().IsRegular() {
			t.Errorf("%s is now %v, %v", os.DevNull, fi, err)
		}
	})
	t.Run("a directory that does not exist is named in the error", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "missing", "bao-cao.csv")
		_, err := openOutput(path, 0o666)
		var pe *fs.PathError
		if !errors.As(err, &pe) || pe.Path != path {
			t.Errorf("error %v, want one naming %s", err, path)
		}
	})
}
