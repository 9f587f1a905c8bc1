package stdlib

import (
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kilnjs/kiln/vm"
)

// console is the global console's state: group indentation and counters,
// keyed by label as Node's Console does. Its timers are in console._times,
// where node keeps them and programs look.
type console struct {
	indent string
	counts map[string]int
}

// installConsole defines the global console: log/info/debug/dir/table/
// count/time write to stdout, error/warn/trace/assert to stderr.
func (n *Node) installConsole() {
	rt := n.VM
	c := rt.NewObject()
	methods := make(map[string]vm.NativeFunc, len(consoleMethodOrder))
	def := func(name string, fn vm.NativeFunc) { methods[name] = fn }
	st := &console{counts: map[string]int{}}
	stdout, stderr := n.opts.Stdout, n.opts.Stderr
	// write writes s, a line, to stdout or stderr: straight to the fd, or,
	// once a program has replaced process.stdout (or stderr) or its
	// write, through what it put there, as node's console writes through
	// process.stdout.write.
	write := func(fd int, s string) {
		if st.indent != "" {
			s = st.indent + strings.ReplaceAll(s, "\n", "\n"+st.indent)
		}
		if stream, ok := n.consoleStream(fd); ok {
			rt.Call(rt.GetS(n.lib("internal/console"), "writeIgnoringErrors"), vm.Undefined,
				stream, rt.NewString(s+"\n"), rt.GetS(c, "_"+stdioNames[fd]+"ErrorHandler"))
		} else if fd == 1 {
			writeText(stdout, s+"\n")
		} else {
			writeText(stderr, s+"\n")
		}
		n.consoleTick = true
	}
	colors := n.consoleColors()
	// format is n.Format with the colours the console gives stream fd.
	format := func(fd int, args []vm.Value) string {
		if s, ok := plainStrings(rt, args); ok {
			return s
		}
		o := n.inspectDefaults()
		o.Colors = o.Colors || colors(fd)
		return n.formatWithOptions(o, args)
	}
	printer := func(fd int) vm.NativeFunc {
		return func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			write(fd, format(fd, args))
			return vm.Undefined
		}
	}
	// Console's warnings are process warnings, printed on a later tick.
	warn := func(msg string) {
		p := n.proc()
		rt.Call(rt.GetS(p, "emitWarning"), p, rt.NewString(msg))
	}
	for _, name := range []string{"log", "info", "debug"} {
		def(name, printer(1))
	}
	for _, name := range []string{"error", "warn"} {
		def(name, printer(2))
	}
	def("trace", func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		msg := format(2, args)
		e := rt.NewError(vm.ErrPlain, msg)
		stack := rt.ToStringForDisplay(rt.GetS(e, "stack"))
		head := "Trace"
		if msg != "" {
			head += ": " + msg
		}
		if i := strings.Index(stack, "\n    at"); i >= 0 {
			head += stack[i:]
		}
		write(2, head)
		return vm.Undefined
	})
	def("assert", func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if rt.ToBoolean(vm.Arg(args, 0)) {
			return vm.Undefined
		}
		// node turns the first argument into a string before formatting,
		// so an object shows as [object Object] there.
		rest := append([]vm.Value(nil), args[min(1, len(args)):]...)
		if len(rest) > 0 {
			rest[0] = rt.NewString("Assertion failed: " + rt.ToGoString(rest[0]))
		} else {
			rest = []vm.Value{rt.NewString("Assertion failed")}
		}
		write(2, format(2, rest))
		return vm.Undefined
	})
	def("dir", func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		opts := n.inspectOptionsFrom(vm.Arg(args, 1))
		opts.CustomInspect = false
		if o := vm.Arg(args, 1); !o.IsObject() || rt.GetS(o, "colors") == vm.Undefined {
			opts.Colors = colors(1)
		}
		write(1, n.Inspect(vm.Arg(args, 0), opts))
		return vm.Undefined
	})
	label := func(rt *vm.Runtime, args []vm.Value) string {
		if a := vm.Arg(args, 0); a != vm.Undefined {
			return rt.ToGoString(a)
		}
		return "default"
	}
	def("count", func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		l := label(rt, args)
		st.counts[l]++
		write(1, l+": "+strconv.Itoa(st.counts[l]))
		return vm.Undefined
	})
	def("countReset", func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		l := label(rt, args)
		if _, ok := st.counts[l]; !ok {
			warn("Count for '" + l + "' does not exist")
			return vm.Undefined
		}
		delete(st.counts, l)
		return vm.Undefined
	})
	group := func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if len(args) > 0 {
			write(1, format(1, args))
		}
		st.indent += "  "
		return vm.Undefined
	}
	def("group", group)
	def("groupCollapsed", group)
	def("groupEnd", func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		st.indent = st.indent[:max(0, len(st.indent)-2)]
		return vm.Undefined
	})
	// The timers' map is called by property lookup, as node's console
	// calls this._times.has and friends, and holds process.hrtime() pairs.
	times := func(method string, args ...vm.Value) vm.Value {
		m := rt.GetS(c, "_times")
		return rt.Call(rt.GetS(m, method), m, args...)
	}
	def("time", func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		l := label(rt, args)
		if rt.ToBoolean(times("has", rt.NewString(l))) {
			warn("Label '" + l + "' already exists for console.time()")
			return vm.Undefined
		}
		d := hrtimeNow()
		times("set", rt.NewString(l), rt.NewArray([]vm.Value{vm.Int(int(d / time.Second)), vm.Int(int(d % time.Second))}))
		return vm.Undefined
	})
	timeLog := func(end bool) vm.NativeFunc {
		return func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			l := label(rt, args)
			start := times("get", rt.NewString(l))
			if start == vm.Undefined {
				warn("No such label '" + l + "' for console.time" + map[bool]string{true: "End", false: "Log"}[end] + "()")
				return vm.Undefined
			}
			sec, ns := rt.ToNumber(rt.GetS(start, "0")), rt.ToNumber(rt.GetS(start, "1"))
			elapsed := formatElapsed(hrtimeNow() - time.Duration(sec*1e9+ns))
			if end {
				times("delete", rt.NewString(l))
			}
			// Through console.log, as node's: a program that replaced it
			// gets the line.
			logArgs := []vm.Value{rt.NewString("%s: %s"), rt.NewString(l), rt.NewString(elapsed)}
			if !end && len(args) > 1 {
				logArgs = append(logArgs, args[1:]...)
			}
			rt.Call(rt.GetS(c, "log"), c, logArgs...)
			return vm.Undefined
		}
	}
	def("timeEnd", timeLog(true))
	def("timeLog", timeLog(false))
	def("table", func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data := vm.Arg(args, 0)
		if !data.IsObject() {
			write(1, n.Format(args[:min(1, len(args))]))
			return vm.Undefined
		}
		write(1, n.consoleTable(data, vm.Arg(args, 1), colors(1)))
		return vm.Undefined
	})
	// The inspector's methods: without an inspector attached they do
	// nothing, as in node run without --inspect.
	for _, name := range []string{"profile", "profileEnd", "timeStamp"} {
		def(name, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value { return vm.Undefined })
	}
	methods["dirxml"] = methods["log"]
	// clear acts on a terminal only; a piped stdout is left alone, as in
	// node.
	def("clear", func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		out := rt.GetS(n.proc(), "stdout")
		env := rt.GetS(n.proc(), "env")
		if rt.ToBoolean(rt.GetS(out, "isTTY")) && rt.ToGoString(rt.GetS(env, "TERM")) != "dumb" {
			rl := n.modules.builtin("readline")
			rt.Call(rt.GetS(rl, "cursorTo"), vm.Undefined, out, vm.Int(0), vm.Int(0))
			rt.Call(rt.GetS(rl, "clearScreenDown"), vm.Undefined, out)
		}
		return vm.Undefined
	})
	def("context", consoleContext)
	def("createTask", consoleCreateTask)
	// Node's order, enumerable as node's are, so that inspecting console
	// looks the same.
	for _, name := range consoleMethodOrder {
		if name == "Console" {
			n.defineConsoleState(c)
			rt.DefineLazyDataProperty(c, "Console", true, func() vm.Value {
				return rt.GetS(n.lib("internal/console"), "Console")
			})
			continue
		}
		// V8's console methods declare no parameters, but context (name).
		length := 0
		if name == "context" {
			length = 1
		}
		rt.DefineDataProperty(c, name, rt.NewNativeFunction(name, length, methods[name]), true)
	}
	for fd := 1; fd <= 2; fd++ {
		rt.DefineAccessorProperty(c, "_"+stdioNames[fd], func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			return n.consoleStreamValue(fd)
		}, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			s := &n.stdio[fd]
			if s.bound == consoleCustomStream {
				rt.Unpin(s.custom)
			}
			s.bound, s.custom = consoleCustomStream, rt.Pin(vm.Arg(args, 0))
			return vm.Undefined
		}, false)
	}
	rt.DefineKeyed(c, rt.WellKnownSymbol("toStringTag"), rt.NewString("console"), false, false, true)
	rt.DefineValue(rt.Global(), "console", c)
	// Console's instanceof knows the global console even after a program
	// replaces globalThis.console.
	rt.Realm().Extra["console"] = c
}

