package vm

import (
	"slices"
	"strconv"
	"unsafe"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/regex"
)

// The RegExp constructor, RegExp.prototype and
// %RegExpStringIteratorPrototype% (ECMA-262 §22.2.4-22.2.9, Annex B.2.4).
//
// The algorithms are written as the spec has them, talking to the RegExp
// object through Get, Set and RegExpExec, so that subclasses and patched
// methods see every step. Beside them run fast paths for the common case
// of a pristine RegExp: an object made by the RegExp constructor or a
// literal, with no own property but lastIndex (a writable number), whose
// prototype is the realm's untouched %RegExp.prototype% and whose
// constructor's @@species is untouched. For such an object no step of
// @@replace, @@split, @@match, @@search or test is observable apart from
// lastIndex and the replacer's calls, so they match on the flat string
// directly, with no exec result arrays.
//
// "Untouched" is checked by comparing the prototype's and the
// constructor's shapes and property values with a copy taken when the
// realm was made; the copy sits in an internal object (Realm.regexpState),
// which also holds the legacy RegExp.$1-$9 state. The two shapes are
// watched (Shape.watched): every store of a value into either object moves
// rt.watchEpoch, so the values are compared again only after some store,
// and the answer is kept until the next one. Every replace, split or match
// with a regular expression asks, and comparing the forty-odd values each
// time cost 17% of a loop of replace(/x/g, ...) calls.

// regexpState is the host of that internal object, whose elems hold the
// original slot values of %RegExp.prototype% then of %RegExp%, v0 the
// original exec and v1 the legacy input string.
type regexpState struct {
	protoShape, ctorShape *Shape
	nProto                int
	// epoch is the rt.watchEpoch at which the values were last compared,
	// and unchanged what that found.
	epoch     uint32
	unchanged bool
	lastCaps  []int // the legacy statics' last successful match
}

