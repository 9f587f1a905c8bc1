package stdlib

import (
	"sync"

	"golang.org/x/sys/unix"
)

// isatty asks for the terminal's attributes, as isatty(3) does.
func isatty(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

// The attributes each terminal had before Kiln first made it raw: the
// terminal is the process's, not one runtime's (a worker's end must not
// touch it), and ResetTerminals puts them back when the process ends so
// that a program ending in raw mode leaves the shell usable, as libuv's
// uv_tty_reset_mode does.
var (
	ttyMu    sync.Mutex
	ttySaved map[int]*unix.Termios // made on first use: no start-up cost
)

// setRawMode switches the terminal on fd to raw input (bytes as typed,
// no echo, no signals from ^C) with output still translating newlines, as
// libuv's UV_TTY_MODE_RAW does, or back to its saved attributes.
func setRawMode(fd int, raw bool) error {
	ttyMu.Lock()
	defer ttyMu.Unlock()
	saved := ttySaved[fd]
	if !raw {
		if saved == nil {
			return nil
		}
		return unix.IoctlSetTermios(fd, unix.TCSETSW, saved)
	}
	t, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return err
	}
	if saved == nil {
		if ttySaved == nil {
			ttySaved = map[int]*unix.Termios{}
		}
		orig := *t
		ttySaved[fd] = &orig
		resetOnSignal()
	}
	t.Iflag &^= unix.BRKINT | unix.ICRNL | unix.INPCK | unix.ISTRIP | unix.IXON
	t.Oflag |= unix.ONLCR
	t.Cflag |= unix.CS8
	t.Lflag &^= unix.ECHO | unix.ICANON | unix.IEXTEN | unix.ISIG
	t.Cc[unix.VMIN] = 1
	t.Cc[unix.VTIME] = 0
	return unix.IoctlSetTermios(fd, unix.TCSETSW, t)
}

// ResetTerminals puts back every terminal's attributes from before raw
// mode; the process calls it on its way out.
func ResetTerminals() {
	ttyMu.Lock()
	defer ttyMu.Unlock()
	for fd, t := range ttySaved {
		unix.IoctlSetTermios(fd, unix.TCSETSW, t)
	}
}
