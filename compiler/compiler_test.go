package compiler

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

func compileScript(t *testing.T, src string) *bytecode.Program {
	t.Helper()
	prog, err := parser.Parse(src, "test.js", parser.Options{})
	if err != nil {
		t.Fatalf("parse %q: %v", src, err)
	}
	p, err := Script(prog, Options{Filename: "test.js", Source: src})
	if err != nil {
		t.Fatalf("compile %q: %v", src, err)
	}
	if err := verifyAll(p); err != nil {
		t.Fatalf("verify %q: %v\n%s", src, err, disasm(p))
	}
	return p
}

func disasm(p *bytecode.Program) string {
	var b strings.Builder
	bytecode.Disassemble(&b, p.Main)
	return b.String()
}

// opcodes lists each function's opcode names, outermost first.
func opcodes(f *bytecode.Function) [][]string {
	var ops []string
	for pc := 0; pc < len(f.Code); {
		in, ok := bytecode.Decode(f.Code, pc)
		if !ok {
			break
		}
		ops = append(ops, in.Op.String())
		pc = in.Next
	}
	out := [][]string{ops}
	for _, c := range f.Funcs {
		out = append(out, opcodes(c)...)
	}
	return out
}

// hasSeq reports whether some function's code contains want contiguously.
func hasSeq(f *bytecode.Function, want []string) bool {
	for _, ops := range opcodes(f) {
		for i := 0; i+len(want) <= len(ops); i++ {
			if cmp.Equal(ops[i:i+len(want)], want) {
				return true
			}
		}
	}
	return false
}

