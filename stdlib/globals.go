package stdlib

import (
	"fmt"
	"strconv"

	"github.com/kilnjs/kiln/vm"
)

// installGlobals defines Node's globals.
func (n *Node) installGlobals() {
	rt := n.VM
	g := rt.Global()
	if v, _ := n.opts.option("--enable-source-maps"); v == "true" {
		n.setSourceMaps(true)
	}
	// V8's --stack-trace-limit is where Error.stackTraceLimit starts.
	if v, ok := n.opts.option("--stack-trace-limit"); ok {
		if limit, err := strconv.Atoi(v); err == nil {
			rt.SetS(rt.Realm().Error, "stackTraceLimit", vm.Int(limit))
		}
	}
	rt.CreateDataProperty(g, "global", g)
	n.shapeGlobalObject(g)
	n.installBuiltinModules()
	n.installProcessGlobal()
	n.installConsole()
	n.installTimers()
	n.installClone()
	n.installLazyGlobals()
	n.applyGlobalOptions()
}

// shapeGlobalObject gives the global object Node's outline: it inherits
// from an object of its own (the prototype of the global template, whose
// constructor is Object) rather than from Object.prototype directly, and
// Object.prototype.toString names it "[object global]".
func (n *Node) shapeGlobalObject(g vm.Value) {
	rt := n.VM
	object := rt.Realm().Object
	proto := rt.NewObject()
	rt.DefineValue(proto, "constructor", object)
	rt.SetPrototypeOf(g, proto)
	rt.DefineKeyed(g, rt.WellKnownSymbol("toStringTag"), rt.NewString("global"), false, false, true)
}

// PromiseRejectionTracker implements vm.Host: unhandled rejections are
// collected and reported after the microtask queue drains, as Node does.
func (n *Node) PromiseRejectionTracker(rt *vm.Runtime, p vm.Value, op string) {
	switch op {
	case "reject":
		// node numbers every rejection that had no handler when it
		// came, handled later or not; its warnings show the number.
		n.rejections++
		n.unhandled = append(n.unhandled, p)
		n.unhandledIDs = append(n.unhandledIDs, n.rejections)
		rt.Realm().Extra["unhandled"] = rt.NewArray(append([]vm.Value(nil), n.unhandled...))
	case "handle":
		if id, ok := n.reportedRejection(p); ok {
			n.handledLate = append(n.handledLate, handledLate{rt.Pin(p), id})
		}
		for i, q := range n.unhandled {
			if q == p {
				n.unhandled = append(n.unhandled[:i], n.unhandled[i+1:]...)
				n.unhandledIDs = append(n.unhandledIDs[:i], n.unhandledIDs[i+1:]...)
				break
			}
		}
		rt.Realm().Extra["unhandled"] = rt.NewArray(append([]vm.Value(nil), n.unhandled...))
	}
}

// checkUnhandledRejections reports promises still rejected without a
// handler as --unhandled-rejections says: 'unhandledRejection' listeners,
// then by default (throw) the reason as an uncaught exception.
func (n *Node) checkUnhandledRejections() {
	rt := n.VM
	list, ids := n.unhandled, n.unhandledIDs
	n.unhandled, n.unhandledIDs = nil, nil
	delete(rt.Realm().Extra, "unhandled")
	// The listeners and warnings below run JavaScript, where a collection
	// would free the promises not reported yet: they stay rooted until all
	// are.
	if len(list) > 0 {
		rt.Realm().Extra["unhandled:reporting"] = rt.NewArray(list)
		defer delete(rt.Realm().Extra, "unhandled:reporting")
	}
	mode, _ := n.opts.option("--unhandled-rejections")
	// First the reported rejections handled since, as node does.
	late := n.handledLate
	n.handledLate = nil
	for _, h := range late {
		p := rt.Pinned(h.promise)
		rt.Unpin(h.promise)
		if !n.emitProcess("rejectionHandled", p) {
			rt.Try(func() {
				w := rt.NewError(vm.ErrPlain, fmt.Sprintf("Promise rejection was handled asynchronously (rejection id: %d)", h.id))
				rt.SetS(w, "name", rt.NewString("PromiseRejectionHandledWarning"))
				rt.Call(rt.GetS(n.process, "emitWarning"), n.process, w)
			})
		}
	}
	saved := rt.AsyncContext()
	defer rt.SetAsyncContext(saved)
	for i, p := range list {
		_, reason := rt.PromiseState(p)
		n.markReported(p, ids[i])
		// Listeners run in the async context the promise was made in
		// (AsyncLocalStorage stores as they were there), as in node.
		rt.SetAsyncContext(rt.PromiseAsyncContext(p))
		switch mode {
		case "strict":
			n.uncaughtFrom(n.unhandledException(reason), "unhandledRejection")
			if !n.emitProcess("unhandledRejection", reason, p) {
				n.warnUnhandledRejection(reason, ids[i])
			}
		case "warn":
			n.emitProcess("unhandledRejection", reason, p)
			n.warnUnhandledRejection(reason, ids[i])
		case "warn-with-error-code":
			if !n.emitProcess("unhandledRejection", reason, p) {
				n.warnUnhandledRejection(reason, ids[i])
				n.setExitCode(1)
			}
		case "none":
			n.emitProcess("unhandledRejection", reason, p)
		default:
			if !n.emitProcess("unhandledRejection", reason, p) {
				n.uncaughtFrom(n.unhandledException(reason), "unhandledRejection")
			}
		}
	}
}

