package vm

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// Exception is a thrown JavaScript value travelling up the Go stack as a
// panic. The interpreter recovers it at the nearest frame with a handler;
// the embedding API (Try, RunProgram) turns an uncaught one into an error.
type Exception struct {
	Value Value
	// Where the throw happened, for Node's uncaught-error banner.
	File       string
	Line, Col  int
	SourceLine string
	// EndLine and EndCol end the range V8 underlines for a SyntaxError
	// (see parser.SyntaxError); EndLine is 0 for one caret at Col.
	EndLine, EndCol int
	// Stack is the JavaScript stack where it was thrown, innermost first,
	// when Runtime.StackOnThrow is set (node's
	// --abort-on-uncaught-exception prints it).
	Stack []StackFrame
}

func (e *Exception) Error() string { return "uncaught JavaScript exception" }

// Throw throws v.
func (rt *Runtime) Throw(v Value) {
	e := &Exception{Value: v}
	if n := len(rt.frames); n > 0 {
		fr := &rt.frames[n-1]
		loc := fr.code.Location(fr.pc - 1)
		if fr.code.Flags&bytecode.FlagBundlerCode != 0 {
			// A bundler's module helper rethrowing what a module threw:
			// report it where the error was made, as an unbundled run would.
			loc = bytecode.Location{}
			if file, line, col, ok := rt.ErrorPosition(v); ok && fr.code.Program != nil {
				loc = bytecode.Location{File: file, Line: int32(line), Col: int32(col), Source: fr.code.Program.FileSource(file)}
			}
		}
		e.Line, e.Col = int(loc.Line), int(loc.Col)
		if loc.File != "" || loc.EvalOrigin != "" {
			e.File = loc.File
			if e.File == "" {
				e.File = "<anonymous_script>" // as node names code that has no file
			}
			e.SourceLine = SourceLine(loc.Source, int(loc.Line))
		}
		if rt.StackOnThrow {
			e.Stack = rt.CaptureStack(10) // V8's limit for a message's trace
		}
	}
	panic(e)
}

// SourceLine returns line (1-based) of src without its line ending, or ""
// past the end: the line an error banner quotes.
func SourceLine(src string, line int) string {
	for i := 1; i < line; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return strings.TrimSuffix(src, "\r")
}

// Error kinds for throwKind and the ThrowError opcode.
const (
	ErrType = iota
	ErrReference
	ErrSyntax
	ErrRange
	ErrPlain
	ErrEval
	ErrURI
)

func (rt *Runtime) throwKind(kind int, msg string) {
	rt.Throw(rt.NewError(kind, msg))
}

func (rt *Runtime) throwTypeError(format string, args ...any) {
	rt.Throw(rt.NewError(ErrType, fmt.Sprintf(format, args...)))
}

func (rt *Runtime) throwRangeError(format string, args ...any) {
	rt.Throw(rt.NewError(ErrRange, fmt.Sprintf(format, args...)))
}

// throwStackOverflow throws the RangeError of a call past the stack's
// limit, which the runtime remembers for as long as it lives: V8 lets no
// WebAssembly handler catch such an error, even rethrown (IsStackOverflow).
func (rt *Runtime) throwStackOverflow() {
	e := rt.NewError(ErrRange, "Maximum call stack size exceeded")
	if rt.stackOverflows == nil {
		rt.stackOverflows = map[Value]struct{}{}
	}
	rt.stackOverflows[e] = struct{}{}
	rt.Throw(e)
}

// IsStackOverflow reports whether v is an error the runtime threw for a
// call past the stack's limit.
func (rt *Runtime) IsStackOverflow(v Value) bool {
	_, ok := rt.stackOverflows[v]
	return ok
}

func (rt *Runtime) throwReferenceError(format string, args ...any) {
	rt.Throw(rt.NewError(ErrReference, fmt.Sprintf(format, args...)))
}

func (rt *Runtime) throwSyntaxError(format string, args ...any) {
	rt.Throw(rt.NewError(ErrSyntax, fmt.Sprintf(format, args...)))
}

// ThrowTypeError throws a TypeError from embedding code.
func (rt *Runtime) ThrowTypeError(format string, args ...any) { rt.throwTypeError(format, args...) }

// ThrowRangeError throws a RangeError from embedding code.
func (rt *Runtime) ThrowRangeError(format string, args ...any) { rt.throwRangeError(format, args...) }

// ThrowReferenceError throws a ReferenceError with a formatted message.
func (rt *Runtime) ThrowReferenceError(format string, args ...any) {
	rt.throwReferenceError(format, args...)
}

// NewError makes an error object of a kind with a message.
func (rt *Runtime) NewError(kind int, msg string) Value {
	r := rt.realm
	proto := [...]Value{r.TypeErrorPrototype, r.ReferenceErrorPrototype, r.SyntaxErrorPrototype,
		r.RangeErrorPrototype, r.ErrorPrototype, r.EvalErrorPrototype, r.URIErrorPrototype}[kind]
	e, _ := rt.newObjectCell(ClassError, proto)
	rt.captureStack(e, Undefined)
	rt.defineData(e, rt.atom("message"), rt.NewString(msg), attrWritable|attrConfigurable)
	return e
}

// StackFrame is one entry of a captured stack trace.
type StackFrame struct {
	Func      string
	File      string
	Line, Col int
	Construct bool
	Async     bool   // an async function awaiting the frames before it
	Method    string // "Object.<anonymous>" style receivers
	// The parts of a call site V8's CallSite API reports: the receiver's
	// type, the key the function was found under, and whether the call had
	// no receiver (undefined, null or the global object).
	TypeName, MethodName string
	Toplevel             bool
	Native               bool // a built-in's frame: no file or position
	// Combinator names the Promise combinator ("all", "allSettled", "any")
	// an async frame waits in, at element PromiseIndex: V8's "at async
	// Promise.all (index 1)".
	Combinator   string
	PromiseIndex int
	// EvalOrigin is where eval or the Function constructor made the
	// frame's code (see bytecode.Program.EvalOrigin); its File is "" then
	// unless the code named itself with a sourceURL comment.
	EvalOrigin string
}

