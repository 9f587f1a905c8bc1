package wasm

import (
	"math"
	"math/bits"
)

// The SIMD instructions run here, out of run's loop (through slow), so
// that they cost the scalar instructions nothing: run's switch and the
// registers Go gives its loop stay as they were. A vector is handled as
// its two halves, or split into lanes (lane 0 in the low bits of the
// first half, as little-endian memory holds it).

type vec [2]uint64

func (v vec) u8() (a [16]uint8) {
	for k := range 8 {
		a[k], a[k+8] = uint8(v[0]>>(8*k)), uint8(v[1]>>(8*k))
	}
	return
}

func (v vec) u16() (a [8]uint16) {
	for k := range 4 {
		a[k], a[k+4] = uint16(v[0]>>(16*k)), uint16(v[1]>>(16*k))
	}
	return
}

func (v vec) u32() [4]uint32 {
	return [4]uint32{uint32(v[0]), uint32(v[0] >> 32), uint32(v[1]), uint32(v[1] >> 32)}
}

func (v vec) f32() (a [4]float32) {
	for k, x := range v.u32() {
		a[k] = math.Float32frombits(x)
	}
	return
}

func (v vec) f64() [2]float64 {
	return [2]float64{math.Float64frombits(v[0]), math.Float64frombits(v[1])}
}

func of8(a [16]uint8) (v vec) {
	for k := range 8 {
		v[0] |= uint64(a[k]) << (8 * k)
		v[1] |= uint64(a[k+8]) << (8 * k)
	}
	return
}

func of16(a [8]uint16) (v vec) {
	for k := range 4 {
		v[0] |= uint64(a[k]) << (16 * k)
		v[1] |= uint64(a[k+4]) << (16 * k)
	}
	return
}

func of32(a [4]uint32) vec {
	return vec{uint64(a[0]) | uint64(a[1])<<32, uint64(a[2]) | uint64(a[3])<<32}
}

func ofF32(a [4]float32) vec {
	var u [4]uint32
	for k, f := range a {
		u[k] = math.Float32bits(f)
	}
	return of32(u)
}

func ofF64(a [2]float64) vec { return vec{math.Float64bits(a[0]), math.Float64bits(a[1])} }

// Lane-wise maps, for the operations without a form on whole halves
// (addLanes and the bitwise ones): simple to check against the spec, at
// the price of a call of f per lane, which Go does not inline here.

func map8(x, y vec, f func(a, b uint8) uint8) vec {
	a, b := x.u8(), y.u8()
	for k := range a {
		a[k] = f(a[k], b[k])
	}
	return of8(a)
}

func map16(x, y vec, f func(a, b uint16) uint16) vec {
	a, b := x.u16(), y.u16()
	for k := range a {
		a[k] = f(a[k], b[k])
	}
	return of16(a)
}

func map32(x, y vec, f func(a, b uint32) uint32) vec {
	a, b := x.u32(), y.u32()
	for k := range a {
		a[k] = f(a[k], b[k])
	}
	return of32(a)
}

func map64(x, y vec, f func(a, b uint64) uint64) vec { return vec{f(x[0], y[0]), f(x[1], y[1])} }

func mapF32(x, y vec, f func(a, b float32) float32) vec {
	a, b := x.f32(), y.f32()
	for k := range a {
		a[k] = f(a[k], b[k])
	}
	return ofF32(a)
}

func mapF64(x, y vec, f func(a, b float64) float64) vec {
	a, b := x.f64(), y.f64()
	return ofF64([2]float64{f(a[0], b[0]), f(a[1], b[1])})
}

// Comparisons give a lane of all ones or all zeros.
func mask32(c bool) uint32 { return -uint32(b2u(c)) }
func mask64(c bool) uint64 { return -b2u(c) }

func cmpF32(x, y vec, f func(a, b float32) bool) vec {
	a, b := x.f32(), y.f32()
	var r [4]uint32
	for k := range a {
		r[k] = mask32(f(a[k], b[k]))
	}
	return of32(r)
}

func cmpF64(x, y vec, f func(a, b float64) bool) vec {
	a, b := x.f64(), y.f64()
	return vec{mask64(f(a[0], b[0])), mask64(f(a[1], b[1]))}
}

