// Command kiln runs JavaScript and TypeScript programs the way Node.js does.
//
//	kiln                    start the REPL (with a terminal on stdin)
//	kiln file.js [args]     run a program
//	kiln run file.js|script run a program, or a package.json script (node --run)
//	kiln -e CODE            evaluate CODE
//	kiln -p EXPR            evaluate EXPR and print the result
//	kiln app.kbc [args]     run a snapshot written by kiln build
//	kiln build app.js -o app.kbc [--bundle] [--exe] [--no-source]
//	kiln --test [paths]     run test files, each in a process of its own (node --test)
//	kiln --print-bytecode file.js
//	kiln bench [options]    run the benchmark suite against node (see bench.go)
//	kiln --version | --help
package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/stdlib"
)

const usage = `Usage: kiln [options] [ script.js | app.kbc ] [arguments]
       kiln [options] - [arguments]     run the program on standard input
       kiln run script.js [arguments]   run the program (kiln ./run runs a file named run)
       kiln run NAME [arguments]        run package.json's script NAME, as node --run does (v22)
       kiln                             the REPL (with a terminal on stdin)

Options:
  -e, --eval CODE          evaluate CODE as a script
  -p, --print EXPR         evaluate EXPR and print the result
  -c, --check              check the script's syntax without running it (standard input's without one)
  -i, --interactive        the REPL even when standard input is not a terminal (after -e code, if any)
  --test [paths]           run the test files found under paths (the working directory by default)
  --test-reporter=NAME     node:test's reporter: tap, spec or dot (spec on a terminal, else tap)
  --test-reporter-destination=D  where the reporter writes: stdout, stderr or a file
  --test-name-pattern=RE   run only the tests whose names match RE (others are skipped)
  --test-only              run only the tests marked only
  --print-bytecode FILE    print the bytecode the compiler makes for FILE
  --cpu-prof               write a CPU profile of the run's JavaScript (.cpuprofile), as node does; with
                           --cpu-prof-dir, --cpu-prof-name and --cpu-prof-interval as node's
  --heap-prof              write a sampling heap profile of the run (.heapprofile) at exit, as node does;
                           with --heap-prof-dir, --heap-prof-name and --heap-prof-interval as node's
  -r, --require MODULE     require MODULE before the program runs
  -C, --conditions NAME    an extra "exports"/"imports" condition for require and import
  --import MODULE          import the ES module MODULE after those, before the program runs
  --loader, --experimental-loader MODULE  register MODULE's ES module hooks first, as module.register does
  --input-type=TYPE        run -e code and standard input as "module" or "commonjs" (the default)
  --max-heap-size=MB       end the process when the JavaScript heap grows past MB
  --max-old-space-size=MB  the same, as node (V8) writes it
  --no-warnings, --trace-warnings, --no-deprecation, --throw-deprecation, --trace-deprecation
                           how warnings are written, as in node
  --unhandled-rejections=MODE  throw, strict, warn, none or warn-with-error-code, as in node
  --stack-trace-limit=N    Error.stackTraceLimit's first value
  --enable-source-maps     stack traces in the source that code was made from, by its sourceMappingURL
  --title=TITLE            process.title
  -v, --version            print Kiln's version
  --v8-options             list the V8 options Kiln takes, in V8's layout
  --env-file=FILE          add FILE's variables to the environment (those not already set; NODE_OPTIONS too), as node does
  --watch                  run the script again when it or a module it loaded changes (--watch-path=P: files under P)
  --expose-gc              a global gc() that collects garbage now
  build app.js -o app.kbc  compile ahead of time (kiln build --help for more)
  -h, --help               print this help

Node's other options are taken as node v20 takes them (on the command line and in NODE_OPTIONS); those that
restrict what a program may do, which Kiln cannot honour, are refused with the reason (exit 9).

Environment:
  NODE_OPTIONS             options read before the command line's, as node reads them (only those node allows there)
  NODE_V8_COVERAGE=DIR     write V8's block coverage of the scripts run to DIR at exit, as node does for c8
  KILN_GC_STRESS=1         collect garbage at every safepoint (for testing)
  KILN_GC_TRACE=1          write a line per garbage collection to stderr: live size, cells, pause
  KILN_NO_COMPILE_CACHE=1  do not cache compiled bytecode under the user cache directory
  KILN_GO_CPUPROF=FILE     write a Go CPU profile (pprof) of the whole process to FILE
  KILN_GO_MEMPROF=FILE     write a Go allocation profile (pprof) to FILE at exit
`

