package vm

import (
	"cmp"
	"fmt"
	"unsafe"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// frame is one activation of a compiled function. Frames live in
// rt.frames; their registers are the window stack[base : base+NRegs].
type frame struct {
	code      *bytecode.Function
	cs        *codeState
	fnObj     Value
	env       Value
	envDepth  int
	pc        int
	base      int
	retTo     int // stack index the result goes to in the caller; -1 returns to Go
	newTarget Value
	argc      int
	extraArgs []Value // arguments past NParams, kept when the code needs them
	argsObj   Value
	genObj    Value // the generator or async function object driving this frame
	construct bool
	// superCall marks the frame of a parent constructor that a super()
	// call pushed in the interpreter loop: its return initialises the
	// caller's this, which must still be uninitialised.
	superCall bool
	// callerRealm is set on the frame of a call into another realm
	// (enterIn): the realm current before it.
	callerRealm *Realm
}

// NativeFunc is a built-in function. args aliases the caller's registers:
// read it, never write it. new.target is rt.NewTarget() during the call.
type NativeFunc func(rt *Runtime, this Value, args []Value) Value

type nativeFunc struct {
	fn   NativeFunc
	name string
	// builtin marks an ECMAScript built-in, which stack traces show as
	// V8 does its builtins ("at Array.map (<anonymous>)"); the host's
	// functions and the ones made while running (promise resolvers) are
	// not shown, nor those V8 leaves out (hiddenBuiltin).
	builtin bool
	// forward marks call, apply and Reflect.apply (see forwardKind).
	forward forwardKind
	// lazyStack marks the getter of unformatted error stacks (errors.go).
	lazyStack bool
	// resolves marks a promise's resolve function, which async stack
	// traces follow to the promise it settles.
	resolves bool
	// element is set on a Promise combinator's element functions, for
	// async stack traces.
	element *combinatorElement
}

// hiddenBuiltin reports whether V8 leaves the built-in out of stack traces:
// call, apply and Reflect.apply hand over to their target, and a trace that
// Error.captureStackTrace or an error constructor captures starts at its
// caller.
func hiddenBuiltin(name string, ctor bool) bool {
	switch name {
	case "call", "apply", "captureStackTrace":
		return true
	case "Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError", "AggregateError":
		return ctor
	}
	return false
}

// nativeFrame is a built-in on the call stack, for stack traces: depth is
// how many JavaScript frames were below it when it was called.
type nativeFrame struct {
	fn, this  Value
	depth     int
	construct bool
	// host, when set, are the frames a stack shows here instead of a
	// built-in's (PushHostFrames): node's own JavaScript frames around work
	// Kiln does in Go.
	host []StackFrame
}

// pushNative records a built-in called on the stack, writing the entry in
// its slot field by field: an append of a nativeFrame literal built it on
// the Go stack and copied it in 16-byte loads, each spanning two of the
// stores just made, which the CPU cannot forward; the stall was half of
// callNative's own time, on every call of a built-in (Math.abs, Map.has).
func (rt *Runtime) pushNative(fn, this Value, construct bool) {
	n := len(rt.natives)
	if n == cap(rt.natives) {
		rt.natives = append(rt.natives, nativeFrame{})
	}
	rt.natives = rt.natives[:n+1]
	e := &rt.natives[n]
	e.fn, e.this, e.depth, e.construct, e.host = fn, this, len(rt.frames), construct, nil
}

// codeState is the per-runtime mutable state of one compiled function.
type codeState struct {
	ics       []ic
	keys      []PropKey // the property key of each site (atoms are immortal)
	templates []Value   // template objects by constant index, nil until the first (templateObject)
	// regexps are the regular expression literals' source, flags and
	// matcher by constant index, nil until the code's first (see
	// newRegExpLiteral).
	regexps []regexpLiteral
	// strs are the atoms of string constants by constant index (0 until
	// loaded; nil until the first): atoms are immortal, so the collector
	// need not see them.
	strs       []Value
	needsExtra bool // uses Arguments or Rest
	// sloppyThis is sloppyThis(code), tested on every call.
	sloppyThis bool
	// restAtEntry is set when the code's only use of its extra arguments
	// is one Rest of them all (a strict function or arrow, no generator,
	// no arguments): a call makes the rest array from the arguments on
	// the stack and leaves it in the frame's argsObj for Rest to take,
	// rather than copying them to a Go slice first for Rest to copy again.
	restAtEntry bool
	// argSlots is the environment slot of each parameter index for mapped
	// arguments objects, made on first use (see paramSlots).
	argSlots []int32
	// funcs is the index in rt.codes of each of the code's nested
	// functions, 0 until the first closure of it is made.
	funcs []uint32
}

// A codeEntry is a compiled function as its closures see it. Closures keep
// the index of theirs in Object.aux rather than the code in the host
// table: a call reads the code and its state from one small table, where
// it took a host lookup (an interface in a table of 425k entries during a
// tsc run) and a stateOf; and making a closure neither takes a host slot
// for the collector to sweep nor a string cell for its name.
type codeEntry struct {
	code *bytecode.Function
	cs   *codeState // nil until the first call
	name Value      // the atom of code.Name
	// slots is the pinned template of its closures' own property values
	// (length, name, and a sloppy function's arguments and caller), which
	// they share until one changes them (see own); 0 until the first.
	slots gc.Ref
}

// codeOf returns the index in rt.codes of code, adding it on first use.
func (rt *Runtime) codeOf(code *bytecode.Function) uint32 {
	if i, ok := rt.codeIndex[code]; ok {
		return i
	}
	i := uint32(len(rt.codes))
	rt.codes = append(rt.codes, codeEntry{code: code, name: rt.atom(code.Name)})
	rt.codeIndex[code] = i
	return i
}

// closureState returns the state of closure o's code.
func (rt *Runtime) closureState(o *Object) *codeState {
	if cs := rt.codes[o.aux].cs; cs != nil {
		return cs
	}
	return rt.closureStateFirst(o)
}

// closureStateFirst is closureState on the code's first call, kept out of
// line so that closureState inlines into every call: with the first call's
// work in it, it was 2 over the inliner's budget, and each call of a
// compiled function paid for a Go call to it.
func (rt *Runtime) closureStateFirst(o *Object) *codeState {
	ce := &rt.codes[o.aux]
	ce.cs = rt.stateOf(ce.code)
	return ce.cs
}

// stateOf returns the runtime's state for code, through a small
// direct-mapped cache in front of the map: every call needs it, and a map
// lookup per call was a tenth of a closure-heavy program's time.
func (rt *Runtime) stateOf(code *bytecode.Function) *codeState {
	e := &rt.csCache[uintptr(unsafe.Pointer(code))>>5&(csCacheSize-1)]
	if e.code == code {
		return e.cs
	}
	cs := rt.stateOfSlow(code)
	e.code, e.cs = code, cs
	return cs
}

const csCacheSize = 256

// InvalidCodeError is raised (as a Go panic, past every JavaScript handler)
// when a function of a snapshot decoded lazily fails to decode or, from an
// unverified snapshot, fails the verifier as it is about to run: the
// snapshot is corrupt, and nothing more of it may run. The host reports it
// as a load error, in the words the loader would have used.
type InvalidCodeError struct {
	File string
	Err  error
	// Malformed is set when the body did not decode (Err names the
	// section), rather than decoding to code the verifier rejected.
	Malformed bool
}

func (e *InvalidCodeError) Error() string {
	if e.Malformed {
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s: bytecode rejected by the verifier: %v", e.File, e.Err)
}

type csCacheEntry struct {
	code *bytecode.Function
	cs   *codeState
}

func (rt *Runtime) stateOfSlow(code *bytecode.Function) *codeState {
	if cs, ok := rt.codeState[code]; ok {
		return cs
	}
	// First run of code in this runtime: the body of a function of a
	// snapshot decoded lazily is decoded now, and one whose verifier was
	// deferred checked, before any of it executes.
	if err := code.Load(); err != nil {
		if code.Program != nil && code.Program.Snapshot == "" {
			// A body whose compilation was deferred to now and failed (a
			// limit, such as a function too large): the SyntaxError the
			// whole program's compilation would have given, thrown by the
			// call.
			rt.throwSyntaxError("%s", err.Error())
		}
		panic(&InvalidCodeError{File: code.Program.Snapshot, Err: err, Malformed: true})
	}
	if p := code.Program; p != nil && p.Unverified {
		if err := bytecode.VerifyFunction(code); err != nil {
			// A program compiled lazily in this process (no snapshot)
			// is verified function by function too: the file it
			// compiled from is then the one to name.
			panic(&InvalidCodeError{File: cmp.Or(p.Snapshot, p.Filename), Err: err})
		}
	}
	cs := &codeState{ics: make([]ic, len(code.Sites)), keys: make([]PropKey, len(code.Sites)), sloppyThis: sloppyThis(code)}
	for i, s := range code.Sites {
		cs.keys[i] = rt.keyFor(s)
	}
	// The compiler emits Arguments only in code it flags as using them,
	// and Rest only for a parameter list it flags as not simple or in a
	// derived class's default constructor, so most code needs no scan
	// (scanning every function on its first call was 1.5% of a program
	// that requires ten of node's modules). Code that breaks the rule (a
	// hand-made snapshot) only loses its extra arguments.
	if code.Flags&bytecode.FlagUsesArguments != 0 || code.Flags&bytecode.FlagSimpleParams == 0 || code.Kind == bytecode.KindDerivedCtor {
		rests, restAll, arguments := 0, false, false
		for pc := 0; pc < len(code.Code); {
			in, ok := bytecode.Decode(code.Code, pc)
			if !ok {
				break
			}
			switch in.Op {
			case bytecode.OpArguments:
				arguments = true
			case bytecode.OpRest:
				rests++
				restAll = in.B == code.NParams
			}
			pc = in.Next
		}
		cs.needsExtra = arguments || rests > 0
		cs.restAtEntry = !arguments && rests == 1 && restAll && code.Kind <= bytecode.KindDerivedCtor && !hasLiveCallerProps(code)
	}
	rt.codeState[code] = cs
	return cs
}

// Arg returns args[i], or undefined past the end.
func Arg(args []Value, i int) Value {
	if i < len(args) {
		return args[i]
	}
	return Undefined
}

// NewTarget returns new.target of the running native constructor call
// (undefined for a plain call).
func (rt *Runtime) NewTarget() Value { return rt.curNewTarget }

// Call calls f with this and args from Go. It throws (panics with an
// *Exception) if f throws; use Try to catch.
func (rt *Runtime) Call(f Value, this Value, args ...Value) Value {
	if rt.inNative {
		return rt.callArgs(f, this, args)
	}
	// A host's call from outside any native (an event loop's callback, a
	// promise job's host code): what the interpreter's Go helpers kept
	// during it (Keep) was theirs, and no native returns to drop it, so it
	// goes now; each call added to tempRoots for good before, and a timer
	// calling async functions kept every promise they made.
	mark := len(rt.tempRoots)
	v := rt.callArgs(f, this, args)
	clear(rt.tempRoots[mark:])
	rt.tempRoots = rt.tempRoots[:mark]
	return v
}

// callArgs is Call's work.
func (rt *Runtime) callArgs(f Value, this Value, args []Value) Value {
	// The arguments go onto the VM stack above everything live, and the
	// callee sees them there (as it does when called from bytecode), so the
	// slice never escapes and a caller's variadic arguments stay on the Go
	// stack: a callback per array element allocated them otherwise. The
	// interpreter resets sp from the frames when an exception unwinds past.
	base := rt.sp
	// A compiled function of this realm that is neither a generator nor
	// async gets this and the arguments written once, straight into its
	// frame (callCode would copy them a second time), and runs: every
	// callback of map, filter, reduce, sort and the rest comes this way.
	if f.IsObject() {
		if o := rt.obj(f); o.class == ClassFunction && uint16(o.realm) == rt.realmTag {
			if code := rt.hostOf(o).(*bytecode.Function); code.Kind <= bytecode.KindDerivedCtor {
				if base+1+len(args)+code.NRegs+8 > len(rt.stack) {
					rt.throwStackOverflow()
				}
				rt.stack[base] = this
				copy(rt.stack[base+1:], args)
				rt.pushFrame(f, o, code, base, len(args), -1, Undefined)
				v := rt.run()
				rt.sp = base
				return v
			}
		}
	}
	if base+len(args) > len(rt.stack) {
		rt.throwStackOverflow()
	}
	n := copy(rt.stack[base:], args)
	rt.sp = base + n
	rt.raiseStackHigh(rt.sp)
	v := rt.callValue(f, this, rt.stack[base:base+n:base+n], Undefined)
	rt.sp = base
	return v
}

// callValue is [[Call]] (newTarget undefined) or [[Construct]].
func (rt *Runtime) callValue(f Value, this Value, args []Value, newTarget Value) Value {
	if !f.IsObject() {
		rt.throwTypeError("%s is not a function", rt.inspectShort(f))
	}
	o := rt.obj(f)
	switch o.class {
	case ClassFunction:
		return rt.callCode(f, o, this, args, newTarget)
	case ClassNative:
		return rt.callNative(f, o, this, args, newTarget)
	case ClassBound:
		all := append(rt.arrayValues(o.v2), args...)
		if newTarget != Undefined {
			if newTarget == f {
				newTarget = o.v0
			}
			return rt.construct(o.v0, all, newTarget)
		}
		return rt.callValue(o.v0, o.v1, all, Undefined)
	case ClassProxy:
		if newTarget != Undefined {
			return rt.proxyConstruct(f, args, newTarget)
		}
		return rt.proxyCall(f, this, args)
	}
	rt.throwTypeError("%s is not a function", rt.inspectShort(f))
	return Undefined
}

func (rt *Runtime) callNative(f Value, o *Object, this Value, args []Value, newTarget Value) (v Value) {
	// Natives calling natives (String of an array of arrays: join, then
	// toString of each element, ...) push no frames, and recursed in Go
	// until Go's stack ran out, a fatal error no recover catches: their
	// nesting has the frames' limit too.
	if len(rt.frames) >= rt.maxDepth || rt.nativeDepth >= rt.maxDepth {
		rt.throwStackOverflow()
	}
	rt.nativeDepth++
	// A native's host entry is always its nativeFunc: read straight from
	// the table, not through hostOf's switch on the class.
	nf := rt.hosts[o.host].(*nativeFunc)
	saved, savedNT, savedCallee, mark, natives := rt.inNative, rt.curNewTarget, rt.curCallee, len(rt.tempRoots), len(rt.natives)
	// A built-in runs in its own realm (§10.3.1 step 5): what it makes and
	// throws comes from there, whoever calls it.
	savedRealm := rt.realm
	if uint16(o.realm) != rt.realmTag {
		rt.setRealm(rt.realmOf(o))
	}
	rt.inNative = true
	rt.curNewTarget = newTarget
	rt.curCallee = f
	if nf.builtin {
		rt.pushNative(f, this, newTarget != Undefined)
	}
	defer func() {
		rt.nativeDepth--
		rt.inNative, rt.curNewTarget, rt.curCallee = saved, savedNT, savedCallee
		if rt.realm != savedRealm {
			rt.setRealm(savedRealm)
		}
		rt.tempRoots = rt.tempRoots[:mark]
		rt.natives = rt.natives[:natives]
		// A native called by a native hands its result to Go code that
		// may call JavaScript before storing it (TypedArray.from's
		// target, made by the constructor it calls): kept as that
		// native's own allocations are. (A run of JavaScript keeps what
		// it returns the same way; bytecode stores it in a register.)
		if saved && v.IsHeap() {
			rt.tempRoots = append(rt.tempRoots, v)
		}
	}()
	return nf.fn(rt, this, args)
}

// construct is Construct(F, args, newTarget) (ECMA-262 §7.3.15).
func (rt *Runtime) construct(f Value, args []Value, newTarget Value) Value {
	if !rt.isConstructor(f) {
		rt.throwTypeError("%s is not a constructor", rt.inspectShort(f))
	}
	if newTarget == Undefined {
		newTarget = f
	}
	return rt.callValue(f, Undefined, args, newTarget)
}

// Construct calls new f(...args).
func (rt *Runtime) Construct(f Value, args ...Value) Value { return rt.construct(f, args, f) }

// callCode runs a compiled function from Go: push its frame and run the
// interpreter until that frame returns.
func (rt *Runtime) callCode(f Value, o *Object, this Value, args []Value, newTarget Value) Value {
	code := rt.hostOf(o).(*bytecode.Function)
	base := rt.sp
	if base+1+len(args)+code.NRegs+8 > len(rt.stack) {
		rt.throwStackOverflow()
	}
	rt.stack[base] = this
	copy(rt.stack[base+1:], args)
	if newTarget != Undefined {
		// Reading newTarget's prototype can run JavaScript (a getter,
		// a proxy's get trap): its frames go above the arguments, which
		// its collections see.
		rt.sp = base + 1 + len(args)
		rt.raiseStackHigh(rt.sp)
		this = rt.prepareConstruct(f, o, code, newTarget)
		rt.stack[base] = this
	}
	if uint16(o.realm) != rt.realmTag {
		if r := rt.realmOf(o); r != rt.realm {
			return rt.enterIn(r, f, o, code, base, len(args), newTarget)
		}
	}
	rt.pushFrame(f, o, code, base, len(args), -1, newTarget)
	return rt.runPushed(code.Kind)
}

// enterIn is enter for a function of realm r, not the current one, which
// becomes current until the call ends (§10.2.1.1 step 5; `this` for
// [[Construct]] was made before, in the caller's realm). The interpreter
// calls such a function through here rather than pushing its frame in
// place, so that a return or an unwind never has to restore a realm.
func (rt *Runtime) enterIn(r *Realm, f Value, o *Object, code *bytecode.Function, base, argc int, newTarget Value) Value {
	prev := rt.realm
	rt.setRealm(r)
	defer rt.setRealm(prev)
	rt.pushFrame(f, o, code, base, argc, -1, newTarget)
	rt.frames[len(rt.frames)-1].callerRealm = prev
	return rt.runPushed(code.Kind)
}

// runPushed runs the frame just pushed, of a function of kind, to its
// return or first suspension.
func (rt *Runtime) runPushed(kind bytecode.FuncKind) Value {
	switch kind {
	case bytecode.KindGenerator, bytecode.KindAsync, bytecode.KindAsyncArrow, bytecode.KindAsyncGenerator:
		return rt.startCoroutine(kind)
	}
	return rt.run()
}

// prepareConstruct creates `this` for [[Construct]] of a compiled
// function: an object from newTarget's prototype, or <empty> for derived
// constructors. (A base class constructor initialises its fields itself,
// with InitFields; a derived one gets them from SuperCall.)
func (rt *Runtime) prepareConstruct(f Value, o *Object, code *bytecode.Function, newTarget Value) Value {
	if code.Kind == bytecode.KindDerivedCtor {
		return Empty
	}
	proto := rt.prototypeFromCtor(newTarget, func(r *Realm) Value { return r.ObjectPrototype })
	this, obj := rt.newObjectCell(ClassObject, proto)
	if newTarget == f {
		// V8 names a receiver's type after the constructor that made it
		// before looking at its prototypes (receiverTypeName).
		obj.v0 = f
	}
	return this
}

// prototypeFromCtor is GetPrototypeFromConstructor (§10.1.14): ctor's
// "prototype" if it is an object, else the intrinsic that intrinsic picks
// from ctor's realm, which need not be the current one (a constructor made
// in another realm gives that realm's %Date.prototype%).
func (rt *Runtime) prototypeFromCtor(ctor Value, intrinsic func(*Realm) Value) Value {
	p := rt.Get(ctor, rt.atPrototype)
	if p.IsObject() {
		return p
	}
	return intrinsic(rt.functionRealm(ctor))
}

// pushFrame sets up a frame for closure o (f, of code) whose this and args
// are already at stack[base], stack[base+1...]: every call of a compiled
// function, from the interpreter, from Go (Call) and from a built-in's
// prepared callback (callPrepared), comes here, and this is the one place a
// frame is written.
//
// The parameters past the arguments and the bindings of the function's
// entry start undefined. The registers past code.NInit are not cleared: the
// compiler guarantees the code writes each before reading it
// (bytecode.Function.NInit), and clearing every register of every frame was
// a tenth of the time of recursive code. Until written they hold what the
// stack held there, and the collector, which scans each frame's whole
// window, must never find a handle it freed in them: a slot out of every
// frame's window when a collection runs is set to undefined by it
// (traceStackRoots), so a slot holds either undefined or a value written
// since the last collection, which that collection has not freed. That
// needs every slot written above the windows to be below stackHigh, raised
// here and where values are written past rt.sp otherwise (Call, spreadArgs,
// resumeFrame).
//
// The common call tests each rare case with a compare and a branch (the
// code's first call, a stack overflow, a class constructor called without
// new, a sloppy function's this that is not an object) and hands all of
// them to pushFrameRare, which pushes the frame itself: no argument is used
// after that call, so the common path keeps them in registers. With the
// checks and the frame writing in two functions, a call cost two Go calls,
// the second of nine arguments; with each rare case handled in a branch of
// its own, every call spilled all eight arguments on entry.
func (rt *Runtime) pushFrame(f Value, o *Object, code *bytecode.Function, base, argc, retTo int, newTarget Value) {
	cs := rt.codes[o.aux].cs
	if cs == nil || len(rt.frames) >= rt.maxDepth || base+code.NRegs > len(rt.stack) ||
		o.flags&objClassCtor != 0 && newTarget == Undefined || cs.sloppyThis && !rt.stack[base].IsObject() {
		rt.pushFrameRare(f, o, code, base, argc, retTo, newTarget)
		return
	}
	// The arguments are written already, and the frame's registers are
	// about to be.
	rt.raiseStackHigh(base + max(1+argc, code.NRegs))
	np := code.NParams
	var extra []Value
	argsObj := Undefined
	if argc > np && cs.needsExtra {
		if cs.restAtEntry {
			argsObj = rt.arrayOf(rt.stack[base+1+np : base+1+argc])
		} else {
			extra = append([]Value(nil), rt.stack[base+1+np:base+1+argc]...)
		}
	}
	start := base + 1 + min(argc, np)
	if start < base+code.NInit {
		clear := rt.stack[start : base+code.NInit]
		for i := range clear {
			clear[i] = Undefined
		}
	}
	// The frame is written field by field into its slot: a frame literal
	// is built on the Go stack and then copied whole, which was a tenth of
	// the time of call-heavy code. Every field is set, since the slot
	// holds whatever frame used it last.
	n := len(rt.frames)
	rt.frames = rt.frames[:n+1]
	fr := &rt.frames[n]
	fr.code, fr.cs, fr.fnObj, fr.env, fr.envDepth, fr.pc = code, cs, f, o.v0, 0, 0
	fr.base, fr.retTo, fr.newTarget, fr.argc, fr.extraArgs = base, retTo, newTarget, argc, extra
	fr.argsObj, fr.genObj, fr.construct, fr.superCall, fr.callerRealm = argsObj, Undefined, newTarget != Undefined, false, nil
	rt.sp = base + code.NRegs
}

// pushFrameRare is pushFrame for a call that one of its rare cases
// concerns: it throws, or makes what the call lacks, then has pushFrame
// push the frame, whose checks then all pass.
func (rt *Runtime) pushFrameRare(f Value, o *Object, code *bytecode.Function, base, argc, retTo int, newTarget Value) {
	// The arguments are written already: noted before anything throws.
	rt.raiseStackHigh(base + 1 + argc)
	// The state first: making it on the code's first run loads the body,
	// and compiles it when its compilation was deferred, which is what sets
	// NRegs (compiler/lazy.go). Callers' earlier checks of NRegs are
	// estimates for such code; this one is exact.
	cs := rt.closureState(o)
	if len(rt.frames) >= rt.maxDepth || base+code.NRegs > len(rt.stack) {
		rt.throwStackOverflow()
	}
	rt.raiseStackHigh(base + code.NRegs)
	if o.flags&objClassCtor != 0 && newTarget == Undefined {
		rt.throwClassCtorCall(f)
	}
	if cs.sloppyThis {
		rt.bindSloppyThis(base)
	}
	rt.pushFrame(f, o, code, base, argc, retTo, newTarget)
}

// throwClassCtorCall throws the TypeError of class constructor f called
// without new.
func (rt *Runtime) throwClassCtorCall(f Value) {
	if n := rt.funcName(f); n != "" {
		rt.throwTypeError("Class constructor %s cannot be invoked without 'new'", n)
	}
	rt.throwTypeError("Class constructors cannot be invoked without 'new'")
}

// bindSloppyThis binds a sloppy function's this at stack[base] as
// §10.2.1.2 OrdinaryCallBindThis does: undefined and null become the global
// object, other primitives their wrappers.
func (rt *Runtime) bindSloppyThis(base int) {
	this := rt.stack[base]
	if this.IsNullish() {
		rt.stack[base] = rt.realm.GlobalThis
	} else if !this.IsObject() && this != Empty {
		rt.stack[base] = rt.ToObject(this)
	}
}

// sloppyThis reports whether code's this is coerced to an object on entry
// (§10.2.1.2 OrdinaryCallBindThis).
func sloppyThis(code *bytecode.Function) bool {
	return code.Flags&bytecode.FlagStrict == 0 && code.Kind != bytecode.KindArrow && code.Kind != bytecode.KindAsyncArrow
}

// raiseStackHigh notes that the stack below n has been written (see
// pushFrame).
func (rt *Runtime) raiseStackHigh(n int) {
	if n > rt.stackHigh {
		rt.stackHigh = n
	}
}

// funcName returns a function's name property as a Go string.
func (rt *Runtime) funcName(f Value) string {
	d, ok := rt.getOwnProperty(f, rt.atom("name"))
	if ok && d.Attrs&attrAccessor == 0 && d.Value.IsString() {
		return rt.GoString(d.Value)
	}
	return ""
}

// NewNativeFunction makes a built-in function object.
func (rt *Runtime) NewNativeFunction(name string, length int, fn NativeFunc) Value {
	return rt.newNative(name, length, fn, false)
}

// NewNativeConstructor makes a built-in constructor (no prototype property
// is made; the caller defines it).
func (rt *Runtime) NewNativeConstructor(name string, length int, fn NativeFunc) Value {
	return rt.newNative(name, length, fn, true)
}

func (rt *Runtime) newNative(name string, length int, fn NativeFunc, ctor bool) Value {
	v, o := rt.newObjectCell(ClassNative, rt.realm.FunctionPrototype)
	rt.setHost(o, &nativeFunc{fn: fn, name: name, builtin: (rt.deferring || rt.reifying > 0) && !hiddenBuiltin(name, ctor)})
	o.flags |= objCallable
	if ctor {
		o.flags |= objConstructor
	}
	o.shape = rt.funcShape.id
	// The name is an atom: it is almost always also the key the function
	// is stored under, so the two share one string cell. The functions made
	// while running (promise resolvers, await continuations) have none.
	nameV := rt.emptyString
	if name != "" {
		nameV = rt.atom(name)
	}
	rt.setVals(&o.slots, []Value{gc.Int(length), nameV})
	return v
}

// newClosure makes a function object for code over env.
func (rt *Runtime) newClosure(code *bytecode.Function, env Value) Value {
	return rt.newClosureOf(rt.codeOf(code), env)
}

// newClosureOf makes a function object for rt.codes[i] over env.
func (rt *Runtime) newClosureOf(i uint32, env Value) Value {
	ce := &rt.codes[i]
	code := ce.code
	v, o := rt.newObjectCell(ClassFunction, rt.realm.closureProto(code.Kind))
	o.aux = i
	o.v0 = env
	o.flags |= objCallable
	switch code.Kind {
	case bytecode.KindNormal:
		if code.Flags&bytecode.FlagMethodGenerator == 0 {
			o.flags |= objConstructor | objLazyProto
		}
	case bytecode.KindClassCtor, bytecode.KindDerivedCtor:
		o.flags |= objConstructor | objClassCtor
		if code.Kind == bytecode.KindDerivedCtor {
			o.flags |= objDerived
		}
	case bytecode.KindGenerator, bytecode.KindAsyncGenerator:
		if code.Flags&bytecode.FlagMethodGenerator == 0 || true {
			o.flags |= objLazyProto
		}
	}
	if hasLiveCallerProps(code) {
		// Sloppy functions carry V8's own read-only "arguments" and
		// "caller" (allowed for them by §17.1), which shadow
		// %Function.prototype%'s throwing accessors. They hold null, what
		// they read outside a call; during one, reads see the live call
		// (see liveCallerProp).
		o.shape = rt.sloppyFuncShape.id
		o.slots = rt.closureSlots(ce, gc.Int(code.Length), ce.name, Null, Null)
		return v
	}
	o.shape = rt.funcShape.id
	o.slots = rt.closureSlots(ce, gc.Int(code.Length), ce.name)
	return v
}

// closureSlots returns the shared property values of ce's closures,
// making them on first use. The values are an integer and atoms, which
// the collector never frees, so the template needs no root of its own.
func (rt *Runtime) closureSlots(ce *codeEntry, vals ...Value) vec {
	if ce.slots == 0 {
		r := rt.arena.AllocPinned(len(vals))
		if r == 0 {
			panic(&HeapLimitError{Live: rt.heap.Stats.LiveBytes})
		}
		copy(rt.arena.Slice(r, len(vals), len(vals)), vals)
		ce.slots = r
	}
	return vec{ref: ce.slots, n: uint32(len(vals))}
}

// closureProto is the [[Prototype]] of a function of kind made in r.
func (r *Realm) closureProto(kind bytecode.FuncKind) Value {
	switch kind {
	case bytecode.KindGenerator:
		return r.GeneratorFunctionPrototype
	case bytecode.KindAsync, bytecode.KindAsyncArrow:
		return r.AsyncFunctionPrototype
	case bytecode.KindAsyncGenerator:
		return r.AsyncGeneratorFunctionPrototype
	}
	return r.FunctionPrototype
}

// materializeProto creates the lazily made "prototype" property.
func (rt *Runtime) materializeProto(fv Value, o *Object) {
	o.flags &^= objLazyProto
	// Made now, the object is what the function's creation would have
	// made, in the function's realm rather than the one reading it.
	r := rt.realmOf(o)
	code, _ := rt.hostOf(o).(*bytecode.Function)
	var proto Value
	if code != nil && (code.Kind == bytecode.KindGenerator || code.Kind == bytecode.KindAsyncGenerator) {
		pp := r.GeneratorPrototype
		if code.Kind == bytecode.KindAsyncGenerator {
			pp = r.AsyncGeneratorPrototype
		}
		proto = rt.NewObjectProto(pp)
		rt.addOwn(o, rt.atPrototype, proto, attrWritable)
		return
	}
	proto = rt.NewObjectProto(r.ObjectPrototype)
	rt.addOwn(rt.obj(proto), rt.atConstructor, fv, attrWritable|attrConfigurable)
	rt.addOwn(o, rt.atPrototype, proto, attrWritable)
}

// newClosureAt makes a closure of fr's nested function bx over fr's
// environment, finding its code entry through fr's state.
func (rt *Runtime) newClosureAt(fr *frame, bx int) Value {
	cs := fr.cs
	if cs.funcs == nil {
		cs.funcs = make([]uint32, len(fr.code.Funcs))
	}
	i := cs.funcs[bx]
	if i == 0 {
		i = rt.codeOf(fr.code.Funcs[bx])
		cs.funcs[bx] = i
	}
	return rt.newClosureOf(i, fr.env)
}
