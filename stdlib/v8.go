package stdlib

import (
	"math"
	"strconv"

	"github.com/kilnjs/kiln/vm"
)

// The Go half of node:v8's Serializer and Deserializer: the wire format
// is the vm's (vm.V8Writer, vm.V8Reader); here are the hooks node lets a
// subclass override (_writeHostObject, _getDataCloneError,
// _getSharedArrayBufferId, _readHostObject), looked up on the JavaScript
// object the methods are called for, which lib/v8.js passes in.

// toUint32 is ECMA-262's ToUint32 of a number.
func toUint32(f float64) uint32 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return uint32(int64(math.Mod(math.Trunc(f), 1<<32)))
}

func fillV8(n *Node, b vm.Value) {
	rt := n.VM
	fillHeapSnapshot(n, b)
	plainError := func(msg string) vm.Value { return rt.NewError(vm.ErrPlain, msg) }
	// method looks up a hook on the JavaScript object; undefined when it
	// is not a function.
	method := func(owner vm.Value, name string) vm.Value {
		if f := rt.GetS(owner, name); rt.IsCallable(f) {
			return f
		}
		return vm.Undefined
	}

	// heapSizeLimit is V8's heap_size_limit: the old space's limit
	// (--max-old-space-size, Kiln's heap limit) and the young
	// generation's 48 MB, as node reports it; with no limit set, what
	// node v20 computes on a machine of 16 GB or more (4096 + 48 MB).
	rt.DefineMethod(b, "heapSizeLimit", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		limit := int64(4096 << 20)
		if n.opts.MaxHeapBytes > 0 {
			limit = n.opts.MaxHeapBytes
		}
		return vm.Float(float64(limit + 48<<20))
	})
	// queryObjects is V8's QueryObjects: the live objects that inherit
	// from the prototype, found by walking the heap (vm.QueryObjects).
	rt.DefineMethod(b, "queryObjects", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewArray(rt.QueryObjects(vm.Arg(args, 0)))
	})
	rt.DefineMethod(b, "setHeapSnapshotNearHeapLimit", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		n.snapshotNearHeapLimit(strconv.Itoa(int(rt.ToNumber(vm.Arg(args, 0)))))
		return vm.Undefined
	})
	rt.DefineMethod(b, "takeCoverage", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		n.takeCoverage()
		return vm.Undefined
	})
	rt.DefineMethod(b, "stopCoverage", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		n.coverStopped = n.coverDir != ""
		return vm.Undefined
	})
	rt.DefineMethod(b, "newSerializer", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		w := rt.NewV8Writer()
		h := rt.NewObject()
		rt.DefineValue(h, "roots", w.Roots())
		// owner is the serializer whose writeValue is running.
		owner := vm.Undefined
		w.CloneError = func(msg string) vm.Value {
			if f := method(owner, "_getDataCloneError"); f != vm.Undefined {
				return rt.Call(f, owner, rt.NewString(msg))
			}
			return plainError(msg)
		}
		w.WriteHost = func(v vm.Value) bool {
			f := method(owner, "_writeHostObject")
			if f == vm.Undefined {
				return false
			}
			rt.Call(f, owner, v)
			return true
		}
		w.SharedID = func(v vm.Value) (uint32, bool) {
			f := method(owner, "_getSharedArrayBufferId")
			if f == vm.Undefined {
				return 0, false
			}
			return toUint32(rt.ToNumber(rt.Call(f, owner, v))), true
		}
		rt.DefineMethod(h, "writeHeader", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			w.WriteHeader()
			return vm.Undefined
		})
		rt.DefineMethod(h, "writeValue", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			saved := owner
			owner = vm.Arg(args, 0)
			defer func() { owner = saved }()
			w.WriteValue(vm.Arg(args, 1))
			return vm.True
		})
		rt.DefineMethod(h, "releaseBuffer", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			return rt.NewUint8Array(w.Release())
		})
		rt.DefineMethod(h, "transferArrayBuffer", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			w.TransferArrayBuffer(toUint32(rt.ToNumber(vm.Arg(args, 0))), vm.Arg(args, 1))
			return vm.Undefined
		})
		rt.DefineMethod(h, "writeUint32", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			w.WriteUint32(toUint32(rt.ToNumber(vm.Arg(args, 0))))
			return vm.Undefined
		})
		rt.DefineMethod(h, "writeUint64", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			hi, lo := toUint32(rt.ToNumber(vm.Arg(args, 0))), toUint32(rt.ToNumber(vm.Arg(args, 1)))
			w.WriteUint64(uint64(hi)<<32 | uint64(lo))
			return vm.Undefined
		})
		rt.DefineMethod(h, "writeDouble", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			w.WriteDouble(rt.ToNumber(vm.Arg(args, 0)))
			return vm.Undefined
		})
		rt.DefineMethod(h, "writeRawBytes", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			data, _ := rt.BufferBytes(vm.Arg(args, 0))
			w.WriteRawBytes(data)
			return vm.Undefined
		})
		rt.DefineMethod(h, "setHostViews", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			w.HostViews = rt.ToBoolean(vm.Arg(args, 0))
			return vm.Undefined
		})
		return h
	})

	rt.DefineMethod(b, "newDeserializer", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data, _ := rt.BufferBytes(vm.Arg(args, 0))
		r := rt.NewV8Reader(append([]byte(nil), data...))
		h := rt.NewObject()
		rt.DefineValue(h, "roots", r.Roots())
		owner := vm.Undefined
		r.ReadHost = func() (vm.Value, bool) {
			f := method(owner, "_readHostObject")
			if f == vm.Undefined {
				return vm.Undefined, false
			}
			v := rt.Call(f, owner)
			if !v.IsObject() {
				rt.Throw(rt.NewError(vm.ErrType, "readHostObject must return an object"))
			}
			return v, true
		}
		fail := func(what string) { rt.Throw(plainError(what + "() failed")) }
		rt.DefineMethod(h, "readHeader", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			if !r.ReadHeader() {
				rt.Throw(plainError("Unable to deserialize cloned data due to invalid or unsupported version."))
			}
			return vm.True
		})
		rt.DefineMethod(h, "readValue", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			saved := owner
			owner = vm.Arg(args, 0)
			defer func() { owner = saved }()
			v, ok := r.ReadValue()
			if !ok {
				rt.Throw(plainError("Unable to deserialize cloned data."))
			}
			return v
		})
		rt.DefineMethod(h, "version", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			return vm.Int(int(r.Version()))
		})
		rt.DefineMethod(h, "transferArrayBuffer", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			r.TransferArrayBuffer(toUint32(rt.ToNumber(vm.Arg(args, 0))), vm.Arg(args, 1))
			return vm.Undefined
		})
		rt.DefineMethod(h, "readUint32", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			v, ok := r.ReadUint32()
			if !ok {
				fail("ReadUint32")
			}
			return vm.Float(float64(v))
		})
		rt.DefineMethod(h, "readUint64", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			v, ok := r.ReadUint64()
			if !ok {
				fail("ReadUint64")
			}
			return rt.NewArray([]vm.Value{vm.Float(float64(v >> 32)), vm.Float(float64(uint32(v)))})
		})
		rt.DefineMethod(h, "readDouble", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
			v, ok := r.ReadDouble()
			if !ok {
				fail("ReadDouble")
			}
			return vm.Float(v)
		})
		// readRawBytes(n) skips n bytes and returns where they start.
		rt.DefineMethod(h, "readRawBytes", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			at := r.Pos()
			if _, ok := r.ReadRawBytes(int(toUint32(rt.ToNumber(vm.Arg(args, 0))))); !ok {
				fail("ReadRawBytes")
			}
			return vm.Int(at)
		})
		return h
	})
}