func (r *Realm) initRegExp() {
	rt := r.rt
	rp := r.RegExpPrototype
	// §22.2.4.1 RegExp ( pattern, flags )
	r.RegExp = r.Ctor("RegExp", 2, func(rt *Runtime, _ Value, args []Value) Value {
		pattern, flags := Arg(args, 0), Arg(args, 1)
		patternIsRegExp := rt.isRegExp(pattern)
		nt := rt.NewTarget()
		if nt == Undefined {
			nt = rt.curCallee
			if patternIsRegExp && flags == Undefined {
				if c := rt.Get(pattern, rt.atConstructor); c == nt {
					return pattern
				}
			}
		}
		var p, f Value
		switch {
		case pattern.IsObject() && rt.obj(pattern).class == ClassRegExp:
			p = rt.obj(pattern).v0
			f = flags
			if f == Undefined {
				f = rt.obj(pattern).v1
			}
		case patternIsRegExp:
			p = rt.Get(pattern, rt.atom("source"))
			rt.Keep(p)
			f = flags
			if f == Undefined {
				f = rt.Get(pattern, rt.atom("flags"))
			}
		default:
			p, f = pattern, flags
		}
		rt.Keep(p)
		rt.Keep(f)
		re := rt.regExpAlloc(rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.made(initRegExp).RegExpPrototype }))
		rt.regExpInitialize(re, p, f)
		return re
	}, rp)
	r.GetterKey(r.RegExp, rt.wellKnown.species, "get [Symbol.species]", func(rt *Runtime, this Value, _ []Value) Value { return this })
	r.initRegExpLegacy()

	// §22.2.6.2 RegExp.prototype.exec ( string )
	exec := r.MethodFn(rp, "exec", 1, func(rt *Runtime, this Value, args []Value) Value {
		if !this.IsObject() || rt.obj(this).class != ClassRegExp {
			rt.throwTypeError("Method RegExp.prototype.exec called on incompatible receiver %s", rt.inspectShort(this))
		}
		return rt.regexpBuiltinExec(this, rt.ToString(Arg(args, 0)))
	})
	// §22.2.6.4 get RegExp.prototype.flags
	r.Getter(rp, "flags", func(rt *Runtime, this Value, _ []Value) Value {
		if !this.IsObject() {
			rt.throwTypeError("RegExp.prototype.flags getter called on non-object %s", rt.inspectShort(this))
		}
		var set regex.Flags
		for _, f := range regexpFlagGetters {
			if rt.ToBoolean(rt.Get(this, rt.atom(f.name))) {
				set |= f.flag
			}
		}
		var b []byte
		for i := range len(regexpFlagLetters) {
			for _, f := range regexpFlagGetters {
				if f.letter == regexpFlagLetters[i] && set&f.flag != 0 {
					b = append(b, f.letter)
				}
			}
		}
		return rt.NewString(string(b))
	})
	for _, f := range regexpFlagGetters {
		r.Getter(rp, f.name, func(rt *Runtime, this Value, _ []Value) Value {
			if this.IsObject() {
				if o := rt.obj(this); o.class == ClassRegExp {
					return gc.Bool(rt.regexpDataOf(this).flags&f.flag != 0)
				}
			}
			// %RegExp.prototype% is the getter's own realm's (§22.2.6.4.1 RegExpHasFlag step 3.a), not the
			// caller's: another realm's prototype is a TypeError like any other object.
			if this == rp {
				return Undefined
			}
			// Native calls do not switch realms, so the error is made in the getter's own realm explicitly
			// (test262 RegExp/prototype/*/cross-realm.js).
			rt.inRealm(r, func() { rt.throwTypeError("RegExp.prototype.%s getter called on non-RegExp object", f.name) })
			return Undefined
		})
	}
	// §22.2.6.13 get RegExp.prototype.source
	r.Getter(rp, "source", func(rt *Runtime, this Value, _ []Value) Value {
		if this.IsObject() {
			if o := rt.obj(this); o.class == ClassRegExp {
				return rt.escapeRegExpPattern(o.v0)
			}
		}
		if this == rp { // the getter's realm, as in RegExpHasFlag
			return rt.NewString("(?:)")
		}
		rt.inRealm(r, func() { rt.throwTypeError("RegExp.prototype.source getter called on non-RegExp object") })
		return Undefined
	})
	// Annex B §B.2.4.1 RegExp.prototype.compile ( pattern, flags )
	r.Method(rp, "compile", 2, func(rt *Runtime, this Value, args []Value) Value {
		if !this.IsObject() || rt.obj(this).class != ClassRegExp {
			rt.throwTypeError("Method RegExp.prototype.compile called on incompatible receiver %s", rt.inspectShort(this))
		}
		p, f := Arg(args, 0), Arg(args, 1)
		if p.IsObject() && rt.obj(p).class == ClassRegExp {
			if f != Undefined {
				rt.throwTypeError("Cannot supply flags when constructing one RegExp from another")
			}
			p, f = rt.obj(p).v0, rt.obj(p).v1
		}
		rt.regExpInitialize(this, p, f)
		return this
	})
	// §22.2.6.17 RegExp.prototype.toString ( )
	r.Method(rp, "toString", 0, func(rt *Runtime, this Value, _ []Value) Value {
		if !this.IsObject() {
			rt.throwTypeError("Method RegExp.prototype.toString called on incompatible receiver %s", rt.inspectShort(this))
		}
		var b strBuilder
		b.unit('/')
		b.str(rt, rt.ToString(rt.Get(this, rt.atom("source"))))
		b.unit('/')
		src := b.value(rt)
		return rt.concat(src, rt.ToString(rt.Get(this, rt.atom("flags"))))
	})
	// §22.2.6.16 RegExp.prototype.test ( S )
	r.Method(rp, "test", 1, func(rt *Runtime, this Value, args []Value) Value {
		if !this.IsObject() {
			rt.throwTypeError("Method RegExp.prototype.test called on incompatible receiver %s", rt.inspectShort(this))
		}
		s := rt.ToString(Arg(args, 0))
		if d := rt.regexpPristine(this); d != nil {
			caps := make([]int, 2*d.prog.NumCaptures())
			return gc.Bool(rt.regexpBuiltinMatch(this, s, caps) != nil)
		}
		return gc.Bool(rt.regexpExec(this, s) != Null)
	})
	r.MethodSym(rp, rt.wellKnown.match, "[Symbol.match]", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.regexpSymbolMatch(this, Arg(args, 0))
	})
	r.MethodSym(rp, rt.wellKnown.matchAll, "[Symbol.matchAll]", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.regexpSymbolMatchAll(this, Arg(args, 0))
	})
	r.MethodSym(rp, rt.wellKnown.replace, "[Symbol.replace]", 2, func(rt *Runtime, this Value, args []Value) Value {
		return rt.regexpSymbolReplace(this, Arg(args, 0), Arg(args, 1))
	})
	r.MethodSym(rp, rt.wellKnown.search, "[Symbol.search]", 1, func(rt *Runtime, this Value, args []Value) Value {
		return rt.regexpSymbolSearch(this, Arg(args, 0))
	})
	r.MethodSym(rp, rt.wellKnown.split, "[Symbol.split]", 2, func(rt *Runtime, this Value, args []Value) Value {
		return rt.regexpSymbolSplit(this, Arg(args, 0), Arg(args, 1))
	})

	// §22.2.9.2 %RegExpStringIteratorPrototype%
	r.RegExpStringIteratorPrototype = r.NewProto(r.IteratorPrototype)
	r.Method(r.RegExpStringIteratorPrototype, "next", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.regexpStringIterNext(this)
	})
	rt.defineData(r.RegExpStringIteratorPrototype, rt.wellKnown.toStringTag, rt.atom("RegExp String Iterator"), attrConfigurable)

	// The snapshot for the pristine check, taken once RegExp.prototype
	// has its properties (it is deferred, see deferred.go): nothing can
	// have changed it before then.
	rt.afterReify(rp, func() {
		st, so := rt.newObjectCell(ClassInternal, Null)
		po, co := rt.obj(rp), rt.obj(r.RegExp)
		coShape := rt.shp(co)
		rt.setVals(&so.elems, append(append([]Value(nil), rt.vals(po.slots)...), rt.vals(co.slots)...))
		protoShape := rt.shapes[po.shape]
		protoShape.watched, coShape.watched = true, true
		rt.setHost(so, &regexpState{protoShape: protoShape, ctorShape: coShape, nProto: int(po.slots.n), epoch: rt.watchEpoch, unchanged: true})
		so.v0, so.v1 = exec, rt.emptyString
		r.regexpState = st
	})
}

