package stdlib

import (
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"

	"github.com/kilnjs/kiln/vm"
)

// The WHATWG Encoding Standard's TextEncoder and TextDecoder, as Node
// exposes them globally. The classes are JavaScript (encodingSource); the
// byte work is Go. UTF-8, UTF-16LE/BE and windows-1252 decode here as node
// decodes them (node decodes the latin1 labels byte for byte, though it
// names them windows-1252); every other encoding of the standard decodes
// through golang.org/x/text's encodings. The label table is Kiln's own
// (encoding_labels.go).
//
// JavaScript strings reach Go as WTF-8 (vm.Runtime.GoString): a lone
// surrogate is the three-byte sequence ED A0..BF 80..BF, which encoding
// replaces with U+FFFD as the standard's encoder does.

// fillEncoding makes the natives of lib/internal/encoding.js, whose
// TextEncoder and TextDecoder become globals on first use (lazyGlobals).
func fillEncoding(n *Node, b vm.Value) {
	rt := n.VM
	rt.DefineMethod(b, "encode", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewUint8Array(wtf8ToUTF8(rt.GoString(vm.Arg(args, 0))))
	})
	rt.DefineMethod(b, "encodeInto", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		dst, _ := rt.BufferBytes(vm.Arg(args, 1))
		read, written := encodeInto(rt.GoString(vm.Arg(args, 0)), dst)
		return rt.NewArray([]vm.Value{vm.Int(read), vm.Int(written)})
	})
	rt.DefineMethod(b, "encodingName", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if name := encodingName(rt.ToGoString(vm.Arg(args, 0))); name != "" {
			return rt.NewString(name)
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "decode", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return n.decodeText(vm.Arg(args, 0), vm.Arg(args, 1), rt.ToBoolean(vm.Arg(args, 2)))
	})
}

// writeText writes s, a string from JavaScript, to a stream as UTF-8:
// lone surrogates (WTF-8 inside Kiln) become U+FFFD, as Node writes them.
func writeText(w io.Writer, s string) {
	if strings.IndexByte(s, 0xED) < 0 {
		// A file, the usual stdout, is asked as itself: io.WriteString's
		// question (does it have WriteString?) is answered the first time
		// by searching the type's methods, some 1% of a hello world.
		if f, ok := w.(*os.File); ok {
			writeFileString(f, s)
			return
		}
		io.WriteString(w, s)
		return
	}
	if f, ok := w.(*os.File); ok {
		writeFileBytes(f, wtf8ToUTF8(s))
		return
	}
	w.Write(wtf8ToUTF8(s))
}

// wtf8ToUTF8 replaces each encoded lone surrogate by U+FFFD.
func wtf8ToUTF8(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if isWTF8Surrogate(s, i) {
			out = utf8.AppendRune(out, utf8.RuneError)
			i += 3
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		out = append(out, s[i:i+w]...)
		i += w
	}
	return out
}

func isWTF8Surrogate(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF
}

// encodeInto is the Encoding Standard's encodeInto: whole code points only,
// read counted in UTF-16 code units.
func encodeInto(s string, dst []byte) (read, written int) {
	for i := 0; i < len(s); {
		units, w, enc := 1, 3, s[i:min(i+3, len(s))]
		if !isWTF8Surrogate(s, i) {
			var r rune
			r, w = utf8.DecodeRuneInString(s[i:])
			enc = s[i : i+w]
			if r >= 0x10000 {
				units = 2
			}
		} else {
			enc = "\uFFFD"
		}
		if written+len(enc) > len(dst) {
			break
		}
		written += copy(dst[written:], enc)
		read += units
		i += w
	}
	return read, written
}

// encodingName is the Encoding Standard's "get an encoding" giving the
// encoding's name, or "" for a label it does not know (or the replacement
// encoding, which TextDecoder refuses).
func encodingName(label string) string {
	// Node trims the standard's ASCII whitespace only and lowercases with
	// String.prototype.toLowerCase, under which U+212A KELVIN SIGN is the
	// one non-ASCII character that turns ASCII; Go's strings.ToLower would
	// also turn U+0130 into an i, a label node refuses.
	label = strings.Map(func(r rune) rune {
		switch {
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		case r == '\u212A':
			return 'k'
		}
		return r
	}, strings.Trim(label, "\t\n\f\r "))
	name := labelEncodingName(label)
	if name == "replacement" {
		return ""
	}
	return name
}

