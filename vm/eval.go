package vm

import (
	"errors"
	"strings"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/compiler"
	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/parser"
)

// eval (ECMA-262 §19.2.1) and the Function constructors compile source at
// run time, which is why vm imports the compiler (DESIGN.md).

func (rt *Runtime) compileEval(src string, direct, strict bool, fr *frame) *bytecode.Program {
	opts := parser.Options{Eval: true, Strict: strict}
	if fr != nil {
		if fr.code.Kind != bytecode.KindScript && fr.code.Flags&bytecode.FlagArrowInScript == 0 {
			opts.InFunction = true
		}
		if fr.fnObj.IsObject() && rt.obj(fr.fnObj).v1.IsObject() {
			opts.InMethod = true
		}
		if fr.code.Kind == bytecode.KindDerivedCtor {
			opts.InDerivedConstructor = true
		}
		if fr.code.Flags&(bytecode.FlagClassFieldInit|bytecode.FlagArrowInField) != 0 {
			opts.InClassField = true
		}
		if direct {
			opts.PrivateNames = rt.privateNamesIn(fr.env)
		}
	}
	prog, err := parser.Parse(src, "", opts)
	if err != nil {
		rt.throwCodeSyntaxError(err, src, 0)
	}
	if prog.Features&compiler.Unsupported != 0 {
		code, _, err := parser.Lower(src, "eval", prog.Features&compiler.Unsupported)
		if err != nil {
			rt.throwSyntaxError("%s", err.Error())
		}
		if prog, err = parser.Parse(code, "", opts); err != nil {
			rt.throwSyntaxError("%s", err.Error())
		}
	}
	cover := rt.CoverDynamicCode != nil
	p, err := compiler.Eval(prog, direct, compiler.Options{Filename: "eval", Source: prog.Source, Coverage: cover,
		EvalOutsideFunction: direct && !opts.InFunction, EvalInClassField: direct && opts.InClassField})
	if err != nil {
		rt.throwSyntaxError("%s", err.Error())
	}
	if err := bytecode.Verify(p.Main); err != nil {
		rt.throwSyntaxError("internal error: %s", err.Error())
	}
	if cover {
		rt.CoverDynamicCode(p, false)
	}
	if fr == nil && len(rt.frames) > 0 {
		fr = &rt.frames[len(rt.frames)-1] // indirect eval's caller
	}
	if fr != nil {
		p.EvalOrigin, p.Filename = rt.evalOrigin(fr), sourceURL(src)
		// import() in eval code resolves from the script or module that
		// called eval, as V8's eval inherits its caller's host options:
		// from the working directory before, since eval code has no file.
		if caller := fr.code.Program; caller != nil {
			p.Referrer = caller
			if caller.Referrer != nil {
				p.Referrer = caller.Referrer
			}
		}
	}
	return p
}

// privateNamesIn lists the private names ("#x") of the classes around a
// direct eval (its PrivateEnvironment, ECMA-262 §19.2.1.1 step 7): the
// compiler keeps each in an environment slot of its class's scope, named
// by it, and the eval code reads them by name.
func (rt *Runtime) privateNamesIn(env Value) []string {
	var names []string
	for e := env; e.IsObject(); e = rt.obj(e).v0 {
		o := rt.obj(e)
		if o.class != ClassEnv {
			continue
		}
		for _, n := range rt.hostOf(o).(*bytecode.Const).Names {
			if strings.HasPrefix(n, "#") {
				names = append(names, n)
			}
		}
	}
	return names
}

// throwCodeSyntaxError throws the SyntaxError of code compiled at run time
// (eval, the Function constructors). V8 places it in that code, a script
// of no file, "<anonymous_script>" even with a sourceURL comment, so node's banner for it uncaught quotes the offending line of that
// code with the token underlined, not the line that called eval. lineOff
// is where src's first line sits in the code V8 compiled.
func (rt *Runtime) throwCodeSyntaxError(err error, src string, lineOff int) {
	var se *parser.SyntaxError
	if !errors.As(err, &se) {
		rt.throwSyntaxError("%s", err.Error())
	}
	e := &Exception{Value: rt.NewError(ErrSyntax, se.Msg), File: "<anonymous_script>", Line: se.Line + lineOff, Col: se.Column,
		SourceLine: SourceLine(src, se.Line)}
	if se.EndLine != 0 {
		e.EndLine, e.EndCol = se.EndLine+lineOff, se.EndColumn
	}
	if rt.StackOnThrow {
		e.Stack = rt.CaptureStack(10)
	}
	panic(e)
}

