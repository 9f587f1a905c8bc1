package parser

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dumpScopes renders the scope tree: kind, flags in braces, then bindings
// as name:kind with * for captured, then children in parentheses.
func dumpScopes(s *Scope) string {
	var b strings.Builder
	b.WriteString(s.Kind.String())
	var flags []string
	if s.HasDirectEval {
		flags = append(flags, "eval")
	}
	if s.UsesArguments {
		flags = append(flags, "arguments")
	}
	if s.UsesThis {
		flags = append(flags, "this")
	}
	if s.ContainsWith {
		flags = append(flags, "with")
	}
	if s.PerIteration {
		flags = append(flags, "per-iteration")
	}
	if s.Strict {
		flags = append(flags, "strict")
	}
	if len(flags) > 0 {
		b.WriteString("{" + strings.Join(flags, ",") + "}")
	}
	b.WriteString("[")
	for i, bd := range s.Bindings {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(bd.Name + ":" + bd.Kind.String())
		if bd.Captured {
			b.WriteString("*")
		}
	}
	b.WriteString("]")
	for _, c := range s.Children {
		b.WriteString(" (" + dumpScopes(c) + ")")
	}
	return b.String()
}

func TestScopes(t *testing.T) {
	cases := []struct {
		name, src, scopes string
	}{
		{"top-level declarations", "var a; let b; const c = 1; function f() {} class C {}",
			"global[b:let c:const C:class a:var f:function] (function[]) (class{strict}[C:class-inner])"},
		{"a closure captures what it references", "function f(a, b) { return () => a }",
			"global[f:function] (function[a:param* b:param] (function[]))"},
		{"var in a block hoists to the function", "function f() { { var x; let y; } }",
			"global[f:function] (function[x:var] (block[y:let]))"},
		{"a block without lexical declarations has no scope", "{ var x; }", "global[x:var]"},
		{"let in a for head is per-iteration", "for (let i = 0; i < 1; i++) ;",
			"global[] (block{per-iteration}[i:let])"},
		{"const in a for head is not per-iteration", "for (const i = 0; ;) ;", "global[] (block[i:const])"},
		{"for-of let gets a scope", "for (let x of y) ;", "global[] (block[x:let])"},
		{"catch parameter and block", "try {} catch (e) { let f }",
			"global[] (catch[e:catch] (block[f:let]))"},
		{"direct eval marks every enclosing scope and captures everything", "function f(a) { var b; eval('') }",
			"global{eval}[f:function*] (function{eval,arguments,this}[a:param* b:var* arguments:arguments*])"},
		{"strict eval too", "'use strict'; function f(a) { eval('') }",
			"global{eval,strict}[f:function*] (function{eval,arguments,this,strict}[a:param* arguments:arguments*])"},
		{"with marks the enclosing scopes", "function f(o) { with (o) { x } }",
			"global[f:function] (function{with}[o:param] (with[]))"},
		{"arguments creates a binding", "function f() { return arguments }",
			"global[f:function] (function{arguments}[arguments:arguments])"},
		{"arguments in an arrow belongs to the function", "function f() { return () => arguments }",
			"global[f:function] (function{arguments}[arguments:arguments*] (function{arguments}[]))"},
		{"a parameter named arguments shadows the object", "function f(arguments) { return arguments }",
			"global[f:function] (function[arguments:param])"},
		{"this in an arrow marks the arrow and the function", "function f() { return () => this }",
			"global[f:function] (function{this}[] (function{this}[]))"},
		{"named function expression binds its name", "(function g() { return g })",
			"global[] (function[g:callee])"},
		{"a var shadows the callee name", "(function g() { var g; return g })",
			"global[] (function[g:var])"},
		{"non-simple parameters get a separate body scope", "function f(a = 1) { var b }",
			"global[f:function] (function[a:param] (func-body[b:var]))"},
		{"annex B function in block adds a var", "function f() { { function g() {} } }",
			"global[f:function] (function[g:var] (block[g:function] (function[])))"},
		{"an if clause function has a block of its own", "function f() { if (x) function g() {} }",
			"global[f:function] (function[g:var] (block[g:function] (function[])))"},
		{"with parameter expressions a body let leaves the arguments object to them",
			"function f(a = arguments) { let arguments }",
			"global[f:function] (function{arguments}[a:param arguments:arguments] (func-body[arguments:let]))"},
		{"annex B is skipped when a let conflicts", "function f() { let g; { function g() {} } }",
			"global[f:function] (function[g:let] (block[g:function] (function[])))"},
		{"strict block functions stay lexical", "'use strict'; { function g() {} }",
			"global{strict}[] (block{strict}[g:function] (function{strict}[]))"},
		{"class field initializer is its own function", "let x; class C { y = x }",
			"global[x:let* C:class] (class{strict}[C:class-inner] (field-init{strict}[]))"},
		{"class field this", "class C { y = this }",
			"global[C:class] (class{strict}[C:class-inner] (field-init{this,strict}[]))"},
		{"static block declares its own vars", "class C { static { var v } }",
			"global[C:class] (class{strict}[C:class-inner] (function{strict}[v:var]))"},
		{"switch cases share a scope", "switch (x) { case 1: let a; case 2: const b = 1 }",
			"global[] (block[a:let b:const])"},
		{"sloppy duplicate parameters share a binding", "function f(a, a) {}",
			"global[f:function] (function[a:param])"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			prog, err := Parse(c.src, "", Options{})
			if err != nil {
				t.Fatalf("Parse(%q): %v", c.src, err)
			}
			if diff := cmp.Diff(c.scopes, dumpScopes(prog.Scope)); diff != "" {
				t.Errorf("scopes of %q (-want +got):\n%s", c.src, diff)
			}
		})
	}
}

