package vm

import (
	"strings"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/parser"
)

func (r *Realm) initFunction() {
	rt := r.rt
	fp := r.FunctionPrototype
	r.Function = r.Ctor("Function", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.createDynamicFunction(args, "function")
	}, fp)
	r.methodForward(fp, Undefined, "call", 1, func(rt *Runtime, this Value, args []Value) Value {
		if !rt.isCallable(this) {
			rt.throwTypeError("Function.prototype.call called on non-function")
		}
		var rest []Value
		if len(args) > 1 {
			rest = args[1:]
		}
		return rt.callValue(this, Arg(args, 0), rest, Undefined)
	}, forwardCall)
	r.methodForward(fp, Undefined, "apply", 2, func(rt *Runtime, this Value, args []Value) Value {
		if !rt.isCallable(this) {
			rt.throwTypeError("Function.prototype.apply was called on %s, which is %s and not a function", rt.inspectShort(this), rt.typeofString(this))
		}
		list := Arg(args, 1)
		if list.IsNullish() {
			return rt.callValue(this, Arg(args, 0), nil, Undefined)
		}
		return rt.callValue(this, Arg(args, 0), rt.createListFromArrayLike(list), Undefined)
	}, forwardApply)
	r.Method(fp, "bind", 1, func(rt *Runtime, this Value, args []Value) Value {
		if !rt.isCallable(this) {
			rt.throwTypeError("Bind must be called on a function")
		}
		var bound []Value
		if len(args) > 1 {
			bound = append(bound, args[1:]...)
		}
		b, o := rt.newObjectCell(ClassBound, rt.getPrototypeOf(this))
		o.v0, o.v1, o.v2 = this, Arg(args, 0), rt.NewArray(bound)
		o.flags |= objCallable
		if rt.isConstructor(this) {
			o.flags |= objConstructor
		}
		// length and name (§20.2.3.2 steps 4-10).
		l := 0.0
		if rt.hasOwnProperty(this, rt.atLength) {
			tl := rt.Get(this, rt.atLength)
			if tl.IsNumber() {
				f := tl.Float()
				if f == f {
					l = max(0, rt.ToIntegerOrInfinity(tl)-float64(len(bound)))
				}
			}
		}
		name := rt.Get(this, rt.atom("name"))
		if !name.IsString() {
			name = rt.emptyString
		}
		o.shape = rt.funcShape.id
		rt.setVals(&o.slots, []Value{gc.Float(l), rt.concat(rt.atom("bound "), name)})
		return b
	})
	r.Method(fp, "toString", 0, func(rt *Runtime, this Value, args []Value) Value {
		return rt.NewString(rt.functionSource(this))
	})
	// §20.2.3.6 Function.prototype [ @@hasInstance ]: neither writable
	// nor configurable, so that no one can change instanceof for every
	// function by assignment.
	hi := rt.NewNativeFunction("[Symbol.hasInstance]", 1, func(rt *Runtime, this Value, args []Value) Value {
		return gc.Bool(rt.ordinaryHasInstance(this, Arg(args, 0)))
	})
	rt.defineData(fp, rt.wellKnown.hasInstance, hi, 0)
	rt.defineData(r.GlobalThis, rt.atom("globalThis"), r.GlobalThis, attrWritable|attrConfigurable)
	r.Eval = r.MethodFn(r.GlobalThis, "eval", 1, rt.indirectEval)

	// %ThrowTypeError% (§10.2.4.1).
	r.ThrowTypeError = rt.NewNativeFunction("", 0, func(rt *Runtime, _ Value, _ []Value) Value {
		rt.throwTypeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them")
		return Undefined
	})
	rt.preventExtensions(r.ThrowTypeError)
	rt.defineOwnProperty(r.ThrowTypeError, rt.atLength, PropDesc{Has: hasConfigurable | hasWritable}, true)
	rt.defineOwnProperty(r.ThrowTypeError, rt.atom("name"), PropDesc{Has: hasConfigurable | hasWritable}, true)
	for _, n := range []string{"caller", "arguments"} {
		r.Pair(fp, rt.atom(n), r.ThrowTypeError, r.ThrowTypeError, attrConfigurable)
	}
}

