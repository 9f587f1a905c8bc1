package vm

import (
	"bufio"
	"io"
	"slices"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// Heap snapshots in V8's .heapsnapshot format, which Chrome DevTools'
// Memory tab and tools such as memlab read.
//
// The graph is the collector's: the walk starts from the same roots
// (traceRoots, in its three parts) and follows each cell's own Trace
// through a gc.Recorder, which marks, frees and moves nothing. So every
// cell the collector would keep is a node, and every reference it would
// follow is an edge. What the vm knows on top is names: a property edge
// for each shape key, an element edge for each index, context edges named
// by the scope layout's variables, and internal edges named after the
// class's slots. A reference the tracer reports and no name claims (host
// data: Map entries, a generator's frame) is a hidden edge, numbered.
//
// Nothing here allocates a cell or runs JavaScript: names are read from
// cells as they are (a rope is read, not flattened; a lazy property is
// not made), so the heap after a snapshot is the heap before it.
//
// Node ids are stable within a run: a cell is named by its tag, handle and
// the handle's generation (gc.Heap.TrackGenerations), and keeps the id it
// got in the first snapshot that saw it.

// V8's node and edge types, in the order of snapshot.meta's lists.
const (
	snapHidden uint8 = iota
	snapArray
	snapString
	snapObject
	snapCode
	snapClosure
	snapRegExp
	snapNumber
	snapNative
	snapSynthetic
	snapConsString
	snapSlicedString
	snapSymbol
	snapBigInt
	snapObjectShape
)

const (
	edgeContext uint8 = iota
	edgeElement
	edgeProperty
	edgeInternal
	edgeHidden
	edgeShortcut
	edgeWeak
)

const snapshotMeta = `{"node_fields":["type","name","id","self_size","edge_count","trace_node_id","detachedness"],` +
	`"node_types":[["hidden","array","string","object","code","closure","regexp","number","native","synthetic",` +
	`"concatenated string","sliced string","symbol","bigint","object shape"],"string","number","number","number",` +
	`"number","number"],"edge_fields":["type","name_or_index","to_node"],"edge_types":[["context","element",` +
	`"property","internal","hidden","shortcut","weak"],"string_or_number","node"],"trace_function_info_fields":` +
	`["function_id","name","script_name","script_id","line","column"],"trace_node_fields":["id",` +
	`"function_info_index","count","size","children"],"sample_fields":["timestamp_us","last_assigned_id"],` +
	`"location_fields":["object_index","script_id","line","column"]}`

// snapKey names a cell for the life of the heap.
type snapKey struct {
	v   Value
	gen uint32
}

// snapIDs is the runtime's memory of the ids it gave cells.
type snapIDs struct {
	ids  map[snapKey]uint32
	next uint32
}

// The synthetic nodes' ids; cells' ids start above them, odd as V8's.
const (
	snapRootID    = 1
	snapGCRootsID = 3
	snapFirstID   = 101
)

type snapNode struct {
	typ   uint8
	name  int
	id    uint32
	size  int
	edges int
	v     Value // Undefined for a synthetic node
	// roots, for a synthetic root category, traces what it holds.
	roots func(m *gc.Marker)
}

type snapEdge struct {
	typ  uint8
	name int // an index into strings, or an element's index
	to   int // node index
}

type snapshotter struct {
	rt                                   *Runtime
	rec                                  *gc.Recorder
	nodes                                []snapNode
	edges                                []snapEdge
	index                                map[Value]int
	strs                                 []string
	strIdx                               map[string]int
	seen                                 map[snapKey]uint32 // the ids of this snapshot, kept for the next
	pending                              map[Value]int      // refs of the node being expanded not yet named
	globals                              map[Value]bool
	globalName                           string
	atName, atConstructor, atToStringTag Value
}

// HeapSnapshotOptions adjust a snapshot.
type HeapSnapshotOptions struct {
	// GlobalName names the realms' global objects ("global" when empty).
	// V8 names them "global" in v8.writeHeapSnapshot's snapshots and
	// "global / " plus the context's name in the inspector's, whose
	// embedder names contexts.
	GlobalName string
}

// WriteHeapSnapshot writes the heap as V8's .heapsnapshot JSON. It must
// be called where a collection could run (no unrooted values held): it
// reaches exactly what a collection would keep.
func (rt *Runtime) WriteHeapSnapshot(w io.Writer, opts HeapSnapshotOptions) error {
	if opts.GlobalName == "" {
		opts.GlobalName = "global"
	}
	if rt.snapIDs.ids == nil {
		rt.heap.TrackGenerations()
		rt.snapIDs = snapIDs{ids: map[snapKey]uint32{}, next: snapFirstID}
	}
	s := &snapshotter{
		rt: rt, rec: rt.heap.NewRecorder(), index: map[Value]int{}, strIdx: map[string]int{},
		seen: map[snapKey]uint32{}, pending: map[Value]int{}, globals: map[Value]bool{}, globalName: opts.GlobalName,
		atName: rt.atom("name"), atConstructor: rt.atConstructor, atToStringTag: rt.wellKnown.toStringTag,
	}
	s.str("<dummy>")
	for _, r := range rt.realms {
		s.globals[r.GlobalThis] = true
	}
	s.build()
	rt.snapIDs.ids = s.seen
	return s.write(w)
}

func (s *snapshotter) str(t string) int {
	if i, ok := s.strIdx[t]; ok {
		return i
	}
	i := len(s.strs)
	s.strs = append(s.strs, t)
	s.strIdx[t] = i
	return i
}

func (s *snapshotter) build() {
	rt := s.rt
	s.nodes = append(s.nodes,
		snapNode{typ: snapSynthetic, name: s.str(""), id: snapRootID, v: Undefined},
		snapNode{typ: snapSynthetic, name: s.str("(GC roots)"), id: snapGCRootsID, v: Undefined})
	categories := []struct {
		name  string
		trace func(m *gc.Marker)
	}{
		{"(Stack roots)", rt.traceStackRoots},
		{"(Strong roots)", rt.traceStrongRoots},
		{"(Global handles)", rt.traceHandleRoots},
	}
	// The root: (GC roots), then a shortcut to each realm's global object,
	// as V8 gives its user roots.
	s.edge(0, edgeElement, 1, 1)
	for i, r := range rt.realms {
		if r.GlobalThis.IsObject() {
			s.edge(0, edgeShortcut, s.str(strconv.Itoa(i+2)), s.node(r.GlobalThis))
		}
	}
	first := len(s.nodes)
	for i, c := range categories {
		s.nodes = append(s.nodes, snapNode{typ: snapSynthetic, name: s.str(c.name), id: uint32(snapGCRootsID + 2*(i+1)),
			v: Undefined, roots: c.trace})
		s.edge(1, edgeElement, i+1, first+i)
	}
	for i := 2; i < len(s.nodes); i++ {
		n := &s.nodes[i]
		if n.roots != nil {
			refs, _ := s.rec.Record(n.roots)
			// Some roots live in Go maps (atoms), whose order changes from
			// run to run: sorted, the same heap gives the same snapshot.
			slices.Sort(refs)
			k := 0
			for _, v := range refs {
				if !rt.heap.Live(v) {
					continue
				}
				if _, dup := s.pending[v]; dup {
					continue
				}
				s.pending[v] = 1
				k++
				s.edge(i, edgeElement, k, s.node(v))
			}
			clear(s.pending)
			continue
		}
		if n.v != Undefined {
			s.expand(i)
		}
	}
}

// node returns the index of v's node, adding it if new.
func (s *snapshotter) node(v Value) int {
	if i, ok := s.index[v]; ok {
		return i
	}
	key := snapKey{v, s.rt.heap.Generation(v)}
	id, ok := s.rt.snapIDs.ids[key]
	if !ok {
		id = s.rt.snapIDs.next
		s.rt.snapIDs.next += 2
	}
	s.seen[key] = id
	i := len(s.nodes)
	s.nodes = append(s.nodes, snapNode{id: id, v: v})
	s.index[v] = i
	return i
}

// edge adds an edge from node from, which must be the node being
// expanded (edges are listed node by node).
func (s *snapshotter) edge(from int, typ uint8, name, to int) {
	s.edges = append(s.edges, snapEdge{typ: typ, name: name, to: to})
	s.nodes[from].edges++
}

// ref adds a named edge from node i to v, if v is a cell the tracer
// reported, and crosses it off the pending list.
func (s *snapshotter) ref(i int, typ uint8, name int, v Value) {
	if n, ok := s.pending[v]; ok && n > 0 {
		s.pending[v] = n - 1
		s.edge(i, typ, name, s.node(v))
	}
}

func (s *snapshotter) named(i int, typ uint8, name string, v Value) {
	if v.IsHeap() {
		s.ref(i, typ, s.str(name), v)
	}
}

// expand lists the edges of node i and sets its type, name and size.
func (s *snapshotter) expand(i int) {
	rt := s.rt
	v := s.nodes[i].v
	refs, size := s.rec.Refs(rt.heap, v)
	order := make([]Value, 0, len(refs))
	for _, r := range refs {
		if !rt.heap.Live(r) {
			continue
		}
		if s.pending[r] == 0 {
			order = append(order, r)
		}
		s.pending[r]++
	}
	typ, name := snapHidden, ""
	switch v.Tag() {
	case gc.TagString:
		st := rt.strs.Get(v.Handle())
		typ, name = snapString, s.text(v, 1024)
		if st.flags&strRope != 0 {
			// As V8: a rope is named by kind; its text is in its parts.
			typ, name = snapConsString, "(concatenated string)"
			s.named(i, edgeInternal, "first", st.left)
			s.named(i, edgeInternal, "second", st.right)
		}
	case gc.TagSymbol:
		typ, name = snapSymbol, "symbol"
		s.named(i, edgeInternal, "name", rt.syms.Get(v.Handle()).desc)
	case gc.TagBigInt:
		typ, name = snapBigInt, "bigint"
	case gc.TagObject:
		typ, name = s.object(i, v)
	}
	// What no name claimed: host data's references.
	k := 0
	for _, r := range order {
		for n := s.pending[r]; n > 0; n-- {
			k++
			s.edge(i, edgeHidden, k, s.node(r))
		}
	}
	clear(s.pending)
	n := &s.nodes[i]
	n.typ, n.name, n.size = typ, s.str(name), size
}

// slotNames names v0, v1, v2 of each class whose slots hold references.
var slotNames = [...][3]string{
	ClassObject:           {"map_constructor"},
	ClassFunction:         {"context", "home_object", "class_fields_initializer"},
	ClassNative:           {"data"},
	ClassBound:            {"bound_target_function", "bound_this", "bound_arguments"},
	ClassBoolean:          {"value"},
	ClassNumber:           {"value"},
	ClassString:           {"value"},
	ClassSymbol:           {"value"},
	ClassBigInt:           {"value"},
	ClassRegExp:           {"source", "flags"},
	ClassPromise:          {"result", "async_context"},
	ClassArguments:        {"mapped_context"},
	ClassArrayIter:        {"iterated", "kind"},
	ClassMapIter:          {"iterated", "kind"},
	ClassSetIter:          {"iterated", "kind"},
	ClassStringIter:       {"iterated", "kind"},
	ClassRegExpStringIter: {"iterated", "kind"},
	ClassProxy:            {"target", "handler"},
	ClassAccessor:         {"getter", "setter"},
	ClassEnv:              {"previous"},
	ClassWithEnv:          {"previous", "extension"},
	ClassPrivateName:      {"description", "method_or_getter", "setter"},
	ClassInternal:         {},
}

// object lists an object's named edges and returns its type and name.
func (s *snapshotter) object(i int, v Value) (uint8, string) {
	rt := s.rt
	o := rt.obj(v)
	if o.proto.IsObject() {
		// A private name's proto is the class that declares it.
		if o.class == ClassPrivateName {
			s.ref(i, edgeInternal, s.str("class"), o.proto)
		} else {
			s.ref(i, edgeProperty, s.str("__proto__"), o.proto)
		}
	}
	sh := rt.shapes[o.shape]
	slots := rt.vals(o.slots)
	if o.class == ClassEnv {
		// A context: its slots are the scope's variables.
		if int(o.host) < len(rt.layouts) {
			names := rt.layouts[o.host].Names
			for k, x := range slots {
				if k < len(names) {
					s.named(i, edgeContext, names[k], x)
				}
			}
		}
	} else {
		if sh.hasSym {
			// The collector traces a shape's keys when one is a symbol; a
			// string key is an atom, which the strong roots hold.
			for _, key := range sh.keys {
				if key.IsString() && s.pending[key] > 0 && rt.strs.Get(key.Handle()).flags&strAtom != 0 {
					s.pending[key]--
				}
			}
		}
		for k, key := range sh.keys {
			if k >= len(slots) {
				break
			}
			if idx, ok := indexKey(key); ok {
				if slots[k].IsHeap() {
					s.ref(i, edgeElement, int(idx), slots[k])
				}
				continue
			}
			s.named(i, edgeProperty, s.keyName(key), slots[k])
		}
	}
	for k, x := range rt.vals(o.elems) {
		if x.IsHeap() {
			s.ref(i, edgeElement, k, x)
		}
	}
	if int(o.class) < len(slotNames) {
		for k, x := range [3]Value{o.v0, o.v1, o.v2} {
			if n := slotNames[o.class][k]; n != "" {
				s.named(i, edgeInternal, n, x)
			}
		}
	}
	switch {
	case s.globals[v]:
		return snapObject, s.globalName
	case o.flags&objCallable != 0 && o.class != ClassProxy:
		return snapClosure, s.funcName(o)
	case o.class == ClassRegExp:
		return snapRegExp, s.text(o.v0, 1024)
	case o.class == ClassEnv || o.class == ClassWithEnv:
		return snapObject, "system / Context"
	case o.class == ClassAccessor:
		return snapHidden, "system / AccessorPair"
	case o.class == ClassPrivateName:
		return snapHidden, "system / PrivateName"
	case o.class == ClassInternal || o.class == ClassForIn:
		return snapHidden, "(system)"
	}
	return snapObject, s.ctorName(v, o)
}

// keyName is a property edge's name: a string key's text, a symbol as
// V8 shows it, <symbol description>.
func (s *snapshotter) keyName(k PropKey) string {
	if k.IsSymbol() {
		d := s.rt.syms.Get(k.Handle()).desc
		if d.IsString() {
			return "<symbol " + s.text(d, 1024) + ">"
		}
		return "<symbol>"
	}
	if k.IsString() {
		return s.text(k, 1024)
	}
	if privateKey(k) {
		// A private element, named by its #name as V8 names them.
		return s.text(s.rt.obj(k).v0, 1024)
	}
	return s.rt.numberToGoString(k.Float())
}

// ownData is an own data property's value, Undefined when there is none
// or it is an accessor (no getter runs, nothing lazy is made).
func (s *snapshotter) ownData(o *Object, key PropKey) Value {
	sh := s.rt.shapes[o.shape]
	k := sh.lookup(key)
	if k < 0 || k >= int(o.slots.n) || sh.attrs[k]&attrAccessor != 0 {
		return Undefined
	}
	return s.rt.vals(o.slots)[k]
}

// funcName is a closure's name: its own "name" property, else the name
// the compiler inferred.
func (s *snapshotter) funcName(o *Object) string {
	if n := s.ownData(o, s.atName); n.IsString() {
		if t := s.text(n, 1024); t != "" {
			return t
		}
	}
	if o.class == ClassFunction {
		if code, ok := s.rt.hostOf(o).(*bytecode.Function); ok {
			return code.InferredName
		}
	}
	return ""
}

// ctorName is V8's JSReceiver::GetConstructorName as its heap snapshots
// name objects (as receiverTypeName, without running or making anything):
// the constructor that made it, else a @@toStringTag or named
// "constructor" up the prototype chain, else the built-in class.
func (s *snapshotter) ctorName(v Value, o *Object) string {
	rt := s.rt
	if o.class == ClassProxy {
		return "Proxy"
	}
	if o.class == ClassObject && o.v0.IsObject() {
		if n := s.funcName(rt.obj(o.v0)); n != "" && n != "Object" {
			return n
		}
	}
	for p, depth := o.proto, 0; p.IsObject() && depth < 1000; p, depth = rt.obj(p).proto, depth+1 {
		po := rt.obj(p)
		if po.class == ClassProxy {
			break
		}
		if t := s.ownData(po, s.atToStringTag); t.IsString() {
			return s.text(t, 1024)
		}
		if c := s.ownData(po, s.atConstructor); c.IsObject() && rt.obj(c).flags&objCallable != 0 {
			if n := s.funcName(rt.obj(c)); n != "" && n != "Object" {
				return n
			}
		}
	}
	switch o.class {
	case ClassArray:
		return "Array"
	case ClassArguments:
		return "Arguments"
	case ClassError:
		return "Error"
	case ClassBoolean:
		return "Boolean"
	case ClassNumber:
		return "Number"
	case ClassString:
		return "String"
	case ClassDate:
		return "Date"
	}
	return "Object"
}

// text is a string's content as UTF-8, at most max code units (lone
// surrogates become U+FFFD), read without flattening a rope.
func (s *snapshotter) text(v Value, max int) string {
	if !v.IsString() {
		return ""
	}
	var units []uint16
	var walk func(v Value)
	walk = func(v Value) {
		// An explicit stack would spare Go's, but a rope's depth is
		// bounded by its flattening on first index, and max stops the
		// walk early.
		st := s.rt.strs.Get(v.Handle())
		switch {
		case len(units) >= max:
		case st.flags&strRope != 0:
			walk(st.left)
			walk(st.right)
		case st.flags&strWide != 0:
			units = append(units, st.u16()...)
		default:
			for k := 0; k < len(st.lat) && len(units) < max; k++ {
				units = append(units, uint16(st.lat[k]))
			}
		}
	}
	walk(v)
	if len(units) > max {
		units = units[:max]
	}
	return string(utf16.Decode(units))
}

func (s *snapshotter) write(w io.Writer) error {
	b := bufio.NewWriterSize(w, 64<<10)
	b.WriteString(`{"snapshot":{"meta":`)
	b.WriteString(snapshotMeta)
	b.WriteString(`,"node_count":`)
	b.WriteString(strconv.Itoa(len(s.nodes)))
	b.WriteString(`,"edge_count":`)
	b.WriteString(strconv.Itoa(len(s.edges)))
	b.WriteString(`,"trace_function_count":0},` + "\n" + `"nodes":[`)
	var num []byte
	for k, n := range s.nodes {
		if k > 0 {
			b.WriteString(",\n")
		}
		num = num[:0]
		for f, x := range [7]int{int(n.typ), n.name, int(n.id), n.size, n.edges, 0, 0} {
			if f > 0 {
				num = append(num, ',')
			}
			num = strconv.AppendInt(num, int64(x), 10)
		}
		b.Write(num)
	}
	b.WriteString("],\n" + `"edges":[`)
	for k, e := range s.edges {
		if k > 0 {
			b.WriteString(",\n")
		}
		num = strconv.AppendInt(num[:0], int64(e.typ), 10)
		num = append(num, ',')
		num = strconv.AppendInt(num, int64(e.name), 10)
		num = append(num, ',')
		num = strconv.AppendInt(num, int64(e.to*7), 10)
		b.Write(num)
	}
	b.WriteString("],\n" + `"trace_function_infos":[],` + "\n" + `"trace_tree":[],` + "\n" + `"samples":[],` + "\n" +
		`"locations":[],` + "\n" + `"strings":[`)
	for k, t := range s.strs {
		if k > 0 {
			b.WriteString(",\n")
		}
		writeJSONString(b, t)
	}
	b.WriteString("]}")
	return b.Flush()
}

// writeJSONString writes t, valid UTF-8, as a JSON string.
func writeJSONString(b *bufio.Writer, t string) {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	for k := 0; k < len(t); {
		c := t[k]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(t[k:])
			b.WriteRune(r)
			k += n
			continue
		}
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20:
			b.WriteString(`\u00`)
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		default:
			b.WriteByte(c)
		}
		k++
	}
	b.WriteByte('"')
}

// OnNearHeapLimit calls f after a collection that leaves the live data
// near the heap limit (--heapsnapshot-near-heap-limit): first past 90% of
// it, then each time the live data has gone half of the rest of the way,
// and at the collection that finds it over the limit, before the runtime
// gives up. f runs where the collection ran, a safepoint: it may take a
// heap snapshot. nil stops the calls; without a limit there are none.
func (rt *Runtime) OnNearHeapLimit(f func()) {
	rt.nearLimit = f
	rt.nearAt = 0
}

func (rt *Runtime) checkNearHeapLimit() {
	limit := rt.heap.Limit()
	if limit <= 0 {
		return
	}
	if rt.nearAt == 0 {
		rt.nearAt = limit / 10 * 9
	}
	live := rt.heap.Stats.LiveBytes
	if live < rt.nearAt && live <= limit {
		return
	}
	rt.nearAt = live + (limit-live)/2
	rt.nearLimit()
}
