package vm

import (
	"hash/maphash"
	"unsafe"

	"github.com/kilnjs/kiln/gc"
)

// The hash index of a Map or Set: open addressing with linear probing over
// the entries' numbers, each slot holding its key's hash so that probing
// and growing never touch the keys. It replaced a Go map keyed by a
// hashable copy of the key (a Go string for a string key), which hashed the
// whole content on every lookup, copied a wide string's units each time,
// and made the Go collector scan every table; strings now keep their hash
// (String.cachedHash), and the table is pointer-free.
//
// Keys compare by SameValueZero. Numbers are canonical Values (NaN has one
// encoding) and stored keys have -0 turned into +0, so numbers, like
// objects, symbols and the other primitives, are equal exactly when their
// Values are; strings and BigInts compare by content.

type mapIndex struct {
	slots []mapSlot // none, or a power of two of them
	live  int       // slots holding an entry
	used  int       // live slots and tombstones
}

// mapSlot is one slot of the index: entry is the entry number plus one, 0
// for a slot never used, or -1 for a tombstone (an entry deleted: probing
// goes on past it).
type mapSlot struct {
	hash  uint32
	entry int32
}

// mapLookup finds key, whose hash is h, in the index. It returns the
// entry's slot and number when found; otherwise the slot an insertion of
// key should take (-1 when the index has no slots).
func (rt *Runtime) mapLookup(o *Object, d *mapData, key Value, h uint32) (slot, entry int, ok bool) {
	t := d.index.slots
	if len(t) == 0 {
		return -1, 0, false
	}
	elems := rt.vals(o.elems)
	mask := len(t) - 1
	free := -1
	// reserve keeps a quarter of the slots never used, so this ends.
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := t[i]
		switch {
		case s.entry == 0:
			if free < 0 {
				free = i
			}
			return free, 0, false
		case s.entry < 0:
			if free < 0 {
				free = i
			}
		case s.hash == h:
			e := int(s.entry - 1)
			if k := elems[e*d.stride]; k == key || rt.sameMapKey(k, key) {
				return i, e, true
			}
		}
	}
}

// sameMapKey is SameValueZero for keys whose Values differ.
func (rt *Runtime) sameMapKey(a, b Value) bool {
	switch {
	case a.IsString() && b.IsString():
		return rt.strEqual(a, b)
	case a.Tag() == gc.TagBigInt && b.Tag() == gc.TagBigInt:
		return rt.bigint(a).Cmp(rt.bigint(b)) == 0
	}
	return false
}

// reserve makes room for one more entry, so that a lookup's insertion
// slot stays valid for insert.
func (x *mapIndex) reserve() {
	if (x.used+1)*4 <= len(x.slots)*3 {
		return
	}
	n := 8
	for n*3 < (x.live+1)*4*2 {
		n *= 2
	}
	old := x.slots
	x.slots = make([]mapSlot, n)
	x.used = x.live
	mask := n - 1
	for _, s := range old {
		if s.entry <= 0 {
			continue
		}
		i := int(s.hash) & mask
		for x.slots[i].entry != 0 {
			i = (i + 1) & mask
		}
		x.slots[i] = s
	}
}

// insert puts entry, whose key hashes to h, in the slot mapLookup gave.
func (x *mapIndex) insert(slot int, h uint32, entry int) {
	if x.slots[slot].entry == 0 {
		x.used++
	}
	x.slots[slot] = mapSlot{hash: h, entry: int32(entry + 1)}
	x.live++
}

func (x *mapIndex) remove(slot int) {
	x.slots[slot].entry = -1
	x.live--
}

// renumber moves every entry number e to newPos[e] after a compaction.
func (x *mapIndex) renumber(newPos []int) {
	for i, s := range x.slots {
		if s.entry > 0 {
			x.slots[i].entry = int32(newPos[s.entry-1] + 1)
		}
	}
}

// mapHash is the hash of a key under SameValueZero (key has no -0).
func (rt *Runtime) mapHash(key Value) uint32 {
	switch key.Tag() {
	case gc.TagString:
		return rt.strHash(key)
	case gc.TagBigInt:
		return uint32(maphash.String(rt.hashSeed, rt.bigint(key).Text(16)))
	}
	// fmix64 of MurmurHash3: handles and small integers differ only in
	// a few low or high bits, which linear probing needs spread.
	x := uint64(key)
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return uint32(x)
}

// strHash returns the hash of a string's content, computed once per string
// (strings are immutable) and never 0. Equal contents hash equally whether
// a string is held as Latin-1 or as UTF-16 units that all fit in a byte.
func (rt *Runtime) strHash(v Value) uint32 {
	s := rt.str(v)
	if h := s.cachedHash(); h != 0 {
		return h
	}
	rt.flatten(s)
	var h64 uint64
	if s.flags&strWide == 0 {
		h64 = maphash.String(rt.hashSeed, s.lat)
	} else {
		h64 = hashUnits(rt.hashSeed, s.u16())
	}
	h := max(uint32(h64), 1)
	s.right = Value(h)
	return h
}

func hashUnits(seed maphash.Seed, u []uint16) uint64 {
	for _, c := range u {
		if c >= 0x100 {
			return maphash.Bytes(seed, unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(u))), 2*len(u)))
		}
	}
	b := make([]byte, len(u))
	for i, c := range u {
		b[i] = byte(c)
	}
	return maphash.Bytes(seed, b)
}
