package vm

import (
	"github.com/kilnjs/kiln/bytecode"
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

func (rt *Runtime) dynamicImport(fr *frame, spec Value) Value {
	p, _, rej := rt.newPromiseCapability()
	if rt.DynamicImportHook != nil {
		return rt.DynamicImportHook(rt, fr.code.Program, spec)
	}
	rt.Call(rej, Undefined, rt.NewError(ErrType, "dynamic import is not supported"))
	return p
}