// v8Options is what --v8-options prints: V8's option syntax and the V8
// options Kiln takes, laid out as V8 lists its own. Tools read that list
// to tell node's flags from a script's (gulp, through liftoff's v8flags,
// asks for it at every start and fails if the command does).
const v8Options = `The following syntax for options is accepted (both '-' and '--' are ok):
  --flag        (bool flags only)
  --no-flag     (bool flags only)
  --flag=value  (non-bool flags only, no spaces around '=')
  --flag value  (non-bool flags only)
  --            (captures all remaining args in JavaScript)

Options:
  --expose-gc (expose gc extension: a global gc() that collects now)
        type: bool  default: --no-expose-gc
  --harmony (accepted for node's sake; Kiln ships what node v20 ships)
        type: bool  default: --no-harmony
  --lazy (accepted for node's sake; Kiln has no compiler tiers to tune)
        type: bool  default: --lazy
  --opt (accepted for node's sake; Kiln has no optimizing compiler)
        type: bool  default: --opt
  --predictable (accepted for node's sake)
        type: bool  default: --no-predictable
  --single-threaded (accepted for node's sake; Kiln's JavaScript runs on one thread)
        type: bool  default: --no-single-threaded
  --max-old-space-size (the JavaScript heap's limit in MB; Kiln's heap limit)
        type: size_t  default: --max-old-space-size=0
  --max-semi-space-size (accepted for node's sake; Kiln's heap has no young generation)
        type: size_t  default: --max-semi-space-size=0
  --stack-size (accepted for node's sake; Kiln's calls use no native stack)
        type: int  default: --stack-size=984
  --stack-trace-limit (Error.stackTraceLimit's first value)
        type: int  default: --stack-trace-limit=10
`

// quietStartup keeps Go's collector off while the runtime starts, up to
// startupHeap of memory: loading Node's library for a program that requires
// a handful of modules allocates 3–5 MB of Go heap, and Go's first
// collection would come at 4 MB, costing ~2 ms of wall time on the way. The
// first collection, forced by the limit, puts the usual settings back (a
// cleanup on an object nothing references runs after it), so a program that
// goes on allocating runs with GOGC=100 from there. GOGC or GOMEMLIMIT in the
// environment leave everything to the user.
//
// No timer ends the window: a timer would start Go's network poller, an
// epoll instance and an eventfd that a program needing none pays for.
func quietStartup() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	const startupHeap = 32 << 20
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(startupHeap)
	// A pointer field keeps the sentinel out of the tiny allocator, whose
	// blocks may outlive it and never let the cleanup run.
	runtime.AddCleanup(&startupSentinel{}, func(struct{}) {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
	}, struct{}{})
}

type startupSentinel struct{ _ *byte }

// growStack grows the main goroutine's stack to 16 KB while main's are the
// only frames on it. A goroutine starts with 2 KB and doubles on demand, and
// each time Go copies the stack it walks every frame on it through the
// binary's tables of stack layouts (.gopclntab), pages that nothing else
// needs: a hello world's run took the stack from 8 KB to 16 KB deep in
// running its module, and that walk faulted in nine 64 KB windows of
// .gopclntab (perf's page faults, kiln-run: 27 windows of .gopclntab to 18),
// each a few microseconds when the binary sits in the page cache in 4 KB
// folios. Growing here walks three frames.
//
//go:noinline
func growStack() byte {
	var frame [13 << 10]byte
	return stackByte(&frame)
}

//go:noinline
func stackByte(p *[13 << 10]byte) byte { return p[len(p)-1] }

