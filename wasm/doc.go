// Package wasm is Kiln's WebAssembly engine: a decoder and validator for the
// WebAssembly 1.0 binary format (plus the post-MVP features toolchains emit by
// default: sign-extension, non-trapping float-to-int, multi-value, bulk
// memory, reference types, mutable globals across the import/export
// boundary, and threads: shared memories and atomics, shared.go and
// atomic.go), and an interpreter for what it validates. It imports nothing of
// Kiln's; the JS API (WebAssembly.Module, Instance, Memory...) is stdlib's, on
// top of this.
//
// Why our own: third-party engines cost start-up time that Kiln cannot pay
// (a package's initialisation runs in every process), so this package has no
// package-level state to initialise.
//
// Machine model. Validation translates each function body into a slice of
// fixed-size instructions (ins) for a register machine. Operand stack
// heights are static in valid code, so every value has a fixed slot in its
// function's frame: locals (parameters first) come first, then the
// operand stack, each value in its home slot. Instructions name the
// slots they read and write, so local.get and constants mostly vanish
// (the consumer reads the local's slot, or takes the constant as an
// immediate), a local.set right after the instruction computing its value
// retargets that instruction's write, and an i32 comparison feeding a
// br_if or if becomes one compare-and-jump. Every branch already knows its
// target pc and which slots to move. A Store owns one value stack of
// uint64 (i32 and f32 in the low 32 bits, floats as IEEE bits, a funcref
// as the store's number for its function and an externref as the
// embedder's number for its host value, zero being null) holding the
// frames, and a stack of callers. Calls between wasm functions push a
// frame and stay in the same Go loop, so deep wasm recursion hits the
// frame limit (ErrStackOverflow), not Go's stack. A host function (an
// import) is a Go callback; it may call back into the store, which runs a
// nested loop on the same stacks.
//
// The interpreter (exec.go) reads frames and memory through unsafe
// pointers: validation proved every slot index below the frame's size,
// and each memory access checks its bounds once. Its loop is written so
// that Go keeps its few live values in registers (see run).
//
// A v128 takes two consecutive slots, its low 8 bytes (lanes 0..) in the
// first, and everything else one. A local's slot and a stack value's
// home are then sums of the widths before them, which validation knows
// since types on the stack are static; branches and returns move a count
// of slots, not of values, and the call convention (arguments from the
// callee's slot 0) is unchanged. The alternatives cost the scalar code:
// 128-bit slots everywhere would double every frame and the memory
// traffic of every copy, and keeping vectors in a side array would need
// a second stack pointer saved on every call. Two slots leave the
// scalar instructions and run's loop exactly as they were; the SIMD
// instructions (and the v128 forms of copy, select and global.get/set)
// run in their own function out of run's switch (exec_simd.go), a call
// per instruction that only vector code pays. A v128 crosses to the
// embedder as two uint64s, low half first.
//
// Traps are Go panics of type Trap inside the interpreter, recovered once per
// entry (Store.Call) and returned as errors. Any other panic (the host's own
// exception mechanism) passes through after the store's stacks are reset.
package wasm
