package vm

import (
	"github.com/kilnjs/kiln/gc"
)

// Promises (ECMA-262 §27.2) and the job queue (§9.5). Jobs are plain data
// (kind plus three Values) so the collector sees everything they hold.

type jobKind uint8

const (
	jobReaction jobKind = iota // a = reaction record, b = argument, c = true if the promise was rejected
	jobThenable                // a = promise, b = thenable, c = then
	jobCall                    // a = function, b = argument
)

type job struct {
	kind    jobKind
	a, b, c Value
	ctx     Value // the async context the job runs in (see AsyncContext)
}

type promiseState uint8

const (
	promisePending promiseState = iota
	promiseFulfilled
	promiseRejected
)

// A promise keeps its state in its cell rather than in Go-side data (a
// host-table entry and a Go allocation each, about 90 bytes of Go heap a
// promise): aux holds the state and the handled bit, elems the reaction
// records waiting on it while pending (so its index properties live in
// the shape, as a Map's do), v0 its result and v1 the async context it
// was made in. A reaction record is a ClassInternal cell: v0 = capability
// promise or undefined, v1 = handler, v2 = resolvers pair; aux =
// reactFulfill, reactReject or reactAwait.
const (
	promiseStateMask = 3
	promiseHandled   = 1 << 2 // a reaction was added or the host waits on it
)

func promiseStateOf(o *Object) promiseState { return promiseState(o.aux & promiseStateMask) }

// promiseCell returns p's cell, or nil when p is no promise.
func (rt *Runtime) promiseCell(p Value) *Object {
	if !p.IsObject() {
		return nil
	}
	if o := rt.obj(p); o.class == ClassPromise {
		return o
	}
	return nil
}

// A reaction record's aux says which outcome it handles. An await's one
// record handles both (as V8's PromiseReaction does): its handler, the
// continuation, is the same for either, so the specification's pair of
// records was one cell too many per await.
const (
	reactFulfill = 0
	reactReject  = 1
	reactAwait   = 2
)

// enqueue queues j to run in the async context current now; a reaction
// job runs in the context of the then() or await that registered it,
// which its record carries.
func (rt *Runtime) enqueue(j job) {
	j.ctx = rt.asyncContext
	if j.kind == jobReaction {
		if r := rt.obj(j.a); r.slots.n > 0 {
			j.ctx = rt.vals(r.slots)[0]
		} else {
			j.ctx = Undefined
		}
	}
	if len(rt.jobs) == cap(rt.jobs) && rt.jobHead > 0 && rt.jobHead >= len(rt.jobs)/2 {
		// The queue's run-out front is reused rather than the array
		// grown: a queue that never empties while it is being drained
		// (an await loop) would otherwise grow without bound.
		n := copy(rt.jobs, rt.jobs[rt.jobHead:])
		clear(rt.jobs[n:])
		rt.jobs, rt.jobHead = rt.jobs[:n], 0
	}
	rt.jobs = append(rt.jobs, j)
}

// maxKeptJobs bounds the job array RunJobs keeps when the queue empties.
const maxKeptJobs = 1024

// EnqueueCall queues fn(arg) as a job (queueMicrotask).
func (rt *Runtime) EnqueueCall(fn, arg Value) { rt.enqueue(job{kind: jobCall, a: fn, b: arg}) }

// PendingJobs reports whether the job queue is non-empty.
func (rt *Runtime) PendingJobs() bool { return len(rt.jobs) > rt.jobHead }

