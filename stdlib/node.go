package stdlib

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/internal/sysfile"
	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// Options configure a Node.
type Options struct {
	Argv []string // process.argv after argv[0] (the script path first)
	// ExecArgv is process.execArgv: the node options the command line
	// gave, which node:test reads its own from (--test-reporter, ...).
	ExecArgv []string
	// Preload are the modules -r/--require names, required in order
	// before the entry point runs (a script, -e code, standard input or
	// the REPL), as from a module in the working directory.
	Preload []string
	// Imports are the ES modules --import names, imported in order after
	// the Preload modules and before the entry point, each one settled
	// (its top-level await included) before the next.
	Imports []string
	// Conditions are the extra "exports"/"imports" conditions that
	// --conditions (-C) names, matched by require and import alike.
	Conditions []string
	// ModuleInput is --input-type=module: -e code and standard input run
	// as an ES module.
	ModuleInput bool
	// CommonJSInput is --input-type=commonjs: -e code, standard input and
	// eval workers run as scripts, with no syntax detection (without
	// either flag, code with module syntax runs as an ES module).
	CommonJSInput bool
	// Interactive is -i: the REPL starts after -e code has run.
	Interactive bool
	// EnvArgv are NODE_OPTIONS' words as written (the node options that
	// process.execArgv leaves out), for node:test, which reads its options
	// from both.
	EnvArgv []string
	// NodeOptions are the node options in effect that the runtime reads
	// (NODE_OPTIONS' first, then the command line's), each as --name or
	// --name=value; see Options.option.
	NodeOptions []string
	ExecPath    string
	// SEA is the asset section of the single executable being run (see
	// ParseSEAAssets), nil when the process is not one: node:sea's isSea().
	SEA          *SEAAssets
	Stdout       io.Writer
	Stderr       io.Writer
	MaxHeapBytes int64
	GCStress     bool
	// CompileCache is the compile cache's directory ("" for none); see
	// DefaultCompileCacheDir.
	CompileCache string
	// Env is process.env's initial content, "key=value" strings (nil for
	// the process's environment).
	Env []string
	// LoadedFiles, when set, gets the path of every module file the
	// program loads, one a line, as it loads it: kiln --watch's parent
	// watches them (node's --watch-report-ipc).
	LoadedFiles io.Writer

	worker *workerLink // set in a worker_threads worker
	// hooksThread is set in the thread of module.register's hooks, which
	// is not the main thread either (tsx registers its hooks only from
	// the main thread).
	hooksThread bool
}

