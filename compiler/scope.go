package compiler

// Where bindings live. A binding the parser marked Captured, or any binding
// of a scope that direct eval can see, or of a function containing `with`,
// lives in a slot of a heap environment (so closures and by-name lookups
// find it); every other binding gets its own register. Script-level var,
// function, let, const and class bindings are global (the VM's global
// object and global lexical record), and sloppy eval's var declarations
// live in the caller's variable environment, found by name.

import (
	"sync"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

type locKind uint8

const (
	locReg    locKind = iota // a register of owner's frame
	locEnv                   // slot of an environment at env.level
	locGlobal                // a global binding: GetGlobal/SetGlobal
	locNamed                 // looked up by name: GetName/SetName
	locImport                // a module import cell at env.level: GetImport
)

// envRec is one environment the code pushes; level is its static depth in
// the whole chain.
type envRec struct{ level int }

type varLoc struct {
	kind      locKind
	reg       int
	env       *envRec
	slot      int
	name      string
	owner     *fstate
	lexical   bool // has a temporal dead zone
	immutable bool // const, class inner name, callee name
	// silentConst marks a sloppy callee name: assignments are ignored.
	silentConst bool
	// alwaysCheck disables the TDZ elision (bindings of switch scopes, which
	// a jump can enter past their initialisation).
	alwaysCheck bool
	// holeRead is set when a CheckTDZ reads the binding: its scope's
	// LoadEmpty is needed (holes.go).
	holeRead bool
	// inited is set where its owner has initialised the binding, in the
	// code emitted so far (see needsTDZ).
	inited bool
}

type compiler struct {
	prog  *parser.Program
	opts  Options
	mode  mode
	out   *bytecode.Program
	locs  locMap
	privs map[*parser.Class]map[string]*varLoc
	// free maps names that the parser left unresolved but the compiler
	// binds itself: a FunctionBody's parameters and its arguments object.
	free map[string]*varLoc
	// inferred holds V8's inferred names of anonymous functions and
	// classes (infername.go).
	inferred map[parser.Node]string
	// spare holds the code, jump and table buffers of finished functions for the
	// next ones to grow into: functions nest, so each in progress has its
	// own, and the finished code is copied out at its size.
	spare []funcBufs
	// mu serialises the compilations of deferred function bodies (lazy.go),
	// which share this state.
	mu sync.Mutex
}

// funcBufs are the buffers a function's code is emitted into.
type funcBufs struct {
	code    []uint32
	jumps   []int
	consts  []bytecode.Const
	sites   []string
	lines   []bytecode.LinePos
	callees []bytecode.SourceRange
}

// locMap holds the varLoc of each binding compiled so far: by Binding.ID
// (a slice index, not a hash: it is looked up at every reference), or in a
// map for a binding without one.
type locMap struct {
	byID  []*varLoc
	other map[*parser.Binding]*varLoc
}

func (m *locMap) get(b *parser.Binding) *varLoc {
	if b == nil {
		return nil
	}
	if id := int(b.ID); id > 0 && id < len(m.byID) {
		return m.byID[id]
	}
	return m.other[b]
}

func (m *locMap) set(b *parser.Binding, l *varLoc) {
	if id := int(b.ID); id > 0 && id < len(m.byID) {
		m.byID[id] = l
		return
	}
	if m.other == nil {
		m.other = map[*parser.Binding]*varLoc{}
	}
	m.other[b] = l
}

func (m *locMap) del(b *parser.Binding) {
	if id := int(b.ID); id > 0 && id < len(m.byID) {
		m.byID[id] = nil
		return
	}
	delete(m.other, b)
}

// scopeFunc returns the function-boundary (or top-level) scope of s.
func scopeFunc(s *parser.Scope) *parser.Scope {
	for s.Parent != nil && !s.Kind.IsFunctionBoundary() {
		s = s.Parent
	}
	return s
}

// funcDynamic reports whether the function owning scope s contains a with
// statement or direct eval anywhere in its own code, in which case all of
// its bindings must be findable by name. The resolver marks both on every
// enclosing scope, so the function's own scope says.
func (c *compiler) funcDynamic(s *parser.Scope) bool {
	fs := scopeFunc(s)
	return fs.HasDirectEval || fs.ContainsWith
}

func (c *compiler) inEnv(b *parser.Binding) bool {
	return b.Captured || b.Scope.HasDirectEval || c.funcDynamic(b.Scope)
}

// isGlobalScope reports whether bindings of s are script globals.
func (c *compiler) isGlobalScope(s *parser.Scope) bool {
	return c.mode == modeScript && s == c.prog.Scope
}

// isEvalVarScope reports whether var/function bindings of s go to the
// caller's variable environment (sloppy eval).
func (c *compiler) isEvalVarScope(s *parser.Scope) bool {
	return (c.mode == modeEvalDirect || c.mode == modeEvalIndirect) && s == c.prog.Scope && !c.prog.Strict
}

func isVarKind(k parser.BindingKind) bool {
	return k == parser.BindVar || k == parser.BindFunction
}

// CatchMarker names a slot that ends the environment of a catch clause that
// sloppy direct eval can see: eval's var declarations may share a name with
// the catch parameter (Annex B.3.4), not with any other binding between
// the eval and its variable environment (ECMA-262 §19.2.1.3 step 3.d).
const CatchMarker = "%catch"

// scopeRec is an entered scope, to be left with leaveScope.
type scopeRec struct {
	s       *parser.Scope
	env     *envRec
	names   []string
	lexical []bool
	fixed   []bytecode.Fixed // nil while every slot is mutable
	mark    int
	konst   int // index of the ConstScope constant
}

// declareScope gives every binding of s a location, allocating registers
// and, when needed, an environment layout. It does not emit code; pushScope
// does. extra are synthetic env slots (pseudo-bindings, class keys).
func (f *fstate) declareScope(s *parser.Scope, forceEnv bool) *scopeRec {
	sr := &scopeRec{s: s, mark: f.top}
	f.declareInto(sr, s, forceEnv)
	return sr
}

// declareInto declares the bindings of s into an existing scope record.
func (f *fstate) declareInto(sr *scopeRec, s *parser.Scope, forceEnv bool) {
	if s == nil {
		return
	}
	c := f.c
	for _, b := range s.Bindings {
		if c.locs.get(b) != nil {
			continue
		}
		loc := &varLoc{name: b.Name, owner: f, lexical: b.Kind.IsLexical(), immutable: b.Kind == parser.BindConst ||
			b.Kind == parser.BindClassInner || b.Kind == parser.BindImport || b.Kind == parser.BindCalleeName}
		if b.Kind == parser.BindCalleeName && !s.Strict {
			loc.silentConst = true
		}
		switch {
		case c.isGlobalScope(s):
			loc.kind = locGlobal
			loc.lexical = false // the VM checks global lexical TDZ itself
		case c.isEvalVarScope(s) && isVarKind(b.Kind):
			loc.kind = locNamed
		case c.inEnv(b) || forceEnv:
			sr.addSlot(loc, b.Name, b.Kind.IsLexical())
		default:
			loc.kind = locReg
			loc.reg = f.alloc()
		}
		c.locs.set(b, loc)
	}
}

// addSlot places loc in the scope's environment.
func (sr *scopeRec) addSlot(loc *varLoc, name string, lexical bool) {
	if sr.env == nil {
		sr.env = &envRec{}
	}
	loc.kind = locEnv
	loc.env = sr.env
	loc.slot = len(sr.names)
	fx := bytecode.FixedNone
	switch {
	case loc.silentConst:
		fx = bytecode.FixedCallee
	case loc.immutable:
		fx = bytecode.FixedConst
	}
	if fx != bytecode.FixedNone && sr.fixed == nil {
		sr.fixed = make([]bytecode.Fixed, len(sr.names), len(sr.names)+1)
	}
	if sr.fixed != nil {
		sr.fixed = append(sr.fixed, fx)
	}
	sr.names = append(sr.names, name)
	sr.lexical = append(sr.lexical, lexical)
}

// synthSlot adds a compiler-made slot (not visible as a JS binding).
func (f *fstate) synthSlot(sr *scopeRec, name string, lexical bool) *varLoc {
	loc := &varLoc{name: name, owner: f, lexical: lexical}
	sr.addSlot(loc, name, lexical)
	return loc
}

// pushScope emits the environment push for sr (if it has one) and records
// it on the control stack so jumps out pop it.
func (f *fstate) pushScope(sr *scopeRec, varEnv bool) {
	if sr.env == nil {
		if varEnv {
			sr.env = &envRec{}
		} else {
			return
		}
	}
	sr.konst = f.kUnique(bytecode.Const{Kind: bytecode.ConstScope, ConstLists: &bytecode.ConstLists{Names: sr.names, Lexical: sr.lexical, Fixed: sr.fixed}})
	if varEnv {
		f.emit(bytecode.OpPushVarEnv, 0, sr.konst, 0)
	} else {
		f.emit(bytecode.OpPushEnv, 0, sr.konst, 0)
	}
	f.level++
	sr.env.level = f.level
	f.ctl = append(f.ctl, &ctl{kind: ctlEnv})
}

// initLexicals puts every binding of s that has a temporal dead zone
// (lexical declarations, parameters of a non-simple list) in it.
func (f *fstate) initLexicals(s *parser.Scope) {
	if s == nil {
		return
	}
	empty := -1
	for _, b := range s.Bindings {
		loc := f.c.locs.get(b)
		if loc == nil || !loc.lexical || loc.owner != f {
			continue
		}
		loc.inited = false
		switch loc.kind {
		case locReg:
			f.holes = append(f.holes, hole{loc, f.here()})
			f.emit(bytecode.OpLoadEmpty, loc.reg, 0, 0)
		case locEnv:
			if empty < 0 {
				empty = f.alloc()
				f.emit(bytecode.OpLoadEmpty, empty, 0, 0)
			}
			f.emit(bytecode.OpSetEnv, empty, f.level-loc.env.level, loc.slot)
		}
	}
	if empty >= 0 {
		f.top--
	}
}

// enterScope declares, pushes and TDZ-initialises a block-like scope.
func (f *fstate) enterScope(s *parser.Scope) *scopeRec {
	sr := f.declareScope(s, false)
	f.pushScope(sr, false)
	f.initLexicals(s)
	return sr
}

// leaveScope pops sr's environment and frees its registers.
func (f *fstate) leaveScope(sr *scopeRec) {
	if sr.env != nil {
		f.emit(bytecode.OpPopEnv, 0, 0, 0)
		f.level--
		f.ctl = f.ctl[:len(f.ctl)-1]
	}
	f.top = sr.mark
	// Forget the layout: a scope compiled twice (a for-in/of head, once for
	// the TDZ of its right-hand side, once per iteration) is laid out anew.
	if sr.s != nil {
		for _, b := range sr.s.Bindings {
			if l := f.c.locs.get(b); l != nil && l.owner == f {
				l.inited = false
				f.c.locs.del(b)
			}
		}
	}
}

// ---------------------------------------------------------------------------
// Identifier references

// ref is a resolved identifier reference.
type ref struct {
	loc     *varLoc // nil for unresolved/dynamic names
	name    string
	dynamic bool // GetName/SetName
	global  bool // GetGlobal/SetGlobal
}

func (f *fstate) resolve(id *parser.Identifier) ref {
	if id.Dynamic {
		return ref{name: id.Name, dynamic: true}
	}
	return f.resolveBinding(id.Binding, id.Name)
}

func (f *fstate) resolveBinding(b *parser.Binding, name string) ref {
	c := f.c
	if b == nil {
		if loc := c.free[name]; loc != nil {
			return ref{loc: loc, name: name}
		}
		if c.mode == modeEvalDirect {
			return ref{name: name, dynamic: true}
		}
		return ref{name: name, global: true}
	}
	loc := c.locs.get(b)
	if loc == nil {
		// A binding of a scope the compiler has not entered (the parser
		// resolved past a scope it did not expect): fall back to by-name.
		return ref{name: name, dynamic: true}
	}
	switch loc.kind {
	case locGlobal:
		return ref{name: name, global: true, loc: loc}
	case locNamed:
		return ref{name: name, dynamic: true, loc: loc}
	}
	return ref{loc: loc, name: name}
}

// needsTDZ reports whether reading or writing r must check for <empty>.
//
// A reference from a nested function needs none either when its owner had
// initialised the binding where the nested function was made: the nested
// function is compiled there (closure), so the binding's inited is the state
// at its creation, and it runs only after it is made, by which time the
// binding it captured has left its dead zone for good (a new iteration's
// binding is a new environment). `let n = 0; return () => ++n` checked n
// on every call. Hoisted function declarations are compiled where their
// scope starts, before any initialisation, and keep their checks.
func (f *fstate) needsTDZ(r ref) bool {
	l := r.loc
	if l == nil || !l.lexical || r.dynamic || r.global {
		return false
	}
	if l.alwaysCheck {
		return true
	}
	return !l.inited
}

// regOf returns the register holding r when it can be read with no code.
func (f *fstate) regOf(r ref) (int, bool) {
	if r.loc != nil && !r.dynamic && !r.global && r.loc.kind == locReg && r.loc.owner == f && !f.needsTDZ(r) {
		return r.loc.reg, true
	}
	return 0, false
}

// load emits dst = value of r.
func (f *fstate) load(r ref, dst int) {
	switch {
	case r.dynamic:
		f.emit(bytecode.OpGetName, dst, f.site(r.name), 0)
	case r.global:
		f.emit(bytecode.OpGetGlobal, dst, f.site(r.name), 0)
	case r.loc.kind == locReg:
		f.mov(dst, r.loc.reg)
		if f.needsTDZ(r) {
			r.loc.holeRead = true
			f.emit(bytecode.OpCheckTDZ, dst, f.kName(r.name), 0)
		}
	case r.loc.kind == locImport:
		f.emit(bytecode.OpGetImport, dst, f.level-r.loc.env.level, r.loc.slot)
	default:
		f.emit(bytecode.OpGetEnv, dst, f.level-r.loc.env.level, r.loc.slot)
		if f.needsTDZ(r) {
			f.emit(bytecode.OpCheckTDZ, dst, f.kName(r.name), 0)
		}
	}
}

// store emits r = src for an assignment (not an initialisation).
func (f *fstate) store(r ref, src int) {
	switch {
	case r.dynamic:
		f.emit(bytecode.OpSetName, src, f.site(r.name), 0)
		return
	case r.global:
		f.emit(bytecode.OpSetGlobal, src, f.site(r.name), 0)
		return
	}
	l := r.loc
	if f.needsTDZ(r) {
		t := f.alloc()
		f.load(r, t)
		f.top--
	}
	if l.immutable {
		if l.silentConst {
			if f.strict {
				f.emit(bytecode.OpThrowConst, 0, f.kName(r.name), 0)
			}
			return
		}
		f.emit(bytecode.OpThrowConst, 0, f.kName(r.name), 0)
		return
	}
	f.storeLoc(l, src)
}

// storeLoc writes a binding's storage directly.
func (f *fstate) storeLoc(l *varLoc, src int) {
	switch l.kind {
	case locReg:
		f.mov(l.reg, src)
	case locEnv:
		f.emit(bytecode.OpSetEnv, src, f.level-l.env.level, l.slot)
	case locGlobal:
		f.emit(bytecode.OpSetGlobal, src, f.site(l.name), 0)
	case locNamed:
		f.emit(bytecode.OpSetName, src, f.site(l.name), 0)
	}
}

// initBinding emits the initialisation of a declared binding (let/const/
// class/var declarators, parameters, catch parameters, function hoisting).
func (f *fstate) initBinding(b *parser.Binding, name string, src int) {
	r := f.resolveBinding(b, name)
	if r.loc == nil {
		f.store(r, src)
		return
	}
	l := r.loc
	switch l.kind {
	case locGlobal:
		if b.Kind.IsLexical() {
			f.emit(bytecode.OpInitGlobalLex, src, f.site(name), 0)
		} else {
			f.emit(bytecode.OpSetGlobal, src, f.site(name), 0)
		}
	default:
		f.storeLoc(l, src)
	}
	if l.owner == f {
		f.setInited(l)
	}
}

// bindingRef resolves a declaration's identifier for initialisation.
func (f *fstate) initIdent(id *parser.Identifier, src int) {
	if id.Binding == nil || id.Dynamic {
		f.store(f.resolve(id), src)
		return
	}
	f.initBinding(id.Binding, id.Name, src)
}