func unF32(x vec, f func(a float64) float64) vec {
	a := x.f32()
	for k := range a {
		a[k] = float32(f(float64(a[k])))
	}
	return ofF32(a)
}

func unF64(x vec, f func(a float64) float64) vec {
	a := x.f64()
	return ofF64([2]float64{f(a[0]), f(a[1])})
}

// Saturation of a wider signed value to a lane.
func satI8(x int32) uint8 { return uint8(int8(max(-128, min(127, x)))) }
func satU8(x int32) uint8 { return uint8(max(0, min(255, x))) }
func satI16(x int32) uint16 {
	return uint16(int16(max(-32768, min(32767, x))))
}
func satU16(x int64) uint16 { return uint16(max(0, min(65535, x))) }

// vget and vput read and write the v128 at slot i.
func vget(fr *slots, i uint32) vec { return vec{fr[i], fr[i+1]} }
func vput(fr *slots, i uint32, v vec) {
	fr[i], fr[i+1] = v[0], v[1]
}

// simdAddr checks a memory access of size bytes at slot x's address plus
// offset and returns where it starts.
func simdAddr(mem []byte, fr *slots, i *ins, size uint64) []byte {
	a := uint64(uint32(fr[i.x])) + i.k
	if a+size > uint64(len(mem)) {
		trap("memory access out of bounds")
	}
	return mem[a : a+size]
}

func leU(b []byte) uint64 {
	var x uint64
	for k := len(b) - 1; k >= 0; k-- {
		x = x<<8 | uint64(b[k])
	}
	return x
}

func putLE(b []byte, x uint64) {
	for k := range b {
		b[k] = byte(x >> (8 * k))
	}
}