// sourceURL is the name code made at run time gives itself with a
// "//# sourceURL=name" comment (or the older "//@"), which V8 takes as its
// script's name, or "". The last such comment counts.
func sourceURL(src string) string {
	for end := len(src); end > 0; {
		i := strings.LastIndex(src[:end], "sourceURL=")
		if i < 4 {
			return ""
		}
		end = i
		if lead := src[i-4 : i]; (lead != "//# " && lead != "//@ ") || i+len("sourceURL=") >= len(src) {
			continue
		}
		name := src[i+len("sourceURL="):]
		if j := strings.IndexAny(name, " \t\r\n\"'"); j >= 0 {
			name = name[:j]
		}
		if name != "" {
			return name
		}
	}
	return ""
}

// directEval is PerformEval with direct = true: the code sees the caller's
// environment chain, this and (sloppy) variable environment.
func (rt *Runtime) directEval(fr *frame, args []Value) Value {
	if len(args) == 0 {
		return Undefined
	}
	if !args[0].IsString() {
		return args[0]
	}
	strict := fr.code.Flags&bytecode.FlagStrict != 0
	p := rt.compileEval(rt.GoString(args[0]), true, strict, fr)
	fn := rt.newClosure(p.Main, fr.env)
	o := rt.obj(fn)
	if fr.fnObj.IsObject() {
		o.v1 = rt.obj(fr.fnObj).v1 // home object, for super in eval code
	}
	this := rt.stack[fr.base]
	rt.sp = fr.base + fr.code.NRegs
	return rt.callEvalCode(fn, this, fr.newTarget)
}

// callEvalCode runs compiled eval code with the caller's this and
// new.target.
func (rt *Runtime) callEvalCode(fn, this, newTarget Value) Value {
	o := rt.obj(fn)
	code := rt.hostOf(o).(*bytecode.Function)
	base := rt.sp
	rt.stack[base] = this
	rt.pushFrame(fn, o, code, base, 0, -1, Undefined)
	rt.frames[len(rt.frames)-1].newTarget = newTarget
	rt.frames[len(rt.frames)-1].construct = false
	return rt.run()
}

// indirectEval is the global eval function: code runs in the global scope.
func (rt *Runtime) indirectEval(_ *Runtime, _ Value, args []Value) Value {
	x := Arg(args, 0)
	if !x.IsString() {
		return x
	}
	p := rt.compileEval(rt.GoString(x), false, false, nil)
	fn := rt.newClosure(p.Main, Undefined)
	return rt.callEvalCode(fn, rt.realm.GlobalThis, Undefined)
}

// compileDynamicFunction compiles "(function anonymous(...) {...})", whose
// parameters' closing ")" is at paramsEnd.
func (rt *Runtime) compileDynamicFunction(src string, paramsEnd int) (*bytecode.Function, error) {
	prog, err := parser.Parse(src, "anonymous", parser.Options{ParamsEnd: paramsEnd})
	if err != nil {
		return nil, err
	}
	// §20.2.1.1.1 step 19: the assembled text must be one function
	// expression, which a body could close early ("}); (function(){").
	single := len(prog.Body) == 1
	if single {
		es, ok := prog.Body[0].(*parser.ExprStmt)
		single = ok
		if ok {
			fn, ok := es.X.(*parser.Function)
			single = ok && int(fn.End) == len(src)-1
		}
	}
	if !single {
		// V8 marks the ")" that should have ended the function literal.
		line, col := prog.LineCol(int32(len(src) - 1))
		return nil, &parser.SyntaxError{Msg: "Single function literal required", Loc: int32(len(src) - 1), Line: line, Column: col}
	}
	if prog.Features&compiler.Unsupported != 0 {
		code, _, err := parser.Lower(src, "anonymous", prog.Features&compiler.Unsupported)
		if err != nil {
			return nil, err
		}
		if prog, err = parser.Parse(code, "anonymous", parser.Options{}); err != nil {
			return nil, err
		}
	}
	cover := rt.CoverDynamicCode != nil
	p, err := compiler.Script(prog, compiler.Options{Filename: "anonymous", Source: prog.Source, Coverage: cover})
	if err != nil {
		return nil, err
	}
	if len(p.Main.Funcs) == 0 {
		return nil, &parser.SyntaxError{Msg: "Unexpected token"}
	}
	if cover {
		// V8 runs the script "(function anonymous...)" to make the
		// function, and reports it as run once; here it never runs.
		rt.coverCount(p.Main, 0)
		rt.CoverDynamicCode(p, true)
	}
	return p.Main.Funcs[0], nil
}

