package vm

import (
	"math"
	"sync"
	"time"
	"unsafe"

	"github.com/kilnjs/kiln/internal/jsnum"
)

// Atomics.wait, Atomics.waitAsync and Atomics.notify (ECMA-262 §25.4.3.14
// DoWait, §25.4.15). The spec's WaiterList per shared memory location is
// one process-wide map from the location's address to its waiters in
// arrival order, under one mutex, the spec's critical section: waiters
// come from runtimes on any goroutine. An address names (block, byte
// index) for as long as a waiter holds it, since Go's heap does not move
// and the waiter keeps the memory alive.
//
// A synchronous waiter blocks its goroutine in a select on its wake
// channel, its timeout (Go timers run on the monotonic clock) and the
// runtime's interrupt channel, so that worker.terminate() ends a thread
// that waits. An asynchronous waiter's promise is settled on its own
// runtime through the host (WaitHost).

// WaitHost is implemented by a Host with an event loop, for
// Atomics.waitAsync.
type WaitHost interface {
	// PostToAgent runs f on the runtime's goroutine as the host runs a
	// callback (ticks and microtasks after it); any goroutine may call it.
	// As in node, a pending waitAsync does not keep the host alive: where
	// the program ends first, f is dropped and the promise never settles.
	PostToAgent(f func())
}

type waiter struct {
	key    unsafe.Pointer // keeps the memory alive while listed
	wake   chan struct{}  // a synchronous waiter's wake-up, buffered
	settle func(ok bool)  // an asynchronous waiter's
	timer  *time.Timer    // an asynchronous waiter's timeout
}

var waiters struct {
	sync.Mutex
	lists map[unsafe.Pointer][]*waiter
}

// waiterKey is the address that names a shared memory location.
func waiterKey(elem []byte) unsafe.Pointer { return unsafe.Pointer(&elem[0]) }

// addWaiter appends w to its list; the caller holds waiters.
func addWaiter(w *waiter) {
	if waiters.lists == nil {
		waiters.lists = map[unsafe.Pointer][]*waiter{}
	}
	waiters.lists[w.key] = append(waiters.lists[w.key], w)
}

// removeWaiter takes w off its list, reporting false when a notify took
// it first.
func removeWaiter(w *waiter) bool {
	waiters.Lock()
	defer waiters.Unlock()
	list := waiters.lists[w.key]
	for i, x := range list {
		if x == w {
			list = append(list[:i:i], list[i+1:]...)
			if len(list) == 0 {
				delete(waiters.lists, w.key)
			} else {
				waiters.lists[w.key] = list
			}
			return true
		}
	}
	return false
}

// notifyWaiters wakes up to count of the waiters on key, first come first
// woken, and returns how many it woke.
func notifyWaiters(key unsafe.Pointer, count float64) int {
	waiters.Lock()
	list := waiters.lists[key]
	n := len(list)
	if count < float64(n) {
		n = int(count)
	}
	woken := list[:n:n]
	if n == len(list) {
		delete(waiters.lists, key)
	} else {
		waiters.lists[key] = list[n:]
	}
	for _, w := range woken {
		if w.timer != nil {
			w.timer.Stop()
		}
	}
	waiters.Unlock()
	for _, w := range woken {
		if w.wake != nil {
			w.wake <- struct{}{}
		} else {
			w.settle(true)
		}
	}
	return n
}

