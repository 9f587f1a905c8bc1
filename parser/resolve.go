package parser

import "fmt"

// The resolver is the second pass: it walks the finished AST top-down,
// builds the Scope tree, declares bindings (reporting redeclarations, ECMA-262
// "Static Semantics: Early Errors" of blocks, functions and scripts), and
// collects every identifier reference. References are bound only at the end,
// once every scope is complete and every direct eval has been seen: an eval
// anywhere in a sloppy function changes how names inside it resolve.
//
// Lexical declarations of a scope are declared when the scope is entered, so
// a `var` met later can be checked against every enclosing block between it
// and its function (`{ let x; { var x; } }` is an error).

type resolver struct {
	prog     *Program
	module   bool
	scope    *Scope
	varScope *Scope
	nest     int // blocks entered since the current var scope
	refs     []ref
	// thisStack holds, per function-like context, its scope and whether it
	// is an arrow (which sees its parent's this).
	thisStack []thisCtx
	// simpleCatch marks catch parameters bound by a plain identifier, which
	// a var may redeclare (ECMA-262 §B.3.4).
	simpleCatch map[*Binding]bool
	evalFuncs   []*Function
	allScopes   []*Scope
	blockFuncs  map[*Binding]bool // block-level function bindings (sloppy duplicates allowed)

	scopeBlock   []Scope
	bindingBlock []Binding
}

type ref struct {
	id    *Identifier
	scope *Scope
	write bool
}

type thisCtx struct {
	scope   *Scope
	isArrow bool
	fn      *Function
}

func resolveProgram(p *parser, prog *Program) (err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				err = fmt.Errorf("parser: internal error resolving %s: %v", prog.Filename, r)
				return
			}
			err = se
		}
	}()
	kind := ScopeGlobal
	switch {
	case p.opts.Module:
		kind = ScopeModule
	case p.opts.Eval:
		kind = ScopeEval
	case p.opts.FunctionBody:
		kind = ScopeFunction
	}
	r := &resolver{prog: prog, module: p.opts.Module, simpleCatch: map[*Binding]bool{}, blockFuncs: map[*Binding]bool{}}
	// Code has a reference every 35-40 bytes (typescript's compiler, 6 MB:
	// 168,000): sized so, the list is not copied as it grows.
	r.refs = make([]ref, 0, len(p.src)/32)
	s := r.newScope(kind, nil, 0)
	s.Strict = prog.Strict
	s.Loc = prog.Loc
	prog.Scope = s
	r.scope, r.varScope = s, s
	r.thisStack = []thisCtx{{scope: s}}
	r.declareLexical(prog.Body, s, true)
	r.stmts(prog.Body)
	if r.module {
		r.checkExports(prog)
	}
	r.finish()
	return nil
}

func (r *resolver) newScope(kind ScopeKind, parent *Scope, start int32) *Scope {
	s := r.scopeOf(kind, parent, start)
	r.allScopes = append(r.allScopes, s)
	return s
}

// Scopes and bindings are cut from blocks (a program has a scope every 400
// bytes or so and a binding every 30): one allocation a block, where one
// each was a third of the parser's allocations.
const resolverBlock = 128

// scopeOf returns a new scope of kind under parent from start.
func (r *resolver) scopeOf(kind ScopeKind, parent *Scope, start int32) *Scope {
	if len(r.scopeBlock) == cap(r.scopeBlock) {
		r.scopeBlock = make([]Scope, 0, min(resolverBlock, max(8, 2*cap(r.scopeBlock))))
	}
	r.scopeBlock = r.scopeBlock[:len(r.scopeBlock)+1]
	s := &r.scopeBlock[len(r.scopeBlock)-1]
	initScope(s, kind, parent, start)
	return s
}

// dropScope gives back s, the last scope made, which nothing refers to.
func (r *resolver) dropScope(s *Scope) {
	if n := len(r.scopeBlock); n > 0 && s == &r.scopeBlock[n-1] {
		*s = Scope{}
		r.scopeBlock = r.scopeBlock[:n-1]
	}
}

// bind declares name in s.
func (r *resolver) bind(s *Scope, name string, kind BindingKind, loc Loc) *Binding {
	if len(r.bindingBlock) == cap(r.bindingBlock) {
		r.bindingBlock = make([]Binding, 0, min(resolverBlock, max(8, 2*cap(r.bindingBlock))))
	}
	r.bindingBlock = r.bindingBlock[:len(r.bindingBlock)+1]
	b := s.addBinding(&r.bindingBlock[len(r.bindingBlock)-1], name, kind, loc)
	r.prog.NumBindings++
	b.ID = r.prog.NumBindings
	return b
}

