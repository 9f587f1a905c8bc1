package stdlib

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kilnjs/kiln/vm"
)

// The byte work behind lib/buffer.js and lib/string_decoder.js: encoding
// strings to bytes and back in Node's encodings, and searching, comparing
// and filling bytes. The JavaScript side validates arguments and turns
// every encoding name into one of the canonical names below ("utf8",
// "utf16le", "latin1", "ascii", "base64", "base64url", "hex") before a
// native sees it; fs uses decodeBytes and encodeString the same way.
//
// JavaScript strings reach Go as WTF-8 (vm.Runtime.GoString), where a lone
// surrogate is the three bytes ED A0..BF 80..BF; encodings that work on
// UTF-16 code units (latin1, ascii, utf16le) keep it as its code unit,
// UTF-8 replaces it with U+FFFD as Node does.

func fillStringDecoder(n *Node, b vm.Value) {
	rt := n.VM
	// decodeUTF8(view, start, end) is the text of view's bytes from start
	// to end, each invalid sequence replaced as the Encoding Standard says
	// (V8's decoder, which node's StringDecoder hands complete chunks to).
	rt.DefineMethod(b, "decodeUTF8", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data, _ := rt.BufferBytes(vm.Arg(args, 0))
		end := max(0, min(len(data), int(rt.ToNumber(vm.Arg(args, 2)))))
		start := max(0, min(end, int(rt.ToNumber(vm.Arg(args, 1)))))
		return rt.NewString(decodeBytes(data[start:end], "utf8"))
	})
}

func fillBuffer(n *Node, b vm.Value) {
	rt := n.VM
	bytesOf := func(v vm.Value) []byte {
		data, _ := rt.BufferBytes(v)
		return data
	}
	// index reads an offset argument clamped to [0, n]: the JavaScript
	// side has validated it, the clamp keeps a bad call from slicing out
	// of range.
	index := func(args []vm.Value, i, n int) int {
		f := rt.ToNumber(vm.Arg(args, i))
		switch {
		case !(f > 0):
			return 0
		case f > float64(n):
			return n
		}
		return int(f)
	}
	// byteLength(string, enc) is the length encode would give.
	rt.DefineMethod(b, "byteLength", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Int(encodedLength(rt.GoString(vm.Arg(args, 0)), rt.GoString(vm.Arg(args, 1))))
	})
	// encode(string, enc) returns an ArrayBuffer of the encoded bytes.
	rt.DefineMethod(b, "encode", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewArrayBuffer(encodeString(rt.GoString(vm.Arg(args, 0)), rt.GoString(vm.Arg(args, 1))))
	})
	// decode(view, enc, start, end) decodes the bytes in [start, end),
	// by default all of them.
	rt.DefineMethod(b, "decode", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data := bytesOf(vm.Arg(args, 0))
		start, end := index(args, 2, len(data)), len(data)
		if vm.Arg(args, 3) != vm.Undefined {
			end = index(args, 3, len(data))
		}
		if start >= end {
			return rt.NewString("")
		}
		enc := rt.GoString(vm.Arg(args, 1))
		if normEncoding(enc) == "latin1" {
			// The HTTP parser decodes every message head this way.
			return rt.NewLatin1(data[start:end])
		}
		return rt.NewString(decodeBytes(data[start:end], enc))
	})
	// write(view, string, enc, offset, length) returns the bytes written:
	// only whole characters (whole code units for utf16le) go in.
	rt.DefineMethod(b, "write", 5, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data := bytesOf(vm.Arg(args, 0))
		off := index(args, 3, len(data))
		dst := data[off : off+index(args, 4, len(data)-off)]
		return vm.Int(writeString(dst, rt.GoString(vm.Arg(args, 1)), rt.GoString(vm.Arg(args, 2))))
	})
	// compare(a, b) is -1, 0 or 1 in byte order.
	rt.DefineMethod(b, "compare", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Int(bytes.Compare(bytesOf(vm.Arg(args, 0)), bytesOf(vm.Arg(args, 1))))
	})
	// indexOf(haystack, needle, byteOffset, forward, ucs2) searches for
	// bytes; with ucs2 only at even offsets, as Node searches UTF-16 text.
	rt.DefineMethod(b, "indexOf", 5, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data, needle := bytesOf(vm.Arg(args, 0)), bytesOf(vm.Arg(args, 1))
		from, forward := int(rt.ToNumber(vm.Arg(args, 2))), rt.ToBoolean(vm.Arg(args, 3))
		if rt.ToBoolean(vm.Arg(args, 4)) && len(needle) > 0 {
			return vm.Int(indexUnits(data, needle, from, forward))
		}
		return vm.Int(indexBytes(data, needle, from, forward))
	})
	// fill(view, pattern, start, end) repeats pattern over [start, end).
	rt.DefineMethod(b, "fill", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data, pat := bytesOf(vm.Arg(args, 0)), bytesOf(vm.Arg(args, 1))
		start, end := index(args, 2, len(data)), index(args, 3, len(data))
		if len(pat) == 0 || start >= end {
			return vm.Undefined
		}
		dst := data[start:end]
		for i := copy(dst, pat); i < len(dst); i *= 2 {
			copy(dst[i:], dst[:i])
		}
		return vm.Undefined
	})
	// transcode(view, from, to) gives an ArrayBuffer, or the ICU error
	// code Node reports when the bytes cannot be converted.
	rt.DefineMethod(b, "transcode", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		out, code := transcode(bytesOf(vm.Arg(args, 0)), rt.GoString(vm.Arg(args, 1)), rt.GoString(vm.Arg(args, 2)))
		if code != "" {
			return rt.NewString(code)
		}
		return rt.NewArrayBuffer(out)
	})
	rt.DefineMethod(b, "isUtf8", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Bool(utf8.Valid(bytesOf(vm.Arg(args, 0))))
	})
	rt.DefineMethod(b, "isAscii", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		for _, c := range bytesOf(vm.Arg(args, 0)) {
			if c >= 0x80 {
				return vm.False
			}
		}
		return vm.True
	})
}