// RunJobs runs queued jobs until the queue is empty. An exception thrown
// by a job (only possible from queueMicrotask callbacks) is returned after
// the queue position has advanced past it.
func (rt *Runtime) RunJobs() *Exception {
	for rt.jobHead < len(rt.jobs) {
		j := rt.jobs[rt.jobHead]
		rt.jobs[rt.jobHead] = job{}
		rt.jobHead++
		// The running job's values stay rooted while it runs JavaScript.
		rt.running = append(rt.running, j)
		saved, savedBase := rt.asyncContext, rt.baseReaction
		rt.asyncContext = j.ctx
		if len(rt.frames) == 0 {
			rt.baseReaction = Undefined
			if j.kind == jobReaction {
				rt.baseReaction = j.a
			}
		}
		exc := rt.Try(func() { rt.runJob(j) })
		rt.asyncContext, rt.baseReaction = saved, savedBase
		rt.running = rt.running[:len(rt.running)-1]
		if exc != nil {
			return exc
		}
	}
	rt.ClearKeptObjects()
	// The array is kept for the next turn's jobs (a fresh one per turn,
	// grown from nothing, was most of the Go allocation of promise-heavy
	// code), unless a burst made it large.
	rt.jobs, rt.jobHead = rt.jobs[:0], 0
	if cap(rt.jobs) > maxKeptJobs {
		rt.jobs = nil
	}
	return nil
}

func (rt *Runtime) runJob(j job) {
	switch j.kind {
	case jobCall:
		rt.Call(j.a, Undefined, j.b)
	case jobThenable:
		// The resolving functions are held in Go across the call: a then
		// that takes fewer parameters reuses their argument registers.
		defer rt.rootScope()()
		res, rej := rt.resolvingFunctions(j.a)
		rt.Keep(res)
		rt.Keep(rej)
		if exc := rt.Try(func() { rt.Call(j.c, j.b, res, rej) }); exc != nil {
			rt.Call(rej, Undefined, exc.Value)
		}
	case jobReaction:
		r := rt.obj(j.a)
		handler := r.v1
		reject := j.c == True
		var result Value
		var exc *Exception
		if handler == Undefined {
			result = j.b
			if reject {
				exc = &Exception{Value: j.b}
			}
		} else if ac, ok := rt.hostOf(rt.obj(handler)).(*awaitCont); ok {
			exc = rt.Try(func() { rt.resumeAwait(ac, j.b, reject) })
		} else {
			exc = rt.Try(func() { result = rt.Call(handler, Undefined, j.b) })
		}
		if r.v0 == Undefined {
			return // an await or internal reaction with no capability
		}
		if r.v2 == Undefined {
			// A capability of the intrinsic %Promise% (intrinsicCapability):
			// its resolving functions, which only this job would call,
			// were never made. They would run in the realm they were made
			// in, the reaction's.
			rt.settleDerived(r, result, exc)
			return
		}
		pair := rt.obj(r.v2)
		if exc != nil {
			rt.Call(pair.v1, Undefined, exc.Value)
		} else {
			rt.Call(pair.v0, Undefined, result)
		}
	}
}

// settleDerived resolves (or, with exc, rejects) the capability promise of
// reaction r, whose resolving functions were not made, as calling them
// would: once, in the realm r was made in, with r's promise rooted by r.
func (rt *Runtime) settleDerived(r *Object, result Value, exc *Exception) {
	prev := rt.realm
	if realm := rt.realmOf(r); realm != prev {
		rt.setRealm(realm)
		defer rt.setRealm(prev)
	}
	rt.asNative(func() {
		if exc != nil {
			rt.rejectPromise(r.v0, exc.Value)
		} else {
			rt.resolvePromise(r.v0, result)
		}
	})
}

// intrinsicCapability is NewPromiseCapability(%Promise%) where the
// resolving functions cannot be seen by JavaScript: a promise
// whose only resolver is internal. It returns the promise and an undefined
// resolvers pair, which reactions and settleDerived understand.
func (rt *Runtime) intrinsicCapability() (p, pair Value) {
	return rt.newPromise(rt.realm.PromisePrototype), Undefined
}

// newPromise returns a new pending promise with the given prototype. It
// keeps the async context it was made in: node reports a promise's
// unhandled rejection in that context, wherever it was rejected.
func (rt *Runtime) newPromise(proto Value) Value {
	p, o := rt.newObjectCell(ClassPromise, proto)
	o.flags |= objSlowElems
	o.v1 = rt.asyncContext
	return p
}

// newPromiseCapability makes a %Promise% with its resolving functions.
func (rt *Runtime) newPromiseCapability() (p, resolve, reject Value) {
	p = rt.newPromise(rt.realm.PromisePrototype)
	resolve, reject = rt.resolvingFunctions(p)
	return
}

