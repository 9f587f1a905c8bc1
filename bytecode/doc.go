// Package bytecode defines Kiln's register bytecode: the opcode table (one
// data table in internal/optable, with the enum and descriptions generated
// into ops_gen.go by `go generate`), compiled Functions and Programs, the
// disassembler, the verifier, and snapshots: EncodeSnapshot and
// DecodeSnapshot write and load a Program as the .kbc format documented in
// snapshot.go (also the compile cache's format).
//
// Machine model. A frame is a window of registers on the runtime's value
// stack: r0 is `this`, r1..rN the formal parameters, then locals, then
// temporaries allocated last-in first-out. Call arguments are laid out in
// consecutive registers (callee, this, args...). Captured bindings live in
// heap environments chained by parent; an instruction names one by
// (depth, slot). Code is a []uint32: op8 a8 b8 c8 or op8 a8 bx16, a Wide
// prefix for larger operands, and a second word holding the offset of a jump.
//
// Line tables map instructions to source positions. A Program compiled from
// a bundle also lists the original files (Files) and each line entry names
// one of them, so that Function.Location, which stack traces and error
// banners read, gives the file, line and column as the programmer wrote
// them while Source keeps the text that runs.
//
// Every function the compiler emits, and every function loaded from a
// snapshot, passes Verify before it runs; the interpreter trusts what the
// verifier proved (operand ranges, jump targets, handler ranges).
//
// The package must not depend on the vm.
package bytecode