// normEncoding gives the canonical name of an encoding Node knows, ""
// for any other name.
func normEncoding(enc string) string {
	switch strings.ToLower(enc) {
	case "utf8", "utf-8":
		return "utf8"
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return "utf16le"
	case "latin1", "binary":
		return "latin1"
	case "ascii", "base64", "base64url", "hex":
		return strings.ToLower(enc)
	}
	return ""
}

// decodeBytes is Buffer.toString(encoding); the result is WTF-8 for
// vm.NewString.
func decodeBytes(data []byte, enc string) string {
	switch normEncoding(enc) {
	case "latin1":
		r := make([]rune, len(data))
		for i, c := range data {
			r[i] = rune(c)
		}
		return string(r)
	case "ascii":
		r := make([]byte, len(data))
		for i, c := range data {
			r[i] = c & 0x7f
		}
		return string(r)
	case "hex":
		return hex.EncodeToString(data)
	case "base64":
		return base64.StdEncoding.EncodeToString(data)
	case "base64url":
		return base64.RawURLEncoding.EncodeToString(data)
	case "utf16le":
		u := make([]uint16, len(data)/2)
		for i := range u {
			u[i] = uint16(data[2*i]) | uint16(data[2*i+1])<<8
		}
		return unitsToWTF8(u)
	}
	if utf8.Valid(data) {
		return string(data)
	}
	r, _, _ := decodeUTF8(data, true)
	return string(r)
}