// Node is one isolate: the JavaScript runtime, its event loop and the
// module system.
type Node struct {
	VM   *vm.Runtime
	Loop *loop.Loop
	opts Options

	modules *moduleSystem
	// inspectOptionKeys are the keys of util.inspect's options, made on
	// first use (see applyInspectOptions).
	inspectOptionKeys []vm.PropKey
	ticks             tickQueue // process.nextTick's (ticks.go)
	// cacheWrites writes the compile-cache entries of the modules this
	// run compiled (cache_write.go).
	cacheWrites cacheWriter
	// ticksTail is the stack tail the ticks run over while node's
	// processTicksAndRejections runs from runNextTicks (drainTicksAndJobs),
	// whose first frame drainTicks replaces by the one for a tick's count
	// of arguments; nil otherwise.
	ticksTail []vm.StackFrame
	// consoleTick is node's tick after a console write (its stream's
	// afterWrite, which does nothing a program sees), pending until the
	// next drain: the jobs after it run under processTicksAndRejections.
	consoleTick bool
	// stdio are process.stdout's and process.stderr's getters and streams
	// as the library made them (index 1 and 2), which the global console
	// writes around while a program leaves them be (see consoleStream).
	stdio       [3]stdioStream
	process     vm.Value // see proc
	processMade bool
	processEnv  vm.Value  // process.env's target: the variables as the program has set them
	sharedEnv   *envStore // the variables shared with SHARE_ENV workers, or nil
	envSharer   vm.Pin    // the lib's function that turns sharing on
	exitCode    int
	exiting     bool
	unhandled   []vm.Value // promises rejected with no handler, checked after microtasks
	// unhandledIDs are the numbers of unhandled's promises, out of
	// rejections so far, which node's warnings show.
	unhandledIDs []int
	rejections   int
	handledLate  []handledLate
	sourceMaps   map[string]*fileSourceMap // by generated file, once read (see sourcemaps.go)
	// evalSources are the programs that are on no disk (-e, -p, standard
	// input), by the name their frames carry, for the banner of an error
	// they made but did not throw (a rejection).
	evalSources  map[string]string
	sourceMapsOn bool
	loadedMapped map[string]bool // the files loaded while source maps were on
	workers      []*worker       // the running workers this Node started
	threadIDs    *atomic.Int64
	ports        map[int]*portEnd // the sides of cross-thread channels this Node's ports hold
	portSeq      int
	timerState   *timerHandles // the timers library's handles, once it has run
	wasm         *wasmState    // the WebAssembly namespace's, once lib/internal/wasm.js has run
	vmRealms     []*vm.Realm   // node:vm's contexts by id, the main realm first
	vmModules    *vmModules    // vm.Module's records, once one is made
	fsPending    int           // fs requests on the worker pool, for getActiveResourcesInfo
	net          *netTable     // the streams and listeners of net's and child_process's handles
	// Since startTime, for perf_hooks' nodeTiming: when the VM existed,
	// when the globals were ready, when runLoop first ran.
	vmStart, bootstrapped, loopStart time.Duration
	// coverDir is NODE_V8_COVERAGE's directory ("" when off) and
	// coverPrograms the programs compiled with counters, for the report
	// (see coverage.go).
	coverDir      string
	coverPrograms []coverProgram
	coverMaps     map[*bytecode.Program][]byte // the loader's source map of TypeScript programs
	coverStopped  bool                         // v8.stopCoverage was called
	coverStamp    int64                        // the last report's time, in its file name
	diagSeq       int                          // the diagnostic files written so far (diagnosticName)
	nearLimitSet  bool                         // snapshots near the heap limit were asked for (snapshotNearHeapLimit)
	moduleLoads   []string                     // the lib modules run so far, in order (process.moduleLoadList)
	// preciseCoverage is on between an inspector session's
	// Profiler.startPreciseCoverage and stopPreciseCoverage, and profile is
	// the session's Profiler.start (see inspector.go).
	preciseCoverage bool
	// testCoverage is --experimental-test-coverage: node:test reports the
	// coverage of what ran (lib/internal/test_coverage.js).
	testCoverage bool
	// abortOnUncaught is --abort-on-uncaught-exception (abort_uncaught.go).
	abortOnUncaught bool
	// hostRequire is the pinned require of an embedding host (HostRequire).
	hostRequire *vm.Pin
	profile     *vm.Profiler

	// hookedSources are the texts load hooks gave for files, whose
	// source maps (tsx's inline ones) are found in them, not on disk.
	hookedSources map[string]string
}

// exitPanic unwinds the Go stack when JavaScript calls process.exit.
type exitPanic struct{ code int }

// New creates a Node.
func New(opts Options) (*Node, error) {
	startTimeOnce.Do(func() { startTime = time.Now() })
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	lp, err := loop.New()
	if err != nil {
		return nil, fmt.Errorf("creating the event loop: %w", err)
	}
	if opts.MaxHeapBytes == 0 {
		// The command line sets MaxHeapBytes; node options given as such
		// (a fixture's Flags, an embedder's) may name the limit too.
		if v, ok := opts.option("--max-old-space-size"); ok {
			if mb, err := strconv.ParseFloat(v, 64); err == nil && mb > 0 {
				opts.MaxHeapBytes = int64(mb * (1 << 20))
			}
		}
	}
	rt := vm.New(vm.Options{Stdout: opts.Stdout, Stderr: opts.Stderr, MaxHeapBytes: opts.MaxHeapBytes, GCStress: opts.GCStress})
	n := &Node{VM: rt, Loop: lp, opts: opts, threadIDs: new(atomic.Int64), vmStart: time.Since(startTime)}
	if opts.worker != nil {
		n.threadIDs = opts.worker.threadIDs
	}
	rt.Host = n
	rt.TraceHostRoots(n.ticks.trace)
	n.coverDir = n.coverageDir()
	if v, _ := opts.option("--experimental-test-coverage"); v == "true" {
		n.testCoverage = true
	}
	if v, _ := opts.option("--abort-on-uncaught-exception"); v == "true" {
		n.abortOnUncaught = true
		rt.StackOnThrow = true
	}
	n.countDynamicCode()
	n.modules = newModuleSystem(n)
	n.installGlobals()
	n.bootstrapped = time.Since(startTime)
	lp.AfterCallback = n.drainTicksAndJobs
	return n, nil
}

