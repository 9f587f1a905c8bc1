package compiler

import (
	"cmp"
	"slices"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

func (f *fstate) stmts(list []parser.Stmt) {
	for i, s := range list {
		f.stmt(s)
		if i < len(list)-1 || isLexicalFor(s) {
			f.coverContinuation(s)
		}
	}
}

// clearCompletion implements UpdateEmpty(…, undefined) for statements whose
// completion value is undefined unless their body produces one.
func (f *fstate) clearCompletion() {
	if f.completion >= 0 {
		f.emit(bytecode.OpLoadUndef, f.completion, 0, 0)
	}
}

func (f *fstate) stmt(s parser.Stmt) {
	mark := f.top
	defer func() { f.top = mark }()
	switch s.(type) {
	case *parser.Return, *parser.Throw, *parser.If, *parser.ExprStmt, *parser.Switch:
		f.stmtPos, f.stmtFresh = s.NodeLoc().Start, true
	}
	switch s := s.(type) {
	case *parser.VarDecl:
		f.varDecl(s)
	case *parser.FunctionDecl:
		if s.AnnexB && s.VarBinding != nil && s.Func.Name != nil {
			// ECMA-262 §B.3.2.1: evaluating the declaration copies the
			// block's function binding to the var binding.
			t := f.alloc()
			f.load(f.resolveBinding(s.Func.Name.Binding, s.Func.Name.Name), t)
			if set, ok := f.annexBSet[s.VarBinding]; ok {
				base := f.allocN(3)
				f.mov(base, set)
				f.emit(bytecode.OpLoadUndef, base+1, 0, 0)
				f.mov(base+2, t)
				f.emit(bytecode.OpCall, base, base, 1)
			} else {
				f.store(f.resolveBinding(s.VarBinding, s.VarBinding.Name), t)
			}
		}
	case *parser.ClassDecl:
		t := f.alloc()
		f.class(s.Class, t, "", false)
		if s.Class.Name != nil {
			f.initIdent(s.Class.Name, t)
		}
	case *parser.ExprStmt:
		if f.completion >= 0 {
			f.expr(s.X, f.completion)
		} else {
			f.exprDiscard(s.X)
		}
	case *parser.Block:
		f.block(s)
	case *parser.Empty:
	case *parser.If:
		f.clearCompletion()
		if target, cont, ok := f.directExit(s); ok {
			js := f.condJump(s.Test, true)
			if cont {
				target.continues = append(target.continues, js...)
			} else {
				target.breaks = append(target.breaks, js...)
			}
			break
		}
		jElse := f.condJump(s.Test, false)
		cons := s.Cons.NodeLoc()
		f.cover(cons.Start, cons.End)
		f.stmt(s.Cons)
		if s.Alt != nil {
			jEnd := f.jump(bytecode.OpJmp, 0, 0)
			f.patchHere(jElse...)
			f.cover(cons.End, s.Alt.NodeLoc().End)
			f.stmt(s.Alt)
			f.patchHere(jEnd)
		} else {
			f.patchHere(jElse...)
		}
	case *parser.For:
		f.forStmt(s)
	case *parser.ForIn:
		f.forIn(s)
	case *parser.ForOf:
		f.forOf(s)
	case *parser.While:
		f.clearCompletion()
		loop := f.pushCtl(&ctl{kind: ctlLoop, labels: f.takeLabels(), iterRec: -1})
		// Rotated as for loops are: test once, then at the bottom.
		jEnd := f.condJump(s.Test, false)
		top := f.here()
		f.coverBody(s.Body)
		f.stmt(s.Body)
		f.patchHere(loop.continues...)
		loop.continues = nil
		for _, j := range f.condJump(s.Test, true) {
			bytecode.PatchJump(f.code, j, top)
		}
		f.popCtl()
		f.patchHere(jEnd...)
		f.patchHere(loop.breaks...)
	case *parser.DoWhile:
		f.clearCompletion()
		loop := f.pushCtl(&ctl{kind: ctlLoop, labels: f.takeLabels(), iterRec: -1})
		top := f.here()
		f.coverBody(s.Body)
		f.stmt(s.Body)
		f.patchHere(loop.continues...)
		loop.continues = nil
		for _, j := range f.condJump(s.Test, true) {
			bytecode.PatchJump(f.code, j, top)
		}
		f.popCtl()
		f.patchHere(loop.breaks...)
	case *parser.Return:
		if c, ok := s.Arg.(*parser.Conditional); ok && !(f.async && f.generator) && !f.c.opts.Coverage {
			f.returnEach(c)
			break
		}
		if n, ok := returnedInt(s.Arg); ok && !(f.async && f.generator) {
			f.emitReturnInt(n)
			break
		}
		if s.Arg != nil {
			// V8 counts nothing after `return await`.
			f.returnAwait, _ = s.Arg.(*parser.Await)
			v := f.exprAny(s.Arg)
			f.returnAwait = nil
			if f.async && f.generator {
				// An async generator returns the awaited value (§15.1.1
				// ReturnStatement evaluation, step 3).
				t := f.alloc()
				f.at(s.Loc.Start)
				f.await(v, t)
				v = t
			}
			f.emitReturn(v)
		} else {
			f.emitReturnUndef()
		}
	case *parser.Break:
		t := f.findTarget(s.Label, false)
		if t == nil {
			f.c.fail(s.Loc.Start, "break target not found")
		}
		f.exitTo(t, false)
	case *parser.Continue:
		t := f.findTarget(s.Label, true)
		if t == nil {
			f.c.fail(s.Loc.Start, "continue target not found")
		}
		f.exitTo(t, true)
	case *parser.Throw:
		t := f.exprAny(s.Arg)
		f.at(s.Loc.Start)
		f.emit(bytecode.OpThrow, t, 0, 0)
	case *parser.Try:
		f.tryStmt(s)
	case *parser.Switch:
		f.switchStmt(s)
	case *parser.Labeled:
		labels := append(f.takeLabels(), s.Label)
		switch s.Body.(type) {
		case *parser.For, *parser.ForIn, *parser.ForOf, *parser.While, *parser.DoWhile, *parser.Labeled:
			f.pendingLabels = labels
			f.stmt(s.Body)
		default:
			lc := f.pushCtl(&ctl{kind: ctlLabel, labels: labels, iterRec: -1})
			f.stmt(s.Body)
			f.popCtl()
			f.patchHere(lc.breaks...)
		}
	case *parser.With:
		f.clearCompletion()
		t := f.alloc()
		f.expr(s.Object, t)
		f.at(s.Loc.Start)
		f.emit(bytecode.OpPushWith, t, 0, 0)
		f.level++
		f.pushCtl(&ctl{kind: ctlEnv})
		f.stmt(s.Body)
		f.popCtl()
		f.emit(bytecode.OpPopEnv, 0, 0, 0)
		f.level--
	case *parser.Debugger:
		f.emit(bytecode.OpDebugger, 0, 0, 0)
	case *parser.ImportDecl, *parser.ExportNamed, *parser.ExportAll, *parser.ExportDecl, *parser.ExportDefault:
		if f.c.mode != modeModule {
			f.c.fail(s.NodeLoc().Start, "import and export declarations may only appear in modules")
		}
		f.moduleItem(s)
	default:
		f.c.fail(s.NodeLoc().Start, "unsupported statement %T", s)
	}
}

// patchLoop points a loop's continues at cont and its breaks here.
func (f *fstate) patchLoop(loop *ctl, cont int) {
	for _, j := range loop.continues {
		bytecode.PatchJump(f.code, j, cont)
	}
	f.patchHere(loop.breaks...)
}

func (f *fstate) block(b *parser.Block) {
	sr := f.enterScope(b.Scope)
	f.hoistFuncs(b.Body)
	f.stmts(b.Body)
	f.leaveScope(sr)
}

func (f *fstate) varDecl(s *parser.VarDecl) {
	for _, d := range s.Decls {
		mark := f.top
		id, isID := d.Target.(*parser.Identifier)
		switch {
		case d.Init == nil && isID:
			if s.Kind != parser.DeclVar {
				t := f.alloc()
				f.emit(bytecode.OpLoadUndef, t, 0, 0)
				f.initIdent(id, t)
			}
		case d.Init == nil:
			f.c.fail(d.Loc.Start, "destructuring declaration without initializer")
		case isID:
			r := f.resolve(id)
			if r.loc != nil && !r.dynamic && !r.global && r.loc.kind == locReg && r.loc.owner == f &&
				(directOK(d.Init) || r.loc.lexical && earlyWriteOK(d.Init, id.Name)) {
				f.exprNamed(d.Init, r.loc.reg, id.Name)
				f.setInited(r.loc)
			} else {
				t := f.alloc()
				f.exprNamed(d.Init, t, id.Name)
				f.initIdent(id, t)
			}
		default:
			// A let or const pattern reads a local's register in place
			// (`const {a, b} = o` copied o first) when nothing in the
			// pattern can assign that local: its targets are new
			// bindings, and it runs no code of its own. A var pattern
			// may name the variable it reads (`var {a, o} = o`).
			if src, ok := d.Init.(*parser.Identifier); ok && s.Kind != parser.DeclVar && !patternRunsCode(d.Target) {
				if reg, ok := f.regOf(f.resolve(src)); ok {
					f.destructureTop(d.Target, reg, true, d.Init)
					break
				}
			}
			t := f.alloc()
			f.expr(d.Init, t)
			f.destructureTop(d.Target, t, true, d.Init)
		}
		f.top = mark
	}
}

func (f *fstate) forStmt(s *parser.For) {
	f.clearCompletion()
	labels := f.takeLabels()
	sr := f.enterScope(s.Scope)
	if s.Init != nil {
		// The head's expression is no statement: its value is not the
		// loop's completion value (ECMA-262 §14.7.4.2 ForLoopEvaluation).
		completion := f.completion
		f.completion = -1
		f.stmt(s.Init)
		f.completion = completion
	}
	if s.PerIteration && sr.env != nil && makesClosure(s.Init) {
		// CreatePerIterationEnvironment before the first test (ECMA-262
		// §14.7.4.4 step 2): closures made in the head's initialisers
		// keep the first environment, and the first iteration gets a
		// copy. Only they can tell the two apart.
		f.emit(bytecode.OpCopyEnv, 0, 0, 0)
	}
	loop := f.pushCtl(&ctl{kind: ctlLoop, labels: labels, iterRec: -1})
	// The test is compiled twice, before the first iteration and at the
	// bottom of the loop, so an iteration costs one conditional jump
	// instead of a test, a jump back and a conditional jump out.
	var jEnd []int
	if s.Test != nil {
		jEnd = f.condJump(s.Test, false)
	}
	top := f.here()
	f.coverBody(s.Body)
	f.stmt(s.Body)
	f.patchHere(loop.continues...)
	loop.continues = nil
	closureLoop := f.c.opts.Coverage && s.Scope != nil && hasFunction(s)
	if closureLoop {
		// V8 runs such a loop's body in a loop of one iteration whose
		// continuation is the statement's: it counts the iterations that
		// end normally, by continue or by break.
		f.coverKind(s.Loc.End, -1, coverContinuation)
	}
	if s.PerIteration && sr.env != nil {
		f.emit(bytecode.OpCopyEnv, 0, 0, 0)
	}
	if s.Update != nil {
		f.exprDiscard(s.Update)
	}
	if s.Test != nil {
		for _, j := range f.condJump(s.Test, true) {
			bytecode.PatchJump(f.code, j, top)
		}
	} else {
		f.jumpTo(bytecode.OpJmp, 0, 0, top)
	}
	f.popCtl()
	if closureLoop && len(loop.breaks) > 0 {
		jDone := f.jump(bytecode.OpJmp, 0, 0)
		f.patchHere(loop.breaks...)
		f.coverKind(s.Loc.End, -1, coverContinuation)
		f.patchHere(jDone)
		loop.breaks = nil
	}
	f.patchHere(jEnd...)
	f.patchHere(loop.breaks...)
	f.leaveScope(sr)
}

// makesClosure reports whether n may create a function closing over the
// environment it runs in: a function or class, or a direct eval.
func makesClosure(n parser.Node) bool {
	found := false
	parser.Walk(n, func(x parser.Node) bool {
		switch x := x.(type) {
		case *parser.Function, *parser.Class:
			found = true
		case *parser.Call:
			found = x.DirectEval
		}
		return !found
	})
	return found
}

// refersTo reports whether e mentions a binding of scope s.
func refersTo(e parser.Node, s *parser.Scope) bool {
	found := false
	parser.Walk(e, func(n parser.Node) bool {
		if id, ok := n.(*parser.Identifier); ok && id.Binding != nil && id.Binding.Scope == s {
			found = true
		}
		return !found
	})
	return found
}

// forRight evaluates the right-hand side of a for-in/of head into dst, in
// the TDZ scope of the head's lexical bindings when it can see them
// (ECMA-262 §14.7.5.6 ForIn/OfHeadEvaluation).
func (f *fstate) forRight(scope *parser.Scope, right parser.Expr, dst int) {
	if scope != nil && refersTo(right, scope) {
		sr := f.enterScope(scope)
		f.expr(right, dst)
		f.leaveScope(sr)
		return
	}
	f.expr(right, dst)
}

// forTarget binds one iteration value of a for-in/of head.
func (f *fstate) forTarget(kind parser.DeclKind, target parser.Pattern, v int) {
	f.destructure(target, v, kind != parser.DeclNone)
}

func (f *fstate) forIn(s *parser.ForIn) {
	f.clearCompletion()
	labels := f.takeLabels()
	if s.Init != nil {
		// Annex B §B.3.5: for (var x = init in o).
		if id, ok := s.Target.(*parser.Identifier); ok {
			t := f.alloc()
			f.exprNamed(s.Init, t, id.Name)
			f.initIdent(id, t)
			f.top--
		}
	}
	obj := f.alloc()
	f.forRight(s.Scope, s.Right, obj)
	it := f.alloc()
	f.at(f.exprPos(s.Right))
	f.emit(bytecode.OpForInPrep, it, obj, 0)
	k := f.alloc()
	loop := f.pushCtl(&ctl{kind: ctlLoop, labels: labels, iterRec: -1})
	top := f.here()
	jEnd := f.jump(bytecode.OpForInNext, k, it)
	sr := f.enterScope(s.Scope)
	if m, ok := s.Target.(*parser.Member); ok {
		mark := f.top
		f.storeMember(m, k, f.memberPos(m))
		f.top = mark
	} else {
		f.forTarget(s.Kind, s.Target, k)
	}
	f.coverBody(s.Body)
	f.stmt(s.Body)
	f.leaveScope(sr)
	f.jumpTo(bytecode.OpJmp, 0, 0, top)
	f.popCtl()
	f.patchHere(jEnd)
	f.patchLoop(loop, top)
}

func (f *fstate) forOf(s *parser.ForOf) {
	f.clearCompletion()
	labels := f.takeLabels()
	obj := f.alloc()
	f.forRight(s.Scope, s.Right, obj)
	rec := f.allocN(2)
	f.at(f.exprPos(s.Right))
	if s.Await {
		// V8 prints any operand back in a for-await's TypeError (see
		// vm.v8NotAsyncIterable), not only the ones it names for for-of.
		f.calleeRange(s.Right)
		f.emit(bytecode.OpGetAsyncIter, rec, obj, 0)
	} else {
		f.iterableRange(s.Right)
		f.emit(bytecode.OpGetIter, rec, obj, 0)
	}
	exc := f.alloc()
	v := f.alloc()
	var next int
	if s.Await {
		next = f.allocN(3) // next's result, then its value and done
	}
	depth := f.envDepth()
	loop := f.pushCtl(&ctl{kind: ctlLoop, labels: labels, iterRec: rec, asyncIter: s.Await})
	top := f.here()
	var jEnd int
	if s.Await {
		// ForIn/OfBodyEvaluation with iteratorKind async (§14.7.5.7): the
		// result of next() is awaited before it is inspected.
		f.mov(next, rec+1)
		f.mov(next+1, rec)
		f.at(f.forStepPos(s))
		f.emit(bytecode.OpCall, next, next, 0)
		f.await(next, next)
		f.emit(bytecode.OpCheckObject, next, f.kStr("Iterator result is not an object"), 0)
		f.emit(bytecode.OpIterValueDone, next+1, next, bytecode.ValueUnlessDone)
		jEnd = f.jump(bytecode.OpJmpTrue, next+2, 0)
		f.mov(v, next+1)
	} else {
		f.at(f.forStepPos(s))
		jEnd = f.jump(bytecode.OpIterNext, v, rec)
	}
	loop.prot = f.newProt()
	sr := f.enterScope(s.Scope)
	f.forTarget(s.Kind, s.Target, v)
	f.coverBody(s.Body)
	f.stmt(s.Body)
	f.leaveScope(sr)
	loop.prot.pause(f.here())
	f.jumpTo(bytecode.OpJmp, 0, 0, top)
	f.popCtl()
	for _, j := range loop.continues {
		bytecode.PatchJump(f.code, j, top)
	}
	if len(loop.prot.ranges) > 0 {
		jOver := f.jump(bytecode.OpJmp, 0, 0)
		f.addHandlers(loop.prot, f.here(), exc, depth)
		if s.Await {
			f.asyncIterCloseQuiet(rec, exc, depth)
		} else {
			f.emit(bytecode.OpIterCloseQuiet, rec, 0, 0)
		}
		f.emit(bytecode.OpThrow, exc, 1, 0)
		f.patchHere(jOver)
	}
	f.patchHere(jEnd)
	f.patchHere(loop.breaks...)
}

// forStepPos is where V8 places a for-of's call of next (what a throw from
// next, or a result that is not an object, reports): the target, as
// written. A declared pattern counts from its last character
// (`for (const [a, b] of it)` points at the `]`), a pattern assigned to
// from its first, a member target where a read of it is placed.
func (f *fstate) forStepPos(s *parser.ForOf) int32 {
	switch t := s.Target.(type) {
	case *parser.Identifier:
		return t.Start
	case *parser.Member:
		return f.memberPos(t)
	}
	if l := s.Target.NodeLoc(); s.Kind != parser.DeclNone && l.End > l.Start {
		return l.End - 1
	}
	return s.Target.NodeLoc().Start
}

func (f *fstate) switchStmt(s *parser.Switch) {
	f.clearCompletion()
	labels := f.takeLabels()
	// When every test is an integer literal, nothing can change a local
	// discriminant before the case is found (the bodies run after, and
	// never read it again), so the switch reads the local's own register
	// rather than a copy.
	cases, intOnly := intCases(s.Cases)
	var d int
	if intOnly {
		d = f.exprAny(s.Disc)
	} else {
		d = f.alloc()
		f.expr(s.Disc, d)
	}
	sr := f.enterScope(s.Scope)
	if s.Scope != nil {
		for _, b := range s.Scope.Bindings {
			if l := f.c.locs.get(b); l != nil {
				l.alwaysCheck = true
			}
		}
	}
	for _, c := range s.Cases {
		f.hoistFuncs(c.Body)
	}
	sw := f.pushCtl(&ctl{kind: ctlLabel, labels: labels, isSwitch: true, iterRec: -1})
	// jumps are the jumps to each case's body; misses go to the default
	// (or past the switch).
	jumps := make([][]int, len(s.Cases))
	var misses []int
	if intOnly && len(cases) >= switchSearchMin {
		misses = f.switchSearch(d, cases, jumps)
	} else {
		for i, c := range s.Cases {
			if c.Test == nil {
				continue
			}
			if v, ok := smallIntLiteral(c.Test); ok {
				jumps[i] = []int{f.jump(bytecode.OpJmpStrictEqI, d, v)}
				continue
			}
			t := f.alloc()
			f.expr(c.Test, t)
			jumps[i] = []int{f.jump(bytecode.OpJmpStrictEq, d, t)}
			f.top--
		}
	}
	misses = append(misses, f.jump(bytecode.OpJmp, 0, 0))
	hasDefault := false
	for i, c := range s.Cases {
		if c.Test == nil {
			hasDefault = true
			f.patchHere(misses...)
		} else {
			f.patchHere(jumps[i]...)
		}
		f.cover(c.Loc.Start, c.Loc.End)
		f.stmts(c.Body)
	}
	if !hasDefault {
		f.patchHere(misses...)
	}
	f.popCtl()
	f.patchHere(sw.breaks...)
	f.leaveScope(sr)
}

// switchSearchMin is the number of integer cases from which a switch
// finds its case by binary search rather than trying each in turn: tsc's
// switches on a node's kind have dozens to hundreds of cases, and their
// compares were the most executed instruction of a tsc run.
const switchSearchMin = 8

// switchLinearMax is the number of cases a node of the search tries in
// turn rather than splitting further.
const switchLinearMax = 4

// An intCase is a switch case whose test is an integer literal that fits
// an instruction's immediate.
type intCase struct {
	value   float64
	operand int // the immediate's bits
	index   int // the case's index in the switch
}

// intCases returns the cases of a switch whose tests (default aside) are
// all small integer literals, sorted by value, each value once with the
// first case that has it (the one the switch picks).
func intCases(cases []*parser.Case) ([]intCase, bool) {
	var out []intCase
	seen := map[int]bool{}
	for i, c := range cases {
		if c.Test == nil {
			continue
		}
		v, ok := smallIntLiteral(c.Test)
		if !ok {
			return nil, false
		}
		if !seen[v] {
			seen[v] = true
			out = append(out, intCase{value: float64(int16(v)), operand: v, index: i})
		}
	}
	slices.SortFunc(out, func(a, b intCase) int { return cmp.Compare(a.value, b.value) })
	return out, true
}

// switchSearch emits the binary search for d's value among cases (sorted):
// each found value jumps to its case through jumps; the returned jumps,
// and falling off the end, are the misses. The literals have no effects,
// so trying them out of order is unobservable.
func (f *fstate) switchSearch(d int, cases []intCase, jumps [][]int) []int {
	if len(cases) <= switchLinearMax {
		for _, c := range cases {
			jumps[c.index] = append(jumps[c.index], f.jump(bytecode.OpJmpStrictEqI, d, c.operand))
		}
		return nil
	}
	mid := len(cases) / 2
	jLow := f.jump(bytecode.OpJmpNumLtI, d, cases[mid].operand)
	misses := f.switchSearch(d, cases[mid:], jumps)
	misses = append(misses, f.jump(bytecode.OpJmp, 0, 0))
	f.patchHere(jLow)
	return append(misses, f.switchSearch(d, cases[:mid], jumps)...)
}

func (f *fstate) tryStmt(s *parser.Try) {
	f.clearCompletion()
	var fin *finState
	var finCtl *ctl
	depth := f.envDepth()
	if s.Finalizer != nil {
		fin = &finState{kind: f.alloc(), val: f.alloc()}
		finCtl = f.pushCtl(&ctl{kind: ctlFinally, fin: fin, iterRec: -1, prot: f.newProt()})
	}
	if s.Handler != nil {
		var catchStart int32
		if f.c.opts.Coverage {
			catchStart = f.tokenAt(s.Block.End, "catch")
		}
		exc := f.alloc()
		tc := f.pushCtl(&ctl{kind: ctlProt, iterRec: -1, prot: f.newProt()})
		f.block(s.Block)
		f.popCtl()
		tc.prot.pause(f.here())
		if len(tc.prot.ranges) > 0 {
			jEnd := f.jump(bytecode.OpJmp, 0, 0)
			f.addHandlers(tc.prot, f.here(), exc, depth)
			csr := f.declareScope(s.CatchScope, false)
			if csr.env != nil && !f.strict && s.CatchScope.HasDirectEval {
				f.synthSlot(csr, CatchMarker, false)
			}
			f.pushScope(csr, false)
			f.cover(catchStart, s.Handler.End)
			f.initLexicals(s.CatchScope)
			if s.Param != nil {
				f.destructureTopAs(s.Param, exc, true, nil, "catch")
			}
			f.block(s.Handler)
			f.leaveScope(csr)
			f.patchHere(jEnd)
		} else {
			f.coverSlot(catchStart, s.Handler.End, coverBlock)
		}
		if s.Finalizer != nil {
			// The try/catch part's own continuation, which V8 counts
			// before the finally block.
			f.coverKind(s.Handler.End, -1, coverTryCatchEnd)
		}
		f.top = exc
	} else {
		f.block(s.Block)
	}
	if fin == nil {
		return
	}
	f.popCtl()
	finCtl.prot.pause(f.here())
	f.loadInt(fin.kind, finNormal)
	jNormal := f.jump(bytecode.OpJmp, 0, 0)
	if len(finCtl.prot.ranges) > 0 {
		f.addHandlers(finCtl.prot, f.here(), fin.val, depth)
		f.loadInt(fin.kind, finThrow)
	}
	f.patchHere(jNormal)
	f.patchHere(fin.jumps...)
	// The finally block's own completion value is the statement's when
	// it breaks or continues (ECMA-262 §14.15.3: F replaces B unless F
	// is normal, then UpdateEmpty(F, undefined)); the try part's value
	// is put back when it ends normally.
	tryValue := -1
	if f.completion >= 0 {
		tryValue = f.alloc()
		f.mov(tryValue, f.completion)
		f.clearCompletion()
	}
	if f.c.opts.Coverage {
		finStart := s.Block.End
		if s.Handler != nil {
			finStart = s.Handler.End
		}
		f.cover(f.tokenAt(finStart, "finally"), s.Finalizer.End)
	}
	f.block(s.Finalizer)
	if tryValue >= 0 {
		f.mov(f.completion, tryValue)
	}
	// Dispatch on how the finally block was entered.
	t := f.alloc()
	var exits [][2]int // jump, kind
	add := func(kind int) {
		f.loadInt(t, kind)
		exits = append(exits, [2]int{f.jump(bytecode.OpJmpStrictEq, fin.kind, t), kind})
	}
	if len(finCtl.prot.ranges) > 0 {
		add(finThrow)
	}
	if fin.returns {
		add(finReturn)
	}
	for i := range fin.routes {
		add(finRoutes + i)
	}
	if len(exits) == 0 {
		f.top = fin.kind
		return
	}
	jEnd := f.jump(bytecode.OpJmp, 0, 0)
	for _, e := range exits {
		f.patchHere(e[0])
		switch e[1] {
		case finThrow:
			f.emit(bytecode.OpThrow, fin.val, 1, 0)
		case finReturn:
			f.emitReturn(fin.val)
		default:
			r := fin.routes[e[1]-finRoutes]
			f.exitTo(r.target, r.cont)
		}
	}
	f.patchHere(jEnd)
	f.top = fin.kind
}

// returnEach compiles `return t ? a : b` as a return from each branch: no
// move into a register the branches share and no jump over the other
// branch to one Return (fib's base case). Coverage keeps the plain form,
// whose branch counters the expression compiler places.
func (f *fstate) returnEach(c *parser.Conditional) {
	jElse := f.condJump(c.Test, false)
	for i, e := range []parser.Expr{c.Cons, c.Alt} {
		if i == 1 {
			f.patchHere(jElse...)
		}
		if inner, ok := e.(*parser.Conditional); ok {
			f.returnEach(inner)
			continue
		}
		if n, ok := returnedInt(e); ok {
			f.emitReturnInt(n)
			continue
		}
		mark := f.top
		f.emitReturn(f.exprAny(e))
		f.top = mark
	}
}