// regexpFlagGetters are the flag accessors in the order node's
// RegExp.prototype.flags reads them: §22.2.6.4's order except that V8
// reads sticky before unicodeSets, which a getter-logging object observes.
var regexpFlagGetters = []struct {
	name   string
	letter byte
	flag   regex.Flags
}{
	{"hasIndices", 'd', regex.FlagHasIndices},
	{"global", 'g', regex.FlagGlobal},
	{"ignoreCase", 'i', regex.FlagIgnoreCase},
	{"multiline", 'm', regex.FlagMultiline},
	{"dotAll", 's', regex.FlagDotAll},
	{"unicode", 'u', regex.FlagUnicode},
	{"sticky", 'y', regex.FlagSticky},
	{"unicodeSets", 'v', regex.FlagUnicodeSets},
}

// regexpFlagLetters is the order of the letters in the flags string
// (§22.2.6.4).
const regexpFlagLetters = "dgimsuvy"

func (rt *Runtime) regexpState() (*Object, *regexpState) {
	rt.shp(rt.obj(rt.realm.RegExpPrototype)) // takes the snapshot if not yet
	o := rt.obj(rt.realm.regexpState)
	return o, rt.hostOf(o).(*regexpState)
}

// regexpDataOf returns the matcher of a RegExp object.
func (rt *Runtime) regexpDataOf(rx Value) *regexpData {
	o := rt.obj(rx)
	d, _ := rt.hostOf(o).(*regexpData)
	if d == nil {
		rt.throwTypeError("RegExp object is not initialized")
	}
	rt.regexpCompile(o, d)
	return d
}

// regexpPristine returns rx's matcher when rx is a pristine RegExp (see
// the top of the file), else nil.
func (rt *Runtime) regexpPristine(rx Value) *regexpData {
	if !rx.IsObject() {
		return nil
	}
	o := rt.obj(rx)
	if o.class != ClassRegExp || o.proto != rt.realm.RegExpPrototype || len(rt.shp(o).keys) != 1 ||
		rt.shp(o).attrs[0]&(attrWritable|attrAccessor) != attrWritable || !rt.vals(o.slots)[0].IsNumber() {
		return nil
	}
	d, _ := rt.hostOf(o).(*regexpData)
	if d == nil {
		return nil
	}
	rt.regexpCompile(o, d)
	so, st := rt.regexpState()
	po, co := rt.obj(rt.realm.RegExpPrototype), rt.obj(rt.realm.RegExp)
	if rt.shp(po) != st.protoShape || rt.shp(co) != st.ctorShape {
		return nil
	}
	if st.epoch != rt.watchEpoch {
		st.epoch = rt.watchEpoch
		st.unchanged = slices.Equal(rt.vals(po.slots), rt.vals(so.elems)[:st.nProto]) &&
			slices.Equal(rt.vals(co.slots), rt.vals(so.elems)[st.nProto:])
	}
	if !st.unchanged {
		return nil
	}
	return d
}

// regexpMatch runs a program over a flat string from start.
func (rt *Runtime) regexpMatch(d *regexpData, s *String, start int, caps []int) bool {
	var ok bool
	var err error
	if s.flags&strWide == 0 {
		// The matcher only reads its input, so the Latin-1 bytes are
		// passed without a copy.
		ok, err = d.prog.MatchLatin1(unsafe.Slice(unsafe.StringData(s.lat), len(s.lat)), start, caps, rt.interrupt.Load)
	} else {
		ok, err = d.prog.Match(s.u16(), start, caps, rt.interrupt.Load)
	}
	if err == regex.ErrInterrupted {
		rt.interrupt.Store(false)
		panic(&Terminated{})
	}
	if err != nil {
		// Code generation runs at the first match; a failure there is a
		// bug in the regex package, reported rather than taken for "no match".
		rt.throwSyntaxError("%s", err)
	}
	return ok
}

// regexpBuiltinMatch is RegExpBuiltinExec (§22.2.7.2) up to the match:
// the lastIndex protocol and the matcher. It returns the capture offsets
// (in caps) or nil, and records the match for the legacy statics.
func (rt *Runtime) regexpBuiltinMatch(rx, s Value, caps []int) []int {
	lastIndex := rt.regexpLastIndex(rx)
	d := rt.regexpDataOf(rx)
	if len(caps) < 2*d.prog.NumCaptures() {
		caps = make([]int, 2*d.prog.NumCaptures())
	}
	globalOrSticky := d.flags&(regex.FlagGlobal|regex.FlagSticky) != 0
	if !globalOrSticky {
		lastIndex = 0
	}
	c := rt.flat(s)
	if lastIndex > int64(c.n) || !rt.regexpMatch(d, c, int(lastIndex), caps) {
		if globalOrSticky {
			rt.regexpPutLastIndex(rx, gc.Int(0))
		}
		return nil
	}
	if globalOrSticky {
		rt.regexpPutLastIndex(rx, gc.Int(caps[1]))
	}
	rt.regexpRecordLegacy(s, caps[:2*d.prog.NumCaptures()])
	return caps
}