func (r *resolver) errAt(pos int32, format string, args ...any) {
	panic(&SyntaxError{Msg: fmt.Sprintf(format, args...), Loc: pos})
}

func redeclared(id *Identifier) {
	name := id.Name
	if name == "*default*" {
		// V8 names the binding of `export default expr` ".default".
		name = ".default"
	}
	panic(&SyntaxError{Msg: "Identifier '" + name + "' has already been declared", Loc: id.Start})
}

// redeclaredLater reports a conflict between id and prev at whichever comes
// later in the source, as V8 does: lexical declarations are declared before
// the vars met during the walk, so id may precede prev.
func redeclaredLater(id *Identifier, prev *Binding) {
	pos := id.Start
	if prev.Loc.Start > pos {
		pos = prev.Loc.Start
	}
	panic(&SyntaxError{Msg: "Identifier '" + id.Name + "' has already been declared", Loc: pos})
}

// ---------------------------------------------------------------------------
// Declarations

// declareLexical declares the lexically scoped declarations of a statement
// list in s. At the top level of a function or script, function
// declarations are var-scoped and declared when met instead (ECMA-262
// §8.2.7 TopLevelLexicallyDeclaredNames); in modules they are lexical.
func (r *resolver) declareLexical(stmts []Stmt, s *Scope, topLevel bool) {
	for _, st := range stmts {
		r.declareLexicalStmt(st, s, topLevel)
	}
}

func (r *resolver) declareLexicalStmt(st Stmt, s *Scope, topLevel bool) {
	switch t := st.(type) {
	case *VarDecl:
		if t.Kind == DeclVar {
			return
		}
		kind := BindLet
		if t.Kind == DeclConst {
			kind = BindConst
		}
		for _, d := range t.Decls {
			forEachBoundIdent(d.Target, func(id *Identifier) { id.Binding = r.declareLex(s, id, kind, false) })
		}
	case *ClassDecl:
		if t.Class.Name != nil {
			t.Class.Name.Binding = r.declareLex(s, t.Class.Name, BindClass, false)
		}
	case *FunctionDecl:
		if topLevel && !(r.module && s.Kind == ScopeModule) {
			return
		}
		if t.Func.Name != nil {
			plain := !t.Func.IsAsync && !t.Func.IsGenerator
			t.Func.Name.Binding = r.declareLex(s, t.Func.Name, BindFunction, plain && !s.Strict)
			if plain {
				r.blockFuncs[t.Func.Name.Binding] = true
			}
		}
	case *Labeled:
		r.declareLexicalStmt(t.Body, s, topLevel)
	case *ExportDecl:
		r.declareLexicalStmt(t.Decl, s, topLevel)
	case *ExportDefault:
		var id *Identifier
		switch d := t.Decl.(type) {
		case *FunctionDecl:
			id = d.Func.Name
		case *ClassDecl:
			id = d.Class.Name
		}
		if id != nil {
			r.declareLexicalStmt(t.Decl, s, topLevel)
			t.Binding = id.Binding
		} else {
			t.Binding = r.declareLex(s, &Identifier{Loc: t.Loc, Name: "*default*"}, BindDefault, false)
		}
	case *ImportDecl:
		decl := func(id *Identifier) {
			if id != nil {
				id.Binding = r.declareLex(s, id, BindImport, false)
			}
		}
		decl(t.Default)
		decl(t.Namespace)
		for _, sp := range t.Specifiers {
			decl(sp.Local)
		}
	}
}

// declareLex declares a lexical binding, reporting conflicts with
// declarations already in s (and, for a function body with a separate var
// scope, with parameters; for a catch block, with the catch parameter).
func (r *resolver) declareLex(s *Scope, id *Identifier, kind BindingKind, sloppyFuncDup bool) *Binding {
	if prev := s.Lookup(id.Name); prev != nil {
		if sloppyFuncDup && r.blockFuncs[prev] {
			return prev
		}
		redeclared(id)
	}
	if s.Kind == ScopeFuncBody && s.Parent.Lookup(id.Name) != nil && s.Parent.Lookup(id.Name).Kind == BindParam {
		redeclared(id)
	}
	if s.Parent != nil && s.Parent.Kind == ScopeCatch && s.Parent.Lookup(id.Name) != nil && s.Kind == ScopeBlock &&
		s.Loc.Start == s.Parent.Loc.End {
		redeclared(id)
	}
	return r.bind(s, id.Name, kind, id.Loc)
}

