package loop

import (
	"os"
	"os/signal"
	"sync"
)

// watching counts the open Signal watchers of each signal in the process,
// over every loop, for SignalHook.
var watching struct {
	sync.Mutex
	n map[os.Signal]int
}

// SignalHook, when set, is called as the first watcher of a signal in the
// process opens (watched true), before os/signal is asked for it, and as
// the last one closes (false), after os/signal has let it go: a host that
// gives a signal its default action while nothing watches it (cmd/kiln,
// as node leaves signals without listeners) hands it to Go's handler and
// takes it back there. It runs with the count locked.
var SignalHook func(sig os.Signal, watched bool)

func watch(sig os.Signal, d int) {
	watching.Lock()
	defer watching.Unlock()
	if watching.n == nil {
		watching.n = map[os.Signal]int{}
	}
	before := watching.n[sig]
	watching.n[sig] += d
	if SignalHook != nil && (before == 0) != (watching.n[sig] == 0) {
		SignalHook(sig, before == 0)
	}
}

// Watched reports whether any loop in the process has a Signal watcher of
// sig open.
func Watched(sig os.Signal) bool {
	watching.Lock()
	defer watching.Unlock()
	return watching.n[sig] > 0
}

// Signal is a signal watcher: os/signal delivers to a goroutine that posts
// to the loop, so cb always runs on the loop goroutine, in the poll phase.
// An open, referenced Signal keeps the loop alive (libuv's default; Node
// unreferences its signal handles).
type Signal struct {
	handle
	sig    os.Signal
	cb     func(os.Signal)
	ch     chan os.Signal
	done   chan struct{}
	exited chan struct{}
}

// Signal starts watching sig. Several watchers of one signal all see it.
func (l *Loop) Signal(sig os.Signal, cb func(os.Signal)) (*Signal, error) {
	if l.closed {
		return nil, ErrClosed
	}
	s := &Signal{
		handle: handle{l: l},
		sig:    sig,
		cb:     cb,
		ch:     make(chan os.Signal, 1),
		done:   make(chan struct{}),
		exited: make(chan struct{}),
	}
	watch(sig, 1)
	signal.Notify(s.ch, sig)
	go s.forward()
	s.activate()
	l.open[s] = struct{}{}
	return s, nil
}

func (s *Signal) forward() {
	defer close(s.exited)
	for {
		select {
		case v := <-s.ch:
			// Fails only once the loop is closed, which stops this goroutine.
			_ = s.l.Post(func() {
				if !s.closing {
					s.cb(v)
				}
			})
		case <-s.done:
			return
		}
	}
}

// Sig returns the watched signal.
func (s *Signal) Sig() os.Signal { return s.sig }

// Close stops watching and calls cb, if not nil, in the close phase.
// Deliveries already posted are dropped.
func (s *Signal) Close(cb func()) {
	if s.closing {
		return
	}
	s.release()
	delete(s.l.open, s)
	s.queueClose(cb)
}

func (s *Signal) forceClose() {
	s.release()
	s.closing = true
	s.deactivate()
}

func (s *Signal) release() {
	signal.Stop(s.ch)
	watch(s.sig, -1)
	close(s.done)
	<-s.exited
}