// regexpLastIndex is ToLength(Get(rx, "lastIndex")) for a RegExp
// object, read from the slot when rx is still in the shape it was made
// with (lastIndex its only property, a writable data property).
func (rt *Runtime) regexpLastIndex(rx Value) int64 {
	if o := rt.obj(rx); rt.regexpShape != nil && o.shape == rt.regexpShape.id {
		if v := rt.vals(o.slots)[0]; v.IsNumber() {
			return rt.ToLength(v)
		}
	}
	return rt.ToLength(rt.Get(rx, rt.atom("lastIndex")))
}

// regexpBuiltinExec is RegExpBuiltinExec (§22.2.7.2). Its capture
// offsets are rt.regexpCaps: regexpBuiltinMatch runs no JavaScript once
// it has started matching (lastIndex is converted before, and set after
// as a writable data property of a RegExp object, which calls nothing or
// throws), nor does regexpResult.
func (rt *Runtime) regexpBuiltinExec(rx, s Value) Value {
	caps := rt.regexpBuiltinMatch(rx, s, rt.regexpCaps)
	if cap(caps) > cap(rt.regexpCaps) {
		rt.regexpCaps = caps
	}
	if caps == nil {
		return Null
	}
	return rt.regexpResult(rt.regexpDataOf(rx), s, caps)
}

// regexpResult builds exec's result array (§22.2.7.2 steps 20-35).
func (rt *Runtime) regexpResult(d *regexpData, s Value, caps []int) Value {
	// The captures go straight into the array's elements.
	n := d.prog.NumCaptures()
	a, o := rt.newObjectCell(ClassArray, rt.realm.ArrayPrototype)
	o.elems = vec{ref: rt.allocVals(n), n: uint32(n)}
	o.aux = uint32(n)
	for i := range n {
		v := Undefined
		if caps[2*i] >= 0 {
			v = rt.substring(s, caps[2*i], caps[2*i+1])
		}
		rt.arena.Put(o.elems.ref, i, v)
	}
	vals := rt.vals(o.elems)
	names := d.prog.GroupNames()
	groups := Undefined
	if names != nil {
		groups = rt.NewObjectProto(Null)
		for i, name := range names {
			if name != "" {
				rt.createDataProperty(groups, rt.keyFor(name), vals[i])
			}
		}
	}
	// A fresh array given index, input and groups by CreateDataProperty
	// always ends in the same shape: it is taken whole, as V8 does with
	// its JSRegExpResult map, rather than reached by three atom lookups
	// and shape transitions per match (14% of a tokenizer's time).
	if rt.regexpResultShape == nil {
		sh := rt.withKey(rt.rootShape, rt.atom("index"), attrDefault)
		sh = rt.withKey(sh, rt.atom("input"), attrDefault)
		rt.regexpResultShape = rt.withKey(sh, rt.atom("groups"), attrDefault)
	}
	o = rt.obj(a)
	o.shape = rt.regexpResultShape.id
	o.slots = vec{ref: rt.allocVals(3), n: 3}
	rt.arena.Put(o.slots.ref, 0, gc.Int(caps[0]))
	rt.arena.Put(o.slots.ref, 1, s)
	rt.arena.Put(o.slots.ref, 2, groups)
	if d.flags&regex.FlagHasIndices != 0 {
		// MakeMatchIndicesIndexPairArray (§22.2.7.8).
		pairs := make([]Value, n)
		for i := range pairs {
			pairs[i] = Undefined
			if caps[2*i] >= 0 {
				pairs[i] = rt.NewArray([]Value{gc.Int(caps[2*i]), gc.Int(caps[2*i+1])})
			}
		}
		indices := rt.NewArray(pairs)
		igroups := Undefined
		if names != nil {
			igroups = rt.NewObjectProto(Null)
			for i, name := range names {
				if name != "" {
					rt.createDataProperty(igroups, rt.keyFor(name), pairs[i])
				}
			}
		}
		rt.createDataProperty(indices, rt.atom("groups"), igroups)
		rt.createDataProperty(a, rt.atom("indices"), indices)
	}
	return a
}

// regexpExec is RegExpExec (§22.2.7.1).
func (rt *Runtime) regexpExec(rx, s Value) Value {
	exec := rt.Get(rx, rt.atom("exec"))
	if rt.isCallable(exec) {
		if so, _ := rt.regexpState(); exec == so.v0 && rt.obj(rx).class == ClassRegExp {
			return rt.regexpBuiltinExec(rx, s)
		}
		r := rt.Call(exec, rx, s)
		if !r.IsObject() && r != Null {
			rt.throwTypeError("RegExp exec method returned something other than an Object or null")
		}
		return r
	}
	if rt.obj(rx).class != ClassRegExp {
		rt.throwTypeError("Method RegExp.prototype.exec called on incompatible receiver %s", rt.inspectShort(rx))
	}
	return rt.regexpBuiltinExec(rx, s)
}

// advanceStringIndex is AdvanceStringIndex (§22.2.7.3).
func (rt *Runtime) advanceStringIndex(s Value, i int64, unicode bool) int64 {
	if !unicode || i+1 >= int64(rt.strLen(s)) {
		return i + 1
	}
	_, w := strCodePointAt(rt.flat(s), int(i))
	return i + int64(w)
}

// regexpThis checks the receiver of the @@ methods.
func (rt *Runtime) regexpThis(this Value, method string) {
	if !this.IsObject() {
		rt.throwTypeError("Method RegExp.prototype.%s called on incompatible receiver %s", method, rt.inspectShort(this))
	}
}