// declareVar declares a var-scoped name met during the walk, checking
// every scope between the current one and the var scope for a lexical
// declaration of the same name. It returns the binding the declaration's
// initializer assigns: the var's, except inside a catch block whose simple
// parameter has the name, where `var e = v` assigns the parameter
// (ECMA-262 §B.3.4: the var is hoisted, but the initializer is
// PutValue(ResolveBinding(e), v), which finds the catch binding first).
func (r *resolver) declareVar(id *Identifier, isFunc bool) *Binding {
	b := r.declareVarBinding(id, isFunc)
	if !isFunc {
		for sc := r.scope; sc != r.varScope && sc != nil; sc = sc.Parent {
			if c := sc.Lookup(id.Name); c != nil && c.Kind == BindCatch && r.simpleCatch[c] {
				return c
			}
		}
	}
	return b
}

func (r *resolver) declareVarBinding(id *Identifier, isFunc bool) *Binding {
	name := id.Name
	for sc := r.scope; sc != r.varScope && sc != nil; sc = sc.Parent {
		if sc.Kind == ScopeWith {
			// The initializer assigns through the with object when it has
			// the name (var x = v is PutValue(ResolveBinding(x), v)).
			id.Dynamic = true
		}
		if b := sc.Lookup(name); b != nil {
			if b.Kind == BindCatch && r.simpleCatch[b] {
				continue
			}
			redeclaredLater(id, b)
		}
	}
	vs := r.varScope
	if b := vs.Lookup(name); b != nil {
		switch b.Kind {
		case BindLet, BindConst, BindClass, BindImport, BindDefault:
			redeclaredLater(id, b)
		case BindFunction:
			if r.module && vs.Kind == ScopeModule {
				redeclaredLater(id, b)
			}
		}
		if isFunc && b.Kind == BindVar {
			b.Kind = BindFunction
		}
		return b
	}
	kind := BindVar
	if isFunc {
		kind = BindFunction
	}
	return r.bind(vs, name, kind, id.Loc)
}

// ---------------------------------------------------------------------------
// Statements

func (r *resolver) stmts(list []Stmt) {
	for _, s := range list {
		r.stmt(s)
	}
}

// enterBlock runs body in a new block scope holding the lexical
// declarations of decls; the scope is dropped (nil result) when it declares
// nothing.
func (r *resolver) enterBlock(kind ScopeKind, loc Loc, decls []Stmt, body func()) *Scope {
	s := r.scopeOf(kind, r.scope, loc.Start)
	s.Loc = loc
	r.declareLexical(decls, s, false)
	keep := len(s.Bindings) > 0
	if !keep {
		// Unlink the empty scope again.
		r.scope.Children = r.scope.Children[:len(r.scope.Children)-1]
		r.dropScope(s)
		r.nest++
		body()
		r.nest--
		return nil
	}
	r.allScopes = append(r.allScopes, s)
	saved := r.scope
	r.scope = s
	r.nest++
	body()
	r.nest--
	r.scope = saved
	return s
}

