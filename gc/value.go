package gc

import (
	"math"
)

// Value is a NaN-boxed JavaScript value. A double is stored as its IEEE-754
// bits, with every NaN canonicalised to one quiet NaN, so any bit pattern
// below tagBase is a number. Everything else lives in the upper quiet-NaN
// space that canonicalisation leaves unused: the top 16 bits all ones, a
// 16-bit tag in bits 32..47, and a 32-bit payload (a handle, or a small
// integer for booleans).
//
// Values hold no Go pointers, so slices of them are allocated by Go as
// pointer-free memory the Go collector never scans.
type Value uint64

// Tag says what a non-number Value is.
type Tag uint16

const (
	TagNumber Tag = iota
	TagUndefined
	TagNull
	TagBool
	TagEmpty // the hole in an array, an uninitialised (TDZ) binding, a missing argument
	// Tags from here on carry a handle into a Space; Heap.spaces is indexed by them.
	TagString
	TagSymbol
	TagObject
	TagBigInt
	numTags
)

const (
	tagBase    = 0xFFFF_0000_0000_0000
	canonNaN   = 0x7FF8_0000_0000_0000
	firstHeap  = TagString
	payloadMax = 0xFFFF_FFFF
)

// Constant values.
const (
	Undefined Value = tagBase | Value(TagUndefined)<<32
	Null      Value = tagBase | Value(TagNull)<<32
	False     Value = tagBase | Value(TagBool)<<32
	True      Value = tagBase | Value(TagBool)<<32 | 1
	Empty     Value = tagBase | Value(TagEmpty)<<32
	NaN       Value = canonNaN
)

// Float boxes a float64; NaNs become the canonical NaN.
func Float(f float64) Value {
	if f != f {
		return canonNaN
	}
	return Value(math.Float64bits(f))
}

// Int boxes an integer as a number.
func Int(i int) Value { return Value(math.Float64bits(float64(i))) }

// Bool boxes a boolean.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// MakeRef builds a Value of a heap tag from a handle.
func MakeRef(t Tag, h uint32) Value { return tagBase | Value(t)<<32 | Value(h) }

// IsNumber reports whether v is a number.
func (v Value) IsNumber() bool { return v < tagBase }

// Tag returns v's tag (TagNumber for numbers).
func (v Value) Tag() Tag {
	if v < tagBase {
		return TagNumber
	}
	return Tag(v >> 32)
}

// Float returns the number in v; v must be a number.
func (v Value) Float() float64 { return math.Float64frombits(uint64(v)) }

// Handle returns the payload of a heap value.
func (v Value) Handle() uint32 { return uint32(v) }

// IsHeap reports whether v refers to a heap cell.
func (v Value) IsHeap() bool { return v >= tagBase && Tag(v>>32) >= firstHeap }

func (v Value) IsUndefined() bool { return v == Undefined }
func (v Value) IsNull() bool      { return v == Null }
func (v Value) IsNullish() bool   { return v == Undefined || v == Null }
func (v Value) IsBool() bool      { return v.Tag() == TagBool }
func (v Value) IsString() bool    { return v.Tag() == TagString }
func (v Value) IsObject() bool    { return v.Tag() == TagObject }
func (v Value) IsSymbol() bool    { return v.Tag() == TagSymbol }
func (v Value) IsBigInt() bool    { return v.Tag() == TagBigInt }
func (v Value) IsEmpty() bool     { return v == Empty }