type errorData struct {
	frames []StackFrame
}

// CaptureStack returns the current JavaScript call stack, innermost first.
func (rt *Runtime) CaptureStack(limit int) []StackFrame {
	return rt.captureFrames(limit, len(rt.frames)-1)
}

// BundledCaller returns the original file that the innermost JavaScript
// frame's current position maps to, when that frame runs code of a bundle
// (a program made from several files, bytecode.Program.Files); ok is false
// otherwise. The bundler's own helpers are passed over, as in stack traces.
// A bundle's modules share one require, which resolves a request it could
// not inline from the file that made it, as node would.
func (rt *Runtime) BundledCaller() (file string, ok bool) {
	for i := len(rt.frames) - 1; i >= 0; i-- {
		fr := &rt.frames[i]
		if fr.code.Flags&bytecode.FlagBundlerCode != 0 {
			continue
		}
		if p := fr.code.Program; p == nil || len(p.Files) == 0 {
			return "", false
		}
		loc := fr.code.Location(fr.pc - 1)
		return loc.File, loc.File != ""
	}
	return "", false
}

// captureFrames is CaptureStack from JavaScript frame top down: the frames
// above it, and the built-ins they called, are left out.
func (rt *Runtime) captureFrames(limit, top int) []StackFrame {
	var out []StackFrame
	// Built-ins being called sit between the JavaScript frames: those
	// called from frame i-1 come after frame i (which they called, if
	// anything), innermost first.
	nat := len(rt.natives) - 1
	for nat >= 0 && rt.natives[nat].depth > top+1 {
		nat--
	}
	natives := func(depth int) {
		for ; nat >= 0 && rt.natives[nat].depth >= depth && len(out) < limit; nat-- {
			switch nf := &rt.natives[nat]; {
			case nf.host != nil:
				for _, sf := range nf.host {
					if len(out) < limit {
						out = append(out, sf)
					}
				}
			case !rt.delegatedNative(nat):
				out = append(out, rt.nativeStackFrame(nf))
			}
		}
	}
	for i := top; i >= 0 && len(out) < limit; i-- {
		if natives(i + 1); len(out) >= limit {
			break
		}
		fr := &rt.frames[i]
		if fr.code.Flags&bytecode.FlagBundlerCode != 0 {
			continue
		}
		loc := fr.code.Location(fr.pc - 1)
		sf := StackFrame{Func: rt.frameFuncName(fr), File: loc.File, Line: int(loc.Line), Col: int(loc.Col) + 1, Construct: fr.construct,
			EvalOrigin: loc.EvalOrigin}
		if fr.code.Kind == bytecode.KindScript {
			sf.Func = ""
		}
		rt.nameEvalFrame(&sf, fr.code)
		switch {
		case fr.code.Flags&bytecode.FlagModuleWrapper != 0:
			sf.Method, sf.TypeName = "Object.<anonymous>", "Object"
		case fr.code.Kind == bytecode.KindScript:
			sf.Toplevel = true
		case fr.construct:
			// V8 reports no type for a constructor's frame: it reads
			// "new F" whatever its receiver.
		default:
			rt.setMethodCall(&sf, rt.stack[fr.base], fr.fnObj)
		}
		out = append(out, sf)
	}
	natives(0)
	for _, sf := range rt.stackTail {
		if len(out) >= limit {
			break
		}
		out = append(out, sf)
	}
	if len(rt.frames) > 0 && len(out) < limit {
		out = rt.appendAsyncFrames(out, limit, rt.asyncStart(rt.frames[0].genObj))
	}
	return out
}

// asyncStart is the promise whose waiters are the async frames of a stack
// whose bottom frame is driven by st (see appendAsyncFrames): the promise an
// async function will settle, or, under a reaction job's handler (a .then or
// .catch callback), the promise that job settles with the handler's result,
// as V8 follows a PromiseReactionJobTask's promise_or_capability. It is
// undefined when there is neither.
func (rt *Runtime) asyncStart(st Value) Value {
	if st.IsObject() {
		if g, _ := rt.hostOf(rt.obj(st)).(*genData); g != nil {
			if g.async && !g.asyncGen {
				return g.promise
			}
			// An async generator runs for the request at the head of its
			// queue: who awaits that request's promise awaits this frame.
			if g.asyncGen && len(g.queue) > 0 {
				return g.queue[0].promise
			}
			return Undefined
		}
	}
	if !rt.baseReaction.IsObject() {
		return Undefined
	}
	r := rt.obj(rt.baseReaction)
	if h := r.v1; h.IsObject() {
		if _, await := rt.hostOf(rt.obj(h)).(*awaitCont); await {
			return Undefined
		}
	}
	return r.v0
}

// nameEvalFrame names a frame of code made by eval or the Function
// constructor as V8 does: "eval" for the eval code itself, the function
// the Function constructor made, and any unnamed function inside.
func (rt *Runtime) nameEvalFrame(sf *StackFrame, code *bytecode.Function) {
	if sf.EvalOrigin != "" && (sf.Func == "" || code == code.Program.EvalFunction) {
		sf.Func = "eval"
	}
}

// evalOrigin is V8's description of where the code of frame fr makes code
// at run time (with eval or the Function constructor): "eval at" the
// frame's function name, and its position, or the origin of its own code
// when that was made at run time too.
func (rt *Runtime) evalOrigin(fr *frame) string {
	name := ""
	if fr.code.Kind != bytecode.KindScript && (fr.code.Program == nil || fr.code != fr.code.Program.EvalFunction) {
		name = rt.frameFuncName(fr)
	}
	if name == "" {
		name = "<anonymous>"
	}
	loc := fr.code.Location(fr.pc - 1)
	if loc.EvalOrigin != "" && loc.File == "" {
		return "eval at " + name + " (" + loc.EvalOrigin + ")"
	}
	return "eval at " + name + " (" + loc.File + ":" + strconv.Itoa(int(loc.Line)) + ":" + strconv.Itoa(int(loc.Col)+1) + ")"
}

