// Package wasm is Kiln's WebAssembly engine: a decoder and validator for the
// WebAssembly 1.0 binary format (plus the post-MVP features toolchains emit by
// default: sign-extension, non-trapping float-to-int, multi-value, bulk
// memory, reference types and mutable globals across the import/export
// boundary), and an interpreter for what it validates. It imports nothing of
// Kiln's; the JS API (WebAssembly.Module, Instance, Memory...) is stdlib's, on
// top of this.
//
// Why our own: third-party engines cost start-up time that Kiln cannot pay
// (a package's initialisation runs in every process), so this package has no
// package-level state to initialise.
//
// Machine model. Validation translates each function body into a slice of
// fixed-size instructions (ins) in which every branch already knows its
// target pc, how many values it carries and the stack height to cut back to:
// operand stack heights are static in valid code, so a branch is a copy and
// a jump at run time. A Store owns one value stack of uint64 (i32 and f32 in
// the low 32 bits, f32/f64 as IEEE bits) and a frame stack; a frame's locals
// (parameters first) sit at its base in the value stack, its operands above
// them. Calls between wasm functions push a frame and stay in the same Go
// loop, so deep wasm recursion hits the frame limit (ErrStackOverflow), not
// Go's stack. A host function (an import) is a Go callback; it may call back
// into the store, which runs a nested loop on the same stacks.
//
// Traps are Go panics of type Trap inside the interpreter, recovered once per
// entry (Store.Call) and returned as errors. Any other panic (the host's own
// exception mechanism) passes through after the store's stacks are reset.
package wasm
