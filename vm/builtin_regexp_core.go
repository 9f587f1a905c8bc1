package vm

import (
	"sync"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/regex"
)

// regexpData is the compiled matcher of a RegExp object. prog is nil
// for a literal until the object is first used to match (see
// newRegExpLiteral); regexpDataOf and regexpPristine compile it then.
type regexpData struct {
	prog  *regex.Program
	flags regex.Flags
}

// NewRegExp is RegExpCreate (§22.2.3.1) for a pattern and flags string.
func (rt *Runtime) NewRegExp(pattern, flags Value) Value {
	re := rt.regExpAlloc(rt.realm.made(initRegExp).RegExpPrototype)
	rt.regExpInitialize(re, pattern, flags)
	return re
}

// newRegExpLiteral evaluates a regular expression literal. The parser
// validated it (compiling it), so its program is compiled only when the
// object first matches: module top levels make many a RegExp that a run
// never uses, and compiling them was 2% of a program requiring ten of
// node's modules. A snapshot made by hand may hold an invalid literal;
// its SyntaxError then comes at that first use.
func (rt *Runtime) newRegExpLiteral(pattern, flags string) Value {
	fl, err := regex.ParseFlags(flags)
	if err != nil {
		rt.throwSyntaxError("%s", err.Error())
	}
	p, f := rt.NewString(pattern), rt.NewString(flags)
	re := rt.regExpAlloc(rt.realm.made(initRegExp).RegExpPrototype)
	o := rt.obj(re)
	rt.setHost(o, &regexpData{flags: fl})
	o.v0, o.v1 = p, f
	return re
}

// regexpCompile compiles the program of o's literal (see newRegExpLiteral)
// if it has none yet.
func (rt *Runtime) regexpCompile(o *Object, d *regexpData) {
	if d.prog != nil {
		return
	}
	prog, err := compileCached(rt.units(o.v0), d.flags)
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
	rt.defineData(re, rt.atom("lastIndex"), gc.Int(0), attrWritable)
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
	prog, err := compileCached(rt.units(p), fl)
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

type regexpCacheKey struct {
	pattern string
	flags   regex.Flags
}

const regexpCacheMax = 1024

func compileCached(pattern []uint16, fl regex.Flags) (*regex.Program, error) {
	b := make([]byte, 2*len(pattern))
	for i, c := range pattern {
		b[2*i], b[2*i+1] = byte(c), byte(c>>8)
	}
	key := regexpCacheKey{string(b), fl}
	regexpCache.Lock()
	p, ok := regexpCache.progs[key]
	regexpCache.Unlock()
	if ok {
		return p, nil
	}
	p, err := regex.Compile(pattern, fl)
	if err != nil {
		return nil, err
	}
	regexpCache.Lock()
	if regexpCache.progs == nil || len(regexpCache.progs) >= regexpCacheMax {
		regexpCache.progs = map[regexpCacheKey]*regex.Program{}
	}
	regexpCache.progs[key] = p
	regexpCache.Unlock()
	return p, nil
}
