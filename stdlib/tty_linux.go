package stdlib

import "golang.org/x/sys/unix"

// isatty asks for the terminal's attributes, as isatty(3) does.
func isatty(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}
