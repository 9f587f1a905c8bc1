package vm

import (
	"github.com/kilnjs/kiln/gc"
)

// %IteratorPrototype%, %ArrayIteratorPrototype% and the async iterator
// prototypes (§27.1).
func (r *Realm) initIterator() {
	rt := r.rt
	r.IteratorPrototype = r.NewProto(r.ObjectPrototype)
	r.MethodSym(r.IteratorPrototype, rt.wellKnown.iterator, "[Symbol.iterator]", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return this
	})
	r.AsyncIteratorPrototype = r.NewProto(r.ObjectPrototype)
	r.MethodSym(r.AsyncIteratorPrototype, rt.wellKnown.asyncIterator, "[Symbol.asyncIterator]", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return this
	})
	r.ArrayIteratorPrototype = r.NewProto(r.IteratorPrototype)
	r.arrayIterNext = r.MethodFn(r.ArrayIteratorPrototype, "next", 0, func(rt *Runtime, this Value, _ []Value) Value {
		if !this.IsObject() || rt.obj(this).class != ClassArrayIter {
			rt.throwTypeError("Method Array Iterator.prototype.next called on incompatible receiver %s", rt.inspectShort(this))
		}
		o := rt.obj(this)
		kind := int(o.v1.Float())
		if o.v0 == Undefined {
			return rt.iterResult(Undefined, true)
		}
		target := o.v0
		n := rt.arrayIterLength(rt.obj(target), target)
		i := int(o.aux)
		if i >= n {
			o.v0 = Undefined
			return rt.iterResult(Undefined, true)
		}
		o.aux++
		switch kind {
		case 0:
			return rt.iterResult(gc.Int(i), false)
		case 1:
			return rt.iterResult(rt.Get(target, idxKey(uint32(i))), false)
		}
		return rt.iterResult(rt.NewArray([]Value{gc.Int(i), rt.Get(target, idxKey(uint32(i)))}), false)
	})
	rt.defineData(r.ArrayIteratorPrototype, rt.wellKnown.toStringTag, rt.atom("Array Iterator"), attrConfigurable)
}

// NewArrayIterator makes an array iterator; kind 0 keys, 1 values, 2 entries.
func (rt *Runtime) NewArrayIterator(target Value, kind int) Value {
	it, o := rt.newObjectCell(ClassArrayIter, rt.realm.ArrayIteratorPrototype)
	o.v0 = target
	o.v1 = gc.Int(kind)
	return it
}

// arrayIterLength is the length an array iterator's next reads from its
// target t (the object of target): a typed array's own, which must be in
// bounds (§23.1.5.1 CreateArrayIterator step 2.b.ii: a detached buffer, or
// a resizable one shrunk below the view, is a TypeError), or ToLength of
// "length".
func (rt *Runtime) arrayIterLength(t *Object, target Value) int {
	if t.class != ClassTypedArray {
		return int(rt.ToLength(rt.Get(target, rt.atLength)))
	}
	_, _, n, ok := rt.taBounds(t)
	if !ok {
		rt.throwTypeError("Cannot perform Array Iterator.prototype.next on a detached ArrayBuffer")
	}
	return n
}

// arrayIterStep is the fast path of IterNext over an array values iterator.
func (rt *Runtime) arrayIterStep(o *Object) (Value, bool) {
	if o.v0 == Undefined {
		return Undefined, true
	}
	t := rt.obj(o.v0)
	i := int(o.aux)
	if t.class == ClassArray {
		if i >= int(t.aux) {
			o.v0 = Undefined
			return Undefined, true
		}
		o.aux++
		if i < int(t.elems.n) && rt.vals(t.elems)[i] != Empty && t.flags&objSlowElems == 0 {
			return rt.vals(t.elems)[i], false
		}
		return rt.Get(o.v0, idxKey(uint32(i))), false
	}
	n := rt.arrayIterLength(t, o.v0)
	if i >= n {
		o.v0 = Undefined
		return Undefined, true
	}
	o.aux++
	return rt.Get(o.v0, idxKey(uint32(i))), false
}