// resolvingFunctions is CreateResolvingFunctions (§27.2.1.3): two natives
// sharing an "already resolved" record. Each function's cell holds the
// promise (v0), the other function (v1) and the record's flag (v2), set in
// both cells when either runs: a record cell of its own was a third cell
// for every new Promise and every thenable adopted.
func (rt *Runtime) resolvingFunctions(p Value) (Value, Value) {
	res := rt.newResolvingFunction(&rt.resolveFunc, promiseResolveFunction)
	rej := rt.newResolvingFunction(&rt.rejectFunc, promiseRejectFunction)
	ro, jo := rt.obj(res), rt.obj(rej)
	ro.v0, ro.v1, ro.v2 = p, rej, False
	jo.v0, jo.v1, jo.v2 = p, res, False
	return res, rej
}

// alreadyResolved marks the pair of resolving functions of the running
// one resolved, and reports whether it was already.
func (rt *Runtime) alreadyResolved() (p Value, was bool) {
	self := rt.obj(rt.curCallee)
	if self.v2 == True {
		return Undefined, true
	}
	self.v2 = True
	rt.obj(self.v1).v2 = True
	return self.v0, false
}

// newResolvingFunction makes a promise resolve or reject function. All of
// them share one nativeFunc, made on first use (*nf): its fields are the
// same for each, and a Go allocation per function was most of the cost of
// every new Promise and every then.
func (rt *Runtime) newResolvingFunction(nf **nativeFunc, fn NativeFunc) Value {
	if *nf == nil {
		// Async stack traces follow a promise's resolve function
		// (nativeFunc.resolves); the reject function is not one.
		*nf = &nativeFunc{fn: fn, resolves: nf == &rt.resolveFunc}
	}
	v, o := rt.newObjectCell(ClassNative, rt.realm.FunctionPrototype)
	rt.setHost(o, *nf)
	o.flags |= objCallable
	o.shape = rt.funcShape.id
	rt.setVals(&o.slots, []Value{gc.Int(1), rt.emptyString})
	return v
}

func promiseResolveFunction(rt *Runtime, _ Value, args []Value) Value {
	if p, was := rt.alreadyResolved(); !was {
		rt.resolvePromise(p, Arg(args, 0))
	}
	return Undefined
}

func promiseRejectFunction(rt *Runtime, _ Value, args []Value) Value {
	if p, was := rt.alreadyResolved(); !was {
		rt.rejectPromise(p, Arg(args, 0))
	}
	return Undefined
}

// resolvePromise is the body of a promise resolve function.
func (rt *Runtime) resolvePromise(p, resolution Value) {
	if resolution == p {
		rt.rejectPromise(p, rt.NewError(ErrType, "Chaining cycle detected for promise #<Promise>"))
		return
	}
	if !resolution.IsObject() {
		rt.settle(p, promiseFulfilled, resolution)
		return
	}
	var then Value
	if exc := rt.Try(func() { then = rt.Get(resolution, rt.atThen) }); exc != nil {
		rt.rejectPromise(p, exc.Value)
		return
	}
	if !rt.isCallable(then) {
		rt.settle(p, promiseFulfilled, resolution)
		return
	}
	rt.enqueue(job{kind: jobThenable, a: p, b: resolution, c: then})
}

func (rt *Runtime) rejectPromise(p, reason Value) { rt.settle(p, promiseRejected, reason) }

func (rt *Runtime) settle(p Value, state promiseState, v Value) {
	o := rt.obj(p)
	if promiseStateOf(o) != promisePending {
		return
	}
	o.aux |= uint32(state)
	o.v0 = v
	rejected := state == promiseRejected
	// enqueue allocates nothing in the arena, so the slice stays valid.
	for _, r := range rt.vals(o.elems) {
		if aux := rt.obj(r).aux; aux == reactAwait || (aux == reactReject) == rejected {
			rt.enqueue(job{kind: jobReaction, a: r, b: v, c: gc.Bool(rejected)})
		}
	}
	rt.freeVec(&o.elems)
	if state == promiseRejected && o.aux&promiseHandled == 0 && rt.Host != nil {
		rt.Host.PromiseRejectionTracker(rt, p, "reject")
	}
}