// consoleContext is console.context(): a console whose methods report to
// the inspector only, so here do nothing.
func consoleContext(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
	ctx := rt.NewObject()
	for _, name := range consoleContextMethods {
		rt.DefineDataProperty(ctx, name, rt.NewNativeFunction(name, 0, consoleNothing), true)
	}
	return ctx
}

func consoleNothing(*vm.Runtime, vm.Value, []vm.Value) vm.Value { return vm.Undefined }

// consoleCreateTask is console.createTask(name): a task whose run calls
// its function (the async stack it would tag is the inspector's).
func consoleCreateTask(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
	if name := vm.Arg(args, 0); !name.IsString() || rt.GoString(name) == "" {
		rt.Throw(rt.NewError(vm.ErrPlain, "First argument must be a non-empty string."))
	}
	task := rt.NewObject()
	rt.DefineDataProperty(task, "run", rt.NewNativeFunction("run", 0, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.Call(vm.Arg(args, 0), vm.Undefined)
	}), true)
	return task
}

// v8ConsoleMethods are the methods of the console V8 gives every context
// it makes, in V8's order.
var v8ConsoleMethods = [...]string{
	"debug", "error", "info", "log", "warn", "dir", "dirxml", "table", "trace", "group", "groupCollapsed", "groupEnd",
	"clear", "count", "countReset", "assert", "profile", "profileEnd", "time", "timeLog", "timeEnd", "timeStamp",
	"context", "createTask",
}

