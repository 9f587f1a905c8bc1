package loop

import (
	"io"
	"os"
	"syscall"
)

// readBufSize is the loop-wide read buffer: one read of up to this much per
// call, and at most maxReadsPerEvent calls per readiness event, as libuv
// does, so one busy stream cannot starve the others.
const (
	readBufSize      = 64 << 10
	maxReadsPerEvent = 32
)

// Stream is a byte stream on a non-blocking fd that it owns: a socket, a pipe
// or a tty (libuv's uv_stream_t). Reading makes it active; writes, a connect
// and a shutdown are requests that keep the loop alive until their callback
// has run, even when the stream is unreferenced.
type Stream struct {
	handle
	w watcher

	reading bool
	readCb  func([]byte, error)

	writes        []*writeReq // not yet fully written, oldest first
	done          []*writeReq // written or failed, callback not yet run
	doneScheduled bool

	connecting bool
	connectCb  func(error)

	shutdownReq bool // Shutdown called, shutdown(2) not yet made
	shutdownCb  func(error)
	shut        bool // shutdown(2) made
}

type writeReq struct {
	buf []byte
	cb  func(error)
	err error
}

// NewStream takes ownership of fd (a socket, pipe or tty), makes it
// non-blocking and returns a stream on it. The fd is closed by Close.
// Non-blocking mode belongs to the open file description, so a pipe shared
// with another process becomes non-blocking there too. Regular files cannot
// be polled: ReadStart on one fails with EPERM (files belong on the worker
// pool), although writes to one complete at once.
func (l *Loop) NewStream(fd int) (*Stream, error) {
	if l.closed {
		return nil, ErrClosed
	}
	if err := sysSetNonblock(fd); err != nil {
		return nil, os.NewSyscallError("fcntl", err)
	}
	return l.newStream(fd)
}

func (l *Loop) newStream(fd int) (*Stream, error) {
	s := &Stream{handle: handle{l: l}}
	s.w = watcher{fd: fd, on: s.onIO}
	if err := l.addWatcher(&s.w); err != nil {
		return nil, err
	}
	l.open[s] = struct{}{}
	return s, nil
}

// Fd returns the stream's fd, or -1 once closed.
func (s *Stream) Fd() int {
	if s.closing {
		return -1
	}
	return s.w.fd
}

// ReadStart calls cb in the poll phase with each chunk read. data is only
// valid during the call (the loop reuses the buffer). At end of stream cb
// gets io.EOF, on failure the error; either way reading stops.
func (s *Stream) ReadStart(cb func(data []byte, err error)) error {
	if s.closing {
		return ErrClosed
	}
	s.readCb = cb
	if s.reading {
		return nil
	}
	s.reading = true
	if err := s.updateInterest(); err != nil {
		s.reading = false
		return err
	}
	s.activate()
	return nil
}

// ReadStop stops reading; data not yet read stays in the kernel.
func (s *Stream) ReadStop() error {
	if s.closing {
		return ErrClosed
	}
	s.stopReading()
	return s.updateInterest()
}

func (s *Stream) stopReading() {
	s.reading = false
	s.deactivate()
}

// Write queues buf and calls cb (if not nil) once all of it is written or
// the write failed. The caller must not change buf until then. Writes go out
// in order; as much as the kernel takes is written at once, the rest when
// the fd becomes writable again. cb never runs inside Write: a write finished
// at once reports in the next pending phase, as in libuv.
func (s *Stream) Write(buf []byte, cb func(error)) error {
	if s.closing {
		return ErrClosed
	}
	if s.shut || s.shutdownReq {
		return os.NewSyscallError("write", syscall.EPIPE)
	}
	s.l.reqs++
	s.writes = append(s.writes, &writeReq{buf: buf, cb: cb})
	if len(s.writes) == 1 && !s.connecting {
		s.flush()
		if len(s.done) > 0 && !s.doneScheduled {
			s.doneScheduled = true
			s.l.pending.push(s.runWriteCallbacks)
		}
	}
	if err := s.updateInterest(); err != nil {
		s.failWrites(err)
	}
	return nil
}

// WriteQueueSize returns the bytes queued and not yet written.
func (s *Stream) WriteQueueSize() int {
	n := 0
	for _, r := range s.writes {
		n += len(r.buf)
	}
	return n
}

// flush writes queued data until the kernel pushes back (EAGAIN).
func (s *Stream) flush() {
	for len(s.writes) > 0 {
		r := s.writes[0]
		if len(r.buf) > 0 {
			n, err := sysWrite(s.w.fd, r.buf)
			if n > 0 {
				r.buf = r.buf[n:]
			}
			switch {
			case err == syscall.EINTR:
				continue
			case err == syscall.EAGAIN || (err == nil && n == 0):
				return
			case err != nil:
				r.err = os.NewSyscallError("write", err)
			case len(r.buf) > 0:
				continue
			}
		}
		s.writes[0] = nil
		s.writes = s.writes[1:]
		s.done = append(s.done, r)
	}
}

// failWrites fails every queued write, for when the fd cannot be watched.
func (s *Stream) failWrites(err error) {
	for _, r := range s.writes {
		r.err = err
		s.done = append(s.done, r)
	}
	s.writes = nil
	if len(s.done) > 0 && !s.doneScheduled {
		s.doneScheduled = true
		s.l.pending.push(s.runWriteCallbacks)
	}
}

