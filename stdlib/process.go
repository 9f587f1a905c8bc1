package stdlib

import (
	"bytes"
	"io"
	"math/big"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kilnjs/kiln/internal/jsdate"
	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// startTime is when the process started, for process.uptime and the
// origin of process.hrtime (any fixed monotonic origin will do: Node's is
// arbitrary too). New reads the clock the first time it runs: a
// package-level time.Now() was the last init code in stdlib, costing
// every process the page of an init function, while New runs a fraction
// of a millisecond later in a kiln process. Zero-valued variables rather
// than a lazy.Value, which holds its New and so lives in .data, where
// the first write copies a page no other write needed.
var (
	startTime     time.Time
	startTimeOnce sync.Once
)

// proc returns the process object, made on first use: a script that never
// names process (nor listens for its events) does not load the events
// module and lib/internal/process.js at start-up.
func (n *Node) proc() vm.Value {
	if !n.processMade {
		n.processMade = true
		n.installProcess()
	}
	return n.process
}

// installProcessGlobal defines the global process as Node does: an
// accessor, whose setter replaces what the global reads (not the process
// object Kiln itself uses).
func (n *Node) installProcessGlobal() {
	rt := n.VM
	const key = "global:process"
	rt.DefineLazyAccessor(rt.Global(), "process", func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		if v, ok := rt.Realm().Extra[key]; ok {
			return v
		}
		return n.proc()
	}, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		rt.Realm().Extra[key] = vm.Arg(args, 0)
		return vm.Undefined
	}, false)
}

