package loop

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// RunMode selects how long Run iterates, as libuv's uv_run_mode.
type RunMode int

const (
	// RunDefault iterates until nothing referenced is alive or Stop is called.
	RunDefault RunMode = iota
	// RunOnce runs one iteration, blocking in poll when there is nothing
	// ready to run.
	RunOnce
	// RunNoWait runs one iteration without blocking.
	RunNoWait
)

var (
	// ErrClosed is returned by operations on a closed Loop or handle.
	ErrClosed = errors.New("loop: closed")
	// ErrRunning is returned by Run and Close while the loop is running.
	ErrRunning = errors.New("loop: already running")
	// ErrNotSupported is returned by handle constructors the platform lacks.
	ErrNotSupported = errors.New("loop: not supported on this platform")
)

// Loop is one event loop. Create it with New; see the package doc for which
// goroutine may call what.
type Loop struct {
	// AfterCallback, when set, is called after every callback the loop makes
	// into user code. It must not be changed while Run is running.
	AfterCallback func()
	// drain is where node drains after the callback being made (Drain).
	drain Drain

	base time.Time
	now  time.Duration
	// idleTime is the time spent blocked in the poller, libuv's
	// uv_metrics_idle_time (what node's eventLoopUtilization reads), and
	// metrics libuv's uv_metrics_info.
	idleTime time.Duration
	metrics  Metrics

	poller   *poller
	events   []pollEvent
	evPos    int
	evLen    int
	watchers []*watcher // indexed by fd
	readBuf  []byte

	refs      int // active, referenced handles
	reqs      int // outstanding requests: writes, connects, shutdowns, work
	immRefs   int // queued, referenced immediates
	idleCount int // started idle hooks

	pending batch
	closing batch

	timerLists  map[time.Duration]*timerList
	timerQueue  timerQueue
	nextTimerID uint64

	imm    *immQueue // immediates for the next check phase
	immRun *immQueue // immediates of the check phase in progress

	idle, prepare, check []*Hook
	hookScratch          []*Hook

	open map[forceCloser]struct{}
	pool *pool
	fsev fsEventLoop // the FSEvent backend's shared state

	// mu guards posted and closedShared; the wake-up write happens under it
	// so that Close can never race a write to a closed (and maybe reused) fd.
	mu           sync.Mutex
	posted       []func()
	closedShared bool
	runq         []func()
	runqPos      int
	wakePending  atomic.Bool
	wakeups      atomic.Int64

	stopFlag atomic.Bool
	running  atomic.Bool
	closed   bool
}

// forceCloser is a handle that holds an OS resource (an fd, a goroutine) that
// Close must release when the user did not close the handle.
type forceCloser interface{ forceClose() }

// New creates a loop with its poller and wake-up object. The worker pool
// starts on the first QueueWork.
func New() (*Loop, error) {
	p, err := newPoller()
	if err != nil {
		return nil, fmt.Errorf("loop: creating poller: %w", err)
	}
	l := &Loop{
		base:       time.Now(),
		poller:     p,
		timerLists: make(map[time.Duration]*timerList),
		imm:        new(immQueue),
		immRun:     new(immQueue),
		open:       make(map[forceCloser]struct{}),
		pool:       newPool(threadPoolSize()),
	}
	return l, nil
}

// Now returns the loop's cached time, as libuv's uv_now: milliseconds since
// the loop was created on a monotonic clock, updated once per iteration.
func (l *Loop) Now() time.Duration { return l.now }

// Metrics are libuv's uv_metrics_t counters, which node reports as
// performance.nodeTiming.uvMetricsInfo.
type Metrics struct {
	LoopCount     uint64 // iterations of Run's loop
	Events        uint64 // fd events dispatched to handles
	EventsWaiting uint64 // of those, the ones found by a poll that did not wait
}

// Metrics returns the loop's counters so far.
func (l *Loop) Metrics() Metrics { return l.metrics }

