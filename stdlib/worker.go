package stdlib

import (
	"bytes"
	"io"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// worker_threads.Worker: each worker is a Node of its own (a vm.Runtime
// and a loop) running on its own goroutine, locked to an OS thread as the
// loop requires. Nothing of one runtime may be touched from another
// goroutine, so everything that crosses is Go data: messages as
// vm.Serialized, and closures posted to the receiving loop (loop.Post,
// safe from any goroutine, run in order, each followed by the ticks and
// microtasks as a callback is).
//
// Post does not keep a loop alive. The parent keeps itself alive with a
// referenced hook while a ref'd worker runs, as node's worker handle does;
// the worker stays alive while its parentPort is referenced (a 'message'
// listener), through the port's own keep-alive in lib/internal/messaging.js.

// workerLink is what a worker's Node holds of its parent.
type workerLink struct {
	threadID int64
	name     string
	data     *vm.Serialized
	envData  *vm.Serialized // the parent's environment data, a Map
	env      *envStore      // the parent's variables, for env: SHARE_ENV
	stdin    bool           // worker.stdin feeds the worker's process.stdin
	w        *worker
	// threadIDs numbers the workers of one program, nested ones included,
	// as node numbers those of a process (1, 2, ...); the main Node owns it.
	threadIDs *atomic.Int64
	// toParent runs f on the parent's loop.
	toParent func(f func())
	// limits are the worker's resourceLimits, in node's order.
	limits []resourceLimit
}

// resourceLimit is one of a worker's resourceLimits, in megabytes.
type resourceLimit struct {
	name string
	mb   float64
}

// workerConfig is what the worker runs.
type workerConfig struct {
	file, code string
	eval       bool
	// stdout and stderr: the worker's output goes to the Worker's
	// streams in the parent rather than to the parent's own.
	stdout, stderr bool
}

// worker is one worker as both goroutines see it.
type worker struct {
	// The mailbox towards the worker, shared.
	mu    sync.Mutex
	lp    *loop.Loop // the worker's loop once it runs
	early []func()   // posted before it ran
	ended bool
	node  *Node
	// ending is set by terminate.
	ending atomic.Bool

	// The parent's side, on its goroutine only.
	parent   *Node
	dispatch vm.Pin
	alive    *loop.Hook
	refed    bool
	exited   bool

	// The worker's side, on its goroutine only: messages from the parent
	// that came before parentPort was made, and parentPort's receiver.
	pending  []*vm.Serialized
	receiver vm.Pin
	hasRecv  bool
	stdin    workerStdin
}

// toWorker runs f on the worker's loop once the worker is set up; f is
// dropped after the worker ended.
func (w *worker) toWorker(f func()) {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch {
	case w.ended:
	case w.lp == nil:
		w.early = append(w.early, f)
	default:
		_ = w.lp.Post(f)
	}
}

// terminate stops the worker at its next safepoint or, where it waits in
// its loop, at the next callback there.
func (w *worker) terminate() {
	w.ending.Store(true)
	w.mu.Lock()
	if w.node != nil && !w.ended {
		w.node.VM.Interrupt()
	}
	w.mu.Unlock()
	w.toWorker(func() { panic(exitPanic{1}) })
}

// lineWriter passes a worker's output on whole lines at a time, so that
// the lines of two threads never mix within a line. Output that goes to
// a Worker's stream (raw) has no other thread's lines to mix with and
// passes on as written, as a pipe would.
type lineWriter struct {
	buf  []byte
	emit func([]byte)
	raw  bool
}

func (lw *lineWriter) Write(p []byte) (int, error) {
	if lw.raw {
		lw.emit(bytes.Clone(p))
		return len(p), nil
	}
	lw.buf = append(lw.buf, p...)
	if i := bytes.LastIndexByte(lw.buf, '\n'); i >= 0 {
		lw.emit(bytes.Clone(lw.buf[:i+1]))
		lw.buf = append(lw.buf[:0], lw.buf[i+1:]...)
	}
	return len(p), nil
}

func (lw *lineWriter) flush() {
	if len(lw.buf) > 0 {
		lw.emit(bytes.Clone(lw.buf))
		lw.buf = nil
	}
}

func fillWorker(n *Node, b vm.Value) {
	rt := n.VM
	if l := n.opts.worker; l != nil {
		// info is held in Go while the deserializers run JavaScript.
		defer rt.HostScope()()
		info := rt.NewObject()
		rt.Keep(info)
		rt.CreateDataProperty(info, "threadId", vm.Int(int(l.threadID)))
		rt.CreateDataProperty(info, "name", rt.NewString(l.name))
		data, _ := n.deserialize(l.data)
		rt.CreateDataProperty(info, "workerData", data)
		envData, _ := n.deserialize(l.envData)
		rt.CreateDataProperty(info, "environmentData", envData)
		limits := rt.NewObject()
		for _, lim := range l.limits {
			rt.CreateDataProperty(limits, lim.name, vm.Float(lim.mb))
		}
		rt.CreateDataProperty(info, "resourceLimits", limits)
		rt.DefineValue(b, "parent", info)
		w := l.w
		rt.DefineMethod(b, "postToParent", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			msg := n.serialize(vm.Arg(args, 0), vm.Arg(args, 1), vm.Arg(args, 2))
			l.toParent(func() { w.event("message", msg) })
			return vm.Undefined
		})
		rt.DefineMethod(b, "setReceiver", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			w.receiver, w.hasRecv = rt.Pin(vm.Arg(args, 0)), true
			pending := w.pending
			w.pending = nil
			for _, m := range pending {
				data, ports := n.deserialize(m)
				rt.Call(rt.Pinned(w.receiver), vm.Undefined, data, rt.NewArray(ports))
			}
			return vm.Undefined
		})
	} else if n.opts.hooksThread {
		info := rt.NewObject()
		rt.CreateDataProperty(info, "threadId", vm.Int(int(n.threadIDs.Add(1))))
		rt.CreateDataProperty(info, "name", rt.NewString(""))
		rt.CreateDataProperty(info, "workerData", vm.Undefined)
		rt.DefineValue(b, "parent", info)
	} else {
		rt.DefineValue(b, "parent", vm.Null)
	}
	rt.DefineMethod(b, "spawn", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return n.spawnWorker(vm.Arg(args, 0), vm.Arg(args, 1))
	})
}

