package stdlib

import "github.com/kilnjs/kiln/vm"

// tickQueue is process.nextTick's queue. A request through node:http
// queues about ten ticks, and an entry used to be a JavaScript array
// [context, callback, ...args] held by a pin: an array, a pin and a
// slice per tick. The entries now lie one after another in one slice of
// values, [async context, callback, argument count, args...], read from
// head on and rooted by the collector's host-root tracing (only the part
// not yet run). The slice goes back to its start once every entry has
// run, so a steady program queues into the same backing array.
type tickQueue struct {
	vals []vm.Value
	head int
	// depth counts the drains running (process._tickCallback drains from
	// inside a tick): only the outermost rewinds the slice, so an inner
	// drain never writes over the entry an outer one is running.
	depth int
}

func (q *tickQueue) empty() bool { return q.head == len(q.vals) }

func (q *tickQueue) push(ctx, fn vm.Value, args []vm.Value) {
	if q.depth == 0 && q.empty() {
		q.rewind()
	}
	q.vals = append(q.vals, ctx, fn, vm.Int(len(args)))
	q.vals = append(q.vals, args...)
}

// rewind empties the queue back to the start of its backing array.
func (q *tickQueue) rewind() {
	clear(q.vals)
	q.vals, q.head = q.vals[:0], 0
}

func (q *tickQueue) trace(mark func(vm.Value)) {
	for _, v := range q.vals[q.head:] {
		mark(v)
	}
}

// drainTicks runs the process.nextTick queue until it is empty (also
// process._tickCallback, which old code calls to flush it).
func (n *Node) drainTicks() {
	q := &n.ticks
	q.depth++
	defer func() { q.depth-- }()
	for !q.empty() {
		h := q.head
		ctx, fn, argc := q.vals[h], q.vals[h+1], int(q.vals[h+2].Float())
		// The call copies the arguments onto the VM's stack before anything
		// runs, so they may alias the queue, which appends beyond them.
		args := q.vals[h+3 : h+3+argc : h+3+argc]
		q.head = h + 3 + argc
		saved := n.VM.AsyncContext()
		n.VM.SetAsyncContext(ctx)
		// What the callback throws is handled in its context, as in node
		// (node:domain finds the active domain there).
		tail := n.VM.SetStackTail(nil)
		switch call := tickCallFrames[min(argc, len(tickCallFrames)-1)]; {
		case len(tail) == 1 && &tail[0] == &ticksFrame[0]:
			n.VM.SetStackTail(call)
		case len(tail) > 0 && len(n.ticksTail) > 0 && &tail[0] == &n.ticksTail[0]:
			n.VM.SetStackTail(calledPlain(call[0], tail[1:]))
		default:
			n.VM.SetStackTail(tail)
		}
		if exc := n.VM.Try(func() { n.VM.Call(fn, vm.Undefined, args...) }); exc != nil {
			n.uncaught(exc)
		}
		n.VM.SetStackTail(tail)
		n.VM.SetAsyncContext(saved)
	}
	if q.depth == 1 {
		q.rewind()
	}
}
