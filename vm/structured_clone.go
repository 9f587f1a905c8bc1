package vm

import (
	"slices"

	"github.com/kilnjs/kiln/gc"
)

// The HTML standard's structured clone (StructuredSerializeWithTransfer
// followed by StructuredDeserializeWithTransfer, §2.7 of the HTML living
// standard), done in one walk since both ends are the same realm. What is
// cloneable follows V8's ValueSerializer, which node's structuredClone uses:
// primitives but symbols; Boolean, Number, String and BigInt wrappers; Date;
// RegExp; ArrayBuffer (copied, or moved when transferred),
// SharedArrayBuffer (shared); typed arrays and DataView (their buffer cloned
// once however many views share it); Map; Set; Error (name, message and
// stack); arrays and other ordinary objects, by their own enumerable string
// keys read with [[Get]], losing their prototype. Anything else is a
// DataCloneError, which the host names (DOMException is the host's).

// StructuredClone clones v, moving the ArrayBuffers of transfer into the
// clone and detaching them. dataCloneError makes the exception thrown for
// a value that cannot be cloned or a bad transfer list.
func (rt *Runtime) StructuredClone(v Value, transfer []Value, dataCloneError func(msg string) Value) Value {
	return rt.StructuredCloneHost(v, transfer, nil, dataCloneError, nil)
}

// StructuredCloneHost is StructuredClone with the host's own transferable
// objects (MessagePorts), which the vm cannot tell from ordinary objects:
// each key of host met in v clones to its value, or, where the value is
// Undefined (the object is not in the transfer list), makes the clone
// throw what untransferred returns.
func (rt *Runtime) StructuredCloneHost(v Value, transfer []Value, host map[Value]Value, dataCloneError func(msg string) Value, untransferred func() Value) Value {
	c := &cloner{rt: rt, memory: map[Value]Value{}, fail: dataCloneError, untransferred: untransferred}
	var moved []Value
	for _, t := range transfer {
		if !t.IsObject() || rt.obj(t).class != ClassArrayBuffer || rt.hostOf(rt.obj(t)).(*bufferData).shared {
			rt.throwTypeError("Found invalid object in transferList")
		}
		if _, dup := c.memory[t]; dup {
			rt.Throw(dataCloneError("Transfer list contains duplicate ArrayBuffer"))
		}
		// V8 transfers a detached buffer as a detached buffer rather than
		// failing, so node's postMessage(v, [ab]) with ab detached goes on.
		b := rt.hostOf(rt.obj(t)).(*bufferData)
		nv, no := rt.newObjectCell(ClassArrayBuffer, rt.realm.ArrayBufferPrototype)
		rt.setHost(no, &bufferData{data: b.data, maxLen: b.maxLen, detached: b.detached})
		c.memory[t] = nv
		moved = append(moved, t)
	}
	for k, r := range host {
		c.memory[k] = r
	}
	out := c.clone(v)
	for _, t := range moved {
		b := rt.hostOf(rt.obj(t)).(*bufferData)
		b.data, b.detached = nil, true
	}
	return out
}

type cloner struct {
	rt     *Runtime
	memory map[Value]Value // source object → its clone, for shared and cyclic references
	fail   func(msg string) Value
	// untransferred makes the exception for a host object met but not
	// transferred, which memory maps to Undefined.
	untransferred func() Value
}

