package vm

import (
	"math"
	"strings"
)

// Array.prototype.sort and toSorted (ECMA-262 §23.1.3.30, §23.1.3.34).
//
// The values are copied out, sorted with a stable merge sort, and written
// back, as SortIndexedProperties describes. The spec leaves the sequence
// of comparisons to the implementation, which lets the default comparator
// convert each value to a string once up front rather than at every
// comparison. Values held while the comparator runs sit in the dense
// storage of internal objects, so the collector sees them.

// sortCompareError is V8's message for a comparator that is neither
// undefined nor callable.
const sortCompareError = "The comparison function must be either a function or undefined"

// arraySort is §23.1.3.30 Array.prototype.sort.
func arraySort(rt *Runtime, this Value, args []Value) Value {
	cmp := Arg(args, 0)
	if cmp != Undefined && !rt.isCallable(cmp) {
		rt.throwTypeError(sortCompareError)
	}
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)

	// SortIndexedProperties with skip-holes: collect the present elements.
	var vals []Value
	if ob := rt.fastArray(o); ob != nil {
		vals = make([]Value, 0, int(ob.elems.n))
		for _, v := range rt.vals(ob.elems) {
			if v != Empty {
				vals = append(vals, v)
			}
		}
	} else {
		holder := rt.holdArrayValues(nil)
		for k := int64(0); ; k++ {
			var v Value
			if k, v = rt.nextElem(o, k, n); k >= n {
				break
			}
			ho := rt.obj(holder)
			rt.push(&ho.elems, v)
		}
		vals = rt.vals(rt.obj(holder).elems)
	}
	sorted := rt.sortValues(vals, cmp)
	count := int64(len(sorted))

	// Write back, then delete the indices the holes moved to.
	if ob := rt.fastArrayW(o); ob != nil && count <= int64(ob.aux) {
		for int64(int(ob.elems.n)) < count {
			rt.push(&ob.elems, Empty)
		}
		copy(rt.vals(ob.elems), sorted)
		end := min(n, int64(int(ob.elems.n)))
		for j := count; j < end; j++ {
			rt.vals(ob.elems)[j] = Empty
		}
		if end == int64(int(ob.elems.n)) {
			rt.resize(&ob.elems, int(count), Empty)
		}
		return o
	}
	for j, v := range sorted {
		rt.setOrThrow(o, rt.arrayIndexKey(int64(j)), v)
	}
	for j := count; j < n; j++ {
		if j = rt.nextIndex(o, j, n); j >= n {
			break
		}
		rt.deleteOrThrow(o, rt.arrayIndexKey(j))
	}
	return o
}

// arrayToSorted is §23.1.3.34 Array.prototype.toSorted: holes read as
// undefined.
func arrayToSorted(rt *Runtime, this Value, args []Value) Value {
	cmp := Arg(args, 0)
	if cmp != Undefined && !rt.isCallable(cmp) {
		rt.throwTypeError(sortCompareError)
	}
	o := rt.ToObject(this)
	n := rt.lengthOfArrayLike(o)
	a := rt.arrayCreate(n, rt.realm.ArrayPrototype)
	holder := rt.holdArrayValues(make([]Value, 0, min(n, 1<<16)))
	for k := int64(0); k < n; k++ {
		v := rt.getAt(o, k)
		ho := rt.obj(holder)
		rt.push(&ho.elems, v)
	}
	sorted := rt.sortValues(rt.vals(rt.obj(holder).elems), cmp)
	ao := rt.obj(a)
	rt.setVals(&ao.elems, sorted)
	return a
}

// holdArrayValues returns an internal object owning vals, which roots them.
func (rt *Runtime) holdArrayValues(vals []Value) Value {
	h, o := rt.newObjectCell(ClassInternal, Null)
	rt.setVals(&o.elems, vals)
	return h
}

// sortValues sorts vals by SortCompare (§23.1.3.30.2) with comparator cmp
// (undefined for the default order) and returns the sorted values in a new
// slice: undefined values go last without being compared, as the spec
// requires.
func (rt *Runtime) sortValues(vals []Value, cmp Value) []Value {
	out := make([]Value, 0, len(vals))
	undef := 0
	for _, v := range vals {
		if v == Undefined {
			undef++
		} else {
			out = append(out, v)
		}
	}
	rt.holdArrayValues(out)
	if cmp == Undefined {
		rt.sortByString(out)
	} else {
		tmp := make([]Value, len(out))
		rt.holdArrayValues(tmp)
		cb := rt.prepareCall(cmp, Undefined)
		stableSort(out, tmp, func(x, y Value) float64 {
			return rt.ToNumber(rt.callPrepared(&cb, x, y)) // NaN compares as neither less nor greater
		})
	}
	for ; undef > 0; undef-- {
		out = append(out, Undefined)
	}
	return out
}