// simdExec runs SIMD instruction i (and the v128 forms of the core
// instructions).
func (s *Store) simdExec(i *ins) {
	fr := s.frameAt(s.cur.base)
	switch i.op {
	case opCopy128:
		fr[i.d], fr[i.d+1] = fr[i.x], fr[i.x+1]
		return
	case opSelect128:
		src := i.y
		if uint32(fr[i.k]) != 0 {
			src = i.x
		}
		fr[i.d], fr[i.d+1] = fr[src], fr[src+1]
		return
	case opGlobalGet128:
		g := s.cur.inst.globals[i.k]
		fr[i.d], fr[i.d+1] = g.Value, g.Hi
		return
	case opGlobalSet128:
		g := s.cur.inst.globals[i.k]
		g.Value, g.Hi = fr[i.y], fr[i.y+1]
		return
	}
	sub := i.op - opPrefixFD
	// Memory.
	switch {
	case sub <= 0x0b || sub >= 0x54 && sub <= 0x5d:
		s.simdMemory(fr, i, sub)
		return
	case sub == 0x0c:
		vput(fr, i.d, vec{i.k, uint64(i.x) | uint64(i.y)<<32})
		return
	}
	x := vget(fr, i.x)
	var r vec
	switch sub {
	case 0x0d:
		a, b := x.u8(), vget(fr, i.y).u8()
		lanes := vec{i.k, s.cur.fn.code.body[s.cur.pc].k}.u8()
		s.cur.pc++
		var out [16]uint8
		for k, l := range lanes {
			if l < 16 {
				out[k] = a[l]
			} else {
				out[k] = b[l-16]
			}
		}
		r = of8(out)
	case 0x0e:
		a, idx := x.u8(), vget(fr, i.y).u8()
		var out [16]uint8
		for k, l := range idx {
			if l < 16 {
				out[k] = a[l]
			}
		}
		r = of8(out)
	case 0x0f:
		b := uint64(uint8(fr[i.x])) * 0x0101010101010101
		r = vec{b, b}
	case 0x10:
		h := uint64(uint16(fr[i.x])) * 0x0001000100010001
		r = vec{h, h}
	case 0x11, 0x13:
		w := uint64(uint32(fr[i.x])) * 0x0000000100000001
		r = vec{w, w}
	case 0x12, 0x14:
		r = vec{fr[i.x], fr[i.x]}
	case 0x15:
		fr[i.d] = uint64(uint32(int32(int8(x.u8()[i.n]))))
		return
	case 0x16:
		fr[i.d] = uint64(x.u8()[i.n])
		return
	case 0x17:
		a := x.u8()
		a[i.n] = uint8(fr[i.y])
		r = of8(a)
	case 0x18:
		fr[i.d] = uint64(uint32(int32(int16(x.u16()[i.n]))))
		return
	case 0x19:
		fr[i.d] = uint64(x.u16()[i.n])
		return
	case 0x1a:
		a := x.u16()
		a[i.n] = uint16(fr[i.y])
		r = of16(a)
	case 0x1b, 0x1f:
		fr[i.d] = uint64(x.u32()[i.n])
		return
	case 0x1c, 0x20:
		a := x.u32()
		a[i.n] = uint32(fr[i.y])
		r = of32(a)
	case 0x1d, 0x21:
		fr[i.d] = x[i.n]
		return
	case 0x1e, 0x22:
		r = x
		r[i.n] = fr[i.y]
	case 0x53:
		fr[i.d] = b2u(x[0]|x[1] != 0)
		return
	case 0x63, 0x83, 0xa3, 0xc3:
		all := true
		switch sub {
		case 0x63:
			for _, l := range x.u8() {
				all = all && l != 0
			}
		case 0x83:
			for _, l := range x.u16() {
				all = all && l != 0
			}
		case 0xa3:
			for _, l := range x.u32() {
				all = all && l != 0
			}
		default:
			all = x[0] != 0 && x[1] != 0
		}
		fr[i.d] = b2u(all)
		return
	case 0x64, 0x84, 0xa4, 0xc4:
		var m uint64
		switch sub {
		case 0x64:
			for k, l := range x.u8() {
				m |= uint64(l>>7) << k
			}
		case 0x84:
			for k, l := range x.u16() {
				m |= uint64(l>>15) << k
			}
		case 0xa4:
			for k, l := range x.u32() {
				m |= uint64(l>>31) << k
			}
		default:
			m = x[0]>>63 | x[1]>>63<<1
		}
		fr[i.d] = m
		return
	case 0x6b, 0x6c, 0x6d, 0x8b, 0x8c, 0x8d, 0xab, 0xac, 0xad, 0xcb, 0xcc, 0xcd:
		r = shift(x, sub, uint32(fr[i.y]))
	default:
		if sub == 0x52 {
			c := vget(fr, uint32(i.k))
			y := vget(fr, i.y)
			r = vec{x[0]&c[0] | y[0]&^c[0], x[1]&c[1] | y[1]&^c[1]}
		} else if u, ok := simdUnary(x, sub); ok {
			r = u
		} else {
			r = simdBinary(x, vget(fr, i.y), sub)
		}
	}
	vput(fr, i.d, r)
}

func (s *Store) simdMemory(fr *slots, i *ins, sub uint16) {
	mem := s.cur.inst.mems[0].Bytes()
	var r vec
	switch {
	case sub == 0x00:
		b := simdAddr(mem, fr, i, 16)
		r = vec{leU(b[:8]), leU(b[8:])}
	case sub <= 0x06:
		b := simdAddr(mem, fr, i, 8)
		v := vec{leU(b), 0}
		switch sub {
		case 0x01, 0x02:
			a := v.u8()
			var out [8]uint16
			for k := range out {
				if sub == 0x01 {
					out[k] = uint16(int8(a[k]))
				} else {
					out[k] = uint16(a[k])
				}
			}
			r = of16(out)
		case 0x03, 0x04:
			a := v.u16()
			var out [4]uint32
			for k := range out {
				if sub == 0x03 {
					out[k] = uint32(int16(a[k]))
				} else {
					out[k] = uint32(a[k])
				}
			}
			r = of32(out)
		default:
			a := v.u32()
			for k := range 2 {
				if sub == 0x05 {
					r[k] = uint64(int32(a[k]))
				} else {
					r[k] = uint64(a[k])
				}
			}
		}
	case sub <= 0x0a:
		size := uint64(1) << (sub - 7)
		x := leU(simdAddr(mem, fr, i, size))
		switch size {
		case 1:
			x *= 0x0101010101010101
		case 2:
			x *= 0x0001000100010001
		case 4:
			x *= 0x0000000100000001
		}
		r = vec{x, x}
	case sub == 0x0b:
		b := simdAddr(mem, fr, i, 16)
		v := vget(fr, i.y)
		putLE(b[:8], v[0])
		putLE(b[8:], v[1])
		return
	case sub <= 0x57:
		size := uint64(1) << (sub - 0x54)
		x := leU(simdAddr(mem, fr, i, size))
		r = vget(fr, i.y)
		bitsN := 8 * size
		half, at := uint64(i.n)*bitsN/64, uint64(i.n)*bitsN%64
		m := uint64(1)<<bitsN - 1 // all ones for 64: Go's 1<<64 is 0
		r[half] = r[half]&^(m<<at) | x<<at
	case sub <= 0x5b:
		size := uint64(1) << (sub - 0x58)
		b := simdAddr(mem, fr, i, size)
		v := vget(fr, i.y)
		bitsN := 8 * size
		half, at := uint64(i.n)*bitsN/64, uint64(i.n)*bitsN%64
		putLE(b, v[half]>>at)
		return
	case sub == 0x5c:
		r = vec{leU(simdAddr(mem, fr, i, 4)), 0}
	default:
		r = vec{leU(simdAddr(mem, fr, i, 8)), 0}
	}
	vput(fr, i.d, r)
}