// regexpFlagsOf reads ToString(Get(rx, "flags")) as Go flags: which of
// g and u/v are present.
func (rt *Runtime) regexpFlagsOf(rx Value) (flags Value, global, unicode bool) {
	flags = rt.ToString(rt.Get(rx, rt.atom("flags")))
	rt.Keep(flags)
	f := rt.flat(flags)
	for i := 0; i < int(f.n); i++ {
		switch unitAt(f, i) {
		case 'g':
			global = true
		case 'u', 'v':
			unicode = true
		}
	}
	return flags, global, unicode
}

// regexpSetLastIndex is Set(rx, "lastIndex", v, true).
func (rt *Runtime) regexpSetLastIndex(rx Value, v int64) {
	rt.regexpPutLastIndex(rx, gc.Float(float64(v)))
}

// regexpPutLastIndex is Set(rx, "lastIndex", v, true) with V8's message
// when lastIndex has been made read-only.
func (rt *Runtime) regexpPutLastIndex(rx, v Value) {
	if o := rt.obj(rx); rt.regexpShape != nil && o.shape == rt.regexpShape.id {
		rt.vals(o.slots)[0] = v
		return
	}
	if !rt.setV(rx, rt.atom("lastIndex"), v, rx) {
		tag := "Object"
		if rt.obj(rx).class == ClassRegExp {
			tag = "RegExp"
		}
		rt.throwTypeError("Cannot assign to read only property 'lastIndex' of object '[object %s]'", tag)
	}
}

// regexpEmptyAdvance is the step shared by @@match, @@replace and the
// matchAll iterator after an empty match: move lastIndex past it.
func (rt *Runtime) regexpEmptyAdvance(rx, s Value, unicode bool) {
	this := rt.ToLength(rt.Get(rx, rt.atom("lastIndex")))
	rt.regexpSetLastIndex(rx, rt.advanceStringIndex(s, this, unicode))
}

// regexpFastAll finds every match the way a global exec loop would,
// starting at 0, for a pristine d. It returns the capture offsets of
// each match, concatenated.
func (rt *Runtime) regexpFastAll(d *regexpData, s Value) []int {
	c := rt.flat(s)
	ncap := 2 * d.prog.NumCaptures()
	unicode := d.flags&(regex.FlagUnicode|regex.FlagUnicodeSets) != 0
	var all []int
	caps := make([]int, ncap)
	for pos := 0; pos <= int(c.n); {
		if !rt.regexpMatch(d, c, pos, caps) {
			break
		}
		all = append(all, caps...)
		if caps[1] == caps[0] {
			pos = int(rt.advanceStringIndex(s, int64(caps[1]), unicode))
		} else {
			pos = caps[1]
		}
	}
	if len(all) > 0 {
		rt.regexpRecordLegacy(s, all[len(all)-ncap:])
	}
	return all
}

// regexpSymbolMatch is RegExp.prototype [ @@match ] (§22.2.6.8).
func (rt *Runtime) regexpSymbolMatch(rx, str Value) Value {
	rt.regexpThis(rx, "@@match")
	s := rt.ToString(str)
	rt.Keep(s)
	if d := rt.regexpPristine(rx); d != nil {
		if d.flags&regex.FlagGlobal == 0 {
			return rt.regexpBuiltinExec(rx, s)
		}
		rt.vals(rt.obj(rx).slots)[0] = gc.Int(0)
		all := rt.regexpFastAll(d, s)
		if all == nil {
			return Null
		}
		ncap := 2 * d.prog.NumCaptures()
		out := make([]Value, 0, len(all)/ncap)
		for i := 0; i < len(all); i += ncap {
			out = append(out, rt.substring(s, all[i], all[i+1]))
		}
		return rt.NewArray(out)
	}
	_, global, unicode := rt.regexpFlagsOf(rx)
	if !global {
		return rt.regexpExec(rx, s)
	}
	rt.regexpSetLastIndex(rx, 0)
	a := rt.NewArray([]Value{})
	for n := uint32(0); ; n++ {
		result := rt.regexpExec(rx, s)
		if result == Null {
			if n == 0 {
				return Null
			}
			return a
		}
		m := rt.ToString(rt.Get(result, idxKey(0)))
		rt.createDataPropertyOrThrow(a, idxKey(n), m)
		if rt.strLen(m) == 0 {
			rt.regexpEmptyAdvance(rx, s, unicode)
		}
	}
}