// serialize clones a message for another runtime, moving the ArrayBuffers
// and MessagePorts of the transfer list (an array, or undefined) as
// source.postMessage does (source is undefined for a Worker's and
// parentPort's messages): the ports become sides of cross-thread pipes
// (ports.go) and are detached here once the clone succeeded.
func (n *Node) serialize(v, transfer, source vm.Value) *vm.Serialized {
	rt := n.VM
	messaging := n.lib("internal/messaging")
	if !transfer.IsObject() {
		transfer = rt.NewArray(nil)
	}
	prep := rt.Call(rt.GetS(messaging, "prepareTransfer"), vm.Undefined, transfer, source)
	rt.Keep(prep)
	ports, ids := rt.GetS(prep, "ports"), rt.ArrayValues(rt.GetS(prep, "ends"))
	var host []vm.HostTransfer
	for i, p := range rt.ArrayValues(ports) {
		host = append(host, vm.HostTransfer{Object: p, Data: n.ports[int(rt.ToNumber(ids[i]))]})
	}
	open := rt.ArrayValues(rt.Call(rt.GetS(messaging, "openPorts"), vm.Undefined))
	m := rt.Serialize(v, rt.ArrayValues(rt.GetS(prep, "buffers")), host, open, n.dataCloneError, func() vm.Value {
		return n.newNodeError(vm.ErrType, "ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST",
			"Object that needs transfer was found in message but not listed in transferList")
	})
	rt.Call(rt.GetS(messaging, "detachPorts"), vm.Undefined, ports)
	return m
}

