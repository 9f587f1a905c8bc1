package stdlib

import (
	"bytes"
	"errors"
	"io"

	"github.com/andybalholm/brotli"
	"github.com/kilnjs/kiln/vm"
)

// Brotli for node:zlib, on github.com/andybalholm/brotli (third_party/brotli), a pure-Go port
// of Google's C library (Go's standard library has none). At node's
// defaults (quality 11, lgwin 22) its output is node's, byte for byte.
// lib/zlib.js validates options and builds the streams; the bindings are
// zlib's, for the two brotli modes:
//
//   - brotliSync(mode, data, params, finishFlush) runs a whole buffer
//     through and returns the result or throws;
//   - brotliAsync(..., callback) does the same on the loop's worker pool;
//   - brotliStream(mode, params) returns a native function push(chunk, op)
//     that feeds one chunk with a BROTLI_OPERATION_* and returns what came
//     out.
//
// params is node's Uint32Array of BROTLI_PARAM_* values, 0xFFFFFFFF where
// unset. The library's public API takes only the quality and window size
// from the encoder's, and the large window from the decoder's; the
// encoder's MODE, LGBLOCK, SIZE_HINT, DISABLE_LITERAL_CONTEXT_MODELING,
// LARGE_WINDOW, NPOSTFIX and NDIRECT are validated (in JavaScript) but do
// not reach it, so they leave the output as at their defaults: a stream
// any decoder reads, a few bytes from the one node would write.

// The brotli modes and operations, numbered as zlib.constants numbers them.
const (
	brotliDecode = 8
	brotliEncode = 9

	brotliOpProcess  = 0
	brotliOpFlush    = 1
	brotliOpFinish   = 2
	brotliOpMetadata = 3
)

// The parameters Kiln's library takes, by their BROTLI_PARAM_* and
// BROTLI_DECODER_PARAM_* numbers.
const (
	brotliParamQuality      = 1
	brotliParamLgwin        = 2
	brotliDecoderLargeWin   = 1
	brotliParamUnset        = 0xFFFFFFFF
	brotliDefaultQuality    = 11
	brotliDefaultWindowBits = 22
)

// brotliParam returns params[key] as the C library reads it (an int from
// the uint32 node stored), or def when unset.
func brotliParam(params []uint32, key, def int) int {
	if key >= len(params) || params[key] == brotliParamUnset {
		return def
	}
	return int(int32(params[key]))
}

// newBrotliWriter makes an encoder writing to dst. The C library clamps
// the quality and window size into range rather than refusing them, and so
// does this; windows past 24 bits need LARGE_WINDOW, which the library lacks.
func newBrotliWriter(dst io.Writer, params []uint32) *brotli.Writer {
	quality := min(max(brotliParam(params, brotliParamQuality, brotliDefaultQuality), 0), 11)
	lgwin := min(max(brotliParam(params, brotliParamLgwin, brotliDefaultWindowBits), 10), 24)
	return brotli.NewWriterOptions(dst, brotli.WriterOptions{Quality: quality, LGWin: lgwin})
}

// brotliEncoder is an encoder driven as node drives one.
type brotliEncoder struct {
	out    bytes.Buffer
	w      *brotli.Writer
	closed bool
}

// push feeds chunk with op and returns what came out. After FINISH, input
// is ignored, as the C encoder's is.
func (e *brotliEncoder) push(chunk []byte, op int) ([]byte, *zError) {
	if e.closed {
		return nil, nil
	}
	if op == brotliOpMetadata {
		return nil, errBrotliMetadata
	}
	// Writing to a bytes.Buffer cannot fail, nor can an open Writer.
	e.w.Write(chunk)
	switch op {
	case brotliOpFlush:
		e.w.Flush()
	case brotliOpFinish:
		e.w.Close()
		e.closed = true
	}
	out := bytes.Clone(e.out.Bytes())
	e.out.Reset()
	return out, nil
}

var errBrotliMetadata = &zError{"BROTLI_OPERATION_EMIT_METADATA is not supported by Kiln's brotli encoder",
	"ERR_FEATURE_UNAVAILABLE_ON_PLATFORM", 0}

