package compiler

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

// argumentsLayout returns what the VM relies on to map an arguments object
// (vm/arguments.go): the b operand of f's Arguments instruction, and the
// first NParams slot names of the environment f pushes first.
func argumentsLayout(f *bytecode.Function) (mapped int, params []string) {
	mapped = -1
	for pc := 0; pc < len(f.Code); {
		in, ok := bytecode.Decode(f.Code, pc)
		if !ok {
			break
		}
		switch in.Op {
		case bytecode.OpPushEnv, bytecode.OpPushVarEnv:
			if params == nil {
				names := f.Consts[in.B].Names
				params = append([]string{}, names[:min(f.NParams, len(names))]...)
			}
		case bytecode.OpArguments:
			mapped = in.B
		}
		pc = in.Next
	}
	return mapped, params
}

func TestMappedArgumentsLayParametersOutInOrder(t *testing.T) {
	cases := []struct {
		name, src  string
		wantMapped int
		wantParams []string // nil: no parameter need be in the environment
	}{
		{"a sloppy function using arguments is mapped", "function f(a, b) { return arguments; }", 1, []string{"a", "b"}},
		{"repeated names keep one slot per index", "function f(a, b, a) { return arguments; }", 1, []string{"a", "b", "a"}},
		{"direct eval can reach arguments", "function f(b, a) { eval(''); }", 1, []string{"b", "a"}},
		{"captured parameters keep their order", "function f(a, b) { (() => b)(); return arguments; }", 1, []string{"a", "b"}},
		{"sloppy methods are mapped", "({ m(x, y) { return arguments; } })", 1, []string{"x", "y"}},
		{"strict functions are not mapped", "function f(a, b) { 'use strict'; return arguments; }", 0, nil},
		{"non-simple parameter lists are not mapped", "function f(a, b = 1) { return arguments; }", 0, nil},
		{"functions without arguments make no object", "function f(a, b) { return a; }", -1, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := compileScript(t, tc.src)
			mapped, params := argumentsLayout(p.Main.Funcs[0])
			if mapped != tc.wantMapped {
				t.Errorf("Arguments b = %d, want %d\n%s", mapped, tc.wantMapped, disasm(p))
			}
			if tc.wantParams != nil && !cmp.Equal(params, tc.wantParams) {
				t.Errorf("first environment slots %v, want %v", params, tc.wantParams)
			}
		})
	}
}

func TestFunctionBodyArgumentsAreMapped(t *testing.T) {
	cases := []struct {
		name, body string
		params     []string
		wantMapped int
	}{
		{"a sloppy body is mapped", "return arguments;", []string{"x", "y", "x"}, 1},
		{"a strict body is not", "'use strict'; return arguments;", []string{"x", "y"}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			prog, err := parser.Parse(tc.body, "t.js", parser.Options{AllowReturnOutsideFunction: true})
			if err != nil {
				t.Fatal(err)
			}
			p, err := FunctionBody(prog, tc.params, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := verifyAll(p); err != nil {
				t.Fatal(err)
			}
			mapped, params := argumentsLayout(p.Main)
			if mapped != tc.wantMapped || !cmp.Equal(params, tc.params) {
				t.Errorf("got b = %d over %v, want %d over %v\n%s", mapped, params, tc.wantMapped, tc.params, disasm(p))
			}
		})
	}
}

// A function body (the CommonJS wrapper) makes its arguments object when a
// reference to arguments resolves to nothing inside it, arrows included,
// and not for a property or a nested function's own.
func TestFunctionBodyArgumentsFromResolver(t *testing.T) {
	cases := []struct {
		src  string
		want bool
	}{
		{"module.exports = arguments.length", true},
		{"module.exports = () => arguments", true},
		{"module.exports = { arguments: 1 }; exports.x.arguments = 2", false},
		{"module.exports = function () { return arguments }", false},
		{"var arguments = 1", false},
	}
	for _, tc := range cases {
		prog, err := parser.Parse(tc.src, "m.js", parser.Options{AllowReturnOutsideFunction: true})
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		p, err := FunctionBody(prog, []string{"exports", "require", "module"}, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		if got := p.Main.Flags&bytecode.FlagUsesArguments != 0; got != tc.want {
			t.Errorf("%s: FlagUsesArguments %v, want %v", tc.src, got, tc.want)
		}
	}
}