func (r *resolver) stmt(st Stmt) {
	switch t := st.(type) {
	case *VarDecl:
		for _, d := range t.Decls {
			if t.Kind == DeclVar {
				r.bindingPattern(d.Target, true)
			} else {
				r.bindingPattern(d.Target, false)
			}
			if d.Init != nil {
				r.expr(d.Init)
			}
		}
	case *FunctionDecl:
		r.functionDecl(t)
	case *ClassDecl:
		r.class(t.Class)
	case *ExprStmt:
		r.expr(t.X)
	case *Block:
		t.Scope = r.enterBlock(ScopeBlock, t.Loc, t.Body, func() { r.stmts(t.Body) })
	case *Empty, *Debugger, *Break, *Continue:
	case *If:
		r.expr(t.Test)
		r.subStmt(t.Cons)
		if t.Alt != nil {
			r.subStmt(t.Alt)
		}
	case *For:
		var decls []Stmt
		if vd, ok := t.Init.(*VarDecl); ok && vd.Kind != DeclVar {
			decls = []Stmt{vd}
		}
		t.Scope = r.enterBlock(ScopeBlock, t.Loc, decls, func() {
			if t.Init != nil {
				r.stmt(t.Init)
			}
			if t.Test != nil {
				r.expr(t.Test)
			}
			if t.Update != nil {
				r.expr(t.Update)
			}
			r.subStmt(t.Body)
		})
		if t.Scope != nil && t.Init.(*VarDecl).Kind == DeclLet {
			t.Scope.PerIteration = true
			t.PerIteration = true
		}
	case *ForIn:
		t.Scope = r.forInOf(t.Loc, t.Kind, t.Target, t.Right, t.Body, t.Init)
	case *ForOf:
		t.Scope = r.forInOf(t.Loc, t.Kind, t.Target, t.Right, t.Body, nil)
	case *While:
		r.expr(t.Test)
		r.subStmt(t.Body)
	case *DoWhile:
		r.subStmt(t.Body)
		r.expr(t.Test)
	case *Return:
		if t.Arg != nil {
			r.expr(t.Arg)
		}
	case *Throw:
		r.expr(t.Arg)
	case *Try:
		r.stmt(t.Block)
		if t.Handler != nil {
			cs := r.newScope(ScopeCatch, r.scope, t.Handler.Start)
			cs.Loc = Loc{t.Handler.Start, t.Handler.Start}
			if t.Param != nil {
				cs.Loc.Start = t.Param.NodeLoc().Start
				_, simple := t.Param.(*Identifier)
				forEachBoundIdent(t.Param, func(id *Identifier) {
					if cs.Lookup(id.Name) != nil {
						redeclared(id)
					}
					id.Binding = r.bind(cs, id.Name, BindCatch, id.Loc)
					if simple {
						r.simpleCatch[id.Binding] = true
					}
				})
				cs.Loc.End = t.Handler.Start
			}
			t.CatchScope = cs
			saved := r.scope
			r.scope = cs
			if t.Param != nil {
				r.patternExprs(t.Param)
			}
			h := t.Handler
			hs := r.scopeOf(ScopeBlock, cs, h.Start)
			hs.Loc = h.Loc
			// The handler block's scope is recognised by declareLex through
			// its start matching the catch scope's end.
			cs.Loc.End = h.Start
			r.declareLexical(h.Body, hs, false)
			if len(hs.Bindings) > 0 {
				r.allScopes = append(r.allScopes, hs)
				h.Scope = hs
				r.scope = hs
			} else {
				cs.Children = cs.Children[:len(cs.Children)-1]
			}
			r.nest++
			r.stmts(h.Body)
			r.nest--
			r.scope = saved
		}
		if t.Finalizer != nil {
			r.stmt(t.Finalizer)
		}
	case *Switch:
		r.expr(t.Disc)
		var decls []Stmt
		for _, c := range t.Cases {
			decls = append(decls, c.Body...)
		}
		t.Scope = r.enterBlock(ScopeBlock, t.Loc, decls, func() {
			for _, c := range t.Cases {
				if c.Test != nil {
					r.expr(c.Test)
				}
				r.stmts(c.Body)
			}
		})
	case *Labeled:
		r.stmt(t.Body)
	case *With:
		r.expr(t.Object)
		ws := r.newScope(ScopeWith, r.scope, t.Body.NodeLoc().Start)
		ws.Loc = t.Body.NodeLoc()
		t.Scope = ws
		for s := r.scope; s != nil; s = s.Parent {
			s.ContainsWith = true
			if s == r.varScope {
				break
			}
		}
		saved := r.scope
		r.scope = ws
		r.nest++
		r.subStmt(t.Body)
		r.nest--
		r.scope = saved
	case *ImportDecl:
	case *ExportNamed, *ExportAll:
	case *ExportDecl:
		r.stmt(t.Decl)
	case *ExportDefault:
		if t.Decl != nil {
			r.stmt(t.Decl)
		} else {
			r.expr(t.Expr)
		}
	}
}

// subStmt walks a statement in a single-statement position. A function
// declaration there (sloppy `if (x) function f(){}`) behaves as if wrapped
// in a block (ECMA-262 §B.3.3).
func (r *resolver) subStmt(st Stmt) {
	if fd, ok := st.(*FunctionDecl); ok {
		r.enterBlock(ScopeBlock, fd.Loc, []Stmt{fd}, func() { r.stmt(fd) })
		return
	}
	if l, ok := st.(*Labeled); ok {
		if _, ok := unlabel(l).(*FunctionDecl); ok {
			r.enterBlock(ScopeBlock, l.Loc, []Stmt{l}, func() { r.stmt(l) })
			return
		}
	}
	r.nest++
	r.stmt(st)
	r.nest--
}