// handledLate is a rejection reported as unhandled that got a handler
// later, with its number.
type handledLate struct {
	promise vm.Pin
	id      int
}

// markReported remembers, without keeping it alive, a promise whose
// rejection was reported, and its number: a handler added later gets
// 'rejectionHandled' or node's warning.
func (n *Node) markReported(p vm.Value, id int) {
	rt := n.VM
	wm, proto := n.weakTable("rejectionsReported", "WeakMap", true)
	rt.Call(rt.GetS(proto, "set"), wm, p, vm.Int(id))
}

// reportedRejection reports whether p's rejection was reported, and its
// number, forgetting it.
func (n *Node) reportedRejection(p vm.Value) (int, bool) {
	rt := n.VM
	wm, proto := n.weakTable("rejectionsReported", "WeakMap", false)
	if wm == vm.Undefined {
		return 0, false
	}
	id := rt.Call(rt.GetS(proto, "get"), wm, p)
	if id == vm.Undefined {
		return 0, false
	}
	rt.Call(rt.GetS(proto, "delete"), wm, p)
	return int(rt.ToNumber(id)), true
}

// weakTable returns the WeakMap or WeakSet (ctor) the realm keeps under key
// in Extra, made on first use when make is set (else Undefined until then),
// and the intrinsic prototype whose methods to call on it: the host's own
// table, out of a program's reach, so not through the globals a program
// may replace.
func (n *Node) weakTable(key, ctor string, make bool) (t, proto vm.Value) {
	rt := n.VM
	r := rt.Realm()
	proto = r.WeakMapPrototype
	if ctor == "WeakSet" {
		proto = r.WeakSetPrototype
	}
	t, ok := r.Extra[key]
	if !ok {
		if !make {
			return vm.Undefined, proto
		}
		r.Make(ctor)
		t = rt.Construct(rt.GetS(proto, "constructor"))
		r.Extra[key] = t
	}
	return t, proto
}

// unhandledException is what an unhandled rejection throws: its reason
// when that is an error, else node's UnhandledPromiseRejection naming it.
func (n *Node) unhandledException(reason vm.Value) *vm.Exception {
	rt := n.VM
	if rt.IsError(reason) {
		return n.madeHere(reason)
	}
	msg := "This error originated either by throwing inside of an async function without a catch block, " +
		"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"" +
		rt.NoSideEffectsToString(reason) + "\"."
	// node makes it in its promises module, whose frames and line the
	// error's stack and the uncaught banner show. Those frames end with
	// processTicksAndRejections, so the tail the ticks run over (that
	// same frame, at another line) is not put below them.
	tail := rt.SetStackTail(nil)
	pop := rt.PushHostFrames(unhandledRejectionFrames)
	err := rt.NewError(vm.ErrPlain, msg)
	pop()
	rt.SetStackTail(tail)
	rt.SetS(err, "name", rt.NewString("UnhandledPromiseRejection"))
	rt.SetS(err, "code", rt.NewString("ERR_UNHANDLED_REJECTION"))
	return &vm.Exception{Value: err, File: "node:internal/process/promises", Line: 389, Col: 6,
		SourceLine: "      new UnhandledPromiseRejection(reason);"}
}

// unhandledRejectionFrames are node v20.20's frames where it makes the
// error for an unhandled rejection of a value that is not an error.
var unhandledRejectionFrames = []vm.StackFrame{
	{Func: "throwUnhandledRejectionsMode", File: "node:internal/process/promises", Line: 389, Col: 7, Toplevel: true},
	{Func: "processPromiseRejections", File: "node:internal/process/promises", Line: 470, Col: 17, Toplevel: true},
	{Func: "processTicksAndRejections", TypeName: "process", MethodName: "processTicksAndRejections",
		Method: "process.processTicksAndRejections", File: "node:internal/process/task_queues", Line: 96, Col: 32},
}

// warnUnhandledRejection emits node's two warnings for an unhandled
// rejection in the warn modes: the reason (its stack for an error), then
// what it means, with the rejection's number.
func (n *Node) warnUnhandledRejection(reason vm.Value, id int) {
	rt := n.VM
	const name = "UnhandledPromiseRejectionWarning"
	rt.Try(func() {
		emit := rt.GetS(n.process, "emitWarning")
		var first vm.Value
		if rt.IsError(reason) {
			first = rt.GetS(reason, "stack")
		}
		if !first.IsString() {
			first = rt.ToString(reason)
		}
		rt.Call(emit, n.process, first, rt.NewString(name))
		w := rt.NewError(vm.ErrPlain, fmt.Sprintf("Unhandled promise rejection. This error originated either by "+
			"throwing inside of an async function without a catch block, or by rejecting a promise which was not "+
			"handled with .catch(). To terminate the node process on unhandled promise rejection, use the CLI flag "+
			"`--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). "+
			"(rejection id: %d)", id))
		rt.SetS(w, "name", rt.NewString(name))
		rt.Call(emit, n.process, w)
	})
}
