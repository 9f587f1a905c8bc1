//go:build !linux

package stdlib

import "os"

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