// Close releases the loop's resources and closes the ports that other
// threads may hold the peers of.
func (n *Node) Close() {
	n.closePorts()
	n.leaveBroadcasts()
	n.Loop.Close()
}

// RunMain runs file as the main module and then the event loop until
// nothing is left, returning the exit code.
func (n *Node) RunMain(file string) int {
	return n.run(func() {
		n.startChannel()
		n.preload()
		n.importPreloads(n.opts.Imports, func() { n.modules.runMain(file) })
	})
}

// preload requires the -r/--require modules, through Module so that the
// hooks they install (ts-node's, @babel/register's) see the entry point.
func (n *Node) preload() {
	if len(n.opts.Preload) == 0 {
		return
	}
	rt := n.VM
	// The module library may run JavaScript as it loads, and a collection
	// there would free values only Go holds: it comes before the names.
	preload := rt.GetS(n.modules.builtin("module"), "_preloadModules")
	names := make([]vm.Value, len(n.opts.Preload))
	for i, p := range n.opts.Preload {
		names[i] = rt.NewString(p)
	}
	rt.Call(preload, vm.Undefined, rt.NewArray(names))
}

// importPreloads imports the --import modules in order, resolved as from
// the working directory, and then runs start: at once when each settled as
// it was evaluated, else from the job where the last one settles. A module
// that fails is an uncaught exception, as the entry point's would be.
func (n *Node) importPreloads(specs []string, start func()) {
	if len(specs) == 0 {
		start()
		return
	}
	rt := n.VM
	l := n.modules.esm
	wd, err := os.Getwd()
	if err != nil {
		wd = "."
	}
	parent := wd + string(filepath.Separator)
	file, err := l.resolve(specs[0], parent)
	if err != nil {
		rt.Throw(l.errorValue(err))
	}
	mod := l.graph(file, parent)
	p := rt.Evaluate(mod)
	switch state, v := rt.PromiseState(p); state {
	case "fulfilled":
		n.importPreloads(specs[1:], start)
	case "rejected":
		rt.Then(p, nil, nil)
		l.throwEvaluation(mod, v)
	default:
		rt.Then(p, func(vm.Value) {
			if exc := rt.Try(func() { n.importPreloads(specs[1:], start) }); exc != nil {
				n.uncaught(exc)
			}
		}, func(reason vm.Value) { n.uncaught(n.madeHere(reason)) })
	}
}

// run is every entry point's frame: it runs start, reports what it throws
// as uncaught, runs the event loop to its end, and turns a panic that
// escapes into an exit code; workers end with it.
func (n *Node) run(start func()) (exit int) {
	defer n.finishCacheWrites()
	defer n.writeCoverage()
	defer n.endWorkers()
	defer func() {
		if r := recover(); r != nil {
			exit = n.fatal(r)
		}
	}()
	if exc := n.VM.Try(func() {
		n.checkOptions()
		start()
	}); exc != nil {
		n.uncaught(exc)
	}
	n.startCacheWrites()
	return n.runLoop()
}

