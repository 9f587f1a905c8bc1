package compiler

// Destructuring (ECMA-262 §8.6.2 BindingInitialization and §13.15.5
// DestructuringAssignmentEvaluation). Array patterns use the iterator
// protocol and close the iterator when they stop before it is done,
// including on a throw from a default value or a target (a handler around
// each element's binding code, but not around next(), whose own throw
// leaves the iterator alone).

import (
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

// destructure binds or assigns the value in register val to pattern p. init
// selects declaration semantics (initialise the bindings) over assignment.
func (f *fstate) destructure(p parser.Pattern, val int, init bool) {
	mark := f.top
	defer func() { f.top = mark }()
	switch p := p.(type) {
	case *parser.Identifier:
		if init {
			f.initIdent(p, val)
		} else {
			f.store(f.resolve(p), val)
		}
	case *parser.Member:
		f.storeMember(p, val, p.Loc.Start)
	case *parser.AssignPattern:
		t := f.alloc()
		f.mov(t, val)
		j := f.jump(bytecode.OpJmpNotUndef, t, 0)
		f.exprNamed(p.Default, t, patternName(p.Target))
		f.patchHere(j)
		f.destructure(p.Target, t, init)
	case *parser.ObjectPattern:
		f.objectPattern(p, val, init)
	case *parser.ArrayPattern:
		f.arrayPattern(p, val, init, nil)
	case *parser.RestElement:
		f.destructure(p.Target, val, init)
	case *parser.Call:
		f.exprDiscard(p)
		f.throwError(1, "Invalid left-hand side in assignment")
	default:
		f.c.fail(p.NodeLoc().Start, "unsupported assignment target %T", p)
	}
}

// destructureTop is destructure for a whole binding or assignment pattern
// whose value came from src (nil when no expression names it, as for a
// parameter). An object pattern first checks the value is not null or
// undefined, with V8's message naming the first property and src's text
// ("Cannot destructure property 'a' of 'o.p' as it is undefined."); nested
// patterns keep the plain property-read error, as V8's do.
func (f *fstate) destructureTop(p parser.Pattern, val int, init bool, src parser.Expr) {
	f.destructureTopAs(p, val, init, src, "")
}

// destructureTopAs is destructureTop for a value no expression names, which
// V8 calls by its origin: a parameter's null is "object null", a catch
// parameter is ".catch".
func (f *fstate) destructureTopAs(p parser.Pattern, val int, init bool, src parser.Expr, origin string) {
	if op, ok := p.(*parser.ObjectPattern); ok {
		// V8 places it at the first property.
		if len(op.Props) > 0 {
			f.at(op.Props[0].Loc.Start)
		} else {
			f.at(op.Loc.Start)
		}
		ok := f.jump(bytecode.OpJmpNotNullish, val, 0)
		isNull := f.jump(bytecode.OpJmpNotUndef, val, 0)
		f.throwError(0, f.destructureMessage(op, src, "undefined", origin))
		f.patchHere(isNull)
		f.throwError(0, f.destructureMessage(op, src, "null", origin))
		f.patchHere(ok)
	}
	if ap, ok := p.(*parser.ArrayPattern); ok && src != nil && init {
		// V8 names the operand of a declaration only, not of an
		// assignment pattern.
		mark := f.top
		f.arrayPattern(ap, val, init, src)
		f.top = mark
		return
	}
	f.destructure(p, val, init)
}

// destructureMessage is V8's TypeError text for destructuring a nullish
// value (what is "undefined" or "null").
func (f *fstate) destructureMessage(p *parser.ObjectPattern, src parser.Expr, what, origin string) string {
	text := what
	switch {
	case origin == "parameter" && what == "null":
		text = "object null"
	case origin == "catch":
		text = ".catch"
	}
	if src != nil && printableOperand(src) {
		l := src.NodeLoc()
		text = f.c.prog.Source[l.Start:l.End]
	}
	if len(p.Props) > 0 && !p.Props[0].Computed {
		return "Cannot destructure property '" + propKeyName(p.Props[0].Key) + "' of '" + text + "' as it is " + what + "."
	}
	return "Cannot destructure '" + text + "' as it is " + what + "."
}

// patternName is the name anonymous functions get as a default value.
func patternName(p parser.Pattern) string {
	if id, ok := p.(*parser.Identifier); ok {
		return id.Name
	}
	return ""
}

// storeMember evaluates a member target and assigns val to it, the store
// placed at pos (V8 places a destructuring's and a for-of head's at the
// target, a for-in head's at the property).
func (f *fstate) storeMember(m *parser.Member, val int, pos int32) {
	if _, ok := m.Object.(*parser.Super); ok {
		k := f.alloc()
		f.superKey(m, k, false)
		f.superSet(k, val)
		return
	}
	obj := f.alloc()
	f.expr(m.Object, obj)
	f.at(pos)
	switch {
	case m.Private:
		pn := f.alloc()
		f.privateName(m.PrivateName, pn)
		f.emit(bytecode.OpSetPrivate, obj, pn, val)
	case m.Index == nil:
		f.emit(bytecode.OpSetProp, obj, f.propSite(m.Name), val)
	default:
		k := f.alloc()
		f.expr(m.Index, k)
		f.at(pos)
		f.emitElem(bytecode.OpSetElem, obj, k, val)
	}
}

// targetRef evaluates the reference of an element, property or rest
// whose target is a member expression (possibly with a default), and
// returns it for destructureRef; nil for any other target. A target that
// is not a pattern is evaluated before its value is read (ECMA-262
// §13.15.5.5 step 1, §13.15.5.6 step 1, §13.15.5.4 step 1):
// [o[k()]] = it calls k before it steps the iterator.
func (f *fstate) targetRef(p parser.Pattern) *memberRef {
	if rest, ok := p.(*parser.RestElement); ok {
		p = rest.Target
	}
	if a, ok := p.(*parser.AssignPattern); ok {
		p = a.Target
	}
	m, ok := p.(*parser.Member)
	if !ok {
		return nil
	}
	mr := f.evalMemberRef(m, false)
	return &mr
}

// destructureRef is destructure for a target whose member reference
// targetRef already evaluated (mr nil: any other target).
func (f *fstate) destructureRef(p parser.Pattern, val int, init bool, mr *memberRef) {
	if mr == nil {
		f.destructure(p, val, init)
		return
	}
	if rest, ok := p.(*parser.RestElement); ok {
		p = rest.Target
	}
	if a, ok := p.(*parser.AssignPattern); ok {
		t := f.alloc()
		f.mov(t, val)
		j := f.jump(bytecode.OpJmpNotUndef, t, 0)
		f.expr(a.Default, t)
		f.patchHere(j)
		val = t
	}
	// V8 places a destructuring's store at the target.
	f.setMemberAt(*mr, val, mr.m.Loc.Start)
}

func (f *fstate) objectPattern(p *parser.ObjectPattern, val int, init bool) {
	f.at(p.Loc.Start)
	if len(p.Props) == 0 {
		// RequireObjectCoercible (ECMA-262 §8.6.2 step 1 of ObjectBindingPattern).
		j := f.jump(bytecode.OpJmpNotNullish, val, 0)
		f.throwError(0, "Cannot destructure a value that is undefined or null.")
		f.patchHere(j)
	}
	keys := -1
	if p.Rest != nil && len(p.Props) > 0 {
		keys = f.allocN(len(p.Props))
	}
	for i, prop := range p.Props {
		mark := f.top
		v := f.alloc()
		if prop.Computed {
			k := f.alloc()
			if keys >= 0 {
				k = keys + i
			}
			f.expr(prop.Key, k)
			f.emit(bytecode.OpToPropKey, k, k, 0)
			mr := f.targetRef(prop.Value)
			f.at(prop.Loc.Start)
			f.emitElem(bytecode.OpGetElem, v, val, k)
			f.destructureRef(prop.Value, v, init, mr)
		} else {
			name := propKeyName(prop.Key)
			if keys >= 0 {
				f.loadStr(keys+i, name)
			}
			if reg, ok := f.initReg(prop.Value, init); ok {
				// Straight into the binding's register, which the
				// property read writes at the point the Mov from a temp
				// did: `const {a, b} = o` is two GetProps, not four
				// instructions.
				f.at(prop.Loc.Start)
				f.emit(bytecode.OpGetProp, reg.reg, val, f.propSite(name))
				f.setInited(reg)
				f.top = mark
				continue
			}
			mr := f.targetRef(prop.Value)
			f.at(prop.Loc.Start)
			f.emit(bytecode.OpGetProp, v, val, f.propSite(name))
			f.destructureRef(prop.Value, v, init, mr)
		}
		f.top = mark
	}
	if p.Rest != nil {
		arr := f.alloc()
		if keys >= 0 {
			f.emit(bytecode.OpNewArray, arr, len(p.Props), keys)
		} else {
			f.emit(bytecode.OpNewArray, arr, 0, arr)
		}
		mr := f.targetRef(p.Rest)
		r := f.alloc()
		f.emit(bytecode.OpCopyPropsExcl, r, val, arr)
		f.destructureRef(p.Rest, r, init, mr)
	}
}

// initReg returns the register binding a pattern target initialises, when
// target is a plain identifier whose binding is a register of this frame
// and the destructuring declares it (init): such a target can take its
// value directly. Any other target (an assignment's, which must check the
// binding's TDZ and constness; an env slot; a nested pattern; one with a
// default) goes through a temp and destructure.
func (f *fstate) initReg(target parser.Pattern, init bool) (*varLoc, bool) {
	id, ok := target.(*parser.Identifier)
	if !init || !ok || id.Binding == nil || id.Dynamic {
		return nil, false
	}
	r := f.resolveBinding(id.Binding, id.Name)
	if r.loc == nil || r.dynamic || r.global || r.loc.kind != locReg || r.loc.owner != f {
		return nil, false
	}
	return r.loc, true
}

// patternRunsCode reports whether evaluating pattern p runs any
// expression of the program (a default value or a computed key), which
// could assign the variable the destructured value was read from.
func patternRunsCode(p parser.Pattern) bool {
	switch p := p.(type) {
	case *parser.AssignPattern:
		return true
	case *parser.RestElement:
		return patternRunsCode(p.Target)
	case *parser.Member:
		return true
	case *parser.ObjectPattern:
		for _, prop := range p.Props {
			if prop.Computed || patternRunsCode(prop.Value) {
				return true
			}
		}
		return p.Rest != nil && patternRunsCode(p.Rest)
	case *parser.ArrayPattern:
		for _, el := range p.Elems {
			if el != nil && patternRunsCode(el) {
				return true
			}
		}
		return p.Rest != nil && patternRunsCode(p.Rest)
	}
	return false
}

// arrayPattern destructures val by iteration; src is the expression the value
// came from, when one names it, for V8's "src is not iterable".
func (f *fstate) arrayPattern(p *parser.ArrayPattern, val int, init bool, src parser.Expr) {
	exc := f.alloc()
	rec := f.allocN(2)
	done := f.alloc()
	depth := f.envDepth()
	// V8 places a source that is not iterable at the source.
	if src != nil {
		f.at(src.NodeLoc().Start)
	} else {
		f.at(p.Loc.Start)
	}
	// V8 names the source of a destructuring when it is a name or a
	// literal ("o is not iterable"), but not a member or a call: "number 1
	// is not iterable (cannot read property Symbol(Symbol.iterator))" for
	// o.a or o.f().
	if _, member := src.(*parser.Member); !member && printableOperand(src) {
		f.calleeRange(src)
	}
	f.emit(bytecode.OpGetIter, rec, val, 0)
	f.emit(bytecode.OpLoadFalse, done, 0, 0)
	pr := f.newProt()
	pr.paused = true
	// A generator's return at a yield inside the pattern closes the
	// iterator too (§8.6.2 IteratorBindingInitialization and §13.15.5.2:
	// IteratorClose on any abrupt completion while not done).
	f.pushCtl(&ctl{kind: ctlPattern, iterRec: rec, iterDone: done, prot: pr})
	for _, el := range p.Elems {
		mark := f.top
		v := f.alloc()
		// A throw while evaluating the target closes the iterator.
		pr.resume(f.here())
		mr := f.targetRef(el)
		pr.pause(f.here())
		jSkip := f.jump(bytecode.OpJmpTrue, done, 0)
		jDone := f.jump(bytecode.OpIterNext, v, rec)
		jGot := f.jump(bytecode.OpJmp, 0, 0)
		f.patchHere(jDone)
		f.emit(bytecode.OpLoadTrue, done, 0, 0)
		f.patchHere(jSkip)
		f.emit(bytecode.OpLoadUndef, v, 0, 0)
		f.patchHere(jGot)
		pr.resume(f.here())
		if el != nil {
			f.destructureRef(el, v, init, mr)
		}
		f.top = mark
	}
	if p.Rest != nil {
		arr := f.alloc()
		v := f.alloc()
		pr.resume(f.here())
		mr := f.targetRef(p.Rest)
		pr.pause(f.here())
		f.emit(bytecode.OpNewArray, arr, 0, arr)
		top := f.here()
		jSkip := f.jump(bytecode.OpJmpTrue, done, 0)
		jDone := f.jump(bytecode.OpIterNext, v, rec)
		f.emit(bytecode.OpArrayPush, arr, v, 0)
		f.jumpTo(bytecode.OpJmp, 0, 0, top)
		f.patchHere(jDone)
		f.emit(bytecode.OpLoadTrue, done, 0, 0)
		f.patchHere(jSkip)
		pr.resume(f.here())
		f.destructureRef(p.Rest, arr, init, mr)
	}
	pr.pause(f.here())
	f.popCtl()
	jClosed := f.jump(bytecode.OpJmpTrue, done, 0)
	f.emit(bytecode.OpIterClose, rec, 0, 0)
	f.patchHere(jClosed)
	if len(pr.ranges) > 0 {
		jOver := f.jump(bytecode.OpJmp, 0, 0)
		f.addHandlers(pr, f.here(), exc, depth)
		jRethrow := f.jump(bytecode.OpJmpTrue, done, 0)
		f.emit(bytecode.OpIterCloseQuiet, rec, 0, 0)
		f.patchHere(jRethrow)
		f.emit(bytecode.OpThrow, exc, 1, 0)
		f.patchHere(jOver)
	}
}