// decodeText is TextDecoder.prototype.decode over the decoder's state
// object (encoding, fatal, ignoreBOM, pending bytes of an unfinished
// stream, whether the stream's first code point has been seen).
func (n *Node) decodeText(state, input vm.Value, stream bool) vm.Value {
	rt := n.VM
	name := rt.ToGoString(rt.GetS(state, "encoding"))
	fatal := rt.ToBoolean(rt.GetS(state, "fatal"))
	var data []byte
	if p, ok := rt.BufferBytes(rt.GetS(state, "pending")); ok {
		data = append(data, p...)
	}
	if in, ok := rt.BufferBytes(input); ok {
		data = append(data, in...)
	}
	var out []rune
	var bad bool
	var used int
	switch name {
	case "utf-8":
		out, bad, used = decodeUTF8(data, !stream)
	case "utf-16le", "utf-16be":
		out, bad, used = decodeUTF16(data, name == "utf-16be", !stream)
	case "windows-1252":
		for _, c := range data {
			out = append(out, rune(c))
		}
		used = len(data)
	default:
		out, bad, used = decodeLegacy(name, data, !stream)
	}
	if stream && used < len(data) {
		rt.SetS(state, "pending", rt.NewUint8Array(append([]byte(nil), data[used:]...)))
	} else {
		rt.SetS(state, "pending", vm.Undefined)
	}
	if bad && fatal {
		rt.SetS(state, "pending", vm.Undefined)
		rt.SetS(state, "bomSeen", vm.Bool(false))
		rt.Throw(n.newNodeError(vm.ErrType, "ERR_ENCODING_INVALID_ENCODED_DATA",
			"The encoded data was not valid for encoding "+name))
	}
	if len(out) > 0 && !rt.ToBoolean(rt.GetS(state, "bomSeen")) {
		rt.SetS(state, "bomSeen", vm.Bool(true))
		if out[0] == 0xFEFF && !rt.ToBoolean(rt.GetS(state, "ignoreBOM")) && strings.HasPrefix(name, "utf-") {
			out = out[1:]
		}
	}
	if !stream {
		rt.SetS(state, "bomSeen", vm.Bool(false))
	}
	return rt.NewString(string(out))
}

// decodeUTF8 is the Encoding Standard's UTF-8 decoder: one U+FFFD per
// maximal invalid subpart. Unless flush, an unfinished sequence at the end
// is left unread (used stops before it) for the next chunk.
func decodeUTF8(b []byte, flush bool) (out []rune, bad bool, used int) {
	var cp rune
	needed, seen, lower, upper, start := 0, 0, byte(0x80), byte(0xBF), 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if needed == 0 {
			start = i
			switch {
			case c <= 0x7F:
				out = append(out, rune(c))
			case c >= 0xC2 && c <= 0xDF:
				needed, cp = 1, rune(c&0x1F)
			case c >= 0xE0 && c <= 0xEF:
				if c == 0xE0 {
					lower = 0xA0
				} else if c == 0xED {
					upper = 0x9F
				}
				needed, cp = 2, rune(c&0xF)
			case c >= 0xF0 && c <= 0xF4:
				if c == 0xF0 {
					lower = 0x90
				} else if c == 0xF4 {
					upper = 0x8F
				}
				needed, cp = 3, rune(c&7)
			default:
				out, bad = append(out, utf8.RuneError), true
			}
			continue
		}
		if c < lower || c > upper {
			// The byte starts over; the unfinished sequence is one error.
			needed, seen, lower, upper = 0, 0, 0x80, 0xBF
			out, bad = append(out, utf8.RuneError), true
			i--
			continue
		}
		lower, upper = 0x80, 0xBF
		cp = cp<<6 | rune(c&0x3F)
		if seen++; seen == needed {
			out = append(out, cp)
			needed, seen = 0, 0
		}
	}
	if needed == 0 {
		return out, bad, len(b)
	}
	if !flush {
		return out, bad, start
	}
	return append(out, utf8.RuneError), true, len(b)
}

// decodeUTF16 is the Encoding Standard's shared UTF-16 decoder.
func decodeUTF16(b []byte, bigEndian, flush bool) (out []rune, bad bool, used int) {
	i := 0
	for ; i+1 < len(b); i += 2 {
		u := rune(b[i]) | rune(b[i+1])<<8
		if bigEndian {
			u = rune(b[i])<<8 | rune(b[i+1])
		}
		switch {
		case u >= 0xD800 && u <= 0xDBFF:
			if i+3 >= len(b) {
				if !flush {
					return out, bad, i
				}
				return append(out, utf8.RuneError), true, len(b)
			}
			v := rune(b[i+2]) | rune(b[i+3])<<8
			if bigEndian {
				v = rune(b[i+2])<<8 | rune(b[i+3])
			}
			if v >= 0xDC00 && v <= 0xDFFF {
				out = append(out, 0x10000+(u-0xD800)<<10+(v-0xDC00))
				i += 2
				continue
			}
			out, bad = append(out, utf8.RuneError), true
		case u >= 0xDC00 && u <= 0xDFFF:
			out, bad = append(out, utf8.RuneError), true
		default:
			out = append(out, u)
		}
	}
	if i < len(b) {
		if !flush {
			return out, bad, i
		}
		return append(out, utf8.RuneError), true, len(b)
	}
	return out, bad, len(b)
}

// decodeLegacy decodes the standard's other encodings with x/text, whose
// decoders write U+FFFD for invalid input (no legacy encoding maps a valid
// byte sequence to U+FFFD, so its presence is the error signal).
func decodeLegacy(name string, b []byte, flush bool) (out []rune, bad bool, used int) {
	e := namedEncoding(name)
	if e == nil {
		return nil, true, len(b)
	}
	return decodeWith(e, b, flush)
}

// decodeWith decodes b with e, reporting U+FFFD in the output as an error.
func decodeWith(e encoding.Encoding, b []byte, flush bool) (out []rune, bad bool, used int) {
	dst := make([]byte, 4*len(b)+16)
	nDst, nSrc, _ := e.NewDecoder().Transform(dst, b, flush)
	for _, r := range string(dst[:nDst]) {
		bad = bad || r == utf8.RuneError
		out = append(out, r)
	}
	return out, bad, nSrc
}