func main() {
	restoreSignalDefaults()
	takeDefaultSignalActions()
	// Kiln writes no Go heap profile unless KILN_GO_MEMPROF asks for one;
	// sampling allocations for one costs a stack walk and a bucket every
	// 512 KB.
	runtime.MemProfileRate = 0
	growStack()
	quietStartup()
	prof := startGoProfile(os.Stderr)
	// A single executable built with kiln build --exe runs its app before
	// kiln looks at any flag: the arguments are the app's.
	stdout, stderr := stdio()
	var code int
	if exe, pl, ok, err := embeddedSnapshot(); err != nil {
		fmt.Fprintf(os.Stderr, "kiln: %s: %v\n", exe, err)
		code = 1
	} else if ok {
		code = runEmbedded(exe, pl, os.Args[1:], stdout, stderr)
	} else {
		code = run(os.Args[1:], stdout, stderr)
	}
	// A program that left its terminal raw (setRawMode) gives it back in
	// line mode, and a pipe that process.stdout made non-blocking gets its
	// mode back, as node does, a single executable's included.
	stdlib.ResetStdio()
	prof.stop(os.Stderr)
	os.Exit(code)
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "bench" {
		return runBench(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "build" {
		return runBuild(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "run" {
		return runRun(args[1:], stdout, stderr)
	}
	r := &cliRun{opts: stdlib.Options{Stdout: stdout, Stderr: stderr, GCStress: os.Getenv("KILN_GC_STRESS") == "1",
		CompileCache: stdlib.DefaultCompileCacheDir()}}
	watchChild := watchChildReport(&r.opts)
	// The profiler's deferred stop runs whatever the options that follow
	// --cpu-prof make of the run.
	defer func() {
		if r.prof != nil {
			r.prof.stop(stderr)
		}
	}()
	env, loaded, ok := nodeOptionsOf(args, stderr)
	if !ok {
		return 9
	}
	if env != "" {
		words, err := splitNodeOptions(env)
		if err != nil {
			fmt.Fprintf(stderr, "kiln: %v\n", err)
			return 9
		}
		n, code, exit := r.parseOptions(words, true, stdout, stderr)
		if exit {
			return code
		}
		r.opts.EnvArgv = words[:n]
	}
	i, code, exit := r.parseOptions(args, false, stdout, stderr)
	if exit {
		return code
	}
	if !loadEnvFiles(notLoaded(r.envFiles, loaded), stderr) {
		return 9
	}
	if !r.cpuProf.on && len(r.cpuProf.set) > 0 {
		fmt.Fprintf(stderr, "kiln: %s must be used with --cpu-prof\n", r.cpuProf.set[0])
		return 9
	}
	if r.cpuProf.on {
		var err error
		if r.prof, err = startCPUProfile(r.cpuProf); err != nil {
			fmt.Fprintf(stderr, "kiln: --cpu-prof: %v\n", err)
			return 1
		}
	}
	if !r.heapProf.on && len(r.heapProf.set) > 0 {
		fmt.Fprintf(stderr, "kiln: %s must be used with --heap-prof\n", r.heapProf.set[0])
		return 9
	}
	var heapProf *heapProfile
	if r.heapProf.on {
		var err error
		if heapProf, err = startHeapProfile(r.heapProf); err != nil {
			fmt.Fprintf(stderr, "kiln: --heap-prof: %v\n", err)
			return 1
		}
	}
	opts, prof := r.opts, &profiles{cpu: r.prof, heap: heapProf}
	if r.defaultTypeModule && !r.inputTypeSet {
		// -e code and standard input are modules too, unless
		// --input-type says otherwise.
		opts.ModuleInput = true
	}
	if len(r.loaders) > 0 {
		opts.Imports = append([]string{loaderImport(r.loaders)}, opts.Imports...)
	}
	rest := args[i:]
	if r.check {
		return runCheck(r, opts, rest, stderr)
	}
	if r.watch && !watchChild {
		switch {
		case r.hasEval:
			fmt.Fprintln(stderr, "kiln: either --watch or --eval can be used, not both")
			return 9
		case r.testMode:
			fmt.Fprintln(stderr, "kiln: --watch with --test is not supported")
			return 9
		case len(rest) == 0 || rest[0] == "-":
			fmt.Fprintln(stderr, "kiln: --watch requires specifying a file")
			return 9
		}
		return runWatch(append(withoutWatchOptions(args[:i]), rest...), rest[0], rest, r.watchPaths, r.watchPreserve, stdout, stderr)
	}
	if r.testMode {
		return runNode(opts, prof, func(n *stdlib.Node) int { return n.RunTests(rest) })
	}
	if r.hasEval {
		opts.Argv = rest
		return runNode(opts, prof, func(n *stdlib.Node) int { return n.RunEval(r.evalCode, r.printResult) })
	}
	if len(rest) == 0 || rest[0] == "-" {
		// node runs the program on standard input when given "-", or no
		// script and a stdin that is not a terminal; with a terminal, or
		// with -i, it starts its REPL.
		if len(rest) == 0 && (opts.Interactive || stdlib.IsTerminal(os.Stdin)) {
			return runNode(opts, prof, (*stdlib.Node).RunREPL)
		}
		code, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(stderr, "kiln: reading standard input: %v\n", err)
			return 1
		}
		opts.Argv = rest
		return runNode(opts, prof, func(n *stdlib.Node) int { return n.RunStdin(string(code)) })
	}
	script := rest[0]
	abs, err := filepath.Abs(script)
	if err == nil {
		script = abs
	}
	opts.Argv = append([]string{script}, rest[1:]...)
	if strings.EqualFold(filepath.Ext(script), ".kbc") {
		return runSnapshotFile(opts, script)
	}
	return runNode(opts, prof, func(n *stdlib.Node) int { return n.RunMain(script) })
}

// runCheck is --check: node's rules for what it cannot go with, then the
// script named first, or standard input without one, compiled and not run.
func runCheck(r *cliRun, opts stdlib.Options, rest []string, stderr io.Writer) int {
	switch {
	case r.hasEval:
		fmt.Fprintln(stderr, "kiln: either --check or --eval can be used, not both")
		return 9
	case r.testMode:
		fmt.Fprintln(stderr, "kiln: either --test or --check can be used, not both")
		return 9
	}
	if len(rest) == 0 || rest[0] == "-" {
		code, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(stderr, "kiln: reading standard input: %v\n", err)
			return 1
		}
		return runNode(opts, nil, func(n *stdlib.Node) int { return n.RunCheckStdin(string(code)) })
	}
	script := rest[0]
	if abs, err := filepath.Abs(script); err == nil {
		script = abs
	}
	opts.Argv = append([]string{script}, rest[1:]...)
	return runNode(opts, nil, func(n *stdlib.Node) int { return n.RunCheck(script) })
}

// profiles are the profilers a run asked for (nil when not).
type profiles struct {
	cpu  *cpuProfile
	heap *heapProfile
}

// runNode makes a runtime with opts, attaches the profilers, and runs what
// run runs on it: a script, -e code, standard input or the REPL. The heap
// profile is written before the runtime closes (the CPU profile after, by
// run's deferred stop).
func runNode(opts stdlib.Options, prof *profiles, run func(*stdlib.Node) int) int {
	n, err := stdlib.New(opts)
	if err != nil {
		fmt.Fprintf(opts.Stderr, "kiln: %v\n", err)
		return 1
	}
	defer n.Close()
	if prof == nil {
		prof = &profiles{}
	}
	prof.cpu.attach(n.VM)
	prof.heap.attach(n.VM)
	defer prof.heap.stop(n.VM, opts.Stderr)
	return run(n)
}

func printBytecode(file string, stdout, stderr io.Writer) int {
	data, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "kiln: %v\n", err)
		return 1
	}
	p, err := stdlib.Compile(string(data), file, stdlib.KindCommonJS)
	if err != nil {
		fmt.Fprintf(stderr, "%v\n", err)
		return 1
	}
	bytecode.Disassemble(stdout, p.Main)
	return 0
}
