package stdlib

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/compiler"
	"github.com/kilnjs/kiln/parser"
)

// Kinds of code a source file compiles to.
const (
	KindCommonJS = iota // a CommonJS module body: (exports, require, module, __filename, __dirname)
	KindScript          // a classic script (global code)
	KindModule          // an ECMAScript module
	// kindFunction is the body of a function with given parameters
	// (vm.compileFunction).
	kindFunction
	// kindCommonJSFromESM is a CommonJS module body written in TypeScript
	// (or JSX) with import and export statements, which become require
	// calls and exports: a .ts file in a "type": "commonjs" package, or a
	// .cts one, as tsc, tsx and ts-node compile it.
	kindCommonJSFromESM
)

var commonJSParams = []string{"exports", "require", "module", "__filename", "__dirname"}

// Compile parses and compiles source text. TypeScript and JSX go through
// esbuild's loaders first; syntax the compiler cannot compile natively yet
// is lowered by esbuild (only the features in compiler.Unsupported).
func Compile(src, filename string, kind int) (*bytecode.Program, error) {
	return compileSource(src, filename, kind, nil, true, false)
}

// compileEntry compiles an entry point's source (at path) in the format
// the loader runs it as, format being formatOf's answer: a module, compiled
// under moduleName (kiln build: its file URL, for import.meta.url);
// CommonJS, TypeScript's imports turned into requires as load does; or, for
// a file whose package does not give its format, node's syntax detection
// as ambiguousIsESM does it: CommonJS unless that fails to compile and a
// module does not. The CommonJS attempt is the compile itself, not a parse
// to throw away first, which parsed every such file twice (kiln build of
// TypeScript's 6 MB _tsc.js: 0.69 s → 0.5 s). JSON and the rest compile as
// CommonJS, as node's --check does.
func compileEntry(src, path, moduleName, format string) (*bytecode.Program, error) {
	switch format {
	case formatModule:
		return Compile(src, moduleName, KindModule)
	case formatAmbiguous:
		p, err := Compile(src, path, KindCommonJS)
		if err != nil {
			if mp, merr := Compile(src, moduleName, KindModule); merr == nil {
				return mp, nil
			}
		}
		return p, err
	}
	kind := KindCommonJS
	if format == formatCommonJS && isTypeScriptLike(path) {
		kind = kindCommonJSFromESM
	}
	return Compile(src, path, kind)
}

// compileSource is Compile with the parameters of a kindFunction body, and
// loaders false for code whose file name does not say what it is written
// in (vm.Script: always JavaScript), and coverage true to count block
// coverage (NODE_V8_COVERAGE).
func compileSource(src, filename string, kind int, params []string, loaders, coverage bool) (*bytecode.Program, error) {
	p, _, err := compileMapped(src, filename, kind, params, loaders, coverage, false)
	return p, err
}

// CompileLazily is Compile for a program that runs (a source run, a miss
// of the compile cache included, the test262 runner): the bodies of its
// functions are compiled on their first call (compiler.Options.Lazy), and
// each function is verified before it first runs rather than all of them
// now. JavaScript only: the line tables of TypeScript and JSX are mapped
// back to the file as written once compiled, so those compile whole.
// EncodeSnapshot compiles every body still deferred, so the compile
// cache's entry of such a program is the eager compile's (the loader
// verifies each function before it runs). kiln build, which needs every
// body anyway and reports a compiler error when it builds, uses Compile.
func CompileLazily(src, filename string, kind int) (*bytecode.Program, error) {
	p, _, err := compileMapped(src, filename, kind, nil, true, false, true)
	return p, err
}

// compileMapped is compileSource that also returns the source map of the
// TypeScript or JSX loader when one ran (nil otherwise), and with lazy
// compiles as CompileLazily does.
func compileMapped(src, filename string, kind int, params []string, loaders, coverage, lazy bool) (*bytecode.Program, *parser.SourceMap, error) {
	var sm *parser.SourceMap
	original := ""
	transformLoader := parser.TransformLoader
	if kind == kindCommonJSFromESM {
		transformLoader, kind = parser.TransformLoaderCommonJS, KindCommonJS
	}
	if loaders && isTypeScriptLike(filename) {
		code, m, err := transformLoader(src, filename)
		if err != nil {
			return nil, nil, err
		}
		original, src, sm = src, code, m
	}
	opts := parser.Options{AllowReturnOutsideFunction: kind == KindCommonJS || kind == kindFunction, Module: kind == KindModule}
	prog, err := parser.Parse(src, filename, opts)
	if err != nil {
		return nil, nil, err
	}
	if missing := prog.Features & compiler.Unsupported; missing != 0 {
		code, _, err := parser.Lower(src, filename, missing)
		if err != nil {
			return nil, nil, err
		}
		prog, err = parser.Parse(code, filename, opts)
		if err != nil {
			return nil, nil, err
		}
		// Positions now refer to the lowered text; Function.prototype.toString
		// shows it too. Mapping them back through the source map is left to
		// the day the compiler covers everything natively.
	}
	copts := compiler.Options{Filename: filename, Source: prog.Source, Coverage: coverage, Lazy: lazy && sm == nil && !coverage}
	var p *bytecode.Program
	switch kind {
	case KindCommonJS:
		p, err = compiler.FunctionBody(prog, commonJSParams, copts)
		if err == nil {
			p.Main.Flags |= bytecode.FlagModuleWrapper
		}
	case kindFunction:
		p, err = compiler.FunctionBody(prog, params, copts)
	case KindModule:
		p, err = compiler.Module(prog, copts)
	default:
		p, err = compiler.Script(prog, copts)
	}
	if err != nil {
		return nil, nil, err
	}
	if sm != nil {
		// Errors and stack traces speak of the file as written.
		p.OriginalSource = original
		remapLines(p.Main, sm)
	}
	if copts.Lazy {
		// Every function runs verified (as below), each before its first
		// run, when its body is compiled.
		p.Unverified = true
		return p, sm, nil
	}
	// Every function runs verified: a compiler bug becomes a clean error
	// here instead of undefined behaviour in the interpreter.
	if err := bytecode.Verify(p.Main); err != nil {
		return nil, nil, fmt.Errorf("%s: internal compiler error: %w", filename, err)
	}
	return p, sm, nil
}

// remapLines moves every line-table entry of f and its nested functions
// from the generated code to the original source through sm; an entry
// without a mapping keeps the nearest mapped position before it.
func remapLines(f *bytecode.Function, sm *parser.SourceMap) {
	var last bytecode.LinePos
	for i, l := range f.Lines {
		if _, line, col, ok := sm.Original(int(l.Line), int(l.Col)); ok {
			f.Lines[i].Line, f.Lines[i].Col = int32(line), int32(col)
			last = f.Lines[i]
		} else if last.Line > 0 {
			f.Lines[i].Line, f.Lines[i].Col = last.Line, last.Col
		}
	}
	for _, sub := range f.Funcs {
		remapLines(sub, sm)
	}
}

// isTypeScriptLike reports whether a file goes through esbuild's loaders
// (TypeScript or JSX) before Kiln's parser.
func isTypeScriptLike(filename string) bool {
	switch strings.ToLower(filepath.Ext(filename)) {
	case ".ts", ".tsx", ".jsx", ".mts", ".cts":
		return true
	}
	return false
}