func TestScriptEmitsExpectedCode(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"small integers load inline", "x = 7", "LoadInt SetGlobal"},
		{"other numbers use the constant pool", "x = 1.5", "LoadK SetGlobal"},
		{"strings use the constant pool", "x = 'a'", "LoadK SetGlobal"},
		{"regexp literals make a regexp", "x = /a/g", "NewRegExp SetGlobal"},
		{"bigint literals load a constant", "x = 10n", "LoadK SetGlobal"},
		{"var declarations are global properties", "var a = 1", "DeclareVar LoadUndef LoadInt SetGlobal"},
		{"let declarations are global lexicals", "let a = 1", "DeclareLex LoadUndef LoadInt InitGlobalLex"},
		{"function declarations are hoisted globally", "f(); function f() {}", "Closure DeclareFunc"},
		{"class declarations are global lexicals", "class C {}", "Closure Class"},
		{"unresolved names are global lookups", "x", "GetGlobal"},
		{"typeof an unresolved name does not throw", "typeof x", "TypeofGlobal"},
		{"delete of a global name", "delete x", "DeleteName"},
		{"delete of a property", "delete o.p", "DelProp"},
		{"delete of an element", "delete o[k]", "DelElem"},
		{"an element at a literal index", "x = a[0] + a[300]", "GetGlobal GetElemI GetGlobal GetElemI Add"},
		{"a fractional literal index is a key", "x = a[1.5]", "LoadK GetElem"},
		{"void discards its operand", "void f()", "CallU LoadUndef"},
		{"unary minus of a literal is folded", "x = -5", "LoadInt SetGlobal"},
		{"unary operators", "x = !a; y = ~a; z = +a; w = -a", "GetGlobal Neg"},
		{"binary operators", "x = a * b", "GetGlobal GetGlobal Mul"},
		{"adding a small integer uses AddI", "x = a + 1", "AddI"},
		{"subtracting a small integer uses SubI", "x = a - 1", "GetGlobal SubI SetGlobal"},
		{"a negated literal is an immediate too", "x = a - -1", "GetGlobal SubI SetGlobal"},
		{"minus zero is no immediate: a + -0 is not a + 0", "x = a + -0", "LoadK Add"},
		{"a small integer on the left of a product trades places", "x = 3 * a", "GetGlobal MulI SetGlobal"},
		{"a small integer on the left of a sum does not", "x = 3 + a", "LoadInt GetGlobal Add"},
		{"bitwise operators take an immediate", "x = a & 1 | 0", "GetGlobal BitAndI BitOrI SetGlobal"},
		{"an integer past a byte is a wide immediate", "x = a % 10007 & 255", "GetGlobal ModI BitAndI SetGlobal"},
		{"a negative immediate", "x = a === -1", "GetGlobal StrictEqI SetGlobal"},
		{"an integer too big for the immediate loads", "x = a & 65535", "LoadK BitAnd"},
		{"shifts take an immediate", "x = a << 13 >>> 0", "ShlI UShrI"},
		{"a remainder by a small integer", "x = a % 7 === 0", "ModI StrictEqI"},
		{"a comparison with a literal on the left turns round", "x = 2 < a", "GetGlobal GtI SetGlobal"},
		{"compound assignment to a local writes its register in place", "function f(s) { s ^= s << 13; return s }", "ShlI BitXor Return"},
		{"a conditional assigns a local's register directly", "function f(x) { x = x & 1 ? 3 * x + 1 : x / 2; return x }", "BitAndI JmpFalse MulI AddI Jmp DivI Return"},
		{"a loop condition compares with a literal in place", "function f(k) { while (k < 60) k++ }", "JmpNotLtI Inc JmpLtI"},
		{"a conditional return returns from each branch", "function f(n) { return n < 2 ? n : n - 1 }", "JmpNotLtI Return SubI Return"},
		{"a literal on the left of a condition turns round", "function f(n) { if (2 > n) g() }", "JmpNotLtI"},
		{"a test against null is one jump", "function f(n) { if (n === null) g() }", "JmpNotNull GetGlobal CallU"},
		{"a loop while not null", "function f(n) { while (null !== n) n = n.next }", "JmpNull GetProp JmpNotNull"},
		{"a test against undefined is one jump", "function f(n) { return n !== undefined ? 1 : void 0 === n }", "JmpUndef"},
		{"loose equality with null tests for both", "function f(n) { if (n == null || undefined != n) g() }", "JmpNullish JmpNullish"},
		{"if-continue is one jump to the loop's next step", "function f(a) { for (let i = 0; i < 9; i++) { if (a[i]) continue; g() } }", "GetElem JmpTrue GetGlobal CallU"},
		{"if-break is one jump out of the loop", "function f(a) { while (a) { if (a.x) { break } a = a.next } }", "GetProp JmpTrue GetProp"},
		{"a break that closes an iterator jumps over it", "function f(a) { for (const x of a) { if (x) break; g() } }", "JmpFalse IterClose Jmp"},
		{"a local named undefined is compared as a variable", "function f(n, undefined) { if (n === undefined) g() }", "JmpStrictNe"},
		{"instanceof", "x = a instanceof b", "InstanceOf"},
		{"in", "x = 'a' in b", "In"},
		{"logical and short-circuits", "x = a && b", "GetGlobal JmpFalse GetGlobal"},
		{"logical or short-circuits", "x = a || b", "GetGlobal JmpTrue GetGlobal"},
		{"nullish coalescing short-circuits", "x = a ?? b", "GetGlobal JmpNotNullish GetGlobal"},
		{"conditional expressions jump", "x = a ? b : c", "JmpFalse GetGlobal Jmp GetGlobal"},
		{"sequence expressions", "x = (a, b)", "GetGlobal GetGlobal SetGlobal"},
		{"compound assignment to a global", "x += 2", "GetGlobal AddI SetGlobal"},
		{"logical assignment skips the store", "x ||= 2", "GetGlobal JmpTrue LoadInt SetGlobal"},
		{"compound assignment to an element converts the key first", "o[k] *= 2", "ToPropKey GetElem MulI SetElem"},
		{"plain assignment to an element leaves the key to SetElem", "o[k] = 2", "GetGlobal GetGlobal LoadInt SetElem"},
		{"member assignment", "o.p = 1", "SetProp"},
		{"postfix update keeps the numeric old value", "x = y++", "GetGlobal ToNumeric Inc SetGlobal"},
		{"prefix update of a local", "function f(i) { ++i }", "Inc ReturnUndef"},
		{"loop conditions fuse the compare into the jump", "function f(i, n) { while (i < n) i++ }", "JmpNotLt Inc JmpLt"},
		{"negated strict equality in an if jumps on equality", "function f(a, b) { if (a !== b) g() }", "JmpStrictEq"},
		{"method calls pass the object as this", "o.m(1)", "GetGlobal GetProp LoadInt Call"},
		{"plain calls pass undefined as this", "f(1)", "GetGlobal LoadInt CallU"},
		{"method calls pass their object as this", "o.m(1)", "GetGlobal GetProp LoadInt Call"},
		{"spread calls load undefined as this", "f(...a)", "GetGlobal LoadUndef NewArray"},
		{"spread calls build an array", "f(...a)", "NewArray GetGlobal ArraySpread CallSpread"},
		{"new passes arguments after a reserved slot", "new C(1)", "GetGlobal LoadInt New"},
		{"new with spread", "new C(...a)", "NewSpread"},
		{"direct eval uses CallEval", "eval('1')", "CallEval"},
		{"optional member access jumps to undefined", "x = a?.b", "JmpNullish GetProp Jmp LoadUndef"},
		{"optional calls", "x = a?.()", "JmpNullish CallU Jmp LoadUndef"},
		{"delete of an optional chain yields true on nullish", "delete a?.b", "JmpNullish DelProp Jmp LoadTrue"},
		{"array literals", "x = [1, 2, , ...a, 3]", "NewArray ArrayHole GetGlobal ArraySpread LoadInt ArrayPush"},
		{"object literals", "x = {a: 1, [k]: 2, ...o, __proto__: p}", "NewObject LoadInt InitProp GetGlobal ToPropKey LoadInt InitElem GetGlobal CopyProps GetGlobal SetProto"},
		{"object methods get a home object", "x = {m() { return super.x }}", "Closure SetHome InitProp"},
		{"object getters and setters", "x = {get a() {}, set a(v) {}}", "LoadK Closure SetHome InitGetter"},
		{"computed methods are named at run time", "x = {[k]() {}}", "Closure SetHome SetFuncName InitElem"},
		{"super property access in a method", "x = {m() { return super.x }}", "LoadK GetSuper Return"},
		{"templates convert substitutions", "x = `a${b}c`", "LoadK GetGlobal ToString Add LoadK Add"},
		{"tagged templates pass the template object", "t`a${b}`", "Template GetGlobal Call"},
		{"if statements", "if (a) b(); else c()", "GetGlobal JmpFalse"},
		{"while loops", "while (a) b()", "JmpFalse GetGlobal CallU GetGlobal JmpTrue"},
		{"do-while loops", "do b(); while (a)", "CallU GetGlobal JmpTrue"},
		{"for loops with captured let copy the environment", "for (let i = 0; i < 3; i++) f(() => i)", "CopyEnv GetEnv ToNumeric Inc SetEnv GetEnv JmpLtI"},
		{"for-in loops", "for (var k in o) f(k)", "ForInPrep ForInNext"},
		{"for-of loops close the iterator on break", "for (var v of a) { break }", "IterNext SetGlobal IterClose Jmp"},
		{"for-of loops close the iterator quietly on throw", "for (var v of a) f()", "IterCloseQuiet Throw"},
		{"labelled continue", "a: for (;;) { for (;;) { continue a } }", "Jmp"},
		{"switch compares strictly", "switch (x) { case y: f(); break; default: g() }", "GetGlobal JmpStrictEq Jmp"},
		{"switch compares with an integer case in place", "switch (x) { case 1: f(); break; default: g() }", "GetGlobal JmpStrictEqI Jmp"},
		{"a switch of eight integer cases finds its case by binary search", "switch (x) { case 8: case 1: case 2: case 3: case 4: case 5: case 6: case 7: f() }", "JmpNumLtI JmpStrictEqI"},
		{"a switch of seven integer cases tries them in turn", "switch (x) { case 1: case 2: case 3: case 4: case 5: case 6: case 7: f() }", "GetGlobal JmpStrictEqI JmpStrictEqI"},
		{"an if compares with an integer literal in place", "if (x === 80) f()", "GetGlobal JmpStrictNeI GetGlobal"},
		{"an integer literal on the left compares in place too", "if (80 !== x) f()", "GetGlobal JmpStrictEqI GetGlobal"},
		{"try-catch binds the exception", "try { f() } catch (e) { g(e) }", "CallU Jmp"},
		{"try-finally dispatches on the completion kind", "try { f() } finally { g() }", "LoadInt JmpStrictEq"},
		{"throw", "throw new Error('x')", "New Throw"},
		{"with pushes an object environment", "with (o) { x }", "PushWith GetName PopEnv"},
		{"debugger", "debugger", "Debugger"},
		{"labelled blocks", "a: { break a }", "Jmp"},
		{"let in a block with a closure uses an environment", "{ let x = 1; f(() => x) }", "PushEnv LoadEmpty SetEnv LoadInt SetEnv"},
		{"a closure made after its captured let is initialised reads it unchecked", "{ let x = 1; f(() => x) }", "GetEnv Return"},
		{"a closure made before its captured let is initialised checks the TDZ", "{ f(() => x); let x = 1 }", "GetEnv CheckTDZ Return"},
		{"a hoisted function checks the TDZ of a let it captures", "{ let x = 1; function g() { return x } }", "GetEnv CheckTDZ Return"},
		{"a closure over a switch's let checks the TDZ", "switch (y) { case 0: let x = 1; case 1: f(() => x) }", "GetEnv CheckTDZ Return"},
		{"a constructor stores its parameters on this in place", "function F(a, b) { this.a = a; this.b = b }", "SetProp SetProp ReturnUndef"},
		{"a member assignment keeps the object a later assignment changes", "function g(o, p) { o.x = (o = p) }", "Mov Mov Mov SetProp"},
		{"an element assignment reads its local object and key in place", "function g(o, p) { o[p] = 1 }", "LoadInt SetElem ReturnUndef"},
		{"a discarded member increment reads this in place with no ToNumeric", "function F() { this.n++ }", "GetProp Inc SetProp ReturnUndef"},
		{"a member compound assignment reads this in place", "function F(v) { this.t += v }", "GetProp Add SetProp ReturnUndef"},
		{"assigning a const throws after evaluating the value", "{ const c = 1; c = f() }", "CallU ThrowConst"},
		{"destructuring declarations", "var {a, b: [c] = d, ...e} = o", "GetProp Mov JmpNotUndef GetGlobal GetIter"},
		{"array destructuring closes the iterator", "var [a] = o", "JmpTrue IterClose"},
		{"destructuring assignment", "[a, b] = [b, a]", "GetIter"},
		{"rest parameters", "function f(...r) { return r }", "Rest"},
		{"default parameters", "function f(a = 1) { return a }", "JmpNotUndef LoadInt"},
		{"arguments object, mapped in sloppy functions", "function f(a) { return arguments }", "Arguments Return"},
		{"named function expressions see themselves", "x = function g() { return g }", "LoadFunc"},
		{"arrows capture this from their function", "function f() { return () => this }", "PushEnv SetEnv Closure"},
		{"arrows read captured this", "function f() { return () => this }", "GetEnv Return"},
		{"generators start with the initial yield", "function* g() { yield 1 }", "InitialYield LoadInt Yield JmpFalse"},
		{"yield star loops over the inner iterator", "function* g() { yield* a }", "GetIter LoadUndef LoadInt JmpFalse"},
		{"yield star forwards results unchanged", "function* g() { yield* a }", "YieldIterResult Jmp"},
		{"await suspends and rethrows rejections", "async function f() { await g() }", "Await JmpFalse Throw"},
		{"async arrows", "x = async () => await 1", "Await"},
		{"classes set up with their constructor", "class A { constructor() { this.x = 1 } m() {} }", "Closure Class LoadK Closure SetHome InitMethod"},
		{"class getters", "class A { get g() {} static set s(v) {} }", "InitClassGetter"},
		{"derived classes call super", "class A extends B { constructor() { super(1) } }", "LoadFunc LoadNewTarget LoadInt SuperCall"},
		{"default derived constructors spread their arguments", "class A extends B {}", "Rest LoadFunc LoadNewTarget Mov SuperCallSpread"},
		{"instance fields get an initialiser", "class A { x = 1; #y = 2 }", "Closure SetHome SetFields"},
		{"private fields are defined privately", "class A { #y = 2 }", "GetEnv DefinePrivate"},
		{"private names are created per class", "class A { #y; m() { return this.#y } }", "NewPrivateName SetEnv"},
		{"private reads", "class A { #y; m() { return this.#y } }", "GetEnv GetPrivate"},
		{"private brand checks", "class A { #y; m(o) { return #y in o } }", "HasPrivate"},
		{"async generators await what they yield", "async function* g() { yield a }", "GetGlobal Await JmpFalse Throw Mov Yield"},
		{"async generators await what they return", "async function* g() { return a }", "GetGlobal Await JmpFalse Throw"},
		{"yield* in an async generator takes an async iterator", "async function* g() { yield* a }", "GetAsyncIter"},
		{"for await awaits each result of next", "async function f() { for await (x of y); }", "GetAsyncIter Mov Mov Call Await"},
		{"for await closes its iterator with an awaited return", "async function f() { for await (x of y) break }", "GetMethod JmpUndef Mov Call Await"},
		{"private methods live on their private name", "class A { #m() {} }", "Closure SetHome GetEnv PrivateMethod"},
		{"private accessors mark static ones", "class A { static get #g() {} }", "GetEnv PrivateMethod"},
		{"instances get the brand of private methods", "class A { #m() {} }", "GetEnv DefinePrivate ReturnUndef"},
		{"a (parenthesised) optional member call keeps its this", "(a?.b)()", "GetGlobal JmpNullish GetProp Jmp LoadUndef Call"},
		{"base classes with fields run them first", "class A { x = 1; constructor() {} }", "InitFields"},
		{"static blocks run with the class as this", "class A { static { this.x = 1 } }", "Closure LoadHome SetHome Mov Call"},
		{"dynamic import", "import('x')", "DynImport"},
		{"new.target", "function f() { return new.target }", "LoadNewTarget Return"},
		{"sloppy direct eval gets a variable environment", "function f() { eval('var x') }", "PushVarEnv"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := compileScript(t, c.src)
			if want := strings.Fields(c.want); !hasSeq(p.Main, want) {
				t.Errorf("%q: no function contains %v:\n%s", c.src, want, disasm(p))
			}
		})
	}
}