// defineContextConsole gives a vm context's global the console V8 puts in
// every context: node routes only the main context's to stdout, so with no
// inspector attached its methods report nowhere. Run in the context's
// realm, so that its objects are that realm's.
func defineContextConsole(rt *vm.Runtime, global vm.Value) {
	c := rt.NewObjectProto(rt.NewObject())
	for _, name := range v8ConsoleMethods {
		fn := consoleNothing
		switch name {
		case "context":
			fn = consoleContext
		case "createTask":
			fn = consoleCreateTask
		}
		rt.DefineDataProperty(c, name, rt.NewNativeFunction(name, 0, fn), true)
	}
	rt.DefineKeyed(c, rt.WellKnownSymbol("toStringTag"), rt.NewString("console"), false, false, true)
	rt.DefineDataProperty(global, "console", c, false)
}

// consoleColors gives the global console's colorMode 'auto': whether
// what it writes to fd 1 or 2 is coloured, which lib/internal/colors.js's
// shouldColorize decides on process.stdout or stderr at each call, as
// node's console asks. Only a terminal or FORCE_COLOR can make it yes, so
// a console writing to pipes and files calls no JavaScript for it.
func (n *Node) consoleColors() func(fd int) bool {
	rt := n.VM
	// Asked on first use, not while the console is made at start-up: a
	// program that never logs makes no terminal ioctls for it.
	var tty, known [3]bool
	return func(fd int) bool {
		if !known[fd] {
			w := n.opts.Stdout
			if fd == 2 {
				w = n.opts.Stderr
			}
			tty[fd], known[fd] = IsTerminal(w), true
		}
		var forced bool
		if n.processMade {
			forced = rt.GetS(n.processEnv, "FORCE_COLOR") != vm.Undefined
		} else if n.opts.Env != nil {
			// Before the program has process, the environment is still
			// the one it started with.
			forced = slices.ContainsFunc(n.opts.Env, func(kv string) bool { return strings.HasPrefix(kv, "FORCE_COLOR=") })
		} else {
			_, forced = os.LookupEnv("FORCE_COLOR")
		}
		if !tty[fd] && !forced {
			return false
		}
		name := "stdout"
		if fd == 2 {
			name = "stderr"
		}
		stream := rt.GetS(n.proc(), name)
		return rt.ToBoolean(rt.Call(rt.GetS(n.lib("internal/colors"), "shouldColorize"), vm.Undefined, stream))
	}
}

