package vm

import (
	"github.com/kilnjs/kiln/gc"
)

// Hooks for object kinds and features whose built-ins live in their own
// files. Until a family is implemented its hook reports "not handled" and
// the ordinary behaviour applies.

func (rt *Runtime) argumentsGetOwn(ov Value, o *Object, key PropKey) (PropDesc, bool, bool) {
	return PropDesc{}, false, false
}
func (rt *Runtime) argumentsDefineOwn(ov Value, o *Object, key PropKey, d PropDesc) bool {
	return rt.ordinaryDefineOwn(o, key, d)
}
func (rt *Runtime) argumentsDelete(o *Object, key PropKey)                 {}
func (rt *Runtime) argumentsExtraKeys(o *Object, keys []PropKey) []PropKey { return keys }

func (rt *Runtime) traceEphemerons(m *gc.Marker) bool {
	progress := false
	for h, p := range rt.privateTables {
		if m.IsMarked(gc.MakeRef(gc.TagObject, h)) {
			for i := range p.names {
				if !m.IsMarked(p.names[i]) || !m.IsMarked(p.values[i]) {
					m.Mark(p.names[i])
					m.Mark(p.values[i])
					progress = true
				}
			}
		}
	}
	if rt.weakHook != nil && rt.weakHook.ephemerons(rt, m) {
		progress = true
	}
	return progress
}

func (rt *Runtime) sweepWeak(m *gc.Marker) {
	for h := range rt.privateTables {
		if !m.IsMarked(gc.MakeRef(gc.TagObject, h)) {
			delete(rt.privateTables, h)
		}
	}
	if rt.weakHook != nil {
		rt.weakHook.sweep(rt, m)
	}
}

// weakCollections is implemented by the WeakMap/WeakSet/WeakRef built-ins.
type weakCollections interface {
	ephemerons(rt *Runtime, m *gc.Marker) bool
	sweep(rt *Runtime, m *gc.Marker)
}

func (rt *Runtime) importMeta(fr *frame) Value {
	if rt.ImportMetaHook != nil {
		return rt.ImportMetaHook(rt, fr.code.Program)
	}
	return rt.NewObjectProto(Null)
}

func (rt *Runtime) dynamicImport(fr *frame, spec Value) Value {
	p, _, rej := rt.newPromiseCapability()
	if rt.DynamicImportHook != nil {
		return rt.DynamicImportHook(rt, fr.code.Program, spec)
	}
	rt.Call(rej, Undefined, rt.NewError(ErrType, "dynamic import is not supported"))
	return p
}