// fatal turns a panic that escaped JavaScript into an exit code.
func (n *Node) fatal(r any) int {
	switch e := r.(type) {
	case exitPanic:
		return e.code
	case *vm.Exception:
		n.printUncaught(e)
		return 1
	case *vm.HeapLimitError:
		if l := n.opts.worker; l != nil {
			// node ends the worker, not the process, with an error for
			// the Worker object.
			l.toParent(func() { l.w.event("outOfMemory", nil) })
			return 1
		}
		fmt.Fprintf(n.opts.Stderr, "\n<--- Last few GCs --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n")
		return 134
	case *vm.Terminated:
		return 130
	case *vm.InvalidCodeError:
		fmt.Fprintf(n.opts.Stderr, "kiln: %v\n", e)
		return 1
	case *SEAAssetError:
		fmt.Fprintf(n.opts.Stderr, "kiln: %v\n", e)
		return 1
	}
	// A Go panic here is a bug in Kiln, not in the program: say so plainly,
	// with the JavaScript stack, and the Go stack only when asked for.
	fmt.Fprintf(n.opts.Stderr, "kiln: internal error: %v\n", r)
	for _, f := range n.VM.CaptureStack(10) {
		fmt.Fprintf(n.opts.Stderr, "    at %s\n", f)
	}
	if os.Getenv("KILN_DEBUG") != "" {
		fmt.Fprintf(n.opts.Stderr, "%s\n", debug.Stack())
	} else {
		fmt.Fprintln(n.opts.Stderr, "(set KILN_DEBUG=1 for the Go stack; please report this)")
	}
	return 70
}

// node's frames under -e and -p code, which node runs through its vm
// module and a wrapper script: Kiln's Go runs it there, so its stack ends as
// node's does (at node's positions, the same in every stack).
var evalFrames = []vm.StackFrame{
	{Func: "runScriptInThisContext", File: "node:internal/vm", Line: 209, Col: 10, Toplevel: true},
	{File: "node:internal/process/execution", Line: 118, Col: 14, Toplevel: true},
	{File: "[eval]-wrapper", Line: 6, Col: 24, Toplevel: true},
	{Func: "runScript", File: "node:internal/process/execution", Line: 101, Col: 62, Toplevel: true},
	{Func: "evalScript", File: "node:internal/process/execution", Line: 133, Col: 3, Toplevel: true},
	{File: "node:internal/main/eval_string", Line: 51, Col: 3, Toplevel: true},
}

// node's processTicksAndRejections, as the frame under the ticks and the
// promise jobs it runs. It calls a tick's callback from a line of its own
// for each count of arguments up to four, and spreads more
// (tickCallFrames, by count).
var (
	ticksFrame = []vm.StackFrame{{Func: "processTicksAndRejections", TypeName: "process",
		Method: "process.processTicksAndRejections", File: "node:internal/process/task_queues", Line: 77, Col: 11}}
	tickCallFrames = [...][]vm.StackFrame{
		ticksFrame,
		{{Func: "processTicksAndRejections", TypeName: "process",
			Method: "process.processTicksAndRejections", File: "node:internal/process/task_queues", Line: 81, Col: 21}},
		{{Func: "processTicksAndRejections", TypeName: "process",
			Method: "process.processTicksAndRejections", File: "node:internal/process/task_queues", Line: 82, Col: 21}},
		{{Func: "processTicksAndRejections", TypeName: "process",
			Method: "process.processTicksAndRejections", File: "node:internal/process/task_queues", Line: 83, Col: 21}},
		{{Func: "processTicksAndRejections", TypeName: "process",
			Method: "process.processTicksAndRejections", File: "node:internal/process/task_queues", Line: 84, Col: 21}},
		{{Func: "processTicksAndRejections", TypeName: "process",
			Method: "process.processTicksAndRejections", File: "node:internal/process/task_queues", Line: 85, Col: 22}},
	}
	ticksJobsFrame = []vm.StackFrame{{Func: "processTicksAndRejections", TypeName: "process",
		Method: "process.processTicksAndRejections", File: "node:internal/process/task_queues", Line: 95, Col: 5}}
)