// doWait is DoWait (§25.4.3.14) for Atomics.wait (async false) and
// Atomics.waitAsync.
func (rt *Runtime) doWait(args []Value, async bool) Value {
	// Steps 1-4: whether the memory is shared is checked before the index
	// is converted.
	o, n := rt.atomicArray(Arg(args, 0), true)
	if !rt.bufferOf(o).shared {
		rt.throwTypeError("%s is not a shared typed array.", rt.v8Show(Arg(args, 0)))
	}
	i := rt.atomicIndex(n, Arg(args, 1))
	d := rt.hostOf(o).(*taData)
	var v uint64
	if isBigKind(d.kind) {
		v = rt.elemBits(d.kind, rt.NewBigInt(rt.ToBigInt(Arg(args, 2))))
	} else {
		v = uint64(jsnum.ToUint32(rt.ToNumber(Arg(args, 2))))
	}
	timeout := math.Inf(1)
	if t := Arg(args, 3); t != Undefined {
		if q := rt.ToNumber(t); !math.IsNaN(q) {
			timeout = math.Max(q, 0)
		}
	}
	var host WaitHost
	if async {
		h, ok := rt.Host.(WaitHost)
		if !ok {
			rt.throwTypeError("Atomics.waitAsync needs a host with an event loop")
		}
		host = h
	}
	d, data := rt.atomicRevalidate(o, i)
	elem := taElem(d, data, i)
	w := &waiter{key: waiterKey(elem)}

	waiters.Lock()
	if atomicLoad(elem) != v {
		waiters.Unlock()
		return rt.waitResult(async, "not-equal")
	}
	if async && timeout == 0 {
		waiters.Unlock()
		return rt.waitResult(async, "timed-out")
	}
	if !async {
		w.wake = make(chan struct{}, 1)
		addWaiter(w)
		waiters.Unlock()
		return rt.atom(rt.suspend(w, timeout))
	}
	p, _, _ := rt.newPromiseCapability()
	pin := rt.Pin(p)
	w.settle = func(ok bool) {
		result := "timed-out"
		if ok {
			result = "ok"
		}
		host.PostToAgent(func() {
			p := rt.Pinned(pin)
			rt.Unpin(pin)
			rt.resolvePromise(p, rt.atom(result))
		})
	}
	if d, finite := waitDuration(timeout); finite {
		w.timer = time.AfterFunc(d, func() {
			if removeWaiter(w) {
				w.settle(false)
			}
		})
	}
	addWaiter(w)
	waiters.Unlock()
	res := rt.NewObject()
	rt.CreateDataProperty(res, "async", True)
	rt.CreateDataProperty(res, "value", p)
	return res
}

// WaitOn blocks the runtime's thread on the shared memory location at loc
// as Atomics.wait does, in the same list of waiters, for the host's own
// waits on shared memory (WebAssembly's memory.atomic.wait): check runs
// under the list's lock, and a false stops the wait with "not-equal";
// otherwise the result is "ok" or "timed-out" after timeout milliseconds
// (+Inf for none). loc must point into memory that a SharedArrayBuffer
// may hold, so that Atomics.notify on the same element finds it.
func (rt *Runtime) WaitOn(loc unsafe.Pointer, check func() bool, timeout float64) string {
	waiters.Lock()
	if !check() {
		waiters.Unlock()
		return "not-equal"
	}
	w := &waiter{key: loc, wake: make(chan struct{}, 1)}
	addWaiter(w)
	waiters.Unlock()
	return rt.suspend(w, timeout)
}

// NotifyAt wakes up to count of the waiters on the shared memory location
// at loc, as Atomics.notify does, and returns how many it woke.
func NotifyAt(loc unsafe.Pointer, count float64) int { return notifyWaiters(loc, count) }

// waitResult is what wait or waitAsync returns without waiting.
func (rt *Runtime) waitResult(async bool, s string) Value {
	if !async {
		return rt.atom(s)
	}
	res := rt.NewObject()
	rt.CreateDataProperty(res, "async", False)
	rt.CreateDataProperty(res, "value", rt.atom(s))
	return res
}

// suspend blocks until w is notified ("ok") or its timeout passes
// ("timed-out"); an interrupt ends the wait with the runtime's
// termination.
func (rt *Runtime) suspend(w *waiter, ms float64) string {
	var timeout, idle <-chan time.Time
	if d, finite := waitDuration(ms); finite {
		t := time.NewTimer(d)
		defer t.Stop()
		timeout = t.C
	} else {
		// A wait no thread will end (the worker that would notify has
		// died) blocks until a signal ends the process, as in node. With
		// every goroutine blocked, Go would call it a deadlock and die
		// with its own report instead: a pending timer keeps it from
		// deciding so.
		t := time.NewTicker(time.Hour)
		defer t.Stop()
		idle = t.C
	}
	for {
		select {
		case <-w.wake:
			return "ok"
		case <-idle:
		case <-timeout:
			if removeWaiter(w) {
				return "timed-out"
			}
			return "ok"
		case <-rt.wake:
			if rt.interrupt.Load() {
				removeWaiter(w)
			}
			rt.honourInterrupt()
		}
	}
}

// waitDuration converts a timeout in milliseconds; false when it is too
// long to ever pass.
func waitDuration(ms float64) (time.Duration, bool) {
	if ms >= float64(math.MaxInt64/int64(time.Millisecond)) {
		return 0, false
	}
	return time.Duration(ms * float64(time.Millisecond)), true
}