// installProcess makes the process object. The Go side owns what
// touches the OS (environment snapshot, exit, signals, clocks, file
// descriptors 1 and 2); the internal module processSource turns it into an
// EventEmitter and adds the JavaScript-shaped parts (env's string
// coercion, stdout/stderr streams, argument validation).
func (n *Node) installProcess() {
	rt := n.VM
	// The events module runs JavaScript, which may collect: load it before
	// this function holds new values in Go variables.
	eventEmitter := n.lib("events")
	p := rt.NewObject()
	n.process = p
	rt.Realm().Extra["process"] = p
	argv := []vm.Value{rt.NewString(n.execPath())}
	for _, a := range n.opts.Argv {
		argv = append(argv, rt.NewString(a))
	}
	rt.CreateDataProperty(p, "version", rt.NewString(NodeVersion))
	versions := rt.NewObject()
	rt.CreateDataProperty(versions, "node", rt.NewString(NodeVersion[1:]))
	rt.CreateDataProperty(versions, "kiln", rt.NewString(Version))
	// The addon ABI of node 20 (NODE_MODULE_VERSION). Kiln loads no
	// addons, but packages compare it to tell a current node from 0.x:
	// spdy-transport (under webpack-dev-server and restify) replaces
	// Object.assign with util._extend, which copies no symbols, when it
	// is missing.
	rt.CreateDataProperty(versions, "modules", rt.NewString(nodeModuleVersion))
	rt.CreateDataProperty(p, "versions", versions)
	// Scripts check release.name to tell node from io.js-era runtimes, and
	// release.lts to tell an LTS line; the URLs are Node's published ones.
	release := rt.NewObject()
	rt.CreateDataProperty(release, "name", rt.NewString("node"))
	rt.CreateDataProperty(release, "lts", rt.NewString("Iron"))
	dist := "https://nodejs.org/download/release/" + NodeVersion + "/node-" + NodeVersion
	rt.CreateDataProperty(release, "sourceUrl", rt.NewString(dist+".tar.gz"))
	rt.CreateDataProperty(release, "headersUrl", rt.NewString(dist+"-headers.tar.gz"))
	rt.CreateDataProperty(p, "release", release)
	rt.CreateDataProperty(p, "arch", rt.NewString(goArchToNode(runtime.GOARCH)))
	rt.CreateDataProperty(p, "platform", rt.NewString(goOSToNode(runtime.GOOS)))
	rt.CreateDataProperty(p, "argv", rt.NewArray(argv))
	execArgv := make([]vm.Value, len(n.opts.ExecArgv))
	for i, a := range n.opts.ExecArgv {
		execArgv[i] = rt.NewString(a)
	}
	rt.CreateDataProperty(p, "execArgv", rt.NewArray(execArgv))
	rt.CreateDataProperty(p, "pid", vm.Int(os.Getpid()))
	rt.CreateDataProperty(p, "ppid", vm.Int(os.Getppid()))
	rt.CreateDataProperty(p, "execPath", rt.NewString(n.execPath()))
	rt.CreateDataProperty(p, "argv0", rt.NewString("node"))
	// process.mainModule is the CommonJS main module (setMain defines it
	// when process already exists).
	if n.modules != nil && n.modules.mainMod.IsObject() {
		rt.CreateDataProperty(p, "mainModule", n.modules.mainMod)
	}
	// Enumerable, as process's functions are in node.
	rt.DefineDataProperty(p, "nextTick", rt.NewNativeFunction("nextTick", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if !rt.IsCallable(vm.Arg(args, 0)) {
			rt.Throw(n.invalidArgType("callback", "of type function", vm.Arg(args, 0)))
		}
		if n.exiting {
			return vm.Undefined
		}
		n.ticks.push(rt.AsyncContext(), args[0], args[1:])
		return vm.Undefined
	}), true)

	b := rt.NewObject()
	n.installErrorBindings(b)
	rt.DefineValue(b, "process", p)
	env := rt.NewObject()
	environ := n.opts.Env
	if environ == nil {
		environ = os.Environ()
	}
	for _, kv := range environ {
		if k, v, ok := strings.Cut(kv, "="); ok && k != "" {
			rt.CreateDataProperty(env, k, rt.NewString(v))
		}
	}
	if n.coverDir != "" {
		// Made absolute, as node does, for child processes that start
		// elsewhere.
		rt.CreateDataProperty(env, "NODE_V8_COVERAGE", rt.NewString(n.coverDir))
	}
	rt.DefineValue(b, "env", env)
	n.processEnv = env
	fillEnvShare(n, b)
	if l := n.opts.worker; l != nil {
		fillWorkerStdin(n, b, l.w, l.stdin)
	}
	rt.DefineValue(b, "nodeEnvironmentFlags", rt.NewString(NodeEnvironmentFlags))
	fillOptions(n, b)
	rt.DefineMethod(b, "setSourceMaps", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		n.setSourceMaps(rt.ToBoolean(vm.Arg(args, 0)))
		return vm.Undefined
	})
	rt.DefineMethod(b, "stdioGetters", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		for fd := 1; fd <= 2; fd++ {
			n.stdio[fd].getter = rt.Pin(vm.Arg(args, fd-1))
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "stdioMade", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		fd, stream := int(rt.ToNumber(vm.Arg(args, 0))), vm.Arg(args, 1)
		if fd == 1 || fd == 2 {
			s := &n.stdio[fd]
			s.stream, s.write, s.made = rt.Pin(stream), rt.Pin(rt.GetS(stream, "write")), true
		}
		return stream
	})
	// guessHandleType(fd) picks the class of process.stdout, stderr and
	// stdin, as node's getStdout and getStdin do. A runtime whose stdout
	// or stderr is not a descriptor (an embedder's writer) has files.
	rt.DefineMethod(b, "guessHandleType", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		fd := int(rt.ToNumber(vm.Arg(args, 0)))
		if (fd == 1 || fd == 2) && !n.stdioIsFd(fd) {
			return rt.NewString("FILE")
		}
		return rt.NewString(guessHandleType(fd))
	})
	rt.DefineValue(b, "stdoutIsTTY", vm.Bool(IsTerminal(n.opts.Stdout)))
	rt.DefineValue(b, "stderrIsTTY", vm.Bool(IsTerminal(n.opts.Stderr)))
	rt.DefineMethod(b, "exitCode", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if len(args) > 0 {
			n.exitCode = int(rt.ToNumber(args[0]))
		}
		return vm.Int(n.exitCode)
	})
	rt.DefineMethod(b, "exit", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		n.exitNow(int(rt.ToNumber(vm.Arg(args, 0))))
		return vm.Undefined
	})
	rt.DefineMethod(b, "cwd", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		wd, err := os.Getwd()
		if err != nil {
			rt.Throw(n.uvException(err, "uv_cwd", ""))
		}
		return rt.NewString(wd)
	})
	rt.DefineMethod(b, "chdir", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		dir := rt.ToGoString(vm.Arg(args, 0))
		if err := os.Chdir(dir); err != nil {
			wd, _ := os.Getwd()
			u := uvErrorOf(err)
			e := rt.NewError(vm.ErrPlain, u.code+": "+u.desc+", chdir '"+wd+"' -> '"+dir+"'")
			rt.CreateDataProperty(e, "errno", vm.Int(u.errno))
			rt.CreateDataProperty(e, "code", rt.NewString(u.code))
			rt.CreateDataProperty(e, "syscall", rt.NewString("chdir"))
			rt.CreateDataProperty(e, "path", rt.NewString(wd))
			rt.CreateDataProperty(e, "dest", rt.NewString(dir))
			rt.Throw(e)
		}
		return vm.Undefined
	})
	if _, _, ok := processIDs(); ok {
		// ids() is [uid, euid, gid, egid]; groups() the supplementary
		// groups with the effective gid, as getgroups(2) and node give them.
		rt.DefineMethod(b, "ids", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			ids, _, _ := processIDs()
			vals := make([]vm.Value, len(ids))
			for i, id := range ids {
				vals[i] = vm.Int(id)
			}
			return rt.NewArray(vals)
		})
		rt.DefineMethod(b, "groups", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			ids, groups, _ := processIDs()
			vals := []vm.Value{}
			for _, g := range groups {
				vals = append(vals, vm.Int(g))
			}
			if !slices.Contains(groups, ids[1]) {
				vals = append(vals, vm.Int(ids[1]))
			}
			return rt.NewArray(vals)
		})
	}
	rt.DefineMethod(b, "umask", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if len(args) == 0 {
			return vm.Int(setUmask(0, false))
		}
		return vm.Int(setUmask(int(rt.ToNumber(args[0]))&0o777, true))
	})
	// process.env.TZ assigned or deleted switches the local time zone of
	// Date (and of Intl formats made afterwards), as in Node.
	rt.DefineMethod(b, "setTimeZone", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if v := vm.Arg(args, 0); v != vm.Undefined {
			tz := rt.ToGoString(v)
			os.Setenv("TZ", tz)
			loc, err := time.LoadLocation(strings.TrimPrefix(tz, ":"))
			if err != nil {
				loc = time.UTC
			}
			jsdate.SetZone(loc)
			return vm.Undefined
		}
		os.Unsetenv("TZ")
		jsdate.SetZone(systemZone())
		return vm.Undefined
	})
	rt.DefineMethod(b, "addonError", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return n.addonError(rt.ToGoString(vm.Arg(args, 0)))
	})
	rt.DefineMethod(b, "uptime", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return vm.Float(time.Since(startTime).Seconds())
	})
	rt.DefineMethod(b, "hrtime", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		d := hrtimeNow()
		return rt.NewArray([]vm.Value{vm.Int(int(d / time.Second)), vm.Int(int(d % time.Second))})
	})
	rt.DefineMethod(b, "hrtimeBigint", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return rt.NewBigInt(big.NewInt(int64(hrtimeNow())))
	})
	rt.DefineMethod(b, "memoryUsage", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return rt.NewArray([]vm.Value{vm.Float(float64(residentBytes())), vm.Float(float64(ms.HeapSys)),
			vm.Float(float64(rt.HeapUsed())), vm.Int(0), vm.Int(0)})
	})
	rt.DefineMethod(b, "rss", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return vm.Float(float64(residentBytes()))
	})
	rt.DefineMethod(b, "write", 2, n.writeStdio)
	rt.DefineMethod(b, "signalNumber", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if sig, ok := signalNumbers.get(rt.ToGoString(vm.Arg(args, 0))); ok {
			return vm.Int(int(sig))
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "kill", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if err := killProcess(int(rt.ToNumber(vm.Arg(args, 0))), int(rt.ToNumber(vm.Arg(args, 1)))); err != nil {
			u := uvErrorOf(err)
			e := rt.NewError(vm.ErrPlain, "kill "+u.code)
			rt.CreateDataProperty(e, "errno", vm.Int(u.errno))
			rt.CreateDataProperty(e, "code", rt.NewString(u.code))
			rt.CreateDataProperty(e, "syscall", rt.NewString("kill"))
			rt.Throw(e)
		}
		return vm.Undefined
	})
	watchers := map[string]*loop.Signal{}
	rt.DefineMethod(b, "signalStart", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		name := rt.ToGoString(vm.Arg(args, 0))
		sig, ok := signalNumbers.get(name)
		// As in node, only the main thread listens for signals: a
		// worker's listener neither runs nor keeps the signal's default
		// action from ending the process.
		if !ok || watchers[name] != nil || n.opts.worker != nil || n.opts.hooksThread {
			return vm.Undefined
		}
		s, err := n.Loop.Signal(sig, func(os.Signal) {
			n.emitProcess(name, rt.NewString(name), vm.Int(int(sig)))
		})
		if err != nil {
			rt.Throw(n.uvException(err, "uv_signal_start", ""))
		}
		// Node's signal handles do not keep the process alive.
		s.Unref()
		watchers[name] = s
		return vm.Undefined
	})
	rt.DefineMethod(b, "signalStop", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		name := rt.ToGoString(vm.Arg(args, 0))
		if s := watchers[name]; s != nil {
			s.Close(nil)
			delete(watchers, name)
		}
		return vm.Undefined
	})
	rt.DefineValue(b, "EventEmitter", eventEmitter)
	rt.DefineMethod(b, "moduleLoads", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		names := make([]vm.Value, len(n.moduleLoads))
		for i, name := range n.moduleLoads {
			names[i] = rt.NewString(name)
		}
		return rt.NewArray(names)
	})
	n.installProcessResources(b)
	// The binding keeps the functions lib/internal/process.js gives the Go
	// side (emitWarningSync).
	rt.Realm().Extra["process:binding"] = b
	n.runInternal("internal/process", b)
}

