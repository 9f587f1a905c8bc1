package vm

import (
	"github.com/kilnjs/kiln/gc"
)

// initCore creates the prototype objects that every family refers to, so
// that each family's init may run in any order after it.
func (r *Realm) initCore() {
	rt := r.rt
	r.ArrayPrototype = rt.NewArray([]Value{})
	rt.obj(r.ArrayPrototype).proto = r.ObjectPrototype
	wrapper := func(c Class, prim Value) Value {
		v, o := rt.newObjectCell(c, r.ObjectPrototype)
		o.v0 = prim
		return v
	}
	r.StringPrototype = wrapper(ClassString, rt.emptyString)
	r.NumberPrototype = wrapper(ClassNumber, gc.Int(0))
	r.BooleanPrototype = wrapper(ClassBoolean, False)
	r.SymbolPrototype = r.NewProto(r.ObjectPrototype)
	r.BigIntPrototype = r.NewProto(r.ObjectPrototype)
	r.RegExpPrototype = r.NewProto(r.ObjectPrototype)
	r.DatePrototype = r.NewProto(r.ObjectPrototype)
	r.MapPrototype = r.NewProto(r.ObjectPrototype)
	r.SetPrototype = r.NewProto(r.ObjectPrototype)
	r.WeakMapPrototype = r.NewProto(r.ObjectPrototype)
	r.WeakSetPrototype = r.NewProto(r.ObjectPrototype)
	r.WeakRefPrototype = r.NewProto(r.ObjectPrototype)
	r.FinalizationRegistryPrototype = r.NewProto(r.ObjectPrototype)
	r.ArrayBufferPrototype = r.NewProto(r.ObjectPrototype)
	r.SharedArrayBufferPrototype = r.NewProto(r.ObjectPrototype)
	r.DataViewPrototype = r.NewProto(r.ObjectPrototype)
	r.TypedArrayPrototype = r.NewProto(r.ObjectPrototype)
}

// Symbol (§20.4).
func (r *Realm) initSymbol() {
	rt := r.rt
	sp := r.SymbolPrototype
	r.Symbol = r.Ctor("Symbol", 0, func(rt *Runtime, _ Value, args []Value) Value {
		if rt.NewTarget() != Undefined {
			rt.throwTypeError("Symbol is not a constructor")
		}
		d := Arg(args, 0)
		if d != Undefined {
			d = rt.ToString(d)
		}
		return rt.NewSymbol(d)
	}, sp)
	r.Method(r.Symbol, "for", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.symbolFor(rt.ToGoString(Arg(args, 0)))
	})
	r.Method(r.Symbol, "keyFor", 1, func(rt *Runtime, _ Value, args []Value) Value {
		s := Arg(args, 0)
		if !s.IsSymbol() {
			rt.throwTypeError("%s is not a symbol", rt.v8Show(s))
		}
		if c := rt.syms.Get(s.Handle()); c.registered {
			return c.desc
		}
		return Undefined
	})
	// After for and keyFor, as V8 orders Symbol's own keys.
	for i, p := range rt.wellKnown.all() {
		r.Const(r.Symbol, wellKnownNames[i], *p)
	}
	// node v20 defines these two itself, ahead of the explicit resource
	// management proposal, as registered symbols (Symbol.keyFor gives
	// "nodejs.dispose"); the proposal's own are unregistered well-known
	// symbols, which a later node switches to.
	r.Const(r.Symbol, "dispose", rt.symbolFor("nodejs.dispose"))
	r.Const(r.Symbol, "asyncDispose", rt.symbolFor("nodejs.asyncDispose"))
	thisSymbol := func(rt *Runtime, v Value, method string) Value {
		if v.IsSymbol() {
			return v
		}
		if v.IsObject() && rt.obj(v).class == ClassSymbol {
			return rt.obj(v).v0
		}
		rt.throwTypeError("%s requires that 'this' be a Symbol", method)
		return Undefined
	}
	r.Method(sp, "toString", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.NewString(rt.symbolDescriptiveString(thisSymbol(rt, this, "Symbol.prototype.toString")))
	})
	r.Method(sp, "valueOf", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return thisSymbol(rt, this, "Symbol.prototype.valueOf")
	})
	r.Getter(sp, "description", func(rt *Runtime, this Value, _ []Value) Value {
		return rt.syms.Get(thisSymbol(rt, this, "Symbol.prototype.description").Handle()).desc
	})
	// V8 defines @@toStringTag first, which decides the key order.
	rt.defineData(sp, rt.wellKnown.toStringTag, rt.atom("Symbol"), attrConfigurable)
	// §20.4.3.5 Symbol.prototype [ @@toPrimitive ]: not writable,
	// configurable.
	tp := rt.NewNativeFunction("[Symbol.toPrimitive]", 1, func(rt *Runtime, this Value, _ []Value) Value {
		return thisSymbol(rt, this, "Symbol.prototype [ @@toPrimitive ]")
	})
	rt.defineData(sp, rt.wellKnown.toPrimitive, tp, attrConfigurable)
}
