package vm

import (
	"github.com/kilnjs/kiln/gc"
)

// The Promise constructor and prototype (§27.2.3-27.2.5).
func (r *Realm) initPromise() {
	rt := r.rt
	r.PromisePrototype = r.NewProto(r.ObjectPrototype)
	r.Promise = r.Ctor("Promise", 1, func(rt *Runtime, _ Value, args []Value) Value {
		nt := rt.NewTarget()
		if nt == Undefined {
			rt.throwTypeError("Promise constructor cannot be invoked without 'new'")
		}
		executor := Arg(args, 0)
		if !rt.isCallable(executor) {
			rt.throwTypeError("Promise resolver %s is not a function", rt.inspectShort(executor))
		}
		p := rt.newPromise(rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.PromisePrototype }))
		res, rej := rt.resolvingFunctions(p)
		if exc := rt.Try(func() { rt.Call(executor, Undefined, res, rej) }); exc != nil {
			rt.Call(rej, Undefined, exc.Value)
		}
		return p
	}, r.PromisePrototype)
	rt.defineData(r.PromisePrototype, rt.wellKnown.toStringTag, rt.atom("Promise"), attrConfigurable)
	r.GetterKey(r.Promise, rt.wellKnown.species, "get [Symbol.species]", func(rt *Runtime, this Value, _ []Value) Value { return this })

	r.Method(r.PromisePrototype, "then", 2, func(rt *Runtime, this Value, args []Value) Value {
		if rt.promiseCell(this) == nil {
			rt.throwTypeError("Method Promise.prototype.then called on incompatible receiver %s", rt.inspectShort(this))
		}
		c := rt.speciesConstructor(this, rt.realm.Promise)
		if c == rt.realm.Promise {
			p, pair := rt.intrinsicCapability()
			rt.performThen(this, Arg(args, 0), Arg(args, 1), p, pair)
			return p
		}
		p, res, rej := rt.newCapability(c)
		rt.performThen(this, Arg(args, 0), Arg(args, 1), p, rt.capabilityPair(res, rej))
		return p
	})
	r.Method(r.PromisePrototype, "catch", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.invoke(this, "then", Undefined, Arg(args, 0))
	})
	r.Method(r.PromisePrototype, "finally", 1, func(rt *Runtime, this Value, args []Value) Value {
		if !this.IsObject() {
			rt.throwTypeError("Method Promise.prototype.finally called on incompatible receiver %s", rt.inspectShort(this))
		}
		onFinally := Arg(args, 0)
		if !rt.isCallable(onFinally) {
			return rt.invoke(this, "then", onFinally, onFinally)
		}
		c := rt.speciesConstructor(this, rt.realm.Promise)
		thenFinally := rt.NewNativeFunction("", 1, func(rt *Runtime, _ Value, a []Value) Value {
			self := rt.obj(rt.curCallee)
			value := Arg(a, 0)
			result := rt.Call(self.v0, Undefined)
			p := rt.promiseResolve(self.v1, result)
			valueThunk := rt.NewNativeFunction("", 0, func(rt *Runtime, _ Value, _ []Value) Value {
				return rt.obj(rt.curCallee).v0
			})
			rt.obj(valueThunk).v0 = value
			return rt.invoke(p, "then", valueThunk)
		})
		rt.obj(thenFinally).v0, rt.obj(thenFinally).v1 = onFinally, c
		catchFinally := rt.NewNativeFunction("", 1, func(rt *Runtime, _ Value, a []Value) Value {
			self := rt.obj(rt.curCallee)
			reason := Arg(a, 0)
			result := rt.Call(self.v0, Undefined)
			p := rt.promiseResolve(self.v1, result)
			thrower := rt.NewNativeFunction("", 0, func(rt *Runtime, _ Value, _ []Value) Value {
				rt.Throw(rt.obj(rt.curCallee).v0)
				return Undefined
			})
			rt.obj(thrower).v0 = reason
			return rt.invoke(p, "then", thrower)
		})
		rt.obj(catchFinally).v0, rt.obj(catchFinally).v1 = onFinally, c
		return rt.invoke(this, "then", thenFinally, catchFinally)
	})

	r.Method(r.Promise, "resolve", 1, func(rt *Runtime, this Value, args []Value) Value {
		if !this.IsObject() {
			rt.throwTypeError("PromiseResolve called on non-object")
		}
		return rt.promiseResolve(this, Arg(args, 0))
	})
	r.Method(r.Promise, "reject", 1, func(rt *Runtime, this Value, args []Value) Value {
		if this == rt.realm.Promise {
			p, _ := rt.intrinsicCapability()
			rt.rejectPromise(p, Arg(args, 0))
			return p
		}
		p, _, rej := rt.newCapability(this)
		rt.Call(rej, Undefined, Arg(args, 0))
		return p
	})
	combinator := func(name string, kind int) {
		r.Method(r.Promise, name, 1, func(rt *Runtime, this Value, args []Value) Value {
			return rt.promiseCombinator(this, Arg(args, 0), kind)
		})
	}
	combinator("all", 0)
	combinator("allSettled", 1)
	combinator("any", 2)
	combinator("race", 3)
}

// invoke calls obj[name](args...).
func (rt *Runtime) invoke(obj Value, name string, args ...Value) Value {
	f := rt.Get(obj, rt.atom(name))
	if !rt.isCallable(f) {
		rt.throwTypeError("%s is not a function", rt.typedValueName(f))
	}
	return rt.callValue(f, obj, args, Undefined)
}

