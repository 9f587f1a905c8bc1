package loop

// Immediate is a callback queued for the check phase (Node's setImmediate).
// A referenced immediate keeps the loop alive and stops poll from blocking,
// as Node's immediate idle handle does; an unreferenced one does neither and
// runs only if the loop iterates anyway.
type Immediate struct {
	l          *Loop
	cb         func()
	q          *immQueue // nil once run or closed
	unref      bool
	prev, next *Immediate
}

type immQueue struct{ head, tail *Immediate }

func (q *immQueue) push(i *Immediate) {
	i.q = q
	i.prev, i.next = q.tail, nil
	if q.tail != nil {
		q.tail.next = i
	} else {
		q.head = i
	}
	q.tail = i
}

func (q *immQueue) remove(i *Immediate) {
	if i.prev != nil {
		i.prev.next = i.next
	} else {
		q.head = i.next
	}
	if i.next != nil {
		i.next.prev = i.prev
	} else {
		q.tail = i.prev
	}
	i.prev, i.next, i.q = nil, nil, nil
}

// SetImmediate queues cb for the next check phase.
func (l *Loop) SetImmediate(cb func()) *Immediate {
	i := &Immediate{l: l, cb: cb}
	l.imm.push(i)
	l.immRefs++
	return i
}

// Close cancels the immediate (clearImmediate); it does nothing once the
// immediate has run.
func (i *Immediate) Close() {
	if i.q == nil {
		return
	}
	i.q.remove(i)
	if !i.unref {
		i.l.immRefs--
	}
}

// Ref makes a queued immediate keep the loop alive (the default).
func (i *Immediate) Ref() {
	if i.unref && i.q != nil {
		i.l.immRefs++
	}
	i.unref = false
}

// Unref lets the loop exit, and poll block, with the immediate still queued.
func (i *Immediate) Unref() {
	if !i.unref && i.q != nil {
		i.l.immRefs--
	}
	i.unref = true
}

// HasRef reports whether the immediate is referenced.
func (i *Immediate) HasRef() bool { return !i.unref }

// runImmediates is Node's processImmediate: it runs the immediates queued
// before the phase began; those queued meanwhile wait for the next check
// phase. After a panic the untouched rest stays in immRun and runs first.
func (l *Loop) runImmediates() {
	if l.immRun.head == nil {
		l.imm, l.immRun = l.immRun, l.imm
	}
	for i := l.immRun.head; i != nil; i = l.immRun.head {
		l.immRun.remove(i)
		if !i.unref {
			l.immRefs--
		}
		i.cb()
		d := DrainAfter
		if l.immRun.head != nil {
			d = DrainBeforeImmediate
		}
		l.afterDrain(d)
	}
}
