package compiler

// Block coverage, as V8 counts it for NODE_V8_COVERAGE: with
// Options.Coverage, every function counts its own runs (its first range)
// and the runs of the blocks whose count may differ from it: the branches of
// if, ?:, && || ?? (not their assignments), loop bodies, catch and finally
// blocks, switch cases, optional links, the code after a yield or await, and
// the continuation after a statement that may not complete. Nothing is
// emitted otherwise, so ordinary code pays nothing.
//
// The ranges are V8's, learnt from node's reports: a then-branch from its
// first token, an else-branch from the end of the then-branch, the right of
// a short-circuit and the arms of ?: from their operator to the end of the
// operand's parentheses, a catch from its keyword, a do-while's continuation
// from the end of its body. A continuation has no end of its own (End -1):
// the report ends it where the next range or the enclosing one begins (see
// stdlib's coverage.go). The last statement of a list gets none, as its
// continuation would only cover a closing brace, except a loop declaring
// let or const, which V8 wraps in a block of its own; and such a for loop
// holding a closure counts its continuation where V8's rewritten loop does.
//
// Alongside the ranges, the compiler notes what only V8's parser knows:
// the names V8 infers for anonymous functions assigned to properties
// (Function.InferredName) and the functions it compiles at once
// (Function.CoverEager), whose blocks it reports even when they never ran.

import (
	"strings"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

// What a counter counts. Continuations of different kinds that start at
// the same place are different counters, as in V8 (the resume after a
// yield that ends a loop's body, and the loop's continuation).
const (
	coverBlock        = iota // a range with an end
	coverContinuation        // the code after a statement
	coverResumption          // the code after a yield or await
	coverTryCatchEnd         // the code after the try/catch part of a try statement
)

type coverKey struct {
	r    bytecode.CoverRange
	kind uint8
}

// cover emits a counter of the runs of source range [start, end).
func (f *fstate) cover(start, end int32) { f.coverKind(start, end, coverBlock) }

// coverKind emits a counter of the given kind; a range compiled twice (a
// loop test) shares its counter.
func (f *fstate) coverKind(start, end int32, kind uint8) {
	if slot, ok := f.coverSlot(start, end, kind); ok {
		f.emit(bytecode.OpCoverCount, 0, slot, 0)
	}
}

// coverSlot returns the counter of [start, end), adding it if new; ok is
// false when the compilation does not count coverage. A range whose code
// is never emitted (a catch block after a try block that cannot throw)
// still gets its counter, which stays at zero, so it is reported as V8
// reports it.
func (f *fstate) coverSlot(start, end int32, kind uint8) (slot int, ok bool) {
	if !f.c.opts.Coverage {
		return 0, false
	}
	k := coverKey{bytecode.CoverRange{Start: start, End: end}, kind}
	if slot, ok := f.coverSlots[k]; ok {
		return slot, true
	}
	if f.coverSlots == nil {
		f.coverSlots = map[coverKey]int{}
	}
	f.fn.Coverage = append(f.fn.Coverage, k.r)
	f.coverSlots[k] = len(f.fn.Coverage) - 1
	return len(f.fn.Coverage) - 1, true
}

// coverContinuation counts the code after s when s may not complete
// normally or may jump.
func (f *fstate) coverContinuation(s parser.Stmt) {
	if !f.c.opts.Coverage {
		return
	}
	switch x := s.(type) {
	case *parser.If, *parser.For, *parser.ForIn, *parser.ForOf, *parser.While, *parser.DoWhile,
		*parser.Return, *parser.Throw, *parser.Break, *parser.Continue, *parser.Try, *parser.Switch, *parser.Block:
	case *parser.Labeled:
		switch x.Body.(type) {
		case *parser.Block, *parser.For, *parser.ForIn, *parser.ForOf, *parser.While, *parser.DoWhile, *parser.Labeled:
		default:
			return
		}
	default:
		return
	}
	inner := s
	for l, ok := inner.(*parser.Labeled); ok; l, ok = inner.(*parser.Labeled) {
		inner = l.Body
	}
	start := s.NodeLoc().End
	switch l := inner.(type) {
	case *parser.For:
		if l.Scope != nil && hasFunction(l) {
			// Counted inside the loop (see forStmt).
			return
		}
	case *parser.DoWhile:
		// V8 starts a do-while's continuation where its body ends.
		start = l.Body.NodeLoc().End
	}
	f.coverKind(start, -1, coverContinuation)
}

// hasFunction reports whether a function or class is written inside n.
func hasFunction(n parser.Node) bool {
	found := false
	parser.Walk(n, func(x parser.Node) bool {
		switch x.(type) {
		case *parser.Function, *parser.Class:
			found = true
		}
		return !found
	})
	return found
}

// isLexicalFor reports whether s is a for, for-in or for-of loop declaring
// let or const bindings, whose continuation V8 keeps even at the end of a
// block: it wraps such a loop in a block of its own, so the loop is not the
// block's last statement.
func isLexicalFor(s parser.Stmt) bool {
	switch l := s.(type) {
	case *parser.For:
		return l.Scope != nil
	case *parser.ForIn:
		return l.Scope != nil
	case *parser.ForOf:
		return l.Scope != nil
	}
	return false
}

// coverResume counts the code after a yield or await, from the end of its
// statement when a semicolon follows it, else from its own end, as V8 does:
// the counter runs when the function resumes.
func (f *fstate) coverResume(e parser.Expr) {
	if !f.c.opts.Coverage {
		return
	}
	end := e.NodeLoc().End
	if semi := f.tokenAfter(end, ";", false); semi >= 0 {
		end = semi + 1
	}
	f.coverKind(end, -1, coverResumption)
}

// tokenAt returns the offset of tok, the first token at or after pos past
// white space, comments and closing parentheses (which end a
// parenthesised operand); pos when it is not there.
func (f *fstate) tokenAt(pos int32, tok string) int32 {
	if at := f.tokenAfter(pos, tok, true); at >= 0 {
		return at
	}
	return pos
}

// tokenAfter returns the offset of tok if it is the next token at or after
// pos (closing parentheses skipped when parens is set), else -1.
func (f *fstate) tokenAfter(pos int32, tok string, parens bool) int32 {
	src := f.c.prog.Source
	i := int(pos)
	for i < len(src) {
		switch c := src[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c == ')' && parens):
			i++
		case strings.HasPrefix(src[i:], "//"):
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case strings.HasPrefix(src[i:], "/*"):
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return -1
			}
			i += end + 4
		case strings.HasPrefix(src[i:], tok):
			return int32(i)
		case c >= 0x80:
			// Other white space and line terminators are not ASCII.
			i++
		default:
			return -1
		}
	}
	return -1
}

