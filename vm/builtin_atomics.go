package vm

import (
	"encoding/binary"
	"math"

	"github.com/kilnjs/kiln/gc"
)

// The Atomics namespace object (ECMA-262 §25.4). On a SharedArrayBuffer
// every operation is a sync/atomic operation on the shared memory
// (shared_memory.go), and Atomics.wait, waitAsync and notify meet through
// one process-wide list of waiters (atomics_wait.go), since the agents of
// a cluster are runtimes on other goroutines. On an ArrayBuffer no other
// thread can see the bytes, so the operations are plain reads and writes.

func (r *Realm) initAtomics() {
	rt := r.rt
	atomics := rt.NewObject()
	r.Value(r.GlobalThis, "Atomics", atomics)
	r.Extra["Atomics"] = atomics
	rt.defineData(atomics, rt.wellKnown.toStringTag, rt.atom("Atomics"), attrConfigurable)

	r.Method(atomics, "load", 2, func(rt *Runtime, _ Value, args []Value) Value {
		o, i := rt.atomicAccess(Arg(args, 0), Arg(args, 1), false)
		d, data := rt.atomicRevalidate(o, i)
		return rt.bitsValue(d.kind, rt.atomicUpdateElem(o, d, data, i, nil))
	})
	r.Method(atomics, "store", 3, func(rt *Runtime, _ Value, args []Value) Value {
		o, i := rt.atomicAccess(Arg(args, 0), Arg(args, 1), false)
		v := rt.atomicOperand(o, Arg(args, 2))
		d, data := rt.atomicRevalidate(o, i)
		bits := rt.elemBits(d.kind, v)
		rt.atomicUpdateElem(o, d, data, i, func(uint64) uint64 { return bits })
		return v
	})
	rmw := func(name string, op func(old, v uint64) uint64) {
		r.Method(atomics, name, 3, func(rt *Runtime, _ Value, args []Value) Value {
			o, i := rt.atomicAccess(Arg(args, 0), Arg(args, 1), false)
			v := rt.atomicOperand(o, Arg(args, 2))
			d, data := rt.atomicRevalidate(o, i)
			bits := rt.elemBits(d.kind, v)
			old := rt.atomicUpdateElem(o, d, data, i, func(old uint64) uint64 { return op(old, bits) })
			return rt.bitsValue(d.kind, old)
		})
	}
	// Two's-complement arithmetic on the raw bits wraps exactly as the
	// element type does (§25.4.3.x: the result is truncated to the size).
	rmw("add", func(old, v uint64) uint64 { return old + v })
	rmw("sub", func(old, v uint64) uint64 { return old - v })
	rmw("and", func(old, v uint64) uint64 { return old & v })
	rmw("or", func(old, v uint64) uint64 { return old | v })
	rmw("xor", func(old, v uint64) uint64 { return old ^ v })
	rmw("exchange", func(_, v uint64) uint64 { return v })
	r.Method(atomics, "compareExchange", 4, func(rt *Runtime, _ Value, args []Value) Value {
		// ECMA-262 §25.4.5 Atomics.compareExchange: both operands are
		// converted before the buffer is looked at again.
		o, i := rt.atomicAccess(Arg(args, 0), Arg(args, 1), false)
		expected := rt.atomicOperand(o, Arg(args, 2))
		replacement := rt.atomicOperand(o, Arg(args, 3))
		d, data := rt.atomicRevalidate(o, i)
		exp, repl := rt.elemBits(d.kind, expected), rt.elemBits(d.kind, replacement)
		old := rt.atomicUpdateElem(o, d, data, i, func(old uint64) uint64 {
			if old == exp {
				return repl
			}
			return old
		})
		return rt.bitsValue(d.kind, old)
	})
	r.Method(atomics, "isLockFree", 1, func(rt *Runtime, _ Value, args []Value) Value {
		// Every size has a lock-free sync/atomic operation on the
		// platforms Go supports (1 and 2 through the containing word).
		switch rt.ToIntegerOrInfinity(Arg(args, 0)) {
		case 1, 2, 4, 8:
			return True
		}
		return False
	})
	r.Method(atomics, "wait", 4, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.doWait(args, false)
	})
	r.Method(atomics, "waitAsync", 4, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.doWait(args, true)
	})
	r.Method(atomics, "notify", 3, func(rt *Runtime, _ Value, args []Value) Value {
		// ECMA-262 §25.4.15 Atomics.notify.
		o, i := rt.atomicAccess(Arg(args, 0), Arg(args, 1), true)
		count := math.Inf(1)
		if c := Arg(args, 2); c != Undefined {
			count = math.Max(rt.ToIntegerOrInfinity(c), 0)
		}
		// Step 7 returns before anything would revalidate: converting the
		// count may have detached or shrunk an ArrayBuffer, never a
		// SharedArrayBuffer.
		if !rt.bufferOf(o).shared {
			return gc.Int(0)
		}
		d, data := rt.atomicRevalidate(o, i)
		return gc.Int(notifyWaiters(waiterKey(taElem(d, data, i)), count))
	})
}

