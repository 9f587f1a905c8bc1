//go:build unix

package stdlib

import "golang.org/x/sys/unix"

// windowSize asks the terminal on fd for its columns and rows, as libuv's
// uv_tty_get_winsize does.
func windowSize(fd int) (cols, rows int, err error) {
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	if err != nil {
		return 0, 0, err
	}
	return int(ws.Col), int(ws.Row), nil
}