func TestFunctionMetadata(t *testing.T) {
	p := compileScript(t, "function f(a, b = 1, ...c) { return 1; }\nx = { get g() {} }; class K extends Object {}")
	f := p.Main.Funcs[0]
	got := []any{f.Name, f.Length, f.NParams, f.Kind, f.Flags&bytecode.FlagStrict != 0, f.Flags&bytecode.FlagSimpleParams != 0, f.SourceText()}
	want := []any{"f", 1, 2, bytecode.KindNormal, false, false, "function f(a, b = 1, ...c) { return 1; }"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("function f metadata (-want +got):\n%s", d)
	}
	var names []string
	var kinds []bytecode.FuncKind
	for _, g := range p.Main.Funcs[1:] {
		names = append(names, g.Name)
		kinds = append(kinds, g.Kind)
	}
	if d := cmp.Diff([]string{"get g", "K"}, names); d != "" {
		t.Errorf("names (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]bytecode.FuncKind{bytecode.KindMethod, bytecode.KindDerivedCtor}, kinds); d != "" {
		t.Errorf("kinds (-want +got):\n%s", d)
	}
	if k := p.Main.Funcs[2]; k.SourceText() != "class K extends Object {}" {
		t.Errorf("class constructor source is %q", k.SourceText())
	}
}

func TestNamedEvaluationNamesAnonymousFunctions(t *testing.T) {
	p := compileScript(t, "var f = function() {}; let g = () => {}; h = class {}; x = { m: function() {} }")
	var names []string
	for _, g := range p.Main.Funcs {
		names = append(names, g.Name)
	}
	if d := cmp.Diff([]string{"f", "g", "h", "m"}, names); d != "" {
		t.Errorf("names (-want +got):\n%s", d)
	}
}

func TestLineTablePointsAtTheFailingPart(t *testing.T) {
	src := "var a = 1;\n  throw a;\nx.y.z;"
	p := compileScript(t, src)
	pos := map[string][2]int32{}
	f := p.Main
	for pc := 0; pc < len(f.Code); {
		in, _ := bytecode.Decode(f.Code, pc)
		l, c := f.Position(pc)
		pos[in.Op.String()] = [2]int32{l, c}
		pc = in.Next
	}
	if d := cmp.Diff(map[string][2]int32{"Throw": {2, 2}, "GetProp": {3, 4}}, map[string][2]int32{"Throw": pos["Throw"], "GetProp": pos["GetProp"]}); d != "" {
		t.Errorf("positions (-want +got):\n%s", d)
	}
}

func TestModesCompile(t *testing.T) {
	src := "var v = 1; let l = 2; function h() { return v + l + exports; } require('x'); this; arguments;"
	t.Run("direct eval declares vars in the caller", func(t *testing.T) {
		prog, err := parser.Parse(src, "t.js", parser.Options{Eval: true})
		if err != nil {
			t.Fatal(err)
		}
		p, err := Eval(prog, true, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := verifyAll(p); err != nil {
			t.Fatal(err)
		}
		for _, want := range [][]string{{"DeclareEvalVar"}, {"Closure", "DeclareEvalFunc"}, {"CallName"}, {"GetName", "Return"}} {
			if !hasSeq(p.Main, want) {
				t.Errorf("missing %v:\n%s", want, disasm(p))
			}
		}
	})
	t.Run("indirect eval resolves free names globally", func(t *testing.T) {
		prog, err := parser.Parse(src, "t.js", parser.Options{Eval: true})
		if err != nil {
			t.Fatal(err)
		}
		p, err := Eval(prog, false, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := verifyAll(p); err != nil {
			t.Fatal(err)
		}
		if !hasSeq(p.Main, []string{"GetGlobal"}) || hasSeq(p.Main, []string{"CallName"}) {
			t.Errorf("free names not global:\n%s", disasm(p))
		}
	})
	t.Run("function bodies keep their parameters in the environment", func(t *testing.T) {
		prog, err := parser.Parse(src, "t.js", parser.Options{AllowReturnOutsideFunction: true})
		if err != nil {
			t.Fatal(err)
		}
		p, err := FunctionBody(prog, []string{"exports", "require"}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := verifyAll(p); err != nil {
			t.Fatal(err)
		}
		if p.Main.NParams != 2 || !hasSeq(p.Main, []string{"PushEnv", "SetEnv", "SetEnv", "Arguments"}) {
			t.Errorf("bad prologue:\n%s", disasm(p))
		}
		if hasSeq(p.Main, []string{"GetGlobal"}) {
			t.Errorf("a parameter or local was looked up globally:\n%s", disasm(p))
		}
	})
}

func TestRefusals(t *testing.T) {
	t.Run("modules are refused", func(t *testing.T) {
		prog, err := parser.Parse("export default 1", "m.mjs", parser.Options{Module: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Script(prog, Options{}); err == nil {
			t.Error("compiled a module as a script")
		}
	})
	t.Run("frames over 65535 registers are too large", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("function f() {")
		for i := 0; i < 66000; i++ {
			b.WriteString("var v")
			b.WriteString(strings.Repeat("x", 0))
			b.WriteString(itoa(i))
			b.WriteString(";")
		}
		b.WriteString("}")
		prog, err := parser.Parse(b.String(), "big.js", parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Script(prog, Options{}); err == nil || !strings.Contains(err.Error(), "function too large") {
			t.Errorf("got %v, want function too large", err)
		}
	})
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var d []byte
	for ; i > 0; i /= 10 {
		d = append([]byte{byte('0' + i%10)}, d...)
	}
	return string(d)
}

func TestEnvCheckCatchesBadDepths(t *testing.T) {
	p := compileScript(t, "{ let x = 1; f(() => x) }")
	inner := p.Main.Funcs[0]
	bad := *inner
	bad.Code = append([]uint32(nil), inner.Code...)
	bytecodeSetDepth(bad.Code, 5)
	if err := checkEnvs(&bad, []int{1}); err == nil {
		t.Error("a GetEnv beyond the chain was accepted")
	}
}

// bytecodeSetDepth rewrites the depth operand of the first GetEnv.
func bytecodeSetDepth(code []uint32, depth int) {
	for pc := 0; pc < len(code); {
		in, _ := bytecode.Decode(code, pc)
		if in.Op == bytecode.OpGetEnv {
			code[pc] = code[pc]&^(0xFF<<16) | uint32(depth)<<16
			return
		}
		pc = in.Next
	}
}

func TestNumberToString(t *testing.T) {
	cases := map[float64]string{1: "1", 1.5: "1.5", 1e21: "1e+21", 1e20: "100000000000000000000", 0.000001: "0.000001",
		1e-7: "1e-7", 123e-20: "1.23e-18", -2: "-2", 0.1: "0.1"}
	for v, want := range cases {
		if got := numberToString(v); got != want {
			t.Errorf("numberToString(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestWTF8KeepsLoneSurrogates(t *testing.T) {
	got := wtf8([]uint16{'a', 0xD83D, 0xDE00, 0xD800, 'b'})
	if want := "a\U0001F600\xED\xA0\x80b"; got != want {
		t.Errorf("wtf8 = %q, want %q", got, want)
	}
}

func TestDump(t *testing.T) {
	src := os.Getenv("KILN_SRC")
	if src == "" {
		t.Skip("set KILN_SRC to a script to see its disassembly")
	}
	t.Log("\n" + disasm(compileScript(t, src)))
}

func TestDeadHoleStoresAreDropped(t *testing.T) {
	cases := []struct {
		name, src string
		holes     int // LoadEmpty instructions left in function f
	}{
		{"a const read only after its initialisation needs no hole", "function f(a) { for (;;) { const t = a * 2; g(t) } }", 0},
		{"nor do lets a loop body declares", "function f(a) { while (a) { let x = a, y = 2; a = x - y } }", 0},
		{"a read before the initialisation keeps its hole", "function f() { g(x); let x = 1 }", 1},
		{"a read in the initialiser keeps it", "function f() { let t = t + 1 }", 1},
		{"a binding of a switch keeps it: a case may be entered past it", "function f(k) { switch (k) { case 0: let x = 1; case 1: g(x) } }", 1},
		{"only the binding read early keeps it", "function f() { { g(a); let a = 1, b = 2; g(b) } }", 1},
		{"a captured binding's hole is in its environment, not dropped", "function f() { let s = 0; return () => s }", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := compileScript(t, c.src)
			var f *bytecode.Function
			for _, fn := range p.Main.Funcs {
				if fn.Name == "f" {
					f = fn
				}
			}
			if f == nil {
				t.Fatalf("no function f in\n%s", disasm(p))
			}
			got := 0
			for _, op := range opcodes(f)[0] {
				if op == "LoadEmpty" {
					got++
				}
			}
			if got != c.holes {
				t.Errorf("%d LoadEmpty, want %d:\n%s", got, c.holes, disasm(p))
			}
		})
	}
}

func TestDisassemblyShowsSignedImmediates(t *testing.T) {
	out := disasm(compileScript(t, "function f(x) { if (x < -300) return -7; return x * -1 }"))
	for _, want := range []string{"JmpNotLtI      r1 -300", "ReturnI        -7", "MulI           r2 r1 -1"} {
		if !strings.Contains(out, want) {
			t.Errorf("disassembly lacks %q:\n%s", want, out)
		}
	}
}

// TestSmallIntegerReturnsAreOneInstruction checks that returning an integer
// literal of int16's range is a ReturnI, with no LoadInt before it, and that
// other literals (-0, which ReturnI cannot express, a fraction, a larger
// integer) are loaded and returned as before. A return through a finally
// block puts its value in the block's register, and returns by the block.
func TestSmallIntegerReturnsAreOneInstruction(t *testing.T) {
	for _, tt := range []struct {
		body string
		want string // f's opcodes
	}{
		{"return 1", "ReturnI ReturnUndef"},
		{"return -32768", "ReturnI ReturnUndef"},
		{"return x ? -1 : 1", "JmpFalse ReturnI ReturnI ReturnUndef"},
		{"return -0", "LoadK Return ReturnUndef"},
		{"return 1.5", "LoadK Return ReturnUndef"},
		{"return 32768", "LoadK Return ReturnUndef"},
		{"try { return 2 } finally { x++ }", "LoadInt LoadInt Jmp LoadInt Jmp LoadInt Inc LoadInt JmpStrictEq LoadInt JmpStrictEq Jmp Throw Return ReturnUndef"},
	} {
		t.Run(tt.body, func(t *testing.T) {
			p := compileScript(t, "function f(x) { "+tt.body+" }")
			if got := strings.Join(opcodes(p.Main.Funcs[0])[0], " "); got != tt.want {
				t.Errorf("opcodes %s, want %s\n%s", got, tt.want, disasm(p))
			}
		})
	}
}

// A moveCase is a function body (of f(x)) and the Mov instructions f may
// have.
type moveCase struct {
	body  string
	moves int
}

// checkMoves compiles each case and counts its Movs.
func checkMoves(t *testing.T, cases []moveCase) {
	for _, tt := range cases {
		t.Run(tt.body, func(t *testing.T) {
			p := compileScript(t, "function f(x) { "+tt.body+" }")
			moves := 0
			for _, op := range opcodes(p.Main.Funcs[0])[0] {
				if op == "Mov" {
					moves++
				}
			}
			if moves != tt.moves {
				t.Errorf("%d Mov, want %d\n%s", moves, tt.moves, disasm(p))
			}
		})
	}
}

// TestInitialisersNeedNoMove checks that a local initialised or assigned
// with a literal gets it in its own register, with no move from a
// temporary, where nothing can read the register early.
func TestInitialisersNeedNoMove(t *testing.T) {
	checkMoves(t, []moveCase{
		{"const a = []; return a", 0},
		{"let o = {}; return o", 0},
		{"const a = [x, 1]; return a", 1}, // x into NewArray's temporaries
		{"const o = {x}; return o", 0},
		{"const a = [...x]; return a", 0},
		{"const s = `a${x}b`; return s", 0},
		{"let s = ''; s = `${s}!`; return s", 0},
		{"var o = {x}; return o", 1},            // a var keeps its value if the literal throws
		{"const o = {x: () => o}; return o", 0}, // captured: o lives in the environment
		{"var v = 1; v = [v, 2]; return v", 1},
	})
}

// TestDestructuringReadsInPlace checks that a declaration's object pattern
// reads each property straight into its binding's register, and reads a
// local source in place, except where the pattern's own code could assign
// that source (a default, a computed key) or a var pattern may name it.
func TestDestructuringReadsInPlace(t *testing.T) {
	checkMoves(t, []moveCase{
		{"const {a, b} = x; return a + b", 0},
		{"let {a, b: {c}} = x; return a + c", 0},
		{"const {a, ...r} = x; return r", 1},              // the rest object goes through a temp
		{"const {a = 1, b} = x; return a + b", 3},         // the default may assign x: read from a copy
		{"const {[x.k]: a} = x; return a", 2},             // so may a computed key
		{"var {a, x: b} = x; return a + b", 1},            // a var pattern may name x
		{"const {a} = x; const f = () => a; return f", 0}, // captured: a lives in the environment, stored from a temp
	})
}
