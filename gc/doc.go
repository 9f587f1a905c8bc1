// Package gc is Kiln's JavaScript heap.
//
// It owns the Value encoding (NaN-boxed uint64s, see value.go), the cell
// spaces that hold heap objects (slabs of fixed-size chunks addressed by
// 32-bit handles, see space.go) and the collector (heap.go): exact roots
// supplied by the runtime, stop-the-world non-moving mark-sweep with an
// explicit mark stack, ephemeron hooks for weak collections, a heap limit and
// a stress mode.
//
// The Go collector never traces JavaScript objects: cells hold Values and
// integers, and their variable parts live in pointer-free Go slices ([]Value,
// []byte, []uint16) that Go allocates as no-scan memory. Go only sees the
// chunks themselves.
//
// The package knows nothing of JavaScript semantics: which cell type a tag
// means, how a cell traces, and what a weak entry is are the runtime's to say.
// Collection happens only when the runtime calls Collect, which it does at
// safepoints of its interpreter, never inside a built-in.
package gc