// stdioStream is process.stdout's (or stderr's) getter as the library
// defined it, and, once the program has first asked for it (made), the
// stream it made, with that stream's write then. bound is the global
// console's stream, which node's takes from process.stdout when first
// used (or console._stdout is set): unbound, the library's stream (made
// or not yet), or another, custom.
type stdioStream struct {
	getter, stream, write vm.Pin
	made                  bool
	bound                 int
	custom                vm.Pin
}

// The global console's stream, as stdioStream.bound.
const (
	consoleUnbound = iota
	consoleLibraryStream
	consoleCustomStream
)

var stdioNames = [3]string{"stdin", "stdout", "stderr"}

// bindConsoleStream fixes the global console's stream for fd when it is
// first needed, as node's console reads process.stdout once: the
// library's stream while process's property is still the library's
// getter, else whatever the property gives.
func (n *Node) bindConsoleStream(fd int) {
	s := &n.stdio[fd]
	if s.bound != consoleUnbound {
		return
	}
	s.bound = consoleLibraryStream
	if !n.processMade {
		return
	}
	rt := n.VM
	name := rt.NewString(stdioNames[fd])
	if p, ok := rt.GetOwnProperty(n.process, name); ok && p.Accessor && p.Getter == rt.Pinned(s.getter) {
		return
	}
	s.bound, s.custom = consoleCustomStream, rt.Pin(rt.Get(n.process, rt.ToPropertyKey(name)))
}

// consoleStream is the stream the global console writes fd's lines
// through, and false while that is the fd itself: while its stream is
// the library's and that stream (if made yet) has the write it was made
// with and is not corked.
func (n *Node) consoleStream(fd int) (vm.Value, bool) {
	n.bindConsoleStream(fd)
	rt := n.VM
	s := &n.stdio[fd]
	switch {
	case s.bound == consoleCustomStream:
		return rt.Pinned(s.custom), true
	case !s.made:
		return vm.Undefined, false
	}
	stream := rt.Pinned(s.stream)
	if rt.GetS(stream, "write") != rt.Pinned(s.write) {
		return stream, true
	}
	// A corked stream holds the console's lines back with its own writes,
	// and one with writes still in flight (process.stdout on a full pipe
	// queues them in its socket) puts the line after them: written
	// straight to the descriptor, it would land in their middle.
	ws := rt.GetS(stream, "_writableState")
	return stream, ws.IsObject() && (rt.ToNumber(rt.GetS(ws, "corked")) > 0 || rt.ToNumber(rt.GetS(ws, "length")) > 0)
}

// consoleStreamValue is console._stdout (or _stderr): the global
// console's stream, the library's made now if need be.
func (n *Node) consoleStreamValue(fd int) vm.Value {
	rt := n.VM
	p := n.proc()
	n.bindConsoleStream(fd)
	s := &n.stdio[fd]
	switch {
	case s.bound == consoleCustomStream:
		return rt.Pinned(s.custom)
	case !s.made:
		return rt.Call(rt.Pinned(s.getter), p)
	}
	return rt.Pinned(s.stream)
}

// defineConsoleState gives the global console the state node's has as
// own properties, in node's order: its streams' write-error handlers, the
// ignoreErrors flag and the timers' map, made when first used.
func (n *Node) defineConsoleState(c vm.Value) {
	rt := n.VM
	for _, stream := range []string{"stdout", "stderr"} {
		rt.DefineLazyDataProperty(c, "_"+stream+"ErrorHandler", false, func() vm.Value {
			return rt.NewNativeFunction("", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
				n.consoleWriteError(stream, vm.Arg(args, 0))
				return vm.Undefined
			})
		})
	}
	rt.DefineValue(c, "_ignoreErrors", vm.True)
	rt.DefineLazyDataProperty(c, "_times", false, func() vm.Value {
		return rt.Construct(rt.GetS(n.lib("internal/safe_map"), "SafeMap"))
	})
}