// Generator objects (§27.5) and the function prototypes of the generator
// and async kinds (§27.3, §27.7).
func (r *Realm) initGenerator() {
	rt := r.rt
	r.GeneratorFunctionPrototype = r.NewProto(r.FunctionPrototype)
	r.GeneratorPrototype = r.NewProto(r.IteratorPrototype)
	rt.defineData(r.GeneratorFunctionPrototype, rt.atPrototype, r.GeneratorPrototype, attrConfigurable)
	rt.defineData(r.GeneratorPrototype, rt.atConstructor, r.GeneratorFunctionPrototype, attrConfigurable)
	rt.defineData(r.GeneratorPrototype, rt.wellKnown.toStringTag, rt.atom("Generator"), attrConfigurable)
	rt.defineData(r.GeneratorFunctionPrototype, rt.wellKnown.toStringTag, rt.atom("GeneratorFunction"), attrConfigurable)
	r.generatorNext = r.MethodFn(r.GeneratorPrototype, "next", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.resumeGenerator(this, 0, Arg(args, 0), "next")
	})
	r.Method(r.GeneratorPrototype, "return", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.resumeGenerator(this, 2, Arg(args, 0), "return")
	})
	r.Method(r.GeneratorPrototype, "throw", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.resumeGenerator(this, 1, Arg(args, 0), "throw")
	})
	gf := rt.NewNativeConstructor("GeneratorFunction", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.createDynamicFunction(args, "function*")
	})
	rt.obj(gf).proto = r.Function
	rt.defineData(gf, rt.atPrototype, r.GeneratorFunctionPrototype, 0)
	rt.defineData(r.GeneratorFunctionPrototype, rt.atConstructor, gf, attrConfigurable)

	r.AsyncFunctionPrototype = r.NewProto(r.FunctionPrototype)
	rt.defineData(r.AsyncFunctionPrototype, rt.wellKnown.toStringTag, rt.atom("AsyncFunction"), attrConfigurable)
	af := rt.NewNativeConstructor("AsyncFunction", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.createDynamicFunction(args, "async function")
	})
	rt.obj(af).proto = r.Function
	rt.defineData(af, rt.atPrototype, r.AsyncFunctionPrototype, 0)
	rt.defineData(r.AsyncFunctionPrototype, rt.atConstructor, af, attrConfigurable)

	r.AsyncGeneratorFunctionPrototype = r.NewProto(r.FunctionPrototype)
	r.AsyncGeneratorPrototype = r.NewProto(r.AsyncIteratorPrototype)
	rt.defineData(r.AsyncGeneratorFunctionPrototype, rt.atPrototype, r.AsyncGeneratorPrototype, attrConfigurable)
	rt.defineData(r.AsyncGeneratorPrototype, rt.atConstructor, r.AsyncGeneratorFunctionPrototype, attrConfigurable)
	rt.defineData(r.AsyncGeneratorPrototype, rt.wellKnown.toStringTag, rt.atom("AsyncGenerator"), attrConfigurable)
	rt.defineData(r.AsyncGeneratorFunctionPrototype, rt.wellKnown.toStringTag, rt.atom("AsyncGeneratorFunction"), attrConfigurable)
	r.Method(r.AsyncGeneratorPrototype, "next", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.asyncGenEnqueue(this, 0, Arg(args, 0), "next")
	})
	r.Method(r.AsyncGeneratorPrototype, "return", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.asyncGenEnqueue(this, 2, Arg(args, 0), "return")
	})
	r.Method(r.AsyncGeneratorPrototype, "throw", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.asyncGenEnqueue(this, 1, Arg(args, 0), "throw")
	})
	agf := rt.NewNativeConstructor("AsyncGeneratorFunction", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.createDynamicFunction(args, "async function*")
	})
	rt.obj(agf).proto = r.Function
	rt.defineData(agf, rt.atPrototype, r.AsyncGeneratorFunctionPrototype, 0)
	rt.defineData(r.AsyncGeneratorFunctionPrototype, rt.atConstructor, agf, attrConfigurable)
}

