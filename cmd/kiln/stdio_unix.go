//go:build unix

package main

import (
	"os"
	"syscall"
)

// stdio returns the files kiln writes its standard output and error
// through: duplicates of descriptors 1 and 2. Go ends a process whose
// write to a closed pipe on descriptor 1 or 2 itself fails (SIGPIPE, exit
// 141: `kiln app.js | head -1`), where node, whose libuv ignores SIGPIPE,
// gets EPIPE: console.log goes on quietly and process.stdout emits the
// error. A duplicate's failed write returns EPIPE (the runtime ignores
// SIGPIPE for other descriptors), without os/signal's extra thread.
func stdio() (stdout, stderr *os.File) {
	return dupFile(os.Stdout), dupFile(os.Stderr)
}

func dupFile(f *os.File) *os.File {
	fd, err := syscall.Dup(int(f.Fd()))
	if err != nil {
		return f // closed: writes fail either way
	}
	syscall.CloseOnExec(fd)
	return os.NewFile(uintptr(fd), f.Name())
}
