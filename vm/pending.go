package vm

import (
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// Hooks for object kinds and features whose built-ins live in their own
// files. Until a family is implemented its hook reports "not handled" and
// the ordinary behaviour applies.

func (rt *Runtime) traceEphemerons(m *gc.Marker) bool {
	progress := false
	if rt.weakHook != nil && rt.weakHook.ephemerons(rt, m) {
		progress = true
	}
	for _, h := range rt.hostWeak {
		if h.Ephemerons(m.IsMarked, m.Mark) {
			progress = true
		}
	}
	return progress
}

func (rt *Runtime) sweepWeak(m *gc.Marker) {
	if rt.weakHook != nil {
		rt.weakHook.sweep(rt, m)
	}
	for e := range rt.stackOverflows {
		if !m.IsMarked(e) {
			delete(rt.stackOverflows, e)
		}
	}
	for _, h := range rt.hostWeak {
		h.Sweep(m.IsMarked)
	}
}

// weakCollections is implemented by the WeakMap/WeakSet/WeakRef built-ins.
type weakCollections interface {
	ephemerons(rt *Runtime, m *gc.Marker) bool
	sweep(rt *Runtime, m *gc.Marker)
}

// importMeta is import.meta (§13.3.12.1): one object per module.
func (rt *Runtime) importMeta(fr *frame) Value {
	p := fr.code.Program
	if rt.modules.meta == nil {
		rt.modules.meta = map[*bytecode.Program]Value{}
	}
	if v, ok := rt.modules.meta[p]; ok {
		return v
	}
	meta := rt.NewObjectProto(Null)
	rt.modules.meta[p] = meta
	if rt.ImportMetaHook != nil {
		rt.ImportMetaHook(rt, p, meta)
	}
	return meta
}

// dynamicImport is EvaluateImportCall (§13.3.10.1.1) up to the host's
// loading: the specifier's string and the import attributes, each failure
// a rejected promise rather than a throw.
func (rt *Runtime) dynamicImport(fr *frame, spec, options Value) Value {
	var s Value
	var attrs []bytecode.ImportAttribute
	exc := rt.Try(func() {
		s = rt.NewString(rt.ToGoString(spec))
		if options == Undefined {
			return
		}
		if !options.IsObject() {
			rt.throwTypeError("The second argument to import() must be an object")
		}
		with := rt.Get(options, rt.atom("with"))
		if with == Undefined {
			// Node v20 still accepts the older `assert` spelling.
			with = rt.Get(options, rt.atom("assert"))
		}
		if with == Undefined {
			return
		}
		if !with.IsObject() {
			rt.throwTypeError("The 'assert' option must be an object")
		}
		for _, k := range rt.ownKeys(with) {
			if k.IsSymbol() {
				continue
			}
			d, ok := rt.getOwnProperty(with, k)
			if !ok || d.Attrs&attrEnumerable == 0 {
				continue
			}
			v := rt.Get(with, k)
			if !v.IsString() {
				rt.throwTypeError("Import assertion value must be a string")
			}
			attrs = append(attrs, bytecode.ImportAttribute{Key: rt.keyString(k), Value: rt.GoString(v)})
		}
	})
	if exc != nil {
		return rt.RejectedPromise(exc.Value)
	}
	if rt.DynamicImportHook != nil {
		referrer := fr.code.Program
		if referrer.Referrer != nil {
			referrer = referrer.Referrer
		}
		return rt.DynamicImportHook(rt, referrer, s, attrs)
	}
	return rt.RejectedPromise(rt.NewError(ErrType, "dynamic import is not supported"))
}