// getAsyncIteratorFor is GetIterator(obj, async) (§7.4.3), wrapping a
// sync iterator with CreateAsyncFromSyncIterator when needed; site, a
// for-await's (the zero site for yield*), picks the wording of the TypeError as V8's: the method read on a
// nullish value fails as a property read, and a value with neither method
// callable "is not async iterable", named by the operand's source text.
func (rt *Runtime) getAsyncIteratorFor(v Value, site operandSite) (Value, Value) {
	if v.IsNullish() {
		rt.throwTypeError("Cannot read properties of %s (reading 'Symbol(Symbol.asyncIterator)')", rt.typeName(v))
	}
	notIterable := func() {
		if text := rt.operandText(site); text != "" {
			rt.throwTypeError("%s", v8NotAsyncIterable(text))
		}
	}
	m := rt.Get(v, rt.wellKnown.asyncIterator)
	if !m.IsNullish() && !rt.isCallable(m) {
		notIterable()
		rt.throwTypeError("%s is not a function", rt.typedValueName(m))
	}
	if m.IsNullish() {
		// The sync method, read once (GetIteratorFromMethod).
		s := rt.Get(v, rt.wellKnown.iterator)
		if !rt.isCallable(s) {
			notIterable()
			rt.throwTypeError("%s is not iterable (cannot read property Symbol(Symbol.iterator))", rt.typedValueName(v))
		}
		it := rt.Call(s, v)
		if !it.IsObject() {
			rt.throwTypeError("Result of the Symbol.iterator method is not an object")
		}
		return rt.asyncFromSyncIterator(it, rt.Get(it, rt.atNext))
	}
	it := rt.Call(m, v)
	if !it.IsObject() {
		rt.throwTypeError("Result of the Symbol.asyncIterator method is not an object")
	}
	return it, rt.Get(it, rt.atNext)
}

// asyncFromSyncIterator wraps a sync iterator so that next/return/throw
// return promises of iterator results whose values are awaited.
func (rt *Runtime) asyncFromSyncIterator(it, next Value) (Value, Value) {
	w, o := rt.newObjectCell(ClassObject, rt.realm.AsyncIteratorPrototype)
	o.v0, o.v1 = it, next
	wrap := func(method string) Value {
		f := rt.NewNativeFunction(method, 1, func(rt *Runtime, this Value, args []Value) Value {
			self := rt.obj(rt.obj(rt.curCallee).v0)
			p, res, rej := rt.newPromiseCapability()
			exc := rt.Try(func() {
				var r Value
				switch method {
				case "next":
					r = rt.callValue(self.v1, self.v0, args, Undefined)
				default:
					m := rt.getMethodOrUndef(self.v0, rt.atom(method))
					if m == Undefined {
						if method == "return" {
							rt.Call(res, Undefined, rt.iterResult(Arg(args, 0), true))
							return
						}
						// The sync iterator is closed first; an error from
						// closing it rejects instead (§27.1.6.2.3 step 7).
						rt.iteratorClose(self.v0)
						rt.throwTypeError("The iterator does not provide a 'throw' method.")
					}
					r = rt.callValue(m, self.v0, args, Undefined)
				}
				if !r.IsObject() {
					rt.throwTypeError("Iterator result %s is not an object", rt.inspectShort(r))
				}
				done := rt.ToBoolean(rt.Get(r, rt.atDone))
				val := rt.Get(r, rt.atValue)
				// AsyncFromSyncIteratorContinuation (§27.1.6.4): a value
				// that cannot be resolved, or rejects, rejects the result
				// at once, closing the sync iterator first unless this is
				// return() or the last result.
				iter := self.v0
				closeOnRejection := method != "return" && !done
				if e := rt.Try(func() { val = rt.promiseResolve(rt.realm.Promise, val) }); e != nil {
					if closeOnRejection {
						rt.iteratorCloseQuiet(iter)
					}
					rt.Throw(e.Value)
				}
				// The callback's captures stay reachable through keep.
				keep := rt.NewArray([]Value{p, res, rej, iter})
				rt.thenValue(val, func(v Value, rejected bool) {
					if rejected {
						if closeOnRejection {
							rt.iteratorCloseQuiet(iter)
						}
						rt.Call(rej, Undefined, v)
					} else {
						rt.Call(res, Undefined, rt.iterResult(v, done))
					}
				}, keep)
			})
			if exc != nil {
				rt.Call(rej, Undefined, exc.Value)
			}
			return p
		})
		rt.obj(f).v0 = w
		return f
	}
	n := wrap("next")
	rt.defineData(w, rt.atom("next"), n, attrWritable|attrConfigurable)
	rt.defineData(w, rt.atom("return"), wrap("return"), attrWritable|attrConfigurable)
	rt.defineData(w, rt.atom("throw"), wrap("throw"), attrWritable|attrConfigurable)
	return w, n
}