// newReaction makes a reaction record.
func (rt *Runtime) newReaction(capPromise, capPair, handler Value, reject bool) Value {
	r, o := rt.newObjectCell(ClassInternal, Null)
	o.v0, o.v1, o.v2 = capPromise, handler, capPair
	if reject {
		o.aux = reactReject
	}
	if rt.asyncContext != Undefined {
		rt.setVals(&o.slots, []Value{rt.asyncContext})
	}
	return r
}

// performThen is PerformPromiseThen (§27.2.5.4.1). capPromise may be
// undefined (no derived promise); capPair holds its resolve/reject in v0/v1.
func (rt *Runtime) performThen(p, onFul, onRej, capPromise, capPair Value) {
	if !rt.isCallable(onFul) {
		onFul = Undefined
	}
	if !rt.isCallable(onRej) {
		onRej = Undefined
	}
	rt.addReactions(p, rt.newReaction(capPromise, capPair, onFul, false), rt.newReaction(capPromise, capPair, onRej, true))
}

// addReactions is the rest of PerformPromiseThen: the pair of reactions
// waits on a pending promise, or the matching one is queued at once. An
// await passes its one record (reactAwait) as both.
func (rt *Runtime) addReactions(p, fr, rr Value) {
	o := rt.obj(p)
	switch promiseStateOf(o) {
	case promisePending:
		rt.push(&o.elems, fr)
		if fr != rr {
			rt.push(&o.elems, rr)
		}
	case promiseFulfilled:
		rt.enqueue(job{kind: jobReaction, a: fr, b: o.v0, c: False})
	case promiseRejected:
		if o.aux&promiseHandled == 0 && rt.Host != nil {
			rt.Host.PromiseRejectionTracker(rt, p, "handle")
		}
		rt.enqueue(job{kind: jobReaction, a: rr, b: o.v0, c: True})
	}
	o.aux |= promiseHandled
}

// capabilityPair packs resolve/reject into one internal record.
func (rt *Runtime) capabilityPair(res, rej Value) Value {
	pair, o := rt.newObjectCell(ClassInternal, Null)
	o.v0, o.v1 = res, rej
	return pair
}

// newCapability is NewPromiseCapability(C) (§27.2.1.5).
func (rt *Runtime) newCapability(c Value) (p, res, rej Value) {
	if c == rt.realm.Promise {
		return rt.newPromiseCapability()
	}
	if !rt.isConstructor(c) {
		rt.throwTypeError("Promise resolve or reject function is not callable")
	}
	rec, ro := rt.newObjectCell(ClassInternal, Null)
	executor := rt.NewNativeFunction("", 2, func(rt *Runtime, _ Value, args []Value) Value {
		r := rt.obj(rt.obj(rt.curCallee).v0)
		if r.v0 != Undefined || r.v1 != Undefined {
			rt.throwTypeError("Promise executor has already been invoked with non-undefined arguments")
		}
		r.v0, r.v1 = Arg(args, 0), Arg(args, 1)
		return Undefined
	})
	rt.obj(executor).v0 = rec
	p = rt.construct(c, []Value{executor}, c)
	ro = rt.obj(rec)
	if !rt.isCallable(ro.v0) || !rt.isCallable(ro.v1) {
		rt.throwTypeError("Promise resolve or reject function is not callable")
	}
	return p, ro.v0, ro.v1
}

// promiseResolve is PromiseResolve(C, x) (§27.2.4.7.1).
func (rt *Runtime) promiseResolve(c, x Value) Value {
	if rt.promiseCell(x) != nil {
		ctor, ok := rt.protoData(rt.obj(x), rt.atConstructor)
		if !ok {
			ctor = rt.Get(x, rt.atConstructor)
		}
		if ctor == c {
			return x
		}
	}
	if c == rt.realm.Promise {
		// The capability's resolve function would be called once, here,
		// and seen by no one: resolve the promise directly. Resolving
		// with an object reads its then, which may run JavaScript.
		p, _ := rt.intrinsicCapability()
		if x.IsObject() {
			rt.Keep(p)
		}
		rt.resolvePromise(p, x)
		return p
	}
	p, res, _ := rt.newCapability(c)
	rt.Call(res, Undefined, x)
	return p
}

