// Package fdlibm computes the transcendental Math functions bit for bit as
// V8, and so Node, does: sin, cos, tan, asin, acos, atan, atan2, exp, expm1,
// log, log1p, log2, log10, cbrt, sinh, cosh, tanh, asinh, acosh, atanh and
// pow. ECMA-262 leaves their precision to the implementation; Kiln follows
// Node, whose results come from V8's port of fdlibm (and of FreeBSD msun for
// cbrt, log2 and log10) and differ from Go's math package in the last bit
// for many inputs.
//
// Every function is a plain func(float64) float64 (Atan2 and Pow take two)
// and implements the published fdlibm algorithm with its coefficients, which
// are what make results identical: argument reduction (for the trigonometric
// functions down to the multi-word reduction by 2/π that keeps
// Sin(1e300) exact), then a minimax polynomial or rational approximation on
// the reduced range. Where V8 departs from fdlibm (its own sinh and cosh
// range tests, exp(1) returning Math.E, one rearranged division in pow) the
// package follows V8. Pow also applies ECMAScript's special cases itself, so
// it is Number::exponentiate entire.
//
// The package owns only the numerics. It knows nothing of JavaScript values
// and never panics. Floor, ceil, sqrt, round and hypot are not here: V8 does
// not use fdlibm for them.
//
// Every float64 product is written as float64(a*b). Go may otherwise fuse a
// multiplication and an addition into one rounding (it does on arm64,
// ppc64le, s390x, riscv64 and amd64 with GOAMD64=v3), which changes last
// bits; the explicit conversion forbids that (Go spec, "Floating-point
// operators"), so results are the same on every architecture. Keep the
// conversions when editing.
//
// The algorithms, coefficients and comments on method come from fdlibm, as V8
// (src/base/ieee754.cc) uses them, under this notice:
//
//	Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
//	Developed at SunSoft, a Sun Microsystems, Inc. business.
//	Permission to use, copy, modify, and distribute this
//	software is freely granted, provided that this notice
//	is preserved.
//
// The FreeBSD msun files behind cbrt, log2 and log10 carry the same notice.
package fdlibm
