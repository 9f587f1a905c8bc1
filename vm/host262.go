package vm

// The test262 host (test262's INTERPRETING.md, "Host-Defined Functions"): what the conformance runner needs from
// the vm beyond the embedding API. Every realm made here gets a global print and a $262 object with global,
// createRealm, evalScript, detachArrayBuffer, gc and agent (host262_agent.go). $262.IsHTMLDDA (a browser quirk) is
// deliberately absent: the runner skips the tests that need it.
//
// Realms and functions. rt.realm is the current realm and evalScript makes its realm current while it runs. A
// function records the realm it was made in (Object.realm), and a call to a function of another realm makes that
// realm current until it returns (§10.2.1.1 PrepareForOrdinaryCall), as callNative and callCode do.

import (
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/compiler"
	"github.com/kilnjs/kiln/parser"
)

// New262 returns a runtime whose first realm carries test262's host objects. print receives the string of each
// print(x) call from any realm of the runtime, including realms made by $262.createRealm.
func New262(opts Options, print func(string)) *Runtime {
	rt := New(opts)
	rt.install262(rt.realm, print)
	return rt
}

// RunProgram runs a compiled script in the current realm and returns its completion value, or the exception it
// threw. Other panics (*Terminated, *HeapLimitError, engine bugs) go on to the caller.
func (rt *Runtime) RunProgram(p *bytecode.Program) (completion Value, exc *Exception) {
	completion = Undefined
	exc = rt.Try(func() { completion = rt.RunScript(p) })
	return completion, exc
}

// RunSource compiles src as a classic script named filename and runs it in the current realm, as RunProgram does.
// A syntax error in src is returned as a thrown SyntaxError of the current realm.
func (rt *Runtime) RunSource(src, filename string) (completion Value, exc *Exception) {
	completion = Undefined
	exc = rt.Try(func() { completion = rt.RunScript(rt.compileScript(src, filename)) })
	return completion, exc
}

// ThrownName is the constructor name test262 compares a negative test's expected error with: the name of the
// first "constructor" data property found on v's prototype chain ("" for primitives and for objects without one).
func (rt *Runtime) ThrownName(v Value) string {
	if !v.IsObject() {
		return ""
	}
	return rt.ctorNameOf(v)
}

// ThrownMessage describes a thrown value for a report: an object's "message" property, or the value itself as a
// string. It never throws; a value that cannot be shown gives "".
func (rt *Runtime) ThrownMessage(v Value) string {
	s := ""
	rt.Try(func() {
		if v.IsObject() {
			if m := rt.Get(v, rt.atom("message")); m != Undefined {
				s = rt.ToStringForDisplay(m)
			}
			return
		}
		s = rt.ToStringForDisplay(v)
	})
	return s
}

// compileScript compiles global code the way the stdlib driver does (esbuild lowers what the compiler cannot do
// natively yet), throwing a SyntaxError of the current realm when src does not parse.
func (rt *Runtime) compileScript(src, filename string) *bytecode.Program {
	prog, err := parser.Parse(src, filename, parser.Options{})
	if err == nil && prog.Features&compiler.Unsupported != 0 {
		var lowered string
		if lowered, _, err = parser.Lower(src, filename, prog.Features&compiler.Unsupported); err == nil {
			prog, err = parser.Parse(lowered, filename, parser.Options{})
		}
	}
	var p *bytecode.Program
	if err == nil {
		p, err = compiler.Script(prog, compiler.Options{Filename: filename, Source: prog.Source})
	}
	if err == nil {
		err = bytecode.Verify(p.Main)
	}
	if err != nil {
		if se, ok := err.(*parser.SyntaxError); ok {
			rt.throwSyntaxError("%s", se.Msg)
		}
		rt.throwSyntaxError("%s", err.Error())
	}
	return p
}

// inRealm runs f with r as the current realm, restoring the previous one however f ends.
func (rt *Runtime) inRealm(r *Realm, f func()) {
	prev := rt.realm
	rt.setRealm(r)
	defer rt.setRealm(prev)
	f()
}

// install262 defines print and $262 on r's global object and returns $262. The functions are made while r is
// current, so they are r's (their prototype is r's Function.prototype).
func (rt *Runtime) install262(r *Realm, print func(string)) Value {
	var host Value
	rt.inRealm(r, func() {
		host = rt.NewObject()
		r.Value(host, "global", r.GlobalThis)
		r.Method(host, "createRealm", 0, func(rt *Runtime, _ Value, _ []Value) Value {
			return rt.install262(rt.NewRealm(), print)
		})
		r.Method(host, "evalScript", 1, func(rt *Runtime, _ Value, args []Value) Value {
			var completion Value
			rt.inRealm(r, func() {
				src := rt.ToGoString(Arg(args, 0))
				completion = rt.RunScript(rt.compileScript(src, "evalScript"))
			})
			return completion
		})
		r.Method(host, "detachArrayBuffer", 1, func(rt *Runtime, _ Value, args []Value) Value {
			rt.detachArrayBuffer(Arg(args, 0))
			return Null
		})
		// Collecting here is as safe as at the safepoint of the call that got here: every native further up the Go
		// stack is already calling into JavaScript, so it keeps what it needs rooted.
		r.Method(host, "gc", 0, func(rt *Runtime, _ Value, _ []Value) Value {
			rt.collect()
			return Undefined
		})
		rt.installAgent(r, host)
		r.Value(r.GlobalThis, "$262", host)
		r.Method(r.GlobalThis, "print", 1, func(rt *Runtime, _ Value, args []Value) Value {
			print(rt.ToGoString(Arg(args, 0)))
			return Undefined
		})
	})
	return host
}

// detachArrayBuffer is $262.detachArrayBuffer: DetachArrayBuffer (ECMA-262 §25.1.3.5) of an ArrayBuffer, and a
// TypeError for anything that cannot be detached (a SharedArrayBuffer, a non-buffer).
func (rt *Runtime) detachArrayBuffer(v Value) {
	if !rt.DetachArrayBuffer(v) {
		rt.throwTypeError("detachArrayBuffer: %s is not a detachable ArrayBuffer", rt.inspectShort(v))
	}
}