func TestModuleScopes(t *testing.T) {
	prog, err := Parse("import d, {a as b} from 'm'; export default 1; export function f() { return b }", "", Options{Module: true})
	if err != nil {
		t.Fatal(err)
	}
	want := "module{strict}[d:import b:import* *default*:default f:function] (function{strict}[])"
	if diff := cmp.Diff(want, dumpScopes(prog.Scope)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestReferences checks how identifier references resolve: @kind is the
// binding kind, ^ marks a dynamic lookup, and no suffix means a global.
func TestReferences(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"global reference", "x", "x"},
		{"shadowing picks the innermost", "let x; { let x; x }", "(let x@let); {(let x@let); x@let}"},
		{"with makes inner references dynamic", "let x; with (o) x", "(let x@let); (with o x@let^)"},
		{"sloppy eval makes outer lookups dynamic", "function f() { eval(''); return y }",
			"(function f@function [] {(eval eval^ \"\"); (return y^)})"},
		{"strict eval does not", "'use strict'; function f() { eval(''); return y }",
			"\"use strict\"; (function! f@function [] {(eval eval \"\"); (return y)})"},
		{"an indirect eval is a plain call", "(0, eval)('')", "(call (, 0 eval) \"\")"},
		{"parenthesized eval is still direct", "(eval)('')", "(eval eval^ \"\")"},
		{"references in parameter defaults see parameters", "function f(a, b = a) {}",
			"(function f@function [a@param (= b@param a@param)] {})"},
		{"class name inside the class", "class C { m() { return C } }",
			"(class C@class _ (method \"m\" (method! _ [] {(return C@class-inner)})))"},
		{"catch parameter", "try {} catch (e) { e }", "(try {} (catch e@catch {e@catch}) _)"},
		{"for-in target assigns", "var k; for (k in o) ;", "(var k@var); (for-in k@var o (empty))"},
		{"hoisted function is visible before its declaration", "f(); function f() {}",
			"(call f@function); (function f@function [] {})"},
		{"annex B var binding", "{ function g() {} } g", "{(function g@function [] {})}; g@var"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			expectDump(t, c.src, c.want, Options{})
		})
	}
}

func TestBindingFlags(t *testing.T) {
	prog, err := Parse("let a = 1, b = 2; a = 3; function f() { return b }", "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, b := prog.Scope.Lookup("a"), prog.Scope.Lookup("b")
	got := []bool{a.Assigned, a.Captured, b.Assigned, b.Captured}
	if diff := cmp.Diff([]bool{true, false, false, true}, got); diff != "" {
		t.Errorf("a.Assigned a.Captured b.Assigned b.Captured (-want +got):\n%s", diff)
	}
	fn := prog.Body[2].(*FunctionDecl).Func
	if fn.Scope.Parent != prog.Scope || fn.BodyScope != fn.Scope {
		t.Errorf("function scope links are wrong")
	}
}
