package stdlib

// What the Go embedding API (package kiln, the repository's root) needs of
// a Node beyond running a whole program: to run the event loop after code
// a host ran, until it is idle or until something the host waits for has
// happened, and a require for the host itself.

import (
	"os"
	"path/filepath"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// Settle runs the ticks and promise jobs that a host's call into
// JavaScript left, then the event loop: until done reports true (checked
// after each turn), or, with done nil, until nothing referenced is left.
// It emits neither 'beforeExit' nor 'exit': the process goes on for the
// host's next call. When the program ends the process instead (a call to
// process.exit, or an exception nothing caught, which is printed as node
// prints it), Settle returns its exit code and exited true; the Node is
// then done. Other panics (an interrupt, the heap limit) pass through.
func (n *Node) Settle(done func() bool) (code int, exited bool) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(exitPanic)
			if !ok {
				panic(r)
			}
			code, exited = e.code, true
		}
	}()
	if exc := n.VM.Try(n.drainTicksAndJobs); exc != nil {
		n.uncaught(exc)
	}
	mode := loop.RunDefault
	if done != nil {
		mode = loop.RunOnce
	}
	for done == nil || !done() {
		if err := n.runLoopTurns(mode); err != nil {
			panic(err)
		}
		n.drainTicksAndJobs()
		if !n.Loop.Alive() {
			break
		}
	}
	return 0, false
}

// Exited unwraps what a host recovered from a call into the Node: the exit
// code when the program ended the process (process.exit), else ok false.
func Exited(r any) (code int, ok bool) {
	e, ok := r.(exitPanic)
	return e.code, ok
}

// HostRequire returns a require function for the host: it resolves as
// from a module in the working directory, as `kiln -e` code's require
// does. The same function is returned each time.
func (n *Node) HostRequire() vm.Value {
	if n.hostRequire != nil {
		return n.VM.Pinned(*n.hostRequire)
	}
	wd, err := os.Getwd()
	if err != nil {
		wd = "."
	}
	name := filepath.Join(wd, "[host]")
	// The module is rooted as long as the require: the require's Go code
	// reads it (its paths) and nothing else holds it.
	mod := n.modules.evalModule("[host]", name)
	n.VM.Pin(mod)
	req := n.modules.makeRequire(mod, wd, name)
	p := n.VM.Pin(req)
	n.hostRequire = &p
	return req
}

// HostImport is import(spec) for the host: it resolves as from a module
// in the working directory, as HostRequire does, and returns the promise
// of the module's namespace (evaluated from a job, top-level await and
// all).
func (n *Node) HostImport(spec string) vm.Value {
	wd, err := os.Getwd()
	if err != nil {
		wd = "."
	}
	p := &bytecode.Program{Filename: filepath.Join(wd, "[host]")}
	return n.modules.esm.dynamicImport(n.VM, p, n.VM.NewString(spec), nil)
}

// SetMainArgv makes file process.argv[1], ahead of the arguments the Node
// was made with, as running a file as the main module has it: in the
// options while process is not made yet, else in process.argv itself.
func (n *Node) SetMainArgv(file string) {
	n.opts.Argv = append([]string{file}, n.opts.Argv...)
	if n.processMade {
		rt := n.VM
		argv := rt.GetS(n.process, "argv")
		rt.Call(rt.GetS(argv, "splice"), argv, vm.Int(1), vm.Int(0), rt.NewString(file))
	}
}

// ExitPanic is what ends a Node's JavaScript as process.exit(code) does,
// for a host to panic with from a function JavaScript called.
func ExitPanic(code int) any { return exitPanic{code} }

// WakeForInterrupt has an event loop that is waiting in its poll for I/O
// or a timer honour the runtime's pending interrupt now: a host's
// Interrupt then stops a Node that is waiting, not only one running
// JavaScript. Any goroutine may call it.
func (n *Node) WakeForInterrupt() {
	_ = n.Loop.Post(func() {
		if n.VM.InterruptPending() {
			n.VM.ClearInterrupt()
			panic(&vm.Terminated{})
		}
	})
}