// consoleWriteError is what a console stream's write callback does with
// an error, as node's: a stream nobody listens to for 'error' gets a
// listener that ignores it, so that the failed write does not end the
// process.
func (n *Node) consoleWriteError(stream string, err vm.Value) {
	rt := n.VM
	if err == vm.Null {
		return
	}
	s := rt.GetS(n.proc(), stream)
	if !s.IsObject() {
		return
	}
	if ws := rt.GetS(s, "_writableState"); ws.IsObject() && rt.ToBoolean(rt.GetS(ws, "errorEmitted")) {
		return
	}
	if rt.ToNumber(rt.Call(rt.GetS(s, "listenerCount"), s, rt.NewString("error"))) == 0 {
		rt.Call(rt.GetS(s, "once"), s, rt.NewString("error"), rt.NewNativeFunction("noop", 0,
			func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value { return vm.Undefined }))
	}
}

// consoleMethodOrder is the order of the global console's own properties
// in node; "Console" stands for the class and the hidden state before it.
var consoleMethodOrder = [...]string{
	"log", "warn", "dir", "time", "timeEnd", "timeLog", "trace", "assert", "clear", "count", "countReset",
	"group", "groupEnd", "table", "debug", "info", "dirxml", "error", "groupCollapsed",
	"Console", "profile", "profileEnd", "timeStamp", "context", "createTask",
}

// consoleContextMethods are the methods of a console.context() object:
// they report to the inspector only, so here they do nothing.
var consoleContextMethods = [...]string{
	"dir", "dirXml", "table", "groupEnd", "clear", "count", "countReset", "profile", "profileEnd", "timeLog",
	"debug", "error", "info", "log", "warn", "trace", "group", "groupCollapsed", "assert", "time", "timeEnd",
	"timeStamp",
}

// formatElapsed is node 20's formatTime for console.timeEnd: milliseconds
// (up to three decimals) below a second, seconds with three decimals below
// a minute, then "m:ss.mmm (m:ss.mmm)" or "h:mm:ss.mmm (h:mm:ss.mmm)".
func formatElapsed(d time.Duration) string {
	ms := float64(d.Nanoseconds()) / 1e6
	if ms < 1000 {
		f, _ := strconv.ParseFloat(strconv.FormatFloat(ms, 'f', 3, 64), 64)
		return strconv.FormatFloat(f, 'f', -1, 64) + "ms"
	}
	hours := math.Floor(ms / 3600000)
	ms -= hours * 3600000
	minutes := math.Floor(ms / 60000)
	ms -= minutes * 60000
	seconds := strconv.FormatFloat(ms/1000, 'f', 3, 64)
	if hours == 0 && minutes == 0 {
		return seconds + "s"
	}
	whole, frac, _ := strings.Cut(seconds, ".")
	if len(whole) < 2 {
		whole = "0" + whole
	}
	if hours == 0 {
		return strconv.Itoa(int(minutes)) + ":" + whole + "." + frac + " (m:ss.mmm)"
	}
	mm := strconv.Itoa(int(minutes))
	if len(mm) < 2 {
		mm = "0" + mm
	}
	return strconv.Itoa(int(hours)) + ":" + mm + ":" + whole + "." + frac + " (h:mm:ss.mmm)"
}

// Format is util.format: a leading format string with %s %d %i %f %j %o
// %O %c %%, then the remaining arguments (strings as they are, anything
// else inspected), joined by spaces.
func (n *Node) Format(args []vm.Value) string {
	if s, ok := plainStrings(n.VM, args); ok {
		return s
	}
	return n.formatWithOptions(n.inspectDefaults(), args)
}

// plainStrings is what formatting args gives when no option can change
// it: strings, the first without a format specifier, joined by spaces.
func plainStrings(rt *vm.Runtime, args []vm.Value) (string, bool) {
	if len(args) == 0 {
		return "", true
	}
	if len(args) == 1 && args[0].IsString() {
		return rt.GoString(args[0]), true
	}
	for _, a := range args {
		if !a.IsString() {
			return "", false
		}
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = rt.GoString(a)
	}
	if strings.ContainsRune(parts[0], '%') {
		return "", false
	}
	return strings.Join(parts, " "), true
}