func unlabel(st Stmt) Stmt {
	for {
		l, ok := st.(*Labeled)
		if !ok {
			return st
		}
		st = l.Body
	}
}

func (r *resolver) forInOf(loc Loc, kind DeclKind, target Pattern, right Expr, body Stmt, init Expr) *Scope {
	var decls []Stmt
	if kind == DeclLet || kind == DeclConst {
		decls = []Stmt{&VarDecl{Kind: kind, Decls: []*Declarator{{Target: target}}}}
	}
	return r.enterBlock(ScopeBlock, loc, decls, func() {
		switch kind {
		case DeclNone:
			r.assignTarget(target)
		case DeclVar:
			r.bindingPattern(target, true)
		default:
			r.bindingPattern(target, false)
		}
		if init != nil {
			r.expr(init)
		}
		r.expr(right)
		r.subStmt(body)
	})
}

func (r *resolver) functionDecl(t *FunctionDecl) {
	fn := t.Func
	if fn.Name != nil {
		if r.nest == 0 && !(r.module && r.varScope.Kind == ScopeModule) {
			fn.Name.Binding = r.declareVar(fn.Name, true)
		} else if fn.Name.Binding != nil && !r.scope.Strict && !fn.IsAsync && !fn.IsGenerator {
			r.annexB(t)
		}
	}
	r.function(fn)
}

// annexB applies ECMA-262 §B.3.2.1 (and B.3.2.2 for scripts): a sloppy
// function declaration in a block also assigns a var binding of the same
// name, when such a var would not conflict with a lexical declaration in an
// enclosing scope or a parameter.
func (r *resolver) annexB(t *FunctionDecl) {
	name := t.Func.Name.Name
	blockScope := t.Func.Name.Binding.Scope
	for sc := blockScope.Parent; sc != nil; sc = sc.Parent {
		if b := sc.Lookup(name); b != nil {
			if sc == r.varScope || sc.Kind == ScopeFunction {
				if b.Kind.IsLexical() || b.Kind == BindImport || b.Kind == BindParam {
					return
				}
				break
			}
			if b.Kind == BindCatch && r.simpleCatch[b] {
				continue
			}
			return
		}
		if sc == r.varScope {
			break
		}
	}
	if r.varScope.Kind == ScopeFuncBody {
		if b := r.varScope.Parent.Lookup(name); b != nil && b.Kind == BindParam {
			return
		}
	}
	vs := r.varScope
	b := vs.Lookup(name)
	if b == nil {
		b = r.bind(vs, name, BindVar, t.Func.Name.Loc)
	}
	t.AnnexB = true
	t.VarBinding = b
}

// bindingPattern declares (isVar) or links (lexical, already declared) the
// identifiers of a binding pattern and walks its default values and
// computed keys.
func (r *resolver) bindingPattern(pat Pattern, isVar bool) {
	forEachBoundIdent(pat, func(id *Identifier) {
		if isVar {
			id.Binding = r.declareVar(id, false)
		}
	})
	r.patternExprs(pat)
}

// patternExprs walks the expressions inside a pattern: defaults and
// computed keys.
func (r *resolver) patternExprs(pat Pattern) {
	switch t := pat.(type) {
	case *AssignPattern:
		r.patternExprs(t.Target)
		r.expr(t.Default)
	case *RestElement:
		r.patternExprs(t.Target)
	case *ArrayPattern:
		for _, e := range t.Elems {
			if e != nil {
				r.patternExprs(e)
			}
		}
		if t.Rest != nil {
			r.patternExprs(t.Rest)
		}
	case *ObjectPattern:
		for _, pp := range t.Props {
			if pp.Computed {
				r.expr(pp.Key)
			}
			r.patternExprs(pp.Value)
		}
		if t.Rest != nil {
			r.patternExprs(t.Rest)
		}
	}
}

