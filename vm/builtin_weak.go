package vm

import (
	"github.com/kilnjs/kiln/gc"
)

// WeakMap, WeakSet, WeakRef and FinalizationRegistry (ECMA-262 §24.3,
// §24.4, §26.1, §26.2), and their part in the collector.
//
// None of them traces what it holds weakly: a WeakMap's table, a WeakRef's
// target and a registry's targets live in host data the cell's Trace does
// not see. Instead every such object is listed in the runtime's
// weakRegistry (rt.weakHook), which the collector calls twice:
//   - ephemerons, during the marking fixpoint: for each WeakMap whose object
//     is live, mark each value whose key is live (ephemeron semantics), and
//     mark the kept list (below);
//   - sweep, after marking: drop entries with dead keys, clear WeakRefs to
//     dead targets, and for each dead registry target queue a job that calls
//     the cleanup callback with the held value. No JavaScript runs inside
//     the collector; the callback runs later, from the job queue.
//
// The kept list is AddToKeptObjects (§9.10.3): a WeakRef's target stays
// alive at least until the end of the job that created or dereferenced it.
// Kiln clears the list when the job queue drains (ClearKeptObjects), so a
// target survives for the rest of the current turn of the event loop.

type weakRegistry struct {
	tables []*weakData
	refs   []*weakRefData
	regs   []*finRegData
	kept   []Value
}

// weakData is the table of a WeakMap (values) or WeakSet (values unused).
type weakData struct {
	owner   Value
	entries map[Value]Value
}

// weakRefData is a WeakRef's target; Undefined once collected.
type weakRefData struct {
	owner, target Value
}

// finRegData is a FinalizationRegistry: its cleanup callback and cells.
// The held values and the callback are strong (traced with the registry);
// targets and unregister tokens are weak.
type finRegData struct {
	owner   Value
	cleanup Value
	cells   []finCell
}

type finCell struct {
	target, held, token Value
}

func (d *finRegData) trace(m *gc.Marker) {
	m.Mark(d.cleanup)
	for i := range d.cells {
		m.Mark(d.cells[i].held)
	}
}

func (rt *Runtime) weakReg() *weakRegistry {
	if rt.weakHook == nil {
		rt.weakHook = &weakRegistry{}
	}
	return rt.weakHook.(*weakRegistry)
}

func (w *weakRegistry) ephemerons(rt *Runtime, m *gc.Marker) bool {
	progress := false
	for _, v := range w.kept {
		if !m.IsMarked(v) {
			m.Mark(v)
			progress = true
		}
	}
	for _, t := range w.tables {
		if !m.IsMarked(t.owner) {
			continue
		}
		for k, v := range t.entries {
			if m.IsMarked(k) && !m.IsMarked(v) {
				m.Mark(v)
				progress = true
			}
		}
	}
	return progress
}

func (w *weakRegistry) sweep(rt *Runtime, m *gc.Marker) {
	tables := w.tables[:0]
	for _, t := range w.tables {
		if !m.IsMarked(t.owner) {
			continue
		}
		for k := range t.entries {
			if !m.IsMarked(k) {
				delete(t.entries, k)
			}
		}
		tables = append(tables, t)
	}
	clear(w.tables[len(tables):])
	w.tables = tables

	refs := w.refs[:0]
	for _, r := range w.refs {
		if !m.IsMarked(r.owner) {
			continue
		}
		if !m.IsMarked(r.target) {
			r.target = Undefined
		}
		refs = append(refs, r)
	}
	clear(w.refs[len(refs):])
	w.refs = refs

	regs := w.regs[:0]
	for _, g := range w.regs {
		if !m.IsMarked(g.owner) {
			continue
		}
		cells := g.cells[:0]
		for _, c := range g.cells {
			if !m.IsMarked(c.target) {
				rt.enqueue(job{kind: jobCall, a: g.cleanup, b: c.held})
				continue
			}
			if !m.IsMarked(c.token) {
				c.token = Undefined
			}
			cells = append(cells, c)
		}
		clear(g.cells[len(cells):])
		g.cells = cells
		regs = append(regs, g)
	}
	clear(w.regs[len(regs):])
	w.regs = regs
}

// ClearKeptObjects is ECMA-262 §9.10.2: WeakRef targets dereferenced so
// far may be collected from now on. The host calls it when a job (or the
// main script with its microtasks) has finished.
func (rt *Runtime) ClearKeptObjects() {
	if w, ok := rt.weakHook.(*weakRegistry); ok {
		clear(w.kept)
		w.kept = w.kept[:0]
	}
}