// formatWithOptions is Node's formatWithOptionsInternal.
func (n *Node) formatWithOptions(opts InspectOptions, args []vm.Value) string {
	rt := n.VM
	if len(args) == 0 {
		return ""
	}
	var b strings.Builder
	a := 0
	join := ""
	if args[0].IsString() {
		if len(args) == 1 {
			return rt.GoString(args[0])
		}
		f := rt.GoString(args[0])
		lastPos := 0
		for i := 0; i < len(f)-1; i++ {
			if f[i] != '%' {
				continue
			}
			i++
			c := f[i]
			if a+1 == len(args) {
				if c == '%' {
					b.WriteString(f[lastPos:i])
					lastPos = i + 1
				}
				continue
			}
			var s string
			switch c {
			case 's':
				a++
				s = n.formatS(opts, args[a])
			case 'j':
				a++
				s = n.formatJSON(args[a])
			case 'd':
				a++
				s = n.formatD(args[a], func(v vm.Value) float64 { return rt.ToNumber(v) })
			case 'i':
				a++
				s = n.formatD(args[a], func(v vm.Value) float64 { return parseIntPrefix(rt.ToGoString(v)) })
			case 'f':
				a++
				if args[a].IsSymbol() {
					s = "NaN"
				} else {
					s = formatNumber(rt, parseFloatPrefix(rt.ToGoString(args[a])))
				}
			case 'O':
				a++
				s = n.Inspect(args[a], opts)
			case 'o':
				a++
				o := opts
				o.ShowHidden, o.ShowProxy, o.Depth = true, true, 4
				s = n.Inspect(args[a], o)
			case 'c':
				a++
			case '%':
				b.WriteString(f[lastPos:i])
				lastPos = i + 1
				continue
			default:
				continue
			}
			if lastPos != i-1 {
				b.WriteString(f[lastPos : i-1])
			}
			b.WriteString(s)
			lastPos = i + 1
		}
		if lastPos != 0 {
			a++
			join = " "
			if lastPos < len(f) {
				b.WriteString(f[lastPos:])
			}
		}
	}
	for ; a < len(args); a++ {
		b.WriteString(join)
		if args[a].IsString() {
			b.WriteString(rt.GoString(args[a]))
		} else {
			b.WriteString(n.Inspect(args[a], opts))
		}
		join = " "
	}
	return b.String()
}

// formatS is %s: numbers and bigints as inspect shows them, objects with
// a built-in toString inspected shallowly, anything else through String().
func (n *Node) formatS(opts InspectOptions, v vm.Value) string {
	rt := n.VM
	switch {
	case v.IsNumber():
		return formatNumber(rt, v.Float())
	case v.IsBigInt():
		return rt.ToStringForDisplay(v) + "n"
	case v.IsSymbol():
		return rt.ToStringForDisplay(v)
	case !v.IsObject() || rt.IsCallable(v) || !n.hasBuiltInToString(v):
		// typeof is not "object" for a function: String(fn), its source.
		return rt.ToGoString(v)
	}
	o := opts
	o.Depth, o.Compact, o.Colors = 0, 3, false
	return n.Inspect(v, o)
}

// isBuiltinCtorName reports the constructors whose toString counts as
// built-in for %s (Node's builtInObjects: the global constructors).
func isBuiltinCtorName(name string) bool {
	switch name {
	case "Object", "Function", "Array", "Number", "Boolean", "String", "Symbol", "Date", "Promise", "RegExp",
		"Error", "AggregateError", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError",
		"URIError", "ArrayBuffer", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array",
		"Int32Array", "Float32Array", "Float64Array", "Uint8ClampedArray", "BigUint64Array", "BigInt64Array",
		"DataView", "Map", "BigInt", "Set", "WeakMap", "WeakSet", "Proxy", "WeakRef", "FinalizationRegistry",
		"SharedArrayBuffer":
		return true
	}
	return false
}

