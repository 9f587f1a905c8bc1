package stdlib

import (
	"io"
	"os"
	"runtime"
	"strconv"
	"time"

	"github.com/kilnjs/kiln/vm"
)

var startTime = time.Now()

// installProcess defines the global process object: the parts of Node's
// process the foundation needs (the event loop issue completes it).
func (n *Node) installProcess() {
	rt := n.VM
	p := rt.NewObject()
	n.process = p
	rt.Realm().Extra["process"] = p
	argv := []vm.Value{rt.NewString(n.execPath())}
	for _, a := range n.opts.Argv {
		argv = append(argv, rt.NewString(a))
	}
	rt.CreateDataProperty(p, "argv", rt.NewArray(argv))
	rt.CreateDataProperty(p, "argv0", rt.NewString("node"))
	rt.CreateDataProperty(p, "execPath", rt.NewString(n.execPath()))
	rt.CreateDataProperty(p, "execArgv", rt.NewArray([]vm.Value{}))
	env := rt.NewObject()
	for _, kv := range os.Environ() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				rt.CreateDataProperty(env, kv[:i], rt.NewString(kv[i+1:]))
				break
			}
		}
	}
	rt.CreateDataProperty(p, "env", env)
	rt.CreateDataProperty(p, "platform", rt.NewString(runtime.GOOS))
	rt.CreateDataProperty(p, "arch", rt.NewString(goArchToNode(runtime.GOARCH)))
	rt.CreateDataProperty(p, "version", rt.NewString(NodeVersion))
	versions := rt.NewObject()
	rt.CreateDataProperty(versions, "node", rt.NewString(NodeVersion[1:]))
	rt.CreateDataProperty(versions, "kiln", rt.NewString(Version))
	rt.CreateDataProperty(p, "versions", versions)
	rt.CreateDataProperty(p, "pid", vm.Int(os.Getpid()))
	rt.CreateDataProperty(p, "ppid", vm.Int(os.Getppid()))
	rt.DefineAccessor(p, "exitCode", func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return vm.Int(n.exitCode)
	}, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if v := vm.Arg(args, 0); v != vm.Undefined {
			n.exitCode = int(rt.ToNumber(v))
		}
		return vm.Undefined
	})
	rt.DefineMethod(p, "exit", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if v := vm.Arg(args, 0); v != vm.Undefined {
			n.exitCode = int(rt.ToNumber(v))
		}
		n.exitNow(n.exitCode)
		return vm.Undefined
	})
	rt.DefineMethod(p, "cwd", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		wd, _ := os.Getwd()
		return rt.NewString(wd)
	})
	rt.DefineMethod(p, "uptime", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return vm.Float(time.Since(startTime).Seconds())
	})
	rt.DefineMethod(p, "nextTick", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if !rt.IsCallable(vm.Arg(args, 0)) {
			rt.ThrowTypeError("The \"callback\" argument must be of type function. Received %s", rt.ToStringForDisplay(vm.Arg(args, 0)))
		}
		entry := rt.NewArray(append([]vm.Value(nil), args...))
		n.ticks = append(n.ticks, rt.Pin(entry))
		return vm.Undefined
	})
	rt.DefineMethod(p, "hrtime", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		d := time.Since(startTime)
		return rt.NewArray([]vm.Value{vm.Int(int(d / time.Second)), vm.Int(int(d % time.Second))})
	})
	rt.DefineMethod(p, "memoryUsage", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		o := rt.NewObject()
		rt.CreateDataProperty(o, "rss", vm.Float(float64(ms.Sys)))
		rt.CreateDataProperty(o, "heapTotal", vm.Float(float64(ms.HeapSys)))
		rt.CreateDataProperty(o, "heapUsed", vm.Float(float64(rt.HeapStats().LiveBytes)))
		rt.CreateDataProperty(o, "external", vm.Int(0))
		rt.CreateDataProperty(o, "arrayBuffers", vm.Int(0))
		return o
	})
	// Events on process: a listener table kept in a JS object.
	listeners := rt.NewObject()
	rt.DefineValue(p, "_events", listeners)
	on := func(rt *vm.Runtime, this vm.Value, args []vm.Value) vm.Value {
		name := rt.ToGoString(vm.Arg(args, 0))
		list := rt.GetS(listeners, name)
		if list == vm.Undefined {
			list = rt.NewArray([]vm.Value{})
			rt.CreateDataProperty(listeners, name, list)
		}
		rt.Call(rt.GetS(list, "push"), list, vm.Arg(args, 1))
		return this
	}
	rt.DefineMethod(p, "on", 2, on)
	rt.DefineMethod(p, "addListener", 2, on)
	rt.DefineMethod(p, "once", 2, on)
	rt.DefineMethod(p, "emit", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Bool(n.emitProcess(rt.ToGoString(vm.Arg(args, 0)), args[min(1, len(args)):]...))
	})
	stream := func(w io.Writer, fd int) vm.Value {
		s := rt.NewObject()
		rt.DefineMethod(s, "write", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			io.WriteString(w, rt.ToGoString(vm.Arg(args, 0)))
			return vm.True
		})
		rt.CreateDataProperty(s, "fd", vm.Int(fd))
		rt.CreateDataProperty(s, "isTTY", vm.False)
		return s
	}
	rt.CreateDataProperty(p, "stdout", stream(n.opts.Stdout, 1))
	rt.CreateDataProperty(p, "stderr", stream(n.opts.Stderr, 2))
	rt.DefineValue(rt.Global(), "process", p)
}

// emitProcess calls the process listeners for an event, reporting whether
// there were any.
func (n *Node) emitProcess(name string, args ...vm.Value) bool {
	rt := n.VM
	list := rt.GetS(rt.GetS(n.process, "_events"), name)
	if list == vm.Undefined {
		return false
	}
	fns := rt.ArrayValues(list)
	for _, f := range fns {
		if exc := rt.Try(func() { rt.Call(f, n.process, args...) }); exc != nil {
			if name == "uncaughtException" {
				n.printUncaught(exc)
				n.exitNow(7)
			}
			n.uncaught(exc)
		}
	}
	return len(fns) > 0
}

func (n *Node) emitProcessUncaught(v vm.Value) bool {
	return n.emitProcess("uncaughtException", v, n.VM.NewString("uncaughtException"))
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

// Version is Kiln's own version.
var Version = "0.1.0-dev"

var _ = strconv.Itoa
