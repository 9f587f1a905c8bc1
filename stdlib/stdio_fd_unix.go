//go:build unix

package stdlib

import (
	"errors"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/kilnjs/kiln/loop"
)

// guessHandleType names what fd is as libuv's uv_guess_handle does, which
// is how node picks the class of process.stdout, stderr and stdin and the
// handle a net.Socket({ fd }) gets: "TTY", "FILE" (a regular file or a
// character device that is not a terminal, /dev/null), "PIPE" (a FIFO or
// a Unix-domain socket), "TCP", "UDP", or "UNKNOWN".
func guessHandleType(fd int) string {
	if fd < 0 {
		return "INVALID"
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return "UNKNOWN"
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG:
		return "FILE"
	case unix.S_IFCHR:
		if isatty(fd) {
			return "TTY"
		}
		return "FILE"
	case unix.S_IFIFO:
		return "PIPE"
	case unix.S_IFSOCK:
		sa, err := unix.Getsockname(fd)
		if err != nil {
			return "UNKNOWN"
		}
		typ, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
		if err != nil {
			return "UNKNOWN"
		}
		switch sa.(type) {
		case *unix.SockaddrUnix:
			if typ == unix.SOCK_STREAM {
				return "PIPE"
			}
		case *unix.SockaddrInet4, *unix.SockaddrInet6:
			if typ == unix.SOCK_STREAM {
				return "TCP"
			}
			if typ == unix.SOCK_DGRAM {
				return "UDP"
			}
		}
	}
	return "UNKNOWN"
}

// The status flags each of the process's stdio descriptors had before a
// stream on it made it non-blocking: non-blocking mode belongs to the open
// file description, which a shell's pipe shares with the processes after
// this one, so ResetStdio puts it back on the way out, as node's
// ResetStdio does.
var (
	stdioFlagsMu    sync.Mutex
	stdioFlagsSaved map[int]int
)

// dupStreamFd gives the loop a descriptor of its own for fd, so that
// closing the stream (or the loop) never closes the process's fd 0, 1 or
// 2, which Go and the console still write to; it shares the file
// description, and so the non-blocking mode the loop sets on it.
func dupStreamFd(fd int) (int, error) {
	if fd <= 2 {
		flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
		if err != nil {
			return -1, err
		}
		stdioFlagsMu.Lock()
		if stdioFlagsSaved == nil {
			stdioFlagsSaved = map[int]int{}
		}
		if _, ok := stdioFlagsSaved[fd]; !ok {
			stdioFlagsSaved[fd] = flags
		}
		stdioFlagsMu.Unlock()
		resetOnSignal()
	}
	return unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 3)
}

// setBlocking switches fd's file description to blocking writes (a
// stream's _handle.setBlocking, which libuv gives pipes that way).
func setBlocking(fd int, blocking bool) error {
	return unix.SetNonblock(fd, !blocking)
}

// ResetStdio puts back what the process changed on its standard
// descriptors: a terminal's mode and a descriptor's blocking mode. The
// process calls it on its way out; a SIGINT or SIGTERM that arrived before
// then and that no listener took (see resetOnSignal) still ends the
// process by that signal, as it ends node, rather than the normal exit
// winning the race.
func ResetStdio() {
	resetStdio()
	stdioSignals.Lock()
	ch, flush := stdioSignals.ch, stdioSignals.flush
	stdioSignals.Unlock()
	if ch != nil {
		signal.Stop(ch) // what was caught is in ch when Stop returns
		done := make(chan struct{})
		flush <- done
		<-done
	}
}

func resetStdio() {
	ResetTerminals()
	stdioFlagsMu.Lock()
	defer stdioFlagsMu.Unlock()
	for fd, flags := range stdioFlagsSaved {
		unix.FcntlInt(uintptr(fd), unix.F_SETFL, flags)
	}
}

// stdioSignals is the SIGINT and SIGTERM watcher resetOnSignal starts: ch
// gets the signals, flush asks it to take those already caught and then
// close the channel it is given.
var stdioSignals struct {
	sync.Mutex
	ch    chan os.Signal
	flush chan chan struct{}
}

