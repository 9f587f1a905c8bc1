package vm

import (
	"encoding/binary"
	"math"
	"time"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/jsnum"
)

// The Atomics namespace object (ECMA-262 §25.4). A runtime is one agent
// and runs one thread of JavaScript, so every operation is a plain read,
// modify and write of the buffer's bytes: nothing else can observe the
// bytes in between. Atomics.wait can only time out (no other agent can
// notify it), and Atomics.notify finds no waiters. Atomics.waitAsync is
// not provided: settling its promise after the timeout needs the host's
// timers, which the vm does not own.

func (r *Realm) initAtomics() {
	rt := r.rt
	atomics := rt.NewObject()
	r.Value(r.GlobalThis, "Atomics", atomics)
	r.Extra["Atomics"] = atomics
	rt.defineData(atomics, rt.wellKnown.toStringTag, rt.atom("Atomics"), attrConfigurable)

	r.Method(atomics, "load", 2, func(rt *Runtime, _ Value, args []Value) Value {
		o, i := rt.atomicAccess(Arg(args, 0), Arg(args, 1), false)
		d, data := rt.atomicRevalidate(o, i)
		return rt.readElem(d.kind, taElem(d, data, i))
	})
	r.Method(atomics, "store", 3, func(rt *Runtime, _ Value, args []Value) Value {
		o, i := rt.atomicAccess(Arg(args, 0), Arg(args, 1), false)
		v := rt.atomicOperand(o, Arg(args, 2))
		d, data := rt.atomicRevalidate(o, i)
		rt.writeElem(d.kind, taElem(d, data, i), v)
		return v
	})
	rmw := func(name string, op func(old, v uint64) uint64) {
		r.Method(atomics, name, 3, func(rt *Runtime, _ Value, args []Value) Value {
			o, i := rt.atomicAccess(Arg(args, 0), Arg(args, 1), false)
			v := rt.atomicOperand(o, Arg(args, 2))
			d, data := rt.atomicRevalidate(o, i)
			b := taElem(d, data, i)
			old := rt.readElem(d.kind, b)
			putRaw(b, op(rawBits(b), rt.elemBits(d.kind, v)))
			return old
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
		b := taElem(d, data, i)
		old := rt.readElem(d.kind, b)
		if rawBits(b) == rt.elemBits(d.kind, expected) {
			rt.writeElem(d.kind, b, replacement)
		}
		return old
	})
	r.Method(atomics, "isLockFree", 1, func(rt *Runtime, _ Value, args []Value) Value {
		switch rt.ToIntegerOrInfinity(Arg(args, 0)) {
		case 1, 2, 4, 8:
			return True
		}
		return False
	})
	r.Method(atomics, "wait", 4, func(rt *Runtime, _ Value, args []Value) Value {
		// ECMA-262 §25.4.3.14 DoWait, synchronous mode.
		o, i := rt.atomicAccess(Arg(args, 0), Arg(args, 1), true)
		if !rt.bufferOf(o).shared {
			rt.throwTypeError("%s is not a shared typed array.", rt.v8Show(Arg(args, 0)))
		}
		d := rt.hostOf(o).(*taData)
		var v Value
		if isBigKind(d.kind) {
			v = rt.NewBigInt(rt.ToBigInt(Arg(args, 2)))
		} else {
			v = gc.Float(float64(int32(jsnum.ToUint32(rt.ToNumber(Arg(args, 2))))))
		}
		timeout := math.Inf(1)
		if t := Arg(args, 3); t != Undefined {
			if q := rt.ToNumber(t); !math.IsNaN(q) {
				timeout = math.Max(q, 0)
			}
		}
		d, data := rt.atomicRevalidate(o, i)
		if rawBits(taElem(d, data, i)) != rt.elemBits(d.kind, v) {
			return rt.atom("not-equal")
		}
		rt.atomicSleep(timeout)
		return rt.atom("timed-out")
	})
	r.Method(atomics, "notify", 3, func(rt *Runtime, _ Value, args []Value) Value {
		o, i := rt.atomicAccess(Arg(args, 0), Arg(args, 1), true)
		if c := Arg(args, 2); c != Undefined {
			rt.ToIntegerOrInfinity(c)
		}
		rt.atomicRevalidate(o, i)
		return gc.Int(0)
	})
}

// atomicAccess is ValidateIntegerTypedArray followed by ValidateAtomicAccess
// (§25.4.3.1, §25.4.3.2): the typed array and the element index.
func (rt *Runtime) atomicAccess(ta, index Value, waitable bool) (*Object, int) {
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
	bad := func() string { return "Invalid atomic access index" }
	i := rt.toIndexOr(index, bad)
	if i >= n {
		rt.throwRangeError("%s", bad())
	}
	return o, i
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

// atomicSleep blocks for ms milliseconds (forever when infinite, as a
// lone agent waiting with no timeout does), honouring interrupts.
func (rt *Runtime) atomicSleep(ms float64) {
	const slice = 10 * time.Millisecond
	deadline := time.Now().Add(time.Duration(math.Min(ms, 1e15) * float64(time.Millisecond)))
	for math.IsInf(ms, 1) || time.Now().Before(deadline) {
		if rt.interrupt.Load() {
			rt.interrupt.Store(false)
			panic(&Terminated{})
		}
		wait := slice
		if left := time.Until(deadline); !math.IsInf(ms, 1) && left < wait {
			wait = left
		}
		time.Sleep(wait)
	}
}
