package vm

import "github.com/kilnjs/kiln/gc"

// QueryObjects returns the live objects whose prototype chain includes
// proto, as V8's QueryObjects (v8.queryObjects, the console's
// queryObjects): the heap is walked from the roots as a collection would
// walk it (a gc.Recorder, which marks and frees nothing), and each object's
// own [[Prototype]] links are followed without running a proxy's trap (a
// proxy has none of its own and is not counted; its target is, if live).
// proto itself is not counted unless its own chain leads back to it.
//
// It allocates no cell and runs no JavaScript. The values it returns are
// not rooted: the caller uses them before the next allocation can collect.
func (rt *Runtime) QueryObjects(proto Value) []Value {
	if !proto.IsObject() {
		return nil
	}
	rec := rt.heap.NewRecorder()
	seen := map[Value]bool{}
	var queue []Value
	visit := func(refs []Value) {
		for _, v := range refs {
			if !seen[v] && rt.heap.Live(v) {
				seen[v] = true
				queue = append(queue, v)
			}
		}
	}
	for _, roots := range []func(m *gc.Marker){rt.traceStackRoots, rt.traceStrongRoots, rt.traceHandleRoots} {
		refs, _ := rec.Record(roots)
		visit(refs)
	}
	var found []Value
	for i := 0; i < len(queue); i++ {
		v := queue[i]
		if v.Tag() == gc.TagObject && rt.inheritsRaw(v, proto) {
			found = append(found, v)
		}
		refs, _ := rec.Refs(rt.heap, v)
		visit(refs)
	}
	return found
}

// inheritsRaw reports whether proto is on v's prototype chain, read from
// the objects themselves: a proxy ends the chain.
func (rt *Runtime) inheritsRaw(v, proto Value) bool {
	for n := 0; n < 1<<16; n++ {
		o := rt.obj(v)
		if o.class == ClassProxy || o.proto == Null {
			return false
		}
		v = o.proto
		if v == proto {
			return true
		}
	}
	return false
}