// regexpSymbolReplace is RegExp.prototype [ @@replace ] (§22.2.6.11).
func (rt *Runtime) regexpSymbolReplace(rx, str, replace Value) Value {
	rt.regexpThis(rx, "@@replace")
	s := rt.ToString(str)
	rt.Keep(s)
	functional := rt.isCallable(replace)
	if !functional {
		replace = rt.ToString(replace)
		rt.Keep(replace)
	}
	if d := rt.regexpPristine(rx); d != nil {
		return rt.regexpReplaceFast(rx, d, s, replace, functional)
	}
	_, global, unicode := rt.regexpFlagsOf(rx)
	if global {
		rt.regexpSetLastIndex(rx, 0)
	}
	var results []Value
	for {
		result := rt.regexpExec(rx, s)
		if result == Null {
			break
		}
		rt.Keep(result)
		results = append(results, result)
		if !global {
			break
		}
		if rt.strLen(rt.ToString(rt.Get(result, idxKey(0)))) == 0 {
			rt.regexpEmptyAdvance(rx, s, unicode)
		}
	}
	n := rt.strLen(s)
	var b strBuilder
	next := 0
	cb := rt.prepareCall(replace, Undefined)
	for _, result := range results {
		ncap := max(rt.ToLength(rt.Get(result, rt.atLength))-1, 0)
		matched := rt.ToString(rt.Get(result, idxKey(0)))
		rt.Keep(matched)
		position := clampIndex(rt.ToIntegerOrInfinity(rt.Get(result, rt.atom("index"))), n)
		captures := make([]Value, 0, min(ncap, 1024))
		for i := int64(1); i <= ncap; i++ {
			c := rt.Get(result, idxKey(uint32(i)))
			if c != Undefined {
				c = rt.ToString(c)
				rt.Keep(c)
			}
			captures = append(captures, c)
		}
		named := rt.Get(result, rt.atom("groups"))
		rt.Keep(named)
		var repl Value
		if functional {
			args := append(append([]Value{matched}, captures...), gc.Int(position), s)
			if named != Undefined {
				args = append(args, named)
			}
			repl = rt.ToString(rt.callPrepared(&cb, args...))
		} else {
			if named != Undefined {
				named = rt.ToObject(named)
				rt.Keep(named)
			}
			var rb strBuilder
			rt.getSubstitution(&rb, rt.flat(matched), rt.flat(s), position, captures, nil, nil, named, replace)
			repl = rb.value(rt)
		}
		if position >= next {
			b.cell(rt.flat(s), next, position)
			b.str(rt, repl)
			rt.strCheck(int64(b.len()))
			next = position + rt.strLen(matched)
		}
	}
	if next < n {
		b.cell(rt.flat(s), next, n)
	}
	return b.value(rt)
}

// regexpReplaceFast is @@replace for a pristine RegExp.
func (rt *Runtime) regexpReplaceFast(rx Value, d *regexpData, s, replace Value, functional bool) Value {
	ncap := 2 * d.prog.NumCaptures()
	var all []int
	if d.flags&regex.FlagGlobal != 0 {
		rt.vals(rt.obj(rx).slots)[0] = gc.Int(0)
		all = rt.regexpFastAll(d, s)
	} else {
		all = rt.regexpBuiltinMatch(rx, s, nil)
	}
	if all == nil {
		return s
	}
	names := d.prog.GroupNames()
	var b strBuilder
	next := 0
	cb := rt.prepareCall(replace, Undefined)
	for i := 0; i < len(all); i += ncap {
		caps := all[i : i+ncap]
		b.cell(rt.flat(s), next, caps[0])
		if functional {
			args := make([]Value, 0, ncap/2+3)
			for j := 0; j < ncap; j += 2 {
				if caps[j] < 0 {
					args = append(args, Undefined)
				} else {
					args = append(args, rt.substring(s, caps[j], caps[j+1]))
				}
			}
			args = append(args, gc.Int(caps[0]), s)
			if names != nil {
				groups := rt.NewObjectProto(Null)
				for j, name := range names {
					if name != "" {
						rt.createDataProperty(groups, rt.keyFor(name), args[j])
					}
				}
				args = append(args, groups)
			}
			b.str(rt, rt.ToString(rt.callPrepared(&cb, args...)))
		} else {
			c := rt.flat(s)
			m := &String{lat: "", n: int32(caps[1] - caps[0])}
			if c.flags&strWide != 0 {
				m.wide, m.flags = c.wide[2*caps[0]:2*caps[1]], strWide
			} else {
				m.lat = c.lat[caps[0]:caps[1]]
			}
			rt.getSubstitution(&b, m, c, caps[0], nil, caps, names, Undefined, replace)
		}
		rt.strCheck(int64(b.len()))
		next = caps[1]
	}
	c := rt.flat(s)
	b.cell(c, next, int(c.n))
	return b.value(rt)
}

// regexpSymbolSearch is RegExp.prototype [ @@search ] (§22.2.6.12).
func (rt *Runtime) regexpSymbolSearch(rx, str Value) Value {
	rt.regexpThis(rx, "@@search")
	s := rt.ToString(str)
	rt.Keep(s)
	if d := rt.regexpPristine(rx); d != nil {
		// Search saves and restores lastIndex around a match from 0.
		caps := make([]int, 2*d.prog.NumCaptures())
		if !rt.regexpMatch(d, rt.flat(s), 0, caps) {
			return gc.Int(-1)
		}
		rt.regexpRecordLegacy(s, caps)
		return gc.Int(caps[0])
	}
	atLastIndex := rt.atom("lastIndex")
	prev := rt.Get(rx, atLastIndex)
	rt.Keep(prev)
	if !sameValue(rt, prev, gc.Int(0)) {
		rt.regexpPutLastIndex(rx, gc.Int(0))
	}
	result := rt.regexpExec(rx, s)
	rt.Keep(result)
	if cur := rt.Get(rx, atLastIndex); !sameValue(rt, cur, prev) {
		rt.regexpPutLastIndex(rx, prev)
	}
	if result == Null {
		return gc.Int(-1)
	}
	return rt.Get(result, rt.atom("index"))
}

