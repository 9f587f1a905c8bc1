//go:build darwin || freebsd

package loop

import (
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// poller is kqueue with an EVFILT_USER event as the wake-up object. This file
// serves darwin and FreeBSD, the kqueue systems that have both EVFILT_USER
// and what the handle layer needs; the other BSDs are not supported yet.
// Read and write readiness are separate filters, so one fd can produce two
// events in a batch; the loop dispatches them one by one, as libuv does.
type poller struct {
	kq  int
	buf []unix.Kevent_t
}

// wakeIdent is the ident of the EVFILT_USER wake-up event.
const wakeIdent = 0

func newPoller() (*poller, error) {
	kq, err := unix.Kqueue()
	if err != nil {
		return nil, os.NewSyscallError("kqueue", err)
	}
	unix.CloseOnExec(kq)
	var ev [1]unix.Kevent_t
	unix.SetKevent(&ev[0], wakeIdent, unix.EVFILT_USER, unix.EV_ADD|unix.EV_CLEAR)
	if _, err := unix.Kevent(kq, ev[:], nil, nil); err != nil {
		unix.Close(kq)
		return nil, os.NewSyscallError("kevent", err)
	}
	return &poller{kq: kq}, nil
}

func (p *poller) modify(fd int, old, ev Events) error {
	var changes [2]unix.Kevent_t
	n := 0
	for _, f := range [...]struct {
		bit    Events
		filter int
	}{{Readable, unix.EVFILT_READ}, {Writable, unix.EVFILT_WRITE}} {
		switch {
		case ev&f.bit != 0 && old&f.bit == 0:
			unix.SetKevent(&changes[n], fd, f.filter, unix.EV_ADD)
			n++
		case ev&f.bit == 0 && old&f.bit != 0:
			unix.SetKevent(&changes[n], fd, f.filter, unix.EV_DELETE)
			n++
		}
	}
	if n == 0 {
		return nil
	}
	_, err := unix.Kevent(p.kq, changes[:n], nil, nil)
	return os.NewSyscallError("kevent", err)
}

// wait blocks up to timeout (forever if negative) and fills out, retrying
// on EINTR with the time that is left.
func (p *poller) wait(out []pollEvent, timeout time.Duration) (int, error) {
	deadline := time.Now().Add(timeout)
	if p.buf == nil {
		p.buf = make([]unix.Kevent_t, len(out)) // at the first wait: a program may never wait
	}
	buf := p.buf[:min(len(p.buf), len(out))]
	var n int
	for {
		var ts *unix.Timespec
		if timeout >= 0 {
			t := unix.NsecToTimespec(int64(timeout))
			ts = &t
		}
		var err error
		n, err = unix.Kevent(p.kq, nil, buf, ts)
		if err == nil {
			break
		}
		if err != unix.EINTR {
			return 0, os.NewSyscallError("kevent", err)
		}
		if timeout > 0 {
			timeout = max(time.Until(deadline), 0)
		}
	}
	k := 0
	for _, e := range buf[:n] {
		var ev Events
		switch e.Filter {
		case unix.EVFILT_USER:
			out[k] = pollEvent{fd: wakeFD}
			k++
			continue
		case unix.EVFILT_READ:
			ev = Readable
		case unix.EVFILT_WRITE:
			ev = Writable
		}
		if e.Flags&unix.EV_EOF != 0 {
			ev |= Hangup
		}
		if e.Flags&unix.EV_ERROR != 0 {
			ev |= Error
		}
		out[k] = pollEvent{fd: int(e.Ident), ev: ev}
		k++
	}
	return k, nil
}

func (p *poller) wake() error {
	var ev [1]unix.Kevent_t
	unix.SetKevent(&ev[0], wakeIdent, unix.EVFILT_USER, 0)
	ev[0].Fflags = unix.NOTE_TRIGGER
	_, err := unix.Kevent(p.kq, ev[:], nil, nil)
	return err
}

func (p *poller) close() error { return os.NewSyscallError("close", unix.Close(p.kq)) }
