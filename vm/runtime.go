package vm

import (
	"hash/maphash"
	"io"
	"math/big"
	"os"
	"sync/atomic"
	"time"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// Value is a JavaScript value (see gc.Value).
type Value = gc.Value

// Common values.
const (
	Undefined = gc.Undefined
	Null      = gc.Null
	True      = gc.True
	False     = gc.False
	Empty     = gc.Empty
)

// Symbol is a symbol cell.
type Symbol struct {
	desc       Value // a string, or undefined
	registered bool  // made by Symbol.for
}

func (s *Symbol) Trace(m *gc.Marker) { m.Mark(s.desc) }
func (s *Symbol) Reset()             { *s = Symbol{} }

// BigInt is a BigInt cell; the number itself is a Go big.Int, which the Go
// collector owns (it holds no Values).
type BigInt struct{ n *big.Int }

func (b *BigInt) Trace(m *gc.Marker) {
	if b.n != nil {
		m.AddBytes(len(b.n.Bits()) * 8)
	}
}
func (b *BigInt) Reset() { b.n = nil }

// Options configure a Runtime.
type Options struct {
	Stdout, Stderr io.Writer
	MaxHeapBytes   int64 // 0 = no limit
	GCStress       bool
	MaxCallDepth   int // 0 = default
	StackValues    int // register stack size; 0 = default
}

// Runtime is one JavaScript isolate: a heap, a register stack, a realm (more
// can be made), and a job queue. A Runtime is used by one goroutine at a
// time; Interrupt may be called from any goroutine.
type Runtime struct {
	heap *gc.Heap
	objs gc.Space[Object, *Object]
	strs gc.Space[String, *String]
	syms gc.Space[Symbol, *Symbol]
	bigs gc.Space[BigInt, *BigInt]

	// hashSeed seeds the hashes of Map and Set keys (maptable.go), so that
	// keys chosen to collide cannot be written down in advance.
	hashSeed maphash.Seed

	// stackMapper maps stack strings' positions (see SetStackMapper).
	stackMapper func(file string, line, col int) (string, int, int, bool)

	// coverage counts the runs of each compiled-for-coverage function's
	// ranges (see CoverageCounts); nil until one runs.
	coverage map[*bytecode.Function][]uint32

	realm  *Realm
	realms []*Realm
	// realmTag is Object.realm of the functions of the current realm, so
	// that a call can tell in one compare that its callee's realm is
	// already current; noRealmTag for a far realm (see realmOf), whose
	// functions all share the byte.
	realmTag uint16
	// farRealms holds the realm of the functions made in a realm whose
	// index does not fit Object.realm (see realmOf).
	farRealms map[*Object]*Realm

	// The register stack and the frame stack of the interpreter.
	stack    []Value
	frames   []frame
	sp       int // first free stack slot above the top frame
	maxDepth int
	// stackHigh bounds the slots written since the last collection: a
	// collection sets every slot from the top of what it scans up to
	// stackHigh to undefined (see traceStackRoots and pushFrame).
	stackHigh int
	// nativeDepth is how many native calls and proxy operations are
	// running, one in another: they recurse in Go, whose stack overflow
	// is fatal, so they have the frames' limit too.
	nativeDepth int
	tempRoots   []Value
	// runMark is len(tempRoots) when the innermost run of the interpreter
	// began: at its safepoints the entries past it are no one's.
	runMark      int
	gcTrace      uint8 // KILN_GC_TRACE, read at the first collection (gctrace.go)
	inNative     bool
	curNewTarget Value
	curCallee    Value

	// Coroutine suspension: set by the loop when a generator or async frame
	// suspends (see coroutine.go).
	suspendOp          bytecode.Opcode
	suspendA, suspendB int
	lastSuspend        bytecode.Opcode

	pins      pinTable
	hostRoots []func(mark func(Value))
	hostWeak  []HostWeak
	// stackOverflows are the live errors of stack overflows (see
	// throwStackOverflow), a weak set.
	stackOverflows map[Value]struct{}
	weakHook       weakCollections
	modules        moduleState
	asyncContext   Value // see AsyncContext
	csCache        [csCacheSize]csCacheEntry
	polyICs        []polyIC       // the entries of polymorphic get sites (ic.poly)
	elemKeys       []elemKeys     // the caches of computed-key sites that see a few keys (icElemKeys)
	mega           []megaEntry    // the megamorphic get cache (megaGet), nil until a site needs it
	megaSets       []megaSetEntry // the megamorphic set cache (megaSet), nil until a site needs it
	// resolveFunc and rejectFunc are the nativeFunc every promise resolve
	// and reject function shares (newResolvingFunction).
	resolveFunc, rejectFunc *nativeFunc
	// elementFuncs are the nativeFuncs of the Promise combinators' element
	// functions, by kind (see newCombinatorElement).
	elementFuncs [numElementKinds]*nativeFunc

	// ImportMetaHook and DynamicImportHook let the module loader (stdlib)
	// supply import.meta and import().
	// ImportMetaHook fills a module's import.meta object (made once per
	// module, with a null prototype) with the host's properties.
	ImportMetaHook func(rt *Runtime, p *bytecode.Program, meta Value)
	// DynamicImportHook loads the module an import() names (spec is a
	// string) and returns the promise import() gives (see ImportModule).
	DynamicImportHook func(rt *Runtime, p *bytecode.Program, spec Value, attrs []bytecode.ImportAttribute) Value
	// CompileFunctionHook, when set, replaces the compiler for dynamic
	// functions ("(function anonymous(...) {...})"): an embedder may forbid
	// them.
	CompileFunctionHook func(src string) (*bytecode.Function, error)
	// CoverDynamicCode, when set, has the code eval and the Function
	// constructors compile counted for block coverage (NODE_V8_COVERAGE)
	// and is given each program so compiled, for the host's report;
	// function is set for the Function constructors' programs, whose only
	// code is the function expression "(function anonymous(...) {...})".
	CoverDynamicCode func(p *bytecode.Program, function bool)
	// StackOnThrow has every Exception record the stack it was thrown
	// from (Exception.Stack).
	StackOnThrow bool

	atoms           map[string]Value
	atLength        Value
	atPrototype     Value
	caught          *Exception // the exception a handler last caught, for rethrow (a root)
	atConstructor   Value      // atoms of hot paths, looked up once
	atThen          Value
	atDone          Value
	atValue         Value
	atNext          Value
	atReturn        Value
	atArguments     Value
	atCaller        Value
	typeofAtoms     [len(typeofNames)]Value // typeof's results (see typeofValue)
	argsShapes      [2]*Shape               // arguments objects' shapes: callee a data property, or the throwing accessor
	funcShape       *Shape
	sloppyFuncShape *Shape // funcShape plus V8's own "arguments" and "caller" (see newClosure)
	iterResultShape *Shape
	emptyString     Value
	charStrings     [128]Value
	symbolRegistry  map[string]Value

	rootShape *Shape
	// regexpResultShape is an exec result's: an array with index, input
	// and groups, made at the first match (see regexpResult); regexpShape
	// a RegExp object's, with its lastIndex (see regExpAlloc).
	regexpResultShape, regexpShape *Shape
	// regexpCaps is exec's capture offsets, reused from match to match:
	// nothing between the match and the result array built from them can
	// run JavaScript (see regexpBuiltinExec).
	regexpCaps []int
	// Deferred built-ins (deferred.go): deferring is set while a realm's
	// built-ins are defined; deferredShape is the placeholder shape.
	deferring     bool
	deferred      map[*Object]*deferredObject
	deferredProps []deferredProp
	reifying      int           // reifications under way
	natives       []nativeFrame // built-ins being called, for stack traces
	descKeys      [6]Value      // see descriptorKeys
	deferredShape *Shape
	// Object storage outside the cells (storage.go).
	arena     *gc.Arena
	shapes    []*Shape     // by Shape.id; entry 0 unused
	shapeFree []uint32     // recyclable ids of dead dictionary shapes
	shapeGen  uint32       // the last dictionary shape gen given (see edited)
	hosts     []any        // Go-side data of objects, by Object.host; entry 0 unused
	stackTail []StackFrame // the host's frames under the running code (SetStackTail)
	hostFree  []uint32
	addEpoch  uint32 // moves when assignments may become intercepted (see chainAllowsAdd)
	// watchEpoch moves when a property value of an object in a watched
	// shape changes in place (see Shape.watched).
	watchEpoch uint32

	// Per-runtime state of compiled code: inline caches and template
	// objects, keyed by function.
	codeState map[*bytecode.Function]*codeState
	// protoSlots remembers where prototypes keep data properties that
	// built-ins read on every call (see protoData).
	protoSlots [protoSlotsSize]protoSlot
	// codes is the code of the runtime's closures, by Object.aux of a
	// ClassFunction object (entry 0 unused); codeIndex finds an entry
	// by function.
	codes     []codeEntry
	codeIndex map[*bytecode.Function]uint32
	// layouts is the scope layouts of the runtime's environments, by
	// Object.host of a ClassEnv object (entry 0 unused); layoutIndex
	// finds an entry by layout.
	layouts []*bytecode.Const
	// snapIDs are the ids heap snapshots gave cells (heapsnapshot.go).
	snapIDs snapIDs
	// nearLimit is OnNearHeapLimit's hook, nearAt the live size that
	// calls it next.
	nearLimit func()
	nearAt    int64
	// heapSampler is the running sampling heap profiler, if any.
	heapSampler *HeapSampler
	layoutIndex map[*bytecode.Const]uint32

	jobs    []job // the job queue is jobs[jobHead:]
	jobHead int
	running []job // jobs being run (rooted)
	// baseReaction is the reaction record of the job that the bottom
	// frame of the stack runs for, or undefined: where a stack captured
	// under a .then handler finds the promise its async frames start at.
	// It is one of running's, so rooted.
	baseReaction Value
	interrupt    atomic.Bool
	// wake carries an interrupt to a thread blocked in Atomics.wait.
	wake chan struct{}
	// agents are the test262 agents this runtime started (host262_agent.go).
	agents *agentGroup

	// Host hooks, set by the embedder (stdlib).
	Host Host

	Stdout, Stderr io.Writer
	opts           Options
	wellKnown      wellKnownSymbols
}

// Host is implemented by the embedding layer (stdlib) for what the
// ECMAScript engine leaves to its host.
type Host interface {
	// PromiseRejectionTracker is HostPromiseRejectionTracker: op is
	// "reject" for an unhandled rejection, "handle" when one gets handled.
	PromiseRejectionTracker(rt *Runtime, promise Value, op string)
}

// New returns a runtime with one realm.
func New(opts Options) *Runtime {
	rt := &Runtime{
		heap:     gc.NewHeap(),
		hashSeed: maphash.MakeSeed(),
		// A process running console.log("hi") makes some 250 atoms. A hint
		// of 256 gives a table of 512 slots, which holds 448 keys before
		// it grows (Go's maps fill groups to 7/8); 512 made one of 1,024,
		// whose empty control words alone are 7 pages of fresh memory
		// to write at start-up.
		atoms:          make(map[string]Value, 256),
		symbolRegistry: map[string]Value{},
		codeState:      map[*bytecode.Function]*codeState{},
		codes:          make([]codeEntry, 1, 256),
		codeIndex:      map[*bytecode.Function]uint32{},
		layouts:        make([]*bytecode.Const, 1, 64),
		layoutIndex:    map[*bytecode.Const]uint32{},
		Stdout:         opts.Stdout,
		Stderr:         opts.Stderr,
		opts:           opts,
		asyncContext:   Undefined,
		wake:           make(chan struct{}, 1),
	}
	if rt.Stdout == nil {
		rt.Stdout = os.Stdout
	}
	if rt.Stderr == nil {
		rt.Stderr = os.Stderr
	}
	rt.arena = gc.NewArena()
	rt.shapes = []*Shape{nil}
	rt.heap.Context = rt
	rt.objs.OnFree = rt.freeObject
	rt.objs.CellBytes = objectCellBytes
	rt.strs.CellBytes = stringCellBytes
	rt.syms.CellBytes = 16
	rt.bigs.CellBytes = 16
	rt.heap.Register(gc.TagObject, &rt.objs)
	rt.heap.Register(gc.TagString, &rt.strs)
	rt.heap.Register(gc.TagSymbol, &rt.syms)
	rt.heap.Register(gc.TagBigInt, &rt.bigs)
	rt.heap.Roots = rt.traceRoots
	rt.heap.Ephemerons = rt.traceEphemerons
	rt.heap.SweepWeak = rt.sweepWeak
	if opts.MaxHeapBytes > 0 {
		rt.heap.SetLimit(opts.MaxHeapBytes)
	}
	if opts.GCStress {
		rt.heap.SetStress(true)
	}
	n := opts.StackValues
	if n == 0 {
		n = 1 << 19
	}
	rt.stack = newRegisterStack(rt, n)

	rt.maxDepth = opts.MaxCallDepth
	if rt.maxDepth == 0 {
		rt.maxDepth = 10000
	}
	// Frames never move: the interpreter holds pointers into this slice, and
	// pushFrame refuses to grow it past maxDepth.
	rt.frames = make([]frame, 0, rt.maxDepth+1)
	rt.rootShape = rt.newShape(&Shape{})
	rt.deferredShape = rt.newShape(&Shape{dict: true})
	rt.deferred = make(map[*Object]*deferredObject, realmDeferredObjects)
	rt.emptyString = rt.atom("")
	rt.atLength = rt.atom("length")
	rt.atPrototype = rt.atom("prototype")
	rt.atConstructor = rt.atom("constructor")
	rt.atThen = rt.atom("then")
	rt.atDone = rt.atom("done")
	rt.atValue = rt.atom("value")
	rt.atNext = rt.atom("next")
	rt.atReturn = rt.atom("return")
	rt.atArguments = rt.atom("arguments")
	rt.atCaller = rt.atom("caller")
	for i, name := range typeofNames {
		rt.typeofAtoms[i] = rt.atom(name)
	}
	rt.funcShape = rt.withKey(rt.withKey(rt.rootShape, rt.atLength, attrConfigurable), rt.atom("name"), attrConfigurable)
	rt.sloppyFuncShape = rt.withKey(rt.withKey(rt.funcShape, rt.atArguments, 0), rt.atCaller, 0)
	rt.iterResultShape = rt.withKey(rt.withKey(rt.rootShape, rt.atValue, attrDefault), rt.atDone, attrDefault)
	rt.curNewTarget = Undefined
	rt.curCallee = Undefined
	rt.initWellKnownSymbols()
	rt.setRealm(rt.NewRealm())
	return rt
}

// Realm returns the current realm.
func (rt *Runtime) Realm() *Realm { return rt.realm }

// keep roots v until the innermost native call returns. Native built-ins
// hold Values in Go variables, which the collector cannot see; collection
// only happens at interpreter safepoints, so this matters only when a
// built-in calls back into JavaScript. Allocation calls keep, so what a
// built-in made itself survives its callbacks.
func (rt *Runtime) keep(v Value) {
	if rt.inNative {
		rt.tempRoots = append(rt.tempRoots, v)
	}
}

// rootScope makes the allocations that follow roots until the returned
// function runs, as inside a native call: for host entry points that hold
// new values in Go variables across a call into JavaScript.
func (rt *Runtime) rootScope() func() {
	mark, saved := len(rt.tempRoots), rt.inNative
	rt.inNative = true
	return func() {
		rt.tempRoots = rt.tempRoots[:mark]
		rt.inNative = saved
	}
}

// Keep roots v for the rest of the current native call, for built-ins that
// hold a value they read (not allocated) across a call into JavaScript.
func (rt *Runtime) Keep(v Value) { rt.tempRoots = append(rt.tempRoots, v) }

func (rt *Runtime) traceRoots(m *gc.Marker) {
	rt.traceStackRoots(m)
	rt.traceStrongRoots(m)
	rt.traceHandleRoots(m)
}

// traceStackRoots marks what running code holds: registers, frames, the
// built-ins being called and the values they keep.
func (rt *Runtime) traceStackRoots(m *gc.Marker) {
	// Every frame's whole register window is a root for the frame's whole
	// life, not just the part below the current top: a callee's frame may
	// end below its caller's, and the caller's dead registers must not hold
	// a handle the collector freed while they were out of view, or they
	// would hand it back once the callee returns.
	top := rt.sp
	for i := range rt.frames {
		if t := rt.frames[i].base + rt.frames[i].code.NRegs; t > top {
			top = t
		}
	}
	m.MarkAll(rt.stack[:top])
	// Past top are the registers of frames that returned, and arguments
	// natives passed: what they hold is marked by nothing, so the
	// collection may free it. Such a slot becomes a register again when a
	// frame is pushed over it, and a frame's registers past its
	// Function.NInit keep what they held until the code writes them
	// (pushFrame): they are set to undefined now, so that the collector
	// never finds in them a handle it freed. Every slot written since the
	// last collection is below stackHigh.
	if rt.stackHigh > top {
		dead := rt.stack[top:rt.stackHigh]
		for i := range dead {
			dead[i] = Undefined
		}
	}
	rt.stackHigh = top
	if rt.caught != nil {
		m.MarkAll([]Value{rt.caught.Value})
	}
	for i := range rt.frames {
		f := &rt.frames[i]
		m.Mark(f.fnObj)
		m.Mark(f.env)
		m.Mark(f.newTarget)
		m.MarkAll(f.extraArgs)
		m.Mark(f.argsObj)
		m.Mark(f.genObj)
	}
	for _, nf := range rt.natives {
		m.Mark(nf.fn)
		m.Mark(nf.this)
	}
	m.MarkAll(rt.tempRoots)
	m.Mark(rt.curCallee)
	m.Mark(rt.curNewTarget)
	m.Mark(rt.asyncContext)
}

// traceStrongRoots marks what the runtime itself holds: atoms, realms,
// jobs, modules, well-known symbols.
func (rt *Runtime) traceStrongRoots(m *gc.Marker) {
	for _, a := range rt.atoms {
		m.Mark(a)
	}
	for _, s := range rt.symbolRegistry {
		m.Mark(s)
	}
	for _, r := range rt.realms {
		r.trace(m)
	}
	for _, q := range [][]job{rt.jobs[rt.jobHead:], rt.running} {
		for i := range q {
			m.Mark(q[i].a)
			m.Mark(q[i].b)
			m.Mark(q[i].c)
			m.Mark(q[i].ctx)
		}
	}
	for _, cs := range rt.codeState {
		m.MarkAll(cs.templates)
	}
	rt.wellKnown.trace(m)
	rt.modules.trace(m)
}

// traceHandleRoots marks what the embedder holds: pinned values and host
// roots.
func (rt *Runtime) traceHandleRoots(m *gc.Marker) {
	rt.pins.trace(m)
	for _, f := range rt.hostRoots {
		f(m.Mark)
	}
}

// Interrupt asks the running code to stop at its next safepoint with an
// uncatchable termination. It may be called from any goroutine.
func (rt *Runtime) Interrupt() {
	rt.interrupt.Store(true)
	select {
	case rt.wake <- struct{}{}:
	default:
	}
}

// HeapStats returns the collector's statistics.
func (rt *Runtime) HeapStats() gc.Stats { return rt.heap.Stats }

// HeapUsed estimates the bytes the heap holds now (see gc.Heap.Used).
func (rt *Runtime) HeapUsed() int64 { return rt.heap.Used() }

// safepoint runs the collector when allocation debt says so, and honours
// interrupts. The interpreter calls it at back-edges and calls.
func (rt *Runtime) safepoint() {
	rt.profileSafepoint()
	rt.honourInterrupt()
	// The loop calls this between instructions, when the Go helpers this
	// run level called have all returned: what they kept for themselves
	// (an async function's promise while its body first ran, an iterator
	// while it was opened, a proxy's handler while its trap ran) is in
	// registers now or garbage. Without this a loop calling an async
	// function kept every promise it made. It goes whether or not this
	// safepoint collects: a collection at a deeper level's safepoint (a
	// callback's entry) resets the debt this level's would have seen.
	if len(rt.tempRoots) > rt.runMark {
		clear(rt.tempRoots[rt.runMark:])
		rt.tempRoots = rt.tempRoots[:rt.runMark]
	}
	if rt.heap.ShouldCollect() {
		rt.collect()
	}
}

// entrySafepoint is the safepoint at the entry of a run of JavaScript that
// a built-in (or the host) calls: it honours interrupts, and collects only
// once allocation is well past due. Collecting in the middle of a built-in
// sees its transient data as live (JSON.parse's whole tree while its
// reviver runs, and every value it handed the reviver), and the next
// threshold follows what is live: collecting there as eagerly as at a
// back-edge took the json benchmark's peak RSS from 215 to 296 MB. Once
// twice the threshold and at least entrySlack past it, a callback-only
// loop (forEach over millions of elements, each call allocating) still
// collects, so what it leaves stays bounded.
func (rt *Runtime) entrySafepoint() {
	rt.profileSafepoint()
	rt.honourInterrupt()
	if rt.heap.Overdue(entrySlack) {
		rt.collect()
	}
}

// entrySlack is the allocation past the collection threshold that an
// entry safepoint lets pass at least before it collects.
const entrySlack = 64 << 20

func (rt *Runtime) collect() {
	var start time.Time
	if rt.gcTraceOn() {
		start = time.Now()
	}
	err := rt.heap.Collect()
	if !start.IsZero() {
		rt.traceCollection(start)
	}
	if rt.nearLimit != nil {
		rt.checkNearHeapLimit()
	}
	if err != nil {
		panic(&HeapLimitError{Live: rt.heap.Stats.LiveBytes})
	}
}

// Terminated is the panic value of an interrupted runtime.
type Terminated struct{}

func (*Terminated) Error() string { return "execution terminated" }

// HeapLimitError is the panic value when the heap limit is reached.
type HeapLimitError struct{ Live int64 }

func (*HeapLimitError) Error() string { return "Reached heap limit" }

// NewSymbol returns a new symbol with description desc (undefined for none).
func (rt *Runtime) NewSymbol(desc Value) Value {
	rt.heap.Charge(16)
	h, s := rt.syms.Alloc()
	s.desc = desc
	v := gc.MakeRef(gc.TagSymbol, h)
	rt.keep(v)
	return v
}

// NewBigInt boxes a big.Int (which it takes ownership of).
func (rt *Runtime) NewBigInt(n *big.Int) Value {
	rt.heap.Charge(16 + len(n.Bits())*8)
	h, b := rt.bigs.Alloc()
	b.n = n
	v := gc.MakeRef(gc.TagBigInt, h)
	rt.keep(v)
	return v
}

func (rt *Runtime) bigint(v Value) *big.Int { return rt.bigs.Get(v.Handle()).n }