// The frames of node's timers and immediates phases under a drain between
// two of their callbacks (see loop.Drain): runNextTicks, at its call of
// the microtasks or of processTicksAndRejections, over the phase's.
var (
	runNextTicksJobsFrame  = vm.StackFrame{Func: "runNextTicks", File: "node:internal/process/task_queues", Line: 60, Col: 5, Toplevel: true}
	runNextTicksTicksFrame = vm.StackFrame{Func: "runNextTicks", File: "node:internal/process/task_queues", Line: 64, Col: 3, Toplevel: true}
	beforeTimerFrames      = []vm.StackFrame{
		{Func: "listOnTimeout", File: "node:internal/timers", Line: 545, Col: 9, Toplevel: true},
		{Func: "processTimers", TypeName: "process", MethodName: "processTimers", Method: "process.processTimers",
			File: "node:internal/timers", Line: 519, Col: 7},
	}
	beforeTimerListFrames = []vm.StackFrame{
		{Func: "processTimers", TypeName: "process", MethodName: "processTimers", Method: "process.processTimers",
			File: "node:internal/timers", Line: 516, Col: 9},
	}
	beforeImmediateFrames = []vm.StackFrame{
		{Func: "processImmediate", TypeName: "process", MethodName: "processImmediate", Method: "process.processImmediate",
			File: "node:internal/timers", Line: 454, Col: 9},
	}
)

// runNextTicksBelow is the frames of the phase node drains in for d, under
// runNextTicks, or nil when it drains with nothing of its own below.
func runNextTicksBelow(d loop.Drain) []vm.StackFrame {
	switch d {
	case loop.DrainBeforeTimer:
		return beforeTimerFrames
	case loop.DrainBeforeTimerList:
		return beforeTimerListFrames
	case loop.DrainBeforeImmediate:
		return beforeImmediateFrames
	}
	return nil
}

// calledPlain is frame f, a method of process, called as a plain function
// (V8 shows no receiver then), over the frames under.
func calledPlain(f vm.StackFrame, under []vm.StackFrame) []vm.StackFrame {
	f.TypeName, f.MethodName, f.Method, f.Toplevel = "", "", "", true
	return append([]vm.StackFrame{f}, under...)
}

// drainTicksAndJobs runs the ticks and promise jobs that a callback left, as
// node does after each: with no tick waiting, the jobs run at V8's
// checkpoint (nothing under them in a stack); once there are ticks,
// processTicksAndRejections runs them and the jobs after them, and stacks
// taken in them end with its frame.
func (n *Node) drainTicksAndJobs() {
	inTicks := false
	prev := n.VM.SetStackTail(nil)
	defer n.VM.SetStackTail(prev)
	// Between two callbacks of the timers or immediates phase, node
	// drains from runNextTicks, under the phase's own frames, and calls
	// processTicksAndRejections from there as a plain function.
	// (Only when something will run: the frames are for the stacks of
	// errors it makes, and most callbacks leave nothing.)
	var below []vm.StackFrame
	if !n.ticks.empty() || n.consoleTick || n.VM.PendingJobs() {
		below = runNextTicksBelow(n.Loop.Drain())
	}
	ticks, ticksJobs := ticksFrame, ticksJobsFrame
	if below != nil {
		n.VM.SetStackTail(append(append(make([]vm.StackFrame, 0, 1+len(below)), runNextTicksJobsFrame), below...))
		under := append(append(make([]vm.StackFrame, 0, 1+len(below)), runNextTicksTicksFrame), below...)
		ticks, ticksJobs = calledPlain(ticksFrame[0], under), calledPlain(ticksJobsFrame[0], under)
		n.ticksTail = ticks
		defer func() { n.ticksTail = nil }()
	}
	for {
		if !n.ticks.empty() || n.consoleTick {
			inTicks, n.consoleTick = true, false
			n.VM.SetStackTail(ticks)
		}
		n.drainTicks()
		if inTicks {
			n.VM.SetStackTail(ticksJobs)
		}
		if exc := n.VM.RunJobs(); exc != nil {
			// Node catches what a queueMicrotask callback throws and
			// raises it again, so its banner shows where the error was made.
			if n.VM.IsError(exc.Value) {
				if file, line, col, ok := n.VM.ErrorPosition(exc.Value); ok {
					exc.File, exc.Line, exc.Col, exc.SourceLine = file, line, col, n.fileLine(file, line)
				}
			}
			n.uncaught(exc)
			continue
		}
		if n.ticks.empty() && !n.consoleTick {
			n.checkUnhandledRejections()
			if n.ticks.empty() && !n.consoleTick && !n.VM.PendingJobs() {
				return
			}
		}
	}
}

