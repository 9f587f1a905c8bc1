package vm_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/compiler"
	"github.com/kilnjs/kiln/parser"
	"github.com/kilnjs/kiln/vm"
)

// runModules runs the module "main.js" of files (specifiers name files
// directly) and returns what print() printed, then how the evaluation
// promise ended if it was rejected.
func runModules(t *testing.T, files map[string]string) []string {
	t.Helper()
	var printed []string
	rt := vm.New262(vm.Options{}, func(s string) { printed = append(printed, s) })
	mods := map[string]*vm.Module{}
	compile := func(name string) (*vm.Module, error) {
		if m, ok := mods[name]; ok {
			return m, nil
		}
		src, ok := files[name]
		if !ok {
			return nil, fmt.Errorf("no module %s", name)
		}
		prog, err := parser.Parse(src, name, parser.Options{Module: true})
		if err != nil {
			return nil, err
		}
		p, err := compiler.Module(prog, compiler.Options{Filename: name, Source: src})
		if err != nil {
			return nil, err
		}
		if err := bytecode.Verify(p.Main); err != nil {
			return nil, err
		}
		m := rt.NewSourceTextModule(p)
		mods[name] = m
		return m, nil
	}
	load := func(_ *vm.Module, r bytecode.ModuleRequest) (*vm.Module, error) { return compile(r.Specifier) }
	root, err := compile("main.js")
	if err != nil {
		t.Fatal(err)
	}
	rt.DynamicImportHook = func(rt *vm.Runtime, _ *bytecode.Program, spec vm.Value, _ []bytecode.ImportAttribute) vm.Value {
		m, err := compile(rt.ToGoString(spec))
		if err == nil {
			err = rt.LoadRequested(m, load)
		}
		if err != nil {
			return rt.RejectedPromise(rt.NewError(vm.ErrType, err.Error()))
		}
		return rt.ImportModule(m)
	}
	if err := rt.LoadRequested(root, load); err != nil {
		t.Fatal(err)
	}
	if exc := rt.Try(func() { rt.Link(root) }); exc != nil {
		return append(printed, "link: "+rt.ThrownName(exc.Value)+": "+rt.ThrownMessage(exc.Value))
	}
	p := rt.Evaluate(root)
	if exc := rt.RunJobs(); exc != nil {
		printed = append(printed, "job throws "+rt.ThrownMessage(exc.Value))
	}
	if state, v := rt.PromiseState(p); state != "fulfilled" {
		printed = append(printed, state+": "+rt.ThrownName(v)+": "+rt.ThrownMessage(v))
	}
	return printed
}

func TestModules(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"named imports see the exporter's bindings", map[string]string{
			"main.js": `import { a, b as c } from "a.js"; print(a + c);`,
			"a.js":    `export let a = 1; export const b = 2;`,
		}, "3"},
		{"bindings are live", map[string]string{
			"main.js": `import { n, inc } from "a.js"; print(n); inc(); print(n);`,
			"a.js":    `export let n = 0; export function inc() { n++; }`,
		}, "0 1"},
		{"default exports of expressions, functions and classes", map[string]string{
			"main.js": `import x from "a.js"; import f from "b.js"; import C from "c.js"; print([x, f.name, f(), new C().k, C.name].join(" "));`,
			"a.js":    `export default 6 * 7;`,
			"b.js":    `export default function () { return "fn"; }`,
			"c.js":    `export default class { k = "k"; }`,
		}, "42 default fn k default"},
		{"a namespace lists the exports sorted and reads them live", map[string]string{
			"main.js": `import * as ns from "a.js"; print([Object.keys(ns).join(), ns.z, ns[Symbol.toStringTag], Object.isExtensible(ns)].join(" "));`,
			"a.js":    `export var z = 1, a = 2; export function m() {}`,
		}, "a,m,z 1 Module false"},
		{"export star and export star as", map[string]string{
			"main.js": `import { x, ns } from "a.js"; print([x, ns.y].join(" "));`,
			"a.js":    `export * from "b.js"; export * as ns from "c.js";`,
			"b.js":    `export const x = "bx";`,
			"c.js":    `export const y = "cy";`,
		}, "bx cy"},
		{"re-exporting an import resolves to the original binding", map[string]string{
			"main.js": `import { v, bump } from "a.js"; bump(); print(v);`,
			"a.js":    `import { v, bump } from "b.js"; export { v, bump };`,
			"b.js":    `export let v = 1; export function bump() { v = 10; }`,
		}, "10"},
		{"function declarations exist before a cycle runs", map[string]string{
			"main.js": `import { f } from "a.js"; export function g() { return "g"; } print(f());`,
			"a.js":    `import { g } from "main.js"; export function f() { return "f" + g(); } print(g());`,
		}, "g fg"},
		{"a binding read before its initialisation throws", map[string]string{
			"main.js": `import "a.js"; export let late = 1;`,
			"a.js":    `import { late } from "main.js"; try { late; } catch (e) { print([e.constructor.name, e.message].join(" ")); }`,
		}, "ReferenceError Cannot access 'late' before initialization"},
		{"assigning to an import is a TypeError", map[string]string{
			"main.js": `import { a } from "a.js"; try { a = 2; } catch (e) { print(e.constructor.name); }`,
			"a.js":    `export let a = 1;`,
		}, "TypeError"},
		{"a missing export fails linking", map[string]string{
			"main.js": `import { nope } from "a.js";`,
			"a.js":    `export const yes = 1;`,
		}, "link: SyntaxError: The requested module 'a.js' does not provide an export named 'nope'"},
		{"modules run once each, dependencies first", map[string]string{
			"main.js": `import "a.js"; import "b.js"; print("main");`,
			"a.js":    `import "b.js"; print("a");`,
			"b.js":    `print("b");`,
		}, "b a main"},
		{"top-level await suspends the importer until it settles", map[string]string{
			"main.js": `import { v } from "a.js"; print(["main", v].join(" "));`,
			"a.js":    `print("a start"); export const v = await Promise.resolve(5); print("a end");`,
		}, "a start a end main 5"},
		{"a rejected top-level await rejects the evaluation", map[string]string{
			"main.js": `import "a.js"; print("never");`,
			"a.js":    `await Promise.reject(new RangeError("boom"));`,
		}, "rejected: RangeError: boom"},
		{"an evaluation error is thrown again to later importers", map[string]string{
			"main.js": `import("a.js").catch(e => print(["1", e.message].join(" "))).then(() => import("a.js")).catch(e => print(["2", e.message].join(" ")));`,
			"a.js":    `throw new Error("once");`,
		}, "1 once 2 once"},
		{"import() gives the namespace", map[string]string{
			"main.js": `const ns = await import("a.js"); print([ns.default, ns === await import("a.js")].join(" "));`,
			"a.js":    `export default "d";`,
		}, "d true"},
		{"import.meta is one null-prototype object per module", map[string]string{
			"main.js": `print([import.meta === import.meta, String(Object.getPrototypeOf(import.meta))].join(" "));`,
		}, "true null"},
		{"this is undefined at the top level", map[string]string{
			"main.js": `print([String(this), String((() => this)())].join(" "));`,
		}, "undefined undefined"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(runModules(t, tc.files), " ")
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("printed (-want +got):\n%s", diff)
			}
		})
	}
}
