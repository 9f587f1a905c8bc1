package vm

import "github.com/kilnjs/kiln/gc"

// Pins root values held by the host outside the JavaScript heap: a timer's
// callback, a pending fs request's callback. The collector cannot see Go
// variables, so a host that keeps a Value past the current call pins it and
// unpins it when done.

// Pin is a handle on a pinned value.
type Pin uint32

type pinTable struct {
	vals []Value
	free []Pin
}

// Pin roots v until Unpin.
func (rt *Runtime) Pin(v Value) Pin {
	t := &rt.pins
	if n := len(t.free); n > 0 {
		p := t.free[n-1]
		t.free = t.free[:n-1]
		t.vals[p] = v
		return p
	}
	t.vals = append(t.vals, v)
	return Pin(len(t.vals) - 1)
}

// Pinned returns the value of a pin.
func (rt *Runtime) Pinned(p Pin) Value { return rt.pins.vals[p] }

// Unpin releases a pin.
func (rt *Runtime) Unpin(p Pin) {
	rt.pins.vals[p] = Undefined
	rt.pins.free = append(rt.pins.free, p)
}

func (t *pinTable) trace(m *gc.Marker) { m.MarkAll(t.vals) }

// TraceHostRoots registers f, which every collection calls while it marks
// the roots, to mark the values the host still holds outside the heap: for
// a host whose values stay in use for as long as something it can only
// check at a collection refers to them (WebAssembly's externrefs), which a
// pin per value could not express. f may drop the values it no longer
// needs; it must not run JavaScript or allocate on the heap.
func (rt *Runtime) TraceHostRoots(f func(mark func(Value))) {
	rt.hostRoots = append(rt.hostRoots, f)
}

// HostWeak is a host's table of entries that live as long as a heap value
// does (WebAssembly's exceptions, whose JavaScript object is their only
// owner): an ephemeron table whose keys are heap values and whose values
// the host keeps outside the heap.
type HostWeak interface {
	// Ephemerons runs after the strong mark, repeatedly until no call
	// reports progress: for each entry whose key isMarked, it marks the
	// values the entry refers to, and reports whether it marked any that
	// was not marked before.
	Ephemerons(isMarked func(Value) bool, mark func(Value)) bool
	// Sweep runs once marking is done: the host drops the entries whose
	// keys are not marked, whose handles the sweep that follows frees.
	Sweep(isMarked func(Value) bool)
}

// TraceHostWeak registers h with every collection. Like TraceHostRoots'
// tracers, its methods must not run JavaScript or allocate on the heap.
func (rt *Runtime) TraceHostWeak(h HostWeak) {
	rt.hostWeak = append(rt.hostWeak, h)
}