// uncaught handles an exception no JavaScript caught: process
// 'uncaughtException' listeners, else print it and exit 1.
func (n *Node) uncaught(exc *vm.Exception) { n.uncaughtFrom(exc, "uncaughtException") }

// uncaughtFrom is uncaught with the origin the 'uncaughtException'
// listeners get: "unhandledRejection" for a rejection nobody handled.
func (n *Node) uncaughtFrom(exc *vm.Exception, origin string) {
	if n.abortsOnUncaught() {
		n.abortUncaught(exc, origin)
	}
	if n.emitProcessUncaught(exc.Value, origin) {
		return
	}
	// The error outlives the JavaScript that runs before it is printed
	// (the worker's message, exitCode's setter, the 'exit' listeners):
	// nothing else holds it. The runtime ends after this, so the pin is
	// never released.
	n.VM.Pin(exc.Value)
	if n.opts.worker != nil {
		n.workerUncaught(exc)
	}
	// Node runs the 'exit' listeners first, then prints the error. One
	// thrown once the process is exiting (by an 'exit' listener) ends it
	// with process.exitCode if the program set one (process.exit(0) does),
	// else 1.
	if !n.exiting || !n.exitCodeSet() {
		n.setExitCode(1)
	}
	n.emitExit()
	n.printUncaught(exc)
	n.reportUncaught(exc)
	panic(exitPanic{n.exitCode})
}

// reportUncaught writes a diagnostic report for an uncaught exception when
// the program set process.report.reportOnUncaughtException (the report
// library is loaded then, since setting it loads it).
func (n *Node) reportUncaught(exc *vm.Exception) {
	rep, ok := n.VM.Realm().Extra["lib:internal/report"]
	if !ok {
		return
	}
	n.VM.Try(func() { n.VM.Call(n.VM.GetS(rep, "onUncaught"), vm.Undefined, exc.Value) })
}

// exitCodeSet reports whether process.exitCode holds a code (the program
// or process.exit set one) rather than undefined.
func (n *Node) exitCodeSet() bool {
	if !n.processMade {
		return n.exitCode != 0
	}
	set := n.exitCode != 0
	n.VM.Try(func() { set = !n.VM.GetS(n.process, "exitCode").IsUndefined() })
	return set
}

// setExitCode sets process.exitCode, as node does where its own code
// decides how the process ends.
func (n *Node) setExitCode(code int) {
	n.exitCode = code
	if n.processMade {
		n.VM.Try(func() { n.VM.SetS(n.process, "exitCode", vm.Int(code)) })
	}
}

// exitNow runs 'exit' listeners and unwinds to RunMain with the code.
func (n *Node) exitNow(code int) {
	n.exitCode = code
	n.emitExit()
	panic(exitPanic{n.exitCode})
}

func (n *Node) emitExit() {
	if n.exiting {
		return
	}
	n.exiting = true
	n.emitProcess("exit", vm.Int(n.exitCode))
}

// RunTests runs test files as `node --test` does: those found under the
// paths given (the working directory when there are none), each in a
// child process, reported together.
func (n *Node) RunTests(paths []string) int {
	rt := n.VM
	return n.run(func() {
		n.startChannel()
		// The runner's library runs JavaScript as it loads: the paths are
		// made after it, so that no collection frees them.
		runner := n.lib("internal/test_runner")
		args := make([]vm.Value, len(paths))
		for i, p := range paths {
			args[i] = rt.NewString(p)
		}
		rt.Call(runner, vm.Undefined, rt.NewArray(args))
	})
}

// RunEval runs code as `node -e` does (a script in the global scope, with
// require available), printing the completion value when print is set.
func (n *Node) RunEval(code string, print bool) int { return n.runEval(code, "[eval]", print) }

// RunStdin runs code read from standard input as node does when it is
// given no script (or "-"): as -e runs its code, under the name [stdin].
func (n *Node) RunStdin(code string) int { return n.runEval(code, "[stdin]", false) }