// protoSlot records that objects of shape keep data property key in slot.
type protoSlot struct {
	shape uint32
	slot  uint32
	key   PropKey
}

const protoSlotsSize = 64

// protoData is Get(o, key) for an object o without own properties whose
// prototype, an ordinary object, has key as an own data property: the
// case of every await of a promise (its constructor) and every then. ok
// is false when that does not hold, and the caller does the full Get.
// Where key sits in the prototype's shape is remembered by shape: shape
// IDs are never reused and a shared shape's keys never change.
func (rt *Runtime) protoData(o *Object, key PropKey) (v Value, ok bool) {
	if o.shape != rt.rootShape.id || o.flags&objDeferred != 0 || !o.proto.IsObject() {
		return Undefined, false
	}
	p := rt.obj(o.proto)
	if p.class != ClassObject || p.flags&objDeferred != 0 {
		return Undefined, false
	}
	e := &rt.protoSlots[(p.shape^uint32(key))%protoSlotsSize]
	if e.shape == p.shape && e.key == key && key != 0 {
		return rt.arena.At(p.slots.ref, int(e.slot)), true
	}
	s := rt.shapes[p.shape]
	if s.dict {
		return Undefined, false
	}
	i := s.lookup(key)
	if i < 0 || s.attrs[i]&attrAccessor != 0 {
		return Undefined, false
	}
	*e = protoSlot{shape: p.shape, slot: uint32(i), key: key}
	return rt.arena.At(p.slots.ref, i), true
}

// awaitValue resolves v to a promise and calls k with its outcome from a
// job; keep is held alive until then.
func (rt *Runtime) awaitValue(v Value, k func(val Value, rejected bool), keep Value) {
	rt.awaitWith(v, rt.newAwaitCont(k, keep))
}

// thenValue is awaitValue for a promise that is one already: it reacts to p
// as PerformPromiseThen does, without PromiseResolve and its lookup of
// p.constructor (AsyncFromSyncIteratorContinuation, ECMA-262 §27.1.6.4
// steps 9-13, resolves once and then only adds reactions).
func (rt *Runtime) thenValue(p Value, k func(val Value, rejected bool), keep Value) {
	r := rt.newAwaitCont(k, keep)
	rt.setReactionContext(r)
	rt.addReactions(p, r, r)
}

// newAwaitCont makes an await's reaction record (reactAwait), whose
// handler is the cell of an await continuation that calls k and keeps keep
// alive. An async function awaits one thing at a time, so it makes one at
// its first await and reuses it for the others: by the time it awaits
// again, the job that resumed it has taken the record off the queue, and
// the promise it waited on let go of it when it settled.
func (rt *Runtime) newAwaitCont(k func(val Value, rejected bool), keep Value) Value {
	c, co := rt.newObjectCell(ClassInternal, Null)
	rt.setHost(co, &awaitCont{k: k, realm: rt.realm})
	co.v0 = keep
	r := rt.newReaction(Undefined, Undefined, c, false)
	rt.obj(r).aux = reactAwait
	return r
}

// awaitWith resolves v to a promise and has the await reaction r
// (newAwaitCont) run with its outcome, in the async context current now.
func (rt *Runtime) awaitWith(v, r Value) {
	if !v.IsObject() {
		// PromiseResolve would make a promise fulfilled with v, and the
		// reaction on a fulfilled promise is queued at once: queue it
		// without the promise, which nothing else could see.
		rt.setReactionContext(r)
		rt.enqueue(job{kind: jobReaction, a: r, b: v, c: False})
		return
	}
	var p Value
	if exc := rt.Try(func() { p = rt.promiseResolve(rt.realm.Promise, v) }); exc != nil {
		p = rt.newPromise(rt.realm.PromisePrototype)
		rt.rejectPromise(p, exc.Value)
	}
	rt.setReactionContext(r)
	rt.addReactions(p, r, r)
}