// spawnWorker starts a worker for the Worker object whose events go to
// dispatch(kind, value). opts is worker_threads.js's normalised options.
func (n *Node) spawnWorker(opts, dispatch vm.Value) vm.Value {
	rt := n.VM
	data := n.serialize(rt.GetS(opts, "workerData"), rt.GetS(opts, "transferList"), vm.Undefined)
	envData := n.serialize(rt.GetS(opts, "environmentData"), vm.Undefined, vm.Undefined)
	cfg := workerConfig{
		eval:   rt.ToBoolean(rt.GetS(opts, "eval")),
		stdout: rt.ToBoolean(rt.GetS(opts, "stdout")),
		stderr: rt.ToBoolean(rt.GetS(opts, "stderr")),
	}
	argv := []string{"[worker eval]"}
	if cfg.eval {
		cfg.code = rt.ToGoString(rt.GetS(opts, "code"))
	} else {
		cfg.file = rt.ToGoString(rt.GetS(opts, "file"))
		argv[0] = cfg.file
	}
	for _, a := range rt.ArrayValues(rt.GetS(opts, "argv")) {
		argv = append(argv, rt.ToGoString(a))
	}
	env := []string{}
	for _, kv := range rt.ArrayValues(rt.GetS(opts, "env")) {
		env = append(env, rt.ToGoString(kv))
	}
	w := &worker{parent: n, dispatch: rt.Pin(dispatch), refed: true}
	w.alive = n.Loop.NewPrepare(func() {})
	w.alive.Start()
	n.workers = append(n.workers, w)
	parentLoop := n.Loop
	link := &workerLink{
		threadID: n.threadIDs.Add(1), threadIDs: n.threadIDs, name: rt.ToGoString(rt.GetS(opts, "name")), data: data, envData: envData, w: w,
		toParent: func(f func()) { _ = parentLoop.Post(f) },
	}
	link.stdin = rt.ToBoolean(rt.GetS(opts, "stdin"))
	if rt.ToBoolean(rt.GetS(opts, "shareEnv")) {
		link.env = n.shareEnv()
	}
	limits := rt.GetS(opts, "resourceLimits")
	for _, name := range []string{"maxYoungGenerationSizeMb", "maxOldGenerationSizeMb", "codeRangeSizeMb", "stackSizeMb"} {
		link.limits = append(link.limits, resourceLimit{name, rt.ToNumber(rt.GetS(limits, name))})
	}
	child := n.opts
	child.Argv, child.Env, child.worker = argv, env, link
	// The worker's heap limit is its old generation's (Kiln's heap is one
	// space), as node ends a worker that outgrows it.
	child.MaxHeapBytes = int64(link.limits[1].mb * (1 << 20))
	child.ExecPath = n.execPath()
	go w.run(child, cfg)

	h := rt.NewObject()
	rt.CreateDataProperty(h, "threadId", vm.Int(int(link.threadID)))
	rt.DefineMethod(h, "postMessage", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if w.exited {
			return vm.Undefined
		}
		msg := n.serialize(vm.Arg(args, 0), vm.Arg(args, 1), vm.Undefined)
		w.toWorker(func() { w.receive(msg) })
		return vm.Undefined
	})
	// writeStdin(chunk): an ArrayBuffer view for the worker's
	// process.stdin, or null for its end.
	rt.DefineMethod(h, "writeStdin", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if w.exited {
			return vm.Undefined
		}
		chunk := vm.Arg(args, 0)
		if chunk == vm.Null {
			w.toWorker(func() { w.stdinChunk(nil, true) })
			return vm.Undefined
		}
		data, _ := rt.BufferBytes(chunk)
		b := bytes.Clone(data)
		w.toWorker(func() { w.stdinChunk(b, false) })
		return vm.Undefined
	})
	// heapSnapshot(): a snapshot of the worker's heap, taken on its loop
	// (between callbacks: nothing unrooted) and sent back as a
	// "heapSnapshot" event. If the worker ends first, its exit answers.
	rt.DefineMethod(h, "heapSnapshot", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		w.toWorker(func() {
			b := w.node.heapSnapshotBytes(vm.HeapSnapshotOptions{})
			_ = parentLoop.Post(func() { w.chunk("heapSnapshot", b) })
		})
		return vm.Undefined
	})
	rt.DefineMethod(h, "terminate", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		if !w.exited {
			w.terminate()
		}
		return vm.Undefined
	})
	rt.DefineMethod(h, "ref", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		w.refed = rt.ToBoolean(vm.Arg(args, 0))
		if w.refed && !w.exited {
			w.alive.Start()
		} else {
			w.alive.Stop()
		}
		return vm.Undefined
	})
	return h
}