// hasBuiltInToString is Node's check that an object's toString is the one
// its built-in class provides (so %s may inspect it instead).
func (n *Node) hasBuiltInToString(v vm.Value) bool {
	rt := n.VM
	if info := rt.Describe(v); info.Kind == vm.KindProxy {
		if info.Handler == vm.Null {
			return true
		}
		v = info.Target
	}
	result := true
	rt.Try(func() {
		if !rt.IsCallable(rt.GetS(v, "toString")) {
			return
		}
		key := rt.NewString("toString")
		if _, ok := rt.GetOwnProperty(v, key); ok {
			result = false
			return
		}
		p := v
		for {
			p = rt.PrototypeOf(p)
			if !p.IsObject() {
				return
			}
			if _, ok := rt.GetOwnProperty(p, key); ok {
				break
			}
		}
		ctor, ok := rt.GetOwnDataValue(p, rt.NewString("constructor"))
		result = ok && rt.IsCallable(ctor) && isBuiltinCtorName(rt.FunctionName(ctor))
	})
	return result
}

// formatD is %d and %i: bigints keep their n, symbols are NaN.
func (n *Node) formatD(v vm.Value, conv func(vm.Value) float64) string {
	rt := n.VM
	switch {
	case v.IsBigInt():
		return rt.ToStringForDisplay(v) + "n"
	case v.IsSymbol():
		return "NaN"
	}
	return formatNumber(rt, conv(v))
}

// formatJSON is %j: JSON.stringify, with "[Circular]" for cyclic values.
func (n *Node) formatJSON(v vm.Value) string {
	rt := n.VM
	var s string
	exc := rt.Try(func() {
		json := rt.GetS(rt.Global(), "JSON")
		r := rt.Call(rt.GetS(json, "stringify"), json, v)
		s = rt.ToStringForDisplay(r)
	})
	if exc != nil {
		msg := ""
		rt.Try(func() { msg = rt.ToStringForDisplay(rt.GetS(exc.Value, "message")) })
		if strings.Contains(msg, "circular structure") {
			return "[Circular]"
		}
		panic(exc)
	}
	return s
}

// parseIntPrefix is parseInt(s, 10).
func parseIntPrefix(s string) float64 {
	s = strings.TrimLeft(s, " \t\n\r\v\f\u00a0\ufeff\u2028\u2029")
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	if end == 0 {
		return math.NaN()
	}
	f, _ := strconv.ParseFloat(s[:end], 64)
	if neg {
		return -f
	}
	return f
}

// parseFloatPrefix is parseFloat(s): the longest decimal literal prefix.
func parseFloatPrefix(s string) float64 {
	s = strings.TrimLeft(s, " \t\n\r\v\f\u00a0\ufeff\u2028\u2029")
	rest := s
	sign := 1.0
	if rest != "" && (rest[0] == '-' || rest[0] == '+') {
		if rest[0] == '-' {
			sign = -1
		}
		rest = rest[1:]
	}
	if strings.HasPrefix(rest, "Infinity") {
		return sign * math.Inf(1)
	}
	i := 0
	digits := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
		digits++
	}
	if i < len(rest) && rest[i] == '.' {
		i++
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return math.NaN()
	}
	if i < len(rest) && (rest[i] == 'e' || rest[i] == 'E') {
		j := i + 1
		if j < len(rest) && (rest[j] == '+' || rest[j] == '-') {
			j++
		}
		k := j
		for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
			k++
		}
		if k > j {
			i = k
		}
	}
	f, _ := strconv.ParseFloat(strings.TrimSuffix(rest[:i], "."), 64)
	return sign * f
}

