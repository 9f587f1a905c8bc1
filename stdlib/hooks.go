package stdlib

import (
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/compiler"
	"github.com/kilnjs/kiln/parser"
	"github.com/kilnjs/kiln/vm"
)

// installEngineHooks gives the vm what it needs the compiler for: the
// Function constructors.
func installEngineHooks(rt *vm.Runtime) {
	rt.CompileFunctionHook = func(src string) (*bytecode.Function, error) {
		prog, err := parser.Parse(src, "anonymous", parser.Options{})
		if err != nil {
			return nil, err
		}
		p, err := compiler.Script(prog, compiler.Options{Filename: "anonymous", Source: src})
		if err != nil {
			return nil, err
		}
		// The script is a single parenthesised function expression: its
		// first nested function is the one the constructor returns.
		if len(p.Main.Funcs) == 0 {
			return nil, &parser.SyntaxError{Msg: "Unexpected token"}
		}
		return p.Main.Funcs[0], nil
	}
}
