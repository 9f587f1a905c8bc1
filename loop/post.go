package loop

// Cross-goroutine wake-ups.
//
// Post appends under mu and then, only if no wake-up is outstanding
// (wakePending flips false→true), writes to the poller's wake-up object. The
// loop clears wakePending after the poller has consumed the wake-up and before
// it takes the queue, so every callback appended after a take either finds a
// wake-up outstanding or issues one: none is stranded, and a burst of posts
// costs one write. A post that lands between the clear and the take is run
// by that take and its wake-up only causes one empty poll.

// Post queues cb to run on the loop goroutine in the poll phase, followed by
// AfterCallback. Any goroutine may call it. It returns ErrClosed once the loop
// is closed. Post does not keep the loop alive by itself (see the package doc).
func (l *Loop) Post(cb func()) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closedShared {
		return ErrClosed
	}
	l.posted = append(l.posted, cb)
	if l.wakePending.CompareAndSwap(false, true) {
		l.wake()
	}
	return nil
}

// wake writes to the poller's wake-up object; the caller holds mu. A failed
// write can only mean the object is already signalled (an eventfd counter
// cannot overflow from one write per drain), so the error is not actionable.
func (l *Loop) wake() {
	l.wakeups.Add(1)
	_ = l.poller.wake()
}

// postedLen counts posted callbacks not yet run. runq and runqPos belong to
// the loop goroutine; only posted is shared.
func (l *Loop) postedLen() int {
	l.mu.Lock()
	n := len(l.posted)
	l.mu.Unlock()
	return n + len(l.runq) - l.runqPos
}

// drainPosted runs the callbacks posted so far. Like batch, a panic leaves
// the rest queued for the next drain.
func (l *Loop) drainPosted() {
	l.wakePending.Store(false)
	if l.runqPos == len(l.runq) {
		l.mu.Lock()
		l.runq, l.posted = l.posted, l.runq[:0]
		l.mu.Unlock()
		l.runqPos = 0
	}
	for l.runqPos < len(l.runq) {
		f := l.runq[l.runqPos]
		l.runq[l.runqPos] = nil
		l.runqPos++
		f()
		l.after()
	}
}