// The opcodes the compiler added for eval and explicit super references.
func (rt *Runtime) extraOp(fr *frame, op bytecode.Opcode, a, b, c, bx int) {
	regs := rt.stack[fr.base : fr.base+fr.code.NRegs]
	switch op {
	case bytecode.OpPushVarEnv:
		fr.env = rt.newEnv(fr.env, &fr.code.Consts[bx])
		rt.obj(fr.env).aux = 1
		fr.envDepth++
	case bytecode.OpDeclareEvalVar:
		rt.declareEvalBinding(fr, rt.siteKey(fr, bx), Undefined, false)
	case bytecode.OpDeclareEvalFunc:
		rt.declareEvalBinding(fr, rt.siteKey(fr, bx), regs[a], true)
	case bytecode.OpCallEvalSpread:
		rt.sp = fr.base + fr.code.NRegs
		args := rt.spreadArgs(regs[b+2])
		if regs[b] == rt.realm.Eval {
			regs[a] = rt.directEval(fr, args)
			break
		}
		if !rt.isCallable(regs[b]) {
			rt.notCallable(fr, regs[b], "a function")
		}
		regs[a] = rt.callValue(regs[b], regs[b+1], args, Undefined)
		rt.sp = fr.base + fr.code.NRegs
	case bytecode.OpGetSuperFrom:
		regs[a] = rt.superGet(regs[b], regs[b+1], regs[c])
	case bytecode.OpSetSuperFrom:
		rt.superSet(regs[a], regs[a+1], regs[b], regs[c], fr.code.Flags&bytecode.FlagStrict != 0)
	default:
		rt.throwSyntaxError("unsupported instruction %s", op)
	}
}

// declareEvalBinding creates a var or function binding of sloppy direct
// eval code in the nearest variable environment (§19.2.1.3).
func (rt *Runtime) declareEvalBinding(fr *frame, key PropKey, v Value, isFunc bool) {
	name := rt.keyString(key)
	for e := fr.env; e.IsObject(); {
		o := rt.obj(e)
		// Any binding of the same name between the eval and its variable
		// environment (a block's let or function, a parameter of a list
		// with initialisers, the arguments object) makes the var a
		// redeclaration (§19.2.1.3 step 3.d), except a catch parameter
		// (Annex B.3.4); so does a lexical binding in the variable
		// environment itself.
		if o.class == ClassEnv {
			layout := rt.hostOf(o).(*bytecode.Const)
			if o.aux != 1 && !isCatchLayout(layout) {
				for _, n := range layout.Names {
					if n == name {
						rt.throwSyntaxError("Identifier '%s' has already been declared", name)
					}
				}
			}
			for i, n := range layout.Names {
				if n == name && i < len(layout.Lexical) && layout.Lexical[i] {
					rt.throwSyntaxError("Identifier '%s' has already been declared", name)
				}
			}
			o = rt.obj(e)
		}
		if o.class == ClassEnv && o.aux == 1 {
			layout := rt.hostOf(o).(*bytecode.Const)
			for i, n := range layout.Names {
				if n == name {
					if isFunc {
						rt.vals(o.slots)[i] = v
					}
					return
				}
			}
			if !o.v1.IsObject() {
				o.v1 = rt.NewObjectProto(Null)
			}
			if isFunc || !rt.hasOwnProperty(o.v1, key) {
				rt.createDataPropertyOrThrow(o.v1, key, v)
			}
			return
		}
		e = o.v0
	}
	if _, ok := rt.realm.globalLex[key]; ok {
		rt.throwSyntaxError("Identifier '%s' has already been declared", name)
	}
	if isFunc {
		rt.declareGlobalFunc(key, v, true)
		return
	}
	rt.declareGlobalVar(key, true)
}

// isCatchLayout reports whether an environment is a catch clause's, which
// the compiler marks with a last slot (Annex B.3.4).
func isCatchLayout(layout *bytecode.Const) bool {
	n := len(layout.Names)
	return n > 0 && layout.Names[n-1] == compiler.CatchMarker
}

func (rt *Runtime) superGet(home, this, key Value) Value {
	if this == Empty {
		rt.throwReferenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
	}
	// GetSuperBase before ToPropertyKey (§13.3.7.3, §6.2.5.5).
	p := rt.getPrototypeOf(home)
	k := rt.ToPropertyKey(key)
	if p == Null {
		rt.throwTypeError("Cannot read properties of null (reading '%s')", rt.keyString(k))
	}
	return rt.getV(p, k, this)
}

// superSet is PutValue on a super reference: a failed [[Set]] throws in
// strict code only.
func (rt *Runtime) superSet(home, this, key, v Value, strict bool) {
	if this == Empty {
		rt.throwReferenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
	}
	// GetSuperBase before ToPropertyKey (§13.3.7.3, §6.2.5.5).
	p := rt.getPrototypeOf(home)
	k := rt.ToPropertyKey(key)
	if p == Null {
		rt.throwTypeError("Cannot set properties of null (setting '%s')", rt.keyString(k))
	}
	if !rt.setV(p, k, v, this) && strict {
		rt.failedAssignment(this, k)
	}
}

var _ = gc.Undefined