// assignTarget walks an assignment target: identifiers in it are
// references that are written.
func (r *resolver) assignTarget(pat Pattern) {
	switch t := pat.(type) {
	case *Identifier:
		r.refs = append(r.refs, ref{t, r.scope, true})
	case *Member:
		r.expr(t)
	case *Call:
		r.expr(t)
	case *AssignPattern:
		r.assignTarget(t.Target)
		r.expr(t.Default)
	case *RestElement:
		r.assignTarget(t.Target)
	case *ArrayPattern:
		for _, e := range t.Elems {
			if e != nil {
				r.assignTarget(e)
			}
		}
		if t.Rest != nil {
			r.assignTarget(t.Rest)
		}
	case *ObjectPattern:
		for _, pp := range t.Props {
			if pp.Computed {
				r.expr(pp.Key)
			}
			r.assignTarget(pp.Value)
		}
		if t.Rest != nil {
			r.assignTarget(t.Rest)
		}
	}
}

// ---------------------------------------------------------------------------
// Functions and classes

func (r *resolver) function(fn *Function) {
	s := r.newScope(ScopeFunction, r.scope, fn.Start)
	s.Loc = fn.Loc
	s.Func = fn
	s.Strict = fn.Strict
	fn.Scope = s
	dupAllowed := !fn.Strict && !fn.IsArrow && !fn.IsMethod && fn.HasSimpleParams
	for _, prm := range fn.Params {
		forEachBoundIdent(prm, func(id *Identifier) {
			if b := s.Lookup(id.Name); b != nil {
				if !dupAllowed {
					panic(&SyntaxError{Msg: "Duplicate parameter name not allowed in this context", Loc: id.Start,
						end: id.End, ranged: true})
				}
				id.Binding = b
				return
			}
			id.Binding = r.bind(s, id.Name, BindParam, id.Loc)
		})
	}
	bs := s
	if !fn.HasSimpleParams {
		bs = r.newScope(ScopeFuncBody, s, fn.Start)
		bs.Loc = fn.Loc
		bs.Func = fn
		bs.Strict = fn.Strict
	}
	fn.BodyScope = bs

	savedScope, savedVar, savedNest := r.scope, r.varScope, r.nest
	r.thisStack = append(r.thisStack, thisCtx{scope: s, isArrow: fn.IsArrow, fn: fn})
	r.scope, r.varScope, r.nest = s, s, 0
	for _, prm := range fn.Params {
		r.patternExprs(prm)
	}
	r.scope, r.varScope = bs, bs
	if fn.ExprBody != nil {
		r.expr(fn.ExprBody)
	} else {
		r.declareLexical(fn.Body, bs, true)
		r.stmts(fn.Body)
	}
	if fn.Name != nil && !fn.IsDeclaration && fn.Kind == FuncNormal &&
		s.Lookup(fn.Name.Name) == nil && bs.Lookup(fn.Name.Name) == nil {
		fn.NameBinding = r.bind(s, fn.Name.Name, BindCalleeName, fn.Name.Loc)
		fn.Name.Binding = fn.NameBinding
	}
	r.thisStack = r.thisStack[:len(r.thisStack)-1]
	r.scope, r.varScope, r.nest = savedScope, savedVar, savedNest
}

func (r *resolver) class(c *Class) {
	cs := r.newScope(ScopeClass, r.scope, c.Start)
	cs.Loc = c.Loc
	cs.Strict = true
	c.Scope = cs
	if c.Name != nil {
		c.NameBinding = r.bind(cs, c.Name.Name, BindClassInner, c.Name.Loc)
		if c.Name.Binding == nil {
			c.Name.Binding = c.NameBinding
		}
	}
	saved := r.scope
	r.scope = cs
	if c.Super != nil {
		r.expr(c.Super)
	}
	if c.Constructor != nil {
		r.function(c.Constructor)
	}
	for _, m := range c.Members {
		if m.Computed {
			r.expr(m.Key)
		}
		switch m.Kind {
		case MemberField:
			if m.Value != nil {
				fs := r.newScope(ScopeFieldInit, cs, m.Value.NodeLoc().Start)
				fs.Loc = m.Value.NodeLoc()
				fs.Strict = true
				m.FieldScope = fs
				r.scope = fs
				r.thisStack = append(r.thisStack, thisCtx{scope: fs})
				r.expr(m.Value)
				r.thisStack = r.thisStack[:len(r.thisStack)-1]
				r.scope = cs
			}
		default:
			r.function(m.Value.(*Function))
		}
	}
	r.scope = saved
}

// ---------------------------------------------------------------------------
// Expressions

