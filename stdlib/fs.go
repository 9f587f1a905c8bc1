package stdlib

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kilnjs/kiln/vm"
)

// The fs module's first slice: readFile, writeFile and stat, callback and
// promise forms. The system calls run on the loop's worker pool and their
// results reach JavaScript in the poll phase, as libuv's fs requests do.
// Work functions touch only Go values; the callback stays pinned until the
// completion runs on the loop goroutine.

// fsRequest runs work on the pool, then calls the pinned JavaScript
// callback with what done returns.
func (n *Node) fsRequest(cb vm.Value, work func(), done func() []vm.Value) {
	rt := n.VM
	pin := rt.Pin(cb)
	err := n.Loop.QueueWork(work, func() {
		fn := rt.Pinned(pin)
		rt.Unpin(pin)
		var args []vm.Value
		if exc := rt.Try(func() {
			args = done()
			rt.Call(fn, vm.Undefined, args...)
		}); exc != nil {
			n.uncaught(exc)
		}
	})
	if err != nil {
		rt.Unpin(pin)
		rt.Throw(n.uvException(err, "uv_queue_work", ""))
	}
}

// fsError is a failed fs operation as Node reports it: open and stat name
// the path; read and write, which work on an open descriptor, do not.
func (n *Node) fsError(err error, path string) vm.Value {
	op := "open"
	var pe *fs.PathError
	if errors.As(err, &pe) {
		op = pe.Op
	}
	switch op {
	case "read", "write", "close":
		path = ""
	}
	return n.uvException(err, op, path)
}

// openFlags is Node's stringToFlags.
var openFlags = map[string]int{
	"r": os.O_RDONLY, "rs": os.O_RDONLY | os.O_SYNC, "sr": os.O_RDONLY | os.O_SYNC,
	"r+": os.O_RDWR, "rs+": os.O_RDWR | os.O_SYNC, "sr+": os.O_RDWR | os.O_SYNC,
	"w": os.O_TRUNC | os.O_CREATE | os.O_WRONLY, "wx": os.O_TRUNC | os.O_CREATE | os.O_WRONLY | os.O_EXCL,
	"xw": os.O_TRUNC | os.O_CREATE | os.O_WRONLY | os.O_EXCL,
	"w+": os.O_TRUNC | os.O_CREATE | os.O_RDWR, "wx+": os.O_TRUNC | os.O_CREATE | os.O_RDWR | os.O_EXCL,
	"xw+": os.O_TRUNC | os.O_CREATE | os.O_RDWR | os.O_EXCL,
	"a":   os.O_APPEND | os.O_CREATE | os.O_WRONLY, "ax": os.O_APPEND | os.O_CREATE | os.O_WRONLY | os.O_EXCL,
	"xa": os.O_APPEND | os.O_CREATE | os.O_WRONLY | os.O_EXCL, "as": os.O_APPEND | os.O_CREATE | os.O_WRONLY | os.O_SYNC,
	"sa": os.O_APPEND | os.O_CREATE | os.O_WRONLY | os.O_SYNC,
	"a+": os.O_APPEND | os.O_CREATE | os.O_RDWR, "ax+": os.O_APPEND | os.O_CREATE | os.O_RDWR | os.O_EXCL,
	"xa+": os.O_APPEND | os.O_CREATE | os.O_RDWR | os.O_EXCL, "as+": os.O_APPEND | os.O_CREATE | os.O_RDWR | os.O_SYNC,
	"sa+": os.O_APPEND | os.O_CREATE | os.O_RDWR | os.O_SYNC,
}

