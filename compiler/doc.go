// Package compiler turns the parser's AST into bytecode.Functions: register
// allocation, closures and environments, exception tables for try/catch/
// finally and iterator closing, generator and async suspension points, and
// line tables.
//
// Machine model (the contract with the VM, see package bytecode): r0 is
// this, r1..rNParams the formal parameters, then locals, then temporaries
// allocated last-in first-out. A binding captured by a closure, or visible
// to direct eval or with, lives in an environment slot (PushEnv with a
// ConstScope layout); every other binding has its own register. Arrows read
// this, new.target, the home object and the active function from slots
// ("this", "new.target", "%home", "%func") that their enclosing non-arrow
// function fills in its prologue; direct eval code finds the same slots by
// name.
//
// Entry points: Script (classic scripts), FunctionBody (CommonJS wrappers
// and the Function constructor) and Eval (direct and indirect eval). Each
// returns a bytecode.Program whose every function passes bytecode.Verify.
// With Options.Lazy the bodies of ordinary functions are compiled on their
// first use instead (lazy.go), to the same bytes.
// Syntax listed in Unsupported must be lowered (by esbuild) first.
// MapToSources points a compiled bundle's line tables at the files it was
// made from, through esbuild's source map. Before compiling, infername.go
// works out V8's inferred names of anonymous functions ("o.m" for
// `o.m = function () {}`), which stack traces show.
//
// The package must not execute anything or depend on the vm; it never
// panics across its API (compiler bugs come back as errors wrapping
// ErrInternal).
package compiler
