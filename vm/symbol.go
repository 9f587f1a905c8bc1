package vm

import (
	"github.com/kilnjs/kiln/gc"
)

// wellKnownSymbols are shared by all realms of a runtime (§6.1.5.1).
type wellKnownSymbols struct {
	asyncIterator, hasInstance, isConcatSpreadable, iterator, match, matchAll, replace, search, species,
	split, toPrimitive, toStringTag, unscopables Value
}

var wellKnownNames = [...]string{"asyncIterator", "hasInstance", "isConcatSpreadable", "iterator", "match",
	"matchAll", "replace", "search", "species", "split", "toPrimitive", "toStringTag", "unscopables"}

func (w *wellKnownSymbols) all() []*Value {
	return []*Value{&w.asyncIterator, &w.hasInstance, &w.isConcatSpreadable, &w.iterator, &w.match, &w.matchAll,
		&w.replace, &w.search, &w.species, &w.split, &w.toPrimitive, &w.toStringTag, &w.unscopables}
}

func (w *wellKnownSymbols) trace(m *gc.Marker) {
	for _, v := range w.all() {
		m.Mark(*v)
	}
}

func (rt *Runtime) initWellKnownSymbols() {
	for i, p := range rt.wellKnown.all() {
		*p = rt.NewSymbol(rt.atom("Symbol." + wellKnownNames[i]))
	}
}

// WellKnownSymbol returns Symbol.<name>.
func (rt *Runtime) WellKnownSymbol(name string) Value {
	for i, n := range wellKnownNames {
		if n == name {
			return *rt.wellKnown.all()[i]
		}
	}
	return Undefined
}

// symbolDescriptiveString is SymbolDescriptiveString (§20.4.3.3.1).
func (rt *Runtime) symbolDescriptiveString(v Value) string {
	d := rt.syms.Get(v.Handle()).desc
	if d == Undefined {
		return "Symbol()"
	}
	return "Symbol(" + rt.GoString(d) + ")"
}

// SymbolDescription returns a symbol's description (undefined if none).
func (rt *Runtime) SymbolDescription(v Value) Value { return rt.syms.Get(v.Handle()).desc }

// symbolFor is Symbol.for: the registry's symbol for key, made on first
// request. The registry is the runtime's, shared by its realms, as the
// GlobalSymbolRegistry is by the agent's.
func (rt *Runtime) symbolFor(key string) Value {
	if s, ok := rt.symbolRegistry[key]; ok {
		return s
	}
	s := rt.NewSymbol(rt.NewString(key))
	rt.syms.Get(s.Handle()).registered = true
	rt.symbolRegistry[key] = s
	return s
}
