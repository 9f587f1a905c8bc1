//go:build !linux

package stdlib

import (
	"os"
	"syscall"
)

// isatty takes a character device for a terminal where Kiln does not ask
// the terminal driver itself.
func isatty(fd int) bool {
	if fd < 0 {
		return false
	}
	f := os.NewFile(uintptr(fd), "")
	if f == nil {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// setRawMode is Linux's only so far (other systems' termios requests
// differ): elsewhere the terminal stays in line mode.
func setRawMode(fd int, raw bool) error {
	return syscall.ENOTSUP
}

// ResetTerminals has nothing to put back where raw mode is not supported.
func ResetTerminals() {}
