//go:build unix

package stdlib

import (
	"os"
	"syscall"
)

// hostFile is a file for a host descriptor given as a WASI's stdio: a
// duplicate, so that closing it (or its finalizer) leaves the caller's
// descriptor open. Nil when fd is not open.
func hostFile(fd int) *os.File {
	d, err := syscall.Dup(fd)
	if err != nil {
		return nil
	}
	return os.NewFile(uintptr(d), "")
}
