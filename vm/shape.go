package vm

// Shapes (hidden classes). An object's shape lists its own named properties
// in insertion order with their attributes; the values sit in the object's
// slots at the same indexes. Objects that get the same properties in the same
// order share a shape through the transition tree rooted at rt.rootShape, so
// an inline cache keyed by shape ID can find a property's slot without a
// lookup.
//
// An object that deletes properties or grows past maxShapeProps gets a
// dictionary shape of its own, mutated in place. Inline caches never
// remember dictionary shapes, so mutating one needs no invalidation, and
// the ID of a dead object's dictionary shape can be reused. IDs of shared
// shapes (the transition tree) are never reused.
//
// A shape's ID is its index in rt.shapes; object cells hold the ID, not a
// pointer, so they stay invisible to the Go collector.
//
// The prototype is not part of the shape (DESIGN.md says it should be): a
// shape tree per prototype would keep every prototype ever used alive through
// the never-freed shape table. Inline caches for prototype hits check the
// holder's shape as well instead.

// PropKey is a property key: an atom (interned string Value), a symbol Value,
// or a number Value holding an array index (0 .. 2**32-2).
type PropKey = Value

// Property attributes.
const (
	attrWritable uint8 = 1 << iota
	attrEnumerable
	attrConfigurable
	attrAccessor // the slot holds an accessor pair object

	attrDefault = attrWritable | attrEnumerable | attrConfigurable
)

const maxShapeProps = 64

type transKey struct {
	key   PropKey
	attrs uint8
}

// Shape describes the named own properties of objects.
type Shape struct {
	id     uint32
	keys   []PropKey
	attrs  []uint8
	index  map[PropKey]int32 // built once a shape has more than a few keys
	parent *Shape
	// The transitions out of this shape: most shapes have one, kept inline;
	// a map is made only for the second.
	next     transKey
	nextTo   *Shape
	trans    map[transKey]*Shape
	extended bool // a child shares keys' and attrs' backing arrays
	dict     bool
	hasSym   bool // some key is a symbol or a private name (tracedKey): the collector must trace keys
	// gen changes with every edit of a dictionary shape in place (see
	// edited): a cache that keeps a dictionary shape's ID, as the global
	// reads' do (globalIC), keeps its gen too. Gens are never reused,
	// though dictionary shape IDs are.
	gen uint32
	// enum is the enum cache: the enumerable string keys in order, made
	// by enumKeys on first use (enumOK); enumIndex tells whether some
	// index key (of an object with slow elements) is enumerable. A
	// dictionary shape changes in place, so its keys are listed afresh.
	enum      []PropKey
	enumOK    bool
	enumIndex bool
	// width is the most keys of any shape reached by transitions from
	// this one (itself included) so far: how many slots an object in this
	// shape will likely come to hold (see pushSlot).
	width int32
	// watched is set on the shapes of objects whose property values
	// others remember (RegExp.prototype and RegExp, see regexpPristine):
	// a value stored into an object in a watched shape moves
	// rt.watchEpoch, so "unchanged since epoch e" is one comparison.
	// Stores into such objects are never cached (fillIC, megaSetPut), so
	// every one goes through a path that calls slotStore. A change of
	// keys or attributes changes the shape instead.
	watched bool
	// scans counts linear lookups of a shape too big for them, so that
	// the index is built on the second (see lookup).
	scans uint8
}

const linearLookupMax = 8

// indexAfterScans is how many linear lookups a shape with more than
// linearLookupMax keys gets before it is indexed. Adding a property by
// assignment looks the shape it leaves up four or five times (the own
// fast path, the prototype walk, the receiver, [[DefineOwnProperty]]),
// eight times when a typed array prototype is on the chain (as for
// Buffer.prototype); with four, most shapes of an object filled by
// assignment were indexed: 105 indexes of 3082 keys in all for a program
// requiring ten of node's modules. A linear scan of a few dozen keys costs
// less than one map insertion per key, so the bound leaves a margin.
const indexAfterScans = 16

// tracedKey reports whether a key is a cell the collector must reach
// through the shapes of objects that have it: a symbol or a private name.
func tracedKey(k PropKey) bool { return k.IsSymbol() || privateKey(k) }

// newShape registers s in the shape table, giving it its ID.
func (rt *Runtime) newShape(s *Shape) *Shape {
	if s.dict {
		rt.edited(s)
		if n := len(rt.shapeFree); n > 0 {
			s.id = rt.shapeFree[n-1]
			rt.shapeFree = rt.shapeFree[:n-1]
			rt.shapes[s.id] = s
			return s
		}
	}
	s.id = uint32(len(rt.shapes))
	rt.shapes = append(rt.shapes, s)
	return s
}

// edited gives a dictionary shape, new or just changed in place, a gen
// no cache has seen.
func (rt *Runtime) edited(s *Shape) {
	rt.shapeGen++
	s.gen = rt.shapeGen
}

