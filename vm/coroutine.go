package vm

import (
	"fmt"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// Generators and async functions suspend by saving their frame: the frame
// record and a copy of its registers go into the generator (or async
// function state) object, and resuming pushes them back at the top of the
// stack. A coroutine's frame is always the entry frame of its own run(), so
// suspension is the interpreter loop returning early with rt.suspendOp set.

type genState uint8

const (
	genSuspendedStart genState = iota
	genSuspendedYield
	genExecuting
	genCompleted
)

type genData struct {
	fr    frame
	regs  []Value
	state genState
	// For async functions: the promise the function's completion settles.
	promise Value
	// cont is an async function's await continuation (newAwaitCont),
	// made at its first await and reused by the others: an async function
	// awaits one thing at a time, and a continuation per await was a cell
	// and two Go allocations each.
	cont      Value
	async     bool
	resumeReg int
	// For async generators (§27.6): the queued next/throw/return requests,
	// the head being the one the body is running for, and whether a
	// return on the completed generator is awaiting its value.
	asyncGen       bool
	queue          []asyncGenRequest
	awaitingReturn bool
	// realm is the realm the body runs in: its function's, current when
	// the coroutine started. A resumption switches to it, whichever realm's
	// next (or await continuation) resumed it (§27.5.3.3: the generator's
	// execution context carries its Realm).
	realm *Realm
}

// asyncGenRequest is an AsyncGeneratorRequest (§27.6.3.1): the resume mode
// (0 next, 1 throw, 2 return), its value and the promise to settle.
type asyncGenRequest struct {
	mode                     int
	value                    Value
	promise, resolve, reject Value
}

func (g *genData) trace(m *gc.Marker) {
	m.MarkAll(g.regs)
	m.Mark(g.fr.fnObj)
	m.Mark(g.fr.env)
	m.Mark(g.fr.newTarget)
	m.Mark(g.fr.argsObj)
	m.MarkAll(g.fr.extraArgs)
	m.Mark(g.promise)
	m.Mark(g.cont)
	for i := range g.queue {
		r := &g.queue[i]
		m.Mark(r.value)
		m.Mark(r.promise)
		m.Mark(r.resolve)
		m.Mark(r.reject)
	}
}

// saveTop pops the top frame into g.
func (rt *Runtime) saveTop(g *genData) {
	n := len(rt.frames) - 1
	fr := &rt.frames[n]
	g.regs = append(g.regs[:0], rt.stack[fr.base:fr.base+fr.code.NRegs]...)
	g.fr = *fr
	rt.frames = rt.frames[:n]
	rt.sp = g.fr.base
}

// startCoroutine runs a just-pushed generator or async frame to its first
// suspension and returns the generator object or the promise.
func (rt *Runtime) startCoroutine(kind bytecode.FuncKind) Value {
	if kind != bytecode.KindGenerator && kind != bytecode.KindAsyncGenerator {
		return rt.startAsync()
	}
	fnObj := rt.frames[len(rt.frames)-1].fnObj
	g := &genData{promise: Undefined, cont: Undefined, realm: rt.realm}
	rt.suspendOp = 0
	rt.run()
	if rt.suspendOp != bytecode.OpInitialYield {
		rt.throwTypeError("generator prologue did not yield")
	}
	rt.suspendOp = 0
	rt.saveTop(g)
	fallback := func(r *Realm) Value { return r.GeneratorPrototype }
	if kind == bytecode.KindAsyncGenerator {
		fallback, g.asyncGen = func(r *Realm) Value { return r.AsyncGeneratorPrototype }, true
	}
	proto := rt.prototypeFromCtor(fnObj, fallback)
	gen, o := rt.newObjectCell(ClassGenerator, proto)
	rt.setHost(o, g)
	g.fr.genObj = gen
	return gen
}

// resumeGenerator implements next/throw/return (§27.5.3.3 GeneratorResume
// and GeneratorResumeAbrupt). mode: 0 next, 1 throw, 2 return.
func (rt *Runtime) resumeGenerator(gen Value, mode int, v Value, method string) Value {
	g := rt.generatorData(gen)
	if g == nil || g.asyncGen {
		rt.throwTypeError("%s method called on incompatible receiver %s", method, rt.inspectShort(gen))
	}
	switch g.state {
	case genExecuting:
		rt.throwTypeError("Generator is already running")
	case genSuspendedStart:
		if mode != 0 {
			g.state = genCompleted
			g.regs = nil
		}
	}
	if g.state == genCompleted {
		switch mode {
		case 1:
			rt.Throw(v)
		case 2:
			return rt.iterResult(v, true)
		}
		return rt.iterResult(Undefined, true)
	}
	res, done := rt.resumeFrame(g, mode, v)
	if done {
		return rt.iterResult(res, true)
	}
	if rt.lastSuspend == bytecode.OpYieldIterResult {
		return res
	}
	return rt.iterResult(res, false)
}

// generatorStep is the call next(sent) of generator gen (state g) whose
// next is the built-in one (fn), by iterStep or by yield* (DelegateNext).
// It does what calling next does, as callNative would call it, but returns
// what the generator yielded or returned rather than the iterator result
// object next makes and the caller would read back (an allocation and a
// native call per step of every for-of, spread, destructuring and yield*
// of a generator). done reports the generator's end; delegated, a yield*
// that passed its delegate's result object on as v.
func (rt *Runtime) generatorStep(fn, gen Value, g *genData, sent Value) (v Value, done, delegated bool) {
	if len(rt.frames) >= rt.maxDepth {
		rt.throwRangeError("Maximum call stack size exceeded")
	}
	saved, savedNT, savedCallee, mark, natives := rt.inNative, rt.curNewTarget, rt.curCallee, len(rt.tempRoots), len(rt.natives)
	rt.inNative, rt.curNewTarget, rt.curCallee = true, Undefined, fn
	// fn, %GeneratorPrototype%.next, is a built-in, which stack traces show.
	rt.pushNative(fn, gen, false)
	defer func() {
		rt.inNative, rt.curNewTarget, rt.curCallee = saved, savedNT, savedCallee
		rt.tempRoots = rt.tempRoots[:mark]
		rt.natives = rt.natives[:natives]
	}()
	switch g.state {
	case genExecuting:
		rt.throwTypeError("Generator is already running")
	case genCompleted:
		return Undefined, true, false
	}
	res, done := rt.resumeFrame(g, 0, sent)
	if done {
		return res, true, false
	}
	// yield* hands on its delegate's result objects as they are, for the
	// caller to read once next has returned.
	return res, false, rt.lastSuspend == bytecode.OpYieldIterResult
}

// resumeFrame pushes g's frame back, delivers (mode, v) to the suspended
// instruction and runs to the next suspension or the end. It returns the
// yielded (or returned) value and whether the coroutine finished.
func (rt *Runtime) resumeFrame(g *genData, mode int, v Value) (Value, bool) {
	base := rt.sp
	if base+len(g.regs)+8 > len(rt.stack) || len(rt.frames) >= rt.maxDepth {
		rt.throwRangeError("Maximum call stack size exceeded")
	}
	copy(rt.stack[base:], g.regs)
	if g.state == genSuspendedYield {
		// The suspending instruction's b operand receives (value, mode).
		rt.stack[base+g.resumeReg] = v
		rt.stack[base+g.resumeReg+1] = gc.Int(mode)
	}
	// The saved frame is copied once, straight into its slot.
	n := len(rt.frames)
	rt.frames = rt.frames[:n+1]
	fr := &rt.frames[n]
	*fr = g.fr
	fr.base = base
	fr.retTo = -1
	rt.sp = base + fr.code.NRegs
	rt.raiseStackHigh(rt.sp)
	g.state = genExecuting
	rt.suspendOp = 0
	// An exception out of the body ends the generator and goes on to the
	// caller: run has unwound the frame already, so this needs a deferred
	// clean-up, not a recover (catching and rethrowing it here, through
	// Try, was two recovers per resumption with run's own).
	prev, ran := rt.realm, false
	if g.realm != prev {
		rt.setRealm(g.realm)
	}
	defer func() {
		if !ran {
			g.state = genCompleted
			g.regs = nil
			rt.suspendOp = 0
		}
		if rt.realm != prev {
			rt.setRealm(prev)
		}
	}()
	res := rt.run()
	ran = true
	if op := rt.suspendOp; op != 0 {
		rt.suspendOp = 0
		rt.lastSuspend = op
		top := &rt.frames[len(rt.frames)-1]
		yielded := rt.stack[top.base+rt.suspendA]
		g.resumeReg = rt.suspendB
		rt.saveTop(g)
		g.state = genSuspendedYield
		return yielded, false
	}
	rt.lastSuspend = 0
	g.state = genCompleted
	g.regs = nil
	return res, true
}

// startAsync runs a just-pushed async function's frame to its first await
// or its end, and returns the function's promise. The function's state (a
// genData and the cell that carries it) is made when it first suspends: one
// that returns before any await, as a guard clause or a cached path does,
// costs its promise alone.
func (rt *Runtime) startAsync() Value {
	realm := rt.realm
	// The promise's resolving functions would never be seen by
	// JavaScript: the function's completion settles it directly.
	p := rt.newPromise(rt.realm.PromisePrototype)
	rt.Keep(p)
	rt.suspendOp = 0
	var res Value
	exc := rt.Try(func() { res = rt.run() })
	switch {
	case exc != nil:
		rt.asNative(func() { rt.rejectPromise(p, exc.Value) })
	case rt.suspendOp == 0:
		rt.asNative(func() { rt.resolvePromise(p, res) })
	default:
		rt.suspendOp = 0
		g := &genData{async: true, promise: p, cont: Undefined, realm: realm}
		top := &rt.frames[len(rt.frames)-1]
		res = rt.stack[top.base+rt.suspendA]
		g.resumeReg = rt.suspendB
		rt.saveTop(g)
		g.state = genSuspendedYield
		st, o := rt.newObjectCell(ClassInternal, Null)
		rt.setHost(o, g)
		g.fr.genObj = st
		// Resolving the awaited value may run JavaScript (a thenable's
		// then getter) before anything else holds the state.
		rt.Keep(st)
		rt.await(st, g, res)
	}
	return p
}

// stepAsync resumes a suspended async function and, when it awaits again,
// arranges for the next resumption.
func (rt *Runtime) stepAsync(st Value, g *genData, mode int, v Value) {
	var res Value
	var done bool
	exc := rt.Try(func() { res, done = rt.resumeFrame(g, mode, v) })
	switch {
	case exc != nil:
		rt.asNative(func() { rt.rejectPromise(g.promise, exc.Value) })
	case done:
		rt.asNative(func() { rt.resolvePromise(g.promise, res) })
	default:
		rt.await(st, g, res)
	}
}

// await has the async function suspended in g (carried by st) resumed with
// the outcome of v.
func (rt *Runtime) await(st Value, g *genData, v Value) {
	if g.cont == Undefined {
		g.cont = rt.newAwaitCont(func(val Value, rejected bool) {
			m := 0
			if rejected {
				m = 1
			}
			rt.stepAsync(st, g, m, val)
		}, st)
	}
	rt.awaitWith(v, g.cont)
}

// generatorData returns the state of a generator or async generator
// object, nil for any other value.
func (rt *Runtime) generatorData(gen Value) *genData {
	if !gen.IsObject() || rt.obj(gen).class != ClassGenerator {
		return nil
	}
	g, _ := rt.hostOf(rt.obj(gen)).(*genData)
	return g
}

// asyncGenEnqueue is AsyncGenerator.prototype.next/throw/return
// (§27.6.1.2-4, AsyncGeneratorEnqueue): it queues the request and, unless
// the body is running or awaiting, resumes the generator.
func (rt *Runtime) asyncGenEnqueue(gen Value, mode int, v Value, method string) Value {
	p, res, rej := rt.newPromiseCapability()
	g := rt.generatorData(gen)
	if g == nil || !g.asyncGen {
		err := rt.NewError(ErrType, fmt.Sprintf("Method [AsyncGenerator].prototype.%s called on incompatible receiver %s", method, rt.inspectShort(gen)))
		rt.Call(rej, Undefined, err)
		return p
	}
	g.queue = append(g.queue, asyncGenRequest{mode: mode, value: v, promise: p, resolve: res, reject: rej})
	rt.asyncGenDrain(gen, g)
	return p
}

// asyncGenSettle is AsyncGeneratorCompleteStep (§27.6.3.4): it settles the
// head request's promise with an iterator result or a rejection.
func (rt *Runtime) asyncGenSettle(g *genData, v Value, done, rejected bool) {
	req := g.queue[0]
	g.queue = g.queue[1:]
	if rejected {
		rt.Call(req.reject, Undefined, v)
		return
	}
	rt.Call(req.resolve, Undefined, rt.iterResult(v, done))
}

// asyncGenDrain is AsyncGeneratorResumeNext / AsyncGeneratorDrainQueue
// (§27.6.3.5-10): it serves queued requests until the body runs again or
// the queue is empty.
func (rt *Runtime) asyncGenDrain(gen Value, g *genData) {
	for len(g.queue) > 0 && g.state != genExecuting && !g.awaitingReturn {
		req := g.queue[0]
		if g.state == genSuspendedStart && req.mode != 0 {
			g.state = genCompleted
			g.regs = nil
		}
		if g.state != genCompleted {
			rt.asyncGenStep(gen, g, req.mode, req.value)
			return
		}
		switch req.mode {
		case 0:
			rt.asyncGenSettle(g, Undefined, true, false)
		case 1:
			rt.asyncGenSettle(g, req.value, false, true)
		default:
			// AsyncGeneratorAwaitReturn (§27.6.3.9).
			g.awaitingReturn = true
			rt.awaitValue(req.value, func(val Value, rejected bool) {
				g.awaitingReturn = false
				rt.asyncGenSettle(g, val, true, rejected)
				rt.asyncGenDrain(gen, g)
			}, gen)
			return
		}
	}
}

// asyncGenStep resumes the body with (mode, v) and runs it to its next
// await, yield or completion. An await keeps the generator executing
// (requests made meanwhile only queue) and resumes it when the awaited
// value settles; a yield or completion settles the head request.
func (rt *Runtime) asyncGenStep(gen Value, g *genData, mode int, v Value) {
	var res Value
	var done bool
	exc := rt.Try(func() { res, done = rt.resumeFrame(g, mode, v) })
	switch {
	case exc != nil:
		rt.asyncGenSettle(g, exc.Value, false, true)
	case done:
		rt.asyncGenSettle(g, res, true, false)
	case rt.lastSuspend == bytecode.OpAwait:
		g.state = genExecuting
		rt.awaitValue(res, func(val Value, rejected bool) {
			g.state = genSuspendedYield
			m := 0
			if rejected {
				m = 1
			}
			rt.asyncGenStep(gen, g, m, val)
		}, gen)
		return
	default:
		rt.asyncGenSettle(g, res, false, false)
	}
	rt.asyncGenDrain(gen, g)
}