// canBeHeldWeakly is CanBeHeldWeakly (ECMA-262 §7.2.17): objects, and
// symbols that Symbol.for did not register (a registered symbol can always
// be recreated, so it could never be collected).
func (rt *Runtime) canBeHeldWeakly(v Value) bool {
	if v.IsObject() {
		return true
	}
	return v.IsSymbol() && !rt.syms.Get(v.Handle()).registered
}

func (r *Realm) initWeak() {
	r.rt.weakReg()
	r.initWeakCollection(ClassWeakMap)
	r.initWeakCollection(ClassWeakSet)
	r.initWeakRef()
	r.initFinalizationRegistry()
}

func (rt *Runtime) thisWeak(this Value, c Class, method string) *weakData {
	if this.IsObject() {
		if o := rt.obj(this); o.class == c {
			return rt.hostOf(o).(*weakData)
		}
	}
	rt.throwTypeError("Method %s called on incompatible receiver %s", method, rt.inspectShort(this))
	return nil
}

// initWeakCollection makes WeakMap (§24.3) or WeakSet (§24.4).
func (r *Realm) initWeakCollection(c Class) {
	rt := r.rt
	name, proto, adderName := "WeakMap", r.WeakMapPrototype, "set"
	badKey := "Invalid value used as weak map key"
	if c == ClassWeakSet {
		name, proto, adderName = "WeakSet", r.WeakSetPrototype, "add"
		badKey = "Invalid value used in weak set"
	}
	r.Ctor(name, 0, func(rt *Runtime, _ Value, args []Value) Value {
		nt := rt.NewTarget()
		if nt == Undefined {
			rt.throwTypeError("Constructor %s requires 'new'", name)
		}
		fallback := func(r *Realm) Value { return r.made(initWeak).WeakMapPrototype }
		if c == ClassWeakSet {
			fallback = func(r *Realm) Value { return r.made(initWeak).WeakSetPrototype }
		}
		v, o := rt.newObjectCell(c, rt.prototypeFromCtor(nt, fallback))
		d := &weakData{owner: v, entries: map[Value]Value{}}
		rt.setHost(o, d)
		w := rt.weakReg()
		w.tables = append(w.tables, d)
		iterable := Arg(args, 0)
		if iterable.IsNullish() {
			return v
		}
		adder := rt.Get(v, rt.atom(adderName))
		if !rt.isCallable(adder) {
			rt.throwTypeError("'%s' returned for property '%s' of object '#<%s>' is not a function", rt.proxyShow(adder), adderName, name)
		}
		rt.Keep(adder)
		rt.Iterate(iterable, func(item Value) bool {
			if c == ClassWeakSet {
				rt.Call(adder, v, item)
				return true
			}
			if !item.IsObject() {
				rt.throwTypeError("Iterator value %s is not an entry object", rt.v8Show(item))
			}
			rt.Keep(item)
			k := rt.Get(item, idxKey(0))
			rt.Keep(k)
			val := rt.Get(item, idxKey(1))
			rt.Call(adder, v, k, val)
			return true
		})
		return v
	}, proto)
	rt.defineData(proto, rt.wellKnown.toStringTag, rt.atom(name), attrConfigurable)

	r.Method(proto, "delete", 1, func(rt *Runtime, this Value, args []Value) Value {
		d := rt.thisWeak(this, c, name+".prototype.delete")
		k := Arg(args, 0)
		if _, ok := d.entries[k]; ok && rt.canBeHeldWeakly(k) {
			delete(d.entries, k)
			return True
		}
		return False
	})
	if c == ClassWeakMap {
		r.Method(proto, "get", 1, func(rt *Runtime, this Value, args []Value) Value {
			d := rt.thisWeak(this, c, name+".prototype.get")
			if v, ok := d.entries[Arg(args, 0)]; ok && rt.canBeHeldWeakly(Arg(args, 0)) {
				return v
			}
			return Undefined
		})
	}
	if c == ClassWeakMap {
		r.Method(proto, "set", 2, func(rt *Runtime, this Value, args []Value) Value {
			d := rt.thisWeak(this, c, name+".prototype.set")
			k := Arg(args, 0)
			if !rt.canBeHeldWeakly(k) {
				rt.throwTypeError("%s", badKey)
			}
			if _, ok := d.entries[k]; !ok {
				rt.heap.Charge(48)
			}
			d.entries[k] = Arg(args, 1)
			return this
		})
	}
	r.Method(proto, "has", 1, func(rt *Runtime, this Value, args []Value) Value {
		d := rt.thisWeak(this, c, name+".prototype.has")
		_, ok := d.entries[Arg(args, 0)]
		return gc.Bool(ok && rt.canBeHeldWeakly(Arg(args, 0)))
	})
	if c == ClassWeakSet {
		r.Method(proto, "add", 1, func(rt *Runtime, this Value, args []Value) Value {
			d := rt.thisWeak(this, c, name+".prototype.add")
			k := Arg(args, 0)
			if !rt.canBeHeldWeakly(k) {
				rt.throwTypeError("%s", badKey)
			}
			if _, ok := d.entries[k]; !ok {
				rt.heap.Charge(48)
			}
			d.entries[k] = Undefined
			return this
		})
	}
}

