package main

// The "kiln" engine runs tests on Kiln's own VM, in the worker process: a fresh vm.Runtime per run (its first realm
// carries print and $262, see vm/host262.go), the harness files, then the test, then the job queue until it is
// empty. Compiled code is immutable and shareable between runtimes, so each harness file is compiled once per
// worker and its *bytecode.Program reused by every run that includes it.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
	"github.com/kilnjs/kiln/stdlib"
	"github.com/kilnjs/kiln/vm"
)

func init() { engines["kiln"] = func() Engine { return &kilnEngine{harness: map[string]compiled{}} } }

// kilnHeapLimit bounds one run's JavaScript heap, so that a test that allocates without end fails alone instead of
// taking the worker (and the machine's other workers) into swap.
const kilnHeapLimit = 1 << 30

type kilnEngine struct {
	harness map[string]compiled // by harness file name: the suite never changes a file's text within a run
}

// compiled is the outcome of compiling one file.
type compiled struct {
	prog *bytecode.Program
	err  error
}

func (e *kilnEngine) compileHarness(src Source) compiled {
	c, ok := e.harness[src.Name]
	if !ok {
		c.prog, c.err = stdlib.CompileLazily(src.Text, src.Name, stdlib.KindScript)
		e.harness[src.Name] = c
	}
	return c
}

func (e *kilnEngine) Run(req *Request) (res Result) {
	var printed []string
	// phase follows the run (harness, parse, runtime), so that a panic is attributed to the right one.
	phase := PhaseHarness
	defer func() {
		res.Printed = printed
	}()
	rt := vm.New262(vm.Options{Stdout: io.Discard, Stderr: io.Discard, MaxHeapBytes: kilnHeapLimit}, func(s string) {
		printed = append(printed, s)
	})
	timer := time.AfterFunc(req.Timeout, rt.Interrupt)
	defer timer.Stop()
	// The agents a test started ($262.agent) end with it, whatever they wait for.
	defer rt.EndAgents()
	// A Go panic out of the VM is a Kiln bug (or an interrupt, or the heap limit): the run fails with what
	// happened, and the worker goes on with a fresh runtime for the next test.
	defer func() {
		if r := recover(); r != nil {
			res = kilnPanicResult(phase, r)
		}
	}()
	return e.run(rt, req, &phase)
}

func (e *kilnEngine) run(rt *vm.Runtime, req *Request, phase *string) Result {
	l := &moduleLoader{rt: rt, req: req, mods: map[string]*vm.Module{}}
	rt.DynamicImportHook = l.dynamicImport
	for _, h := range req.Harness {
		c := e.compileHarness(h)
		if c.err != nil {
			return Result{Phase: PhaseHarness, ErrorName: compileErrorName(c.err), Message: h.Name + ": " + c.err.Error()}
		}
		if _, exc := rt.RunProgram(c.prog); exc != nil {
			r := thrownResult(rt, PhaseHarness, exc)
			r.Message = h.Name + ": " + r.Message
			return r
		}
	}
	if req.Module {
		return e.runModule(rt, l, phase)
	}
	*phase = PhaseParse
	prog, err := stdlib.CompileLazily(req.Test.Text, req.Test.Name, stdlib.KindScript)
	if err != nil {
		return Result{Phase: PhaseParse, ErrorName: compileErrorName(err), Message: err.Error()}
	}
	*phase = PhaseRuntime
	if _, exc := rt.RunProgram(prog); exc != nil {
		return thrownResult(rt, PhaseRuntime, exc)
	}
	// Promise jobs run after the script, as a host does when the execution context stack empties (ECMA-262 §9.5).
	// A job that throws (only a queueMicrotask-style callback can) fails the run; the rest of the queue is dropped.
	if exc := rt.RunJobs(); exc != nil {
		return thrownResult(rt, PhaseRuntime, exc)
	}
	return Result{}
}

// compileErrorName names a compile failure: test262's negative parse tests expect SyntaxError, which only the
// parser's early errors (esbuild's too, when it lowers syntax: they come as *parser.SyntaxError) may claim; a compiler refusal (an unsupported
// construct, a limit) is Kiln's shortcoming and must not make a negative test pass.
func compileErrorName(err error) string {
	var se *parser.SyntaxError
	if errors.As(err, &se) {
		return "SyntaxError"
	}
	return "CompileError"
}

func thrownResult(rt *vm.Runtime, phase string, exc *vm.Exception) Result {
	return Result{Phase: phase, ErrorName: rt.ThrownName(exc.Value), Message: rt.ThrownMessage(exc.Value)}
}