// IdleTime is how long the loop has spent blocked waiting for events, as
// libuv's uv_metrics_idle_time: node's eventLoopUtilization counts the rest
// of the time since the loop started as active.
func (l *Loop) IdleTime() time.Duration { return l.idleTime }

// UpdateTime refreshes the cached time, as libuv's uv_update_time.
func (l *Loop) UpdateTime() { l.now = time.Since(l.base).Truncate(time.Millisecond) }

// Alive reports whether anything referenced would keep Run going.
func (l *Loop) Alive() bool {
	return l.hasActive() || l.pending.len() > 0 || l.closing.len() > 0 || l.postedLen() > 0
}

// hasActive is libuv's "active handles or active requests".
func (l *Loop) hasActive() bool { return l.refs > 0 || l.reqs > 0 || l.immRefs > 0 }

// Stop makes Run return after the current iteration, as libuv's uv_stop; a
// Stop before Run makes the next Run return at once. Any goroutine may call it.
func (l *Loop) Stop() {
	l.stopFlag.Store(true)
	l.mu.Lock()
	if !l.closedShared && l.wakePending.CompareAndSwap(false, true) {
		l.wake()
	}
	l.mu.Unlock()
}

// Run runs the loop in the given mode. It returns ErrRunning if the loop is
// already running (Run is not re-entrant), ErrClosed after Close, and an
// error if the poller fails. Panics from callbacks propagate; the loop stays
// consistent, and a later Run resumes the interrupted phase's queue first.
//
// The order of phases follows libuv's uv_run (see the package doc).
func (l *Loop) Run(mode RunMode) error {
	if l.closed {
		return ErrClosed
	}
	if !l.running.CompareAndSwap(false, true) {
		return ErrRunning
	}
	defer l.running.Store(false)
	defer l.stopFlag.Store(false)

	alive := l.Alive()
	if !alive {
		l.UpdateTime()
	}
	if mode == RunDefault && alive && !l.stopFlag.Load() {
		l.UpdateTime()
		l.runTimers()
	}
	if alive {
		// The loop blocks in poll on its own OS thread (DESIGN: the
		// loop). Locking only once there is something to wait for spares
		// a program that never waits the thread the first lock starts
		// (Go's template thread): hello world starts four threads, not five.
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
	}
	for alive && !l.stopFlag.Load() {
		l.metrics.LoopCount++
		canSleep := l.pending.len() == 0 && l.idleCount == 0
		l.pending.drain()
		l.runHooks(l.idle)
		l.runHooks(l.prepare)
		timeout := time.Duration(0)
		if (mode == RunOnce && canSleep) || mode == RunDefault {
			timeout = l.backendTimeout()
		}
		if err := l.poll(timeout); err != nil {
			return err
		}
		// A poll callback may queue pending work (libuv runs up to 8 rounds).
		for i := 0; i < 8 && l.pending.len() > 0; i++ {
			l.pending.drain()
		}
		l.runImmediates()
		l.runHooks(l.check)
		l.closing.drain()
		l.UpdateTime()
		l.runTimers()
		alive = l.Alive()
		if mode != RunDefault {
			break
		}
	}
	return nil
}

// backendTimeout is libuv's uv__backend_timeout: how long poll may block.
// Negative means forever.
func (l *Loop) backendTimeout() time.Duration {
	if l.stopFlag.Load() || !l.hasActive() || l.immRefs > 0 || l.idleCount > 0 ||
		l.pending.len() > 0 || l.closing.len() > 0 || l.postedLen() > 0 {
		return 0
	}
	if len(l.timerQueue) == 0 {
		return -1
	}
	d := l.timerQueue[0].expiry - l.now
	if d < 0 {
		return 0
	}
	return d
}