// speciesConstructor is §7.3.22.
func (rt *Runtime) speciesConstructor(o, def Value) Value {
	c, ok := Undefined, false
	if o.IsObject() {
		c, ok = rt.protoData(rt.obj(o), rt.atConstructor)
	}
	if !ok {
		c = rt.Get(o, rt.atConstructor)
	}
	if c == Undefined {
		return def
	}
	if !c.IsObject() {
		rt.throwTypeError("The .constructor property is not an object")
	}
	s := rt.Get(c, rt.wellKnown.species)
	if s.IsNullish() {
		return def
	}
	if rt.isConstructor(s) {
		return s
	}
	rt.throwTypeError("object.constructor[Symbol.species] is not a constructor")
	return Undefined
}

// promiseCombinator implements Promise.all (0), allSettled (1), any (2)
// and race (3) (§27.2.4.1-27.2.4.5).
func (rt *Runtime) promiseCombinator(c, iterable Value, kind int) Value {
	p, res, rej := rt.newCapability(c)
	exc := rt.Try(func() {
		resolveFn := rt.Get(c, rt.atom("resolve"))
		if !rt.isCallable(resolveFn) {
			rt.throwTypeError("Promise resolve or reject function is not callable")
		}
		// state: v0 = values array, v1/v2 = the capability's resolve and
		// reject (rooted here for the element functions), aux = remaining
		// count (+1 during iteration), elems = each index's
		// [[AlreadyCalled]] (true once an element function of it ran).
		state, so := rt.newObjectCell(ClassInternal, Null)
		so.v0 = rt.NewArray([]Value{})
		so.v1, so.v2 = res, rej
		so.aux = 1
		index := 0
		rt.Iterate(iterable, func(v Value) bool {
			i := index
			index++
			if kind != 3 {
				arr := rt.obj(state).v0
				rt.createDataPropertyOrThrow(arr, idxKey(uint32(i)), Undefined)
			}
			next := rt.Call(resolveFn, c, v)
			var onFul, onRej Value = res, rej
			if kind != 3 {
				so := rt.obj(state)
				so.aux++
				rt.push(&so.elems, False)
				switch kind {
				case 0:
					onFul = rt.newCombinatorElement(elementAll, state, p, i)
				case 1:
					onFul = rt.newCombinatorElement(elementAllSettledFulfilled, state, p, i)
					onRej = rt.newCombinatorElement(elementAllSettledRejected, state, p, i)
				case 2:
					onRej = rt.newCombinatorElement(elementAny, state, p, i)
				}
			}
			rt.invoke(next, "then", onFul, onRej)
			return true
		})
		if kind != 3 {
			rt.combinatorFinish(state, kind == 2)
		}
	})
	if exc != nil {
		rt.Call(rej, Undefined, exc.Value)
	}
	return p
}

// The element functions of the combinators (§27.2.4.1.3 Promise.all
// Resolve Element Functions and its allSettled and any kin).
const (
	elementAll = iota
	elementAllSettledFulfilled
	elementAllSettledRejected
	elementAny
	numElementKinds
)

// newCombinatorElement makes element function kind for index i of the
// combinator whose state is state and whose promise is p. The functions
// of a kind share one nativeFunc, as resolving functions do; the cell
// holds the state (v0), the promise (v1, for async stack traces) and the
// index (aux). A Go closure, its nativeFunc and its stack-trace record per
// element were most of the cost of Promise.all.
func (rt *Runtime) newCombinatorElement(kind int, state, p Value, i int) Value {
	nf := &rt.elementFuncs[kind]
	if *nf == nil {
		*nf = &nativeFunc{fn: combinatorElementFunction, element: &combinatorElement{
			combinator: [...]string{"all", "allSettled", "allSettled", "any"}[kind], kind: kind}}
	}
	f := rt.newResolvingFunction(nf, combinatorElementFunction)
	fo := rt.obj(f)
	fo.v0, fo.v1, fo.aux = state, p, uint32(i)
	return f
}

func combinatorElementFunction(rt *Runtime, _ Value, args []Value) Value {
	self := rt.obj(rt.curCallee)
	kind := rt.hostOf(self).(*nativeFunc).element.kind
	i, state := self.aux, self.v0
	called := rt.vals(rt.obj(state).elems)
	if called[i] == True {
		return Undefined
	}
	called[i] = True
	x := Arg(args, 0)
	if kind == elementAllSettledFulfilled || kind == elementAllSettledRejected {
		o := rt.NewObject()
		status, key := "fulfilled", "value"
		if kind == elementAllSettledRejected {
			status, key = "rejected", "reason"
		}
		rt.createDataPropertyOrThrow(o, rt.atom("status"), rt.atom(status))
		rt.createDataPropertyOrThrow(o, rt.atom(key), x)
		x = o
	}
	rt.createDataPropertyOrThrow(rt.obj(state).v0, idxKey(i), x)
	rt.combinatorFinish(state, kind == elementAny)
	return Undefined
}

// combinatorFinish counts one element (or the end of iteration) done and,
// at the last, settles the combinator's promise: with the values, or for
// any (anyRejected) with an AggregateError of the reasons.
func (rt *Runtime) combinatorFinish(state Value, anyRejected bool) {
	s := rt.obj(state)
	s.aux--
	if s.aux != 0 {
		return
	}
	if anyRejected {
		e := rt.NewError(ErrPlain, "All promises were rejected")
		rt.obj(e).proto = rt.realm.AggregateErrorPrototype
		rt.defineData(e, rt.atom("errors"), s.v0, attrWritable|attrConfigurable)
		rt.Call(s.v2, Undefined, e)
		return
	}
	rt.Call(s.v1, Undefined, s.v0)
}

var _ = gc.Undefined
