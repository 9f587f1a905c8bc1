package loop

import (
	"container/heap"
	"time"
)

// Timers follow Node's lib/internal/timers.js rather than libuv's timer heap,
// because Node's observable order comes from that file:
//
//   - Every delay has one list; a timer is appended to its delay's list, so a
//     list is ordered by start time and its head expires first.
//   - The lists sit in a priority queue ordered by expiry, ties broken by an
//     id that is handed out when the list is created and again whenever it is
//     re-queued. Two lists due at the same millisecond run in that id order.
//   - A pass runs, list by list, every timer whose start+delay ≤ now, with now
//     fixed for the pass. A timer created during the pass starts at now and
//     has a delay ≥ 1 ms, so it waits for a later pass.
//   - A list's expiry is refreshed lazily: when its head was removed the list
//     may come up early, find nothing due, and be re-queued with
//     max(head.start+delay, now+1ms) and a new id, exactly as Node does.

// minDelay is Node's floor for timer delays: setTimeout(fn, 0) waits 1 ms.
const minDelay = time.Millisecond

type timerState uint8

const (
	timerIdle   timerState = iota // created or fired; Refresh re-arms it
	timerActive                   // in its delay's list
	timerClosed                   // Close was called; Refresh does nothing
)

// Timer is a one-shot or repeating timer (Node's Timeout).
type Timer struct {
	l          *Loop
	cb         func()
	delay      time.Duration
	repeat     bool
	start      time.Duration
	state      timerState
	unref      bool
	list       *timerList
	prev, next *Timer
}

type timerList struct {
	delay      time.Duration
	expiry     time.Duration
	id         uint64
	index      int // position in the priority queue
	head, tail *Timer
}

// StartTimer starts a timer that calls cb after delay (at least 1 ms) and,
// if repeat is set, every delay after that, like setTimeout/setInterval. The
// delay counts from Now, the iteration's cached time.
func (l *Loop) StartTimer(delay time.Duration, repeat bool, cb func()) *Timer {
	if delay < minDelay {
		delay = minDelay
	}
	t := &Timer{l: l, cb: cb, delay: delay, repeat: repeat}
	l.insertTimer(t, l.now)
	return t
}

// Close cancels the timer (clearTimeout). It cannot be re-armed afterwards.
func (t *Timer) Close() {
	if t.state == timerActive {
		t.l.unlinkTimer(t)
	}
	t.state = timerClosed
}

// Refresh restarts the timer's delay from Now, keeping the callback, as
// Node's timeout.refresh(); it re-arms a one-shot timer that already fired.
// It does nothing on a closed timer.
func (t *Timer) Refresh() {
	if t.state == timerClosed {
		return
	}
	if t.state == timerActive {
		t.l.unlinkTimer(t)
	}
	t.l.insertTimer(t, t.l.now)
}

// Active reports whether the timer is waiting to fire.
func (t *Timer) Active() bool { return t.state == timerActive }

// Ref makes the timer keep the loop alive while it is active (the default).
func (t *Timer) Ref() {
	if t.unref && t.state == timerActive {
		t.l.refs++
	}
	t.unref = false
}

// Unref lets the loop exit while the timer is still active.
func (t *Timer) Unref() {
	if !t.unref && t.state == timerActive {
		t.l.refs--
	}
	t.unref = true
}

// HasRef reports whether the timer is referenced.
func (t *Timer) HasRef() bool { return !t.unref }

// Delay returns the timer's delay after the 1 ms floor.
func (t *Timer) Delay() time.Duration { return t.delay }

