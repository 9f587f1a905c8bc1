//go:build 386 || amd64 || arm64 || loong64 || ppc64le

package wasm

import "unsafe"

// Little-endian loads and stores of wasm memory at p. On these machines
// they are plain unaligned loads and stores, small enough for Go to
// inline them into the interpreter (which, being big, only inlines
// functions of very low cost).

func ld16(p unsafe.Pointer) uint16    { return *(*uint16)(p) }
func ld32(p unsafe.Pointer) uint32    { return *(*uint32)(p) }
func ld64(p unsafe.Pointer) uint64    { return *(*uint64)(p) }
func st16(p unsafe.Pointer, v uint16) { *(*uint16)(p) = v }
func st32(p unsafe.Pointer, v uint32) { *(*uint32)(p) = v }
func st64(p unsafe.Pointer, v uint64) { *(*uint64)(p) = v }

// leWord32 and leWord64 turn a memory word's native value into the
// little-endian number its bytes mean, and back: on these machines, all
// little-endian, they are the value itself.
func leWord32(x uint32) uint32 { return x }
func leWord64(x uint64) uint64 { return x }