// consoleTable is console.table: the rows of an object, array, Map or Set
// as a box-drawn table (Node's lib/internal/cli_table.js layout).
func (n *Node) consoleTable(data, properties vm.Value, colors bool) string {
	rt := n.VM
	inspectCell := func(v vm.Value) string {
		o := DefaultInspectOptions()
		o.Colors = colors
		o.Depth = 0
		if v.IsObject() && !rt.IsArray(v) && len(rt.EnumerableOwnKeys(v)) > 2 {
			o.Depth = -1
		}
		o.MaxArrayLength = 3
		o.BreakLength = math.MaxInt32
		return n.Inspect(v, o)
	}
	indexColumn := func(count int) []string {
		out := make([]string, count)
		for i := range out {
			out[i] = strconv.Itoa(i)
		}
		return out
	}
	info := rt.Describe(data)
	switch info.Kind {
	case vm.KindMap, vm.KindMapIterator, vm.KindSetIterator, vm.KindSet:
		if info.Pairs {
			var keys, values []string
			for i := 0; i+1 < len(info.Entries); i += 2 {
				keys = append(keys, inspectCell(info.Entries[i]))
				values = append(values, inspectCell(info.Entries[i+1]))
			}
			return renderTable([]string{"(iteration index)", "Key", "Values"}, [][]string{indexColumn(len(keys)), keys, values})
		}
		var values []string
		for _, e := range info.Entries {
			values = append(values, inspectCell(e))
		}
		return renderTable([]string{"(iteration index)", "Values"}, [][]string{indexColumn(len(values)), values})
	}

	var props []string
	if rt.IsArray(properties) {
		for _, p := range rt.ArrayValues(properties) {
			props = append(props, rt.ToGoString(p))
		}
	}
	var colNames []string
	cols := map[string][]string{}
	var valuesCol []string
	hasPrimitives := false
	indexKeys := rt.EnumerableOwnKeys(data)
	var index []string
	for i, k := range indexKeys {
		index = append(index, rt.GoString(k))
		item := rt.Get(data, rt.ToPropertyKey(k))
		primitive := !item.IsObject()
		if properties == vm.Undefined && primitive {
			hasPrimitives = true
			for len(valuesCol) < i {
				valuesCol = append(valuesCol, "")
			}
			valuesCol = append(valuesCol, inspectCell(item))
			continue
		}
		keys := props
		if properties == vm.Undefined {
			keys = nil
			for _, kk := range rt.EnumerableOwnKeys(item) {
				keys = append(keys, rt.GoString(kk))
			}
		}
		for _, key := range keys {
			col, ok := cols[key]
			if !ok {
				colNames = append(colNames, key)
			}
			for len(col) < i {
				col = append(col, "")
			}
			if _, own := rt.GetOwnProperty(item, rt.NewString(key)); primitive || !own {
				col = append(col, "")
			} else {
				col = append(col, inspectCell(rt.GetS(item, key)))
			}
			cols[key] = col
		}
	}
	head := append([]string{"(index)"}, colNames...)
	columns := [][]string{index}
	for _, name := range colNames {
		columns = append(columns, cols[name])
	}
	if hasPrimitives {
		head = append(head, "Values")
		columns = append(columns, valuesCol)
	}
	return renderTable(head, columns)
}

// renderTable draws columns (possibly ragged; missing cells are blank)
// under their headings.
func renderTable(head []string, columns [][]string) string {
	widths := make([]int, len(head))
	rowsN := 0
	for i, h := range head {
		widths[i] = cellWidth(h)
		rowsN = max(rowsN, len(columns[i]))
	}
	rows := make([][]string, rowsN)
	for j := range rows {
		rows[j] = make([]string, len(head))
		for i := range head {
			if j < len(columns[i]) {
				rows[j][i] = columns[i][j]
			}
			widths[i] = max(widths[i], cellWidth(rows[j][i]))
		}
	}
	divider := make([]string, len(widths))
	for i, w := range widths {
		divider[i] = strings.Repeat("─", w+2)
	}
	renderRow := func(row []string) string {
		var b strings.Builder
		b.WriteString("│ ")
		for i, cell := range row {
			b.WriteString(cell + strings.Repeat(" ", widths[i]-cellWidth(cell)))
			if i != len(row)-1 {
				b.WriteString(" │ ")
			}
		}
		b.WriteString(" │")
		return b.String()
	}
	var b strings.Builder
	b.WriteString("┌" + strings.Join(divider, "┬") + "┐\n")
	b.WriteString(renderRow(head) + "\n")
	b.WriteString("├" + strings.Join(divider, "┼") + "┤\n")
	for _, r := range rows {
		b.WriteString(renderRow(r) + "\n")
	}
	b.WriteString("└" + strings.Join(divider, "┴") + "┘")
	return b.String()
}

// cellWidth is a table cell's width on the terminal, colour escapes left
// out as node's table does (getStringWidth).
func cellWidth(s string) int {
	return displayWidth(stripColors(s))
}

func fillConsole(n *Node, b vm.Value) {
	rt := n.VM
	rt.DefineValue(b, "globalConsole", rt.Realm().Extra["console"])
	rt.DefineMethod(b, "consoleTable", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewString(n.consoleTable(vm.Arg(args, 0), vm.Arg(args, 1), rt.ToBoolean(vm.Arg(args, 2))))
	})
}
