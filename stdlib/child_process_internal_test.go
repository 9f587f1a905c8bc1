//go:build unix

package stdlib

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLookPath checks the program search of spawn against execvp's rules:
// the child's PATH, a default when it has none, and EACCES only when no
// directory has an executable file of that name.
func TestLookPath(t *testing.T) {
	dir := t.TempDir()
	bin, noexec := filepath.Join(dir, "bin"), filepath.Join(dir, "noexec")
	for _, d := range []string{bin, noexec} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p string, mode os.FileMode) {
		if err := os.WriteFile(p, []byte("#!/bin/sh\n"), mode); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(bin, "tool"), 0o755)
	write(filepath.Join(noexec, "tool"), 0o644)
	write(filepath.Join(noexec, "only"), 0o644)
	if err := os.Mkdir(filepath.Join(bin, "adir"), 0o755); err != nil {
		t.Fatal(err)
	}

	// The default path is /usr/bin:/bin; merged-/usr systems have sh in both.
	defaultSh := "/usr/bin/sh"
	if _, err := os.Stat(defaultSh); err != nil {
		defaultSh = "/bin/sh"
	}
	tests := []struct {
		name, file string
		env        []string
		want       string
		err        error
	}{
		{"a path with a slash is used as given", "./x/tool", nil, "./x/tool", nil},
		{"a program is found in the child's PATH", "tool", []string{"PATH=" + bin}, filepath.Join(bin, "tool"), nil},
		{"a later executable wins over an earlier unexecutable file", "tool", []string{"PATH=" + noexec + ":" + bin}, filepath.Join(bin, "tool"), nil},
		{"an unexecutable file alone is EACCES", "only", []string{"PATH=" + noexec + ":" + bin}, "", syscall.EACCES},
		{"a missing program is ENOENT", "missing", []string{"PATH=" + bin}, "", syscall.ENOENT},
		{"a directory is not a program", "adir", []string{"PATH=" + bin}, "", syscall.ENOENT},
		{"no PATH searches the default path", "sh", []string{"HOME=/"}, defaultSh, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := lookPath(tc.file, tc.env)
			if !errors.Is(err, tc.err) || (err == nil) != (tc.err == nil) {
				t.Fatalf("error = %v, want %v", err, tc.err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("path (-want +got):\n%s", diff)
			}
		})
	}
}
