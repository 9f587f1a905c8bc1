package vm

import (
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// run executes the top frame (and every frame it calls) until that frame
// returns, and returns its result. JS→JS calls push frames and stay in this
// loop; only calls through native code recurse in Go.
//
// While JavaScript runs, its registers root what it makes, so allocation
// stops adding to tempRoots even when a native called it: a native's temp
// roots last until it returns, and a callback run by one (forEach's, or a
// module body run by require) kept everything it ever allocated alive,
// which for TypeScript's compiler was every object it made (750 MB). What
// the JavaScript hands back to the native, its result or exception, is
// kept as the native's own allocations are.
func (rt *Runtime) run() Value {
	st := runState{entry: len(rt.frames) - 1, native: rt.inNative, mark: rt.runMark}
	rt.inNative = false
	rt.runMark = len(rt.tempRoots)
	for entering := true; ; entering = false {
		rt.runProtected(&st, entering)
		if st.uncaught != nil {
			rt.inNative, rt.runMark = st.native, st.mark
			rt.keep(st.uncaught.Value)
			panic(st.uncaught)
		}
		if st.done {
			rt.inNative, rt.runMark = st.native, st.mark
			// Only a heap value needs rooting: a sort comparator's numbers,
			// millions of them in one call, would fill tempRoots.
			if st.result.IsHeap() {
				rt.keep(st.result)
			}
			return st.result
		}
	}
}

// runState is one run's state, shared by run and the deferred recovery of
// each runProtected in it: the frame it entered at, what run restores when
// it leaves (native, mark), and how the last runProtected ended. The
// deferred call takes it by pointer: an open-coded defer stores what it
// captures on every call, and a callback per array element paid for eight
// stores where two do.
type runState struct {
	entry    int
	native   bool
	mark     int
	done     bool // the entry frame returned result
	result   Value
	uncaught *Exception // thrown and not caught in entry..top
}

// runProtected runs the loop, turning a JavaScript exception into a jump to
// its handler when a frame at or above entry has one. An exception with no
// handler here is left in st.uncaught, not re-panicked inside the deferred
// function: a panic raised while another is being recovered nests in it,
// and with every native→JS re-entry (ToPrimitive, getters, callbacks)
// adding a level, unwinding a deep overflow would take time quadratic in
// the depth.
//
// Other panics (termination, the heap limit) go on up, and may be
// recovered by a native that goes on running: run's state, native and
// mark, is restored before. (This is run's job, done here so that a call
// into JavaScript defers one function rather than two: a callback per
// array element paid for both.)
//
// Entering (not resuming at a handler), it stops at a safepoint first
// (entrySafepoint), as a call from bytecode does once the callee's frame is
// pushed: a callback
// a built-in calls per element (forEach(x => { const o = {x} })) has no
// back-edge or call of its own, and over a big array neither collected
// nor could be interrupted until the built-in returned.
func (rt *Runtime) runProtected(st *runState, entering bool) {
	defer rt.recoverRun(st)
	if entering {
		rt.entrySafepoint()
	}
	st.result = rt.loop(st.entry)
	st.done = true
}

// recoverRun is runProtected's deferred half. A run that returned (done)
// skips recover: it runs after every callback a built-in makes.
func (rt *Runtime) recoverRun(st *runState) {
	if st.done {
		return
	}
	if r := recover(); r != nil {
		exc, ok := r.(*Exception)
		if ok && rt.findHandler(st.entry, exc) {
			return
		}
		rt.unwindTo(st.entry)
		if !ok {
			rt.inNative, rt.runMark = st.native, st.mark
			panic(r)
		}
		st.uncaught = exc
	}
}

// findHandler looks for a handler of exc in frames entry..top, innermost
// first, and transfers control to it.
func (rt *Runtime) findHandler(entry int, exc *Exception) bool {
	for i := len(rt.frames) - 1; i >= entry; i-- {
		fr := &rt.frames[i]
		at := fr.pc - 1
		for _, h := range fr.code.Handlers {
			if at >= h.Start && at < h.End {
				rt.frames = rt.frames[:i+1]
				for fr.envDepth > h.EnvDepth {
					fr.env = rt.obj(fr.env).v0
					fr.envDepth--
				}
				rt.stack[fr.base+h.Reg] = exc.Value
				rt.caught = exc
				fr.pc = h.Target
				rt.sp = fr.base + fr.code.NRegs
				return true
			}
		}
	}
	return false
}

// unwindTo pops frames down to (and including) entry.
func (rt *Runtime) unwindTo(entry int) {
	if entry < len(rt.frames) {
		if entry > 0 {
			f := &rt.frames[entry]
			rt.sp = f.base
		} else {
			rt.sp = 0
		}
		rt.frames = rt.frames[:entry]
	}
}

func jumpTarget(code []uint32, pc int) int {
	return pc + 1 + int(int32(code[pc]))
}

// backEdge returns the target of the taken jump whose offset word is at pc,
// stopping at a safepoint first when it jumps backwards: every loop, however
// it is compiled, can be interrupted and can collect.
func (rt *Runtime) backEdge(code []uint32, pc int) int {
	t := jumpTarget(code, pc)
	if t < pc {
		rt.safepoint()
	}
	return t
}

// loop is the interpreter: one switch on the opcode. Registers are a slice
// of the fixed register stack, so they never move while a frame runs.
func (rt *Runtime) loop(entry int) Value {
	fr := &rt.frames[len(rt.frames)-1]
	code := fr.code.Code
	regs := rt.stack[fr.base : fr.base+fr.code.NRegs]
	pc := fr.pc
	// reload refreshes the cached frame state after the top frame changed.
	reload := func() {
		fr = &rt.frames[len(rt.frames)-1]
		code = fr.code.Code
		regs = rt.stack[fr.base : fr.base+fr.code.NRegs]
		pc = fr.pc
	}
	for {
		ins := code[pc]
		pc++
		op := bytecode.Opcode(ins)
		a := int(ins >> 8 & 0xFF)
		b := int(ins >> 16 & 0xFF)
		c := int(ins >> 24)
		bx := int(ins >> 16)
		if op == bytecode.OpWide {
			hi := ins
			ins = code[pc]
			pc++
			op = bytecode.Opcode(ins)
			a = int(ins>>8&0xFF) | int(hi>>8&0xFF)<<8
			b = int(ins>>16&0xFF) | int(hi>>16&0xFF)<<8
			c = int(ins>>24) | int(hi>>24)<<8
			bx = int(ins>>16) | int(hi>>16&0xFF)<<16
		}
		fr.pc = pc

		switch op {
		case bytecode.OpNop, bytecode.OpDebugger:
		case bytecode.OpCoverCount:
			rt.coverCount(fr.code, bx)
		case bytecode.OpMov:
			regs[a] = regs[b]
		case bytecode.OpLoadK:
			regs[a] = rt.constValue(fr, bx)
		case bytecode.OpLoadInt:
			regs[a] = gc.Int(int(int16(bx)))
		case bytecode.OpLoadUndef:
			regs[a] = Undefined
		case bytecode.OpLoadNull:
			regs[a] = Null
		case bytecode.OpLoadTrue:
			regs[a] = True
		case bytecode.OpLoadFalse:
			regs[a] = False
		case bytecode.OpLoadEmpty:
			regs[a] = Empty
		case bytecode.OpCheckTDZ:
			if regs[a] == Empty {
				rt.throwReferenceError("Cannot access '%s' before initialization", fr.code.Consts[bx].Str)
			}
		case bytecode.OpThrowConst:
			rt.throwTypeError("Assignment to constant variable.")
		case bytecode.OpLoadThis:
			if regs[0] == Empty {
				rt.throwReferenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
			}
			regs[a] = regs[0]
		case bytecode.OpLoadFunc:
			regs[a] = fr.fnObj
		case bytecode.OpLoadNewTarget:
			regs[a] = fr.newTarget
		case bytecode.OpLoadHome:
			regs[a] = rt.obj(fr.fnObj).v1
		case bytecode.OpArguments:
			regs[a] = rt.newArguments(fr, b == 1)
		case bytecode.OpRest:
			regs[a] = rt.restArray(fr, b)

		case bytecode.OpPushEnv:
			fr.env = rt.newEnv(fr.env, &fr.code.Consts[bx])
			fr.envDepth++
		case bytecode.OpPushWith:
			fr.env = rt.newWithEnv(fr.env, rt.ToObject(regs[a]))
			fr.envDepth++
		case bytecode.OpPopEnv:
			fr.env = rt.obj(fr.env).v0
			fr.envDepth--
		case bytecode.OpCopyEnv:
			fr.env = rt.copyEnv(fr.env)
		case bytecode.OpGetEnv:
			e := fr.env
			for d := b; d > 0; d-- {
				e = rt.obj(e).v0
			}
			regs[a] = rt.vals(rt.obj(e).slots)[c]
		case bytecode.OpGetImport:
			e := fr.env
			for d := b; d > 0; d-- {
				e = rt.obj(e).v0
			}
			regs[a] = rt.getImport(e, c)
		case bytecode.OpSetEnv:
			e := fr.env
			for d := b; d > 0; d-- {
				e = rt.obj(e).v0
			}
			rt.vals(rt.obj(e).slots)[c] = regs[a]

		case bytecode.OpGetGlobal:
			regs[a] = rt.getGlobal(fr, bx, false)
		case bytecode.OpTypeofGlobal:
			regs[a] = rt.typeofValue(rt.getGlobal(fr, bx, true))
		case bytecode.OpSetGlobal:
			rt.setGlobal(fr, bx, regs[a])
		case bytecode.OpDeclareVar:
			rt.declareGlobalVar(rt.siteKey(fr, bx), false)
		case bytecode.OpDeclareFunc:
			rt.declareGlobalFunc(rt.siteKey(fr, bx), regs[a], false)
		case bytecode.OpDeclareLex:
			rt.declareGlobalLex(rt.siteKey(fr, bx), a == 1)
		case bytecode.OpInitGlobalLex:
			rt.realm.globalLex[rt.siteKey(fr, bx)].value = regs[a]
		case bytecode.OpGetName:
			regs[a] = rt.getName(fr, rt.siteKey(fr, bx), false)
		case bytecode.OpTypeofName:
			regs[a] = rt.typeofValue(rt.getName(fr, rt.siteKey(fr, bx), true))
		case bytecode.OpSetName:
			rt.setName(fr, rt.siteKey(fr, bx), regs[a])
		case bytecode.OpDeleteName:
			regs[a] = gc.Bool(rt.deleteName(fr, rt.siteKey(fr, bx)))
		case bytecode.OpCallName:
			regs[a], regs[a+1] = rt.callName(fr, rt.siteKey(fr, bx))

		case bytecode.OpGetProp:
			obj := regs[b]
			if obj.IsObject() {
				o := rt.obj(obj)
				e := &fr.cs.ics[c]
				if e.shape == o.shape {
					if e.kind == icGetOwn {
						regs[a] = rt.arena.At(o.slots.ref, int(e.slot))
						break
					}
					// A method on the receiver's prototype, as every
					// call of a class's method reads it, is checked here
					// too rather than in getPropIC. A holder not yet
					// reified has the placeholder shape, which fails.
					if e.kind == icGetProto && o.proto.IsObject() && o.proto.Handle() == e.holder {
						if h := rt.obj(o.proto); h.shape == e.hshape {
							regs[a] = rt.arena.At(h.slots.ref, int(e.slot))
							break
						}
					}
				}
				regs[a] = rt.getPropIC(e, rt.siteKey(fr, c), obj, o)
				break
			}
			regs[a] = rt.getPrimitiveProp(fr, obj, c)
		case bytecode.OpSetProp:
			obj := regs[a]
			if obj.IsObject() {
				o := rt.obj(obj)
				e := &fr.cs.ics[b]
				if e.shape == o.shape && e.kind == icSetOwn {
					if e.next == 0 {
						rt.arena.Put(o.slots.ref, int(e.slot), regs[c])
						break
					}
					if o.flags&objExtensible != 0 && e.epoch == rt.addEpoch && protoHandle(o) == e.holder {
						o.shape = e.next
						rt.pushSlot(o, regs[c])
						break
					}
				}
				rt.setPropIC(e, rt.siteKey(fr, b), obj, o, regs[c], fr.code.Flags&bytecode.FlagStrict != 0)
				break
			}
			rt.Set(obj, rt.siteKey(fr, b), regs[c], fr.code.Flags&bytecode.FlagStrict != 0)
		case bytecode.OpGetElem:
			// An index key needs no site: the word after is read only for
			// other keys.
			pc++
			if regs[c].IsNumber() {
				regs[a] = rt.getElem(regs[b], regs[c])
				break
			}
			regs[a] = rt.getElemAt(fr, int(code[pc-1]), regs[b], regs[c])
		case bytecode.OpGetElemI:
			regs[a] = rt.getElem(regs[b], gc.Int(c))
		case bytecode.OpSetElem:
			pc++
			if regs[b].IsNumber() {
				rt.setElem(regs[a], regs[b], regs[c], fr.code.Flags&bytecode.FlagStrict != 0)
				break
			}
			rt.setElemAt(fr, int(code[pc-1]), regs[a], regs[b], regs[c])
		case bytecode.OpDelProp:
			regs[a] = gc.Bool(rt.deleteValue(regs[b], rt.siteKey(fr, c), fr))
		case bytecode.OpDelElem:
			obj := regs[b]
			if obj.IsNullish() {
				rt.throwTypeError("Cannot convert undefined or null to object")
			}
			regs[a] = gc.Bool(rt.deleteValue(obj, rt.ToPropertyKey(regs[c]), fr))
		case bytecode.OpIn:
			if !regs[c].IsObject() {
				rt.throwTypeError("Cannot use 'in' operator to search for '%s' in %s", rt.keyString(rt.ToPropertyKey(regs[b])), rt.primitiveText(regs[c]))
			}
			regs[a] = gc.Bool(rt.hasProperty(regs[c], rt.ToPropertyKey(regs[b])))
		case bytecode.OpGetSuper:
			regs[a] = rt.getSuper(fr, regs[b])
		case bytecode.OpSetSuper:
			rt.setSuper(fr, regs[a], regs[b])
		case bytecode.OpInitProp:
			o := rt.obj(regs[a])
			e := &fr.cs.ics[b]
			if e.shape == o.shape && e.kind == icSetOwn && e.next != 0 {
				o.shape = e.next
				rt.pushSlot(o, regs[c])
				break
			}
			rt.initPropIC(fr, regs[a], o, b, regs[c])
		case bytecode.OpInitElem:
			rt.initProp(regs[a], rt.ToPropertyKey(regs[b]), regs[c])
		case bytecode.OpInitGetter, bytecode.OpInitClassGetter:
			rt.defineAccessorProp(regs[a], rt.ToPropertyKey(regs[b]), regs[c], true, op == bytecode.OpInitGetter)
		case bytecode.OpInitSetter, bytecode.OpInitClassSetter:
			rt.defineAccessorProp(regs[a], rt.ToPropertyKey(regs[b]), regs[c], false, op == bytecode.OpInitSetter)
		case bytecode.OpInitMethod:
			rt.defineOwnProperty(regs[a], rt.ToPropertyKey(regs[b]), dataDesc(regs[c], attrWritable|attrConfigurable), true)
		case bytecode.OpSetProto:
			// The literal is new and not yet reachable: no object has it on
			// its prototype chain, so no cached add can go stale (an add
			// checks its receiver's own prototype) and rt.addEpoch, which
			// setPrototypeOf moves, stays. { __proto__: null } is how
			// EventEmitter makes its _events, twice per HTTP request.
			if p := regs[b]; p.IsObject() || p == Null {
				rt.obj(regs[a]).proto = p
			}
		case bytecode.OpSetHome:
			rt.obj(regs[a]).v1 = regs[b]
		case bytecode.OpSetFuncName:
			rt.setFunctionName(regs[a], rt.ToPropertyKey(regs[b]), c)
		case bytecode.OpCopyProps:
			rt.copyDataProperties(regs[a], regs[b], nil)
		case bytecode.OpCopyPropsExcl:
			obj := rt.NewObject()
			rt.Keep(obj) // the source's getters run JavaScript before regs[a] holds it
			rt.copyDataProperties(obj, regs[b], rt.arrayValues(regs[c]))
			regs[a] = obj
		case bytecode.OpToPropKey:
			regs[a] = rt.ToPropertyKey(regs[b])

		case bytecode.OpNewObject:
			regs[a] = rt.NewObject()
		case bytecode.OpNewArray:
			vals := make([]Value, b)
			copy(vals, regs[c:c+b])
			regs[a] = rt.NewArray(vals)
		case bytecode.OpArrayPush:
			o := rt.obj(regs[a])
			rt.push(&o.elems, regs[b])
			o.aux++
		case bytecode.OpArrayHole:
			o := rt.obj(regs[a])
			rt.push(&o.elems, Empty)
			o.aux++
		case bytecode.OpArraySpread:
			rt.arraySpread(regs[a], regs[b], operandSite{fr.code, fr.pc})
		case bytecode.OpNewRegExp:
			regs[a] = rt.newRegExpLiteral(fr, bx)
		case bytecode.OpTemplate:
			regs[a] = rt.templateObject(fr, bx)
		case bytecode.OpClosure:
			regs[a] = rt.newClosureAt(fr, bx)
		case bytecode.OpClass:
			regs[c] = rt.setupClass(regs[a], regs[b])
		case bytecode.OpToString:
			regs[a] = rt.ToString(regs[b])

		case bytecode.OpAdd:
			x, y := regs[b], regs[c]
			if x.IsNumber() && y.IsNumber() {
				regs[a] = gc.Float(x.Float() + y.Float())
				break
			}
			regs[a] = rt.add(x, y)
		case bytecode.OpAddI:
			x := regs[b]
			if x.IsNumber() {
				regs[a] = gc.Float(x.Float() + float64(int16(c)))
				break
			}
			regs[a] = rt.add(x, gc.Int(int(int16(c))))
		case bytecode.OpSub:
			x, y := regs[b], regs[c]
			if x.IsNumber() && y.IsNumber() {
				regs[a] = gc.Float(x.Float() - y.Float())
				break
			}
			regs[a] = rt.arith(op, x, y)
		case bytecode.OpMul:
			x, y := regs[b], regs[c]
			if x.IsNumber() && y.IsNumber() {
				regs[a] = gc.Float(x.Float() * y.Float())
				break
			}
			regs[a] = rt.arith(op, x, y)
		case bytecode.OpDiv:
			x, y := regs[b], regs[c]
			if x.IsNumber() && y.IsNumber() {
				regs[a] = gc.Float(x.Float() / y.Float())
				break
			}
			regs[a] = rt.arith(op, x, y)
		case bytecode.OpMod, bytecode.OpExp, bytecode.OpShl, bytecode.OpShr, bytecode.OpUShr,
			bytecode.OpBitAnd, bytecode.OpBitOr, bytecode.OpBitXor:
			regs[a] = rt.arith(op, regs[b], regs[c])
		case bytecode.OpEq:
			regs[a] = gc.Bool(rt.looseEqual(regs[b], regs[c]))
		case bytecode.OpNe:
			regs[a] = gc.Bool(!rt.looseEqual(regs[b], regs[c]))
		case bytecode.OpStrictEq:
			regs[a] = gc.Bool(rt.strictEqual(regs[b], regs[c]))
		case bytecode.OpStrictNe:
			regs[a] = gc.Bool(!rt.strictEqual(regs[b], regs[c]))
		case bytecode.OpLt:
			x, y := regs[b], regs[c]
			if x.IsNumber() && y.IsNumber() {
				regs[a] = gc.Bool(x.Float() < y.Float())
				break
			}
			regs[a] = gc.Bool(rt.lessThan(x, y, true) == 1)
		case bytecode.OpGt:
			x, y := regs[b], regs[c]
			if x.IsNumber() && y.IsNumber() {
				regs[a] = gc.Bool(x.Float() > y.Float())
				break
			}
			regs[a] = gc.Bool(rt.lessThan(y, x, false) == 1)
		case bytecode.OpLe:
			x, y := regs[b], regs[c]
			if x.IsNumber() && y.IsNumber() {
				regs[a] = gc.Bool(x.Float() <= y.Float())
				break
			}
			regs[a] = gc.Bool(rt.lessThan(y, x, false) == 0)
		case bytecode.OpGe:
			x, y := regs[b], regs[c]
			if x.IsNumber() && y.IsNumber() {
				regs[a] = gc.Bool(x.Float() >= y.Float())
				break
			}
			regs[a] = gc.Bool(rt.lessThan(x, y, true) == 0)
		case bytecode.OpSubI, bytecode.OpMulI, bytecode.OpDivI, bytecode.OpModI, bytecode.OpShlI, bytecode.OpShrI,
			bytecode.OpUShrI, bytecode.OpBitAndI, bytecode.OpBitOrI, bytecode.OpBitXorI,
			bytecode.OpLtI, bytecode.OpLeI, bytecode.OpGtI, bytecode.OpGeI:
			regs[a] = rt.immOp(op, regs[b], int16(c))
		case bytecode.OpStrictEqI, bytecode.OpStrictNeI:
			x := regs[b]
			regs[a] = gc.Bool((x.IsNumber() && x.Float() == float64(int16(c))) == (op == bytecode.OpStrictEqI))
		case bytecode.OpInstanceOf:
			regs[a] = gc.Bool(rt.instanceOf(regs[b], regs[c]))
		case bytecode.OpNeg:
			x := regs[b]
			if x.IsNumber() {
				regs[a] = gc.Float(-x.Float())
				break
			}
			regs[a] = rt.negate(x)
		case bytecode.OpPlus:
			regs[a] = gc.Float(rt.ToNumber(regs[b]))
		case bytecode.OpNot:
			regs[a] = gc.Bool(!rt.ToBoolean(regs[b]))
		case bytecode.OpBitNot:
			regs[a] = rt.bitNot(regs[b])
		case bytecode.OpTypeof:
			regs[a] = rt.typeofValue(regs[b])
		case bytecode.OpToNumeric:
			x := regs[b]
			if !x.IsNumber() {
				x = rt.ToNumeric(x)
			}
			regs[a] = x
		case bytecode.OpInc:
			x := regs[b]
			if x.IsNumber() {
				regs[a] = gc.Float(x.Float() + 1)
				break
			}
			regs[a] = rt.incDec(x, 1)
		case bytecode.OpDec:
			x := regs[b]
			if x.IsNumber() {
				regs[a] = gc.Float(x.Float() - 1)
				break
			}
			regs[a] = rt.incDec(x, -1)

		case bytecode.OpJmp:
			t := jumpTarget(code, pc)
			if t < pc {
				rt.safepoint()
			}
			pc = t
		case bytecode.OpJmpTrue, bytecode.OpJmpFalse:
			v := regs[a]
			var truth bool
			switch v {
			case True:
				truth = true
			case False:
				truth = false
			default:
				truth = rt.ToBoolean(v)
			}
			if truth == (op == bytecode.OpJmpTrue) {
				t := jumpTarget(code, pc)
				if t < pc {
					rt.safepoint()
				}
				pc = t
			} else {
				pc++
			}
		case bytecode.OpJmpNullish, bytecode.OpJmpNotNullish:
			if regs[a].IsNullish() == (op == bytecode.OpJmpNullish) {
				pc = rt.backEdge(code, pc)
			} else {
				pc++
			}
		case bytecode.OpJmpUndef, bytecode.OpJmpNotUndef:
			if (regs[a] == Undefined) == (op == bytecode.OpJmpUndef) {
				pc = rt.backEdge(code, pc)
			} else {
				pc++
			}
		case bytecode.OpJmpNull, bytecode.OpJmpNotNull:
			if (regs[a] == Null) == (op == bytecode.OpJmpNull) {
				pc = rt.backEdge(code, pc)
			} else {
				pc++
			}
		case bytecode.OpJmpStrictEq:
			if rt.strictEqual(regs[a], regs[b]) {
				pc = rt.backEdge(code, pc)
			} else {
				pc++
			}
		case bytecode.OpJmpLt, bytecode.OpJmpLe, bytecode.OpJmpGt, bytecode.OpJmpGe,
			bytecode.OpJmpNotLt, bytecode.OpJmpNotLe, bytecode.OpJmpNotGt, bytecode.OpJmpNotGe:
			x, y := regs[a], regs[b]
			var r bool
			if x.IsNumber() && y.IsNumber() {
				xf, yf := x.Float(), y.Float()
				switch op {
				case bytecode.OpJmpLt:
					r = xf < yf
				case bytecode.OpJmpLe:
					r = xf <= yf
				case bytecode.OpJmpGt:
					r = xf > yf
				case bytecode.OpJmpGe:
					r = xf >= yf
				case bytecode.OpJmpNotLt:
					r = !(xf < yf)
				case bytecode.OpJmpNotLe:
					r = !(xf <= yf)
				case bytecode.OpJmpNotGt:
					r = !(xf > yf)
				case bytecode.OpJmpNotGe:
					r = !(xf >= yf)
				}
			} else {
				r = rt.compareJump(op, x, y)
			}
			if r {
				t := jumpTarget(code, pc)
				if t < pc {
					rt.safepoint()
				}
				pc = t
			} else {
				pc++
			}
		case bytecode.OpJmpStrictNe:
			if !rt.strictEqual(regs[a], regs[b]) {
				pc = rt.backEdge(code, pc)
			} else {
				pc++
			}
		case bytecode.OpJmpNumLtI:
			if x := regs[a]; x.IsNumber() && x.Float() < float64(int16(bx)) {
				pc = rt.backEdge(code, pc)
			} else {
				pc++
			}
		case bytecode.OpJmpLtI, bytecode.OpJmpLeI, bytecode.OpJmpGtI, bytecode.OpJmpGeI,
			bytecode.OpJmpNotLtI, bytecode.OpJmpNotLeI, bytecode.OpJmpNotGtI, bytecode.OpJmpNotGeI:
			if rt.immCompare(op, regs[a], int16(bx)) {
				pc = rt.backEdge(code, pc)
			} else {
				pc++
			}
		case bytecode.OpJmpStrictEqI, bytecode.OpJmpStrictNeI:
			x := regs[a]
			if (x.IsNumber() && x.Float() == float64(int16(bx))) == (op == bytecode.OpJmpStrictEqI) {
				pc = rt.backEdge(code, pc)
			} else {
				pc++
			}
		case bytecode.OpThrow:
			if b == 1 {
				rt.rethrow(regs[a])
			}
			rt.Throw(regs[a])
		case bytecode.OpThrowError:
			rt.throwKind(a, fr.code.Consts[bx].Str)

		case bytecode.OpReturn, bytecode.OpReturnUndef, bytecode.OpReturnI:
			res := Undefined
			switch op {
			case bytecode.OpReturn:
				res = regs[a]
			case bytecode.OpReturnI:
				res = gc.Int(int(int16(bx)))
			}
			if fr.construct {
				res = rt.constructResult(fr, res)
			}
			retTo, superCall := fr.retTo, fr.superCall
			rt.frames = rt.frames[:len(rt.frames)-1]
			if retTo < 0 {
				if n := len(rt.frames); n > 0 {
					top := &rt.frames[n-1]
					rt.sp = top.base + top.code.NRegs
				} else {
					rt.sp = 0
				}
				return res
			}
			reload()
			rt.sp = fr.base + fr.code.NRegs
			if superCall && rt.stack[retTo] != Empty {
				rt.throwReferenceError("Super constructor may only be called once")
			}
			rt.stack[retTo] = res

		case bytecode.OpCall, bytecode.OpCallU, bytecode.OpCallEval:
			if op == bytecode.OpCallU {
				regs[b+1] = Undefined
			}
			callee := regs[b]
			if op == bytecode.OpCallEval && callee == rt.realm.Eval {
				regs[a] = rt.directEval(fr, regs[b+2:b+2+c])
				break
			}
			if callee.IsObject() {
				o := rt.obj(callee)
				if o.class == ClassFunction && uint16(o.realm) == rt.realmTag {
					fcode := rt.codes[o.aux].code
					if fcode.Kind <= bytecode.KindDerivedCtor {
						rt.pushFrame(callee, o, fcode, fr.base+b+1, c, fr.base+a, Undefined)
						reload()
						rt.safepoint()
						break
					}
				}
				if o.flags&objForwarder != 0 && uint16(o.realm) == rt.realmTag && rt.forward(fr, o, a, b, c) {
					reload()
					rt.safepoint()
					break
				}
				if o.class == ClassNative {
					// A built-in (always callable) goes straight to
					// callNative: isCallable and callValue looked the
					// callee's cell up twice more per Math.abs or
					// Map.prototype.has.
					rt.sp = fr.base + fr.code.NRegs
					regs[a] = rt.callNative(callee, o, regs[b+1], regs[b+2:b+2+c], Undefined)
					break
				}
			}
			if !rt.isCallable(callee) {
				rt.notCallable(fr, callee, "a function")
			}
			rt.sp = fr.base + fr.code.NRegs
			regs[a] = rt.callValue(callee, regs[b+1], regs[b+2:b+2+c], Undefined)
		case bytecode.OpCallSpread:
			if !rt.isCallable(regs[b]) {
				rt.notCallable(fr, regs[b], "a function")
			}
			top := fr.base + fr.code.NRegs
			// A compiled function of this realm runs in this loop, as a
			// plain call does, in a frame just above this one: its this
			// and arguments are written there (spreadArgs puts them in
			// place itself when it can). Through callValue each call of
			// `(...a) => f(...a)` cost a Go-level interpreter.
			if o := rt.obj(regs[b]); o.class == ClassFunction && uint16(o.realm) == rt.realmTag {
				if fcode := rt.codes[o.aux].code; fcode.Kind <= bytecode.KindDerivedCtor && top < len(rt.stack) {
					rt.sp = top + 1
					args := rt.spreadArgs(regs[b+2])
					if top+1+len(args)+fcode.NRegs+8 > len(rt.stack) {
						rt.throwStackOverflow()
					}
					copy(rt.stack[top+1:], args)
					rt.stack[top] = regs[b+1]
					rt.pushFrame(regs[b], o, fcode, top, len(args), fr.base+a, Undefined)
					reload()
					rt.safepoint()
					break
				}
			}
			rt.sp = top
			regs[a] = rt.callValue(regs[b], regs[b+1], rt.spreadArgs(regs[b+2]), Undefined)
			rt.sp = top
		case bytecode.OpNew:
			// A compiled constructor of this realm runs in this loop, as a
			// call does: through construct it cost a copy of the arguments
			// and a Go-level interpreter per `new`. Its this goes into
			// b+1, the slot the compiler leaves free for it.
			if callee := regs[b]; callee.IsObject() {
				o := rt.obj(callee)
				if o.class == ClassFunction && o.flags&objConstructor != 0 && uint16(o.realm) == rt.realmTag {
					fcode := rt.codes[o.aux].code
					if fcode.Kind <= bytecode.KindDerivedCtor {
						rt.sp = fr.base + fr.code.NRegs
						regs[b+1] = rt.prepareConstruct(callee, o, fcode, callee)
						rt.pushFrame(callee, o, fcode, fr.base+b+1, c, fr.base+a, callee)
						reload()
						rt.safepoint()
						break
					}
				}
			}
			if !rt.isConstructor(regs[b]) {
				rt.notCallable(fr, regs[b], "a constructor")
			}
			rt.sp = fr.base + fr.code.NRegs
			regs[a] = rt.construct(regs[b], append([]Value(nil), regs[b+2:b+2+c]...), Undefined)
		case bytecode.OpNewSpread:
			if !rt.isConstructor(regs[b]) {
				rt.notCallable(fr, regs[b], "a constructor")
			}
			rt.sp = fr.base + fr.code.NRegs
			regs[a] = rt.construct(regs[b], rt.arrayValues(regs[b+2]), Undefined)
		case bytecode.OpSuperCall, bytecode.OpSuperCallSpread:
			// A compiled parent constructor of this realm runs in this
			// loop, as new does, when the class has no field initialisers
			// to run after it; Return checks and sets this. The parent's
			// this goes into b+1, whose new.target the frame keeps.
			if active := rt.obj(regs[b]); op == bytecode.OpSuperCall && active.v2 == Undefined && active.proto.IsObject() {
				parent := active.proto
				po := rt.obj(parent)
				if po.class == ClassFunction && po.flags&objConstructor != 0 && uint16(po.realm) == rt.realmTag {
					if pcode := rt.codes[po.aux].code; pcode.Kind <= bytecode.KindDerivedCtor {
						newTarget := regs[b+1]
						rt.sp = fr.base + fr.code.NRegs
						regs[b+1] = rt.prepareConstruct(parent, po, pcode, newTarget)
						rt.pushFrame(parent, po, pcode, fr.base+b+1, c, fr.base+a, newTarget)
						rt.frames[len(rt.frames)-1].superCall = true
						reload()
						rt.safepoint()
						break
					}
				}
			}
			var args []Value
			if op == bytecode.OpSuperCall {
				args = append([]Value(nil), regs[b+2:b+2+c]...)
			} else {
				args = rt.arrayValues(regs[b+2])
			}
			rt.sp = fr.base + fr.code.NRegs
			res := rt.superCall(regs[b], regs[b+1], args)
			if regs[a] != Empty {
				rt.throwReferenceError("Super constructor may only be called once")
			}
			regs[a] = res
			if f := rt.obj(regs[b]).v2; f != Undefined {
				rt.callValue(f, res, nil, Undefined)
			}

		case bytecode.OpGetIter:
			var site operandSite
			if c == 0 {
				site = operandSite{fr.code, fr.pc}
			}
			if c == 0 {
				regs[a], regs[a+1] = rt.getIteratorDirect(regs[b], site)
			} else {
				regs[a], regs[a+1] = rt.getIteratorFor(regs[b], site)
			}
		case bytecode.OpGetAsyncIter:
			var site operandSite
			if c == 0 {
				site = operandSite{fr.code, fr.pc}
			}
			regs[a], regs[a+1] = rt.getAsyncIteratorFor(regs[b], site)
		case bytecode.OpIterNext:
			rt.sp = fr.base + fr.code.NRegs
			var v Value
			var done bool
			if next := regs[b+1]; isDirectIter(next) {
				// A getter of a hole may run: the record is advanced
				// after, as nothing else reads it meanwhile.
				v, done = rt.directIterStep(regs[b], uint32(next))
				if done {
					regs[b] = Undefined
				} else {
					regs[b+1] = next + 1
				}
			} else {
				v, done = rt.iterStep(regs[b], next)
			}
			if done {
				pc = jumpTarget(code, pc)
			} else {
				regs[a] = v
				pc++
			}
		case bytecode.OpIterClose:
			rt.sp = fr.base + fr.code.NRegs
			if !isDirectIter(regs[a+1]) || rt.directIterNeedsClose(regs[a:a+2]) {
				rt.iteratorClose(regs[a])
			}
		case bytecode.OpIterCloseQuiet:
			rt.sp = fr.base + fr.code.NRegs
			if !isDirectIter(regs[a+1]) || rt.directIterNeedsClose(regs[a:a+2]) {
				rt.iteratorCloseQuiet(regs[a])
			}
		case bytecode.OpForInPrep:
			regs[a] = rt.forInIterator(regs[b])
		case bytecode.OpForInNext:
			if k, ok := rt.forInNext(regs[b]); ok {
				regs[a] = k
				pc++
			} else {
				pc = jumpTarget(code, pc)
			}

		case bytecode.OpInitialYield, bytecode.OpYield, bytecode.OpAwait:
			// Suspension: hand the frame back to the coroutine driver.
			rt.suspendOp, rt.suspendA, rt.suspendB = op, a, b
			return Undefined
		case bytecode.OpYieldIterResult:
			if regs[a] == Empty {
				// DelegateNext took the value without a result object:
				// this is a plain yield of it.
				rt.suspendOp, rt.suspendA, rt.suspendB = bytecode.OpYield, a+1, b
			} else {
				rt.suspendOp, rt.suspendA, rt.suspendB = op, a, b
			}
			return Undefined
		case bytecode.OpDelegateNext:
			if regs[b+1] != rt.realm.generatorNext {
				pc++
				break
			}
			g := rt.generatorData(regs[b])
			if g == nil || g.asyncGen {
				pc++
				break
			}
			rt.sp = fr.base + fr.code.NRegs
			v, done, delegated := rt.generatorStep(regs[b+1], regs[b], g, regs[c])
			if delegated {
				// The delegate's own yield* handed on an iterator result:
				// read it, and pass it on, as the general path would.
				regs[a] = v
				regs[a+1], regs[a+2] = rt.iterValueDone(v, bytecode.ValueIfDone)
			} else {
				regs[a], regs[a+1], regs[a+2] = Empty, v, gc.Bool(done)
			}
			pc = jumpTarget(code, pc)
		case bytecode.OpAsyncReturnWrap:
			regs[a] = regs[b]
		case bytecode.OpIterResult:
			regs[a] = rt.iterResult(regs[b], c != 0)
		case bytecode.OpIterValueDone:
			r := regs[b]
			if !r.IsObject() {
				rt.throwTypeError("Iterator result %s is not an object", rt.inspectShort(r))
			}
			regs[a], regs[a+1] = rt.iterValueDone(r, int(c))
		case bytecode.OpGetMethod:
			regs[a] = rt.getMethod(regs[b], rt.siteKey(fr, c))
		case bytecode.OpCheckObject:
			if !regs[a].IsObject() {
				rt.throwTypeError("%s", fr.code.Consts[bx].Str)
			}

		case bytecode.OpImportMeta:
			regs[a] = rt.importMeta(fr)
		case bytecode.OpDynImport:
			regs[a] = rt.dynamicImport(fr, regs[b], Undefined)
		case bytecode.OpDynImportWith:
			regs[a] = rt.dynamicImport(fr, regs[b], regs[c])

		case bytecode.OpNewPrivateName:
			regs[a] = rt.newPrivateName(fr.code.Consts[bx].Str)
		case bytecode.OpGetPrivate:
			// A field found where its name was last found (privateSlot)
			// is read here; anything else goes through PrivateGet.
			if obj := regs[b]; obj.IsObject() {
				o, n := rt.obj(obj), rt.obj(regs[c])
				if i := int(n.aux >> privSlotShift); n.aux&privKindMask == privField {
					if keys := rt.shapes[o.shape].keys; i < len(keys) && keys[i] == regs[c] {
						regs[a] = rt.arena.At(o.slots.ref, i)
						break
					}
				}
			}
			regs[a] = rt.getPrivate(regs[b], regs[c])
		case bytecode.OpSetPrivate:
			if obj := regs[a]; obj.IsObject() {
				o, n := rt.obj(obj), rt.obj(regs[b])
				if i := int(n.aux >> privSlotShift); n.aux&privKindMask == privField {
					if keys := rt.shapes[o.shape].keys; i < len(keys) && keys[i] == regs[b] && !rt.arena.Pinned(o.slots.ref) {
						rt.arena.Put(o.slots.ref, i, regs[c])
						break
					}
				}
			}
			rt.setPrivate(regs[a], regs[b], regs[c])
		case bytecode.OpDefinePrivate:
			rt.definePrivate(regs[a], regs[b], regs[c])
		case bytecode.OpPrivateMethod:
			rt.privateMethod(regs[a], regs[b], c)
		case bytecode.OpHasPrivate:
			if !regs[b].IsObject() {
				rt.throwTypeError("Cannot use 'in' operator to search for '%s' in %s", rt.privateDesc(regs[c]), rt.primitiveText(regs[b]))
			}
			regs[a] = gc.Bool(rt.hasPrivate(regs[b], regs[c]))
		case bytecode.OpInitFields:
			if f := rt.obj(fr.fnObj).v2; f != Undefined {
				rt.callValue(f, regs[a], nil, Undefined)
			}
		case bytecode.OpSetFields:
			rt.obj(regs[a]).v2 = regs[b]

		default:
			rt.extraOp(fr, op, a, b, c, bx)
		}
	}
}

// constValue materialises constant k of the frame's function.
func (rt *Runtime) constValue(fr *frame, k int) Value {
	cst := &fr.code.Consts[k]
	switch cst.Kind {
	case bytecode.ConstNumber:
		return gc.Float(cst.Num)
	case bytecode.ConstString, bytecode.ConstName:
		// Each load looked the atom up by hashing the string: a tenth of
		// the time of a template literal with string parts.
		if fr.cs.strs == nil {
			fr.cs.strs = make([]Value, len(fr.code.Consts))
		}
		if v := fr.cs.strs[k]; v != 0 {
			return v
		}
		v := rt.atom(cst.Str)
		fr.cs.strs[k] = v
		return v
	case bytecode.ConstBigInt:
		return rt.parseBigIntLiteral(cst.Str)
	}
	rt.throwTypeError("bad constant")
	return Undefined
}

// constructResult applies the [[Construct]] return rule of §10.2.2.
func (rt *Runtime) constructResult(fr *frame, res Value) Value {
	if res.IsObject() {
		return res
	}
	// These errors come after the callee's context has gone (step 10):
	// they are the caller's realm's.
	if fr.callerRealm != nil {
		rt.setRealm(fr.callerRealm)
	}
	if fr.code.Kind == bytecode.KindDerivedCtor && res != Undefined {
		rt.throwTypeError("Derived constructors may only return object or undefined")
	}
	this := rt.stack[fr.base]
	if this == Empty {
		rt.throwReferenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
	}
	return this
}

func (rt *Runtime) siteKey(fr *frame, i int) PropKey {
	return fr.cs.keys[i]
}

// compareJump evaluates a fused comparison on non-number operands, with
// the operand conversion order of §13.10.1.
func (rt *Runtime) compareJump(op bytecode.Opcode, x, y Value) bool {
	switch op {
	case bytecode.OpJmpLt, bytecode.OpJmpNotLt:
		r := rt.lessThan(x, y, true) == 1
		return r == (op == bytecode.OpJmpLt)
	case bytecode.OpJmpGt, bytecode.OpJmpNotGt:
		r := rt.lessThan(y, x, false) == 1
		return r == (op == bytecode.OpJmpGt)
	case bytecode.OpJmpLe, bytecode.OpJmpNotLe:
		r := rt.lessThan(y, x, false) == 0
		return r == (op == bytecode.OpJmpLe)
	default: // Ge
		r := rt.lessThan(x, y, true) == 0
		return r == (op == bytecode.OpJmpGe)
	}
}

// notCallable throws V8's TypeError for calling or constructing a value
// that cannot be, naming the callee by its source text ("obj.run is not a
// function"), printed back as V8 prints it (see callprinter.go).
func (rt *Runtime) notCallable(fr *frame, v Value, what string) {
	text := fr.code.CalleeText(fr.pc - 1)
	if text == "" {
		text = rt.inspectShort(v)
	} else {
		text = v8CalleeText(text)
	}
	rt.throwTypeError("%s is not %s", text, what)
}