// shift shifts each lane by n modulo the lane width, the switch outside
// the lane loops.
func shift(x vec, sub uint16, n uint32) vec {
	switch sub {
	case 0x6b:
		a := x.u8()
		for k := range a {
			a[k] <<= n & 7
		}
		return of8(a)
	case 0x6c:
		a := x.u8()
		for k := range a {
			a[k] = uint8(int8(a[k]) >> (n & 7))
		}
		return of8(a)
	case 0x6d:
		a := x.u8()
		for k := range a {
			a[k] >>= n & 7
		}
		return of8(a)
	case 0x8b:
		a := x.u16()
		for k := range a {
			a[k] <<= n & 15
		}
		return of16(a)
	case 0x8c:
		a := x.u16()
		for k := range a {
			a[k] = uint16(int16(a[k]) >> (n & 15))
		}
		return of16(a)
	case 0x8d:
		a := x.u16()
		for k := range a {
			a[k] >>= n & 15
		}
		return of16(a)
	case 0xab:
		a := x.u32()
		for k := range a {
			a[k] <<= n & 31
		}
		return of32(a)
	case 0xac:
		a := x.u32()
		for k := range a {
			a[k] = uint32(int32(a[k]) >> (n & 31))
		}
		return of32(a)
	case 0xad:
		a := x.u32()
		for k := range a {
			a[k] >>= n & 31
		}
		return of32(a)
	case 0xcb:
		return vec{x[0] << (n & 63), x[1] << (n & 63)}
	case 0xcc:
		return vec{uint64(int64(x[0]) >> (n & 63)), uint64(int64(x[1]) >> (n & 63))}
	}
	return vec{x[0] >> (n & 63), x[1] >> (n & 63)}
}

// Lane-wise addition and subtraction within a uint64 (SWAR): the lanes'
// top bits, h, are left out of the carry chain and put back by xor, so
// that no carry or borrow crosses a lane.
func addLanes(x, y vec, h uint64) vec {
	return vec{(x[0]&^h + y[0]&^h) ^ (x[0]^y[0])&h, (x[1]&^h + y[1]&^h) ^ (x[1]^y[1])&h}
}

func subLanes(x, y vec, h uint64) vec {
	return vec{(x[0] | h - y[0]&^h) ^ (x[0]^^y[0])&h, (x[1] | h - y[1]&^h) ^ (x[1]^^y[1])&h}
}

// The top bit of each lane, by lane width.
const (
	top8  = 0x8080808080808080
	top16 = 0x8000800080008000
	top32 = 0x8000000080000000
)