// SetStackTail sets the frames that a stack captured from now on ends with,
// below its JavaScript frames and above its async ones: the host's own
// frames under the code it runs (node's process.processTicksAndRejections
// under the ticks and promise jobs it runs). It returns the tail it
// replaces, for the host to put back.
func (rt *Runtime) SetStackTail(tail []StackFrame) []StackFrame {
	prev := rt.stackTail
	rt.stackTail = tail
	return prev
}

// PushHostFrames makes stacks captured from now on show frames, innermost
// first, where the running code called into the host (above the calling
// JavaScript frame, as a built-in's frame would be), until the returned
// func is called: node's frames for work its JavaScript does and Kiln's Go
// does (Module._load and Module._resolveFilename under require). Leaving the
// built-in that pushed them also drops them.
func (rt *Runtime) PushHostFrames(frames []StackFrame) (pop func()) {
	n := len(rt.natives)
	rt.natives = append(rt.natives, nativeFrame{depth: len(rt.frames), host: frames})
	return func() {
		if len(rt.natives) > n {
			rt.natives = rt.natives[:n]
		}
	}
}

// frameFuncName is the name V8 gives the function of a frame: its name as
// written or given by NamedEvaluation, else its "name" property, else the
// name inferred from where it was assigned.
func (rt *Runtime) frameFuncName(fr *frame) string {
	if fr.code.Name != "" {
		return fr.code.Name
	}
	if fr.fnObj.IsObject() {
		if n := rt.funcName(fr.fnObj); n != "" {
			return n
		}
	}
	return fr.code.InferredName
}

// debugName is V8's SharedFunctionInfo::DebugName as its constructor names
// read it: a function's "name" property, else its inferred name.
func (rt *Runtime) debugName(f Value) string {
	if n := rt.funcName(f); n != "" {
		return n
	}
	if o := rt.obj(f); o.class == ClassFunction {
		if code, ok := rt.hostOf(o).(*bytecode.Function); ok {
			return code.InferredName
		}
	}
	return ""
}

// delegatedNative reports whether the built-in call k is a
// well-known-symbol method another built-in delegates to without
// JavaScript between them, which V8 leaves out of stack traces
// (String.prototype.replace calling RegExp.prototype[@@replace] shows as
// "String.replace" alone).
func (rt *Runtime) delegatedNative(k int) bool {
	nf := &rt.natives[k]
	return k > 0 && rt.natives[k-1].depth == nf.depth && strings.HasPrefix(rt.funcName(nf.fn), "[Symbol.")
}

// nativeStackFrame is the frame of a built-in being called, named as V8
// names its builtins' frames: "Array.map", "JSON.parse", "new Promise",
// at "<anonymous>".
func (rt *Runtime) nativeStackFrame(nf *nativeFrame) StackFrame {
	sf := StackFrame{Func: rt.funcName(nf.fn), Native: true, Construct: nf.construct}
	if !nf.construct {
		rt.setMethodCall(&sf, nf.this, nf.fn)
	} else {
		sf.Toplevel = true
	}
	return sf
}

// appendAsyncFrames adds V8's "at async f" frames from promise p on (see
// asyncStart): each async function awaiting p (the only reaction on it),
// then the one awaiting that one's, and so on, at the await where it is
// suspended; a promise resolved with another's, and one a .then or .catch
// derives from another, are passed through.
func (rt *Runtime) appendAsyncFrames(out []StackFrame, limit int, p Value) []StackFrame {
	// While exactly one reaction waits on the promise, and that reaction
	// is an await or a Promise combinator's element function, the waiter
	// is a frame.
	for len(out) < limit {
		po := rt.promiseCell(p)
		if po == nil {
			break
		}
		// One waiter is a then's pair of reactions or an await's one.
		reactions := rt.vals(po.elems)
		if n := len(reactions); n != 2 && (n != 1 || rt.obj(reactions[0]).aux != reactAwait) {
			break
		}
		if el, next := rt.combinatorElementOf(reactions); el != nil {
			out = append(out, StackFrame{Func: el.combinator, MethodName: el.combinator, TypeName: "Function",
				Async: true, Native: true, Combinator: el.combinator, PromiseIndex: el.index})
			p = next
			continue
		}
		// A promise that another is resolved with (an async function's
		// `return p`, a `resolve(p)`) passes its outcome on through that
		// one's resolve function: V8 follows it there, with no frame.
		// An await continuation's cell holds the awaiting generator. Any
		// other reaction (a .then or .catch in the chain) is passed
		// through to the promise it derives, as V8 goes on along a chain.
		h := rt.obj(reactions[0]).v1
		var ac *awaitCont
		if h.IsObject() {
			if nf, _ := rt.hostOf(rt.obj(h)).(*nativeFunc); nf != nil && nf.resolves {
				p = rt.obj(h).v0
				continue
			}
			ac, _ = rt.hostOf(rt.obj(h)).(*awaitCont)
		}
		if ac == nil {
			if derived := rt.obj(reactions[0]).v0; rt.promiseCell(derived) != nil {
				p = derived
				continue
			}
			break
		}
		keep := rt.obj(h).v0
		if !keep.IsObject() {
			break
		}
		w, _ := rt.hostOf(rt.obj(keep)).(*genData)
		if w == nil || !w.async || w.asyncGen || w.state != genSuspendedYield {
			break
		}
		fr := &w.fr
		loc := fr.code.Location(fr.pc - 1)
		sf := StackFrame{Func: rt.frameFuncName(fr), File: loc.File, Line: int(loc.Line), Col: int(loc.Col) + 1, Async: true,
			EvalOrigin: loc.EvalOrigin}
		rt.nameEvalFrame(&sf, fr.code)
		if len(w.regs) > 0 {
			rt.setMethodCall(&sf, w.regs[0], fr.fnObj)
		}
		out = append(out, sf)
		p = w.promise
	}
	return out
}

