package stdlib

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"hash/crc32"
	"io"
	"runtime"

	"github.com/kilnjs/kiln/internal/deflate"
	"github.com/kilnjs/kiln/vm"
)

// The zlib module's Go half: compression on internal/deflate, which makes
// node's bytes, and decompression on Go's compress/flate, gzip and zlib
// packages. lib/zlib.js validates options and builds the stream classes;
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
//
// Go's decompressors pull their input from an io.Reader, while a stream is
// pushed chunk by chunk. A streaming decompressor therefore runs on its own
// goroutine as a coroutine of push: it reads until it has consumed the
// chunk, hands back what it decoded and waits for the next one. Only one
// of the two sides runs at a time. When JavaScript drops the push function
// before the end, a runtime cleanup closes the input channel, which ends
// the goroutine.

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
	errZHeader    = &zError{"incorrect header check", "Z_DATA_ERROR", -3}
	errZWindow    = &zError{"invalid window size", "Z_DATA_ERROR", -3}
	errZCheck     = &zError{"incorrect data check", "Z_DATA_ERROR", -3}
	errZCorrupt   = &zError{"invalid block type", "Z_DATA_ERROR", -3}
	errZDict      = &zError{"Missing dictionary", "Z_NEED_DICT", 2}
	errZTruncated = &zError{"unexpected end of file", "Z_BUF_ERROR", -5}
	// errZClosed ends a streaming decompressor whose stream was dropped.
	errZClosed = errors.New("zlib stream closed")
)

// asZError maps a Go decompression error to zlib's.
func asZError(err error) *zError {
	var ze *zError
	var corrupt flate.CorruptInputError
	switch {
	case errors.As(err, &ze):
		return ze
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, zlib.ErrHeader):
		return errZHeader
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, zlib.ErrChecksum):
		return errZCheck
	case errors.Is(err, zlib.ErrDictionary):
		return errZDict
	case errors.As(err, &corrupt):
		return errZCorrupt
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

// newDecompressor reads the container header (for zlib and gzip) and
// returns a reader of the decompressed data.
func newDecompressor(o zopts, r io.Reader) (io.Reader, error) {
	if o.mode == zInflateRaw {
		return flate.NewReader(r), nil
	}
	br := bufio.NewReader(r)
	head, err := br.Peek(2)
	if err != nil {
		return nil, errZTruncated
	}
	mode := o.mode
	if mode == zUnzip {
		mode = zInflate
		if head[0] == 0x1f && head[1] == 0x8b {
			mode = zGunzip
		}
	}
	if mode == zGunzip {
		if head[0] != 0x1f || head[1] != 0x8b {
			return nil, errZHeader
		}
		gz, err := gzip.NewReader(br)
		if errors.Is(err, io.EOF) {
			return nil, errZTruncated
		}
		if err != nil {
			return nil, err
		}
		gz.Multistream(false)
		return &gzipMembers{gz: gz, br: br}, nil
	}
	if head[0]&0x0f != 8 || (int(head[0])<<8|int(head[1]))%31 != 0 {
		return nil, errZHeader
	}
	if wb := o.windowBits; wb != 0 && int(head[0]>>4)+8 > wb {
		return nil, errZWindow
	}
	zr, err := zlib.NewReader(br)
	if errors.Is(err, io.EOF) {
		return nil, errZTruncated
	}
	return zr, err
}

// gzipMembers reads the members of a gzip stream one after another, as
// zlib's gunzip does. Go's own multistream reading looks for the next
// member's header inside the Read that ends a member, so a stream's last
// output waited, held in that Read, for input that was never coming;
// here a member ends one Read and the next header is read by the next.
// After a member, input that is not a gzip header is zlib's "incorrect
// header check".
type gzipMembers struct {
	gz         *gzip.Reader
	br         *bufio.Reader
	memberDone bool
}

func (g *gzipMembers) Read(p []byte) (int, error) {
	if g.memberDone {
		head, _ := g.br.Peek(2)
		switch {
		case len(head) == 0:
			return 0, io.EOF
		case head[0] != 0x1f || len(head) == 2 && head[1] != 0x8b:
			return 0, errZHeader
		case len(head) < 2:
			return 0, errZTruncated
		}
		if err := g.gz.Reset(g.br); err != nil {
			if errors.Is(err, io.EOF) {
				return 0, errZTruncated
			}
			return 0, err
		}
		g.gz.Multistream(false)
		g.memberDone = false
	}
	n, err := g.gz.Read(p)
	if err == io.EOF {
		g.memberDone = true
		err = nil
	}
	return n, err
}