// functionSource is Function.prototype.toString (§20.2.3.5).
func (rt *Runtime) functionSource(f Value) string {
	if !rt.isCallable(f) {
		rt.throwTypeError("Function.prototype.toString requires that 'this' be a Function")
	}
	o := rt.obj(f)
	switch o.class {
	case ClassFunction:
		code := rt.hostOf(o).(*bytecode.Function)
		if src := code.SourceText(); src != "" {
			return src
		}
		return "function " + code.Name + "() { [native code] }"
	case ClassNative:
		return "function " + rt.funcName(f) + "() { [native code] }"
	}
	return "function () { [native code] }"
}

// createListFromArrayLike is §7.3.18.
func (rt *Runtime) createListFromArrayLike(v Value) []Value {
	if !v.IsObject() {
		rt.throwTypeError("CreateListFromArrayLike called on non-object")
	}
	o := rt.obj(v)
	if o.class == ClassArray && o.flags&objSlowElems == 0 {
		return rt.arrayValues(v)
	}
	n := rt.ToLength(rt.Get(v, rt.atLength))
	if n > 1<<24 {
		rt.throwRangeError("Maximum call stack size exceeded")
	}
	out := make([]Value, n)
	for i := range out {
		out[i] = rt.Get(v, idxKey(uint32(i)))
	}
	return out
}

// createDynamicFunction is CreateDynamicFunction (§20.2.1.1.1): the
// Function, GeneratorFunction and AsyncFunction constructors.
func (rt *Runtime) createDynamicFunction(args []Value, kind string) Value {
	var params []string
	body := ""
	if len(args) > 0 {
		for _, a := range args[:len(args)-1] {
			params = append(params, rt.ToGoString(a))
		}
		body = rt.ToGoString(args[len(args)-1])
	}
	head := "(" + kind + " anonymous(" + strings.Join(params, ",") + "\n"
	src := head + ") {\n" + body + "\n})"
	var code *bytecode.Function
	var err error
	if rt.CompileFunctionHook != nil {
		code, err = rt.CompileFunctionHook(src)
	} else {
		code, err = rt.compileDynamicFunction(src, len(head))
	}
	if err != nil {
		rt.throwCodeSyntaxError(err, src, 0)
	}
	// §20.2.1.1.1 step 18: the body alone must be a FunctionBody, so that it
	// cannot close the function and start other code. The whole source is
	// parsed first, as V8 does, whose errors ("Single function literal
	// required", the parameters' "arg string" ones) a program sees.
	bodyOpts := parser.Options{FunctionBody: true, FunctionAsync: strings.HasPrefix(kind, "async"),
		FunctionGenerator: strings.HasSuffix(kind, "*")}
	if _, err := parser.Parse(body, "anonymous", bodyOpts); err != nil {
		rt.throwCodeSyntaxError(err, body, 2) // the body's first line is src's third
	}
	// The new function's [[ScriptOrModule]] is the caller's (step 27's
	// OrdinaryFunctionCreate takes GetActiveScriptOrModule()).
	if n := len(rt.frames); n > 0 && code.Program != nil {
		if caller := rt.frames[n-1].code; caller != nil && caller.Program != nil && caller.Program != code.Program {
			code.Program.EvalOrigin, code.Program.EvalFunction = rt.evalOrigin(&rt.frames[n-1]), code
			code.Program.Filename = sourceURL(src)
			code.Program.Referrer = caller.Program
			if caller.Program.Referrer != nil {
				code.Program.Referrer = caller.Program.Referrer
			}
		}
	}
	fn := rt.newClosure(code, Undefined)
	// Step 22: a subclass (`class F extends Function`) gives the new
	// function its own prototype.
	if nt := rt.NewTarget(); nt.IsObject() && nt != rt.curCallee {
		o := rt.obj(fn)
		kind := code.Kind
		if p := rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.closureProto(kind) }); p != o.proto {
			rt.setPrototypeOf(fn, p)
		}
	}
	return fn
}