// makeFS builds the fs module.
func (n *Node) makeFS() vm.Value {
	rt := n.VM
	b := rt.NewObject()
	n.installErrorBindings(b)
	flags := func(v vm.Value) int {
		if v.IsNumber() {
			return int(rt.ToNumber(v))
		}
		f, ok := openFlags[rt.ToGoString(v)]
		if !ok {
			o := DefaultInspectOptions()
			rt.Throw(n.newNodeError(vm.ErrType, "ERR_INVALID_ARG_VALUE", "The argument 'flags' is invalid. Received "+n.Inspect(v, o)))
		}
		return f
	}
	// readFile(path, encoding, flag, cb): cb(err, string or Uint8Array).
	rt.DefineMethod(b, "readFile", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		path, enc, flag := rt.ToGoString(args[0]), vm.Arg(args, 1), flags(vm.Arg(args, 2))
		var data []byte
		var err error
		n.fsRequest(vm.Arg(args, 3), func() {
			var f *os.File
			if f, err = os.OpenFile(path, flag, 0); err == nil {
				data, err = io.ReadAll(f)
				f.Close()
			}
		}, func() []vm.Value {
			if err != nil {
				return []vm.Value{n.fsError(err, path)}
			}
			if enc == vm.Undefined || enc == vm.Null {
				return []vm.Value{vm.Null, rt.NewUint8Array(data)}
			}
			return []vm.Value{vm.Null, rt.NewString(decodeBytes(data, rt.ToGoString(enc)))}
		})
		return vm.Undefined
	})
	// writeFile(path, data, encoding, flag, mode, cb): cb(err).
	rt.DefineMethod(b, "writeFile", 6, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		path, flag, mode := rt.ToGoString(args[0]), flags(vm.Arg(args, 3)), os.FileMode(rt.ToNumber(vm.Arg(args, 4)))
		var data []byte
		if d := vm.Arg(args, 1); d.IsString() {
			data = encodeString(rt.GoString(d), rt.ToGoString(vm.Arg(args, 2)))
		} else if bs, ok := rt.BufferBytes(d); ok {
			data = append([]byte(nil), bs...)
		}
		var err error
		n.fsRequest(vm.Arg(args, 5), func() {
			var f *os.File
			if f, err = os.OpenFile(path, flag, mode&os.ModePerm); err == nil {
				_, err = f.Write(data)
				if cerr := f.Close(); err == nil {
					err = cerr
				}
			}
		}, func() []vm.Value {
			if err != nil {
				return []vm.Value{n.fsError(err, path)}
			}
			return []vm.Value{vm.Null}
		})
		return vm.Undefined
	})
	// stat(path, lstat, cb): cb(err, [dev, mode, ..., birthtimeMs]).
	rt.DefineMethod(b, "stat", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		path, lstat := rt.ToGoString(args[0]), rt.ToBoolean(vm.Arg(args, 1))
		var st statFields
		var err error
		n.fsRequest(vm.Arg(args, 2), func() { st, err = statPath(path, lstat) }, func() []vm.Value {
			if err != nil {
				return []vm.Value{n.fsError(err, path)}
			}
			vals := make([]vm.Value, len(st))
			for i, f := range st {
				vals[i] = vm.Float(f)
			}
			return []vm.Value{vm.Null, rt.NewArray(vals)}
		})
		return vm.Undefined
	})
	rt.DefineMethod(b, "decode", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data, _ := rt.BufferBytes(vm.Arg(args, 0))
		return rt.NewString(decodeBytes(data, rt.ToGoString(vm.Arg(args, 1))))
	})
	return n.runInternal("fs", b)
}

// statFields are a Stats object's numbers in the order of Node's Stats
// constructor: dev, mode, nlink, uid, gid, rdev, blksize, ino, size,
// blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs.
type statFields [14]float64

// goModeToUnix rebuilds st_mode from a FileMode where the OS gives no
// stat structure.
func goModeToUnix(m fs.FileMode) float64 {
	bits := uint32(m.Perm())
	switch {
	case m.IsDir():
		bits |= 0o040000
	case m&fs.ModeSymlink != 0:
		bits |= 0o120000
	case m&fs.ModeNamedPipe != 0:
		bits |= 0o010000
	case m&fs.ModeSocket != 0:
		bits |= 0o140000
	case m&fs.ModeCharDevice != 0:
		bits |= 0o020000
	case m&fs.ModeDevice != 0:
		bits |= 0o060000
	default:
		bits |= 0o100000
	}
	return float64(bits)
}

// decodeBytes is Buffer.toString(encoding) for the encodings Node knows
// (the JavaScript side has already rejected any other name). The result
// is UTF-8 for vm.NewString.
func decodeBytes(data []byte, enc string) string {
	switch strings.ToLower(enc) {
	case "latin1", "binary":
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
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		u := make([]uint16, len(data)/2)
		for i := range u {
			u[i] = uint16(data[2*i]) | uint16(data[2*i+1])<<8
		}
		return string(utf16.Decode(u))
	}
	// UTF-8 with each invalid byte replaced, as the WHATWG decoder does.
	if utf8.Valid(data) {
		return string(data)
	}
	var sb strings.Builder
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		sb.WriteRune(r)
		data = data[size:]
	}
	return sb.String()
}

// encodeString is Buffer.from(s, encoding); s is WTF-8 (vm.GoString), so
// lone surrogates become U+FFFD in UTF-8 as they do in Node.
func encodeString(s, enc string) []byte {
	switch strings.ToLower(enc) {
	case "latin1", "binary", "ascii":
		out := make([]byte, 0, len(s))
		for _, u := range utf16.Encode([]rune(s)) {
			out = append(out, byte(u))
		}
		return out
	case "hex":
		b, _ := hex.DecodeString(s[:len(s)&^1])
		return b
	case "base64", "base64url":
		s = strings.TrimRight(strings.NewReplacer("-", "+", "_", "/", "\n", "", "\r", "", " ", "").Replace(s), "=")
		b, _ := base64.RawStdEncoding.DecodeString(s)
		return b
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		var out []byte
		for _, u := range utf16.Encode([]rune(s)) {
			out = append(out, byte(u), byte(u>>8))
		}
		return out
	}
	var out []byte
	for i := 0; i < len(s); {
		// A WTF-8 surrogate (ED A0..BF xx) is one replacement character.
		if s[i] == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
			out = utf8.AppendRune(out, utf8.RuneError)
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		out = utf8.AppendRune(out, r)
		i += size
	}
	return out
}


