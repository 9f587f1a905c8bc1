package vm

import (
	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/regex"
)

// regexpData is the compiled matcher of a RegExp object.
type regexpData struct {
	prog  *regex.Program
	flags regex.Flags
}

// NewRegExp is RegExpCreate (§22.2.3.1) for a pattern and flags string.
func (rt *Runtime) NewRegExp(pattern, flags Value) Value {
	return rt.regExpAlloc(rt.realm.RegExpPrototype, pattern, flags)
}

func (rt *Runtime) regExpAlloc(proto, pattern, flags Value) Value {
	fl, err := regex.ParseFlags(rt.GoString(flags))
	if err != nil {
		rt.throwSyntaxError("%s", err.Error())
	}
	prog, err := regex.Compile(rt.units(pattern), fl)
	if err != nil {
		rt.throwSyntaxError("%s", err.Error())
	}
	re, o := rt.newObjectCell(ClassRegExp, proto)
	o.host = &regexpData{prog: prog, flags: fl}
	o.v0, o.v1 = pattern, flags
	rt.defineData(re, rt.atom("lastIndex"), gc.Int(0), attrWritable)
	return re
}
