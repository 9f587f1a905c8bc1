package vm

import (
	"slices"
	"sort"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// Iteration protocol helpers (§7.4) and for-in enumeration (§14.7.5.9).

// getIterator is GetIterator(obj, sync) for built-ins (new Map(x),
// Promise.all(x), yield*): the iterator and its next method. V8 words their
// failure by the value's type, as no source text names the operand.
func (rt *Runtime) getIterator(v Value) (Value, Value) {
	return rt.getIteratorFor(v, operandSite{})
}

// operandSite is the instruction of a for-of or spread whose operand's
// source text words the TypeError of a value that is not iterable; the zero
// site has none (built-ins, yield*, an operand V8 does not print). The text
// is looked up only for that error: every spread looked it up before.
type operandSite struct {
	code *bytecode.Function
	pc   int // the frame's pc while the instruction runs
}

// getIteratorFor is GetIterator(obj, sync); site picks the wording of the
// TypeError.
func (rt *Runtime) getIteratorFor(v Value, site operandSite) (Value, Value) {
	m := Undefined
	if !v.IsNullish() {
		m = rt.Get(v, rt.wellKnown.iterator)
	}
	if !rt.isCallable(m) {
		// GetMethod throws for a method that is not callable; V8 reports
		// that and a missing one alike.
		if text := rt.operandText(site); text != "" {
			rt.throwTypeError("%s", v8NotIterable(text, v))
		}
		rt.throwTypeError("%s is not iterable (cannot read property Symbol(Symbol.iterator))", rt.typedValueName(v))
	}
	it := rt.Call(m, v)
	if !it.IsObject() {
		rt.throwTypeError("Result of the Symbol.iterator method is not an object")
	}
	return it, rt.Get(it, rt.atNext)
}

// operandText is the source text the compiler recorded for the operand of
// site's instruction (see compiler iterableRange), or "".
func (rt *Runtime) operandText(site operandSite) string {
	code := site.code
	if code == nil {
		return ""
	}
	at := site.pc - 1
	callees := code.CalleeTable()
	i := sort.Search(len(callees), func(i int) bool { return callees[i].PC >= at-1 })
	for ; i < len(callees) && callees[i].PC <= at; i++ {
		c := callees[i]
		if c.PC != at && bytecode.Opcode(code.Code[c.PC]) != bytecode.OpWide {
			continue
		}
		if p := code.Program; p != nil && c.Start <= c.End && int(c.End) <= len(p.Source) {
			return p.Source[c.Start:c.End]
		}
	}
	return ""
}

// typedValueName renders a value as V8 does where no source text is at
// hand: its type, followed by the value itself for numbers, booleans and
// null, quoted for strings ("number 5", "object null", `string "a"`,
// "function").
func (rt *Runtime) typedValueName(v Value) string {
	switch {
	case v == Undefined:
		return "undefined"
	case v == Null:
		return "object null"
	case v.IsNumber(), v.Tag() == gc.TagBool:
		return rt.typeofString(v) + " " + rt.ToGoString(v)
	case v.IsString():
		return "string \"" + rt.GoString(v) + "\""
	}
	return rt.typeofString(v)
}

// getMethodOrUndef is GetMethod that tolerates primitives.
func (rt *Runtime) getMethodOrUndef(v Value, key PropKey) Value {
	if v.IsNullish() {
		return Undefined
	}
	f := rt.Get(v, key)
	if f.IsNullish() {
		return Undefined
	}
	if !rt.isCallable(f) {
		rt.throwTypeError("%s is not a function", rt.typedValueName(f))
	}
	return f
}

// iterStep calls next and unpacks the result.
func (rt *Runtime) iterStep(it, next Value) (Value, bool) {
	// Fast path: the built-in array iterator over an unmodified array.
	if next == rt.realm.arrayIterNext && it.IsObject() {
		o := rt.obj(it)
		if o.class == ClassArrayIter && o.v1 == gc.Int(1) {
			return rt.arrayIterStep(o)
		}
	}
	if next == rt.realm.generatorNext {
		if g := rt.generatorData(it); g != nil && !g.asyncGen {
			v, done, delegated := rt.generatorStep(next, it, g, Undefined)
			if delegated {
				return rt.iterResultStep(v)
			}
			return v, done
		}
	}
	return rt.iterResultStep(rt.Call(next, it))
}

// iterResultStep reads the value and done of an iterator result r.
func (rt *Runtime) iterResultStep(r Value) (Value, bool) {
	if !r.IsObject() {
		rt.throwTypeError("Iterator result %s is not an object", rt.inspectShort(r))
	}
	if s, ok := rt.plainIterResult(r); ok {
		if rt.ToBoolean(s[1]) {
			return Undefined, true
		}
		return s[0], false
	}
	if rt.ToBoolean(rt.Get(r, rt.atDone)) {
		return Undefined, true
	}
	return rt.Get(r, rt.atValue), false
}

// iterValueDone is IterValueDone: it reads the done of an iterator result
// object r and then, as when says (bytecode.ValueAlways, ValueIfDone,
// ValueUnlessDone), its value; a value not read is undefined.
func (rt *Runtime) iterValueDone(r Value, when int) (v, done Value) {
	if s, ok := rt.plainIterResult(r); ok {
		return s[0], gc.Bool(rt.ToBoolean(s[1]))
	}
	d := rt.ToBoolean(rt.Get(r, rt.atDone))
	if when == bytecode.ValueAlways || (when == bytecode.ValueIfDone) == d {
		return rt.Get(r, rt.atValue), gc.Bool(d)
	}
	return Undefined, gc.Bool(d)
}

// plainIterResult returns the value and done slots of an ordinary object
// whose only properties are the data properties value and done, in that
// order: what iterResult makes and what `return { value, done }` makes.
// Reading them is what Get would do, without two shape lookups per step
// of a generator or an iterator written in JavaScript.
func (rt *Runtime) plainIterResult(r Value) ([]Value, bool) {
	o := rt.obj(r)
	if o.shape != rt.iterResultShape.id || o.class != ClassObject {
		return nil, false
	}
	return rt.vals(o.slots), true
}

// iteratorClose calls return() on a normal completion (§7.4.8).
func (rt *Runtime) iteratorClose(rec Value) {
	ret := rt.getMethodOrUndef(rec, rt.atReturn)
	if ret == Undefined {
		return
	}
	r := rt.Call(ret, rec)
	if !r.IsObject() {
		rt.throwTypeError("Iterator result %s is not an object", rt.inspectShort(r))
	}
}

// iteratorCloseQuiet calls return() on a throw completion, ignoring errors.
func (rt *Runtime) iteratorCloseQuiet(rec Value) {
	rt.Try(func() {
		ret := rt.getMethodOrUndef(rec, rt.atReturn)
		if ret != Undefined {
			rt.Call(ret, rec)
		}
	})
}

// Iterate calls f for each value of an iterable, closing the iterator if f
// returns false or throws.
func (rt *Runtime) Iterate(iterable Value, f func(v Value) bool) {
	rt.iterate(iterable, operandSite{}, f)
}

// iterate is Iterate; site words the TypeError of a value that is not
// iterable (see getIteratorFor).
func (rt *Runtime) iterate(iterable Value, site operandSite, f func(v Value) bool) {
	if iterable.IsObject() {
		o := rt.obj(iterable)
		if o.class == ClassArray && rt.arrayIterIsPristine(iterable) {
			for i := 0; i < int(o.aux); i++ {
				var v Value = Undefined
				if i < int(o.elems.n) && rt.vals(o.elems)[i] != Empty {
					v = rt.vals(o.elems)[i]
				} else {
					v = rt.Get(iterable, idxKey(uint32(i)))
				}
				if !f(v) {
					return
				}
				o = rt.obj(iterable)
			}
			return
		}
	}
	it, next := rt.getIteratorFor(iterable, site)
	rt.Keep(it)
	rt.Keep(next)
	for {
		v, done := rt.iterStep(it, next)
		if done {
			return
		}
		cont := true
		if exc := rt.Try(func() { cont = f(v) }); exc != nil {
			rt.iteratorCloseQuiet(it)
			panic(exc)
		}
		if !cont {
			rt.iteratorClose(it)
			return
		}
	}
}

// arrayIterIsPristine reports whether iterating arr with the iterator
// protocol is unobservable: arr has no own @@iterator, and
// Array.prototype[@@iterator] and %ArrayIteratorPrototype%.next are the
// originals.
func (rt *Runtime) arrayIterIsPristine(arr Value) bool {
	o := rt.obj(arr)
	if o.proto != rt.realm.ArrayPrototype || rt.shp(o).hasSym {
		return false
	}
	// Every spread, for-of and Array.from over an array asks, so the slots
	// are remembered by shape: a shared shape never changes its keys, and
	// the values are compared each time anyway.
	pc := &rt.realm.pristine
	ap := rt.obj(rt.realm.ArrayPrototype)
	if aps := rt.shp(ap); aps.dict || ap.shape != pc.apShape {
		pc.apShape, pc.apSlot = ap.shape, aps.lookup(rt.wellKnown.iterator)
	}
	if pc.apSlot < 0 || rt.vals(ap.slots)[pc.apSlot] != rt.realm.arrayValues {
		return false
	}
	ip := rt.obj(rt.realm.ArrayIteratorPrototype)
	if ips := rt.shp(ip); ips.dict || ip.shape != pc.ipShape {
		pc.ipShape, pc.ipSlot = ip.shape, ips.lookup(rt.atNext)
	}
	return pc.ipSlot >= 0 && rt.vals(ip.slots)[pc.ipSlot] == rt.realm.arrayIterNext
}

// A for-of loop or an array pattern over an array whose iteration is
// unobservable (arrayIterIsPristine) keeps no iterator object: its record
// holds the array and, where the next method would be, directIter(i), i the
// index the iterator reads next; the array is Undefined once the iterator is
// done. No JavaScript can see such a record, as GetIter makes one only for
// syntax (operand c 0), whose record the compiler hands to IterNext,
// IterClose and IterCloseQuiet alone. Each step is the built-in next's own
// (arrayIterStep), so holes, getters, a length that changes and closing
// happen as with the iterator; the iterator object is made only for a
// return method somebody put on its prototype chain.
//
// directIter is a Value of tag Empty: Get never gives one, so it stands for
// no next method a record can hold.
func directIter(i uint32) Value { return gc.Empty | Value(i) }

// isDirectIter reports whether next is a direct record's (see directIter).
func isDirectIter(next Value) bool { return next.Tag() == gc.TagEmpty }

// getIteratorDirect is GetIter: the record of v, direct (see directIter)
// when the compiler says no code sees it and v is an array whose iteration
// nothing observes.
func (rt *Runtime) getIteratorDirect(v Value, site operandSite) (Value, Value) {
	if v.IsObject() && rt.obj(v).class == ClassArray && rt.arrayIterIsPristine(v) {
		return v, directIter(0)
	}
	return rt.getIteratorFor(v, site)
}

// directIterStep is IteratorStepValue of a direct record: the value of
// arr's element i, or done once i reaches its length. A record that is not
// an array's (only bytecode no compiler made can have one) is done.
func (rt *Runtime) directIterStep(arr Value, i uint32) (Value, bool) {
	if !arr.IsObject() {
		return Undefined, true
	}
	t := rt.obj(arr)
	if t.class != ClassArray || int64(i) >= int64(t.aux) {
		return Undefined, true
	}
	if int(i) < int(t.elems.n) && t.flags&objSlowElems == 0 {
		if v := rt.vals(t.elems)[i]; v != Empty {
			return v, false
		}
	}
	return rt.Get(arr, idxKey(i)), false
}

// directIterNeedsClose tells whether closing the direct record rec (the
// two registers) can do anything. An array iterator has a return method
// only if a program gave its prototype chain one: then rec becomes the
// record of an iterator made in the state rec stands for, which the caller
// closes as any other, its registers keeping it alive meanwhile.
func (rt *Runtime) directIterNeedsClose(rec []Value) bool {
	if rt.arrayIterHasNoReturn() {
		return false
	}
	it := rt.NewArrayIterator(rec[0], 1)
	rt.obj(it).aux = uint32(rec[1])
	rec[0], rec[1] = it, rt.realm.arrayIterNext
	return true
}

// arrayIterHasNoReturn reports whether "return" is missing from
// %ArrayIteratorPrototype% and its prototypes, all ordinary objects: then
// looking it up on an array iterator runs no code and finds nothing. The
// answer is remembered with the three shapes it was found for, as a shape's
// keys never change (a dictionary's do, so it is looked up each time).
func (rt *Runtime) arrayIterHasNoReturn() bool {
	r := rt.realm
	aip := rt.obj(r.ArrayIteratorPrototype)
	ip := rt.obj(r.IteratorPrototype)
	op := rt.obj(r.ObjectPrototype)
	if aip.proto != r.IteratorPrototype || ip.proto != r.ObjectPrototype || op.proto != Null {
		return false
	}
	pc := &r.pristine
	if pc.noReturn && aip.shape == pc.noReturnShapes[0] && ip.shape == pc.noReturnShapes[1] && op.shape == pc.noReturnShapes[2] {
		return true
	}
	shapes := [3]*Shape{rt.shp(aip), rt.shp(ip), rt.shp(op)}
	for _, s := range shapes {
		if s.lookup(rt.atReturn) >= 0 {
			return false
		}
	}
	pc.noReturn = !shapes[0].dict && !shapes[1].dict && !shapes[2].dict
	pc.noReturnShapes = [3]uint32{aip.shape, ip.shape, op.shape}
	return true
}

// arraySpread appends the values of iterable to array arr (spread syntax).
func (rt *Runtime) arraySpread(arr, iterable Value, site operandSite) {
	rt.iterate(iterable, site, func(v Value) bool {
		o := rt.obj(arr)
		rt.push(&o.elems, v)
		o.aux++
		return true
	})
}

// arrayValues returns the elements of an array (holes read as undefined).
func (rt *Runtime) arrayValues(arr Value) []Value {
	o := rt.obj(arr)
	n := int(o.aux)
	if o.class == ClassArray && o.flags&objSlowElems == 0 && int(o.elems.n) == n {
		out := make([]Value, n)
		copy(out, rt.vals(o.elems))
		for i, v := range out {
			// A hole reads through the prototype chain, which may run a
			// getter; the copy above keeps that from disturbing the loop.
			if v == Empty {
				out[i] = rt.Get(arr, idxKey(uint32(i)))
			}
		}
		return out
	}
	n64 := rt.ToLength(rt.Get(arr, rt.atLength))
	out := make([]Value, 0, n64)
	for i := int64(0); i < n64; i++ {
		out = append(out, rt.Get(arr, idxKey(uint32(i))))
	}
	return out
}

// iterResult is CreateIterResultObject.
func (rt *Runtime) iterResult(v Value, done bool) Value {
	obj, o := rt.newObjectCell(ClassObject, rt.realm.ObjectPrototype)
	o.shape = rt.iterResultShape.id
	rt.setVals(&o.slots, []Value{v, gc.Bool(done)})
	return obj
}

// forInData is the state of a for-in enumeration: the keys collected up
// front from the object and its prototypes (§14.7.5.9 leaves the order of
// prototype keys to the implementation; V8 visits own keys first), each
// re-checked before it is produced so deleted keys are skipped.
//
// keys[:own] are the object's own keys, taken when its shape was shape:
// while it keeps that shape (a shared one, which never changes), none of
// them has been deleted and they need no check.
type forInData struct {
	keys  []Value
	obj   Value
	own   int
	shape uint32
	i     int
}

func (d *forInData) trace(m *gc.Marker) {
	m.MarkAll(d.keys)
	m.Mark(d.obj)
}

func (rt *Runtime) forInIterator(v Value) Value {
	it, o := rt.newObjectCell(ClassForIn, Null)
	d := &forInData{obj: Undefined}
	rt.setHost(o, d)
	if v.IsNullish() {
		return it
	}
	obj := rt.ToObject(v)
	d.obj = obj
	if rt.forInOrdinaryKeys(d) {
		return it
	}
	seen := map[Value]bool{}
	for cur := obj; cur != Null; cur = rt.getPrototypeOf(cur) {
		for _, k := range rt.ownKeys(cur) {
			if k.IsSymbol() {
				continue
			}
			kv := k
			if k.IsString() {
				kv = rt.toAtom(k)
			}
			if seen[kv] {
				continue
			}
			seen[kv] = true
			desc, ok := rt.getOwnProperty(cur, k)
			if !ok || desc.Attrs&attrEnumerable == 0 {
				continue
			}
			d.keys = append(d.keys, k)
		}
	}
	return it
}

// forInOrdinaryKeys collects d.obj's keys when it and all its prototypes
// are forInOrdinary, without the general walk's set of visited keys and
// per-key descriptor lookups (12% of a Next.js build went there): each
// object's enumerable keys come from its elements and its shape's enum
// cache, a prototype's key is dropped when an object before it on the
// chain has it as an own key, and a prototype without enumerable
// properties (Object.prototype, most class prototypes) costs nothing. It
// reports false, doing nothing, for any other chain.
func (rt *Runtime) forInOrdinaryKeys(d *forInData) bool {
	o := rt.obj(d.obj)
	for p := o; ; p = rt.obj(p.proto) {
		if !forInOrdinary(p) {
			return false
		}
		if p.proto == Null {
			break
		}
	}
	keys := rt.enumOwnKeys(o)
	d.keys, d.own, d.shape = keys, len(keys), o.shape
	var inherited []Value
	for p := o.proto; p != Null; p = rt.obj(p).proto {
		po := rt.obj(p)
		if !rt.hasEnumerable(po) {
			continue
		}
		for _, k := range rt.enumOwnKeys(po) {
			if !rt.forInShadowed(d.obj, p, k) {
				inherited = append(inherited, k)
			}
		}
	}
	if inherited != nil {
		d.keys = append(append(make([]Value, 0, len(keys)+len(inherited)), keys...), inherited...)
	}
	return true
}

// enumOwnKeys returns a forInOrdinary object's enumerable own keys other
// than symbols, in [[OwnPropertyKeys]] order. The result may be the
// shape's enum cache: callers must not change it.
func (rt *Runtime) enumOwnKeys(o *Object) []Value {
	s := rt.shp(o)
	named := s.enumKeys()
	var keys []Value
	if o.flags&objSlowElems != 0 {
		if s.enumIndex {
			var idx []uint32
			for j, k := range s.keys {
				if i, ok := indexKey(k); ok && s.attrs[j]&attrEnumerable != 0 {
					idx = append(idx, i)
				}
			}
			sortUint32(idx)
			for _, i := range idx {
				keys = append(keys, idxKey(i))
			}
		}
	} else {
		for i, v := range rt.vals(o.elems) {
			if v != Empty {
				keys = append(keys, idxKey(uint32(i)))
			}
		}
	}
	if keys == nil {
		// A shared shape never changes, and a dictionary shape's list is
		// made afresh each time: either can be the key list itself.
		return named
	}
	return append(keys, named...)
}

// forInShadowed reports whether an object on obj's chain before holder has
// key as an own property, enumerable or not, so that holder's key is not
// visited (§14.7.5.9: a property of a prototype is not processed if it has
// the same name as a property that has already been processed).
func (rt *Runtime) forInShadowed(obj, holder Value, key PropKey) bool {
	for v := obj; v != holder; v = rt.obj(v).proto {
		o := rt.obj(v)
		if i, ok := indexKey(key); ok && o.flags&objSlowElems == 0 {
			if int(i) < int(o.elems.n) && rt.vals(o.elems)[i] != Empty {
				return true
			}
			continue
		}
		if rt.shp(o).lookup(key) >= 0 ||
			key == rt.atLength && o.class == ClassArray ||
			key == rt.atPrototype && o.flags&objLazyProto != 0 {
			return true
		}
	}
	return false
}

// forInOrdinary reports whether o's own keys are its elements (or its
// shape's index keys) and its shape's keys, found without running code:
// not a proxy, and none of the exotic objects whose indexed or named
// properties live elsewhere (an array's length and a function's prototype
// made on first use are never enumerable, and forInShadowed knows them).
func forInOrdinary(o *Object) bool {
	switch o.class {
	case ClassProxy, ClassNamespace, ClassString, ClassTypedArray, ClassArguments:
		return false
	}
	return true
}

// hasEnumerable reports whether a forInOrdinary object has an enumerable
// property other than a symbol.
func (rt *Runtime) hasEnumerable(o *Object) bool {
	s := rt.shp(o)
	if s.dict {
		// Scanned rather than listed: a big prototype is a dictionary.
		for i, k := range s.keys {
			if s.attrs[i]&attrEnumerable != 0 && !k.IsSymbol() {
				return true
			}
		}
	} else if len(s.enumKeys()) > 0 || s.enumIndex {
		return true
	}
	if o.flags&objSlowElems == 0 {
		for _, v := range rt.vals(o.elems) {
			if v != Empty {
				return true
			}
		}
	}
	return false
}

func (rt *Runtime) forInNext(it Value) (Value, bool) {
	d := rt.hostOf(rt.obj(it)).(*forInData)
	for d.i < len(d.keys) {
		k := d.keys[d.i]
		d.i++
		if d.i <= d.own {
			if o := rt.obj(d.obj); o.shape == d.shape && !rt.shapes[o.shape].dict {
				return rt.keyToValue(k), true
			}
		}
		if !rt.hasProperty(d.obj, k) {
			continue
		}
		return rt.keyToValue(k), true
	}
	return Undefined, false
}

// templateObject is GetTemplateObject (§13.2.8.4), cached per site.
func (rt *Runtime) templateObject(fr *frame, k int) Value {
	// The cache is made on the code's first template: most code has none.
	if fr.cs.templates == nil {
		fr.cs.templates = make([]Value, len(fr.code.Consts))
		for i := range fr.cs.templates {
			fr.cs.templates[i] = Undefined
		}
	}
	if t := fr.cs.templates[k]; t != Undefined {
		return t
	}
	c := &fr.code.Consts[k]
	cooked := make([]Value, len(c.Raw))
	raw := make([]Value, len(c.Raw))
	for i := range c.Raw {
		if c.Invalid[i] {
			cooked[i] = Undefined
		} else {
			cooked[i] = rt.NewString(c.Cooked[i])
		}
		raw[i] = rt.NewString(c.Raw[i])
	}
	rawArr := rt.NewArray(raw)
	rt.freeze(rawArr)
	tmpl := rt.NewArray(cooked)
	rt.defineOwnProperty(tmpl, rt.atom("raw"), dataDesc(rawArr, 0), true)
	rt.freeze(tmpl)
	fr.cs.templates[k] = tmpl
	return tmpl
}

// freeze is SetIntegrityLevel(frozen).
func (rt *Runtime) freeze(v Value) {
	rt.setIntegrity(v, true)
}

// setIntegrityLevel is §7.3.16.
func (rt *Runtime) setIntegrity(v Value, frozen bool) bool {
	if !rt.preventExtensions(v) {
		return false
	}
	for _, k := range rt.ownKeys(v) {
		d, ok := rt.getOwnProperty(v, k)
		if !ok {
			continue
		}
		nd := PropDesc{Has: hasConfigurable}
		if frozen && d.Attrs&attrAccessor == 0 {
			nd.Has |= hasWritable
		}
		rt.defineOwnProperty(v, k, nd, true)
	}
	return true
}

// restArray is the Rest opcode: the arguments from index n on.
func (rt *Runtime) restArray(fr *frame, n int) Value {
	if fr.cs.restAtEntry && fr.argsObj != Undefined {
		// Made by the call (pushFrame).
		arr := fr.argsObj
		fr.argsObj = Undefined
		return arr
	}
	// The elements go straight into the array's storage: gathering them in
	// a Go slice first cost an allocation (and its growth) per call.
	arr, o := rt.newObjectCell(ClassArray, rt.realm.ArrayPrototype)
	np := fr.code.NParams
	if k := fr.argc - n; k > 0 {
		rt.grow(&o.elems, k)
	}
	for i := n; i < fr.argc; i++ {
		if i < np {
			rt.push(&o.elems, rt.stack[fr.base+1+i])
		} else {
			rt.push(&o.elems, fr.extraArgs[i-np])
		}
	}
	o.aux = o.elems.n
	return arr
}

// arrayOf makes an array of vals, copied.
func (rt *Runtime) arrayOf(vals []Value) Value {
	arr, o := rt.newObjectCell(ClassArray, rt.realm.ArrayPrototype)
	rt.grow(&o.elems, len(vals))
	for _, v := range vals {
		rt.push(&o.elems, v)
	}
	o.aux = o.elems.n
	return arr
}

// spreadArgs returns the elements of arr, the array a spread call's
// arguments were gathered into, as the call's argument list. A dense array
// without holes is copied onto the register stack above rt.sp, which it
// moves past them, as Call places its arguments (a Go slice per spread call
// was its largest cost after the call itself); the caller resets rt.sp.
func (rt *Runtime) spreadArgs(arr Value) []Value {
	o := rt.obj(arr)
	n, base := int(o.aux), rt.sp
	if o.class == ClassArray && o.flags&objSlowElems == 0 && int(o.elems.n) == n && base+n <= len(rt.stack) {
		vals := rt.vals(o.elems)
		if !slices.Contains(vals, Empty) {
			copy(rt.stack[base:], vals)
			rt.sp = base + n
			rt.raiseStackHigh(rt.sp)
			return rt.stack[base : base+n : base+n]
		}
	}
	return rt.arrayValues(arr)
}
