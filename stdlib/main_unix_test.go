//go:build unix

package stdlib_test

import (
	"os"
	"syscall"
)

// kilnStdio is what cmd/kiln writes through (see its stdio_unix.go):
// duplicates of descriptors 1 and 2, whose failed writes to a closed pipe
// return EPIPE where Go would end the process with SIGPIPE on 1 and 2.
func kilnStdio() (stdout, stderr *os.File) { return dupFile(os.Stdout), dupFile(os.Stderr) }

func dupFile(f *os.File) *os.File {
	fd, err := syscall.Dup(int(f.Fd()))
	if err != nil {
		return f
	}
	syscall.CloseOnExec(fd)
	return os.NewFile(uintptr(fd), f.Name())
}
