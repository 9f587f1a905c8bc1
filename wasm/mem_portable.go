//go:build !(386 || amd64 || arm64 || loong64 || ppc64le)

package wasm

import (
	"encoding/binary"
	"math/bits"
	"unsafe"
)

// Little-endian loads and stores of wasm memory at p, byte by byte for
// machines that are big-endian or fault on unaligned access.

func ld16(p unsafe.Pointer) uint16    { return binary.LittleEndian.Uint16((*[2]byte)(p)[:]) }
func ld32(p unsafe.Pointer) uint32    { return binary.LittleEndian.Uint32((*[4]byte)(p)[:]) }
func ld64(p unsafe.Pointer) uint64    { return binary.LittleEndian.Uint64((*[8]byte)(p)[:]) }
func st16(p unsafe.Pointer, v uint16) { binary.LittleEndian.PutUint16((*[2]byte)(p)[:], v) }
func st32(p unsafe.Pointer, v uint32) { binary.LittleEndian.PutUint32((*[4]byte)(p)[:], v) }
func st64(p unsafe.Pointer, v uint64) { binary.LittleEndian.PutUint64((*[8]byte)(p)[:], v) }

// leWord32 and leWord64 turn a memory word's native value into the
// little-endian number its bytes mean, and back: the bytes reversed on a
// big-endian machine.
func leWord32(x uint32) uint32 {
	if nativeLittleEndian() {
		return x
	}
	return bits.ReverseBytes32(x)
}

func leWord64(x uint64) uint64 {
	if nativeLittleEndian() {
		return x
	}
	return bits.ReverseBytes64(x)
}

func nativeLittleEndian() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}