func (s *Stream) runWriteCallbacks() {
	s.doneScheduled = false
	for len(s.done) > 0 {
		r := s.done[0]
		s.done[0] = nil
		s.done = s.done[1:]
		s.l.reqs--
		if r.cb != nil {
			r.cb(r.err)
			s.l.after()
		}
	}
}

// Shutdown half-closes the stream (shutdown(2) with SHUT_WR) once the queued
// writes are out, then calls cb (if not nil) in the poll phase; with none
// queued, in the pending rounds right after the current callback, as libuv
// feeds the stream's watcher (node's 'finish' comes before the next
// setImmediate). Writes after Shutdown fail with EPIPE.
func (s *Stream) Shutdown(cb func(error)) error {
	if s.closing {
		return ErrClosed
	}
	if s.shut || s.shutdownReq {
		return os.NewSyscallError("shutdown", syscall.ENOTCONN)
	}
	s.shutdownReq = true
	s.shutdownCb = cb
	s.l.reqs++
	if err := s.updateInterest(); err != nil {
		s.shutdownReq = false
		s.shutdownCb = nil
		s.l.reqs--
		return err
	}
	if len(s.writes) == 0 && !s.connecting {
		s.l.pending.push(func() {
			if s.shutdownReq && !s.closing && len(s.writes) == 0 {
				s.doShutdown()
			}
		})
	}
	return nil
}

func (s *Stream) doShutdown() {
	s.shutdownReq = false
	s.shut = true
	cb := s.shutdownCb
	s.shutdownCb = nil
	err := os.NewSyscallError("shutdown", sysShutdownWrite(s.w.fd))
	s.l.reqs--
	if uerr := s.updateInterest(); err == nil {
		err = uerr
	}
	if cb != nil {
		cb(err)
		s.l.after()
	}
}

// updateInterest registers what the stream waits for with the poller.
func (s *Stream) updateInterest() error {
	var ev Events
	if s.reading {
		ev |= Readable
	}
	if s.connecting || len(s.writes) > 0 || s.shutdownReq {
		ev |= Writable
	}
	return s.l.setInterest(&s.w, ev)
}

// onIO is the stream's poll-phase work, in libuv's order: a pending connect
// first, then reading, then writing, then a shutdown whose writes are done.
func (s *Stream) onIO(ev Events) {
	if s.connecting {
		if ev&Writable != 0 {
			s.finishConnect(os.NewSyscallError("connect", sysSockError(s.w.fd)))
		}
		return
	}
	if ev&Readable != 0 && s.reading {
		s.read()
	}
	if s.closing || ev&Writable == 0 {
		return
	}
	if len(s.writes) > 0 {
		s.flush()
		s.runWriteCallbacks()
		if s.closing {
			return
		}
	}
	if s.shutdownReq && len(s.writes) == 0 {
		s.doShutdown()
		return
	}
	if err := s.updateInterest(); err != nil {
		s.failWrites(err)
	}
}

func (s *Stream) read() {
	buf := s.l.readBuffer()
	for range maxReadsPerEvent {
		n, err := sysRead(s.w.fd, buf)
		switch {
		case err == syscall.EINTR:
			continue
		case err == syscall.EAGAIN:
			return
		case err != nil || n == 0:
			if err != nil {
				err = os.NewSyscallError("read", err)
			} else {
				err = io.EOF
			}
			s.stopReading()
			if uerr := s.updateInterest(); uerr != nil && err == io.EOF {
				err = uerr
			}
			s.readCb(nil, err)
			s.l.after()
			return
		}
		s.readCb(buf[:n], nil)
		s.l.after()
		if n < len(buf) || !s.reading || s.closing {
			return
		}
	}
}

func (l *Loop) readBuffer() []byte {
	if l.readBuf == nil {
		l.readBuf = make([]byte, readBufSize)
	}
	return l.readBuf
}

// Close closes the fd at once and, in the close phase, fails the requests
// still outstanding with ECANCELED (writes, then connect, then shutdown)
// before calling cb (if not nil). Writes already finished report their own
// result first.
func (s *Stream) Close(cb func()) {
	if s.closing {
		return
	}
	canceled := s.writes
	s.writes = nil
	connecting, shutdownReq := s.connecting, s.shutdownReq
	s.forceClose()
	s.l.closing.push(func() {
		s.runWriteCallbacks()
		ecanceled := os.NewSyscallError("close", syscall.ECANCELED)
		for _, r := range canceled {
			s.l.reqs--
			if r.cb != nil {
				r.cb(ecanceled)
				s.l.after()
			}
		}
		if connecting {
			s.l.reqs--
			if s.connectCb != nil {
				s.connectCb(ecanceled)
				s.l.after()
			}
		}
		if shutdownReq {
			s.l.reqs--
			if s.shutdownCb != nil {
				s.shutdownCb(ecanceled)
				s.l.after()
			}
		}
		if cb != nil {
			cb()
			s.l.after()
		}
	})
}

// forceClose releases the fd without callbacks; Close wraps it.
func (s *Stream) forceClose() {
	s.closing = true
	s.reading = false
	s.connecting = false
	s.shutdownReq = false
	s.deactivate()
	s.l.removeWatcher(&s.w)
	delete(s.l.open, s)
	// Nothing useful can be done about a failed close(2): the fd is gone
	// either way on the systems supported.
	_ = sysClose(s.w.fd)
}