// RunCheck is node --check: the entry point is resolved as the main module
// would be and compiled in the format node would load it as (its
// extension, its package's "type", or, for a .js file whose package does
// not say, its syntax), and not run. A syntax error is reported as a load's
// would be, exit status 1; a missing file as node reports it.
func (n *Node) RunCheck(file string) int {
	return n.run(func() {
		m := n.modules
		abs, err := filepath.Abs(file)
		if err != nil {
			abs = file
		}
		resolved, err := m.resolveFile(abs, false)
		if fatalResolve(err) {
			m.throwRequestError(err, file)
		}
		if err != nil {
			n.VM.Throw(m.notFound(file, ""))
		}
		resolved = m.realPath(resolved)
		data, err := sysfile.ReadFile(resolved)
		if err != nil {
			n.VM.Throw(m.notFound(file, ""))
		}
		src := strings.TrimPrefix(string(data), "\uFEFF")
		// node names a module by its path here, not its URL.
		if _, err := compileEntry(src, resolved, resolved, m.formatOf(resolved)); err != nil {
			panic(n.syntaxError(err, src))
		}
	})
}

// RunCheckStdin is node --check on standard input: CommonJS, or an ES
// module with --input-type=module.
func (n *Node) RunCheckStdin(code string) int {
	return n.run(func() {
		kind := KindCommonJS
		if n.opts.ModuleInput {
			kind = KindModule
		}
		if _, err := Compile(code, "[stdin]", kind); err != nil {
			panic(n.syntaxError(err, code))
		}
	})
}

func (n *Node) runEval(code, file string, print bool) int {
	rt := n.VM
	wd, _ := os.Getwd()
	if n.opts.ModuleInput {
		return n.runEvalModule(code, wd, print)
	}
	// Without --input-type, node's syntax detection (on by default since
	// v20.19) runs code as an ES module when it fails to compile as a
	// script with module syntax (import, export, import.meta) or compiles
	// only as a module (a top-level await).
	p, err := Compile(code, file, KindScript)
	if err != nil && !n.opts.CommonJSInput && n.modules.retryAsESM(err, code, filepath.Join(wd, "[eval1]")) {
		return n.runEvalModule(code, wd, print)
	}
	name := filepath.Join(wd, file)
	// node makes the CommonJS wrapper's names globals for the code, as
	// plain assignments do (enumerable), in this order.
	mod := n.modules.evalModule(file, name)
	g := rt.Global()
	rt.CreateDataProperty(g, "__filename", rt.NewString(file))
	rt.CreateDataProperty(g, "module", mod)
	rt.CreateDataProperty(g, "exports", rt.GetS(mod, "exports"))
	rt.CreateDataProperty(g, "__dirname", rt.NewString("."))
	rt.CreateDataProperty(g, "require", n.modules.makeRequire(mod, wd, name))
	// process._eval is the code, read-only, as node has it for -e, -p and
	// standard input.
	rt.DefineKeyed(n.proc(), rt.NewString("_eval"), rt.NewString(code), false, true, true)
	n.evalSources = map[string]string{file: code}
	return n.run(func() {
		n.startChannel()
		n.preload()
		n.importPreloads(n.opts.Imports, func() {
			if err != nil {
				panic(n.syntaxError(err, code))
			}
			if file == "[eval]" {
				defer rt.SetStackTail(rt.SetStackTail(evalFrames))
			}
			// node runs the code as a vm script with displayErrors.
			var v vm.Value
			func() {
				defer n.decorateThrown()
				v = rt.RunScript(p)
			}()
			if print {
				writeText(n.opts.Stdout, n.inspect(v, inspectOptions{depth: 2})+"\n")
			}
			if n.opts.Interactive {
				n.startREPL()
			}
		})
	})
}

// runEvalModule runs -e code or standard input as an ES module, as node
// does under --input-type=module: named [eval1] in the working directory,
// with no CommonJS names, and no printing of a result.
func (n *Node) runEvalModule(code, wd string, print bool) int {
	rt := n.VM
	rt.DefineKeyed(n.proc(), rt.NewString("_eval"), rt.NewString(code), false, true, true)
	return n.run(func() {
		if print {
			rt.Throw(n.newNodeError(vm.ErrPlain, "ERR_EVAL_ESM_CANNOT_PRINT", "--print cannot be used with ESM input"))
		}
		n.startChannel()
		n.preload()
		n.importPreloads(n.opts.Imports, func() {
			// node names it by joining "[eval1]" to the folder's URL, so
			// the brackets stay as they are.
			name := fileURL(wd+string(filepath.Separator)) + "[eval1]"
			n.evalSources = map[string]string{name: code}
			p, err := n.compileModuleKind(code, name, KindModule)
			if err != nil {
				panic(n.syntaxError(err, code))
			}
			n.modules.esm.main = p
			n.modules.esm.runMain(filepath.Join(wd, "[eval1]"))
		})
	})
}

