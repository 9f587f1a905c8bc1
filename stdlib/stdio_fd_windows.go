package stdlib

import (
	"os"

	"github.com/kilnjs/kiln/loop"
)

// guessHandleType tells only terminals from files here: the loop has no
// streams on inherited handles on Windows yet.
func guessHandleType(fd int) string {
	if fd < 0 {
		return "INVALID"
	}
	if isatty(fd) {
		return "TTY"
	}
	return "FILE"
}

func dupStreamFd(fd int) (int, error) { return -1, loop.ErrNotSupported }

func setBlocking(fd int, blocking bool) error { return loop.ErrNotSupported }

// ResetStdio puts back a terminal's mode on the way out.
func ResetStdio() { ResetTerminals() }

func sameFile(a, b int) bool { return a == b }

func reopenTTY(fd int) (int, error) { return -1, loop.ErrNotSupported }

// writeFileString writes s to f.
func writeFileString(f *os.File, s string) (int, error) { return f.WriteString(s) }

// writeFileBytes writes p to f.
func writeFileBytes(f *os.File, p []byte) (int, error) { return f.Write(p) }
