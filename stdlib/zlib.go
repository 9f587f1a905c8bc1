package stdlib

import (
	"bytes"
	"errors"
	"hash/crc32"

	"github.com/kilnjs/kiln/internal/deflate"
	"github.com/kilnjs/kiln/vm"
)

// The zlib module's Go half: compression on internal/deflate, which makes
// node's bytes, and decompression on its Inflater, which gives out all
// that the input so far decodes, as zlib's inflate does. lib/zlib.js validates options and builds the stream classes;
// the bindings here do the byte work:
//
//   - zlibSync(mode, data, level, strategy, windowBits, finishFlush,
//     memLevel, chunkSize) runs a whole buffer through and returns the
//     result or throws;
//   - zlibAsync(..., callback) does the same on the loop's worker pool;
//   - zlibStream(mode, level, strategy, windowBits, finishFlush, memLevel,
//     chunkSize) returns a native function push(chunk, flush) that feeds
//     one chunk (undefined at the end) and returns what came out; a
//     compressor's also has params(level, strategy).

// The modes, numbered as zlib.constants numbers them.
const (
	zDeflate    = 1
	zInflate    = 2
	zGzip       = 3
	zGunzip     = 4
	zDeflateRaw = 5
	zInflateRaw = 6
	zUnzip      = 7
)

// Flush values, as zlib.constants names them.
const (
	zNoFlush = 0
	zFinish  = 4
)

// zopts are the options a compressor or decompressor is made with.
type zopts struct {
	mode, level, strategy, windowBits, finishFlush, memLevel, chunkSize int
}

func (o zopts) compresses() bool {
	return o.mode == zDeflate || o.mode == zGzip || o.mode == zDeflateRaw
}

// zError is a failure as zlib reports it: node's message, code and errno.
type zError struct {
	msg, code string
	errno     int
}

func (e *zError) Error() string { return e.msg }

var (
	errZDict      = &zError{"Missing dictionary", "Z_NEED_DICT", 2}
	errZTruncated = &zError{"unexpected end of file", "Z_BUF_ERROR", -5}
)

// asZError maps an inflater's error to zlib's.
func asZError(err error) *zError {
	var corrupt *deflate.CorruptError
	switch {
	case errors.As(err, &corrupt):
		return &zError{corrupt.Msg, "Z_DATA_ERROR", -3}
	case errors.Is(err, deflate.ErrNeedDict):
		return errZDict
	}
	return errZTruncated
}

// newCompressor makes o's deflate stream, driven as node drives one.
// The options were validated in JavaScript, so it cannot fail.
func newCompressor(o zopts) *deflate.Chunked {
	format := deflate.Raw
	switch o.mode {
	case zGzip:
		format = deflate.Gzip
	case zDeflate:
		format = deflate.Zlib
	}
	// Zero windowBits, memLevel and chunkSize are node's defaults.
	windowBits, memLevel, chunk := o.windowBits, o.memLevel, o.chunkSize
	if windowBits == 0 {
		windowBits = 15
	}
	if memLevel == 0 {
		memLevel = 8
	}
	if chunk == 0 {
		chunk = deflate.DefaultChunk
	}
	s, err := deflate.New(format, o.level, windowBits, memLevel, o.strategy)
	if err != nil {
		panic(err)
	}
	// node allocates its chunkSize buffer, which fails long before this;
	// the limit only keeps an absurd chunkSize from allocating here.
	return deflate.NewChunked(s, min(chunk, 1<<26))
}

// newDecompressor makes o's inflater.
func newDecompressor(o zopts) *deflate.Inflater {
	format := deflate.Raw
	switch o.mode {
	case zInflate:
		format = deflate.Zlib
	case zGunzip:
		format = deflate.Gzip
	case zUnzip:
		format = deflate.Detect
	}
	return deflate.NewInflater(format, o.windowBits)
}

// zlibProcess runs a whole buffer through o's compressor or decompressor.
func zlibProcess(o zopts, in []byte) ([]byte, *zError) {
	if o.compresses() {
		out, _ := newCompressor(o).Write(in, deflate.Flush(o.finishFlush))
		return out, nil
	}
	d := &inflateDriver{f: newDecompressor(o)}
	out, ze := d.push(in, false, o)
	if ze != nil {
		return nil, ze
	}
	rest, ze := d.push(nil, true, o)
	if ze != nil {
		return nil, ze
	}
	return append(out, rest...), nil
}

// inflateDriver runs a decompressor as a stream pushes to it.
type inflateDriver struct {
	f        *deflate.Inflater
	finished bool
}

