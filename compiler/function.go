package compiler

// Function prologues (ECMA-262 §10.2.11 FunctionDeclarationInstantiation,
// §16.1.7 GlobalDeclarationInstantiation, §19.2.1.3
// EvalDeclarationInstantiation), in this order: the function environment,
// captured parameters and pseudo-bindings copied in, the arguments object,
// the callee name, parameter defaults and patterns, the separate body var
// environment when parameters are not simple, lexical bindings put in their
// dead zone, hoisted function declarations, and for generators the initial
// yield.

import (
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

func (c *compiler) compileTop(params []string) *bytecode.Function {
	prog := c.prog
	f := c.newFunc(nil, "")
	f.strict = prog.Strict
	f.fn.SourceStart, f.fn.SourceEnd = prog.Loc.Start, prog.Loc.End
	f.fn.Kind = bytecode.KindScript
	if f.strict {
		f.fn.Flags |= bytecode.FlagStrict
	}
	scope := prog.Scope
	f.top = 1
	// V8 reports a script's range as the whole text.
	f.cover(0, int32(len(prog.Source)))

	switch c.mode {
	case modeModule:
		f.moduleTop()
		return f.finish()
	case modeFunctionBody:
		f.fn.Kind = bytecode.KindNormal
		f.generator, f.async = c.opts.Generator, c.opts.Async
		switch {
		case f.generator:
			f.fn.Kind = bytecode.KindGenerator
		case f.async:
			f.fn.Kind = bytecode.KindAsync
		}
		f.fn.NParams, f.fn.Length = len(params), len(params)
		f.fn.Flags |= bytecode.FlagSimpleParams | bytecode.FlagNeedsEnv
		f.top = 1 + len(params)
		c.free = map[string]*varLoc{}
		sr := &scopeRec{s: scope, mark: f.top}
		// Parameter i is slot i, as a mapped arguments object expects (see
		// function); of a repeated name, the last parameter is the binding.
		last := map[string]int{}
		for i, name := range params {
			last[name] = i
		}
		paramLocs := make([]*varLoc, len(params))
		for i, name := range params {
			loc := f.synthSlot(sr, name, false)
			paramLocs[i] = loc
			if last[name] != i {
				continue
			}
			if b := lookup(scope, name); b != nil && isVarKind(b.Kind) {
				c.locs.set(b, loc)
			}
			c.free[name] = loc
		}
		var argsLoc *varLoc
		if lookup(scope, "arguments") == nil && c.free["arguments"] == nil && prog.FreeArguments {
			argsLoc = f.synthSlot(sr, "arguments", false)
			c.free["arguments"] = argsLoc
			f.fn.Flags |= bytecode.FlagUsesArguments
		}
		f.declareTopScope(sr, scope)
		f.pushScope(sr, scope != nil && scope.HasDirectEval && !f.strict)
		for i, loc := range paramLocs {
			f.storeLoc(loc, i+1)
		}
		f.copyPseudo()
		if argsLoc != nil {
			// The function is sloppy unless its body says otherwise, and
			// its parameter list is simple: mapped (§10.2.11 step 22).
			mapped := 0
			if !f.strict {
				mapped = 1
			}
			t := f.alloc()
			f.emit(bytecode.OpArguments, t, mapped, 0)
			f.storeLoc(argsLoc, t)
			f.top--
		}
		f.initSpecialBindings(scope, nil)
		f.initLexicals(scope)
		f.markEntryRegs()
		f.hoistFuncs(prog.Body)
		if f.generator {
			f.emit(bytecode.OpInitialYield, 0, 0, 0)
		}
		f.stmts(prog.Body)
		f.emitReturnUndef()
		return f.finish()

	case modeEvalDirect, modeEvalIndirect:
		f.evalTop = c.mode == modeEvalDirect
		f.completion = f.alloc()
		sr := &scopeRec{s: scope, mark: f.top}
		f.declareTopScope(sr, scope)
		f.pushScope(sr, false)
		f.copyPseudo()
		if !f.strict {
			for _, b := range scope.Bindings {
				if b.Kind == parser.BindVar {
					f.emit(bytecode.OpDeclareEvalVar, 0, f.site(b.Name), 0)
				}
			}
			f.evalAnnexBSetters(prog.Body)
		}
		f.initLexicals(scope)
		f.hoistFuncs(prog.Body)

	default: // modeScript
		f.completion = f.alloc()
		sr := &scopeRec{s: scope, mark: f.top}
		f.declareTopScope(sr, scope)
		// Global declarations (ECMA-262 §16.1.7): the VM checks for
		// conflicts as each one is made.
		for _, b := range scope.Bindings {
			switch {
			case b.Kind.IsLexical():
				k := 0
				if b.Kind == parser.BindConst {
					k = 1
				}
				f.emit(bytecode.OpDeclareLex, k, f.site(b.Name), 0)
			case b.Kind == parser.BindVar:
				f.emit(bytecode.OpDeclareVar, 0, f.site(b.Name), 0)
			}
		}
		f.pushScope(sr, false)
		f.copyPseudo()
		f.hoistFuncs(prog.Body)
	}
	f.emit(bytecode.OpLoadUndef, f.completion, 0, 0)
	f.stmts(prog.Body)
	f.emit(bytecode.OpReturn, f.completion, 0, 0)
	return f.finish()
}

// evalAnnexBSetters prepares the var assignments of the Annex B function
// declarations in blocks of sloppy eval code (ECMA-262 §B.3.2.3 step
// 1.a.ii.7.b): evaluating one sets the binding of its name in the variable
// environment, which is found by name, but from inside the block a by-name
// assignment would find the block's own binding first. So for each name a
// closure made here, over the eval's top-level environment, does the
// assignment; the declaration calls it.
func (f *fstate) evalAnnexBSetters(body []parser.Stmt) {
	for _, st := range body {
		parser.Walk(st, func(n parser.Node) bool {
			switch t := n.(type) {
			case *parser.Function:
				return false
			case *parser.FunctionDecl:
				if t.AnnexB && t.VarBinding != nil {
					if _, done := f.annexBSet[t.VarBinding]; !done {
						if f.annexBSet == nil {
							f.annexBSet = map[*parser.Binding]int{}
						}
						r := f.alloc()
						f.emit(bytecode.OpClosure, r, f.addFunc(f.nameSetter(t.VarBinding.Name)), 0)
						f.annexBSet[t.VarBinding] = r
					}
				}
				return false
			}
			return true
		})
	}
}

// nameSetter compiles a function of one argument that assigns it to name
// by a lookup from the environment the function closes over.
func (f *fstate) nameSetter(name string) *bytecode.Function {
	g := f.c.newFunc(f, name)
	g.strict = f.strict
	g.arrow = true
	g.fn.Kind = bytecode.KindArrow
	g.fn.NParams, g.fn.Length = 1, 1
	g.fn.SourceStart, g.fn.SourceEnd = f.fn.SourceStart, f.fn.SourceEnd
	g.top = 2
	g.nregs = g.top
	g.emit(bytecode.OpSetName, 1, g.site(name), 0)
	g.emitReturnUndef()
	return g.finish()
}

func lookup(s *parser.Scope, name string) *parser.Binding {
	if s == nil {
		return nil
	}
	return s.Lookup(name)
}

// declareTopScope declares the top-level scope and the pseudo-binding slots
// the top level's arrows need.
func (f *fstate) declareTopScope(sr *scopeRec, scope *parser.Scope) {
	f.declareInto(sr, scope, false)
	if f.evalTop {
		return
	}
	use := arrowPseudo(scope)
	if scope != nil && scope.HasDirectEval {
		use = pseudoUse{true, true, true, true}
	}
	for k, u := range use {
		if u {
			f.pseudo[k] = f.synthSlot(sr, pseudoNames[k], false)
		}
	}
}

// copyPseudo fills the pseudo-binding slots from the frame.
func (f *fstate) copyPseudo() {
	t := -1
	for k, loc := range f.pseudo {
		if loc == nil {
			continue
		}
		if k == pseudoThis {
			f.storeLoc(loc, 0)
			continue
		}
		if t < 0 {
			t = f.alloc()
		}
		switch k {
		case pseudoNewTarget:
			if f.fn.Kind == bytecode.KindScript {
				f.emit(bytecode.OpLoadUndef, t, 0, 0)
			} else {
				f.emit(bytecode.OpLoadNewTarget, t, 0, 0)
			}
		case pseudoHome:
			f.emit(bytecode.OpLoadHome, t, 0, 0)
		case pseudoFunc:
			f.emit(bytecode.OpLoadFunc, t, 0, 0)
		}
		f.storeLoc(loc, t)
	}
	if t >= 0 {
		f.top--
	}
}

// initSpecialBindings initialises the arguments and callee-name bindings
// of a function scope.
func (f *fstate) initSpecialBindings(scope *parser.Scope, fn *parser.Function) {
	if scope == nil {
		return
	}
	for _, b := range scope.Bindings {
		switch b.Kind {
		case parser.BindArguments:
			mapped := 0
			if fn != nil && mapsArguments(fn, f.strict) {
				mapped = 1
			}
			f.withReg(b, func(r int) { f.emit(bytecode.OpArguments, r, mapped, 0) })
			f.fn.Flags |= bytecode.FlagUsesArguments
		case parser.BindCalleeName:
			f.withReg(b, func(r int) { f.emit(bytecode.OpLoadFunc, r, 0, 0) })
		}
	}
}

// mapsArguments reports whether fn gets a mapped arguments object
// (ECMA-262 §10.2.11 step 22): it has one, it is sloppy, and its parameter
// list is simple. Its parameters are then laid out as Arguments with b = 1
// expects (see function).
func mapsArguments(fn *parser.Function, strict bool) bool {
	return fn.ArgumentsBinding != nil && !strict && fn.HasSimpleParams
}

// withReg runs gen to compute a value into b's register (or a temporary)
// and initialises b with it.
func (f *fstate) withReg(b *parser.Binding, gen func(r int)) {
	loc := f.c.locs.get(b)
	if loc != nil && loc.kind == locReg && loc.owner == f {
		gen(loc.reg)
		f.setInited(loc)
		return
	}
	t := f.alloc()
	gen(t)
	f.initBinding(b, b.Name, t)
	f.top--
}

// hoistFuncs creates the closures of the function declarations directly in
// stmts (ECMA-262 §10.2.11 step 36, §16.1.7 step 16, §14.2.3 for blocks).
func (f *fstate) hoistFuncs(stmts []parser.Stmt) {
	for _, s := range stmts {
		for {
			l, ok := s.(*parser.Labeled)
			if !ok {
				break
			}
			s = l.Body
		}
		fd, ok := s.(*parser.FunctionDecl)
		if !ok || fd.Func.Name == nil {
			continue
		}
		b := fd.Func.Name.Binding
		name := fd.Func.Name.Name
		loc := f.c.locs.get(b)
		switch {
		case loc != nil && loc.kind == locGlobal:
			t := f.alloc()
			f.closure(fd.Func, t, name)
			f.emit(bytecode.OpDeclareFunc, t, f.site(name), 0)
			f.top--
		case loc != nil && loc.kind == locNamed:
			t := f.alloc()
			f.closure(fd.Func, t, name)
			f.emit(bytecode.OpDeclareEvalFunc, t, f.site(name), 0)
			f.top--
		case loc != nil && loc.kind == locReg && loc.owner == f:
			f.closure(fd.Func, loc.reg, name)
		default:
			t := f.alloc()
			f.closure(fd.Func, t, name)
			f.initBinding(b, name, t)
			f.top--
		}
	}
}

// closure emits dst = a new closure of fn, compiled now so that its
// environment depths match the point of creation.
func (f *fstate) closure(fn *parser.Function, dst int, name string) {
	idx := f.addFunc(f.c.functionOrDeferred(f, fn, name))
	f.emit(bytecode.OpClosure, dst, idx, 0)
}

// functionOrDeferred compiles fn, made in parent, or defers its body
// (lazy.go).
func (c *compiler) functionOrDeferred(parent *fstate, fn *parser.Function, name string) *bytecode.Function {
	if parent.deferrable(fn) {
		return c.deferFunction(parent, fn, name)
	}
	return c.function(parent, fn, name, funcExtra{})
}

func (f *fstate) addFunc(fn *bytecode.Function) int {
	f.fn.Funcs = append(f.fn.Funcs, fn)
	return len(f.fn.Funcs) - 1
}

// funcExtra carries what a class gives its constructor.
type funcExtra struct {
	hasFields bool
	source    *parser.Loc
}

func funcKind(fn *parser.Function) bytecode.FuncKind {
	switch {
	case fn.IsAsync && fn.IsGenerator:
		return bytecode.KindAsyncGenerator
	case fn.IsGenerator:
		return bytecode.KindGenerator
	case fn.IsAsync && fn.IsArrow:
		return bytecode.KindAsyncArrow
	case fn.IsAsync:
		return bytecode.KindAsync
	case fn.IsArrow:
		return bytecode.KindArrow
	}
	switch fn.Kind {
	case parser.FuncClassConstructor:
		return bytecode.KindClassCtor
	case parser.FuncDerivedConstructor:
		return bytecode.KindDerivedCtor
	case parser.FuncMethod, parser.FuncGetter, parser.FuncSetter, parser.FuncStaticBlock:
		return bytecode.KindMethod
	}
	return bytecode.KindNormal
}

// function compiles one function literal.
func (c *compiler) function(parent *fstate, fn *parser.Function, name string, extra funcExtra) *bytecode.Function {
	f := c.funcHeader(parent, fn, name, extra)
	c.takeBuffers(f)
	return f.functionBody(fn, extra)
}

// funcHeader starts the compilation of fn inside parent: the state of
// the function at its creation there, with its header (what the runtime
// reads of a function before it first runs) filled in. It emits nothing:
// the buffers to emit into come after (takeBuffers).
func (c *compiler) funcHeader(parent *fstate, fn *parser.Function, name string, extra funcExtra) *fstate {
	if fn.Name != nil && fn.Kind == parser.FuncNormal {
		name = fn.Name.Name
	}
	f := c.newFuncState(parent, name)
	if fn.Name == nil {
		f.fn.InferredName = c.inferredName(parent, fn)
	}
	f.strict = fn.Strict
	f.arrow = fn.IsArrow
	f.generator = fn.IsGenerator
	f.async = fn.IsAsync
	f.derived = fn.Kind == parser.FuncDerivedConstructor
	f.fn.Kind = funcKind(fn)
	f.fn.Length = fn.ParamCount
	f.fn.SourceStart, f.fn.SourceEnd = fn.Loc.Start, fn.Loc.End
	if extra.source != nil {
		f.fn.SourceStart, f.fn.SourceEnd = extra.source.Start, extra.source.End
	}
	if f.strict {
		f.fn.Flags |= bytecode.FlagStrict
	}
	if fn.HasSimpleParams {
		f.fn.Flags |= bytecode.FlagSimpleParams
	}
	if fn.IsMethod && (fn.IsGenerator || fn.IsAsync) {
		f.fn.Flags |= bytecode.FlagMethodGenerator
	}
	if fn.Kind == parser.FuncStaticBlock {
		f.fn.Flags |= bytecode.FlagIsStaticBlock
	}
	if f.arrow {
		// What a direct eval in the arrow may contain depends on the
		// function whose this it shares (§19.2.1.1 steps 5-6).
		u := f.unit()
		if u.evalTop && c.opts.EvalOutsideFunction || !u.evalTop && u.fn.Kind == bytecode.KindScript {
			f.fn.Flags |= bytecode.FlagArrowInScript
		}
		if u.evalTop && c.opts.EvalInClassField || u.fn.Flags&bytecode.FlagClassFieldInit != 0 {
			f.fn.Flags |= bytecode.FlagArrowInField
		}
	}
	scope := fn.Scope
	if scope != nil && c.funcDynamic(scope) {
		f.fn.Flags |= bytecode.FlagDynamic
	}
	nparams := len(fn.Params)
	if nparams > 0 {
		if _, ok := fn.Params[nparams-1].(*parser.RestElement); ok {
			nparams--
		}
	}
	f.fn.NParams = nparams
	f.top = nparams + 1
	f.nregs = f.top
	f.fn.CoverEager = f.c.opts.Coverage && parent != nil && parent.eagerFunction(fn)
	return f
}

// functionBody compiles the body of fn into f, which funcHeader made.
func (f *fstate) functionBody(fn *parser.Function, extra funcExtra) *bytecode.Function {
	c := f.c
	scope := fn.Scope
	if c.lazy() && ordinaryFunction(fn) {
		inferBody(fn, c.prog.Source, c.inferred, ordinaryFunction)
	}
	f.cover(fn.Loc.Start, fn.Loc.End)
	if extra.hasFields {
		f.fn.Flags |= bytecode.FlagHasFields
		if !f.derived {
			f.emit(bytecode.OpInitFields, 0, 0, 0)
		}
	}

	sr := &scopeRec{s: scope, mark: f.top}
	// Simple parameters use their argument registers unless captured.
	var copies [][2]int // param register -> env loc index into copyLocs
	var copyLocs []*varLoc
	if fn.HasSimpleParams && scope != nil {
		last := map[*parser.Binding]int{}
		for i, p := range fn.Params {
			if id, ok := p.(*parser.Identifier); ok && id.Binding != nil {
				last[id.Binding] = i + 1
			}
		}
		var inSlot map[*parser.Binding]bool
		if mapsArguments(fn, f.strict) {
			inSlot = map[*parser.Binding]bool{}
			// A mapped arguments object aliases its indexes with the
			// parameters (§10.4.4.7), so every parameter lives in the
			// environment, parameter i in slot i. An earlier parameter of
			// a repeated name gets a slot too, to keep that numbering,
			// but it is not the binding: the name resolves to the last
			// one (by-name lookup scans slots from the end), and the VM
			// maps only the last index of each name.
			for i, p := range fn.Params {
				id := p.(*parser.Identifier)
				loc := &varLoc{name: id.Name, owner: f}
				sr.addSlot(loc, id.Name, false)
				if b := id.Binding; b != nil && last[b] == i+1 {
					copies = append(copies, [2]int{i + 1, len(copyLocs)})
					copyLocs = append(copyLocs, loc)
					c.locs.set(b, loc)
					inSlot[b] = true
				}
			}
		}
		for _, b := range scope.Bindings {
			reg, ok := last[b]
			if !ok || inSlot[b] {
				continue
			}
			loc := &varLoc{name: b.Name, owner: f}
			if c.inEnv(b) {
				sr.addSlot(loc, b.Name, false)
				copies = append(copies, [2]int{reg, len(copyLocs)})
				copyLocs = append(copyLocs, loc)
			} else {
				loc.kind, loc.reg = locReg, reg
			}
			c.locs.set(b, loc)
		}
	}
	f.declareInto(sr, scope, false)
	if !fn.HasSimpleParams && scope != nil {
		// Parameters of a non-simple list are in their dead zone until
		// initialised, in order (ECMA-262 §10.2.11 step 21, 26).
		for _, b := range scope.Bindings {
			if b.Kind == parser.BindParam {
				c.locs.get(b).lexical = true
			}
		}
	}
	if !f.arrow {
		use := arrowPseudo(scope)
		if scope != nil && scope.HasDirectEval {
			use = pseudoUse{true, true, true, true}
		}
		for k, u := range use {
			if u {
				f.pseudo[k] = f.synthSlot(sr, pseudoNames[k], k == pseudoThis && f.derived)
			}
		}
	}
	varEnv := fn.HasSimpleParams && scope != nil && scope.HasDirectEval && !f.strict
	if !fn.HasSimpleParams && scope != nil && scope.HasDirectEval && !f.strict {
		// With parameter expressions the parameters get an environment of
		// their own inside the function's (ECMA-262 §10.2.11 step 20), and
		// the function's stays the variable environment while they are
		// evaluated: sloppy direct eval in an initialiser declares its vars
		// there, outside the parameters, so a var named like a parameter or
		// arguments is a redeclaration (§19.2.1.3 step 3.d).
		f.pushScope(&scopeRec{mark: f.top}, true)
	}
	f.pushScope(sr, varEnv)
	if sr.env != nil {
		f.fn.Flags |= bytecode.FlagNeedsEnv
	}
	for _, cp := range copies {
		f.storeLoc(copyLocs[cp[1]], cp[0])
	}
	f.copyPseudo()
	f.initSpecialBindings(scope, fn)
	f.initLexicals(scope)

	bodyScope := fn.BodyScope
	if !fn.HasSimpleParams {
		for i, p := range fn.Params {
			if rest, ok := p.(*parser.RestElement); ok {
				t := f.alloc()
				f.emit(bytecode.OpRest, t, i, 0)
				f.destructure(rest.Target, t, true)
				f.top--
				continue
			}
			f.destructureTopAs(p, i+1, true, nil, "parameter")
		}
		if bodyScope != nil && bodyScope != scope {
			bsr := f.declareScope(bodyScope, false)
			f.pushScope(bsr, bodyScope.HasDirectEval && !f.strict)
			if bsr.env != nil {
				f.fn.Flags |= bytecode.FlagNeedsEnv
			}
			// Vars named like a parameter start with its value (§10.2.11 step 28.f.i.4).
			for _, b := range bodyScope.Bindings {
				if b.Kind != parser.BindVar {
					continue
				}
				if pb := scope.Lookup(b.Name); pb != nil {
					t := f.alloc()
					f.load(f.resolveBinding(pb, pb.Name), t)
					f.initBinding(b, b.Name, t)
					f.top--
				}
			}
			f.initLexicals(bodyScope)
		}
	}
	f.markEntryRegs()
	f.hoistFuncs(fn.Body)
	if f.generator {
		f.emit(bytecode.OpInitialYield, 0, 0, 0)
	}
	if fn.ExprBody != nil {
		t := f.alloc()
		f.expr(fn.ExprBody, t)
		f.emit(bytecode.OpReturn, t, 0, 0)
	} else {
		f.stmts(fn.Body)
		f.emitReturnUndef()
	}
	return f.finish()
}
