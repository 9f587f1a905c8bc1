package bytecode

import "sync"

// Deferred compilation.
//
// A compiler may hand out a function before compiling its body: the
// function's header (Name, InferredName, Kind, Length, NParams, the flags
// known from its syntax, its source range) is set, and Code, Consts,
// Sites, Funcs, Handlers, Lines, Callees, NRegs and the flags the body's
// compilation decides (FlagNeedsEnv, FlagUsesArguments) are filled in by
// Load, which every user of a body calls first: the runtime before the
// function first runs, Verify, the disassembler and EncodeSnapshot. So a
// snapshot (kiln build, the compile cache) always holds every body
// compiled, and checks it with the verifier's rules on load as before;
// only a program compiled in this process carries deferred bodies.

// DeferBody makes compile the maker of f's body: Load calls it once, under
// mu, and keeps its error. compile fills f's body fields and NRegs (and
// may add flags); it must leave the header alone, which the runtime reads
// before Load. Functions whose compilations share state share mu.
func (f *Function) DeferBody(mu *sync.Mutex, compile func(*Function) error) {
	f.body = &body{compile: compile, mu: mu}
}

// Deferred reports whether f's body is still to be compiled.
func (f *Function) Deferred() bool {
	b := f.body
	if b == nil || b.compile == nil {
		return false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return !b.decoded
}

// compiled runs b's compilation of f once.
func (b *body) compiled(f *Function) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.decoded {
		b.err = b.compile(f)
		b.decoded = true
	}
	return b.err
}
