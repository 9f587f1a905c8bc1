package stdlib

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"

	"github.com/kilnjs/kiln/parser"
	"github.com/kilnjs/kiln/vm"
)

// printUncaught writes an uncaught exception the way Node does: the source
// line of the throw with a caret under it, a blank line, then the error's
// stack (or its inspection for non-errors), then Node's version line.
func (n *Node) printUncaught(exc *vm.Exception) {
	rt := n.VM
	isError := rt.IsError(exc.Value)
	if isError {
		n.enhanceStack(exc.Value)
	}
	var b strings.Builder
	if !isError {
		b.WriteString("\n") // Node sets a thrown non-error apart
	}
	// A decorated error's stack has its banner already.
	if exc.File != "" && exc.Line > 0 && !(isError && n.decorated(exc.Value)) {
		b.WriteString(n.banner(exc))
		if isError {
			b.WriteString("\n")
		}
	}
	b.WriteString(n.describeThrown(exc.Value, exc.File == "" || (isError && n.madeByLoader(exc.Value))))
	b.WriteString("\n\nNode.js " + NodeVersion + "\n")
	writeText(n.opts.Stderr, b.String())
}

// banner is the head of node's report of exc: the file and line, the
// source line and the carets under it (mapped through source maps when
// they are on).
func (n *Node) banner(exc *vm.Exception) string {
	var b strings.Builder
	file, line, col, src := exc.File, exc.Line, exc.Col, exc.SourceLine
	if l, s, c, ok := nodeLibLine(file, src, col); ok {
		line, src, col = l, s, c
	}
	mapped := false
	if n.sourceMapsOn {
		var f string
		var l, c int
		// exc.Col counts from 0, stack positions from 1.
		if f, l, c, mapped = n.mapPosition(file, line, col+1); mapped {
			src = n.sourceLine(file, f, l)
			file, line, col = f, l, c-1
		}
	}
	fmt.Fprintf(&b, "%s:%d\n", file, line)
	// A SyntaxError's line is known even when empty (the end of input).
	if src != "" || exc.EndLine != 0 {
		b.WriteString(src + "\n")
		if carets, ok := caretsFor(exc, src, mapped); ok {
			b.WriteString(caretIndent(src, col) + carets + "\n")
		}
		if mapped {
			// node's banner has one more empty line then.
			b.WriteString("\n")
		}
	}
	return b.String()
}

// decorate puts exc's banner in front of its error's stack, as node's
// CommonJS loader does for a module that does not compile, so that code
// catching the error sees where it is; printed uncaught, wherever it was
// rethrown, the error then gets no other banner.
func (n *Node) decorate(exc *vm.Exception) *vm.Exception {
	rt := n.VM
	if exc.File == "" || exc.Line <= 0 || !exc.Value.IsObject() {
		return exc
	}
	if stack := rt.GetS(exc.Value, "stack"); stack.IsString() {
		rt.SetS(exc.Value, "stack", rt.NewString(n.banner(exc)+"\n"+rt.GoString(stack)))
	}
	n.markDecorated(exc.Value)
	return exc
}

// markDecorated remembers, without keeping it alive, an error whose stack
// starts with its banner.
func (n *Node) markDecorated(e vm.Value) { n.markError("decoratedErrors", e) }

func (n *Node) decorated(e vm.Value) bool { return n.errorMarked("decoratedErrors", e) }

// markError puts e in the weak set of errors named key (a mark that does
// not keep the error alive).
func (n *Node) markError(key string, e vm.Value) {
	rt := n.VM
	ws, proto := n.weakTable(key, "WeakSet", true)
	rt.Call(rt.GetS(proto, "add"), ws, e)
}

// errorMarked reports whether markError(key, e) was called.
func (n *Node) errorMarked(key string, e vm.Value) bool {
	rt := n.VM
	ws, proto := n.weakTable(key, "WeakSet", false)
	if ws == vm.Undefined || !e.IsObject() {
		return false
	}
	return rt.ToBoolean(rt.Call(rt.GetS(proto, "has"), ws, e))
}

// enhanceStack replaces an error's stack by what the function under the
// enhance-stack symbol returns, as Node does just before it prints an
// uncaught error.
func (n *Node) enhanceStack(v vm.Value) {
	rt := n.VM
	rt.Try(func() {
		fn := rt.Get(v, rt.ToPropertyKey(n.enhanceStackSymbol()))
		if rt.IsCallable(fn) {
			rt.SetS(v, "stack", rt.Call(fn, v))
		}
	})
}

// describeThrown is what Node prints for a thrown value: an object as
// util.inspect shows it (an error's stack, then its properties), a string as
// it is, and for a primitive a hint that its stack was not recorded. loader
// says the error comes from what node does in JavaScript and Kiln in Go
// (thrown with no JavaScript running, or by the loader: see
// markMadeByLoader): node's stack has its internal frames then, so the
// error is not bracketed as one without frames.
func (n *Node) describeThrown(v vm.Value, loader bool) string {
	rt := n.VM
	if !v.IsObject() {
		s := n.inspect(v, inspectOptions{depth: 2})
		if v.IsString() {
			s = rt.ToGoString(v)
		}
		return s + "\n(Use `node --trace-uncaught ...` to show where the exception was thrown)"
	}
	// node prints an object (an error with its stack first) as util.inspect
	// does with the default options, at least five levels deep, without
	// custom inspect methods, coloured as the console colours stderr.
	var s string
	if exc := rt.Try(func() {
		o := n.inspectDefaults()
		if o.Depth >= 0 && o.Depth < 5 {
			o.Depth = 5
		}
		o.CustomInspect = false
		o.Colors = n.consoleColors()(2)
		if loader {
			o.framed = v
		}
		s = n.Inspect(v, o)
	}); exc != nil {
		s = n.thrownStack(v)
	}
	return s
}

