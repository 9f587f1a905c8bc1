package compiler

// Lazy compilation.
//
// A big program calls few of its functions: `tsc --version` calls 157 of
// the 4,214 outermost functions of TypeScript's 6.2 MB _tsc.js, and 87% of
// its bytes are in functions it never calls. With Options.Lazy the whole
// program is still parsed and resolved (every early error is reported
// before anything runs, as ECMA-262 §16.1.6 requires), but the body of a
// function the compiler may defer is compiled on its first call
// (bytecode.Function.DeferBody; the runtime calls Load first), or when
// anything else needs it: Verify, the disassembler and EncodeSnapshot call
// Load too, so a snapshot always holds every body compiled and is checked
// by the verifier as before.
//
// The deferred compilation must give exactly the bytecode the eager one
// gives (TestLazyCompileMatchesEager checks it byte for byte). What a
// function's compilation reads of the state around its creation point is:
// the environment depth there (kept in its fstate, made by funcHeader at
// that point), its parent's name (for inferred names: the parent is kept)
// and the locations of the bindings it refers to outside itself, with
// whether each was initialised there (needsTDZ). Those locations change as
// the parent compiles on (a scope left forgets its layout, a binding
// becomes initialised), so a copy of each is taken at creation (the
// resolver lists the outer bindings a function uses in its scope's Free;
// walking the function's AST for them instead took half of the lazy
// compile of _tsc.js) and installed before the body compiles. The private names of classes and the FunctionBody
// parameters live in maps the compiler never clears.
//
// The AST and the compiler's state stay alive while any deferred body is
// not compiled, which for a big program is for good. Measured on _tsc.js:
// the live heap after compiling it is 17 MB eagerly (the bytecode; the AST
// is garbage) and 54 MB lazily (the AST is 46 MB of it); a cold run's RSS
// still drops (108 -> 98 MB: the eager compile's allocations went), but a
// long one that compiles most bodies ends ~30 MB higher. Keeping only
// per-function source ranges and parsing a body again on its first call
// (as V8 does) would free the AST at the cost of a second parse of the
// called functions (~22 ns a byte: ~18 ms for the 13% of _tsc.js that
// `tsc --version` calls); it needs the parser to parse one function inside
// the kept scope chain, so that its references resolve to the same
// bindings, and the inferred names read again. Not done yet: this file
// keeps the AST.
//
// Ordinary functions (declarations and function expressions) and arrows
// are deferred. An arrow's body reads, besides the bindings above, the
// this, new.target, home and function slots of the non-arrow function
// around it and whether that is a derived constructor or eval code
// (fstate.unit): all set when that function's body starts, before any of
// its arrows is made, and the fstates of the chain are kept. The names
// inferred inside an arrow's body are still read up front (an arrow's body
// is read in place by the inferrer: see infername.go), so the lazy compile
// of _tsc.js goes 22 -> 19 ms of CPU (BenchmarkCompileTscLazy, median of
// 5; 85,348 -> 72,034 allocations), not by the arrows' share of its bytes.
// Methods, accessors and class constructors depend on their class's
// compilation and stay eager; they are few in the code that matters (a
// module's top-level functions). Functions with direct eval or with, and
// those inside such functions, are compiled eagerly too.

import (
	"fmt"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

// outerLoc is the location of a binding that a deferred function uses
// from outside itself, as it was where the function was made.
type outerLoc struct {
	b   *parser.Binding
	loc *varLoc
}

// deferrable reports whether fn, made in f, may have its body compiled
// on first use.
func (f *fstate) deferrable(fn *parser.Function) bool {
	if !f.c.lazy() || f.evalTop || !deferrableKind(fn) {
		return false
	}
	s := fn.Scope
	if s == nil || s.HasDirectEval || s.ContainsWith {
		return false
	}
	for u := f; u != nil; u = u.parent {
		if u.fn.Flags&bytecode.FlagDynamic != 0 {
			return false
		}
	}
	return true
}

// lazy reports whether the compilation defers bodies.
func (c *compiler) lazy() bool { return c.opts.Lazy && !c.opts.Coverage }

// ordinaryFunction reports whether fn is of the kind whose body may be
// deferred: a function declaration or expression. The inferred names
// inside such a function's body are worked out when it compiles too
// (inferBody): reading the whole program for them up front was a sixth
// of the lazy compilation of _tsc.js.
func ordinaryFunction(fn *parser.Function) bool {
	return fn.Kind == parser.FuncNormal && !fn.IsArrow && !fn.IsMethod
}

// deferrableKind reports whether fn is of a kind whose body may be
// deferred: an ordinary function or an arrow.
func deferrableKind(fn *parser.Function) bool {
	return (fn.Kind == parser.FuncNormal || fn.Kind == parser.FuncArrow) && !fn.IsMethod
}

// deferFunction makes fn's function with its header filled in and its
// body to be compiled when first needed.
func (c *compiler) deferFunction(parent *fstate, fn *parser.Function, name string) *bytecode.Function {
	f := c.funcHeader(parent, fn, name, funcExtra{})
	outer := c.outerLocs(fn)
	f.fn.DeferBody(&c.mu, func(*bytecode.Function) (err error) {
		defer func() {
			if r := recover(); r != nil {
				if ce, ok := r.(*Error); ok {
					err = ce
					return
				}
				err = fmt.Errorf("%w: %v", ErrInternal, r)
			}
		}()
		for _, o := range outer {
			c.locs.set(o.b, o.loc)
		}
		c.takeBuffers(f)
		f.functionBody(fn, funcExtra{})
		return nil
	})
	return f.fn
}

// outerLocs copies the locations of the bindings fn refers to that have
// one now: those of enclosing functions and scopes (the resolver lists
// them in fn.Scope.Free). The copies are made in two arrays per function
// (never grown, so the pointers into them hold), not two allocations per
// binding: forcing every deferred body of _tsc.js made 445k allocations
// against the eager compile's 261k.
func (c *compiler) outerLocs(fn *parser.Function) []outerLoc {
	free := fn.Scope.Free
	out := make([]outerLoc, 0, len(free))
	locs := make([]varLoc, 0, len(free))
	envs := make([]envRec, 0, len(free))
	for _, b := range free {
		loc := c.locs.get(b)
		if loc == nil {
			continue
		}
		locs = append(locs, *loc)
		cp := &locs[len(locs)-1]
		if loc.env != nil {
			envs = append(envs, *loc.env)
			cp.env = &envs[len(envs)-1]
		}
		out = append(out, outerLoc{b, cp})
	}
	return out
}