// combinatorElement is what a Promise combinator's element function knows
// for stack traces: which combinator and which element. The functions of a
// kind share one, whose index combinatorElementOf fills in from the
// function's cell (aux); the cell holds the promise the combinator
// returned, in v1.
type combinatorElement struct {
	combinator string
	index      int
	kind       int // elementAll, ...: which element function
}

// combinatorElementOf finds the element function among a promise's one
// pair of reactions where V8 looks for it (the fulfilment handler of
// Promise.all and allSettled, the rejection handler of Promise.any), and
// the promise its combinator returned.
func (rt *Runtime) combinatorElementOf(reactions []Value) (*combinatorElement, Value) {
	if len(reactions) != 2 {
		return nil, Undefined
	}
	for i, r := range reactions {
		h := rt.obj(r).v1
		if !h.IsObject() {
			continue
		}
		nf, _ := rt.hostOf(rt.obj(h)).(*nativeFunc)
		if nf == nil || nf.element == nil {
			continue
		}
		if (nf.element.combinator == "any") == (i == 1) {
			el := *nf.element
			el.index = int(rt.obj(h).aux)
			return &el, rt.obj(h).v1
		}
	}
	return nil, Undefined
}

// setMethodCall fills in how V8 names the frame of a function called with
// a receiver (its AppendMethodCall): "Type.name", "Type.name [as key]" when
// the function sits under another key, "Type.<anonymous>" for an unnamed
// one. A call without a receiver (undefined, null or the global object) is
// top-level and shows the bare function name. Nothing here runs
// JavaScript: only data properties are read, and proxies are not entered.
func (rt *Runtime) setMethodCall(sf *StackFrame, recv, fn Value) {
	if recv == Empty || recv.IsNullish() || recv == rt.realm.GlobalThis {
		sf.Toplevel = true
		return
	}
	name := sf.Func
	typ := rt.receiverTypeName(recv)
	method := rt.receiverMethodName(recv, fn, name)
	sf.TypeName, sf.MethodName = typ, method
	if recv.IsObject() && rt.obj(recv).flags&objClassCtor != 0 {
		// A static method's frame reads "C.m", but its CallSite's type
		// is the class's constructor's: V8's getTypeName gives "Function".
		sf.TypeName = "Function"
	}
	if name == "" {
		if method == "" {
			method = "<anonymous>"
		}
		sf.Method = typ + "." + method
		return
	}
	out := name
	// V8 leaves the type out when the name already starts with it, and
	// for names that are not identifiers ("get x", "#p", "[sym]", "a b").
	if typ != "" && !strings.HasPrefix(name, typ+".") && isIdentifierName(name) {
		out = typ + "." + name
	}
	if method != "" && method != name && !strings.HasSuffix(name, "."+method) {
		out += " [as " + method + "]"
	}
	sf.Method = out
}

// receiverTypeName is V8's JSReceiver::GetConstructorName for a frame's
// receiver: the function that made it with new (or the generator function
// that made a generator object), unless unnamed or Object, else the first string @@toStringTag or named, non-Object "constructor"
// found up the prototype chain (the receiver's own "constructor" does not
// count), else the built-in class name. A class constructor as receiver (a
// static method's) is named by itself. Names include inferred ones.
func (rt *Runtime) receiverTypeName(recv Value) string {
	start := recv
	if !recv.IsObject() {
		// A primitive's wrapper would own nothing: start at its prototype,
		// whose "constructor" then counts.
		switch recv.Tag() {
		case gc.TagString:
			start = rt.realm.StringPrototype
		case gc.TagSymbol:
			return "Symbol"
		case gc.TagBigInt:
			return "BigInt"
		case gc.TagBool:
			start = rt.realm.BooleanPrototype
		default:
			start = rt.realm.NumberPrototype
		}
	} else if o := rt.obj(recv); o.class == ClassProxy {
		return "Proxy"
	} else if o.flags&objClassCtor != 0 {
		if n := rt.debugName(recv); n != "" {
			return n
		}
	} else if o.class == ClassObject && o.v0.IsObject() {
		if n := rt.debugName(o.v0); n != "" && n != "Object" {
			return n
		}
	} else if g := rt.generatorData(recv); g != nil {
		// A generator object's map is its function's initial map, whose
		// constructor is the generator function: "gen.next" in a trace.
		if n := rt.debugName(g.fr.fnObj); n != "" && n != "Object" {
			return n
		}
	}
	ctorKey := rt.atom("constructor")
	for p, depth := start, 0; p.IsObject() && depth < 1000; p, depth = rt.obj(p).proto, depth+1 {
		po := rt.obj(p)
		if po.class == ClassProxy {
			break
		}
		if d, ok := rt.ordinaryGetOwn(po, rt.wellKnown.toStringTag); ok && d.Attrs&attrAccessor == 0 && d.Value.IsString() {
			return rt.GoString(d.Value)
		}
		if p == recv {
			continue
		}
		if d, ok := rt.ordinaryGetOwn(po, ctorKey); ok && d.Attrs&attrAccessor == 0 && d.Value.IsObject() && rt.isCallable(d.Value) {
			if n := rt.debugName(d.Value); n != "" && n != "Object" {
				return n
			}
		}
	}
	if !recv.IsObject() {
		return rt.builtinTag(start)
	}
	return rt.builtinTag(recv)
}

// ConstructorName is V8's JSReceiver::GetConstructorName, which node's
// util.inspect asks when an object's prototype chain names no constructor
// (function C() {}; C.prototype = Object.create(null); new C() is
// "C <[Object: null prototype] {}> {}"): receiverTypeName.
func (rt *Runtime) ConstructorName(v Value) string { return rt.receiverTypeName(v) }