// encodeString is Buffer.from(s, encoding).
func encodeString(s, enc string) []byte {
	switch normEncoding(enc) {
	case "latin1", "ascii":
		u := wtf8Units(s)
		out := make([]byte, len(u))
		for i, c := range u {
			out[i] = byte(c)
		}
		return out
	case "hex":
		out := make([]byte, len(s)/2)
		return out[:writeHex(out, s)]
	case "base64", "base64url":
		out := make([]byte, len(s)*3/4+3)
		return out[:writeBase64(out, s)]
	case "utf16le":
		u := wtf8Units(s)
		out := make([]byte, 2*len(u))
		for i, c := range u {
			out[2*i], out[2*i+1] = byte(c), byte(c>>8)
		}
		return out
	}
	return wtf8ToUTF8(s)
}

// encodedLength is Buffer.byteLength(s, encoding): exact for most
// encodings, but for base64 Node's estimate from the length and padding,
// which counts characters the decoder would skip.
func encodedLength(s, enc string) int {
	switch enc {
	case "latin1", "ascii":
		return len(wtf8Units(s))
	case "utf16le":
		return 2 * len(wtf8Units(s))
	case "hex":
		return len(wtf8Units(s)) / 2
	case "base64", "base64url":
		n := len(wtf8Units(s))
		for i := 0; i < 2 && n > 0 && s[len(s)-1-i] == '='; i++ {
			n--
		}
		return n * 3 >> 2
	}
	n := 0
	for i := 0; i < len(s); {
		if isWTF8Surrogate(s, i) {
			n, i = n+3, i+3
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		n, i = n+w, i+w
	}
	return n
}

// writeString encodes s into dst as far as whole characters fit and
// returns the bytes written.
func writeString(dst []byte, s, enc string) int {
	switch enc {
	case "hex":
		return writeHex(dst, s)
	case "base64", "base64url":
		if len(dst) >= len(s)*3/4+3 {
			return writeBase64(dst, s)
		}
		return copy(dst, encodeString(s, enc))
	case "utf8":
		n := 0
		for i := 0; i < len(s); {
			var enc []byte
			w := 3
			if isWTF8Surrogate(s, i) {
				enc = []byte("\uFFFD")
			} else {
				_, w = utf8.DecodeRuneInString(s[i:])
				enc = []byte(s[i : i+w])
			}
			if n+len(enc) > len(dst) {
				break
			}
			n += copy(dst[n:], enc)
			i += w
		}
		return n
	case "utf16le":
		b := encodeString(s, enc)
		return copy(dst, b[:min(len(b), len(dst)&^1)])
	}
	return copy(dst, encodeString(s, enc))
}

// writeHex decodes pairs of hex digits until the first pair that is not
// one, as Node does, and returns the bytes written.
func writeHex(dst []byte, s string) int {
	n := 0
	for ; n < len(dst) && 2*n+1 < len(s); n++ {
		hi, ok1 := hexDigit(s[2*n])
		lo, ok2 := hexDigit(s[2*n+1])
		if !ok1 || !ok2 {
			break
		}
		dst[n] = hi<<4 | lo
	}
	return n
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// writeBase64 decodes both alphabets at once, skipping characters outside
// them and stopping at the first '=', as Node's decoder does; dst must
// have room for len(s)*3/4+3 bytes.
func writeBase64(dst []byte, s string) int {
	n, acc, bits := 0, uint32(0), 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var v byte
		switch {
		case c >= 'A' && c <= 'Z':
			v = c - 'A'
		case c >= 'a' && c <= 'z':
			v = c - 'a' + 26
		case c >= '0' && c <= '9':
			v = c - '0' + 52
		case c == '+' || c == '-':
			v = 62
		case c == '/' || c == '_':
			v = 63
		case c == '=':
			return n
		default:
			continue
		}
		acc, bits = acc<<6|uint32(v), bits+6
		if bits >= 8 {
			bits -= 8
			dst[n] = byte(acc >> bits)
			n++
		}
	}
	return n
}

// transcode is buffer.transcode between Node's ICU-backed encodings
// (canonical names). Characters the target cannot hold become '?', bytes
// the source cannot decode become U+FFFD, except between UTF-8 and UTF-16,
// where Node refuses invalid input with U_INVALID_CHAR_FOUND.
func transcode(data []byte, from, to string) ([]byte, string) {
	supported := func(e string) bool { return e == "utf8" || e == "utf16le" || e == "latin1" || e == "ascii" }
	if !supported(from) || !supported(to) {
		return nil, "U_ILLEGAL_ARGUMENT_ERROR"
	}
	var units []uint16
	switch from {
	case "utf8":
		if to == "utf16le" && !utf8.Valid(data) {
			return nil, "U_INVALID_CHAR_FOUND"
		}
		units = wtf8Units(decodeBytes(data, "utf8"))
	case "utf16le":
		units = make([]uint16, len(data)/2)
		for i := range units {
			units[i] = uint16(data[2*i]) | uint16(data[2*i+1])<<8
		}
	default:
		units = make([]uint16, len(data))
		for i, c := range data {
			units[i] = uint16(c)
			if from == "ascii" && c >= 0x80 {
				units[i] = utf8.RuneError
			}
		}
	}
	switch to {
	case "utf8":
		s := unitsToWTF8(units)
		for i := range s {
			if isWTF8Surrogate(s, i) {
				return nil, "U_INVALID_CHAR_FOUND"
			}
		}
		return []byte(s), ""
	case "utf16le":
		return encodeString(unitsToWTF8(units), "utf16le"), ""
	}
	limit := rune(0xFF)
	if to == "ascii" {
		limit = 0x7F
	}
	out := make([]byte, 0, len(units))
	for _, r := range []rune(string(utf16.Decode(units))) {
		if r > limit || r == utf8.RuneError {
			r = '?'
		}
		out = append(out, byte(r))
	}
	return out, ""
}

// indexBytes finds needle in data searching forward or backward from
// byteOffset, which counts from the end when negative; an empty needle is
// found where the search starts.
func indexBytes(data, needle []byte, byteOffset int, forward bool) int {
	from, ok := searchStart(len(data), len(needle), byteOffset, forward)
	if !ok {
		return -1
	}
	if len(needle) == 0 {
		return from
	}
	if forward {
		if i := bytes.Index(data[from:], needle); i >= 0 {
			return from + i
		}
		return -1
	}
	return bytes.LastIndex(data[:min(len(data), from+len(needle))], needle)
}

// searchStart is where a search of n bytes for a needle of m bytes begins
// for Node's byteOffset argument; ok is false when nothing can match.
func searchStart(n, m, byteOffset int, forward bool) (from int, ok bool) {
	switch from = byteOffset; {
	case from < 0 && from+n >= 0:
		return from + n, true
	case from < 0:
		return 0, forward || m == 0
	case from+m <= n:
		return from, true
	case m == 0:
		return n, true
	case forward:
		return 0, false
	}
	return n - 1, true
}

// indexUnits is indexBytes over UTF-16 code units: the haystack's odd last
// byte is ignored and matches start at even offsets only.
func indexUnits(data, needle []byte, byteOffset int, forward bool) int {
	from, ok := searchStart(len(data), len(needle), byteOffset, forward)
	data = data[:len(data)&^1]
	if !ok || len(needle) < 2 || len(data) < 2 {
		return -1
	}
	from &^= 1
	if forward {
		for from <= len(data) {
			i := bytes.Index(data[from:], needle)
			if i < 0 {
				return -1
			}
			if (from+i)%2 == 0 {
				return from + i
			}
			from += i + 1
		}
		return -1
	}
	end := min(len(data), from+len(needle))
	for end > 0 {
		i := bytes.LastIndex(data[:end], needle)
		if i < 0 || i%2 == 0 {
			return i
		}
		end = i + len(needle) - 1
	}
	return -1
}

// wtf8Units is the string's UTF-16 code units, lone surrogates included.
func wtf8Units(s string) []uint16 { return vm.UTF16Units(s) }

// unitsToWTF8 is the inverse of wtf8Units.
func unitsToWTF8(u []uint16) string { return vm.WTF8FromUnits(u) }