// atomicAccess is ValidateIntegerTypedArray followed by ValidateAtomicAccess
// (§25.4.3.1, §25.4.3.2): the typed array and the element index.
func (rt *Runtime) atomicAccess(ta, index Value, waitable bool) (*Object, int) {
	o, n := rt.atomicArray(ta, waitable)
	return o, rt.atomicIndex(n, index)
}

// atomicArray is ValidateIntegerTypedArray (§25.4.3.1): the typed array
// and its length, which the index is checked against even when converting
// the index changed it.
func (rt *Runtime) atomicArray(ta Value, waitable bool) (*Object, int) {
	if !ta.IsObject() || rt.obj(ta).class != ClassTypedArray {
		rt.throwTypeError("%s is not an integer typed array.", rt.v8Show(ta))
	}
	o := rt.obj(ta)
	_, _, n, ok := rt.taBounds(o)
	if !ok {
		rt.throwTypeError("Cannot perform Atomics operation on a detached ArrayBuffer")
	}
	kind := rt.hostOf(o).(*taData).kind
	if waitable {
		if kind != kindInt32 && kind != kindBigInt64 {
			rt.throwTypeError("%s is not an int32 or BigInt64 typed array.", rt.v8Show(ta))
		}
	} else if kind == kindUint8Clamped || kind == kindFloat32 || kind == kindFloat64 {
		rt.throwTypeError("%s is not an integer typed array.", rt.v8Show(ta))
	}
	return o, n
}

// atomicIndex is ValidateAtomicAccess (§25.4.3.2) against length n.
func (rt *Runtime) atomicIndex(n int, index Value) int {
	bad := func() string { return "Invalid atomic access index" }
	i := rt.toIndexOr(index, bad)
	if i >= n {
		rt.throwRangeError("%s", bad())
	}
	return i
}

// atomicOperand converts a value for the typed array's element type:
// ToBigInt, or ToIntegerOrInfinity (so the result of store is an integer).
func (rt *Runtime) atomicOperand(o *Object, v Value) Value {
	if isBigKind(rt.hostOf(o).(*taData).kind) {
		return rt.NewBigInt(rt.ToBigInt(v))
	}
	return gc.Float(rt.ToIntegerOrInfinity(v) + 0)
}

// atomicRevalidate is RevalidateAtomicAccess (§25.4.3.3): converting the
// operands ran user code, which may have detached or shrunk the buffer.
func (rt *Runtime) atomicRevalidate(o *Object, i int) (*taData, []byte) {
	d, data, n, ok := rt.taBounds(o)
	if !ok {
		rt.throwTypeError("Cannot perform Atomics operation on a detached ArrayBuffer")
	}
	if i >= n {
		rt.throwRangeError("Invalid atomic access index")
	}
	return d, data
}

// elemBits is the raw little-endian bits v would be stored as in an
// element of kind, zero-extended.
func (rt *Runtime) elemBits(kind int, v Value) uint64 {
	var b [8]byte
	s := b[:typedSizes[kind]]
	rt.writeElem(kind, s, v)
	return rawBits(s)
}

// bitsValue is the value of an element of kind whose raw bits are u.
func (rt *Runtime) bitsValue(kind int, u uint64) Value {
	var w [8]byte
	binary.LittleEndian.PutUint64(w[:], u)
	return rt.readElem(kind, w[:typedSizes[kind]])
}

// atomicUpdateElem replaces element i's raw bits with op(old) and returns
// old; a nil op only reads. On shared memory both are one atomic
// operation.
func (rt *Runtime) atomicUpdateElem(o *Object, d *taData, data []byte, i int, op func(uint64) uint64) uint64 {
	b := taElem(d, data, i)
	if rt.bufferOf(o).shared {
		if op == nil {
			return atomicLoad(b)
		}
		return atomicUpdate(b, op)
	}
	old := rawBits(b)
	if op != nil {
		putRaw(b, op(old))
	}
	return old
}

func rawBits(b []byte) uint64 {
	var w [8]byte
	copy(w[:], b)
	return binary.LittleEndian.Uint64(w[:])
}

func putRaw(b []byte, u uint64) {
	var w [8]byte
	binary.LittleEndian.PutUint64(w[:], u)
	copy(b, w[:len(b)])
}