func (r *resolver) useThis() {
	for i := len(r.thisStack) - 1; i >= 0; i-- {
		r.thisStack[i].scope.UsesThis = true
		if !r.thisStack[i].isArrow {
			return
		}
	}
}

// arrowUse records u on the function-like scope around the arrow being
// resolved, if an arrow is.
func (r *resolver) arrowUse(u ArrowUse) {
	i := len(r.thisStack) - 1
	if !r.thisStack[i].isArrow {
		return
	}
	for r.thisStack[i].isArrow {
		i--
	}
	r.thisStack[i].scope.ArrowUses |= u
}

func (r *resolver) exprs(list []Expr) {
	for _, e := range list {
		if e != nil {
			r.expr(e)
		}
	}
}

func (r *resolver) expr(e Expr) {
	switch t := e.(type) {
	case nil:
	case *Identifier:
		r.refs = append(r.refs, ref{t, r.scope, false})
	case *This:
		r.useThis()
		r.arrowUse(ArrowThis)
	case *Super:
		r.useThis()
		r.arrowUse(ArrowSuper)
	case *NewTarget:
		r.arrowUse(ArrowNewTarget)
	case *Number, *String, *RegExp, *BigInt, *Boolean, *Null, *ImportMeta, *PrivateName:
	case *TemplateLiteral:
		r.exprs(t.Exprs)
	case *TaggedTemplate:
		r.expr(t.Tag)
		r.exprs(t.Quasi.Exprs)
	case *Array:
		r.exprs(t.Elems)
	case *Object:
		for _, prop := range t.Props {
			if prop.Computed {
				r.expr(prop.Key)
			}
			if prop.Kind == PropShorthand {
				if a, ok := prop.Value.(*Assign); ok {
					r.assignTarget(a.Target)
					r.expr(a.Value)
					continue
				}
			}
			r.expr(prop.Value)
		}
	case *Function:
		r.function(t)
	case *Class:
		r.class(t)
	case *Unary:
		r.expr(t.X)
	case *Update:
		if id, ok := t.Target.(*Identifier); ok {
			r.refs = append(r.refs, ref{id, r.scope, true})
		} else {
			r.expr(t.Target)
		}
	case *Binary:
		r.expr(t.Left)
		r.expr(t.Right)
	case *Assign:
		r.assignTarget(t.Target)
		r.expr(t.Value)
	case *Conditional:
		r.expr(t.Test)
		r.expr(t.Cons)
		r.expr(t.Alt)
	case *Call:
		if _, ok := t.Callee.(*Super); ok {
			r.arrowUse(ArrowSuperCall)
		}
		r.expr(t.Callee)
		r.exprs(t.Args)
		if t.DirectEval {
			r.directEval()
		}
	case *New:
		r.expr(t.Callee)
		r.exprs(t.Args)
	case *Member:
		r.expr(t.Object)
		if t.Index != nil {
			r.expr(t.Index)
		}
	case *OptionalChain:
		r.expr(t.X)
	case *Sequence:
		r.exprs(t.Exprs)
	case *Spread:
		r.expr(t.X)
	case *Yield:
		if t.Arg != nil {
			r.expr(t.Arg)
		}
	case *Await:
		r.expr(t.X)
	case *ImportCall:
		r.expr(t.Arg)
		if t.Options != nil {
			r.expr(t.Options)
		}
	}
}

// directEval records a direct eval call in the current scope (ECMA-262
// §19.2.1.1 PerformEval): every enclosing scope becomes visible to code
// compiled at run time, and in sloppy mode the eval may add var bindings to
// the current var scope.
func (r *resolver) directEval() {
	for s := r.scope; s != nil; s = s.Parent {
		s.HasDirectEval = true
	}
	if !r.scope.Strict {
		r.varScope.evalVars = true
	}
	r.useThis()
	for i := len(r.thisStack) - 1; i >= 0; i-- {
		tc := r.thisStack[i]
		if tc.fn == nil {
			break
		}
		tc.scope.UsesArguments = true
		if !tc.isArrow {
			if tc.fn.Kind != FuncStaticBlock {
				r.evalFuncs = append(r.evalFuncs, tc.fn)
			}
			break
		}
	}
}

// ---------------------------------------------------------------------------
// Binding references

