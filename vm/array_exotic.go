package vm

import (
	"math"

	"github.com/kilnjs/kiln/gc"
)

// Array exotic objects (ECMA-262 §10.4.2): defining an index at or past
// length grows length; defining length truncates.

func (rt *Runtime) arrayDefineOwn(ov Value, o *Object, key PropKey, d PropDesc) bool {
	if key == rt.atLength {
		if d.Has&hasValue == 0 {
			cur := dataDesc(gc.Float(float64(o.aux)), attrWritable)
			if o.flags&objFrozenLen != 0 {
				cur.Attrs = 0
			}
			if !rt.validateOnly(&cur, &d) {
				return false
			}
			if d.Has&hasWritable != 0 && d.Attrs&attrWritable == 0 {
				o.flags |= objFrozenLen
			}
			return true
		}
		return rt.arraySetLengthDesc(o, d)
	}
	if i, ok := indexKey(key); ok {
		if i >= o.aux && o.flags&objFrozenLen != 0 {
			return false
		}
		if !rt.ordinaryDefineOwn(o, key, d) {
			return false
		}
		if i >= o.aux {
			o.aux = i + 1
		}
		return true
	}
	return rt.ordinaryDefineOwn(o, key, d)
}

// arraySetLengthDesc is ArraySetLength (§10.4.2.4).
func (rt *Runtime) arraySetLengthDesc(o *Object, d PropDesc) bool {
	newLen := rt.toArrayLength(d.Value)
	cur := dataDesc(gc.Float(float64(o.aux)), attrWritable)
	if o.flags&objFrozenLen != 0 {
		cur.Attrs = 0
	}
	check := d
	check.Has &^= hasValue
	if !rt.validateOnly(&cur, &check) {
		return false
	}
	if newLen != o.aux && o.flags&objFrozenLen != 0 {
		return false
	}
	ok := rt.truncateArray(o, newLen)
	if d.Has&hasWritable != 0 && d.Attrs&attrWritable == 0 {
		o.flags |= objFrozenLen
	}
	return ok
}

// arraySetLength handles `arr.length = v` by [[Set]].
func (rt *Runtime) arraySetLength(o *Object, v Value) bool {
	// OrdinarySet refuses a non-writable length before converting v, even
	// when v equals the current length.
	if o.flags&objFrozenLen != 0 {
		return false
	}
	return rt.truncateArray(o, rt.toArrayLength(v))
}

func (rt *Runtime) toArrayLength(v Value) uint32 {
	// ArraySetLength (§10.4.2.4 steps 3-5) converts twice, and valueOf can
	// observe it.
	u := float64(toUint32(rt.ToNumber(v)))
	if n := rt.ToNumber(v); u != n {
		rt.throwRangeError("Invalid array length")
	}
	return uint32(u)
}

// truncateArray sets length to n, deleting elements at or past n; it stops
// at a non-configurable element and reports false.
func (rt *Runtime) truncateArray(o *Object, n uint32) bool {
	if n >= o.aux {
		o.aux = n
		return true
	}
	if o.flags&objSlowElems == 0 {
		if int(n) < int(o.elems.n) {
			for i := int(n); i < int(o.elems.n); i++ {
				rt.vals(o.elems)[i] = Undefined // drop references for the collector
			}
			rt.resize(&o.elems, int(n), Empty)
		}
		o.aux = n
		return true
	}
	// Slow elements: delete from the highest index down.
	var idx []uint32
	for _, k := range rt.shp(o).keys {
		if i, ok := indexKey(k); ok && i >= n {
			idx = append(idx, i)
		}
	}
	sortUint32(idx)
	for j := len(idx) - 1; j >= 0; j-- {
		slot := rt.shp(o).lookup(idxKey(idx[j]))
		if rt.shp(o).attrs[slot]&attrConfigurable == 0 {
			o.aux = idx[j] + 1
			return false
		}
		rt.deleteOwnSlot(o, slot)
	}
	o.aux = n
	return true
}

func (rt *Runtime) deleteOwnSlot(o *Object, slot int) {
	s := rt.toDict(rt.shp(o))
	rt.edited(s)
	s.keys = append(s.keys[:slot], s.keys[slot+1:]...)
	s.attrs = append(s.attrs[:slot], s.attrs[slot+1:]...)
	rt.own(&o.slots)
	rt.setVals(&o.slots, append(rt.vals(o.slots)[:slot], rt.vals(o.slots)[slot+1:]...))
	s.index = make(map[PropKey]int32, len(s.keys))
	for i, k := range s.keys {
		s.index[k] = int32(i)
	}
	o.shape = s.id
}

func toUint32(f float64) uint32 {
	// Inside ±2^63 the truncation is exact in an int64, whose low 32 bits
	// are the value modulo 2^32: math.Mod was a tenth of a program that
	// hashes with `>>> 0`.
	if f > -0x1p63 && f < 0x1p63 {
		return uint32(int64(f))
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	f = math.Trunc(f)
	f = math.Mod(f, 4294967296)
	if f < 0 {
		f += 4294967296
	}
	return uint32(f)
}

func toInt32(f float64) int32 {
	if f >= -2147483648 && f <= 2147483647 {
		return int32(f)
	}
	return int32(toUint32(f))
}

// String exotic objects (§10.4.3): indexes and length of the wrapped string.
func (rt *Runtime) stringGetOwn(o *Object, key PropKey) (PropDesc, bool) {
	if key == rt.atLength {
		return dataDesc(gc.Int(rt.strLen(o.v0)), 0), true
	}
	if i, ok := indexKey(key); ok && int(i) < rt.strLen(o.v0) {
		return dataDesc(rt.substring(o.v0, int(i), int(i)+1), attrEnumerable), true
	}
	return PropDesc{}, false
}
