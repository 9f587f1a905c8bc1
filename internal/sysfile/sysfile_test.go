package sysfile

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestReadFileMatchesOS(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("kiln\x00"), 100_000)
	for name, data := range map[string][]byte{"empty": nil, "small": []byte("hi\n"), "big": big} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ReadFile(path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("%s: read %d bytes, want %d", name, len(got), len(data))
		}
	}
	// Errors read as os.ReadFile's do: they reach users in messages.
	for _, path := range []string{filepath.Join(dir, "missing"), dir} {
		_, err := ReadFile(path)
		_, want := os.ReadFile(path)
		if err == nil || want == nil || err.Error() != want.Error() {
			t.Errorf("ReadFile(%q) error %v, os.ReadFile says %v", path, err, want)
		}
	}
}

func TestReadAt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, []byte("0123456789"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if n, err := f.Size(); err != nil || n != 10 {
		t.Fatalf("Size = %d, %v", n, err)
	}
	p := make([]byte, 4)
	if err := f.ReadAt(p, 6); err != nil || string(p) != "6789" {
		t.Errorf("ReadAt(6) = %q, %v", p, err)
	}
	if err := f.ReadAt(p, 8); err == nil {
		t.Error("ReadAt past the end succeeded")
	}
}

// A file in /proc says its size is 0 and is read to its end all the same.
func TestReadFileProc(t *testing.T) {
	want, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc here")
	}
	got, err := ReadFile("/proc/self/status")
	if err != nil || len(got) == 0 || !bytes.HasPrefix(got, want[:5]) {
		t.Errorf("ReadFile(/proc/self/status) = %d bytes, %v", len(got), err)
	}
}