// WeakRef (§26.1).
func (r *Realm) initWeakRef() {
	rt := r.rt
	proto := r.WeakRefPrototype
	r.Ctor("WeakRef", 1, func(rt *Runtime, _ Value, args []Value) Value {
		nt := rt.NewTarget()
		if nt == Undefined {
			rt.throwTypeError("Constructor WeakRef requires 'new'")
		}
		target := Arg(args, 0)
		if !rt.canBeHeldWeakly(target) {
			rt.throwTypeError("WeakRef: invalid target")
		}
		v, o := rt.newObjectCell(ClassWeakRef, rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.made(initWeak).WeakRefPrototype }))
		d := &weakRefData{owner: v, target: target}
		rt.setHost(o, d)
		w := rt.weakReg()
		w.refs = append(w.refs, d)
		w.kept = append(w.kept, target)
		return v
	}, proto)
	r.Method(proto, "deref", 0, func(rt *Runtime, this Value, _ []Value) Value {
		if !this.IsObject() || rt.obj(this).class != ClassWeakRef {
			rt.throwTypeError("Method WeakRef.prototype.deref called on incompatible receiver %s", rt.inspectShort(this))
		}
		t := rt.hostOf(rt.obj(this)).(*weakRefData).target
		if t != Undefined {
			w := rt.weakReg()
			w.kept = append(w.kept, t)
		}
		return t
	})
	rt.defineData(proto, rt.wellKnown.toStringTag, rt.atom("WeakRef"), attrConfigurable)
}

// FinalizationRegistry (§26.2).
func (r *Realm) initFinalizationRegistry() {
	rt := r.rt
	proto := r.FinalizationRegistryPrototype
	r.Ctor("FinalizationRegistry", 1, func(rt *Runtime, _ Value, args []Value) Value {
		nt := rt.NewTarget()
		if nt == Undefined {
			rt.throwTypeError("Constructor FinalizationRegistry requires 'new'")
		}
		cleanup := Arg(args, 0)
		if !rt.isCallable(cleanup) {
			rt.throwTypeError("FinalizationRegistry: cleanup must be callable")
		}
		v, o := rt.newObjectCell(ClassFinReg, rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.made(initWeak).FinalizationRegistryPrototype }))
		d := &finRegData{owner: v, cleanup: cleanup}
		rt.setHost(o, d)
		w := rt.weakReg()
		w.regs = append(w.regs, d)
		return v
	}, proto)
	this := func(rt *Runtime, v Value, method string) *finRegData {
		if v.IsObject() {
			if o := rt.obj(v); o.class == ClassFinReg {
				return rt.hostOf(o).(*finRegData)
			}
		}
		rt.throwTypeError("Method FinalizationRegistry.prototype.%s called on incompatible receiver %s", method, rt.inspectShort(v))
		return nil
	}
	r.Method(proto, "register", 2, func(rt *Runtime, thisV Value, args []Value) Value {
		d := this(rt, thisV, "register")
		target, held, token := Arg(args, 0), Arg(args, 1), Arg(args, 2)
		if !rt.canBeHeldWeakly(target) {
			rt.throwTypeError("FinalizationRegistry.prototype.register: invalid target")
		}
		if sameValue(rt, target, held) {
			rt.throwTypeError("FinalizationRegistry.prototype.register: target and holdings must not be same")
		}
		if !rt.canBeHeldWeakly(token) && token != Undefined {
			rt.throwTypeError("Invalid unregisterToken ('%s')", rt.proxyShow(token))
		}
		d.cells = append(d.cells, finCell{target: target, held: held, token: token})
		return Undefined
	})
	r.Method(proto, "unregister", 1, func(rt *Runtime, thisV Value, args []Value) Value {
		d := this(rt, thisV, "unregister")
		token := Arg(args, 0)
		if !rt.canBeHeldWeakly(token) {
			rt.throwTypeError("Invalid unregisterToken ('%s')", rt.proxyShow(token))
		}
		removed := false
		cells := d.cells[:0]
		for _, c := range d.cells {
			if c.token == token {
				removed = true
				continue
			}
			cells = append(cells, c)
		}
		clear(d.cells[len(cells):])
		d.cells = cells
		return gc.Bool(removed)
	})
	rt.defineData(proto, rt.wellKnown.toStringTag, rt.atom("FinalizationRegistry"), attrConfigurable)
}