// insertTimer is Node's insert(): append to the delay's list, creating and
// queueing the list if the delay has none.
func (l *Loop) insertTimer(t *Timer, start time.Duration) {
	t.start = start
	list := l.timerLists[t.delay]
	if list == nil {
		list = &timerList{delay: t.delay, expiry: start + t.delay, id: l.nextTimerID}
		l.nextTimerID++
		l.timerLists[t.delay] = list
		heap.Push(&l.timerQueue, list)
	}
	t.list = list
	t.prev, t.next = list.tail, nil
	if list.tail != nil {
		list.tail.next = t
	} else {
		list.head = t
	}
	list.tail = t
	t.state = timerActive
	if !t.unref {
		l.refs++
	}
}

// unlinkTimer takes an active timer out of its list and drops the list once
// it is empty (Node's unenroll).
func (l *Loop) unlinkTimer(t *Timer) {
	list := t.list
	if t.prev != nil {
		t.prev.next = t.next
	} else {
		list.head = t.next
	}
	if t.next != nil {
		t.next.prev = t.prev
	} else {
		list.tail = t.prev
	}
	t.prev, t.next, t.list = nil, nil, nil
	t.state = timerIdle
	if !t.unref {
		l.refs--
	}
	if list.head == nil && list.index >= 0 {
		heap.Remove(&l.timerQueue, list.index)
		delete(l.timerLists, list.delay)
	}
}

// runTimers is Node's processTimers: run every list whose expiry has come, in
// queue order, with now fixed for the whole pass.
func (l *Loop) runTimers() {
	now := l.now
	for len(l.timerQueue) > 0 && l.timerQueue[0].expiry <= now {
		l.runTimerList(l.timerQueue[0], now)
	}
}

// runTimerList is Node's listOnTimeout.
func (l *Loop) runTimerList(list *timerList, now time.Duration) {
	for t := list.head; t != nil; t = list.head {
		if now-t.start < list.delay {
			// The rest of the list is not due: re-queue it behind the lists
			// already due at the same time.
			list.expiry = max(t.start+list.delay, now+time.Millisecond)
			list.id = l.nextTimerID
			l.nextTimerID++
			heap.Fix(&l.timerQueue, list.index)
			return
		}
		l.fireTimer(t, now)
	}
}

// fireTimer runs one due timer. A repeating timer is re-inserted after its
// callback, starting from the time captured before it (Node does the same,
// so a timer the callback creates with the same delay goes first). The
// re-insertion is deferred so that a panicking interval keeps running.
func (l *Loop) fireTimer(t *Timer, now time.Duration) {
	list := t.list
	l.unlinkTimer(t)
	if t.repeat {
		start := l.now
		defer func() {
			switch t.state {
			case timerClosed:
			case timerActive: // refreshed by its own callback
				l.unlinkTimer(t)
				l.insertTimer(t, start)
			default:
				l.insertTimer(t, start)
			}
		}()
	}
	t.cb()
	l.afterDrain(l.timerDrain(list, now))
}

// timerDrain is where node drains after a callback of list in the timers
// pass at now: before the list's next timer if that is due, else before
// the next due list's first, else after the pass.
func (l *Loop) timerDrain(list *timerList, now time.Duration) Drain {
	if list.index >= 0 && list.head != nil && now-list.head.start >= list.delay {
		return DrainBeforeTimer
	}
	for _, q := range l.timerQueue {
		if q != list && q.expiry <= now {
			return DrainBeforeTimerList
		}
	}
	return DrainAfter
}

// timerQueue is a binary heap of lists ordered by (expiry, id).
type timerQueue []*timerList

func (q timerQueue) Len() int { return len(q) }

func (q timerQueue) Less(i, j int) bool {
	if q[i].expiry != q[j].expiry {
		return q[i].expiry < q[j].expiry
	}
	return q[i].id < q[j].id
}

func (q timerQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}

func (q *timerQueue) Push(x any) {
	list := x.(*timerList)
	list.index = len(*q)
	*q = append(*q, list)
}

func (q *timerQueue) Pop() any {
	old := *q
	list := old[len(old)-1]
	old[len(old)-1] = nil
	*q = old[:len(old)-1]
	list.index = -1
	return list
}
