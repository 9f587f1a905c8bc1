package vm

import (
	"github.com/kilnjs/kiln/bytecode"
)

// Introspection for Node's util.inspect (stdlib/inspect.go). The formatter
// needs to know what an object is (V8's IsMap, IsBoxedPrimitive, ...) and
// to read properties without running user code (getters show as [Getter]),
// which JavaScript alone cannot do. Everything here is read-only: nothing
// runs a getter, and only proxies' own traps can run JavaScript.

// ObjectKind is the internal kind of an object, as util.inspect tells them
// apart.
type ObjectKind uint8

const (
	KindOrdinary ObjectKind = iota
	KindArray
	KindFunction
	KindError
	KindBoxed // Boolean, Number, String, Symbol or BigInt wrapper
	KindDate
	KindRegExp
	KindMap
	KindSet
	KindWeakMap
	KindWeakSet
	KindPromise
	KindProxy
	KindArguments
	KindMapIterator
	KindSetIterator
	KindTypedArray
	KindArrayBuffer
	KindDataView
	KindNamespace
	KindGenerator // a generator or async generator object
)

// ObjectInfo describes an object for util.inspect. Only the fields of its
// Kind are set.
type ObjectInfo struct {
	Kind ObjectKind

	// Functions: a class constructor, an async function (or async
	// generator function), a generator function.
	Class, Async, Generator bool

	// Boxed primitives: the primitive. Dates: the time value (a number,
	// NaN when invalid).
	Primitive Value

	// Proxies: target and handler (both Null once revoked).
	Target, Handler Value

	// Maps, Sets and their iterators: the live entries in order. Maps and
	// entries iterators give key, value pairs one after the other (Pairs is
	// set); Sets and keys/values iterators give one value per entry.
	// Iterators list only the entries they have not yet visited.
	Entries []Value
	Pairs   bool
}

// Describe classifies v (which must be an object; other values describe as
// KindOrdinary).
func (rt *Runtime) Describe(v Value) ObjectInfo {
	if !v.IsObject() {
		return ObjectInfo{}
	}
	o := rt.obj(v)
	switch o.class {
	case ClassArray:
		return ObjectInfo{Kind: KindArray}
	case ClassFunction:
		info := ObjectInfo{Kind: KindFunction, Class: o.flags&objClassCtor != 0}
		if code, ok := rt.hostOf(o).(*bytecode.Function); ok {
			switch code.Kind {
			case bytecode.KindAsync, bytecode.KindAsyncArrow:
				info.Async = true
			case bytecode.KindGenerator:
				info.Generator = true
			case bytecode.KindAsyncGenerator:
				info.Async, info.Generator = true, true
			}
		}
		return info
	case ClassNative, ClassBound:
		return ObjectInfo{Kind: KindFunction}
	case ClassError:
		return ObjectInfo{Kind: KindError}
	case ClassBoolean, ClassNumber, ClassString, ClassSymbol, ClassBigInt:
		return ObjectInfo{Kind: KindBoxed, Primitive: o.v0}
	case ClassDate:
		return ObjectInfo{Kind: KindDate, Primitive: o.v0}
	case ClassRegExp:
		return ObjectInfo{Kind: KindRegExp}
	case ClassMap, ClassSet:
		kind := KindMap
		if o.class == ClassSet {
			kind = KindSet
		}
		d, _ := rt.hostOf(o).(*mapData)
		if d == nil {
			return ObjectInfo{Kind: kind}
		}
		return ObjectInfo{Kind: kind, Entries: rt.liveEntries(o, d, 0, d.stride), Pairs: d.stride == 2}
	case ClassWeakMap:
		return ObjectInfo{Kind: KindWeakMap}
	case ClassWeakSet:
		return ObjectInfo{Kind: KindWeakSet}
	case ClassPromise:
		return ObjectInfo{Kind: KindPromise}
	case ClassProxy:
		return ObjectInfo{Kind: KindProxy, Target: o.v0, Handler: o.v1}
	case ClassArguments:
		return ObjectInfo{Kind: KindArguments}
	case ClassMapIter, ClassSetIter:
		return rt.describeMapIterator(o)
	case ClassTypedArray:
		return ObjectInfo{Kind: KindTypedArray}
	case ClassArrayBuffer:
		return ObjectInfo{Kind: KindArrayBuffer}
	case ClassDataView:
		return ObjectInfo{Kind: KindDataView}
	case ClassNamespace:
		return ObjectInfo{Kind: KindNamespace}
	case ClassGenerator, ClassAsyncGen:
		return ObjectInfo{Kind: KindGenerator}
	}
	if o.flags&objCallable != 0 {
		return ObjectInfo{Kind: KindFunction}
	}
	return ObjectInfo{Kind: KindOrdinary}
}

