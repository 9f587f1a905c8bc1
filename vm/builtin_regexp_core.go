package vm

import (
	"strings"
	"sync"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/regex"
)

// regexpData is the compiled matcher of a RegExp object. prog is nil
// for a literal until an object of it first matches (see
// newRegExpLiteral); regexpDataOf and regexpPristine compile it then. The
// objects a literal makes share one regexpData, so nothing but that
// compilation changes it.
type regexpData struct {
	prog  *regex.Program
	flags regex.Flags
}

// regexpLiteral is what a regular expression literal's site keeps: the
// matcher and the source and flags strings (atoms, which live as long as
// the runtime, as the code state does).
type regexpLiteral struct {
	data          *regexpData
	source, flags Value
}

// NewRegExp is RegExpCreate (§22.2.3.1) for a pattern and flags string.
func (rt *Runtime) NewRegExp(pattern, flags Value) Value {
	re := rt.regExpAlloc(rt.realm.made(initRegExp).RegExpPrototype)
	rt.regExpInitialize(re, pattern, flags)
	return re
}

// newRegExpLiteral evaluates the regular expression literal at constant
// k of fr's code. The parser validated it (compiling it), so its program
// is compiled only when an object of it first matches: module top levels
// make many a RegExp that a run never uses, and compiling them was 2% of a
// program requiring ten of node's modules. A snapshot made by hand may hold
// an invalid literal; its SyntaxError then comes at that first use.
//
// The flags, the source strings and the program are kept per site: a
// literal in a loop or a function called per token took two string cells
// and a lookup in the compile cache at each evaluation (15% of a tokenizer
// that tries seven literals per token).
func (rt *Runtime) newRegExpLiteral(fr *frame, k int) Value {
	if fr.cs.regexps == nil {
		fr.cs.regexps = make([]regexpLiteral, len(fr.code.Consts))
	}
	lit := &fr.cs.regexps[k]
	if lit.data == nil {
		c := &fr.code.Consts[k]
		fl, err := regex.ParseFlags(c.Str2)
		if err != nil {
			rt.throwSyntaxError("%s", err.Error())
		}
		*lit = regexpLiteral{data: &regexpData{flags: fl}, source: rt.atom(c.Str), flags: rt.atom(c.Str2)}
	}
	re := rt.regExpAlloc(rt.realm.made(initRegExp).RegExpPrototype)
	o := rt.obj(re)
	rt.setHost(o, lit.data)
	o.v0, o.v1 = lit.source, lit.flags
	return re
}

// regexpCompile compiles the program of o's literal (see newRegExpLiteral)
// if it has none yet.
func (rt *Runtime) regexpCompile(o *Object, d *regexpData) {
	if d.prog != nil {
		return
	}
	prog, err := rt.compileCached(o.v0, d.flags)
	if err != nil {
		rt.throwSyntaxError("%s", err.Error())
	}
	d.prog = prog
}

// regExpAlloc is RegExpAlloc (§22.2.3.2): an object with the RegExp slots
// and a non-configurable lastIndex, not yet holding a matcher.
func (rt *Runtime) regExpAlloc(proto Value) Value {
	re, o := rt.newObjectCell(ClassRegExp, proto)
	o.v0, o.v1 = rt.emptyString, rt.emptyString
	// Every RegExp starts in the same shape: taken whole, not reached by
	// an atom lookup and a definition at each evaluation of a literal.
	if rt.regexpShape == nil {
		rt.regexpShape = rt.withKey(rt.rootShape, rt.atom("lastIndex"), attrWritable)
	}
	o.shape = rt.regexpShape.id
	rt.setVals(&o.slots, []Value{gc.Int(0)})
	return re
}

// regExpInitialize is RegExpInitialize (§22.2.3.3): pattern and flags
// are converted to strings (undefined becomes ""), parsed and compiled,
// and lastIndex is reset with a throwing Set.
func (rt *Runtime) regExpInitialize(re, pattern, flags Value) {
	p, f := rt.emptyString, rt.emptyString
	if pattern != Undefined {
		p = rt.ToString(pattern)
	}
	if flags != Undefined {
		f = rt.ToString(flags)
	}
	fl, err := regex.ParseFlags(rt.GoString(f))
	if err != nil {
		rt.throwSyntaxError("%s", err.Error())
	}
	prog, err := rt.compileCached(p, fl)
	if err != nil {
		rt.throwSyntaxError("%s", err.Error())
	}
	o := rt.obj(re)
	rt.setHost(o, &regexpData{prog: prog, flags: fl})
	o.v0, o.v1 = p, f
	rt.regexpPutLastIndex(re, gc.Int(0))
}

// The compile cache spares a regular expression literal in a loop, or a
// RegExp built from the same string over and over, a parse and compile
// each time it is evaluated. Programs are immutable and safe to share
// between runtimes, so the cache is process-wide; it holds no Values. It
// is bounded by emptying it when full, which keeps hot patterns cheap
// without an eviction policy to maintain.
var regexpCache struct {
	sync.Mutex
	progs map[regexpCacheKey]*regex.Program
}

// regexpCacheKey holds a pattern as its string cell does: the Latin-1
// bytes, or the UTF-16 units' memory (wide), so that a lookup reads the
// cell's own Go string and allocates nothing. Building a UTF-16 copy and a
// key string from it at each lookup was most of the cost of evaluating a
// literal: `s.replace(/"/g, '&quot;')` in a function called per value.
type regexpCacheKey struct {
	pattern string
	wide    bool
	flags   regex.Flags
}

const regexpCacheMax = 1024

// compileCached returns the program of the string pattern with flags fl,
// from the cache when it has it.
func (rt *Runtime) compileCached(pattern Value, fl regex.Flags) (*regex.Program, error) {
	s := rt.flat(pattern)
	key := regexpCacheKey{s.lat, false, fl}
	if s.flags&strWide != 0 {
		key.pattern, key.wide = s.wide, true
	}
	regexpCache.Lock()
	p, ok := regexpCache.progs[key]
	regexpCache.Unlock()
	if ok {
		return p, nil
	}
	p, err := regex.Compile(rt.units(pattern), fl)
	if err != nil {
		return nil, err
	}
	// The cell's string may be a slice of a much longer one (substring
	// shares storage); the cache keeps a copy of its own.
	key.pattern = strings.Clone(key.pattern)
	regexpCache.Lock()
	if regexpCache.progs == nil || len(regexpCache.progs) >= regexpCacheMax {
		regexpCache.progs = map[regexpCacheKey]*regex.Program{}
	}
	regexpCache.progs[key] = p
	regexpCache.Unlock()
	return p, nil
}