// emitWarningSync writes a warning at once, as node's emitWarningSync does
// where the process may end before a tick would run (a module that fails
// to compile).
func (n *Node) emitWarningSync(msg string) {
	rt := n.VM
	n.proc()
	if f := rt.GetS(rt.Realm().Extra["process:binding"], "emitWarningSync"); rt.IsCallable(f) {
		rt.Call(f, vm.Undefined, rt.NewString(msg))
	}
}

// hrtimeNow is process.hrtime's clock.
func hrtimeNow() time.Duration { return time.Since(startTime) + hrtimeOrigin }

// hrtimeOrigin puts process.hrtime's zero well before the process started,
// as Node's (system boot) is, so that differences never look like a fresh
// counter.
const hrtimeOrigin = 1000 * time.Hour

// residentBytes is the resident set size: from /proc where there is one,
// else what the Go runtime has obtained from the OS.
func residentBytes() uint64 {
	if data, err := os.ReadFile("/proc/self/statm"); err == nil {
		if f := bytes.Fields(data); len(f) > 1 {
			if pages, err := strconv.ParseUint(string(f[1]), 10, 64); err == nil {
				return pages * uint64(os.Getpagesize())
			}
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Sys
}

// writeStdio is write(fd, chunk) for process.stdout and stderr: a string
// or buffer to the runtime's stdout, or its stderr for fd 2.
func (n *Node) writeStdio(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
	w := n.opts.Stdout
	if rt.ToNumber(vm.Arg(args, 0)) == 2 {
		w = n.opts.Stderr
	}
	chunk := vm.Arg(args, 1)
	var err error
	f, isFile := w.(*os.File)
	if chunk.IsString() {
		s := rt.GoString(chunk)
		switch {
		case strings.IndexByte(s, 0xED) >= 0:
			_, err = w.Write(wtf8ToUTF8(s))
		case isFile:
			_, err = writeFileString(f, s)
		default:
			_, err = io.WriteString(w, s)
		}
	} else if data, ok := rt.BufferBytes(chunk); ok {
		if isFile {
			_, err = writeFileBytes(f, data)
		} else {
			_, err = w.Write(data)
		}
	}
	if err != nil {
		// A closed pipe or a full disk: the stream's error (the console
		// ignores it). Only a pipe or socket has EPIPE, where node's stdout
		// is a socket, whose errors read "write EPIPE".
		if u := uvErrorOf(err); u.code == "EPIPE" {
			e := rt.NewError(vm.ErrPlain, "write "+u.code)
			rt.CreateDataProperty(e, "errno", vm.Int(u.errno))
			rt.CreateDataProperty(e, "code", rt.NewString(u.code))
			rt.CreateDataProperty(e, "syscall", rt.NewString("write"))
			return e
		}
		return n.uvException(err, "write", "")
	}
	return vm.Undefined
}

// stdioIsFd reports whether the runtime's stdout (fd 1) or stderr (fd 2)
// is that descriptor of the process: the same file, often through a
// duplicate (cmd/kiln writes through one, see its stdio_unix.go).
func (n *Node) stdioIsFd(fd int) bool {
	w := n.opts.Stdout
	if fd == 2 {
		w = n.opts.Stderr
	}
	f, ok := w.(*os.File)
	return ok && sameFile(int(f.Fd()), fd)
}

// IsTerminal is whether w (an *os.File) is a terminal: asked of the
// terminal driver (tty_linux.go) as libuv's uv_guess_handle does, since
// other character devices (/dev/null) are files to node.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isatty(int(f.Fd()))
}

// emitProcess emits an event on process, reporting whether it had
// listeners. A throwing listener is an uncaught exception, except inside
// 'uncaughtException' itself, which Node treats as fatal (exit 7).
func (n *Node) emitProcess(name string, args ...vm.Value) bool {
	if !n.processMade {
		return false // nothing can listen to a process nobody has seen
	}
	rt := n.VM
	emit := rt.GetS(n.process, "emit")
	if !rt.IsCallable(emit) {
		return false
	}
	if name == "exit" {
		rt.Try(func() { rt.SetS(n.process, "_exiting", vm.True) })
	}
	had := false
	if exc := rt.Try(func() {
		had = rt.ToBoolean(rt.Call(emit, n.process, append([]vm.Value{rt.NewString(name)}, args...)...))
	}); exc != nil {
		if name == "uncaughtException" {
			n.fatalException(exc)
		}
		n.uncaught(exc)
		return true
	}
	return had
}

// fatalException ends the process for an exception thrown while handling
// an uncaught one: node prints it and exits with 7 without running 'exit'
// listeners.
func (n *Node) fatalException(exc *vm.Exception) {
	n.printUncaught(exc)
	n.exitCode = 7
	n.exiting = true
	panic(exitPanic{7})
}

// emitProcessUncaught hands an uncaught exception to the callback set with
// process.setUncaughtExceptionCaptureCallback, else to 'uncaughtException'
// listeners (with origin); it reports whether anything took it.
func (n *Node) emitProcessUncaught(v vm.Value, origin string) bool {
	rt := n.VM
	// node:domain's handler goes first: the active domain's 'error'
	// listeners take the exception, as node's domain does through its own
	// capture callback (see lib/domain.js).
	if f, ok := rt.Realm().Extra[domainHandlerKey]; ok {
		handled := false
		if exc := rt.Try(func() { handled = rt.ToBoolean(rt.Call(f, vm.Undefined, v)) }); exc != nil {
			n.fatalException(exc)
		}
		if handled {
			return true
		}
	}
	if f, ok := rt.Realm().Extra[uncaughtCaptureKey]; ok && n.processMade {
		if exc := rt.Try(func() { rt.Call(f, vm.Undefined, v) }); exc != nil {
			// A throwing capture callback is as fatal as a throwing
			// 'uncaughtException' listener.
			n.fatalException(exc)
		}
		return true
	}
	return n.emitProcess("uncaughtException", v, n.VM.NewString(origin))
}

func (n *Node) execPath() string {
	if n.opts.ExecPath != "" {
		return n.opts.ExecPath
	}
	p, err := os.Executable()
	if err != nil {
		return "kiln"
	}
	return p
}

func goArchToNode(a string) string {
	switch a {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	}
	return a
}

func goOSToNode(o string) string {
	if o == "windows" {
		return "win32"
	}
	return o
}

// Version is Kiln's own version.
var Version = "0.1.0-dev"

// systemZone is the zone of /etc/localtime, which local time follows when
// TZ is unset; UTC without one.
func systemZone() *time.Location {
	if data, err := os.ReadFile("/etc/localtime"); err == nil {
		if loc, err := time.LoadLocationFromTZData("Local", data); err == nil {
			return loc
		}
	}
	return time.UTC
}

// fillOptions gives a lib file's binding the node options in effect:
// option(name), node's getOptionValue (undefined for one not given, a
// boolean for a flag, else the value), and envArgv, NODE_OPTIONS' words
// as written, which process.execArgv leaves out. lib/internal/options.js
// has them for the files other than process's.
func fillOptions(n *Node, b vm.Value) {
	rt := n.VM
	rt.DefineMethod(b, "option", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		v, set := n.opts.option(rt.ToGoString(vm.Arg(args, 0)))
		switch {
		case !set:
			return vm.Undefined
		case v == "true" || v == "false":
			return vm.Bool(v == "true")
		}
		return rt.NewString(v)
	})
	// optionValues(name) is every value of an option given more than once
	// (--disable-warning), in order.
	rt.DefineMethod(b, "optionValues", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		prefix := rt.ToGoString(vm.Arg(args, 0)) + "="
		var vals []vm.Value
		for _, a := range n.opts.NodeOptions {
			if strings.HasPrefix(a, prefix) {
				vals = append(vals, rt.NewString(a[len(prefix):]))
			}
		}
		return rt.NewArray(vals)
	})
	words := make([]vm.Value, len(n.opts.EnvArgv))
	for i, w := range n.opts.EnvArgv {
		words[i] = rt.NewString(w)
	}
	rt.DefineValue(b, "envArgv", rt.NewArray(words))
}