func (c *cloner) clone(v Value) Value {
	rt := c.rt
	switch v.Tag() {
	case gc.TagSymbol:
		rt.Throw(c.fail(rt.symbolDescriptiveString(v) + " could not be cloned."))
	case gc.TagObject:
	default:
		return v
	}
	if out, ok := c.memory[v]; ok {
		if out == Undefined {
			rt.Throw(c.untransferred())
		}
		return out
	}
	// The source is read across calls into JavaScript (getters).
	rt.Keep(v)
	o := rt.obj(v)
	switch o.class {
	case ClassBoolean, ClassNumber, ClassString, ClassBigInt:
		return c.remember(v, rt.ToObject(o.v0))
	case ClassDate:
		out, cell := rt.newObjectCell(ClassDate, rt.realm.DatePrototype)
		cell.v0 = o.v0
		return c.remember(v, out)
	case ClassRegExp:
		return c.remember(v, rt.construct(rt.realm.RegExp, []Value{o.v0, o.v1}, rt.realm.RegExp))
	case ClassArrayBuffer:
		b := rt.hostOf(o).(*bufferData)
		if b.shared {
			return c.remember(v, v)
		}
		if b.detached {
			rt.Throw(c.fail("An ArrayBuffer is detached and could not be cloned."))
		}
		out, no := rt.newObjectCell(ClassArrayBuffer, rt.realm.ArrayBufferPrototype)
		rt.setHost(no, &bufferData{data: append(make([]byte, 0, max(b.maxLen, len(b.data))), b.data...), maxLen: b.maxLen})
		rt.heap.Charge(len(b.data))
		return c.remember(v, out)
	case ClassTypedArray:
		d := rt.hostOf(o).(*taData)
		if _, _, _, ok := rt.taBounds(o); !ok {
			rt.Throw(c.fail("An ArrayBuffer is detached and could not be cloned."))
		}
		buf := c.clone(o.v0)
		return c.remember(v, rt.newTypedArray(rt.realm.TypedArrayPrototypes[d.kind], d.kind, buf, d.offset, d.length, d.tracking))
	case ClassDataView:
		d := rt.hostOf(o).(*viewData)
		if _, _, ok := rt.viewBounds(o); !ok {
			rt.Throw(c.fail("An ArrayBuffer is detached and could not be cloned."))
		}
		buf := c.clone(o.v0)
		out, no := rt.newObjectCell(ClassDataView, rt.realm.DataViewPrototype)
		no.v0 = buf
		rt.setHost(no, &viewData{offset: d.offset, length: d.length, tracking: d.tracking})
		return c.remember(v, out)
	case ClassMap, ClassSet:
		return c.cloneCollection(v, o)
	case ClassError:
		return c.cloneError(v)
	case ClassArray:
		out := c.remember(v, rt.NewArray(nil))
		rt.setLengthOrThrow(out, int64(o.aux))
		c.cloneProperties(v, out)
		return out
	case ClassObject, ClassArguments:
		out := c.remember(v, rt.NewObject())
		c.cloneProperties(v, out)
		return out
	}
	rt.Throw(c.fail(rt.v8Show(v) + " could not be cloned."))
	return Undefined
}

func (c *cloner) remember(src, out Value) Value {
	c.memory[src] = out
	return out
}

// cloneProperties copies the own enumerable string-keyed properties of src,
// each read with [[Get]] when it is reached (a getter may delete a later
// one, which is then skipped).
func (c *cloner) cloneProperties(src, out Value) {
	rt := c.rt
	for _, k := range rt.ownKeys(src) {
		if k.IsSymbol() {
			continue
		}
		rt.Keep(k)
		if d, ok := rt.getOwnProperty(src, k); !ok || d.Attrs&attrEnumerable == 0 {
			continue
		}
		rt.createDataProperty(out, k, c.clone(rt.Get(src, k)))
	}
}

// cloneCollection clones a Map's or Set's entries as they are when it
// starts, so that cloning an entry cannot change which entries are copied.
func (c *cloner) cloneCollection(src Value, o *Object) Value {
	rt := c.rt
	d := rt.hostOf(o).(*mapData)
	entries := slices.Clone(rt.vals(o.elems))
	for _, e := range entries {
		rt.Keep(e)
	}
	proto := rt.realm.MapPrototype
	if o.class == ClassSet {
		proto = rt.realm.SetPrototype
	}
	out := c.remember(src, rt.newMapObject(o.class, proto))
	for i := 0; i+d.stride <= len(entries); i += d.stride {
		if entries[i] == Empty {
			continue
		}
		k := c.clone(entries[i])
		val := Undefined
		if d.stride == 2 {
			val = c.clone(entries[i+1])
		}
		rt.mapPut(rt.obj(out), rt.hostOf(rt.obj(out)).(*mapData), k, val)
	}
	return out
}

// cloneError keeps an error's kind (by its name, one of the native error
// names or else Error), its own message and its stack.
func (c *cloner) cloneError(src Value) Value {
	rt := c.rt
	r := rt.realm
	protos := map[string]Value{
		"Error": r.ErrorPrototype, "EvalError": r.EvalErrorPrototype, "RangeError": r.RangeErrorPrototype,
		"ReferenceError": r.ReferenceErrorPrototype, "SyntaxError": r.SyntaxErrorPrototype,
		"TypeError": r.TypeErrorPrototype, "URIError": r.URIErrorPrototype,
	}
	proto := r.ErrorPrototype
	if p, ok := protos[rt.ToGoString(rt.Get(src, rt.atom("name")))]; ok {
		proto = p
	}
	var msg Value
	hasMsg := false
	if d, ok := rt.getOwnProperty(src, rt.atom("message")); ok && d.Attrs&attrAccessor == 0 {
		msg, hasMsg = rt.ToString(d.Value), true
		rt.Keep(msg)
	}
	stack := rt.Get(src, rt.atom("stack"))
	out, _ := rt.newObjectCell(ClassError, proto)
	c.remember(src, out)
	if hasMsg {
		rt.defineData(out, rt.atom("message"), msg, attrWritable|attrConfigurable)
	}
	if stack.IsString() {
		rt.defineData(out, rt.atom("stack"), stack, attrWritable|attrConfigurable)
	}
	return out
}
