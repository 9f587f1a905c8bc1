package loop

import (
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"sync"
)

// maxThreadPoolSize is libuv's MAX_THREADPOOL_SIZE.
const maxThreadPoolSize = 1024

// threadPoolSize reads UV_THREADPOOL_SIZE the way libuv does: default 4,
// at least 1, at most 1024.
func threadPoolSize() int { return parsePoolSize(os.Getenv("UV_THREADPOOL_SIZE")) }

func parsePoolSize(v string) int {
	if v == "" {
		return 4
	}
	n, err := strconv.Atoi(v)
	switch {
	case err != nil || n < 1:
		return 1
	case n > maxThreadPoolSize:
		return maxThreadPoolSize
	}
	return n
}

// WorkPanic is what a work function's panic becomes: it is re-raised on the
// loop goroutine in place of done, so it propagates out of Run like any
// other callback's panic, with the worker's stack attached.
type WorkPanic struct {
	Value any
	Stack []byte
}

func (p *WorkPanic) Error() string {
	return fmt.Sprintf("loop: work function panicked: %v\n\n%s", p.Value, p.Stack)
}

// QueueWork runs work on a pool goroutine and then done (if not nil) on the
// loop in the poll phase, followed by AfterCallback. Queued work keeps the
// loop alive until done has run.
func (l *Loop) QueueWork(work func(), done func()) error {
	_, err := l.QueueWorkReq(work, done)
	return err
}

// WorkReq is queued work whose hold on the loop can be let go and taken
// back while it is pending: a read of a terminal the program has paused
// must not keep the process alive, as libuv's readStop lets a TTY go. Its
// methods are for the loop goroutine.
type WorkReq struct {
	l                *Loop
	unrefd, finished bool
}

// Unref lets the loop end while the work is pending (a read of a terminal
// may never return).
func (r *WorkReq) Unref() {
	if !r.unrefd && !r.finished {
		r.unrefd = true
		r.l.reqs--
	}
}

// Ref makes the pending work keep the loop alive again.
func (r *WorkReq) Ref() {
	if r.unrefd && !r.finished {
		r.unrefd = false
		r.l.reqs++
	}
}

// QueueWorkReq is QueueWork that returns the request, for Unref and Ref.
func (l *Loop) QueueWorkReq(work func(), done func()) (*WorkReq, error) {
	if l.closed {
		return nil, ErrClosed
	}
	r := &WorkReq{l: l}
	l.reqs++
	l.pool.submit(func() {
		wp := runWork(work)
		// Posting fails only once the loop is closed, and then done must not
		// run anyway.
		_ = l.Post(func() {
			r.finished = true
			if !r.unrefd {
				l.reqs--
			}
			if wp != nil {
				panic(wp)
			}
			if done != nil {
				done()
			}
		})
	})
	return r, nil
}

func runWork(work func()) (wp *WorkPanic) {
	defer func() {
		if r := recover(); r != nil {
			wp = &WorkPanic{Value: r, Stack: debug.Stack()}
		}
	}()
	work()
	return nil
}

// pool is a fixed set of goroutines started on first use. The queue is
// unbounded so that QueueWork never blocks the loop.
type pool struct {
	size    int
	mu      sync.Mutex
	cond    sync.Cond
	queue   []func()
	started bool
	stopped bool
}

func newPool(size int) *pool {
	p := &pool{size: size}
	p.cond.L = &p.mu
	return p
}

func (p *pool) submit(f func()) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return
	}
	if !p.started {
		p.started = true
		for range p.size {
			go p.worker()
		}
	}
	p.queue = append(p.queue, f)
	p.cond.Signal()
}

func (p *pool) worker() {
	for {
		p.mu.Lock()
		for len(p.queue) == 0 && !p.stopped {
			p.cond.Wait()
		}
		if p.stopped {
			p.mu.Unlock()
			return
		}
		f := p.queue[0]
		p.queue[0] = nil
		p.queue = p.queue[1:]
		p.mu.Unlock()
		f()
	}
}

// stop drops queued work. Work already running is not waited for: its
// goroutine ends when the work returns, which a read of a pipe or terminal
// may never do (libuv's threads are left to the same fate when node's
// process.exit ends the process).
func (p *pool) stop() {
	p.mu.Lock()
	p.stopped = true
	p.queue = nil
	p.cond.Broadcast()
	p.mu.Unlock()
}
