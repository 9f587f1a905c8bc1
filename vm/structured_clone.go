package vm

// The HTML standard's structured clone (StructuredSerializeWithTransfer
// followed by StructuredDeserializeWithTransfer, §2.7 of the HTML living
// standard), which is Serialize then Deserialize in the same runtime: one
// walk decides what is cloneable for workers and for structuredClone
// alike. What is cloneable follows V8's ValueSerializer, which node's
// structuredClone uses: primitives but symbols; Boolean, Number, String
// and BigInt wrappers; Date; RegExp; ArrayBuffer (copied, or moved when
// transferred), SharedArrayBuffer (a new object over the same memory);
// typed arrays and DataView (their buffer cloned once however many views
// share it); Map; Set; Error (name, message and stack); arrays and other
// ordinary objects, by their own enumerable string keys read with [[Get]],
// losing their prototype. Anything else is a DataCloneError, which the
// host names (DOMException is the host's).

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
	var moved []HostTransfer
	var refused []Value
	for k, r := range host {
		if r == Undefined {
			refused = append(refused, k)
		} else {
			moved = append(moved, HostTransfer{Object: k, Data: r})
		}
	}
	s := rt.Serialize(v, transfer, moved, refused, dataCloneError, untransferred)
	out, _ := rt.Deserialize(s, func(data any) Value { return data.(Value) })
	return out
}