// run is the worker's goroutine.
func (w *worker) run(opts Options, cfg workerConfig) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	toParent := opts.worker.toParent
	parent := w.parent
	output := func(toStream bool, kind string, parentOut io.Writer) *lineWriter {
		if toStream {
			return &lineWriter{raw: true, emit: func(b []byte) { toParent(func() { w.chunk(kind, b) }) }}
		}
		return &lineWriter{emit: func(b []byte) { toParent(func() { parentOut.Write(b) }) }}
	}
	out := output(cfg.stdout, "stdout", parent.opts.Stdout)
	errOut := output(cfg.stderr, "stderr", parent.opts.Stderr)
	opts.Stdout, opts.Stderr = out, errOut
	code := 1
	if n, err := New(opts); err != nil {
		errOut.Write([]byte("kiln: worker: " + err.Error() + "\n"))
	} else {
		w.mu.Lock()
		w.node, w.lp = n, n.Loop
		for _, f := range w.early {
			_ = n.Loop.Post(f)
		}
		w.early = nil
		w.mu.Unlock()
		if w.ending.Load() {
			n.VM.Interrupt()
		}
		toParent(func() { w.event("online", nil) })
		if cfg.eval {
			code = n.runEval(cfg.code, "[worker eval]", false)
		} else {
			code = n.RunMain(cfg.file)
		}
		if w.ending.Load() {
			code = 1
		}
		w.mu.Lock()
		w.ended, w.lp = true, nil
		w.mu.Unlock()
		n.Close()
	}
	out.flush()
	errOut.flush()
	toParent(func() { w.exit(code) })
}

// receive runs on the worker's loop: a message from the parent goes to
// parentPort, or waits for parentPort to be made.
func (w *worker) receive(m *vm.Serialized) {
	if !w.hasRecv {
		w.pending = append(w.pending, m)
		return
	}
	n := w.node
	rt := n.VM
	if exc := rt.Try(func() {
		data, ports := n.deserialize(m)
		rt.Call(rt.Pinned(w.receiver), vm.Undefined, data, rt.NewArray(ports))
	}); exc != nil {
		n.uncaught(exc)
	}
}

// event runs on the parent's loop: it hands the Worker object one of its
// events, with msg deserialized here.
func (w *worker) event(kind string, msg *vm.Serialized) {
	n := w.parent
	rt := n.VM
	if exc := rt.Try(func() {
		v := vm.Undefined
		if msg != nil {
			v, _ = n.deserialize(msg)
		}
		rt.Call(rt.Pinned(w.dispatch), vm.Undefined, rt.NewString(kind), v)
	}); exc != nil {
		rt.SetAsyncContext(vm.Undefined)
		n.uncaught(exc)
	}
}

// chunk runs on the parent's loop: output of the worker for the Worker's
// stdout or stderr stream.
func (w *worker) chunk(kind string, b []byte) {
	n := w.parent
	rt := n.VM
	if exc := rt.Try(func() {
		rt.Call(rt.Pinned(w.dispatch), vm.Undefined, rt.NewString(kind), rt.NewArrayBuffer(b))
	}); exc != nil {
		n.uncaught(exc)
	}
}

// exit runs on the parent's loop when the worker has ended.
func (w *worker) exit(code int) {
	n := w.parent
	w.exited = true
	w.alive.Stop()
	for i, x := range n.workers {
		if x == w {
			n.workers = append(n.workers[:i], n.workers[i+1:]...)
			break
		}
	}
	rt := n.VM
	defer rt.Unpin(w.dispatch)
	for _, f := range []func(){
		func() { rt.Call(rt.GetS(n.lib("internal/messaging"), "flushPorts"), vm.Undefined) },
		func() { rt.Call(rt.Pinned(w.dispatch), vm.Undefined, rt.NewString("exit"), vm.Int(code)) },
	} {
		if exc := rt.Try(f); exc != nil {
			n.uncaught(exc)
		}
	}
}

// workerUncaught sends an exception no JavaScript of the worker caught to
// the parent as the Worker's 'error' event, and ends the worker with code 1.
func (n *Node) workerUncaught(exc *vm.Exception) {
	l := n.opts.worker
	rt := n.VM
	var msg *vm.Serialized
	if rt.Try(func() { msg = rt.SerializeException(exc.Value, n.dataCloneError) }) != nil {
		msg = nil
		s := ""
		rt.Try(func() { s = rt.ToGoString(exc.Value) })
		rt.Try(func() { msg = rt.Serialize(rt.NewString(s), nil, nil, nil, n.dataCloneError, nil) })
	}
	l.toParent(func() { l.w.event("error", msg) })
	n.exitCode = 1
	n.emitExit()
	panic(exitPanic{n.exitCode})
}

// endWorkers terminates the workers still running when the program ends,
// as node does.
func (n *Node) endWorkers() {
	if h := n.modules.esm.hooks; h != nil {
		h.stop()
	}
	for _, w := range n.workers {
		w.terminate()
	}
}
