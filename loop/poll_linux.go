package loop

import (
	"encoding/binary"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// poller is level-triggered epoll with an eventfd as the wake-up object.
// Level-triggered, because the handle layer reads and writes until EAGAIN
// only up to a bound and relies on being told again about what is left.
type poller struct {
	epfd int
	efd  int
	buf  []unix.EpollEvent
	one  [8]byte // the eventfd increment; written by wake from any goroutine
}

func newPoller() (*poller, error) {
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return nil, os.NewSyscallError("epoll_create1", err)
	}
	efd, err := unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
	if err != nil {
		unix.Close(epfd)
		return nil, os.NewSyscallError("eventfd", err)
	}
	ev := unix.EpollEvent{Events: unix.EPOLLIN, Fd: int32(efd)}
	if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, efd, &ev); err != nil {
		unix.Close(efd)
		unix.Close(epfd)
		return nil, os.NewSyscallError("epoll_ctl", err)
	}
	p := &poller{epfd: epfd, efd: efd}
	binary.NativeEndian.PutUint64(p.one[:], 1)
	return p, nil
}

func (p *poller) modify(fd int, old, ev Events) error {
	op := unix.EPOLL_CTL_MOD
	switch {
	case ev == 0:
		op = unix.EPOLL_CTL_DEL
	case old == 0:
		op = unix.EPOLL_CTL_ADD
	}
	var e unix.EpollEvent
	if ev&Readable != 0 {
		e.Events |= unix.EPOLLIN
	}
	if ev&Writable != 0 {
		e.Events |= unix.EPOLLOUT
	}
	e.Fd = int32(fd)
	return os.NewSyscallError("epoll_ctl", unix.EpollCtl(p.epfd, op, fd, &e))
}

// wait blocks up to timeout (forever if negative) and fills out. Signals
// interrupt epoll_wait even under SA_RESTART (and the Go runtime preempts
// with SIGURG), so EINTR retries with the time that is left.
func (p *poller) wait(out []pollEvent, timeout time.Duration) (int, error) {
	deadline := time.Now().Add(timeout)
	if p.buf == nil {
		p.buf = make([]unix.EpollEvent, len(out)) // at the first wait: a program may never wait
	}
	buf := p.buf[:min(len(p.buf), len(out))]
	var n int
	for {
		var err error
		n, err = unix.EpollWait(p.epfd, buf, timeoutMillis(timeout))
		if err == nil {
			break
		}
		if err != unix.EINTR {
			return 0, os.NewSyscallError("epoll_wait", err)
		}
		if timeout > 0 {
			timeout = max(time.Until(deadline), 0)
		}
	}
	k := 0
	for _, e := range buf[:n] {
		if int(e.Fd) == p.efd {
			p.drainWake()
			out[k] = pollEvent{fd: wakeFD}
			k++
			continue
		}
		var ev Events
		if e.Events&(unix.EPOLLIN|unix.EPOLLPRI|unix.EPOLLRDHUP) != 0 {
			ev |= Readable
		}
		if e.Events&unix.EPOLLOUT != 0 {
			ev |= Writable
		}
		if e.Events&unix.EPOLLHUP != 0 {
			ev |= Hangup
		}
		if e.Events&unix.EPOLLERR != 0 {
			ev |= Error
		}
		out[k] = pollEvent{fd: int(e.Fd), ev: ev}
		k++
	}
	return k, nil
}

// drainWake resets the eventfd counter. EAGAIN means another wait already
// drained it, which is fine.
func (p *poller) drainWake() {
	var b [8]byte
	_, _ = unix.Read(p.efd, b[:])
}

func (p *poller) wake() error {
	_, err := unix.Write(p.efd, p.one[:])
	return err
}

func (p *poller) close() error {
	err1 := unix.Close(p.efd)
	err2 := unix.Close(p.epfd)
	if err1 != nil {
		return os.NewSyscallError("close", err1)
	}
	return os.NewSyscallError("close", err2)
}
