package stdlib

import (
	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// A worker's process.stdin: what the parent writes to worker.stdin (a
// Worker made with stdin: true), else a stream that ends at once, as in
// node; never the process's own standard input. Chunks cross as byte
// copies through the worker's loop and wait in stdinQueue until the worker
// first reads process.stdin. The stream keeps the worker alive while it
// wants data and more may come (its _read asks; a chunk or the end
// answers).
type workerStdin struct {
	queue    [][]byte // nil entry: the end
	receiver vm.Pin
	hasRecv  bool
	alive    *loop.Hook
}

// stdinChunk runs on the worker's loop: b from the parent, or the end.
func (w *worker) stdinChunk(b []byte, end bool) {
	s := &w.stdin
	if end {
		b = nil
	} else if b == nil {
		b = []byte{}
	}
	if !s.hasRecv {
		s.queue = append(s.queue, b)
		return
	}
	w.deliverStdin(b)
}

func (w *worker) deliverStdin(b []byte) {
	n := w.node
	rt := n.VM
	chunk := vm.Null
	if b != nil {
		chunk = rt.NewArrayBuffer(b)
	}
	if exc := rt.Try(func() { rt.Call(rt.Pinned(w.stdin.receiver), vm.Undefined, chunk) }); exc != nil {
		n.uncaught(exc)
	}
}

// fillWorkerStdin gives a worker's process lib workerStdin(receiver):
// receiver(chunk) gets each chunk (an ArrayBuffer) the parent writes and null at the end;
// and workerStdinRef(on), which keeps the worker alive while on.
func fillWorkerStdin(n *Node, b vm.Value, w *worker, enabled bool) {
	rt := n.VM
	rt.DefineMethod(b, "workerStdin", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := &w.stdin
		s.receiver, s.hasRecv = rt.Pin(vm.Arg(args, 0)), true
		if !enabled {
			s.queue = append(s.queue, nil)
		}
		queue := s.queue
		s.queue = nil
		for _, c := range queue {
			w.deliverStdin(c)
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "workerStdinRef", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := &w.stdin
		if s.alive == nil {
			s.alive = n.Loop.NewPrepare(func() {})
		}
		if rt.ToBoolean(vm.Arg(args, 0)) {
			s.alive.Start()
		} else {
			s.alive.Stop()
		}
		return vm.Undefined
	})
}