// zlibProcess runs a whole buffer through o's compressor or decompressor.
func zlibProcess(o zopts, in []byte) ([]byte, *zError) {
	if o.compresses() {
		out, _ := newCompressor(o).Write(in, deflate.Flush(o.finishFlush))
		return out, nil
	}
	r, err := newDecompressor(o, bytes.NewReader(in))
	if err != nil {
		return nil, asZError(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		ze := asZError(err)
		if ze == errZTruncated && o.finishFlush != zFinish {
			return out, nil
		}
		return nil, ze
	}
	return out, nil
}

// inflateStream is the goroutine side of a streaming decompressor; see the
// top of the file.
type inflateStream struct {
	in  chan []byte // a nil chunk is the end of the input
	out chan inflateStep
	// Goroutine-only state.
	cur, pending  []byte
	primed, ended bool
}

// inflateStep is the answer to one chunk: what was decoded from it and,
// when done, how the stream ended.
type inflateStep struct {
	data []byte
	done bool
	err  error
}

func (s *inflateStream) Read(p []byte) (int, error) {
	for len(s.cur) == 0 {
		if s.ended {
			return 0, io.EOF
		}
		if s.primed {
			s.out <- inflateStep{data: s.pending}
			s.pending = nil
		}
		s.primed = true
		chunk, ok := <-s.in
		if !ok {
			return 0, errZClosed
		}
		if chunk == nil {
			s.ended = true
		}
		s.cur = chunk
	}
	n := copy(p, s.cur)
	s.cur = s.cur[n:]
	return n, nil
}

func (s *inflateStream) run(o zopts) {
	r, err := newDecompressor(o, s)
	if err == nil {
		buf := make([]byte, 32*1024)
		for err == nil {
			var n int
			n, err = r.Read(buf)
			s.pending = append(s.pending, buf[:n]...)
		}
	}
	if err == io.EOF {
		err = nil
	}
	s.out <- inflateStep{data: s.pending, done: true, err: err}
}

// inflateDriver is the loop side of a streaming decompressor. A cleanup on
// it closes the input channel, so nothing else may hold it but push.
type inflateDriver struct {
	s        *inflateStream
	finished bool
}

func newInflateDriver(o zopts) *inflateDriver {
	s := &inflateStream{in: make(chan []byte), out: make(chan inflateStep, 1)}
	go s.run(o)
	d := &inflateDriver{s: s}
	runtime.AddCleanup(d, func(in chan []byte) { close(in) }, s.in)
	return d
}

// push feeds chunk (nil at the end of the input) and returns what it
// decoded. Input after the end of the compressed stream is ignored, as
// zlib ignores it.
func (d *inflateDriver) push(chunk []byte, o zopts) ([]byte, *zError) {
	if d.finished {
		return nil, nil
	}
	if chunk != nil && len(chunk) == 0 {
		return nil, nil
	}
	d.s.in <- chunk
	step := <-d.s.out
	if !step.done {
		return step.data, nil
	}
	d.finished = true
	if step.err != nil {
		ze := asZError(step.err)
		if ze == errZTruncated && o.finishFlush != zFinish {
			return step.data, nil
		}
		return step.data, ze
	}
	return step.data, nil
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
}

// zlibPushFunction makes the push(chunk, flush) function of a stream.
func (n *Node) zlibPushFunction(o zopts) vm.Value {
	rt := n.VM
	if !o.compresses() {
		d := newInflateDriver(o)
		return rt.NewNativeFunction("push", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			// Only Z_FINISH ends the input, after the chunk it comes with
			// (node's one-shot calls and minizlib's end() pass an empty
			// one): another flush has nothing to do in a decompressor that
			// hands out all it can.
			var out []byte
			if data, ok := rt.BufferBytes(vm.Arg(args, 0)); ok && len(data) > 0 {
				var ze *zError
				if out, ze = d.push(bytes.Clone(data), o); ze != nil {
					rt.Throw(n.zlibException(ze))
				}
			}
			if int(rt.ToNumber(vm.Arg(args, 1))) == zFinish {
				rest, ze := d.push(nil, o)
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