// coverBody counts the runs of a loop's body.
func (f *fstate) coverBody(body parser.Stmt) {
	l := body.NodeLoc()
	f.cover(l.Start, l.End)
}

// coverRight counts the runs of the right operand of a short-circuit
// operator, from the operator on.
func (f *fstate) coverRight(e *parser.Binary) {
	if f.c.opts.Coverage {
		f.cover(f.tokenAt(e.Left.NodeLoc().End, binOpText(e.Op)), f.exprEnd(e.Right))
	}
}

func binOpText(op parser.BinOp) string {
	switch op {
	case parser.BinLogicalAnd:
		return "&&"
	case parser.BinLogicalOr:
		return "||"
	}
	return "??"
}

// coverOptional counts the runs of an optional link (`?.b`, `?.[k]`,
// `?.()`) from its `?.` to end.
func (f *fstate) coverOptional(object parser.Node, end int32) {
	if f.c.opts.Coverage {
		f.cover(f.tokenAt(object.NodeLoc().End, "?."), end)
	}
}

// eagerFunction reports whether V8 compiles the function literal fn with
// the code around it, guessing it is called at once: a function keyword
// right after a grouping parenthesis or a `!`.
func (f *fstate) eagerFunction(fn *parser.Function) bool {
	if fn.IsArrow || fn.IsMethod || fn.IsDeclaration {
		return false
	}
	src := f.c.prog.Source
	i := int(fn.Loc.Start) - 1
	for i >= 0 && isSpace(src[i]) {
		i--
	}
	if i < 0 {
		return false
	}
	switch src[i] {
	case '!':
		return true
	case '(':
		// Not the parenthesis of a call's arguments.
		i--
		for i >= 0 && isSpace(src[i]) {
			i--
		}
		if i < 0 {
			return true
		}
		c := src[i]
		return !(c == ')' || c == ']' || c == '_' || c == '$' || c >= 0x80 ||
			'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9')
	}
	return false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// exprEnd is where an operand ends for V8, which ends a range at the last
// token it read: after the parentheses that wrap the operand, which the
// AST drops. The opening ones are counted back from its start.
func (f *fstate) exprEnd(e parser.Node) int32 {
	l := e.NodeLoc()
	src := f.c.prog.Source
	open := 0
	for i := int(l.Start) - 1; i >= 0; i-- {
		if c := src[i]; c == '(' {
			open++
		} else if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			break
		}
	}
	end := l.End
	for ; open > 0; open-- {
		at := f.tokenAfter(end, ")", false)
		if at < 0 {
			break
		}
		end = at + 1
	}
	return end
}