// markMadeByLoader remembers, without keeping it alive, an error Kiln's
// module loader made where node's loader, written in JavaScript, would
// have put its own frames in the stack (a SyntaxError of a file it
// compiles, say).
func (n *Node) markMadeByLoader(e vm.Value) { n.markError("loaderErrors", e) }

func (n *Node) madeByLoader(e vm.Value) bool { return n.errorMarked("loaderErrors", e) }

// thrownStack is what is left to print of an object whose inspection
// threw: an error's stack or header.
func (n *Node) thrownStack(v vm.Value) string {
	rt := n.VM
	s := "Error"
	if rt.IsError(v) {
		rt.Try(func() {
			if st := rt.GetS(v, "stack"); st.IsString() {
				s = rt.GoString(st)
			} else {
				s = rt.ErrorHeader(v)
			}
		})
	}
	return s
}

// madeHere is the uncaught exception for a value that was rejected rather
// than thrown: an error's banner shows where it was made, as Node's does.
func (n *Node) madeHere(v vm.Value) *vm.Exception {
	exc := &vm.Exception{Value: v}
	if n.VM.IsError(v) {
		if file, line, col, ok := n.VM.ErrorPosition(v); ok {
			exc.File, exc.Line, exc.Col, exc.SourceLine = file, line, col, n.fileLine(file, line)
		}
	}
	return exc
}

// fileLine returns line (1-based) of file: of -e code or standard input by
// their names ([eval], [stdin], [eval1]'s URL), else as it is on disk.
func (n *Node) fileLine(file string, line int) string {
	if src, ok := n.evalSources[file]; ok {
		return vm.SourceLine(src, line)
	}
	if strings.HasPrefix(file, "node:") {
		if src := nodeFSSourceLine(file, line); src != "" {
			return src
		}
		return nodeSourceLine(file, line)
	}
	return fileLine(file, line)
}

// fileLine returns line (1-based) of file (a path or, for an ES module, a
// file: URL) as it is on disk, or "".
func fileLine(file string, line int) string {
	if strings.HasPrefix(file, "file://") {
		file = pathOfReferrer(file)
	}
	if !filepath.IsAbs(file) {
		return ""
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return ""
	}
	return vm.SourceLine(string(data), line)
}

// caretIndent is what goes before the caret under a 0-based UTF-16 column
// of line: a space for each unit, but a tab for a tab, as Node writes it so
// that the caret lines up under tab-indented code.
// caretsFor is the underline node draws under src for exc: one caret, or
// a SyntaxError's range (empty at the end of input), and none at all
// (ok false) when that range runs past the line, as node's does.
func caretsFor(exc *vm.Exception, src string, mapped bool) (carets string, ok bool) {
	if exc.EndLine == 0 || mapped {
		return "^", true
	}
	if exc.EndLine != exc.Line || exc.EndCol > len(utf16.Encode([]rune(src))) {
		return "", false
	}
	return strings.Repeat("^", max(exc.EndCol-exc.Col, 0)), true
}

func caretIndent(line string, col int) string {
	var b strings.Builder
	n := 0
	for _, r := range line {
		if n >= col {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
		if r >= 0x10000 {
			b.WriteByte(' ')
			n += 2
		} else {
			n++
		}
	}
	return b.String()
}

// NodeVersion is the Node.js version Kiln reports and follows.
const NodeVersion = "v20.20.2"

// nodeModuleVersion is NodeVersion's NODE_MODULE_VERSION, its addon ABI.
const nodeModuleVersion = "115"

// syntaxError turns a parse or compile error into a thrown SyntaxError
// positioned at the offending source line, as Node reports it.
func (n *Node) syntaxError(err error, src string) *vm.Exception {
	exc := n.compileError(err, src)
	rt := n.VM
	rt.SetS(exc.Value, "stack", rt.NewString("SyntaxError: "+rt.ToGoString(rt.GetS(exc.Value, "message"))))
	n.markMadeByLoader(exc.Value)
	return exc
}

// compileError is the SyntaxError of code that does not compile, with the
// stack of the JavaScript that asked for the compile (a require, a
// vm.Script), as V8 captures it where the compile was called.
func (n *Node) compileError(err error, src string) *vm.Exception {
	rt := n.VM
	var se *parser.SyntaxError
	if errors.As(err, &se) {
		e := rt.NewError(vm.ErrSyntax, se.Msg)
		return &vm.Exception{Value: e, File: se.File, Line: se.Line, Col: se.Column, SourceLine: lineOf(src, se.Line),
			EndLine: se.EndLine, EndCol: se.EndColumn}
	}
	return &vm.Exception{Value: rt.NewError(vm.ErrSyntax, err.Error())}
}

func lineOf(src string, line int) string {
	for i := 1; i < line; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return strings.TrimSuffix(src, "\r")
}