// runLoopTurns runs the event loop in mode; a panic of work done on the
// pool (a callback's, handed back by the loop) goes on here, on the
// loop's goroutine, and other failures are returned.
func (n *Node) runLoopTurns(mode loop.RunMode) error {
	err := n.Loop.Run(mode)
	var wp *loop.WorkPanic
	if errors.As(err, &wp) {
		panic(wp.Value)
	}
	return err
}

// runLoop runs the event loop until nothing keeps it alive, 'beforeExit'
// included, then ends the process as node does ('exit' event, exit code):
// the same for a script, -e code, standard input and the REPL.
func (n *Node) runLoop() int {
	n.drainTicksAndJobs()
	if n.loopStart == 0 {
		n.loopStart = time.Since(startTime)
	}
	for {
		if err := n.runLoopTurns(loop.RunDefault); err != nil {
			fmt.Fprintf(n.opts.Stderr, "kiln: event loop: %v\n", err)
			return 1
		}
		n.emitProcess("beforeExit", vm.Int(n.exitCode))
		n.drainTicksAndJobs()
		if !n.Loop.Alive() {
			break
		}
	}
	code := n.exitCode
	if n.modules.esm.unsettledMain() && n.exitCode == 0 {
		// Node's exit code for a top-level await that never settles. Its
		// first 'exit' listener sets it, so the event itself still says 0
		// and the other listeners see process.exitCode 13.
		n.exitCode = 13
		if n.processMade {
			n.VM.Try(func() { n.VM.SetS(n.process, "exitCode", vm.Int(13)) })
		}
	}
	if !n.exiting {
		n.exiting = true
		n.emitProcess("exit", vm.Int(code))
		// Node emits this last 'exit' in a callback scope, which runs the
		// ticks and microtasks its listeners queued (a prompt they reject).
		n.drainTicksAndJobs()
	}
	return n.exitCode
}

// RunREPL starts the interactive REPL on standard input and output, as
// node does when given no script and a terminal.
func (n *Node) RunREPL() int {
	return n.run(func() {
		n.preload()
		n.importPreloads(n.opts.Imports, n.startREPL)
	})
}

// startREPL starts the REPL on standard input and output.
func (n *Node) startREPL() {
	rt := n.VM
	banner := "Welcome to Kiln v" + Version + " (Node.js v20 compatible).\nType \".help\" for more information.\n"
	rt.Call(n.lib("internal/repl_main"), vm.Undefined, rt.NewString(banner))
}

// callPinned calls, from a loop callback, the function a binding pinned
// for it (a write's, shutdown's, send's or close's callback), unpinning it
// first; what it throws is an uncaught exception, as for timers. A value
// that is not a function is dropped.
func (n *Node) callPinned(p vm.Pin, args ...vm.Value) {
	rt := n.VM
	cb := rt.Pinned(p)
	rt.Unpin(p)
	if !rt.IsCallable(cb) {
		return
	}
	if exc := rt.Try(func() { rt.Call(cb, vm.Undefined, args...) }); exc != nil {
		n.uncaught(exc)
	}
}

// option is a node option's value as node's getOptionValue gives it: the
// last one given wins, "true" or "false" for a flag (--no-name turns
// --name off) or the value after "=", and set false when none was given.
func (o *Options) option(name string) (val string, set bool) {
	off := "--no-" + strings.TrimPrefix(name, "--")
	for i := len(o.NodeOptions) - 1; i >= 0; i-- {
		a := o.NodeOptions[i]
		switch {
		case a == name:
			return "true", true
		case a == off:
			return "false", true
		case strings.HasPrefix(a, name+"="):
			return a[len(name)+1:], true
		}
	}
	return "", false
}