// slotStore is called by every path that replaces the value of an
// existing named property in place, before it does.
func (rt *Runtime) slotStore(o *Object) {
	if rt.shapes[o.shape].watched {
		rt.watchEpoch++
	}
}

// releaseShape frees the ID of a dead object's dictionary shape.
func (rt *Runtime) releaseShape(s *Shape) {
	rt.shapes[s.id] = nil
	rt.shapeFree = append(rt.shapeFree, s.id)
}

// lookup returns the slot of key, or -1.
func (s *Shape) lookup(key PropKey) int {
	if s.index == nil && len(s.keys) > linearLookupMax {
		// Built after a few scans, not when the shape is made: an object
		// filled one property at a time (every built-in prototype, the
		// global object, a module's exports through defineProperty)
		// passes through shapes each looked up a couple of times, to
		// check the next key is new, and indexing each of them cost a
		// quadratic amount of map building (built on the second lookup,
		// a program requiring fs, stream, util and buffer took 3% longer).
		// A shape objects keep is looked up far more often.
		if s.scans >= indexAfterScans {
			s.buildIndex()
		} else {
			s.scans++
		}
	}
	if s.index != nil {
		if i, ok := s.index[key]; ok {
			return int(i)
		}
		return -1
	}
	for i, k := range s.keys {
		if k == key {
			return i
		}
	}
	return -1
}

// enumKeys returns the shape's enumerable string keys in order, which
// for-in walks. The result is shared: callers must not change it.
func (s *Shape) enumKeys() []PropKey {
	if s.enumOK && !s.dict {
		return s.enum
	}
	s.enum, s.enumIndex = nil, false
	for i, k := range s.keys {
		if s.attrs[i]&attrEnumerable == 0 {
			continue
		}
		if k.IsString() {
			s.enum = append(s.enum, k)
		} else if !k.IsSymbol() {
			s.enumIndex = true
		}
	}
	s.enumOK = true
	return s.enum
}

func (s *Shape) buildIndex() {
	if len(s.keys) <= linearLookupMax {
		return
	}
	s.index = make(map[PropKey]int32, len(s.keys))
	for i, k := range s.keys {
		s.index[k] = int32(i)
	}
}

// withKey returns the shape after adding key with attrs.
func (rt *Runtime) withKey(s *Shape, key PropKey, attrs uint8) *Shape {
	if s.dict {
		rt.edited(s)
		s.keys = append(s.keys, key)
		s.attrs = append(s.attrs, attrs)
		if s.index != nil {
			s.index[key] = int32(len(s.keys) - 1)
		} else {
			s.buildIndex()
		}
		if tracedKey(key) {
			s.hasSym = true
		}
		return s
	}
	if c := s.child(key, attrs); c != nil {
		return c
	}
	tk := transKey{key, attrs}
	// The first child appends to the parent's arrays, sharing their
	// backing store (shared shapes never change their keys; a dictionary
	// copy is made to mutate), so a chain of n transitions costs O(n)
	// memory instead of O(n²): built-in prototypes and the global object
	// are filled one property at a time at every start-up. Later siblings
	// copy.
	n := len(s.keys)
	keys, at := s.keys[:n:n], s.attrs[:n:n]
	if !s.extended {
		keys, at = s.keys, s.attrs
		s.extended = true
	}
	c := rt.newShape(&Shape{
		keys:   append(keys, key),
		attrs:  append(at, attrs),
		parent: s,
		hasSym: s.hasSym || tracedKey(key),
		width:  int32(n + 1),
	})
	for p := s; p != nil && p.width < c.width; p = p.parent {
		p.width = c.width
	}
	if s.nextTo == nil {
		s.next, s.nextTo = tk, c
		return c
	}
	if s.trans == nil {
		s.trans = map[transKey]*Shape{}
	}
	s.trans[tk] = c
	return c
}

// child returns the shape a transition out of s adding key with attrs
// leads to, or nil when none has been made.
func (s *Shape) child(key PropKey, attrs uint8) *Shape {
	tk := transKey{key, attrs}
	if s.nextTo != nil && s.next == tk {
		return s.nextTo
	}
	return s.trans[tk]
}

// toDict returns a dictionary copy of s for one object to own.
func (rt *Runtime) toDict(s *Shape) *Shape {
	if s.dict {
		return s
	}
	// A big object (one growing past maxShapeProps, mostly) gets room for
	// as many keys again: it goes on growing (Node's global object gets
	// some sixty more), and each doubling of the index rehashed it. A
	// small one that deleted a key does not.
	n := len(s.keys)
	if n >= maxShapeProps/2 {
		n *= 2
	}
	d := rt.newShape(&Shape{
		keys:   append(make([]PropKey, 0, n), s.keys...),
		attrs:  append(make([]uint8, 0, n), s.attrs...),
		dict:   true,
		hasSym: s.hasSym,
	})
	d.index = make(map[PropKey]int32, n)
	for i, k := range d.keys {
		d.index[k] = int32(i)
	}
	return d
}
