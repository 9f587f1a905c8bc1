package compiler

import (
	"errors"
	"fmt"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

// Options control a compilation.
type Options struct {
	Filename string
	Source   string // kept in bytecode.Program for Function.prototype.toString
	// Async and Generator make a FunctionBody an async and/or generator
	// function (the AsyncFunction and GeneratorFunction constructors).
	Async, Generator bool
	// Coverage compiles counters of V8's block-coverage ranges (see
	// coverage.go), for NODE_V8_COVERAGE.
	Coverage bool
	// Lazy defers the compilation of function bodies to their first use
	// (lazy.go): the program's functions must then be loaded
	// (bytecode.Function.Load) before anything reads their bodies.
	Lazy bool
	// EvalOutsideFunction and EvalInClassField describe where direct eval
	// code runs (no new.target there; no arguments there), for the arrows
	// it contains: a direct eval in such an arrow inherits them
	// (bytecode.FlagArrowInScript, FlagArrowInField).
	EvalOutsideFunction, EvalInClassField bool
}

// Unsupported lists syntax features the compiler cannot compile natively;
// the driver asks esbuild to lower them first. Compiling a program that
// still uses one of them returns an error. Every standard feature the
// parser reports is native now.
var Unsupported parser.Features

// Error is a compilation failure: an unsupported construct or a limit.
type Error struct {
	Filename  string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string {
	if e.Filename != "" {
		return fmt.Sprintf("%s:%d:%d: %s", e.Filename, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg)
}

// ErrInternal wraps a compiler bug turned into an error rather than a panic.
var ErrInternal = errors.New("internal compiler error")

type mode uint8

const (
	modeScript mode = iota
	modeFunctionBody
	modeEvalDirect
	modeEvalIndirect
	modeModule
)

// Script compiles global code (a classic script): var and function
// declarations become global object properties (DeclareVar/DeclareFunc),
// let/const/class global lexical bindings (DeclareLex/InitGlobalLex), and
// names not declared in the program are global lookups. Main returns the
// script's completion value.
func Script(prog *parser.Program, opts Options) (*bytecode.Program, error) {
	return compile(prog, opts, modeScript, nil)
}

// FunctionBody compiles prog (parsed with AllowReturnOutsideFunction or
// FunctionBody) as the body of a function whose parameters are params: the
// CommonJS wrapper and the Function constructor. Top-level declarations are
// locals of that function; the parameters always live in its environment.
func FunctionBody(prog *parser.Program, params []string, opts Options) (*bytecode.Program, error) {
	return compile(prog, opts, modeFunctionBody, params)
}

// Eval compiles direct or indirect eval code. In direct eval, names not
// declared inside the eval code resolve at run time against the caller's
// environment chain; in sloppy eval, var and function declarations are made
// in the caller's variable environment (DeclareEvalVar/DeclareEvalFunc),
// ECMA-262 §19.2.1.3. Main returns the completion value.
func Eval(prog *parser.Program, direct bool, opts Options) (*bytecode.Program, error) {
	m := modeEvalIndirect
	if direct {
		m = modeEvalDirect
	}
	return compile(prog, opts, m, nil)
}

func compile(prog *parser.Program, opts Options, m mode, params []string) (out *bytecode.Program, err error) {
	if prog == nil {
		return nil, errors.New("compiler: nil program")
	}
	if prog.IsModule != (m == modeModule) {
		return nil, errors.New("compiler: modules compile with Module, scripts with Script, Eval or FunctionBody")
	}
	c := &compiler{
		prog:  prog,
		opts:  opts,
		mode:  m,
		locs:  locMap{byID: make([]*varLoc, prog.NumBindings+1)},
		privs: map[*parser.Class]map[string]*varLoc{},
		out:   &bytecode.Program{Filename: opts.Filename, Source: opts.Source},
	}
	if c.out.Filename == "" {
		c.out.Filename = prog.Filename
	}
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(*Error); ok {
				out, err = nil, ce
				return
			}
			out, err = nil, fmt.Errorf("%w: %v", ErrInternal, r)
		}
	}()
	if bad := prog.Features & Unsupported; bad != 0 {
		c.fail(prog.Loc.Start, "unsupported syntax (lower it first): %s", bad)
	}
	if c.lazy() {
		c.inferred = inferNamesBut(prog.Body, prog.Source, ordinaryFunction)
	} else {
		c.inferred = inferNames(prog.Body, prog.Source)
	}
	c.out.Main = c.compileTop(params)
	return c.out, nil
}

// fail aborts the compilation with an error at offset pos.
func (c *compiler) fail(pos int32, format string, args ...any) {
	line, col := c.prog.LineCol(pos)
	panic(&Error{Filename: c.out.Filename, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}
