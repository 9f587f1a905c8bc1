// Package kiln embeds Kiln's JavaScript engine in a Go program.
//
// A Runtime is one JavaScript isolate: its own heap, global object and job
// queue. Made with Options.Node, it is also a Node.js process inside the Go
// one: require and import, process, timers, Buffer, fs, net, http and the
// rest of Node's library, and an event loop. Without it, it has the
// ECMAScript built-ins only and no way out to the machine but what the host
// gives it.
//
//	rt, _ := kiln.New(kiln.Options{})
//	defer rt.Close()
//	rt.Set("add", func(a, b int) int { return a + b })
//	v, err := rt.Run("calc.js", "add(40, 2)")
//	// v.Int() == 42
//
// Go values cross into JavaScript by copy (ToValue): numbers, strings,
// booleans, nil, slices and arrays, maps with string keys, structs (their
// exported fields, named as encoding/json names them), pointers to those,
// []byte as a Uint8Array, time.Time as a Date, *big.Int as a BigInt, error
// as an Error, and functions, which JavaScript calls with its arguments
// converted to the parameters' types; a function whose last result is an
// error throws it. JavaScript values come back as Value, which Export and
// ExportTo turn into Go values.
//
// A Runtime is not safe for concurrent use: one goroutine at a time calls
// it, and the functions a host gives it run on that goroutine. Interrupt is
// the exception: any goroutine may call it, to stop a script that runs too
// long. A Go panic in a host function is the host's own: it passes through
// the call that ran the JavaScript, and the runtime stays usable. A Value
// keeps what it refers to alive until the Value itself is garbage; it
// belongs to its Runtime and is used on the Runtime's goroutine.
package kiln

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/stdlib"
	"github.com/kilnjs/kiln/vm"
)

// Options configure a Runtime.
type Options struct {
	// Node makes the runtime a Node.js process: Node's globals and modules
	// and an event loop, with the host's file system, network, environment
	// and working directory.
	Node bool
	// Stdout and Stderr receive what JavaScript writes (console, process
	// streams); nil means os.Stdout and os.Stderr.
	Stdout, Stderr io.Writer
	// Args are a Node runtime's process.argv after the executable (and
	// after the file RunMain runs).
	Args []string
	// MaxHeapBytes limits the JavaScript heap; past it, the running code
	// stops with ErrHeapLimit. Zero means no limit.
	MaxHeapBytes int64
	// MaxCallDepth limits how deep JavaScript calls nest before a
	// RangeError; zero means Kiln's default (10,000). Node runtimes keep
	// the default.
	MaxCallDepth int
}

// Runtime is a JavaScript isolate. Make one with New; Close it when done.
type Runtime struct {
	vm   *vm.Runtime
	node *stdlib.Node // nil without Options.Node

	// dead are the pins of Values the Go collector found unreachable,
	// handed over by their cleanups (on another goroutine) and released
	// on the runtime's own at its next entry.
	mu     sync.Mutex
	dead   []vm.Pin
	closed bool
	// exited is set once a Node program ended the process (process.exit,
	// an uncaught exception): the runtime runs nothing more.
	exited *ExitError
	depth  int // nesting of host calls into JavaScript
}

// New makes a Runtime.
func New(opts Options) (*Runtime, error) {
	r := &Runtime{}
	if opts.Node {
		n, err := stdlib.New(stdlib.Options{Stdout: opts.Stdout, Stderr: opts.Stderr, MaxHeapBytes: opts.MaxHeapBytes,
			Argv: append([]string(nil), opts.Args...), CompileCache: stdlib.DefaultCompileCacheDir(), GCStress: gcStress()})
		if err != nil {
			return nil, err
		}
		r.node, r.vm = n, n.VM
		// Scripts have require, as `node -e` code and the REPL have it.
		if err := r.enter(func() { r.vm.CreateDataProperty(r.vm.Global(), "require", n.HostRequire()) }); err != nil {
			n.Close()
			return nil, err
		}
		return r, nil
	}
	r.vm = vm.New(vm.Options{Stdout: opts.Stdout, Stderr: opts.Stderr, MaxHeapBytes: opts.MaxHeapBytes,
		MaxCallDepth: opts.MaxCallDepth, GCStress: gcStress()})
	return r, nil
}

// gcStress is KILN_GC_STRESS=1, Kiln's test mode (as for the kiln
// command): the collector runs at every safepoint and poisons what it
// frees, so that a value the host holds without a root shows at once.
func gcStress() bool { return os.Getenv("KILN_GC_STRESS") == "1" }

// Close releases the runtime: its event loop, sockets, timers and worker
// threads. The runtime and its Values are not used after.
func (r *Runtime) Close() {
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return
	}
	r.closed = true
	r.dead = nil
	r.mu.Unlock()
	if r.node != nil {
		r.node.Close()
	}
}

// ErrInterrupted is what a call returns when Interrupt stopped the code it
// ran.
var ErrInterrupted = errors.New("kiln: execution interrupted")

// ErrHeapLimit is what a call returns when the JavaScript heap grew past
// Options.MaxHeapBytes.
var ErrHeapLimit = errors.New("kiln: reached heap limit: JavaScript heap out of memory")