// push feeds chunk and returns what it decoded; end ends the input, where
// a stream cut short is an error only when finishFlush is Z_FINISH, as in
// node. After the end, or an error, input is ignored.
func (d *inflateDriver) push(chunk []byte, end bool, o zopts) ([]byte, *zError) {
	if d.finished {
		return nil, nil
	}
	if end {
		d.finished = true
		err := d.f.Close()
		if err == nil {
			return nil, nil
		}
		if ze := asZError(err); ze != errZTruncated || o.finishFlush == zFinish {
			return nil, ze
		}
		return nil, nil
	}
	out, err := d.f.Write(chunk)
	if err != nil {
		d.finished = true
		return nil, asZError(err)
	}
	return out, nil
}

func fillZlib(n *Node, b vm.Value) {
	rt := n.VM
	optsOf := func(args []vm.Value) zopts {
		num := func(i int) int { return int(rt.ToNumber(vm.Arg(args, i))) }
		return zopts{mode: num(0), level: num(2), strategy: num(3), windowBits: num(4), finishFlush: num(5),
			memLevel: num(6), chunkSize: num(7)}
	}
	bytesOf := func(v vm.Value) []byte {
		data, _ := rt.BufferBytes(v)
		return bytes.Clone(data)
	}
	rt.DefineMethod(b, "zlibSync", 8, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		out, ze := zlibProcess(optsOf(args), bytesOf(vm.Arg(args, 1)))
		if ze != nil {
			rt.Throw(n.zlibException(ze))
		}
		return rt.NewUint8Array(out)
	})
	rt.DefineMethod(b, "zlibAsync", 9, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		o, in := optsOf(args), bytesOf(vm.Arg(args, 1))
		var out []byte
		var ze *zError
		n.fsRequest(vm.Arg(args, 8), func() { out, ze = zlibProcess(o, in) }, func() []vm.Value {
			if ze != nil {
				return []vm.Value{n.zlibException(ze)}
			}
			return []vm.Value{vm.Null, rt.NewUint8Array(out)}
		})
		return vm.Undefined
	})
	rt.DefineMethod(b, "zlibStream", 7, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		num := func(i int) int { return int(rt.ToNumber(vm.Arg(args, i))) }
		o := zopts{mode: num(0), level: num(1), strategy: num(2), windowBits: num(3), finishFlush: num(4),
			memLevel: num(5), chunkSize: num(6)}
		return n.zlibPushFunction(o)
	})
	rt.DefineMethod(b, "crc32", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data := vm.Arg(args, 0)
		var in []byte
		if data.IsString() {
			in = wtf8ToUTF8(rt.GoString(data))
		} else {
			in, _ = rt.BufferBytes(data)
		}
		init := uint32(rt.ToNumber(vm.Arg(args, 1)))
		return vm.Float(float64(crc32.Update(init, crc32.IEEETable, in)))
	})
	fillBrotli(n, b)
}

// zlibPushFunction makes the push(chunk, flush) function of a stream.
func (n *Node) zlibPushFunction(o zopts) vm.Value {
	rt := n.VM
	if !o.compresses() {
		d := &inflateDriver{f: newDecompressor(o)}
		return rt.NewNativeFunction("push", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			// Only Z_FINISH ends the input, after the chunk it comes with
			// (node's one-shot calls and minizlib's end() pass an empty
			// one): another flush has nothing to do in a decompressor that
			// hands out all it can.
			var out []byte
			if data, ok := rt.BufferBytes(vm.Arg(args, 0)); ok && len(data) > 0 {
				var ze *zError
				if out, ze = d.push(data, false, o); ze != nil {
					rt.Throw(n.zlibException(ze))
				}
			}
			if int(rt.ToNumber(vm.Arg(args, 1))) == zFinish {
				rest, ze := d.push(nil, true, o)
				if ze != nil {
					rt.Throw(n.zlibException(ze))
				}
				out = append(out, rest...)
			}
			return rt.NewUint8Array(out)
		})
	}
	c := newCompressor(o)
	closed := false
	push := rt.NewNativeFunction("push", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if closed {
			return rt.NewUint8Array(nil)
		}
		data, _ := rt.BufferBytes(vm.Arg(args, 0))
		flush := int(rt.ToNumber(vm.Arg(args, 1)))
		out, _ := c.Write(data, deflate.Flush(flush))
		closed = flush == zFinish
		return rt.NewUint8Array(out)
	})
	// params(level, strategy) follows node's, which flushes with
	// Z_SYNC_FLUSH first (in JavaScript), so deflateParams has nothing left
	// to compress and writes nothing.
	rt.DefineMethod(push, "params", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		var room [64]byte
		c.S.Params(int(rt.ToNumber(vm.Arg(args, 0))), int(rt.ToNumber(vm.Arg(args, 1))), room[:])
		return vm.Undefined
	})
	return push
}

// zlibException is node's error for a failed zlib operation: a plain Error
// with errno and code.
func (n *Node) zlibException(ze *zError) vm.Value {
	rt := n.VM
	e := rt.NewError(vm.ErrPlain, ze.msg)
	rt.CreateDataProperty(e, "errno", vm.Int(ze.errno))
	rt.CreateDataProperty(e, "code", rt.NewString(ze.code))
	return e
}