func (r *resolver) finish() {
	for _, fn := range r.evalFuncs {
		r.argumentsBinding(fn)
	}
	for _, rf := range r.refs {
		r.resolve(rf)
	}
	for _, s := range r.allScopes {
		if s.HasDirectEval {
			for _, b := range s.Bindings {
				b.Captured = true
			}
		}
	}
}

// argumentsBinding returns fn's implicit arguments binding, creating it
// unless a parameter or a body declaration named arguments shadows it
// (ECMA-262 §10.2.11 steps 15-18). A body declaration shadows it only when
// the parameter list is simple (step 18): otherwise the parameters' own
// environment still holds the object, where parameter initialisers (and
// direct eval in them) see it.
func (r *resolver) argumentsBinding(fn *Function) *Binding {
	if fn.ArgumentsBinding != nil {
		return fn.ArgumentsBinding
	}
	if b := fn.Scope.Lookup("arguments"); b != nil {
		return b
	}
	if b := fn.BodyScope.Lookup("arguments"); b != nil && b.Kind != BindVar && fn.HasSimpleParams {
		return b
	}
	fn.ArgumentsBinding = r.bind(fn.Scope, "arguments", BindArguments, Loc{fn.Start, fn.Start})
	fn.Scope.UsesArguments = true
	return fn.ArgumentsBinding
}

func (r *resolver) resolve(rf ref) {
	id := rf.id
	crossed := false
	dynamic := false
	for sc := rf.scope; sc != nil; sc = sc.Parent {
		b := sc.Lookup(id.Name)
		if b == nil && id.Name == "arguments" && sc.Kind == ScopeFunction && sc.Func != nil && !sc.Func.IsArrow &&
			sc.Func.Kind != FuncStaticBlock {
			b = r.argumentsBinding(sc.Func)
			if b.Scope != sc {
				// A body-level var named arguments: found in the body scope.
				b = nil
			}
		}
		if b != nil {
			id.Binding = b
			id.Dynamic = dynamic
			if crossed {
				b.Captured = true
				for s := rf.scope; s != sc; s = s.Parent {
					if s.Kind.IsFunctionBoundary() {
						if n := len(s.Free); n == 0 || s.Free[n-1] != b {
							s.Free = append(s.Free, b)
						}
					}
				}
			}
			if rf.write {
				b.Assigned = true
			}
			if b.Kind == BindArguments {
				for s := rf.scope; s != sc; s = s.Parent {
					if s.Kind == ScopeFunction {
						s.UsesArguments = true
					}
				}
			}
			return
		}
		if sc.Kind == ScopeWith || sc.evalVars {
			dynamic = true
		}
		if sc.Kind.IsFunctionBoundary() {
			crossed = true
		}
	}
	id.Dynamic = dynamic
	if id.Name == "arguments" {
		r.prog.FreeArguments = true
	}
}

// checkExports reports exports of undeclared names and duplicate export
// names (ECMA-262 §16.2.1.1 Early Errors).
func (r *resolver) checkExports(prog *Program) {
	seen := map[string]bool{}
	add := func(name string, pos int32) {
		if seen[name] {
			r.errAt(pos, "Duplicate export of '%s'", name)
		}
		seen[name] = true
	}
	ms := prog.Scope
	// Duplicates first: V8 finds them while parsing, before it can know
	// which names are declared.
	for _, st := range prog.Body {
		switch t := st.(type) {
		case *ExportNamed:
			for _, sp := range t.Specifiers {
				add(sp.Exported, sp.Start)
			}
		case *ExportAll:
			if t.HasAlias {
				add(t.Exported, t.Start)
			}
		case *ExportDefault:
			add("default", t.Start)
		case *ExportDecl:
			switch d := t.Decl.(type) {
			case *VarDecl:
				for _, dd := range d.Decls {
					forEachBoundIdent(dd.Target, func(id *Identifier) { add(id.Name, id.Start) })
				}
			case *FunctionDecl:
				add(d.Func.Name.Name, d.Func.Name.Start)
			case *ClassDecl:
				add(d.Class.Name.Name, d.Class.Name.Start)
			}
		}
	}
	for _, st := range prog.Body {
		if t, ok := st.(*ExportNamed); ok {
			for _, sp := range t.Specifiers {
				if sp.Ref != nil {
					b := ms.Lookup(sp.Local)
					if b == nil {
						r.errAt(sp.Start, "Export '%s' is not defined in module", sp.Local)
					}
					sp.Ref.Binding = b
				}
			}
		}
	}
}