// receiverMethodName is V8's CallSiteInfo::GetMethodName: the key under
// which fn is found from the receiver, tried first under fn's own name
// (less a "get "/"set " prefix), then among the enumerable string keys of
// the receiver and its prototypes, where it must be found only once.
func (rt *Runtime) receiverMethodName(recv, fn Value, name string) string {
	if !recv.IsObject() {
		recv = rt.ToObject(recv)
	}
	holds := func(d PropDesc) bool {
		if d.Attrs&attrAccessor != 0 {
			return d.Get == fn || d.Set == fn
		}
		return d.Value == fn
	}
	// Only what a program can already have called is looked at: a lazy
	// property not made yet (a global such as setTimeout, a module's
	// export) cannot hold fn, and making it would run a library's
	// JavaScript, and collect, while an error is being made.
	getOwn := func(o *Object, key PropKey) (PropDesc, bool) {
		if _, ok := indexKey(key); !ok {
			if slot := rt.shp(o).lookup(key); slot >= 0 && rt.shp(o).attrs[slot]&attrAccessor != 0 &&
				rt.obj(rt.vals(o.slots)[slot]).flags&(objLazyPair|objLazyData) != 0 {
				return PropDesc{}, true
			}
		}
		return rt.ordinaryGetOwn(o, key)
	}
	if n := strings.TrimPrefix(strings.TrimPrefix(name, "get "), "set "); n != "" {
		key := rt.atom(n)
		for p, depth := recv, 0; p.IsObject() && depth < 1000; p, depth = rt.obj(p).proto, depth+1 {
			po := rt.obj(p)
			if po.class == ClassProxy {
				break
			}
			if d, ok := getOwn(po, key); ok {
				if holds(d) {
					return n
				}
				break
			}
		}
	}
	found := ""
	for p, depth := recv, 0; p.IsObject() && depth < 1000; p, depth = rt.obj(p).proto, depth+1 {
		po := rt.obj(p)
		keys := rt.shp(po).keys
		if po.class == ClassProxy || len(keys) > 1000 {
			break
		}
		for _, k := range keys {
			if !k.IsString() {
				continue
			}
			if _, isIdx := indexKey(k); isIdx {
				continue
			}
			d, ok := getOwn(po, k)
			if !ok || d.Attrs&attrEnumerable == 0 || !holds(d) {
				continue
			}
			if found != "" {
				return ""
			}
			found = rt.keyString(k)
		}
	}
	return found
}

// isIdentifierName reports whether s reads as an identifier (letters,
// digits, "$" and "_", not starting with a digit).
func isIdentifierName(s string) bool {
	for i, r := range s {
		switch {
		case r == '$' || r == '_' || unicode.IsLetter(r):
		case i > 0 && unicode.IsDigit(r):
		default:
			return false
		}
	}
	return s != ""
}

// captureStack records the current stack as errV's own "stack" property,
// leaving out the frames above the topmost call of skipUntil when that is a
// function (Error.captureStackTrace's second argument).
//
// V8 formats the stack string on first access, so a custom error class that
// sets this.name after super() shows that name. Kiln does the same: until
// then "stack" is an own accessor whose getter and setter are the realm's
// getLazyStack/setLazyStack natives (accessor slots are never inline-cached,
// and no object made by user code can have that pair), and
// [[GetOwnProperty]] turns it into the writable data property V8 reports
// before user code can see the accessor. Objects whose host slot is taken
// (functions, maps, ...) get the formatted string at once.
func (rt *Runtime) captureStack(errV Value, skipUntil Value) {
	limit, ok := rt.stackTraceLimit()
	if !ok {
		rt.defineData(errV, rt.atom("stack"), Undefined, attrWritable|attrConfigurable)
		return
	}
	frames := rt.CaptureStack(limit)
	if skipUntil.IsObject() && rt.isCallable(skipUntil) {
		// V8 drops every frame when skipUntil is not on the stack.
		frames = nil
		if i := rt.frameIndexOf(skipUntil); i >= 0 {
			frames = rt.captureFrames(limit, i-1)
		}
	}
	rt.setStack(errV, frames)
}

// StackTraceLimit is Error.stackTraceLimit as V8 reads it (see
// stackTraceLimit): how many frames an error made now captures, and false
// when errors get no stack.
func (rt *Runtime) StackTraceLimit() (int, bool) { return rt.stackTraceLimit() }

// SetErrorStack makes frames, innermost first, the stack of error errV in
// place of those captured when it was made: a host whose own functions
// are JavaScript of its own shows the frames its reference implementation
// would (node's fs functions above a program's call). They are formatted,
// or given to Error.prepareStackTrace, when "stack" is first read.
func (rt *Runtime) SetErrorStack(errV Value, frames []StackFrame) {
	if errV.IsObject() {
		rt.setStack(errV, frames)
	}
}

// stackTraceLimit is Error.stackTraceLimit as V8 reads it: a data property
// of the Error constructor, truncated and clamped at 0. ok is false when it
// is missing or not a number, and then errors get an undefined stack.
func (rt *Runtime) stackTraceLimit() (int, bool) {
	d, ok := rt.ordinaryGetOwn(rt.obj(rt.realm.Error), rt.atom("stackTraceLimit"))
	if !ok || d.Attrs&attrAccessor != 0 || !d.Value.IsNumber() {
		return 0, false
	}
	switch f := d.Value.Float(); {
	case f != f || f <= 0:
		return 0, true
	case f > 1e6:
		return 1e6, true
	default:
		return int(f), true
	}
}

// captureStackFrom is captureStack for the Error constructors, which skip
// through newTarget's frame only when it is there: Kiln's built-in
// constructors have no frame, where V8's do.
func (rt *Runtime) captureStackFrom(errV Value, newTarget Value) {
	limit, ok := rt.stackTraceLimit()
	if !ok {
		rt.defineData(errV, rt.atom("stack"), Undefined, attrWritable|attrConfigurable)
		return
	}
	if i := rt.frameIndexOf(newTarget); i >= 0 {
		rt.setStack(errV, rt.captureFrames(limit, i-1))
		return
	}
	rt.setStack(errV, rt.CaptureStack(limit))
}

