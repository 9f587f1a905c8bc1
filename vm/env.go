package vm

import (
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// Environments. Bindings that closures capture live in environment objects
// (ClassEnv), chained by parent in v0; the layout constant (slot names) is
// named by host so that direct eval and with can find bindings by name.
// For an environment host indexes rt.layouts, not rt.hosts: an entry of
// rt.hosts cost every environment 16 bytes more, in a table Go's collector
// scans, and a layout is shared by all the environments of its scope. Object
// environments (ClassWithEnv) come from with statements. The chain ends in
// Undefined, below which lie the realm's global lexical bindings and the
// global object.

func (rt *Runtime) newEnv(parent Value, layout *bytecode.Const) Value {
	v, o := rt.newObjectCell(ClassEnv, Null)
	o.v0 = parent
	o.host = rt.layoutOf(layout)
	// The bindings go straight into the arena: a Go slice to copy them
	// from was 12 MB of garbage in a run of TypeScript's compiler.
	if n := len(layout.Names); n > 0 {
		o.slots.ref = rt.allocVals(n)
		o.slots.n = uint32(n)
		s := rt.vals(o.slots)
		for i := range s {
			s[i] = Undefined
		}
	}
	return v
}

// layoutOf returns the index of layout in rt.layouts, adding it if new.
func (rt *Runtime) layoutOf(layout *bytecode.Const) uint32 {
	if i, ok := rt.layoutIndex[layout]; ok {
		return i
	}
	i := uint32(len(rt.layouts))
	rt.layouts = append(rt.layouts, layout)
	rt.layoutIndex[layout] = i
	return i
}

func (rt *Runtime) newWithEnv(parent, obj Value) Value {
	v, o := rt.newObjectCell(ClassWithEnv, Null)
	o.v0 = parent
	o.v1 = obj
	return v
}

// copyEnv is CreatePerIterationEnvironment's copy step.
func (rt *Runtime) copyEnv(env Value) Value {
	src := rt.obj(env)
	v, o := rt.newObjectCell(ClassEnv, Null)
	src = rt.obj(env)
	o.v0 = src.v0
	o.host = src.host
	// Straight from arena to arena, as newEnv fills its bindings: through
	// a Go slice every iteration of a loop whose let a closure captures
	// left one behind for Go's collector.
	if n := int(src.slots.n); n > 0 {
		o.slots.ref = rt.allocVals(n)
		o.slots.n = uint32(n)
		copy(rt.vals(o.slots), rt.vals(rt.obj(env).slots))
	}
	return v
}

// globalBinding is a global let/const/class binding (the global
// environment's declarative record).
type globalBinding struct {
	value   Value
	isConst bool
}

// getGlobal reads a global by name. A data property of the global object
// found by the lookup is remembered in the site's ic (the ics of name
// sites are otherwise unused; see globalIC), so that the next read at the
// site is a slot load: a global read (Math, JSON, a built-in constructor)
// was a Go map probe and a shape lookup each time, ~20 ns.
func (rt *Runtime) getGlobal(fr *frame, site int, forTypeof bool) Value {
	e := &fr.cs.ics[site]
	if v, ok := rt.globalIC(e); ok {
		return v
	}
	key := rt.siteKey(fr, site)
	v := rt.lookupGlobal(key, forTypeof)
	r := rt.realm
	if _, lex := r.globalLex[key]; !lex && r.GlobalThis.IsObject() {
		g := rt.obj(r.GlobalThis)
		if s := rt.shp(g); g.class == ClassObject {
			if slot := s.lookup(key); slot >= 0 && s.attrs[slot]&attrAccessor == 0 {
				*e = ic{shape: g.shape, slot: uint32(slot), holder: r.GlobalThis.Handle(), hshape: s.gen, epoch: r.lexGen, kind: icGlobal}
			}
		}
	}
	return v
}

// globalIC reads the global a name site's ic remembers, if it still
// holds: the same global object, with the same shape (and, for a
// dictionary shape, edited in place since by no definition, deletion or
// change of attributes: its gen), and no global lexical declaration added
// since, which could shadow it.
func (rt *Runtime) globalIC(e *ic) (Value, bool) {
	r := rt.realm
	if e.kind != icGlobal || e.holder != r.GlobalThis.Handle() || e.epoch != r.lexGen {
		return Undefined, false
	}
	g := rt.obj(r.GlobalThis)
	if g.shape != e.shape || rt.shapes[e.shape].gen != e.hshape {
		return Undefined, false
	}
	return rt.arena.At(g.slots.ref, int(e.slot)), true
}

func (rt *Runtime) lookupGlobal(key PropKey, forTypeof bool) Value {
	r := rt.realm
	if b, ok := r.globalLex[key]; ok {
		if b.value == Empty {
			rt.throwReferenceError("Cannot access '%s' before initialization", rt.keyString(key))
		}
		return b.value
	}
	g := rt.obj(r.GlobalThis)
	if slot := rt.shp(g).lookup(key); slot >= 0 && rt.shp(g).attrs[slot]&attrAccessor == 0 {
		return rt.vals(g.slots)[slot]
	}
	if rt.hasProperty(r.GlobalThis, key) {
		return rt.getV(r.GlobalThis, key, r.GlobalThis)
	}
	if forTypeof {
		return Undefined
	}
	rt.throwReferenceError("%s is not defined", rt.keyString(key))
	return Undefined
}

func (rt *Runtime) setGlobal(fr *frame, site int, v Value) {
	strict := fr.code.Flags&bytecode.FlagStrict != 0
	rt.assignGlobal(rt.siteKey(fr, site), v, strict)
}

func (rt *Runtime) assignGlobal(key PropKey, v Value, strict bool) {
	r := rt.realm
	if b, ok := r.globalLex[key]; ok {
		if b.value == Empty {
			rt.throwReferenceError("Cannot access '%s' before initialization", rt.keyString(key))
		}
		if b.isConst {
			rt.throwTypeError("Assignment to constant variable.")
		}
		b.value = v
		return
	}
	if strict && !rt.hasProperty(r.GlobalThis, key) {
		rt.throwReferenceError("%s is not defined", rt.keyString(key))
	}
	rt.Set(r.GlobalThis, key, v, strict)
}

// declareGlobalVar is CreateGlobalVarBinding (§9.1.1.4.17).
func (rt *Runtime) declareGlobalVar(key PropKey, deletable bool) {
	r := rt.realm
	if _, ok := r.globalLex[key]; ok {
		rt.throwSyntaxError("Identifier '%s' has already been declared", rt.keyString(key))
	}
	if !rt.hasOwnProperty(r.GlobalThis, key) && rt.isExtensibleV(r.GlobalThis) {
		attrs := attrWritable | attrEnumerable
		if deletable {
			attrs |= attrConfigurable
		}
		rt.defineOwnProperty(r.GlobalThis, key, dataDesc(Undefined, attrs), true)
	}
}

// declareGlobalFunc is CreateGlobalFunctionBinding (§9.1.1.4.18); eval
// code's functions are deletable (§19.2.1.3 step 17.b.i), a script's not.
func (rt *Runtime) declareGlobalFunc(key PropKey, fn Value, deletable bool) {
	r := rt.realm
	if _, ok := r.globalLex[key]; ok {
		rt.throwSyntaxError("Identifier '%s' has already been declared", rt.keyString(key))
	}
	d, exists := rt.getOwnProperty(r.GlobalThis, key)
	if !exists || d.Attrs&attrConfigurable != 0 {
		attrs := attrWritable | attrEnumerable
		if deletable {
			attrs |= attrConfigurable
		}
		rt.defineOwnProperty(r.GlobalThis, key, dataDesc(fn, attrs), true)
	} else {
		rt.defineOwnProperty(r.GlobalThis, key, PropDesc{Value: fn, Has: hasValue}, true)
	}
}

func (rt *Runtime) declareGlobalLex(key PropKey, isConst bool) {
	r := rt.realm
	if _, ok := r.globalLex[key]; ok {
		rt.throwSyntaxError("Identifier '%s' has already been declared", rt.keyString(key))
	}
	if d, ok := rt.getOwnProperty(r.GlobalThis, key); ok && d.Attrs&attrConfigurable == 0 {
		rt.throwSyntaxError("Identifier '%s' has already been declared", rt.keyString(key))
	}
	r.globalLex[key] = &globalBinding{value: Empty, isConst: isConst}
	r.lexGen++
}

// Dynamic name resolution through the frame's environment chain (with
// statements and direct eval).

// resolveName finds the environment record holding key: an env object and
// slot, a with object, or neither (global).
func (rt *Runtime) resolveName(env Value, key PropKey) (holder Value, slot int, withObj Value) {
	name := ""
	if key.IsString() {
		name = rt.GoString(key)
	} else if key.IsNumber() {
		name = rt.numberToGoString(key.Float())
	}
	for e := env; e.IsObject(); {
		o := rt.obj(e)
		switch o.class {
		case ClassEnv:
			layout := rt.hostOf(o).(*bytecode.Const)
			for i := len(layout.Names) - 1; i >= 0; i-- {
				if layout.Names[i] == name {
					return e, i, Undefined
				}
			}
			// Variables added by sloppy direct eval live in an extension object.
			if o.v1.IsObject() && rt.hasOwnProperty(o.v1, key) {
				return Undefined, -1, o.v1
			}
		case ClassWithEnv:
			if rt.hasProperty(o.v1, key) && !rt.unscopable(o.v1, key) {
				return Undefined, -1, o.v1
			}
		}
		e = o.v0
	}
	return Undefined, -1, Undefined
}

func (rt *Runtime) unscopable(obj Value, key PropKey) bool {
	u := rt.Get(obj, rt.wellKnown.unscopables)
	if !u.IsObject() {
		return false
	}
	return rt.ToBoolean(rt.Get(u, key))
}

func (rt *Runtime) getName(fr *frame, key PropKey, forTypeof bool) Value {
	h, slot, w := rt.resolveName(fr.env, key)
	switch {
	case slot >= 0:
		v := rt.vals(rt.obj(h).slots)[slot]
		if v == Empty {
			rt.throwReferenceError("Cannot access '%s' before initialization", rt.keyString(key))
		}
		return v
	case w != Undefined:
		return rt.Get(w, key)
	}
	return rt.lookupGlobal(key, forTypeof)
}

func (rt *Runtime) setName(fr *frame, key PropKey, v Value) {
	strict := fr.code.Flags&bytecode.FlagStrict != 0
	h, slot, w := rt.resolveName(fr.env, key)
	switch {
	case slot >= 0:
		o := rt.obj(h)
		layout := rt.hostOf(o).(*bytecode.Const)
		if rt.vals(o.slots)[slot] == Empty {
			rt.throwReferenceError("Cannot access '%s' before initialization", rt.keyString(key))
		}
		if slot < len(layout.Fixed) && layout.Names[slot] != "" {
			switch layout.Fixed[slot] {
			case bytecode.FixedConst:
				rt.throwTypeError("Assignment to constant variable.")
			case bytecode.FixedCallee:
				if strict {
					rt.throwTypeError("Assignment to constant variable.")
				}
				return
			}
		}
		rt.vals(o.slots)[slot] = v
	case w != Undefined:
		rt.Set(w, key, v, strict)
	default:
		rt.assignGlobal(key, v, strict)
	}
}

func (rt *Runtime) deleteName(fr *frame, key PropKey) bool {
	_, slot, w := rt.resolveName(fr.env, key)
	switch {
	case slot >= 0:
		return false
	case w != Undefined:
		return rt.deleteProp(w, key)
	}
	if _, ok := rt.realm.globalLex[key]; ok {
		return false
	}
	return rt.deleteProp(rt.realm.GlobalThis, key)
}

func (rt *Runtime) callName(fr *frame, key PropKey) (Value, Value) {
	h, slot, w := rt.resolveName(fr.env, key)
	switch {
	case slot >= 0:
		v := rt.vals(rt.obj(h).slots)[slot]
		if v == Empty {
			rt.throwReferenceError("Cannot access '%s' before initialization", rt.keyString(key))
		}
		return v, Undefined
	case w != Undefined:
		return rt.Get(w, key), w
	}
	return rt.lookupGlobal(key, false), Undefined
}

var _ = gc.Undefined