// poll waits for I/O or a wake-up, then dispatches fd events and, where the
// wake-up is reported, posted callbacks. The cached time is updated right
// after the wait, as libuv does.
func (l *Loop) poll(timeout time.Duration) error {
	// A wait that may block is idle time. (The cached time may be older
	// than this wait, so the clock is read around it.)
	var start time.Duration
	if timeout != 0 {
		start = time.Since(l.base)
	}
	l.resumePosted()
	if l.events == nil {
		// Made at the first poll, which a program that ends without
		// waiting for anything never reaches: 28 KB with the poller's.
		l.events = make([]pollEvent, 1024)
	}
	n, err := l.poller.wait(l.events, timeout)
	if timeout != 0 {
		l.idleTime += time.Since(l.base) - start
	}
	if err != nil {
		return fmt.Errorf("loop: poll: %w", err)
	}
	l.UpdateTime()
	l.evPos, l.evLen = 0, n
	for l.evPos < l.evLen {
		e := l.events[l.evPos]
		l.evPos++
		if e.fd == wakeFD {
			l.drainPosted()
			continue
		}
		if l.dispatch(e) && timeout == 0 {
			l.metrics.EventsWaiting++
		}
	}
	return nil
}

// resumePosted finishes what a panic in the last poll phase cut short: a
// reported wake-up that was not reached (its signal is consumed, so no
// later wait reports it again) or a drain that stopped halfway.
func (l *Loop) resumePosted() {
	pending := l.runqPos < len(l.runq)
	for _, e := range l.events[l.evPos:l.evLen] {
		if e.fd == wakeFD {
			pending = true
		}
	}
	l.evPos = l.evLen
	if pending {
		l.drainPosted()
	}
}

// after runs the AfterCallback hook.
func (l *Loop) after() {
	if l.AfterCallback != nil {
		l.AfterCallback()
	}
}

// Drain is where node runs the ticks and microtasks a callback left. Node
// runs the timers and immediates phases in JavaScript of its own, which
// drains them (runNextTicks) before each callback after the first of the
// phase; after a phase's last callback, and after any other callback, they
// run with none of node's JavaScript under them. The stacks of errors made
// there show which.
type Drain uint8

const (
	DrainAfter           Drain = iota // nothing of node's under the drain
	DrainBeforeTimer                  // before the next due timer of the same list (node's listOnTimeout)
	DrainBeforeTimerList              // before the first timer of the next due list (node's processTimers)
	DrainBeforeImmediate              // before the next immediate (node's processImmediate)
)

// Drain reports, from AfterCallback, where node would drain after the
// callback just made.
func (l *Loop) Drain() Drain { return l.drain }

// afterDrain runs the AfterCallback hook with Drain reporting d.
func (l *Loop) afterDrain(d Drain) {
	l.drain = d
	defer func() { l.drain = DrainAfter }()
	l.after()
}

// Close releases the loop: it closes every handle still open without running
// their callbacks, stops the worker pool (queued work is dropped; work
// already running is not waited for; the done of either never runs), and
// closes the poller. Closing a closed loop returns ErrClosed.
func (l *Loop) Close() error {
	if l.closed {
		return ErrClosed
	}
	if l.running.Load() {
		return ErrRunning
	}
	for h := range l.open {
		h.forceClose()
	}
	clear(l.open)
	l.pool.stop()
	l.mu.Lock()
	l.closedShared = true
	l.posted = nil
	l.mu.Unlock()
	l.closed = true
	if err := l.poller.close(); err != nil {
		return fmt.Errorf("loop: closing poller: %w", err)
	}
	return nil
}

// batch is a FIFO of loop-internal callbacks drained in one go. Callbacks
// queued while it drains wait for the next drain (libuv's pending and closing
// queues work that way), and a panic leaves the rest in place so the next
// drain finishes them first. The callbacks call AfterCallback themselves
// where they call user code.
type batch struct {
	next []func()
	run  []func()
	pos  int
}

func (b *batch) push(f func()) { b.next = append(b.next, f) }

func (b *batch) len() int { return len(b.next) + len(b.run) - b.pos }

func (b *batch) drain() {
	if b.pos == len(b.run) {
		b.run, b.next = b.next, b.run[:0]
		b.pos = 0
	}
	for b.pos < len(b.run) {
		f := b.run[b.pos]
		b.run[b.pos] = nil
		b.pos++
		f()
	}
}