// isGlobalObject reports whether v is the global object of one of the
// runtime's realms, as made or as a host replaced it (a vm context's proxy).
func (rt *Runtime) isGlobalObject(v Value) bool {
	if !v.IsObject() {
		return false
	}
	for _, r := range rt.realms {
		if v == r.GlobalThis || v == r.madeGlobal {
			return true
		}
	}
	return false
}

// frameIndexOf returns the index in rt.frames of fn's topmost call, or -1
// when fn is not on the stack (or is a bundler's helper, whose frame
// CaptureStack leaves out).
func (rt *Runtime) frameIndexOf(fn Value) int {
	if !fn.IsObject() {
		return -1
	}
	for i := len(rt.frames) - 1; i >= 0; i-- {
		if fr := &rt.frames[i]; fr.fnObj == fn {
			if fr.code.Flags&bytecode.FlagBundlerCode != 0 {
				return -1
			}
			return i
		}
	}
	return -1
}

// setStack installs frames as errV's own "stack" property.
func (rt *Runtime) setStack(errV Value, frames []StackFrame) {
	o := rt.obj(errV)
	key := rt.atom("stack")
	if h := rt.hostOf(o); h == nil || isErrorData(h) {
		rt.setHost(o, &errorData{frames: frames})
		pair := rt.lazyStackPair()
		rt.defineOwnProperty(errV, key, PropDesc{Get: pair[0], Set: pair[1], Attrs: attrConfigurable,
			Has: hasGet | hasSet | hasEnumerable | hasConfigurable}, false)
		return
	}
	rt.defineData(errV, key, rt.stackValue(errV, frames), attrWritable|attrConfigurable)
}

// stackValue is what an error's "stack" becomes when first read: the
// result of Error.prepareStackTrace(error, callSites) when that is a
// function (V8 looks it up at this moment, not at capture), else Node's
// formatted string. Inside prepareStackTrace, stacks format by default.
func (rt *Runtime) stackValue(errV Value, frames []StackFrame) Value {
	const busy = "%PreparingStackTrace%"
	if _, inside := rt.realm.Extra[busy]; !inside {
		if fn := rt.Get(rt.realm.Error, rt.atom("prepareStackTrace")); rt.isCallable(fn) {
			sites := make([]Value, len(frames))
			for i := range frames {
				sites[i] = rt.newCallSite(frames[i])
			}
			rt.realm.Extra[busy] = True
			defer delete(rt.realm.Extra, busy)
			return rt.Call(fn, rt.realm.Error, errV, rt.NewArray(sites))
		}
	}
	return rt.NewString(rt.formatStack(errV, frames))
}

// newCallSite makes one of V8's CallSite objects (the elements of
// prepareStackTrace's second argument) for a captured frame.
func (rt *Runtime) newCallSite(f StackFrame) Value {
	const key = "%CallSitePrototype%"
	proto, ok := rt.realm.Extra[key]
	if !ok {
		proto = rt.NewObject()
		rt.realm.Extra[key] = proto
		site := func(rt *Runtime, this Value) *StackFrame {
			if this.IsObject() {
				if sf, ok := rt.hostOf(rt.obj(this)).(*StackFrame); ok {
					return sf
				}
			}
			rt.throwTypeError("CallSite method called on an incompatible receiver")
			return nil
		}
		orNull := func(s string) Value {
			if s == "" {
				return Null
			}
			return rt.NewString(s)
		}
		methods := map[string]func(sf *StackFrame) Value{
			"getFunctionName": func(sf *StackFrame) Value { return orNull(sf.Func) },
			"getMethodName":   func(sf *StackFrame) Value { return orNull(sf.MethodName) },
			"getTypeName": func(sf *StackFrame) Value {
				if sf.Toplevel {
					return Null
				}
				return orNull(sf.TypeName)
			},
			"getFileName":              func(sf *StackFrame) Value { return rt.callSiteFile(sf) },
			"getScriptNameOrSourceURL": func(sf *StackFrame) Value { return rt.callSiteFile(sf) },
			"getLineNumber":            func(sf *StackFrame) Value { return nativeOr(sf, gc.Int(sf.Line)) },
			"getColumnNumber":          func(sf *StackFrame) Value { return nativeOr(sf, gc.Int(sf.Col)) },
			"isToplevel":               func(sf *StackFrame) Value { return gc.Bool(sf.Toplevel) },
			"isConstructor":            func(sf *StackFrame) Value { return gc.Bool(sf.Construct) },
			"isAsync":                  func(sf *StackFrame) Value { return gc.Bool(sf.Async) },
			"isNative":                 func(*StackFrame) Value { return False },
			"isEval":                   func(sf *StackFrame) Value { return gc.Bool(sf.EvalOrigin != "") },
			"isPromiseAll":             func(sf *StackFrame) Value { return gc.Bool(sf.Combinator == "all") },
			"getPromiseIndex": func(sf *StackFrame) Value {
				if sf.Combinator == "" {
					return Null
				}
				return gc.Int(sf.PromiseIndex)
			},
			"getEvalOrigin": func(sf *StackFrame) Value {
				if sf.EvalOrigin == "" {
					return Undefined
				}
				return rt.NewString(sf.EvalOrigin)
			},
			"getThis":     func(*StackFrame) Value { return Undefined },
			"getFunction": func(*StackFrame) Value { return Undefined },
			// Kiln keeps no function start or script hash in a frame:
			// these report the call position and an empty hash.
			"getEnclosingLineNumber":   func(sf *StackFrame) Value { return gc.Int(sf.Line) },
			"getEnclosingColumnNumber": func(sf *StackFrame) Value { return gc.Int(sf.Col) },
			"getPosition":              func(*StackFrame) Value { return gc.Int(0) },
			"getScriptHash":            func(*StackFrame) Value { return rt.NewString("") },
			"toString":                 func(sf *StackFrame) Value { return rt.NewString(sf.String()) },
		}
		// V8's order, so that Object.getOwnPropertyNames lists them alike.
		ctor := rt.NewNativeFunction("CallSite", 0, func(rt *Runtime, _ Value, _ []Value) Value {
			rt.throwTypeError("CallSite is not a constructor")
			return Undefined
		})
		rt.defineData(proto, rt.atom("constructor"), ctor, attrWritable|attrConfigurable)
		for _, name := range []string{"getColumnNumber", "getEnclosingColumnNumber", "getEnclosingLineNumber",
			"getEvalOrigin", "getFileName", "getFunction", "getFunctionName", "getLineNumber", "getMethodName",
			"getPosition", "getPromiseIndex", "getScriptHash", "getScriptNameOrSourceURL", "getThis",
			"getTypeName", "isAsync", "isConstructor", "isEval", "isNative", "isPromiseAll", "isToplevel",
			"toString"} {
			m := methods[name]
			rt.DefineMethod(proto, name, 0, func(rt *Runtime, this Value, _ []Value) Value { return m(site(rt, this)) })
		}
	}
	v := rt.NewObjectProto(proto)
	sf := f
	rt.setHost(rt.obj(v), &sf)
	return v
}