// resetOnSignal arranges, once the process has changed a stdio
// descriptor's or a terminal's mode, that a SIGINT or SIGTERM no
// JavaScript listener watches puts them back before it ends the process,
// as node's SignalExit does: a program killed in raw mode leaves the
// shell usable. It starts nothing until then, so a program that never
// changes them pays nothing.
func resetOnSignal() {
	stdioSignals.Lock()
	defer stdioSignals.Unlock()
	if stdioSignals.ch != nil {
		return
	}
	ch := make(chan os.Signal, 2)
	flush := make(chan chan struct{})
	stdioSignals.ch, stdioSignals.flush = ch, flush
	signal.Notify(ch, unix.SIGINT, unix.SIGTERM)
	go func() {
		for {
			select {
			case sig := <-ch:
				endBySignal(sig)
			case done := <-flush:
				for pending := true; pending; {
					select {
					case sig := <-ch:
						endBySignal(sig)
					default:
						pending = false
					}
				}
				close(done)
			}
		}
	}()
}

// endBySignal ends the process by sig once the stdio modes are back,
// unless a JavaScript listener watches sig (it is the listener's then).
func endBySignal(sig os.Signal) {
	if loop.Watched(sig) {
		return
	}
	resetStdio()
	// Go's own action for the signal again, which ends the process by it
	// as the default action would.
	signal.Reset(sig)
	unix.Kill(unix.Getpid(), sig.(unix.Signal))
	select {} // the signal ends the process
}

// sameFile reports whether descriptors a and b are open on the same file.
func sameFile(a, b int) bool {
	if a == b {
		return true
	}
	var sa, sb unix.Stat_t
	return unix.Fstat(a, &sa) == nil && unix.Fstat(b, &sb) == nil && sa.Dev == sb.Dev && sa.Ino == sb.Ino
}

// reopenTTY opens the terminal on fd again, as libuv's uv_tty_init does,
// so that the stream has a file description of its own: its blocking mode
// is then not the one the shell and the other descriptors on the
// terminal share. A terminal that cannot be opened again (a pty's
// master) is used through a copy of fd. Not a terminal is EINVAL.
func reopenTTY(fd int) (int, error) {
	if !isatty(fd) {
		return -1, unix.EINVAL
	}
	path, err := os.Readlink("/proc/self/fd/" + strconv.Itoa(fd))
	if err == nil && strings.HasPrefix(path, "/dev/") {
		if nfd, err := unix.Open(path, unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0); err == nil {
			return nfd, nil
		}
	}
	return dupStreamFd(fd)
}

// writeFileString writes s to f, waiting whenever f's descriptor is full.
// process.stdout on a pipe or socket makes its file description
// non-blocking, which the runtime's own writes to the same pipe share (the
// console's before process.stdout is made, a warning, an uncaught error's
// report, stderr when it is the same pipe): those wait for room as a
// blocking write would, rather than fail with EAGAIN.
func writeFileString(f *os.File, s string) (int, error) {
	n, err := f.WriteString(s)
	for err != nil && waitWritable(f, err) {
		var k int
		k, err = f.WriteString(s[n:])
		n += k
	}
	return n, err
}

// writeFileBytes is writeFileString for bytes.
func writeFileBytes(f *os.File, p []byte) (int, error) {
	n, err := f.Write(p)
	for err != nil && waitWritable(f, err) {
		var k int
		k, err = f.Write(p[n:])
		n += k
	}
	return n, err
}

// waitWritable waits until f can be written when err is EAGAIN, and
// reports whether it did.
func waitWritable(f *os.File, err error) bool {
	if !errors.Is(err, syscall.EAGAIN) {
		return false
	}
	rc, cerr := f.SyscallConn()
	if cerr != nil {
		return false
	}
	rc.Control(func(fd uintptr) {
		_, _ = unix.Poll([]unix.PollFd{{Fd: int32(fd), Events: unix.POLLOUT}}, -1)
	})
	return true
}