// kilnPanicResult turns a panic that escaped the VM into a failed run. Interrupts and the heap limit are reported
// as themselves; anything else is an engine bug, and its Go stack goes to stderr (the worker's log) for whoever
// fixes it.
func kilnPanicResult(phase string, r any) Result {
	switch r := r.(type) {
	case *vm.Terminated:
		return Result{Phase: phase, ErrorName: "Terminated", Message: "interrupted at the timeout"}
	case *vm.HeapLimitError:
		return Result{Phase: phase, ErrorName: "HeapLimitError", Message: fmt.Sprintf("heap limit reached (%d bytes live)", r.Live)}
	}
	fmt.Fprintf(os.Stderr, "kiln engine: Go panic: %v\n%s", r, debug.Stack())
	return Result{Phase: phase, ErrorName: "GoPanic", Message: fmt.Sprint(r)}
}

// moduleLoader compiles and links the modules of one run: LoadModule finds them in the archive, relative to their
// referrer, and each file is one module record however often it is named. It serves static imports and import(),
// from module tests and scripts alike.
type moduleLoader struct {
	rt   *vm.Runtime
	req  *Request
	mods map[string]*vm.Module
}

func (l *moduleLoader) compile(src Source) (*vm.Module, error) {
	if m, ok := l.mods[src.Name]; ok {
		return m, nil
	}
	p, err := stdlib.CompileLazily(src.Text, src.Name, stdlib.KindModule)
	if err != nil {
		return nil, err
	}
	m := l.rt.NewSourceTextModule(p)
	l.mods[src.Name] = m
	return m, nil
}

func (l *moduleLoader) load(referrer *vm.Module, r bytecode.ModuleRequest) (*vm.Module, error) {
	return l.loadFrom(referrer.Program.Filename, r)
}

// loadFrom loads the module r names from the file referrer.
func (l *moduleLoader) loadFrom(referrer string, r bytecode.ModuleRequest) (*vm.Module, error) {
	src, err := l.req.LoadModule(r.Specifier, referrer)
	if err != nil {
		return nil, err
	}
	for _, a := range r.Attributes {
		if a.Key == "type" && a.Value == "json" {
			return l.json(src), nil
		}
	}
	return l.compile(src)
}

// json is a JSON module (the import-attributes proposal): its default export is the parsed text.
func (l *moduleLoader) json(src Source) *vm.Module {
	key := src.Name + "\x00json"
	if m, ok := l.mods[key]; ok {
		return m
	}
	rt := l.rt
	m := rt.NewSyntheticModule([]string{"default"}, func(m *vm.Module) {
		parse := rt.GetS(rt.GetS(rt.Global(), "JSON"), "parse")
		rt.SetExport(m, "default", rt.Call(parse, vm.Undefined, rt.NewString(src.Text)))
	})
	l.mods[key] = m
	return m
}

// dynamicImport is the host side of import(): load the graph now, link and evaluate it from a job.
func (l *moduleLoader) dynamicImport(rt *vm.Runtime, p *bytecode.Program, spec vm.Value, attrs []bytecode.ImportAttribute) vm.Value {
	var m *vm.Module
	exc := rt.Try(func() {
		var err error
		m, err = l.loadFrom(p.Filename, bytecode.ModuleRequest{Specifier: rt.ToGoString(spec), Attributes: attrs})
		if err == nil {
			err = rt.LoadRequested(m, l.load)
		}
		if err != nil {
			rt.Throw(moduleLoadError(rt, err))
		}
	})
	if exc != nil {
		return rt.RejectedPromise(exc.Value)
	}
	return rt.ImportModule(m)
}

// runModule runs a module test: the test file is the root of a graph whose other modules LoadModule finds in the
// archive. A syntax error in the root is the parse phase; loading, a syntax error in a dependency and linking are
// the resolution phase; evaluation is the runtime phase.
func (e *kilnEngine) runModule(rt *vm.Runtime, l *moduleLoader, phase *string) Result {
	*phase = PhaseParse
	root, err := l.compile(l.req.Test)
	if err != nil {
		return Result{Phase: PhaseParse, ErrorName: compileErrorName(err), Message: err.Error()}
	}
	*phase = PhaseResolution
	if err := rt.LoadRequested(root, l.load); err != nil {
		return Result{Phase: PhaseResolution, ErrorName: compileErrorName(err), Message: err.Error()}
	}
	if exc := rt.Try(func() { rt.Link(root) }); exc != nil {
		return thrownResult(rt, PhaseResolution, exc)
	}
	*phase = PhaseRuntime
	p := rt.Evaluate(root)
	if exc := rt.RunJobs(); exc != nil {
		return thrownResult(rt, PhaseRuntime, exc)
	}
	if state, v := rt.PromiseState(p); state == "rejected" {
		return thrownResult(rt, PhaseRuntime, &vm.Exception{Value: v})
	}
	return Result{}
}

// moduleLoadError is the error import() rejects with when a module cannot be loaded or does not parse.
func moduleLoadError(rt *vm.Runtime, err error) vm.Value {
	var se *parser.SyntaxError
	if errors.As(err, &se) {
		return rt.NewError(vm.ErrSyntax, err.Error())
	}
	return rt.NewError(vm.ErrType, err.Error())
}
