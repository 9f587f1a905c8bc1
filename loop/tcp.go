package loop

import (
	"net/netip"
	"os"
	"syscall"
)

// defaultBacklog is Node's default listen backlog.
const defaultBacklog = 511

// ListenConfig tunes Listen. The zero value is Node's default.
type ListenConfig struct {
	// Backlog is the accept queue length; 0 means 511.
	Backlog int
	// ReusePort sets SO_REUSEPORT, so several loops can share a port (the
	// cluster model in DESIGN.md).
	ReusePort bool
	// IPv6Only restricts an IPv6 wildcard address to IPv6.
	IPv6Only bool
}

// Listener is a listening TCP or Unix-domain socket.
type Listener struct {
	handle
	w      watcher
	onConn func(*Stream, error)
	// path is a Unix-domain listener's socket file, which closing removes
	// as libuv's pipe close does.
	path string
}

// Listen binds a TCP socket to addr (port 0 picks a free one), listens, and
// calls onConn in the poll phase with each accepted connection, already
// non-blocking and close-on-exec. An accept error other than the transient
// ones is passed to onConn with a nil stream; the listener keeps listening.
// On Windows it returns ErrNotSupported for now.
func (l *Loop) Listen(addr netip.AddrPort, cfg ListenConfig, onConn func(conn *Stream, err error)) (*Listener, error) {
	if l.closed {
		return nil, ErrClosed
	}
	fd, err := sysListen(addr, cfg)
	if err != nil {
		return nil, err
	}
	return l.watchListener(fd, "", onConn)
}

// watchListener has the loop accept on fd, a listening socket.
func (l *Loop) watchListener(fd int, path string, onConn func(conn *Stream, err error)) (*Listener, error) {
	ln := &Listener{handle: handle{l: l}, onConn: onConn, path: path}
	ln.w = watcher{fd: fd, on: ln.onIO}
	if err := l.addWatcher(&ln.w); err != nil {
		_ = sysClose(fd)
		return nil, err
	}
	if err := l.setInterest(&ln.w, Readable); err != nil {
		l.removeWatcher(&ln.w)
		_ = sysClose(fd)
		return nil, err
	}
	ln.activate()
	l.open[ln] = struct{}{}
	return ln, nil
}

// Addr returns the bound address, with the port the kernel chose.
func (ln *Listener) Addr() (netip.AddrPort, error) {
	if ln.closing {
		return netip.AddrPort{}, ErrClosed
	}
	return sysLocalAddr(ln.w.fd)
}

// Fd returns the listening fd, or -1 once closed.
func (ln *Listener) Fd() int {
	if ln.closing {
		return -1
	}
	return ln.w.fd
}

// onIO accepts until the kernel has no more connections (EAGAIN) or the
// callback closes the listener.
func (ln *Listener) onIO(Events) {
	for !ln.closing {
		fd, err := sysAccept(ln.w.fd)
		switch err {
		case nil:
		case syscall.EAGAIN:
			return
		case syscall.EINTR, syscall.ECONNABORTED:
			continue
		default:
			ln.onConn(nil, os.NewSyscallError("accept", err))
			ln.l.after()
			return
		}
		s, err := ln.l.newStream(fd)
		if err != nil {
			_ = sysClose(fd)
		}
		ln.onConn(s, err)
		ln.l.after()
	}
}

// Close stops listening, closes the fd and calls cb (if not nil) in the
// close phase.
func (ln *Listener) Close(cb func()) {
	if ln.closing {
		return
	}
	ln.forceClose()
	ln.queueClose(cb)
}

func (ln *Listener) forceClose() {
	ln.closing = true
	ln.deactivate()
	ln.l.removeWatcher(&ln.w)
	delete(ln.l.open, ln)
	_ = sysClose(ln.w.fd)
	if ln.path != "" {
		_ = os.Remove(ln.path)
	}
}

// Connect starts a non-blocking TCP connect to addr and returns the stream
// at once; cb runs when the connection is made or has failed (in the poll
// phase, or the next pending phase if connect(2) settled immediately). Reads
// and writes may be started before that; they begin once connected. A failed
// stream must still be closed. On Windows it returns ErrNotSupported for now.
func (l *Loop) Connect(addr netip.AddrPort, cb func(err error)) (*Stream, error) {
	if l.closed {
		return nil, ErrClosed
	}
	fd, err := sysSocket(addr)
	if err != nil {
		return nil, err
	}
	return l.startConnect(fd, func() error { return sysConnect(fd, addr) }, cb)
}

// startConnect makes a stream of fd, a fresh socket, and runs connect on it.
func (l *Loop) startConnect(fd int, connect func() error, cb func(err error)) (*Stream, error) {
	s, err := l.newStream(fd)
	if err != nil {
		_ = sysClose(fd)
		return nil, err
	}
	s.connecting = true
	s.connectCb = cb
	l.reqs++
	switch err := connect(); err {
	case syscall.EINPROGRESS:
		if err := s.updateInterest(); err != nil {
			l.pending.push(func() { s.finishConnect(err) })
		}
	default:
		err = os.NewSyscallError("connect", err)
		l.pending.push(func() { s.finishConnect(err) })
	}
	return s, nil
}

// finishConnect reports the connect's outcome unless Close got there first.
// On failure the writes queued meanwhile fail with ECANCELED, as in libuv.
func (s *Stream) finishConnect(err error) {
	if !s.connecting {
		return
	}
	s.connecting = false
	s.l.reqs--
	if err != nil {
		canceled := os.NewSyscallError("connect", syscall.ECANCELED)
		for _, r := range s.writes {
			r.err = canceled
			s.done = append(s.done, r)
		}
		s.writes = nil
	}
	if uerr := s.updateInterest(); uerr != nil && err == nil {
		err = uerr
	}
	if s.connectCb != nil {
		s.connectCb(err)
		s.l.after()
	}
	if !s.closing {
		s.runWriteCallbacks()
	}
}

// LocalAddr returns the socket's own address.
func (s *Stream) LocalAddr() (netip.AddrPort, error) {
	if s.closing {
		return netip.AddrPort{}, ErrClosed
	}
	return sysLocalAddr(s.w.fd)
}

// RemoteAddr returns the peer's address.
func (s *Stream) RemoteAddr() (netip.AddrPort, error) {
	if s.closing {
		return netip.AddrPort{}, ErrClosed
	}
	return sysRemoteAddr(s.w.fd)
}

// SetNoDelay turns Nagle's algorithm off (on = true) or on.
func (s *Stream) SetNoDelay(on bool) error {
	if s.closing {
		return ErrClosed
	}
	return sysSetNoDelay(s.w.fd, on)
}
