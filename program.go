package kiln

import (
	"errors"
	"fmt"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
	"github.com/kilnjs/kiln/stdlib"
)

// Program is a compiled script. Its code is immutable: one Program runs in
// any number of runtimes, on as many goroutines at once (each runtime on
// its own), which spares parsing and compiling it again for each.
type Program struct {
	p *bytecode.Program
}

// CompileError is a SyntaxError found by Compile.
type CompileError struct {
	File         string
	Line, Column int // from 1
	Message      string
}

func (e *CompileError) Error() string {
	if e.Line == 0 {
		return "SyntaxError: " + e.Message
	}
	return fmt.Sprintf("%s:%d:%d: SyntaxError: %s", e.File, e.Line, e.Column, e.Message)
}

// Compile compiles src as a script (as Run runs it), named name in errors
// and stack traces.
func Compile(name, src string) (*Program, error) {
	p, err := stdlib.Compile(src, name, stdlib.KindScript)
	if err != nil {
		var se *parser.SyntaxError
		if errors.As(err, &se) {
			return nil, &CompileError{File: se.File, Line: se.Line, Column: se.Column + 1, Message: se.Msg}
		}
		return nil, &CompileError{Message: err.Error()}
	}
	return &Program{p: p}, nil
}

// RunProgram runs a compiled script as Run runs source.
func (r *Runtime) RunProgram(p *Program) (Value, error) {
	return r.runCompiled(func() *bytecode.Program { return p.p })
}