// brotliFeed is the decoder's source: the chunk being pushed, then
// errStarved until the next one, or io.EOF once the input has ended.
type brotliFeed struct {
	chunk []byte
	ended bool
}

var errStarved = errors.New("brotli: waiting for input")

func (f *brotliFeed) Read(p []byte) (int, error) {
	if len(f.chunk) == 0 {
		if f.ended {
			return 0, io.EOF
		}
		return 0, errStarved
	}
	n := copy(p, f.chunk)
	f.chunk = f.chunk[n:]
	return n, nil
}

// brotliDecoder is a decoder driven as node drives one: each push gives
// out all that the input so far decodes.
type brotliDecoder struct {
	feed     brotliFeed
	r        *brotli.Reader
	finished bool
}

func newBrotliDecoder(params []uint32) *brotliDecoder {
	d := &brotliDecoder{}
	large := brotliParam(params, brotliDecoderLargeWin, 0) != 0
	d.r = brotli.NewReaderOptions(&d.feed, brotli.ReaderOptions{LargeWindow: large})
	return d
}

// push feeds chunk and returns what it decoded. A FINISH that leaves the
// stream incomplete is zlib's "unexpected end of file", as in node; other
// operations only wait for more. Input past the end of the stream is
// ignored, as node ignores it.
func (d *brotliDecoder) push(chunk []byte, op int) ([]byte, *zError) {
	if d.finished {
		return nil, nil
	}
	d.feed.chunk = chunk
	var out []byte
	var buf [32 << 10]byte
	for {
		n, err := d.r.Read(buf[:])
		out = append(out, buf[:n]...)
		switch {
		case err == nil:
			continue
		case errors.Is(err, errStarved):
			if op == brotliOpFinish {
				d.feed.ended = true
				continue
			}
			return out, nil
		case err == io.EOF:
			d.finished = true
			return out, nil
		case errors.Is(err, io.ErrUnexpectedEOF):
			d.finished = true
			return out, errZTruncated
		case isBrotliExcessInput(err):
			d.finished = true
			return out, nil
		}
		d.finished = true
		return nil, brotliDecodeError(err)
	}
}

// isBrotliExcessInput tells the library's error for bytes after the end
// of the stream, which it does not export.
func isBrotliExcessInput(err error) bool {
	return err.Error() == "brotli: excessive input"
}

// brotliDecodeError is node's error for a failed decode: "Decompression
// failed" with the C library's error name and number. The library's
// errors carry its own shortened names ("brotli: PADDING_1"), mapped
// back here.
func brotliDecodeError(err error) *zError {
	name, _ := bytes.CutPrefix([]byte(err.Error()), []byte("brotli: "))
	for _, e := range brotliErrors {
		if e.short == string(name) {
			return &zError{"Decompression failed", "ERR_" + e.long, e.code}
		}
	}
	return &zError{"Decompression failed", "ERR__ERROR_UNREACHABLE", -31}
}