// extend widens the low (high false) or high half of x's lanes of width
// bits, signed or not, to lanes twice as wide.
func extend(x vec, width int, high, signed bool) vec {
	switch width {
	case 8:
		a := x.u8()
		var out [8]uint16
		for k := range out {
			l := a[k]
			if high {
				l = a[k+8]
			}
			if signed {
				out[k] = uint16(int8(l))
			} else {
				out[k] = uint16(l)
			}
		}
		return of16(out)
	case 16:
		a := x.u16()
		var out [4]uint32
		for k := range out {
			l := a[k]
			if high {
				l = a[k+4]
			}
			if signed {
				out[k] = uint32(int16(l))
			} else {
				out[k] = uint32(l)
			}
		}
		return of32(out)
	}
	a := x.u32()
	var out vec
	for k := range out {
		l := a[k]
		if high {
			l = a[k+2]
		}
		if signed {
			out[k] = uint64(int32(l))
		} else {
			out[k] = uint64(l)
		}
	}
	return out
}

// simdUnary runs the v128 -> v128 instructions; false for others.
func simdUnary(x vec, sub uint16) (vec, bool) {
	switch sub {
	case 0x4d:
		return vec{^x[0], ^x[1]}, true
	case 0x5e:
		a := x.f64()
		return ofF32([4]float32{float32(a[0]), float32(a[1])}), true
	case 0x5f:
		a := x.f32()
		return ofF64([2]float64{float64(a[0]), float64(a[1])}), true
	case 0x60:
		return map8(x, x, func(a, _ uint8) uint8 { return uint8(abs(int64(int8(a)))) }), true
	case 0x61:
		return map8(x, x, func(a, _ uint8) uint8 { return -a }), true
	case 0x62:
		return map8(x, x, func(a, _ uint8) uint8 { return uint8(bits.OnesCount8(a)) }), true
	case 0x67:
		return unF32(x, math.Ceil), true
	case 0x68:
		return unF32(x, math.Floor), true
	case 0x69:
		return unF32(x, math.Trunc), true
	case 0x6a:
		return unF32(x, math.RoundToEven), true
	case 0x74:
		return unF64(x, math.Ceil), true
	case 0x75:
		return unF64(x, math.Floor), true
	case 0x7a:
		return unF64(x, math.Trunc), true
	case 0x94:
		return unF64(x, math.RoundToEven), true
	case 0x7c, 0x7d:
		a := x.u8()
		var out [8]uint16
		for k := range out {
			if sub == 0x7c {
				out[k] = uint16(int16(int8(a[2*k])) + int16(int8(a[2*k+1])))
			} else {
				out[k] = uint16(a[2*k]) + uint16(a[2*k+1])
			}
		}
		return of16(out), true
	case 0x7e, 0x7f:
		a := x.u16()
		var out [4]uint32
		for k := range out {
			if sub == 0x7e {
				out[k] = uint32(int32(int16(a[2*k])) + int32(int16(a[2*k+1])))
			} else {
				out[k] = uint32(a[2*k]) + uint32(a[2*k+1])
			}
		}
		return of32(out), true
	case 0x80:
		return map16(x, x, func(a, _ uint16) uint16 { return uint16(abs(int64(int16(a)))) }), true
	case 0x81:
		return map16(x, x, func(a, _ uint16) uint16 { return -a }), true
	case 0x87, 0x88, 0x89, 0x8a:
		return extend(x, 8, sub == 0x88 || sub == 0x8a, sub <= 0x88), true
	case 0xa0:
		return map32(x, x, func(a, _ uint32) uint32 { return uint32(abs(int64(int32(a)))) }), true
	case 0xa1:
		return map32(x, x, func(a, _ uint32) uint32 { return -a }), true
	case 0xa7, 0xa8, 0xa9, 0xaa:
		return extend(x, 16, sub == 0xa8 || sub == 0xaa, sub <= 0xa8), true
	case 0xc0:
		return map64(x, x, func(a, _ uint64) uint64 {
			if int64(a) < 0 {
				return -a
			}
			return a
		}), true
	case 0xc1:
		return vec{-x[0], -x[1]}, true
	case 0xc7, 0xc8, 0xc9, 0xca:
		return extend(x, 32, sub == 0xc8 || sub == 0xca, sub <= 0xc8), true
	case 0xe0:
		return vec{x[0] &^ 0x8000000080000000, x[1] &^ 0x8000000080000000}, true
	case 0xe1:
		return vec{x[0] ^ 0x8000000080000000, x[1] ^ 0x8000000080000000}, true
	case 0xe3:
		return unF32(x, math.Sqrt), true
	case 0xec:
		return vec{x[0] &^ (1 << 63), x[1] &^ (1 << 63)}, true
	case 0xed:
		return vec{x[0] ^ (1 << 63), x[1] ^ (1 << 63)}, true
	case 0xef:
		return unF64(x, math.Sqrt), true
	case 0xf8, 0xf9:
		a := x.f32()
		var out [4]uint32
		for k, f := range a {
			if sub == 0xf8 {
				out[k] = uint32(satS32(float64(f)))
			} else {
				out[k] = uint32(satU32(float64(f)))
			}
		}
		return of32(out), true
	case 0xfa, 0xfb:
		a := x.u32()
		var out [4]float32
		for k, l := range a {
			if sub == 0xfa {
				out[k] = float32(int32(l))
			} else {
				out[k] = float32(l)
			}
		}
		return ofF32(out), true
	case 0xfc, 0xfd:
		a := x.f64()
		var out [4]uint32
		for k, f := range a {
			if sub == 0xfc {
				out[k] = uint32(satS32(f))
			} else {
				out[k] = uint32(satU32(f))
			}
		}
		return of32(out), true
	case 0xfe, 0xff:
		a := x.u32()
		if sub == 0xfe {
			return ofF64([2]float64{float64(int32(a[0])), float64(int32(a[1]))}), true
		}
		return ofF64([2]float64{float64(a[0]), float64(a[1])}), true
	}
	return vec{}, false
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// simdBinary runs the v128 v128 -> v128 instructions.
func simdBinary(x, y vec, sub uint16) vec {
	switch {
	case sub >= 0x23 && sub <= 0x2c:
		a, b := x.u8(), y.u8()
		cmpLanes[uint8, int8](a[:], b[:], sub-0x23)
		return of8(a)
	case sub >= 0x2d && sub <= 0x36:
		a, b := x.u16(), y.u16()
		cmpLanes[uint16, int16](a[:], b[:], sub-0x2d)
		return of16(a)
	case sub >= 0x37 && sub <= 0x40:
		a, b := x.u32(), y.u32()
		cmpLanes[uint32, int32](a[:], b[:], sub-0x37)
		return of32(a)
	case sub >= 0x41 && sub <= 0x46:
		return cmpF32(x, y, func(a, b float32) bool { return cmpFloat(sub-0x41, float64(a), float64(b)) })
	case sub >= 0x47 && sub <= 0x4c:
		return cmpF64(x, y, func(a, b float64) bool { return cmpFloat(sub-0x47, a, b) })
	case sub >= 0xd6 && sub <= 0xdb:
		// eq ne lt_s gt_s le_s ge_s, numbered as cmpLanes numbers them.
		cmpLanes[uint64, int64](x[:], y[:], [...]uint16{0, 1, 2, 4, 6, 8}[sub-0xd6])
		return x
	}
	switch sub {
	case 0x4e:
		return vec{x[0] & y[0], x[1] & y[1]}
	case 0x4f:
		return vec{x[0] &^ y[0], x[1] &^ y[1]}
	case 0x50:
		return vec{x[0] | y[0], x[1] | y[1]}
	case 0x51:
		return vec{x[0] ^ y[0], x[1] ^ y[1]}
	case 0x65, 0x66:
		a, b := x.u16(), y.u16()
		var out [16]uint8
		for k := range 8 {
			if sub == 0x65 {
				out[k], out[k+8] = satI8(int32(int16(a[k]))), satI8(int32(int16(b[k])))
			} else {
				out[k], out[k+8] = satU8(int32(int16(a[k]))), satU8(int32(int16(b[k])))
			}
		}
		return of8(out)
	case 0x85, 0x86:
		a, b := x.u32(), y.u32()
		var out [8]uint16
		for k := range 4 {
			if sub == 0x85 {
				out[k], out[k+4] = satI16(int32(a[k])), satI16(int32(b[k]))
			} else {
				out[k], out[k+4] = satU16(int64(int32(a[k]))), satU16(int64(int32(b[k])))
			}
		}
		return of16(out)
	case 0x6e:
		return addLanes(x, y, top8)
	case 0x6f:
		return map8(x, y, func(a, b uint8) uint8 { return satI8(int32(int8(a)) + int32(int8(b))) })
	case 0x70:
		return map8(x, y, func(a, b uint8) uint8 { return satU8(int32(a) + int32(b)) })
	case 0x71:
		return subLanes(x, y, top8)
	case 0x72:
		return map8(x, y, func(a, b uint8) uint8 { return satI8(int32(int8(a)) - int32(int8(b))) })
	case 0x73:
		return map8(x, y, func(a, b uint8) uint8 { return satU8(int32(a) - int32(b)) })
	case 0x76:
		return map8(x, y, func(a, b uint8) uint8 { return uint8(min(int8(a), int8(b))) })
	case 0x77:
		return map8(x, y, func(a, b uint8) uint8 { return min(a, b) })
	case 0x78:
		return map8(x, y, func(a, b uint8) uint8 { return uint8(max(int8(a), int8(b))) })
	case 0x79:
		return map8(x, y, func(a, b uint8) uint8 { return max(a, b) })
	case 0x7b:
		return map8(x, y, func(a, b uint8) uint8 { return uint8((uint16(a) + uint16(b) + 1) / 2) })
	case 0x82:
		return map16(x, y, func(a, b uint16) uint16 {
			return satI16((int32(int16(a))*int32(int16(b)) + 0x4000) >> 15)
		})
	case 0x8e:
		return addLanes(x, y, top16)
	case 0x8f:
		return map16(x, y, func(a, b uint16) uint16 { return satI16(int32(int16(a)) + int32(int16(b))) })
	case 0x90:
		return map16(x, y, func(a, b uint16) uint16 { return satU16(int64(a) + int64(b)) })
	case 0x91:
		return subLanes(x, y, top16)
	case 0x92:
		return map16(x, y, func(a, b uint16) uint16 { return satI16(int32(int16(a)) - int32(int16(b))) })
	case 0x93:
		return map16(x, y, func(a, b uint16) uint16 { return satU16(int64(a) - int64(b)) })
	case 0x95:
		return map16(x, y, func(a, b uint16) uint16 { return a * b })
	case 0x96:
		return map16(x, y, func(a, b uint16) uint16 { return uint16(min(int16(a), int16(b))) })
	case 0x97:
		return map16(x, y, func(a, b uint16) uint16 { return min(a, b) })
	case 0x98:
		return map16(x, y, func(a, b uint16) uint16 { return uint16(max(int16(a), int16(b))) })
	case 0x99:
		return map16(x, y, func(a, b uint16) uint16 { return max(a, b) })
	case 0x9b:
		return map16(x, y, func(a, b uint16) uint16 { return uint16((uint32(a) + uint32(b) + 1) / 2) })
	case 0x9c, 0x9d, 0x9e, 0x9f:
		high, signed := sub == 0x9d || sub == 0x9f, sub <= 0x9d
		return map16(extend(x, 8, high, signed), extend(y, 8, high, signed), func(a, b uint16) uint16 { return a * b })
	case 0xae:
		return addLanes(x, y, top32)
	case 0xb1:
		return subLanes(x, y, top32)
	case 0xb5:
		return map32(x, y, func(a, b uint32) uint32 { return a * b })
	case 0xb6:
		return map32(x, y, func(a, b uint32) uint32 { return uint32(min(int32(a), int32(b))) })
	case 0xb7:
		return map32(x, y, func(a, b uint32) uint32 { return min(a, b) })
	case 0xb8:
		return map32(x, y, func(a, b uint32) uint32 { return uint32(max(int32(a), int32(b))) })
	case 0xb9:
		return map32(x, y, func(a, b uint32) uint32 { return max(a, b) })
	case 0xba:
		a, b := x.u16(), y.u16()
		var out [4]uint32
		for k := range out {
			p := int32(int16(a[2*k]))*int32(int16(b[2*k])) + int32(int16(a[2*k+1]))*int32(int16(b[2*k+1]))
			out[k] = uint32(p)
		}
		return of32(out)
	case 0xbc, 0xbd, 0xbe, 0xbf:
		high, signed := sub == 0xbd || sub == 0xbf, sub <= 0xbd
		return map32(extend(x, 16, high, signed), extend(y, 16, high, signed), func(a, b uint32) uint32 { return a * b })
	case 0xce:
		return vec{x[0] + y[0], x[1] + y[1]}
	case 0xd1:
		return vec{x[0] - y[0], x[1] - y[1]}
	case 0xd5:
		return vec{x[0] * y[0], x[1] * y[1]}
	case 0xdc, 0xdd, 0xde, 0xdf:
		high, signed := sub == 0xdd || sub == 0xdf, sub <= 0xdd
		a, b := extend(x, 32, high, signed), extend(y, 32, high, signed)
		return vec{a[0] * b[0], a[1] * b[1]}
	case 0xe4:
		return mapF32(x, y, func(a, b float32) float32 { return a + b })
	case 0xe5:
		return mapF32(x, y, func(a, b float32) float32 { return a - b })
	case 0xe6:
		return mapF32(x, y, func(a, b float32) float32 { return a * b })
	case 0xe7:
		return mapF32(x, y, func(a, b float32) float32 { return a / b })
	case 0xe8:
		// The scalar fmin and fmax serve both widths: a float32 converts
		// to float64 exactly.
		return mapF32(x, y, func(a, b float32) float32 { return float32(fmin(float64(a), float64(b))) })
	case 0xe9:
		return mapF32(x, y, func(a, b float32) float32 { return float32(fmax(float64(a), float64(b))) })
	case 0xea:
		return mapF32(x, y, func(a, b float32) float32 {
			if b < a {
				return b
			}
			return a
		})
	case 0xeb:
		return mapF32(x, y, func(a, b float32) float32 {
			if a < b {
				return b
			}
			return a
		})
	case 0xf0:
		return mapF64(x, y, func(a, b float64) float64 { return a + b })
	case 0xf1:
		return mapF64(x, y, func(a, b float64) float64 { return a - b })
	case 0xf2:
		return mapF64(x, y, func(a, b float64) float64 { return a * b })
	case 0xf3:
		return mapF64(x, y, func(a, b float64) float64 { return a / b })
	case 0xf4:
		return mapF64(x, y, fmin)
	case 0xf5:
		return mapF64(x, y, fmax)
	case 0xf6:
		return mapF64(x, y, func(a, b float64) float64 {
			if b < a {
				return b
			}
			return a
		})
	case 0xf7:
		return mapF64(x, y, func(a, b float64) float64 {
			if a < b {
				return b
			}
			return a
		})
	}
	// Validation admits no other sub-opcode here.
	panic(newTrap("unreachable"))
}

// cmpLanes sets each lane of a to all ones where the integer comparison
// numbered c (eq ne lt_s lt_u gt_s gt_u le_s le_u ge_s ge_u) of it with
// b's holds, else to zero; S is the signed type of the lanes U. The
// switch is outside the loops, where llhttp's i8x16.eq and lt_u want it.
func cmpLanes[U uint8 | uint16 | uint32 | uint64, S int8 | int16 | int32 | int64](a, b []U, c uint16) {
	b = b[:len(a)]
	m := func(t bool) U { return -U(b2u(t)) }
	switch c {
	case 0:
		for k := range a {
			a[k] = m(a[k] == b[k])
		}
	case 1:
		for k := range a {
			a[k] = m(a[k] != b[k])
		}
	case 2:
		for k := range a {
			a[k] = m(S(a[k]) < S(b[k]))
		}
	case 3:
		for k := range a {
			a[k] = m(a[k] < b[k])
		}
	case 4:
		for k := range a {
			a[k] = m(S(a[k]) > S(b[k]))
		}
	case 5:
		for k := range a {
			a[k] = m(a[k] > b[k])
		}
	case 6:
		for k := range a {
			a[k] = m(S(a[k]) <= S(b[k]))
		}
	case 7:
		for k := range a {
			a[k] = m(a[k] <= b[k])
		}
	case 8:
		for k := range a {
			a[k] = m(S(a[k]) >= S(b[k]))
		}
	default:
		for k := range a {
			a[k] = m(a[k] >= b[k])
		}
	}
}

// cmpFloat compares as the float comparisons numbered c (eq ne lt gt le
// ge) do.
func cmpFloat(c uint16, a, b float64) bool {
	switch c {
	case 0:
		return a == b
	case 1:
		return a != b
	case 2:
		return a < b
	case 3:
		return a > b
	case 4:
		return a <= b
	}
	return a >= b
}
