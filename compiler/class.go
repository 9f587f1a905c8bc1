package compiler

// Classes (ECMA-262 §15.7.14 ClassDefinitionEvaluation). The class scope
// holds the inner name binding, one slot per declared private name (a
// private name value made by NewPrivateName, read by methods through the
// environment) and one slot per computed field key (evaluated at definition
// time, used later by the fields initialiser). Instance fields become one
// synthetic method the VM runs on each new instance; static fields and
// static blocks become another, called once with this = the constructor
// after the inner name is initialised. Private methods and accessors are
// attached to their private name (PrivateMethod); those two synthetic
// methods first give the object the name as a brand (DefinePrivate), so
// o.#m finds the function on the name once o is known to carry it.

import (
	"strconv"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

type classInfo struct {
	cl        *parser.Class
	fieldKeys map[*parser.ClassMember]*varLoc
}

// class compiles a class into dst. nameHint names an anonymous one; own
// says the hint is the class's own binding (`export default class {}`'s
// "default") rather than a name inferred from where it is stored, which
// V8's brand-check messages leave out ("class anonymous").
func (f *fstate) class(cl *parser.Class, dst int, nameHint string, own bool) {
	name := nameHint
	if cl.Name != nil {
		name = cl.Name.Name
	}
	mark := f.top
	sr := f.declareScope(cl.Scope, false)
	privs := map[string]*varLoc{}
	for _, pn := range cl.PrivateNames {
		if b := lookup(cl.Scope, pn); b != nil && f.c.locs.get(b) != nil && f.c.locs.get(b).kind == locEnv {
			privs[pn] = f.c.locs.get(b)
			continue
		}
		privs[pn] = f.synthSlot(sr, pn, false)
	}
	f.c.privs[cl] = privs
	ci := &classInfo{cl: cl, fieldKeys: map[*parser.ClassMember]*varLoc{}}
	var inst, static []*parser.ClassMember
	for i, m := range cl.Members {
		switch m.Kind {
		case parser.MemberMethod, parser.MemberGetter, parser.MemberSetter:
			// A private method's brand goes on each instance (or on the
			// constructor) before any field (§7.3.31, §15.7.14 step 36).
			if m.Private {
				if m.Static {
					static = append(static, m)
				} else {
					inst = append(inst, m)
				}
			}
		case parser.MemberField:
			if m.Computed {
				ci.fieldKeys[m] = f.synthSlot(sr, "%key"+strconv.Itoa(i), false)
			}
			if m.Static {
				static = append(static, m)
			} else {
				inst = append(inst, m)
			}
		case parser.MemberStaticBlock:
			static = append(static, m)
		}
	}
	f.pushScope(sr, false)
	f.initLexicals(cl.Scope)
	for _, pn := range cl.PrivateNames {
		t := f.alloc()
		f.emit(bytecode.OpNewPrivateName, t, f.kStr(pn), 0)
		f.storeLoc(privs[pn], t)
		f.top--
	}

	ctor, sup, proto := f.alloc(), f.alloc(), f.alloc()
	if cl.Super != nil {
		f.expr(cl.Super, sup)
	} else {
		f.emit(bytecode.OpLoadEmpty, sup, 0, 0)
	}
	src := cl.Loc
	extra := funcExtra{hasFields: len(inst) > 0, source: &src}
	var ctorFn *bytecode.Function
	if cl.Constructor != nil {
		ctorFn = f.c.function(f, cl.Constructor, name, extra)
	} else {
		ctorFn = f.defaultCtor(cl, name, extra)
	}
	if cl.Name == nil {
		ctorFn.InferredName = f.c.inferredName(f, cl)
		if !own {
			ctorFn.Flags |= bytecode.FlagAnonymousClass
		}
	}
	f.emit(bytecode.OpClosure, ctor, f.addFunc(ctorFn), 0)
	// V8 places a heritage that is not a constructor at the heritage.
	if cl.Super != nil {
		f.at(f.exprPos(cl.Super))
	} else {
		f.at(cl.Loc.Start)
	}
	f.emit(bytecode.OpClass, ctor, sup, proto)

	for _, m := range cl.Members {
		m2 := f.top
		switch m.Kind {
		case parser.MemberMethod, parser.MemberGetter, parser.MemberSetter:
			target := proto
			if m.Static {
				target = ctor
			}
			fn, _ := m.Value.(*parser.Function)
			if fn == nil {
				f.c.fail(m.Loc.Start, "class method without a function")
			}
			get, set := m.Kind == parser.MemberGetter, m.Kind == parser.MemberSetter
			if m.Private {
				f.privateMethod(m, fn, target, get, set)
				break
			}
			k := f.alloc()
			fname := ""
			if m.Computed {
				f.expr(m.Key, k)
				f.emit(bytecode.OpToPropKey, k, k, 0)
			} else {
				key := propKeyName(m.Key)
				f.loadStr(k, key)
				fname = accessorPrefix(get, set) + key
			}
			v := f.alloc()
			f.closure(fn, v, fname)
			f.emit(bytecode.OpSetHome, v, target, 0)
			if m.Computed {
				f.emit(bytecode.OpSetFuncName, v, k, funcNamePrefix(get, set))
			}
			f.at(m.Loc.Start)
			switch {
			case get:
				f.emit(bytecode.OpInitClassGetter, target, k, v)
			case set:
				f.emit(bytecode.OpInitClassSetter, target, k, v)
			default:
				f.emit(bytecode.OpInitMethod, target, k, v)
			}
		case parser.MemberField:
			if m.Computed {
				k := f.alloc()
				f.expr(m.Key, k)
				f.emit(bytecode.OpToPropKey, k, k, 0)
				f.storeLoc(ci.fieldKeys[m], k)
			}
		}
		f.top = m2
	}
	if len(inst) > 0 {
		fi := f.alloc()
		f.emit(bytecode.OpClosure, fi, f.addFunc(f.fieldsInit(ci, inst)), 0)
		f.emit(bytecode.OpSetHome, fi, proto, 0)
		f.emit(bytecode.OpSetFields, ctor, fi, 0)
		f.top--
	}
	if cl.NameBinding != nil {
		f.initBinding(cl.NameBinding, name, ctor)
	}
	if len(static) > 0 {
		base := f.allocN(2)
		f.emit(bytecode.OpClosure, base, f.addFunc(f.fieldsInit(ci, static)), 0)
		f.emit(bytecode.OpSetHome, base, ctor, 0)
		f.mov(base+1, ctor)
		f.at(cl.Loc.Start)
		f.emit(bytecode.OpCall, base, base, 0)
		f.top = base
	}
	f.mov(dst, ctor)
	f.leaveScope(sr)
	f.top = mark
}

// privateMethod creates a private method or accessor's function and
// attaches it to its private name (the PrivateMethod opcode).
func (f *fstate) privateMethod(m *parser.ClassMember, fn *parser.Function, home int, get, set bool) {
	key, _ := m.Key.(*parser.PrivateName)
	if key == nil {
		f.c.fail(m.Loc.Start, "private method without a private name")
	}
	v := f.alloc()
	f.closure(fn, v, accessorPrefix(get, set)+key.Name)
	f.emit(bytecode.OpSetHome, v, home, 0)
	pn := f.alloc()
	f.privateName(key, pn)
	kind := 0
	switch {
	case get:
		kind = 1
	case set:
		kind = 2
	}
	if m.Static {
		kind |= 4
	}
	f.emit(bytecode.OpPrivateMethod, pn, v, kind)
}

// defaultCtor synthesizes constructor(){} or, for a derived class,
// constructor(...args){ super(...args) } without using the iterator
// protocol (ECMA-262 §15.7.14 step 14).
func (f *fstate) defaultCtor(cl *parser.Class, name string, extra funcExtra) *bytecode.Function {
	g := f.c.newFunc(f, name)
	g.strict = true
	g.fn.Flags |= bytecode.FlagStrict | bytecode.FlagSimpleParams
	g.fn.SourceStart, g.fn.SourceEnd = cl.Loc.Start, cl.Loc.End
	g.top, g.nregs = 1, 1
	if extra.hasFields {
		g.fn.Flags |= bytecode.FlagHasFields
	}
	if cl.Super == nil {
		g.fn.Kind = bytecode.KindClassCtor
		if extra.hasFields {
			g.emit(bytecode.OpInitFields, 0, 0, 0)
		}
	} else {
		g.fn.Kind = bytecode.KindDerivedCtor
		g.derived = true
		args := g.alloc()
		g.emit(bytecode.OpRest, args, 0, 0)
		base := g.allocN(3)
		g.emit(bytecode.OpLoadFunc, base, 0, 0)
		g.emit(bytecode.OpLoadNewTarget, base+1, 0, 0)
		g.mov(base+2, args)
		g.at(cl.Loc.Start)
		g.emit(bytecode.OpSuperCallSpread, 0, base, 0)
	}
	g.emit(bytecode.OpReturnUndef, 0, 0, 0)
	return g.finish()
}

// fieldsInit compiles the synthetic method that defines the given fields
// (and, for static ones, runs static blocks) on this, in order.
func (f *fstate) fieldsInit(ci *classInfo, members []*parser.ClassMember) *bytecode.Function {
	g := f.c.newFunc(f, "")
	g.strict = true
	g.fn.Kind = bytecode.KindMethod
	g.fn.Flags |= bytecode.FlagStrict | bytecode.FlagSimpleParams | bytecode.FlagClassFieldInit | bytecode.FlagNoSource
	g.fn.SourceStart, g.fn.SourceEnd = ci.cl.Loc.Start, ci.cl.Loc.End
	g.top, g.nregs = 1, 1
	// V8's coverage gives the instance initialiser the class's range and
	// the static one the range from its last field (or its first static
	// block when it has no field) to its last member; a class whose only
	// instance members are private methods has none.
	hasFields := false
	start := int32(-1)
	for _, m := range members {
		switch m.Kind {
		case parser.MemberField:
			hasFields, start = true, m.Loc.Start
		case parser.MemberStaticBlock:
			if start < 0 {
				start = m.Loc.Start
			}
			hasFields = true
		}
	}
	switch last := members[len(members)-1]; {
	case !hasFields:
	case last.Static:
		end := last.Loc.End
		if last.Value != nil && last.Kind == parser.MemberField {
			end = last.Value.NodeLoc().End // without the semicolon
		}
		g.cover(start, end)
	default:
		g.cover(ci.cl.Loc.Start, ci.cl.Loc.End)
	}
	g.fn.CoverEager = len(g.fn.Coverage) > 0
	var use pseudoUse
	evalInside := false
	for _, m := range members {
		if m.Kind == parser.MemberField && m.Value != nil {
			for k, u := range arrowPseudo(m.FieldScope) {
				use[k] = use[k] || u
			}
			if m.FieldScope != nil && m.FieldScope.HasDirectEval {
				evalInside = true
			}
		}
	}
	if evalInside {
		use = pseudoUse{true, true, true, true}
	}
	sr := &scopeRec{mark: g.top}
	for k, u := range use {
		if u {
			g.pseudo[k] = g.synthSlot(sr, pseudoNames[k], false)
		}
	}
	g.pushScope(sr, false)
	g.copyPseudo()
	branded := map[string]bool{}
	for _, m := range members {
		if m.Kind == parser.MemberField || m.Kind == parser.MemberStaticBlock {
			continue
		}
		key, _ := m.Key.(*parser.PrivateName)
		if key == nil || branded[key.Name] {
			continue
		}
		branded[key.Name] = true
		pn := g.alloc()
		g.privateName(key, pn)
		g.at(m.Loc.Start)
		g.emit(bytecode.OpDefinePrivate, 0, pn, pn)
		g.top--
	}
	for _, m := range members {
		mark := g.top
		if m.Kind != parser.MemberField && m.Kind != parser.MemberStaticBlock {
			continue
		}
		if m.Kind == parser.MemberStaticBlock {
			fn, _ := m.Value.(*parser.Function)
			if fn == nil {
				g.c.fail(m.Loc.Start, "static block without a body")
			}
			base := g.allocN(2)
			g.closure(fn, base, "")
			h := g.alloc()
			g.emit(bytecode.OpLoadHome, h, 0, 0)
			g.emit(bytecode.OpSetHome, base, h, 0)
			g.mov(base+1, 0)
			g.at(m.Loc.Start)
			g.emit(bytecode.OpCall, base, base, 0)
			g.top = mark
			continue
		}
		fsr := g.enterScope(m.FieldScope)
		v := g.alloc()
		k := -1
		fname := ""
		switch {
		case m.Private:
			fname = propKeyName(m.Key)
		case m.Computed:
			k = g.alloc()
			loc := ci.fieldKeys[m]
			g.emit(bytecode.OpGetEnv, k, g.level-loc.env.level, loc.slot)
		default:
			fname = propKeyName(m.Key)
		}
		if m.Value == nil {
			g.emit(bytecode.OpLoadUndef, v, 0, 0)
		} else {
			g.exprNamed(m.Value, v, fname)
			if k >= 0 && isAnonFn(m.Value) {
				g.emit(bytecode.OpSetFuncName, v, k, 0)
			}
		}
		g.at(m.Loc.Start)
		switch {
		case m.Private:
			pn := g.alloc()
			key, _ := m.Key.(*parser.PrivateName)
			g.privateName(key, pn)
			g.emit(bytecode.OpDefinePrivate, 0, pn, v)
		case m.Computed:
			g.emit(bytecode.OpInitElem, 0, k, v)
		default:
			g.emit(bytecode.OpInitProp, 0, g.propSite(fname), v)
		}
		g.leaveScope(fsr)
		g.top = mark
	}
	g.emit(bytecode.OpReturnUndef, 0, 0, 0)
	return g.finish()
}
