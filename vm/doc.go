// Package vm executes Kiln bytecode: JavaScript values' semantics, objects
// with shapes and inline caches, realms and their ECMAScript built-ins, the
// interpreter loop, generators and async functions, promises and the job
// queue.
//
// Machine model. A Runtime owns a fixed register stack ([]Value) and a frame
// stack. Calling a compiled function from compiled code pushes a frame whose
// registers start at the callee slot of the caller's call sequence (so `this`
// and the arguments are already in place) and stays in the same Go loop: JS
// recursion never recurses in Go, and the frame limit gives Node's
// "RangeError: Maximum call stack size exceeded". Native built-ins
// (NativeFunc) are called with a slice of the caller's registers; when they
// call back into JavaScript the interpreter is entered again.
//
// Exceptions travel as Go panics carrying *Exception; the interpreter
// recovers them once per entry (not per instruction) and jumps to the
// handler from the function's exception table.
//
// Objects are cells in the gc package's slabs (Object, String, Symbol,
// BigInt); a Value holds a handle, never a Go pointer. Property names are
// atoms (interned strings, immortal) or symbols; array indexes are number
// keys and live in dense element storage while they can. Shapes describe an
// object's own named properties; inline caches per property site remember
// shape IDs and slots (ic.go).
//
// Collection happens only at safepoints of the interpreter (back-edges and
// calls), never inside a built-in; what a built-in allocates is rooted until
// it returns (Runtime.keep), and host code pins what it holds (Pin).
//
// The package must not block on I/O and must not import stdlib or loop:
// the host (stdlib) drives the job queue and the event loop.
package vm