// ErrClosed is what a call on a closed runtime returns.
var ErrClosed = errors.New("kiln: runtime closed")

// ExitError is what a Node runtime's call returns once the program ended
// the process: it called process.exit, or threw an exception nothing
// caught (printed to Stderr as node prints it). The runtime runs nothing
// more after it.
type ExitError struct{ Code int }

func (e *ExitError) Error() string { return fmt.Sprintf("kiln: process exited with code %d", e.Code) }

// enter runs f as a host call into JavaScript: what it throws or how it is
// stopped comes back as an error.
func (r *Runtime) enter(f func()) (err error) {
	r.mu.Lock()
	closed, dead := r.closed, r.dead
	r.dead = nil
	r.mu.Unlock()
	if closed {
		return ErrClosed
	}
	if r.exited != nil {
		return r.exited
	}
	for _, p := range dead {
		r.vm.Unpin(p)
	}
	r.depth++
	defer func() {
		r.depth--
		if x := recover(); x != nil {
			err = r.recovered(x)
		}
	}()
	f()
	return nil
}

// recovered turns what unwound a host call into its error, or panics on
// with what is not JavaScript's (a bug in Kiln or in a host function).
func (r *Runtime) recovered(x any) error {
	switch e := x.(type) {
	case *vm.Exception:
		return r.exception(e)
	case *vm.Terminated:
		return ErrInterrupted
	case *vm.HeapLimitError:
		return ErrHeapLimit
	case *Exception:
		// Source that did not compile (Run).
		return e
	case *ExitError:
		return e
	}
	if code, ok := stdlib.Exited(x); ok {
		r.exited = &ExitError{Code: code}
		return r.exited
	}
	panic(x)
}

// Run runs src as a script in the global scope (as a <script> element or
// node's vm.runInThisContext does: its top-level declarations become
// globals) and returns its completion value. name is the file name its
// errors and stack traces show. In a Node runtime, scripts have require
// too, resolving from the working directory, as `node -e` code does.
// Before it returns, the promise jobs the
// script queued have run; in a Node runtime, so have its process.nextTick
// callbacks, while its timers and I/O wait for Wait.
func (r *Runtime) Run(name, src string) (Value, error) {
	return r.runCompiled(func() *bytecode.Program {
		p, err := stdlib.Compile(src, name, stdlib.KindScript)
		if err != nil {
			panic(r.syntaxError(err))
		}
		return p
	})
}

// runCompiled runs the script compile gives as a host call.
func (r *Runtime) runCompiled(compile func() *bytecode.Program) (Value, error) {
	var v vm.Value
	err := r.enter(func() {
		defer r.vm.HostScope()()
		v = r.vm.RunScript(compile())
		r.keep(v)
		r.runJobs()
	})
	if err != nil {
		return Value{}, err
	}
	return r.value(v), nil
}

// runJobs runs the promise jobs (and in a Node runtime the ticks) queued
// so far, on the way out of a host call.
func (r *Runtime) runJobs() {
	if r.depth > 1 {
		return // JavaScript under this call runs them when it is done
	}
	r.settle(func() bool { return true })
}

// settle runs the promise jobs queued; in a Node runtime, the ticks and
// jobs and then the event loop until done reports true (nil: until it is
// idle). A program that ends the process there ends the runtime.
func (r *Runtime) settle(done func() bool) {
	if r.node == nil {
		if exc := r.vm.RunJobs(); exc != nil {
			panic(exc)
		}
		return
	}
	if code, exited := r.node.Settle(done); exited {
		r.exited = &ExitError{Code: code}
		panic(r.exited)
	}
}

// keep roots v for the rest of the host call, while Go code holds it.
func (r *Runtime) keep(v vm.Value) {
	if v.IsHeap() {
		r.vm.Keep(v)
	}
}

// Wait runs what the code run so far left to do: in a Node runtime, the
// event loop until nothing is left (timers, I/O, servers that were not
// closed keep it going), without 'beforeExit' and 'exit' events, for the
// process goes on; in a plain runtime, the promise jobs.
func (r *Runtime) Wait() error {
	return r.enter(func() { r.settle(nil) })
}

// Await waits for v to settle when it is a promise, running promise jobs
// and, in a Node runtime, the event loop meanwhile, and returns its value;
// a rejection comes back as an *Exception. Any other v is returned as it
// is. The host handles what it waits for: a rejection is not reported as
// unhandled. Await is not for use inside a host function JavaScript called: the
// code awaiting there would have to finish first.
func (r *Runtime) Await(v Value) (Value, error) {
	defer v.keepAlive()
	if err := r.own(v); err != nil {
		return Value{}, err
	}
	if !r.vm.IsPromise(v.v) {
		return v, nil
	}
	if r.depth > 0 {
		return Value{}, errors.New("kiln: Await inside a call from JavaScript")
	}
	r.vm.MarkPromiseHandled(v.v) // the host handles what it waits for
	settled := func() bool { s, _ := r.vm.PromiseState(v.v); return s != "pending" }
	err := r.enter(func() { r.settle(settled) })
	if err != nil {
		return Value{}, err
	}
	switch state, res := r.vm.PromiseState(v.v); state {
	case "fulfilled":
		return r.value(res), nil
	case "rejected":
		return Value{}, r.exception(&vm.Exception{Value: res})
	}
	return Value{}, errors.New("kiln: the promise never settled: nothing is left to run that could settle it")
}