var brotliErrors = []struct {
	short, long string
	code        int
}{
	{"EXUBERANT_NIBBLE", "_ERROR_FORMAT_EXUBERANT_NIBBLE", -1},
	{"RESERVED", "_ERROR_FORMAT_RESERVED", -2},
	{"EXUBERANT_META_NIBBLE", "_ERROR_FORMAT_EXUBERANT_META_NIBBLE", -3},
	{"SIMPLE_HUFFMAN_ALPHABET", "_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET", -4},
	{"SIMPLE_HUFFMAN_SAME", "_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME", -5},
	{"CL_SPACE", "_ERROR_FORMAT_CL_SPACE", -6},
	{"HUFFMAN_SPACE", "_ERROR_FORMAT_HUFFMAN_SPACE", -7},
	{"CONTEXT_MAP_REPEAT", "_ERROR_FORMAT_CONTEXT_MAP_REPEAT", -8},
	{"BLOCK_LENGTH_1", "_ERROR_FORMAT_BLOCK_LENGTH_1", -9},
	{"BLOCK_LENGTH_2", "_ERROR_FORMAT_BLOCK_LENGTH_2", -10},
	{"TRANSFORM", "_ERROR_FORMAT_TRANSFORM", -11},
	{"DICTIONARY", "_ERROR_FORMAT_DICTIONARY", -12},
	{"WINDOW_BITS", "_ERROR_FORMAT_WINDOW_BITS", -13},
	{"PADDING_1", "_ERROR_FORMAT_PADDING_1", -14},
	{"PADDING_2", "_ERROR_FORMAT_PADDING_2", -15},
	{"DISTANCE", "_ERROR_FORMAT_DISTANCE", -16},
	{"BLOCK_SWITCH", "_ERROR_FORMAT_BLOCK_SWITCH", -17},
	{"DICTIONARY_NOT_SET", "_ERROR_DICTIONARY_NOT_SET", -19},
	{"INVALID_ARGUMENTS", "_ERROR_INVALID_ARGUMENTS", -20},
	{"CONTEXT_MODES", "_ERROR_ALLOC_CONTEXT_MODES", -21},
	{"TREE_GROUPS", "_ERROR_ALLOC_TREE_GROUPS", -22},
	{"CONTEXT_MAP", "_ERROR_ALLOC_CONTEXT_MAP", -25},
	{"RING_BUFFER_1", "_ERROR_ALLOC_RING_BUFFER_1", -26},
	{"RING_BUFFER_2", "_ERROR_ALLOC_RING_BUFFER_2", -27},
	{"BLOCK_TYPE_TREES", "_ERROR_ALLOC_BLOCK_TYPE_TREES", -30},
	{"UNREACHABLE", "_ERROR_UNREACHABLE", -31},
}

// brotliEngine is an encoder or a decoder.
type brotliEngine interface {
	push(chunk []byte, op int) ([]byte, *zError)
}

func newBrotliEngine(mode int, params []uint32) brotliEngine {
	if mode == brotliEncode {
		e := &brotliEncoder{}
		e.w = newBrotliWriter(&e.out, params)
		return e
	}
	return newBrotliDecoder(params)
}

// brotliProcess runs a whole buffer through, ending with finishFlush as
// node's one-shot calls do.
func brotliProcess(mode int, params []uint32, in []byte, finishFlush int) ([]byte, *zError) {
	return newBrotliEngine(mode, params).push(in, finishFlush)
}

func fillBrotli(n *Node, b vm.Value) {
	rt := n.VM
	paramsOf := func(v vm.Value) []uint32 {
		data, _ := rt.BufferBytes(v)
		params := make([]uint32, len(data)/4)
		for i := range params {
			params[i] = uint32(data[4*i]) | uint32(data[4*i+1])<<8 | uint32(data[4*i+2])<<16 | uint32(data[4*i+3])<<24
		}
		return params
	}
	bytesOf := func(v vm.Value) []byte {
		data, _ := rt.BufferBytes(v)
		return bytes.Clone(data)
	}
	num := func(args []vm.Value, i int) int { return int(rt.ToNumber(vm.Arg(args, i))) }
	rt.DefineMethod(b, "brotliSync", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		out, ze := brotliProcess(num(args, 0), paramsOf(vm.Arg(args, 2)), bytesOf(vm.Arg(args, 1)), num(args, 3))
		if ze != nil {
			rt.Throw(n.zlibException(ze))
		}
		return rt.NewUint8Array(out)
	})
	rt.DefineMethod(b, "brotliAsync", 5, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		mode, in, params, finish := num(args, 0), bytesOf(vm.Arg(args, 1)), paramsOf(vm.Arg(args, 2)), num(args, 3)
		var out []byte
		var ze *zError
		n.fsRequest(vm.Arg(args, 4), func() { out, ze = brotliProcess(mode, params, in, finish) }, func() []vm.Value {
			if ze != nil {
				return []vm.Value{n.zlibException(ze)}
			}
			return []vm.Value{vm.Null, rt.NewUint8Array(out)}
		})
		return vm.Undefined
	})
	rt.DefineMethod(b, "brotliStream", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		e := newBrotliEngine(num(args, 0), paramsOf(vm.Arg(args, 1)))
		return rt.NewNativeFunction("push", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			data, _ := rt.BufferBytes(vm.Arg(args, 0))
			out, ze := e.push(data, num(args, 1))
			if ze != nil {
				rt.Throw(n.zlibException(ze))
			}
			return rt.NewUint8Array(out)
		})
	})
}