// regexpSymbolSplit is RegExp.prototype [ @@split ] (§22.2.6.14).
func (rt *Runtime) regexpSymbolSplit(rx, str, limit Value) Value {
	rt.regexpThis(rx, "@@split")
	s := rt.ToString(str)
	rt.Keep(s)
	size := rt.strLen(s)
	if d := rt.regexpPristine(rx); d != nil {
		lim := uint32(0xFFFFFFFF)
		if limit != Undefined {
			lim = toUint32(rt.ToNumber(limit))
		}
		return rt.regexpSplitFast(d, s, lim)
	}
	c := rt.speciesConstructor(rx, rt.realm.RegExp)
	rt.Keep(c)
	flags, _, unicode := rt.regexpFlagsOf(rx)
	if rt.strIndexOf(flags, rt.charString('y'), 0) < 0 {
		flags = rt.concat(flags, rt.charString('y'))
	}
	splitter := rt.construct(c, []Value{rx, flags}, c)
	rt.Keep(splitter)
	lim := uint32(0xFFFFFFFF)
	if limit != Undefined {
		lim = toUint32(rt.ToNumber(limit))
	}
	a := rt.NewArray([]Value{})
	if lim == 0 {
		return a
	}
	if size == 0 {
		if rt.regexpExec(splitter, s) == Null {
			rt.createDataPropertyOrThrow(a, idxKey(0), s)
		}
		return a
	}
	n := uint32(0)
	push := func(v Value) bool {
		rt.createDataPropertyOrThrow(a, idxKey(n), v)
		n++
		return n == lim
	}
	p, q := int64(0), int64(0)
	for q < int64(size) {
		rt.regexpSetLastIndex(splitter, q)
		z := rt.regexpExec(splitter, s)
		if z == Null {
			q = rt.advanceStringIndex(s, q, unicode)
			continue
		}
		rt.Keep(z)
		e := min(rt.ToLength(rt.Get(splitter, rt.atom("lastIndex"))), int64(size))
		if e == p {
			q = rt.advanceStringIndex(s, q, unicode)
			continue
		}
		if push(rt.substring(s, int(p), int(q))) {
			return a
		}
		p = e
		ncap := max(rt.ToLength(rt.Get(z, rt.atLength))-1, 0)
		for i := int64(1); i <= ncap; i++ {
			if push(rt.Get(z, idxKey(uint32(i)))) {
				return a
			}
		}
		q = p
	}
	push(rt.substring(s, int(p), size))
	return a
}

// regexpSplitFast is @@split for a pristine RegExp: the sticky splitter
// tried at each position q is the same as one unanchored search from q.
func (rt *Runtime) regexpSplitFast(d *regexpData, s Value, lim uint32) Value {
	out := []Value{}
	if lim == 0 {
		return rt.NewArray(out)
	}
	c := rt.flat(s)
	size := int(c.n)
	caps := make([]int, 2*d.prog.NumCaptures())
	if size == 0 {
		if !rt.regexpMatch(d, c, 0, caps) || caps[0] != 0 {
			out = append(out, s)
		}
		return rt.NewArray(out)
	}
	unicode := d.flags&(regex.FlagUnicode|regex.FlagUnicodeSets) != 0
	p, q := 0, 0
	// A sticky program only tries q itself, so it moves on one position
	// at a time as the splitter does; otherwise one search finds the next
	// q where the splitter would match.
	sticky := d.flags&regex.FlagSticky != 0
	for q < size {
		if !rt.regexpMatch(d, c, q, caps) {
			if sticky {
				q = int(rt.advanceStringIndex(s, int64(q), unicode))
				continue
			}
			break
		}
		if caps[0] >= size {
			break
		}
		q = caps[0]
		e := min(caps[1], size)
		if e == p {
			q = int(rt.advanceStringIndex(s, int64(q), unicode))
			continue
		}
		rt.regexpRecordLegacy(s, caps)
		out = append(out, rt.substring(s, p, q))
		if uint32(len(out)) == lim {
			return rt.NewArray(out)
		}
		p = e
		for i := 2; i < len(caps); i += 2 {
			v := Undefined
			if caps[i] >= 0 {
				v = rt.substring(s, caps[i], caps[i+1])
			}
			out = append(out, v)
			if uint32(len(out)) == lim {
				return rt.NewArray(out)
			}
		}
		q = p
		c = rt.flat(s)
	}
	out = append(out, rt.substring(s, p, size))
	return rt.NewArray(out)
}

// regexpSymbolMatchAll is RegExp.prototype [ @@matchAll ] (§22.2.6.9).
func (rt *Runtime) regexpSymbolMatchAll(rx, str Value) Value {
	rt.regexpThis(rx, "@@matchAll")
	s := rt.ToString(str)
	rt.Keep(s)
	c := rt.speciesConstructor(rx, rt.realm.RegExp)
	rt.Keep(c)
	flags, global, unicode := rt.regexpFlagsOf(rx)
	matcher := rt.construct(c, []Value{rx, flags}, c)
	rt.Keep(matcher)
	lastIndex := rt.ToLength(rt.Get(rx, rt.atom("lastIndex")))
	rt.regexpSetLastIndex(matcher, lastIndex)
	it, o := rt.newObjectCell(ClassRegExpStringIter, rt.realm.RegExpStringIteratorPrototype)
	o.v0, o.v1 = matcher, s
	if global {
		o.aux |= 1
	}
	if unicode {
		o.aux |= 2
	}
	return it
}