// describeMapIterator previews what a Map or Set iterator has left, as
// V8's previewEntries does for util.inspect.
func (rt *Runtime) describeMapIterator(o *Object) ObjectInfo {
	kind := KindMapIterator
	if o.class == ClassSetIter {
		kind = KindSetIterator
	}
	id, _ := rt.hostOf(o).(*mapIterData)
	if id == nil || !o.v0.IsObject() {
		return ObjectInfo{Kind: kind}
	}
	t := rt.obj(o.v0)
	d, _ := rt.hostOf(t).(*mapData)
	if d == nil {
		return ObjectInfo{Kind: kind}
	}
	switch id.kind {
	case 0:
		return ObjectInfo{Kind: kind, Entries: rt.liveEntries(t, d, id.cursor.pos, 1)}
	case 1:
		if d.stride == 2 {
			pairs := rt.liveEntries(t, d, id.cursor.pos, 2)
			values := make([]Value, 0, len(pairs)/2)
			for i := 1; i < len(pairs); i += 2 {
				values = append(values, pairs[i])
			}
			return ObjectInfo{Kind: kind, Entries: values}
		}
		return ObjectInfo{Kind: kind, Entries: rt.liveEntries(t, d, id.cursor.pos, 1)}
	}
	if d.stride == 1 {
		keys := rt.liveEntries(t, d, id.cursor.pos, 1)
		pairs := make([]Value, 0, 2*len(keys))
		for _, k := range keys {
			pairs = append(pairs, k, k)
		}
		return ObjectInfo{Kind: kind, Entries: pairs, Pairs: true}
	}
	return ObjectInfo{Kind: kind, Entries: rt.liveEntries(t, d, id.cursor.pos, 2), Pairs: true}
}

// liveEntries lists the entries of a Map/Set table from entry number from
// on, taking n values (1: keys, 2: key and value) of each live entry.
func (rt *Runtime) liveEntries(o *Object, d *mapData, from, n int) []Value {
	var out []Value
	for i := from; i*d.stride < int(o.elems.n); i++ {
		k := rt.vals(o.elems)[i*d.stride]
		if k == Empty {
			continue
		}
		out = append(out, k)
		if n == 2 {
			out = append(out, rt.vals(o.elems)[i*d.stride+1])
		}
	}
	return out
}

// OwnProperty is an own property as util.inspect reads it: the value of a
// data property, or which accessor functions exist, never calling them.
type OwnProperty struct {
	Key            Value // a string (indexes as their canonical string) or a symbol
	Value          Value // data properties
	Getter, Setter Value // accessors; Undefined when absent
	Accessor       bool
	Enumerable     bool
	Index          bool // Key is an array index
}

// OwnProperties lists v's own properties in [[OwnPropertyKeys]] order:
// only enumerable ones unless all is set, and no array-index keys when
// skipIndexes is set. For a proxy this runs its traps.
func (rt *Runtime) OwnProperties(v Value, all, skipIndexes bool) []OwnProperty {
	if !v.IsObject() {
		return nil
	}
	// A Map or Set keeps its entries in elems, which ownKeys would report
	// as index properties.
	if c := rt.obj(v).class; c == ClassMap || c == ClassSet {
		skipIndexes = true
	}
	var out []OwnProperty
	for _, k := range rt.ownKeys(v) {
		_, isIdx := indexKey(k)
		if isIdx && skipIndexes {
			continue
		}
		p, ok := rt.ownProperty(v, k)
		if !ok || (!all && !p.Enumerable) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// GetOwnProperty reads one own property of v by key (a string, number or
// symbol value) without calling accessors.
func (rt *Runtime) GetOwnProperty(v Value, key Value) (OwnProperty, bool) {
	if !v.IsObject() {
		return OwnProperty{}, false
	}
	return rt.ownProperty(v, rt.ToPropertyKey(key))
}

func (rt *Runtime) ownProperty(v Value, k PropKey) (OwnProperty, bool) {
	d, ok := rt.getOwnProperty(v, k)
	if !ok {
		return OwnProperty{}, false
	}
	_, isIdx := indexKey(k)
	p := OwnProperty{Key: rt.keyToValue(k), Enumerable: d.Attrs&attrEnumerable != 0, Index: isIdx,
		Value: Undefined, Getter: Undefined, Setter: Undefined}
	if d.Attrs&attrAccessor != 0 {
		p.Accessor, p.Getter, p.Setter = true, d.Get, d.Set
	} else {
		p.Value = d.Value
	}
	return p, true
}

// GetOwnDataValue returns the value of v's own data property key, and
// false when there is none (or it is an accessor).
func (rt *Runtime) GetOwnDataValue(v Value, key Value) (Value, bool) {
	p, ok := rt.GetOwnProperty(v, key)
	if !ok || p.Accessor {
		return Undefined, false
	}
	return p.Value, true
}

// PrototypeOf is [[GetPrototypeOf]] (a proxy's trap runs).
func (rt *Runtime) PrototypeOf(v Value) Value {
	if !v.IsObject() {
		return Null
	}
	return rt.getPrototypeOf(v)
}

// NoSideEffectsToString renders v as V8's Object::NoSideEffectsToString
// does for messages (no getter or toString runs): strings as themselves,
// functions as their source, errors as "Name: message", an object whose
// toString is Object.prototype.toString as "#<Constructor>", another as
// "[object Tag]".
func (rt *Runtime) NoSideEffectsToString(v Value) string {
	if !v.IsObject() && !v.IsString() && !v.IsSymbol() && !v.IsBigInt() {
		return rt.ToGoString(v)
	}
	return rt.v8Show(v)
}

// FunctionName is a function's own "name" data property, or "" (no getter
// runs).
func (rt *Runtime) FunctionName(f Value) string {
	if !f.IsObject() {
		return ""
	}
	return rt.funcName(f)
}

// KeyString renders a property key value (string or symbol) as a Go
// string, symbols as Symbol(description).
func (rt *Runtime) KeyString(k Value) string {
	if k.IsSymbol() {
		return rt.symbolDescriptiveString(k)
	}
	return rt.GoString(k)
}