// setReactionContext makes the current async context the one reaction r
// (reused by every await of its function) runs in.
func (rt *Runtime) setReactionContext(r Value) {
	if ro := rt.obj(r); ro.slots.n > 0 {
		rt.vals(ro.slots)[0] = rt.asyncContext
	} else if rt.asyncContext != Undefined {
		rt.setVals(&ro.slots, []Value{rt.asyncContext})
	}
}

// awaitCont is what both reactions of an await run: the continuation
// itself, where the specification's Await makes two function objects that
// JavaScript never sees (an object with its name and length properties and
// a Go closure each: making them was the largest allocator in bench async).
// Its cell's v0 holds the awaiting generator, which keeps it alive and
// lets async stack traces find it.
type awaitCont struct {
	k func(val Value, rejected bool)
	// realm is the realm current at the await, which the function resumes
	// in, as it would in the realm of the closures the specification makes.
	realm *Realm
}

// resumeAwait runs an await continuation.
func (rt *Runtime) resumeAwait(ac *awaitCont, val Value, rejected bool) {
	rt.asNative(func() {
		if ac.realm != rt.realm {
			prev := rt.realm
			rt.setRealm(ac.realm)
			defer rt.setRealm(prev)
		}
		ac.k(val, rejected)
	})
}

// asNative runs f as a native function's body runs: the temporary roots it
// makes and the callee state it changes are undone when it returns, as
// callNative undoes them. Internal steps that the specification writes as
// calls of built-in functions JavaScript never sees run this way.
func (rt *Runtime) asNative(f func()) {
	saved, savedNT, savedCallee, mark, natives := rt.inNative, rt.curNewTarget, rt.curCallee, len(rt.tempRoots), len(rt.natives)
	rt.inNative = true
	defer func() {
		rt.inNative, rt.curNewTarget, rt.curCallee = saved, savedNT, savedCallee
		rt.tempRoots = rt.tempRoots[:mark]
		rt.natives = rt.natives[:natives]
	}()
	f()
}

// PromiseState reports a promise's state ("pending", "fulfilled",
// "rejected") and result, for util.inspect and the host.
func (rt *Runtime) PromiseState(p Value) (string, Value) {
	o := rt.promiseCell(p)
	if o == nil {
		return "", Undefined
	}
	return [...]string{"pending", "fulfilled", "rejected"}[promiseStateOf(o)], o.v0
}

// MarkPromiseHandled marks p as handled, as a reaction added to it would:
// a host that waits for p itself handles its rejection, which is then not
// reported as unhandled (and is withdrawn if it was).
func (rt *Runtime) MarkPromiseHandled(p Value) {
	o := rt.promiseCell(p)
	if o == nil || o.aux&promiseHandled != 0 {
		return
	}
	if promiseStateOf(o) == promiseRejected && rt.Host != nil {
		rt.Host.PromiseRejectionTracker(rt, p, "handle")
	}
	o.aux |= promiseHandled
}

// PromiseAsyncContext returns the async context (see AsyncContext) that
// was current when promise p was made, or undefined if p is no promise.
func (rt *Runtime) PromiseAsyncContext(p Value) Value {
	if o := rt.promiseCell(p); o != nil {
		return o.v1
	}
	return Undefined
}

// IsPromise reports whether v is a promise object.
func (rt *Runtime) IsPromise(v Value) bool { return rt.promiseCell(v) != nil }

// AsyncContext returns the async context value current now: an opaque
// value (Node's AsyncLocalStorage keeps a map in it) that promise
// reactions, await continuations and queueMicrotask callbacks carry from
// where they were registered to where they run. Undefined by default.
func (rt *Runtime) AsyncContext() Value { return rt.asyncContext }

// SetAsyncContext makes v the current async context.
func (rt *Runtime) SetAsyncContext(v Value) { rt.asyncContext = v }