// regexpStringIterNext is %RegExpStringIteratorPrototype%.next (§22.2.9.2.1).
func (rt *Runtime) regexpStringIterNext(this Value) Value {
	if !this.IsObject() || rt.obj(this).class != ClassRegExpStringIter {
		rt.throwTypeError("Method %%RegExpStringIterator%%.prototype.next called on incompatible receiver %s", rt.inspectShort(this))
	}
	o := rt.obj(this)
	if o.aux&4 != 0 {
		return rt.iterResult(Undefined, true)
	}
	rx, s := o.v0, o.v1
	m := rt.regexpExec(rx, s)
	o = rt.obj(this)
	if m == Null {
		o.aux |= 4
		return rt.iterResult(Undefined, true)
	}
	if o.aux&1 == 0 {
		o.aux |= 4
		return rt.iterResult(m, false)
	}
	rt.Keep(m)
	if rt.strLen(rt.ToString(rt.Get(m, idxKey(0)))) == 0 {
		rt.regexpEmptyAdvance(rx, s, rt.obj(this).aux&2 != 0)
	}
	return rt.iterResult(m, false)
}

// escapeRegExpPattern is EscapeRegExpPattern (§22.2.6.13.1) as V8 does
// it: "/" outside a class and line terminators are escaped, and an empty
// pattern reads "(?:)".
func (rt *Runtime) escapeRegExpPattern(src Value) Value {
	c := rt.flat(src)
	if c.n == 0 {
		return rt.NewString("(?:)")
	}
	var b strBuilder
	inClass := false
	for i := 0; i < int(c.n); i++ {
		u := unitAt(c, i)
		switch {
		case u == '\\':
			b.unit(u)
			if i+1 < int(c.n) {
				i++
				u = unitAt(c, i)
				if lt := regexpLineTerminatorEscape(u); lt != "" {
					b.ascii(lt[1:])
				} else {
					b.unit(u)
				}
			}
			continue
		case u == '[':
			inClass = true
		case u == ']':
			inClass = false
		case u == '/' && !inClass:
			b.ascii("\\/")
			continue
		}
		if lt := regexpLineTerminatorEscape(u); lt != "" {
			b.ascii(lt)
			continue
		}
		b.unit(u)
	}
	return b.value(rt)
}

func regexpLineTerminatorEscape(u uint16) string {
	switch u {
	case '\n':
		return `\n`
	case '\r':
		return `\r`
	case 0x2028:
		return `\u2028`
	case 0x2029:
		return `\u2029`
	}
	return ""
}

// The legacy static properties (RegExp.$1-$9, input, lastMatch, ...) of
// V8, which reflect the last successful built-in match in the realm.

func (rt *Runtime) regexpRecordLegacy(s Value, caps []int) {
	so, st := rt.regexpState()
	so.v1 = s
	st.lastCaps = append(st.lastCaps[:0], caps...)
}

func (r *Realm) initRegExpLegacy() {
	legacy := func(names []string, get func(rt *Runtime, s Value, caps []int) Value) {
		for _, name := range names {
			isInput := name == "input" || name == "$_"
			r.Accessor(r.RegExp, name, func(rt *Runtime, _ Value, _ []Value) Value {
				so, st := rt.regexpState()
				if isInput {
					return so.v1
				}
				if st.lastCaps == nil {
					return rt.emptyString
				}
				return get(rt, so.v1, st.lastCaps)
			}, func(rt *Runtime, _ Value, args []Value) Value {
				if isInput {
					so, _ := rt.regexpState()
					so.v1 = rt.ToString(Arg(args, 0))
				}
				return Undefined
			})
		}
	}
	group := func(rt *Runtime, s Value, caps []int, i int) Value {
		if 2*i+1 >= len(caps) || caps[2*i] < 0 {
			return rt.emptyString
		}
		return rt.substring(s, caps[2*i], caps[2*i+1])
	}
	legacy([]string{"input", "$_"}, nil)
	legacy([]string{"lastMatch", "$&"}, func(rt *Runtime, s Value, caps []int) Value { return group(rt, s, caps, 0) })
	legacy([]string{"lastParen", "$+"}, func(rt *Runtime, s Value, caps []int) Value {
		if len(caps) <= 2 {
			return rt.emptyString
		}
		return group(rt, s, caps, len(caps)/2-1)
	})
	legacy([]string{"leftContext", "$`"}, func(rt *Runtime, s Value, caps []int) Value { return rt.substring(s, 0, caps[0]) })
	legacy([]string{"rightContext", "$'"}, func(rt *Runtime, s Value, caps []int) Value {
		return rt.substring(s, caps[1], rt.strLen(s))
	})
	for i := 1; i <= 9; i++ {
		legacy([]string{"$" + strconv.Itoa(i)}, func(rt *Runtime, s Value, caps []int) Value { return group(rt, s, caps, i) })
	}
}