// sortByString is the default order: by the UTF-16 code units of each
// value's ToString, computed once per value.
func (rt *Runtime) sortByString(vals []Value) {
	m := len(vals)
	idx := make([]int, m)
	for i := range idx {
		idx[i] = i
	}
	allInts := true
	for _, v := range vals {
		if !v.IsNumber() || v.Float() != math.Trunc(v.Float()) || math.Abs(v.Float()) >= 1e15 {
			allInts = false
			break
		}
	}
	var cmp func(x, y int) float64
	if allInts {
		// Integers compare as their decimal strings without making them.
		var a, b [24]byte
		cmp = func(x, y int) float64 {
			sx := appendInt10(a[:0], int64(vals[x].Float()))
			sy := appendInt10(b[:0], int64(vals[y].Float()))
			return float64(strings.Compare(string(sx), string(sy)))
		}
	} else {
		keys := make([]Value, m)
		rt.holdArrayValues(keys)
		for i, v := range vals {
			keys[i] = rt.ToString(v)
		}
		cmp = func(x, y int) float64 { return float64(rt.strCompare(keys[x], keys[y])) }
	}
	stableSort(idx, make([]int, m), cmp)
	sorted := make([]Value, m)
	for i, j := range idx {
		sorted[i] = vals[j]
	}
	copy(vals, sorted)
}

// stableSort sorts v stably by cmp (negative: x goes before y); tmp has
// v's length. It is a simplified TimSort that makes its runs the way V8
// does (a natural run, reversed if strictly descending, extended by binary
// insertion), so short arrays, the common case, see the same comparator
// calls in the same order as on node, and inconsistent comparators such as
// (a, b) => a > b give node's answer. Runs are then merged pairwise.
func stableSort[T any](v, tmp []T, cmp func(x, y T) float64) {
	n := len(v)
	if n < 2 {
		return
	}
	minRun, r := n, 0
	for minRun >= 64 {
		r |= minRun & 1
		minRun >>= 1
	}
	minRun += r
	var bounds []int
	for lo := 0; lo < n; {
		hi := lo + countAndMakeRun(v[lo:], cmp)
		if forced := min(lo+minRun, n); hi < forced {
			binaryInsertion(v[lo:forced], hi-lo, cmp)
			hi = forced
		}
		bounds = append(bounds, lo)
		lo = hi
	}
	bounds = append(bounds, n)
	for len(bounds) > 2 {
		next := bounds[:1:1]
		for i := 0; i+2 < len(bounds); i += 2 {
			mergeRuns(v, tmp, bounds[i], bounds[i+1], bounds[i+2], cmp)
			next = append(next, bounds[i+2])
		}
		if len(bounds)%2 == 0 {
			next = append(next, bounds[len(bounds)-1])
		}
		bounds = next
	}
}

// countAndMakeRun returns the length of the run at the start of v,
// reversing it in place if it is strictly descending.
func countAndMakeRun[T any](v []T, cmp func(x, y T) float64) int {
	if len(v) < 2 {
		return len(v)
	}
	n := 2
	desc := cmp(v[1], v[0]) < 0
	for ; n < len(v); n++ {
		o := cmp(v[n], v[n-1])
		if desc && o >= 0 || !desc && o < 0 {
			break
		}
	}
	if desc {
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			v[i], v[j] = v[j], v[i]
		}
	}
	return n
}

// binaryInsertion inserts v[start:] one by one into the sorted v[:start],
// after any equal elements.
func binaryInsertion[T any](v []T, start int, cmp func(x, y T) float64) {
	for ; start < len(v); start++ {
		pivot := v[start]
		left, right := 0, start
		for left < right {
			mid := left + (right-left)>>1
			if cmp(pivot, v[mid]) < 0 {
				right = mid
			} else {
				left = mid + 1
			}
		}
		copy(v[left+1:start+1], v[left:start])
		v[left] = pivot
	}
}

// mergeRuns merges the sorted runs v[lo:mid] and v[mid:hi], taking from
// the left run on ties.
func mergeRuns[T any](v, tmp []T, lo, mid, hi int, cmp func(x, y T) float64) {
	if !(cmp(v[mid], v[mid-1]) < 0) {
		return
	}
	copy(tmp[lo:hi], v[lo:hi])
	i, j, k := lo, mid, lo
	for i < mid && j < hi {
		if cmp(tmp[j], tmp[i]) < 0 {
			v[k] = tmp[j]
			j++
		} else {
			v[k] = tmp[i]
			i++
		}
		k++
	}
	k += copy(v[k:], tmp[i:mid])
	copy(v[k:], tmp[j:hi])
}
