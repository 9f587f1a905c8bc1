package loop

import (
	"fmt"
	"syscall"
)

// Events is a set of fd readiness conditions.
type Events uint8

const (
	// Readable: data, a connection to accept, or end of file.
	Readable Events = 1 << iota
	// Writable: room to write, or a non-blocking connect has finished.
	Writable
	// Hangup: the peer closed; reported whether asked for or not.
	Hangup
	// Error: an error is pending on the fd; reported whether asked for or not.
	Error
)

// pollEvent is one readiness report from the OS poller.
type pollEvent struct {
	fd int
	ev Events
}

// wakeFD marks the poller's report of its own wake-up object. The wake-up
// keeps its place among the fd reports, as libuv's async handle does among
// its watchers: a worker completion that is posted after a socket became
// readable runs after that socket's callback, as in Node, however soon the
// worker finished. (-1 is taken: it marks a report whose fd was closed.)
const wakeFD = -2

// watcher is the loop's per-fd record (libuv's uv__io_t): the interest
// registered with the poller and the function that receives events.
type watcher struct {
	fd         int
	registered Events
	on         func(Events)
}

// addWatcher claims fd in the loop's fd table.
func (l *Loop) addWatcher(w *watcher) error {
	if w.fd < 0 {
		return fmt.Errorf("loop: fd %d: %w", w.fd, syscall.EBADF)
	}
	if w.fd >= len(l.watchers) {
		grown := make([]*watcher, max(2*len(l.watchers), w.fd+1, 64))
		copy(grown, l.watchers)
		l.watchers = grown
	}
	if l.watchers[w.fd] != nil {
		return fmt.Errorf("loop: fd %d already has a handle: %w", w.fd, syscall.EEXIST)
	}
	l.watchers[w.fd] = w
	return nil
}

// setInterest changes what the poller watches for on w's fd.
func (l *Loop) setInterest(w *watcher, ev Events) error {
	if ev == w.registered {
		return nil
	}
	if err := l.poller.modify(w.fd, w.registered, ev); err != nil {
		return fmt.Errorf("loop: watching fd %d: %w", w.fd, err)
	}
	w.registered = ev
	return nil
}

// removeWatcher frees w's slot before its fd is closed. Events for the fd
// still waiting in the current batch are dropped, because once the fd is
// closed its number may be reused by a new handle within the same batch.
func (l *Loop) removeWatcher(w *watcher) {
	if w.registered != 0 {
		// The fd is about to be closed, which removes it from the poller
		// anyway; this only keeps a dup'ed fd from reporting.
		_ = l.poller.modify(w.fd, w.registered, 0)
		w.registered = 0
	}
	if w.fd >= 0 && w.fd < len(l.watchers) && l.watchers[w.fd] == w {
		l.watchers[w.fd] = nil
	}
	for i := l.evPos; i < l.evLen; i++ {
		if l.events[i].fd == w.fd {
			l.events[i].fd = -1
		}
	}
}

// dispatch hands one poller event to its watcher. An error or hangup is also
// reported as the readiness the watcher asked for (libuv does the same), so
// that the read or write that follows picks up the error. It reports
// whether a watcher took the event.
func (l *Loop) dispatch(e pollEvent) bool {
	if e.fd < 0 || e.fd >= len(l.watchers) {
		return false
	}
	w := l.watchers[e.fd]
	if w == nil || w.registered == 0 {
		return false
	}
	ev := e.ev
	if ev&(Error|Hangup) != 0 {
		ev |= w.registered
	}
	ev &= w.registered | Error | Hangup
	if ev == 0 {
		return false
	}
	l.metrics.Events++
	w.on(ev)
	return true
}

// Poll watches an fd it does not own for readiness (libuv's uv_poll_t).
type Poll struct {
	handle
	w  watcher
	cb func(Events)
}

// NewPoll creates a stopped Poll for fd, which should be non-blocking. Only
// one handle may use an fd at a time.
func (l *Loop) NewPoll(fd int) (*Poll, error) {
	if l.closed {
		return nil, ErrClosed
	}
	p := &Poll{handle: handle{l: l}}
	p.w = watcher{fd: fd, on: p.onIO}
	if err := l.addWatcher(&p.w); err != nil {
		return nil, err
	}
	l.open[p] = struct{}{}
	return p, nil
}

// Fd returns the watched fd.
func (p *Poll) Fd() int { return p.w.fd }

// Start watches for ev (Readable, Writable or both), replacing the previous
// interest and callback. cb runs in the poll phase each iteration the fd is
// ready (level-triggered), with Hangup and Error added when they occur.
func (p *Poll) Start(ev Events, cb func(Events)) error {
	if p.closing {
		return ErrClosed
	}
	ev &= Readable | Writable
	if ev == 0 {
		return p.Stop()
	}
	if err := p.l.setInterest(&p.w, ev); err != nil {
		return err
	}
	p.cb = cb
	p.activate()
	return nil
}

// Stop stops watching.
func (p *Poll) Stop() error {
	if p.closing {
		return ErrClosed
	}
	p.deactivate()
	return p.l.setInterest(&p.w, 0)
}

// Close stops watching and calls cb, if not nil, in the close phase. The
// fd stays open: it belongs to the caller.
func (p *Poll) Close(cb func()) {
	if p.closing {
		return
	}
	p.forceClose()
	p.queueClose(cb)
}

func (p *Poll) forceClose() {
	p.l.removeWatcher(&p.w)
	delete(p.l.open, p)
	p.closing = true
	p.deactivate()
}

func (p *Poll) onIO(ev Events) {
	p.cb(ev)
	p.l.after()
}