func isErrorData(h any) bool {
	_, ok := h.(*errorData)
	return ok
}

// SetStackMapper makes stack strings show each frame's position as mapper
// gives it (nil for none): Node's --enable-source-maps, where the host
// maps generated code back to the source it was made from. Positions are
// 1-based; CallSites keep the positions as they are, as V8's do.
func (rt *Runtime) SetStackMapper(mapper func(file string, line, col int) (string, int, int, bool)) {
	rt.stackMapper = mapper
}

// formatStack is Node's stack string: the error's header, then one
// "    at ..." line per frame.
func (rt *Runtime) formatStack(errV Value, frames []StackFrame) string {
	var b strings.Builder
	b.WriteString(rt.errorHeader(errV))
	for _, f := range frames {
		if rt.stackMapper != nil && !f.Native && f.File != "" {
			if file, line, col, ok := rt.stackMapper(f.File, f.Line, f.Col); ok {
				f.File, f.Line, f.Col = file, line, col
				// Node names a mapped frame's anonymous function.
				if f.Func == "" && f.Method == "" {
					f.Func = "<anonymous>"
				}
			}
		}
		b.WriteString("\n    at ")
		b.WriteString(f.String())
	}
	return b.String()
}

func getLazyStack(rt *Runtime, this Value, _ []Value) Value {
	if h := rt.lazyStackHolder(this); h != Undefined {
		return rt.materializeStack(h)
	}
	return Undefined
}

func setLazyStack(rt *Runtime, this Value, args []Value) Value {
	if !this.IsObject() {
		return Undefined
	}
	if h := rt.lazyStackHolder(this); h == this {
		rt.replaceLazyStack(h, Arg(args, 0))
		return Undefined
	}
	rt.createDataProperty(this, rt.atom("stack"), Arg(args, 0))
	return Undefined
}

// lazyStackPair returns this realm's getter and setter functions for
// unformatted stacks, made on first use. The getter is known by its
// lazyStack mark rather than by being one package-level native shared by
// all realms: such a variable's initializer reaches itself through
// getLazyStack (which makes errors, whose stacks need the pair), so it
// could only be set by an init function that every process ran.
func (rt *Runtime) lazyStackPair() [2]Value {
	const key = "%LazyStack%"
	pair := rt.realm.Extra[key]
	if !pair.IsObject() {
		g := rt.NewNativeFunction("stack", 0, nil)
		rt.setHost(rt.obj(g), &nativeFunc{name: "stack", fn: getLazyStack, lazyStack: true})
		s := rt.NewNativeFunction("stack", 1, nil)
		rt.setHost(rt.obj(s), &nativeFunc{name: "stack", fn: setLazyStack})
		pair = rt.newAccessorPair(g, s)
		rt.realm.Extra[key] = pair
	}
	p := rt.obj(pair)
	return [2]Value{p.v0, p.v1}
}

// isLazyStack reports whether an own property descriptor is the
// unformatted-stack accessor.
func (rt *Runtime) isLazyStack(d *PropDesc) bool {
	if d.Attrs&attrAccessor == 0 || !d.Get.IsObject() {
		return false
	}
	nf, _ := rt.hostOf(rt.obj(d.Get)).(*nativeFunc)
	return nf != nil && nf.lazyStack
}

// lazyStackHolder finds the object on v's prototype chain that owns an
// unformatted stack, or Undefined.
func (rt *Runtime) lazyStackHolder(v Value) Value {
	key := rt.atom("stack")
	for depth := 0; v.IsObject() && depth < 10000; depth++ {
		o := rt.obj(v)
		if o.class == ClassProxy {
			return Undefined
		}
		if d, ok := rt.ordinaryGetOwn(o, key); ok {
			if rt.isLazyStack(&d) {
				return v
			}
			return Undefined
		}
		v = o.proto
	}
	return Undefined
}

// materializeStack formats the unformatted stack owned by ov and stores it
// as a data property, returning it.
func (rt *Runtime) materializeStack(ov Value) Value {
	var frames []StackFrame
	if ed, ok := rt.hostOf(rt.obj(ov)).(*errorData); ok {
		frames = ed.frames
	}
	s := rt.stackValue(ov, frames)
	rt.replaceLazyStack(ov, s)
	return s
}

// replaceLazyStack turns the unformatted-stack accessor of ov (if the
// header's getters left it in place) into a writable data property holding
// v, keeping its enumerable and configurable attributes. The shape moves to
// its shared sibling rather than becoming a dictionary.
func (rt *Runtime) replaceLazyStack(ov Value, v Value) {
	o := rt.obj(ov)
	key := rt.atom("stack")
	slot := rt.shp(o).lookup(key)
	if slot < 0 {
		return
	}
	if d, _ := rt.ordinaryGetOwn(o, key); !rt.isLazyStack(&d) {
		return
	}
	attrs := rt.shp(o).attrs[slot]&(attrEnumerable|attrConfigurable) | attrWritable
	rt.setSlotAttrs(o, slot, attrs)
	rt.own(&o.slots)
	rt.vals(o.slots)[slot] = v
}

