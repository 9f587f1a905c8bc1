package vm

import (
	"github.com/kilnjs/kiln/gc"
)

// Error constructors (§20.5).
func (r *Realm) initError() {
	rt := r.rt
	r.ErrorPrototype = r.NewProto(r.ObjectPrototype)
	r.Error = r.Ctor("Error", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.constructError(func(r *Realm) Value { return r.ErrorPrototype }, args)
	}, r.ErrorPrototype)
	r.Value(r.ErrorPrototype, "name", rt.atom("Error"))
	r.Value(r.ErrorPrototype, "message", rt.emptyString)
	r.Method(r.ErrorPrototype, "toString", 0, func(rt *Runtime, this Value, _ []Value) Value {
		if !this.IsObject() {
			rt.throwTypeError("Method Error.prototype.toString called on incompatible receiver %s", rt.v8Show(this))
		}
		name := rt.Get(this, rt.atom("name"))
		ns := "Error"
		if name != Undefined {
			ns = rt.ToGoString(name)
		}
		msg := rt.Get(this, rt.atom("message"))
		ms := ""
		if msg != Undefined {
			ms = rt.ToGoString(msg)
		}
		switch {
		case ns == "":
			return rt.NewString(ms)
		case ms == "":
			return rt.NewString(ns)
		}
		return rt.NewString(ns + ": " + ms)
	})
	r.Method(r.Error, "captureStackTrace", 1, func(rt *Runtime, _ Value, args []Value) Value {
		o := Arg(args, 0)
		if rt.isGlobalObject(o) {
			// V8 leaves a global object alone (bunyan's src:true, calling it
			// on a sloppy function's this, gets no call site on node).
			return Undefined
		}
		if !o.IsObject() || rt.obj(o).class == ClassProxy {
			rt.throwTypeError("invalid_argument") // V8's words
		}
		if !rt.isExtensibleV(o) {
			rt.throwTypeError("Cannot define property stack, object is not extensible")
		}
		rt.captureStack(o, Arg(args, 1))
		return Undefined
	})
	r.Value(r.Error, "stackTraceLimit", gc.Int(10))

	native := func(name string, slot func(*Realm) *Value) {
		proto := r.NewProto(r.ErrorPrototype)
		*slot(r) = proto
		defProto := func(r *Realm) Value { return *slot(r) }
		c := r.Ctor(name, 1, func(rt *Runtime, _ Value, args []Value) Value {
			return rt.constructError(defProto, args)
		}, proto)
		rt.obj(c).proto = r.Error
		r.Value(proto, "name", rt.atom(name))
		r.Value(proto, "message", rt.emptyString)
	}
	native("TypeError", func(r *Realm) *Value { return &r.TypeErrorPrototype })
	native("ReferenceError", func(r *Realm) *Value { return &r.ReferenceErrorPrototype })
	native("SyntaxError", func(r *Realm) *Value { return &r.SyntaxErrorPrototype })
	native("RangeError", func(r *Realm) *Value { return &r.RangeErrorPrototype })
	native("EvalError", func(r *Realm) *Value { return &r.EvalErrorPrototype })
	native("URIError", func(r *Realm) *Value { return &r.URIErrorPrototype })

	r.AggregateErrorPrototype = r.NewProto(r.ErrorPrototype)
	ag := r.Ctor("AggregateError", 2, func(rt *Runtime, _ Value, args []Value) Value {
		e := rt.constructError(func(r *Realm) Value { return r.AggregateErrorPrototype }, Args(Arg(args, 1), Arg(args, 2)))
		var errs []Value
		rt.Iterate(Arg(args, 0), func(v Value) bool { errs = append(errs, v); return true })
		if errs == nil {
			errs = []Value{}
		}
		rt.defineData(e, rt.atom("errors"), rt.NewArray(errs), attrWritable|attrConfigurable)
		return e
	}, r.AggregateErrorPrototype)
	rt.obj(ag).proto = r.Error
	r.Value(r.AggregateErrorPrototype, "name", rt.atom("AggregateError"))
	r.Value(r.AggregateErrorPrototype, "message", rt.emptyString)
}

// Args builds an argument slice.
func Args(vs ...Value) []Value { return vs }

// constructError is the shared body of the Error constructors (§20.5.1.1):
// message and cause become own properties, and the stack is captured.
func (rt *Runtime) constructError(defProto func(*Realm) Value, args []Value) Value {
	nt := rt.NewTarget()
	if nt == Undefined {
		nt = rt.curCallee
	}
	proto := rt.prototypeFromCtor(nt, defProto)
	e, _ := rt.newObjectCell(ClassError, proto)
	// First, as V8 orders the own keys. V8 also hides the frames of a
	// subclass's constructors: it skips up to and including new.target's
	// frame, so `throw new ValidationError()` points at the throw site.
	rt.captureStackFrom(e, nt)
	if msg := Arg(args, 0); msg != Undefined {
		rt.defineData(e, rt.atom("message"), rt.ToString(msg), attrWritable|attrConfigurable)
	}
	if opts := Arg(args, 1); opts.IsObject() && rt.hasProperty(opts, rt.atom("cause")) {
		rt.defineData(e, rt.atom("cause"), rt.Get(opts, rt.atom("cause")), attrWritable|attrConfigurable)
	}
	return e
}
