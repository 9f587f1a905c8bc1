// Package jsnum converts between float64 and strings exactly as ECMAScript
// (ECMA-262) and V8 do: Number::toString, toString(radix), toFixed,
// toExponential, toPrecision, ToNumber applied to strings, the global parseInt
// and parseFloat, and the modular integer conversions (ToInt32 and friends).
//
// It owns only the numeric algorithms. It knows nothing of JavaScript values,
// objects or exceptions: arguments arrive as plain Go types already converted
// by the caller, and range checks that throw in JavaScript (toFixed digits
// outside 0..100, radix outside 2..36) are the caller's job. Functions given
// such arguments anyway clamp them rather than panic.
//
// Strings are Go strings holding the UTF-8 form of the JavaScript string.
// Unpaired surrogates cannot appear in the syntax this package accepts, so
// their encoding does not matter: any such input is simply not a number.
//
// Where the specification leaves digits to the implementation (radix
// fractions, parseInt in odd radices), the output follows V8, because Node is
// the behaviour reference for Kiln.
package jsnum