// setSlotAttrs changes the attributes of an own named property. A shared
// shape is rebuilt along the transition tree so the object keeps a cacheable
// shape; a dictionary shape is edited in place.
func (rt *Runtime) setSlotAttrs(o *Object, slot int, attrs uint8) {
	s := rt.shp(o)
	base := s
	for base != nil && len(base.keys) > slot {
		base = base.parent
	}
	if s.dict || base == nil || len(base.keys) != slot {
		d := rt.toDict(s)
		d.attrs[slot] = attrs
		rt.edited(d)
		o.shape = d.id
		return
	}
	n := rt.withKey(base, s.keys[slot], attrs)
	for i := slot + 1; i < len(s.keys); i++ {
		n = rt.withKey(n, s.keys[i], s.attrs[i])
	}
	o.shape = n.id
}

func (f StackFrame) String() string {
	if f.Combinator != "" {
		return "async Promise." + f.Combinator + " (index " + strconv.Itoa(f.PromiseIndex) + ")"
	}
	loc := f.File + ":" + strconv.Itoa(f.Line) + ":" + strconv.Itoa(f.Col)
	switch {
	case f.Native:
		loc = "<anonymous>"
	case f.EvalOrigin != "" && f.File == "":
		loc = f.EvalOrigin + ", <anonymous>:" + strconv.Itoa(f.Line) + ":" + strconv.Itoa(f.Col)
	}
	name := f.Func
	if f.Method != "" {
		name = f.Method
	}
	if f.Construct && name != "" {
		name = "new " + name
	}
	if f.Async {
		// An anonymous function's frame is its location alone, after
		// "async " as V8 writes it.
		if name == "" {
			return "async " + loc
		}
		name = "async " + name
	}
	if name == "" {
		return loc
	}
	return name + " (" + loc + ")"
}

// callSiteFile is a CallSite's file name: null for a built-in's frame,
// undefined for code made at run time, which has no script name.
func (rt *Runtime) callSiteFile(sf *StackFrame) Value {
	if sf.EvalOrigin != "" && sf.File == "" {
		return Undefined
	}
	return nativeOr(sf, rt.NewString(sf.File))
}

// nativeOr is v, or null for a built-in's frame, which has no script or
// position (V8's CallSite answers null).
func nativeOr(sf *StackFrame, v Value) Value {
	if sf.Native {
		return Null
	}
	return v
}

// errorHeader is what Error.prototype.toString would give, computed without
// running user code that could throw (getters are still honoured).
func (rt *Runtime) errorHeader(e Value) string {
	name := "Error"
	if n := rt.Get(e, rt.atom("name")); n != Undefined {
		name = rt.ToGoString(n)
	}
	msg := ""
	if m := rt.Get(e, rt.atom("message")); m != Undefined {
		msg = rt.ToGoString(m)
	}
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}

// rethrow throws v again from a finally block or an iterator close, keeping
// where it was first thrown (V8's ReThrow): when v is the exception the
// last handler caught, that exception goes on as it was. Otherwise (the
// finally block caught another one meanwhile) it returns, and the caller
// throws v from here.
func (rt *Runtime) rethrow(v Value) {
	if e := rt.caught; e != nil && e.Value == v {
		panic(e)
	}
}

// Try runs f, returning a thrown JavaScript exception as an error.
func (rt *Runtime) Try(f func()) (err *Exception) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Exception); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	f()
	return nil
}

// primitiveText renders a primitive the way V8 prints it after "in" in
// "Cannot use 'in' operator to search for 'k' in abc": its string value,
// unquoted (a symbol by its descriptive string).
func (rt *Runtime) primitiveText(v Value) string {
	if v.IsSymbol() {
		return rt.symbolDescriptiveString(v)
	}
	if v.IsObject() {
		return rt.inspectShort(v)
	}
	return rt.ToGoString(v)
}

// inspectShort renders a value briefly for error messages, as V8 does:
// strings quoted, objects as #<Ctor> or their source-ish form.
func (rt *Runtime) inspectShort(v Value) string {
	switch v.Tag() {
	case gc.TagString:
		return "\"" + rt.GoString(v) + "\""
	case gc.TagSymbol:
		return rt.symbolDescriptiveString(v)
	case gc.TagObject:
		if rt.isCallable(v) {
			if n := rt.funcName(v); n != "" {
				return n
			}
			return "function"
		}
		if rt.obj(v).class == ClassArray {
			return "object"
		}
		ctor := rt.ctorNameOf(v)
		if ctor == "" {
			return "[object Object]"
		}
		return "#<" + ctor + ">"
	case gc.TagBigInt:
		return rt.bigint(v).String()
	}
	return rt.ToGoString(v)
}

// ctorNameOf finds the constructor name of an object through its
// prototype's "constructor" property, without calling getters.
func (rt *Runtime) ctorNameOf(v Value) string {
	for p := v; p.IsObject(); {
		o := rt.obj(p)
		if o.class == ClassProxy {
			return "Object"
		}
		if d, ok := rt.ordinaryGetOwn(o, rt.atom("constructor")); ok && d.Attrs&attrAccessor == 0 && rt.isCallable(d.Value) {
			return rt.funcName(d.Value)
		}
		p = o.proto
	}
	return ""
}

// ErrorPosition returns where an error object was created: the file,
// line and 0-based column of its innermost stack frame.
func (rt *Runtime) ErrorPosition(v Value) (file string, line, col int, ok bool) {
	if !v.IsObject() {
		return "", 0, 0, false
	}
	d, _ := rt.hostOf(rt.obj(v)).(*errorData)
	if d == nil || len(d.frames) == 0 {
		return "", 0, 0, false
	}
	f := d.frames[0]
	return f.File, f.Line, f.Col - 1, true
}