// RunMain runs file as a Node program's main module, as `kiln file` does
// (CommonJS or an ES module by node's rules, TypeScript included, or a
// snapshot that `kiln build` wrote, verified before it runs), then
// the event loop to its end, with 'beforeExit' and 'exit', and returns
// the exit code. The process is over after it: the runtime runs nothing
// more. Only a Node runtime has it.
func (r *Runtime) RunMain(file string) (int, error) {
	if r.node == nil {
		return 0, errors.New("kiln: RunMain needs a Node runtime (Options.Node)")
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return 0, err
	}
	var snap *bytecode.Program
	if strings.HasSuffix(abs, ".kbc") {
		if snap, err = stdlib.LoadSnapshotToRun(abs); err != nil {
			return 0, err
		}
	}
	code := 0
	err = r.enter(func() {
		r.node.SetMainArgv(abs)
		if snap != nil {
			code = r.node.RunProgram(snap)
			return
		}
		code = r.node.RunMain(abs)
	})
	if err != nil {
		return 0, err
	}
	r.exited = &ExitError{Code: code}
	return code, nil
}

// Require loads a module as require would in a CommonJS module of the
// working directory: a built-in ("node:fs"), a package from node_modules,
// or a file. Only a Node runtime has it.
func (r *Runtime) Require(id string) (Value, error) {
	if r.node == nil {
		return Value{}, errors.New("kiln: Require needs a Node runtime (Options.Node)")
	}
	var v vm.Value
	err := r.enter(func() {
		defer r.vm.HostScope()()
		v = r.vm.Call(r.node.HostRequire(), vm.Undefined, r.vm.NewString(id))
		r.keep(v)
		r.runJobs()
	})
	if err != nil {
		return Value{}, err
	}
	return r.value(v), nil
}

// Import loads a module as import() would in an ES module of the working
// directory (a file, a package from node_modules, a built-in such as
// "node:fs", a data: URL), waits for its evaluation, top-level await
// included, and returns its namespace object. CommonJS modules give a
// namespace whose default is their module.exports. Only a Node runtime
// has it.
func (r *Runtime) Import(spec string) (Value, error) {
	if r.node == nil {
		return Value{}, errors.New("kiln: Import needs a Node runtime (Options.Node)")
	}
	if r.depth > 0 {
		return Value{}, errors.New("kiln: Import inside a call from JavaScript")
	}
	var p vm.Value
	err := r.enter(func() {
		defer r.vm.HostScope()()
		p = r.node.HostImport(spec)
		r.vm.MarkPromiseHandled(p) // the host awaits it below
		r.keep(p)
	})
	if err != nil {
		return Value{}, err
	}
	return r.Await(r.value(p))
}

// DefineModule makes exports, converted as ToValue converts it (a map or
// struct of functions, say), the module that require(name) and import
// from name give a Node runtime's programs: a module of the host's, found
// ahead of node_modules as node's own modules are. It is converted once,
// when a program first loads it. Only a Node runtime has it.
func (r *Runtime) DefineModule(name string, exports any) error {
	if r.node == nil {
		return errors.New("kiln: DefineModule needs a Node runtime (Options.Node)")
	}
	if name == "" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "/") || strings.HasPrefix(name, "node:") {
		return fmt.Errorf("kiln: %q is not a module name for the host's module", name)
	}
	r.node.RegisterBuiltin(name, func() vm.Value { return r.toJS(exports) })
	return nil
}

// Global returns the global object.
func (r *Runtime) Global() Value { return r.value(r.vm.Global()) }

// Get returns the global named name (undefined when there is none).
func (r *Runtime) Get(name string) (Value, error) { return r.Global().Get(name) }

// Set makes v, converted as ToValue converts it, the global named name.
func (r *Runtime) Set(name string, v any) error { return r.Global().Set(name, v) }

// Interrupt stops the JavaScript the runtime is running at its next
// safepoint (a loop's back edge, a call, a long built-in), or a Node
// runtime's event loop where it waits for I/O or timers, and the call that
// ran it returns ErrInterrupted; nothing in JavaScript can catch it. When
// nothing is running, the next code to run stops at once, unless
// ClearInterrupt withdraws it first. Any goroutine may call Interrupt.
func (r *Runtime) Interrupt() {
	r.vm.Interrupt()
	if r.node != nil {
		r.node.WakeForInterrupt()
	}
}

// ClearInterrupt withdraws an Interrupt that no running code has reached.
func (r *Runtime) ClearInterrupt() { r.vm.ClearInterrupt() }

// CollectGarbage runs Kiln's collector now. Values the host holds are
// kept; those it dropped are freed once Go's collector has found them.
func (r *Runtime) CollectGarbage() error { return r.enter(r.vm.CollectGarbage) }
