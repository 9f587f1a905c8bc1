package stdlib

// The Go half of node:http2 is HPACK (RFC 7541) alone: header-block
// compression with its Huffman code and per-connection dynamic tables.
// Everything else (frames, streams, flow control, the API) is JavaScript
// in lib/internal/http2_core.js, over Kiln's net and tls sockets; the
// reasoning for that split is at the top of that file.
//
// HPACK is golang.org/x/net/http2/hpack's rather than one of our own: the
// Huffman table is 257 codes that must be exactly the RFC's, the
// dynamic-table eviction rules are easy to get subtly wrong, and the
// package is the Go team's, pure Go, imports only the standard library
// and is fuzzed and used by net/http's HTTP/2 on every Go server. Kiln
// links a copy (internal/xnet) whose static table is built on first use:
// upstream's is built in package initialisation, in every process.

import (
	"github.com/kilnjs/kiln/internal/xnet/http2/hpack"
	"github.com/kilnjs/kiln/vm"
)

// hpackContext is one connection's pair of tables: the encoder for the
// header blocks we send, the decoder for those the peer sends.
type hpackContext struct {
	enc *hpack.Encoder
	dec *hpack.Decoder
	out []byte
}

func (c *hpackContext) Write(p []byte) (int, error) {
	c.out = append(c.out, p...)
	return len(p), nil
}

// latin1 turns a JavaScript string into header bytes: code units below
// 256 are one byte each, as node sends them; other text goes as UTF-8.
func latin1(s string) string {
	if isASCII(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r < 256 {
			b = append(b, byte(r))
		} else {
			b = append(b, string(r)...)
		}
	}
	return string(b)
}

// fromLatin1 reads header bytes as node does: one character per byte.
func fromLatin1(s string) string {
	if isASCII(s) {
		return s
	}
	return decodeBytes([]byte(s), "latin1")
}

func fillHTTP2(n *Node, b vm.Value) {
	rt := n.VM
	contexts := map[int]*hpackContext{}
	next := 0
	lookup := func(args []vm.Value) *hpackContext { return contexts[int(rt.ToNumber(vm.Arg(args, 0)))] }

	// hpackOpen() makes a connection's tables and returns their number.
	rt.DefineMethod(b, "hpackOpen", 0, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		next++
		c := &hpackContext{}
		c.enc = hpack.NewEncoder(c)
		c.dec = hpack.NewDecoder(4096, nil)
		contexts[next] = c
		return vm.Int(next)
	})
	rt.DefineMethod(b, "hpackClose", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		delete(contexts, int(rt.ToNumber(vm.Arg(args, 0))))
		return vm.Undefined
	})
	// hpackEncode(id, [name, value, sensitive, ...]) returns the header
	// block; sensitive fields go as never-indexed literals.
	rt.DefineMethod(b, "hpackEncode", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := lookup(args)
		if c == nil {
			return vm.Undefined
		}
		list := rt.ArrayValues(vm.Arg(args, 1))
		c.out = c.out[:0]
		for i := 0; i+2 < len(list); i += 3 {
			f := hpack.HeaderField{Name: latin1(rt.ToGoString(list[i])), Value: latin1(rt.ToGoString(list[i+1])),
				Sensitive: rt.ToBoolean(list[i+2])}
			_ = c.enc.WriteField(f)
		}
		return rt.NewUint8Array(append([]byte(nil), c.out...))
	})
	// hpackTableSize(id, size) applies the peer's SETTINGS_HEADER_TABLE_SIZE
	// to the encoder.
	rt.DefineMethod(b, "hpackTableSize", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if c := lookup(args); c != nil {
			size := uint32(rt.ToNumber(vm.Arg(args, 1)))
			c.enc.SetMaxDynamicTableSizeLimit(size)
			c.enc.SetMaxDynamicTableSize(min(size, 4096))
		}
		return vm.Undefined
	})
	// hpackDecode(id, block) returns [[name, value, ...], [names sent
	// never-indexed]], or a string
	// saying why the block is not valid HPACK (a COMPRESSION_ERROR).
	rt.DefineMethod(b, "hpackDecode", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := lookup(args)
		if c == nil {
			return rt.NewString("session closed")
		}
		data, _ := rt.BufferBytes(vm.Arg(args, 1))
		fields, err := c.dec.DecodeFull(data)
		if err != nil {
			return rt.NewString(err.Error())
		}
		out := make([]vm.Value, 0, 2*len(fields))
		var sensitive []vm.Value
		for _, f := range fields {
			name := rt.NewString(fromLatin1(f.Name))
			out = append(out, name, rt.NewString(fromLatin1(f.Value)))
			if f.Sensitive {
				sensitive = append(sensitive, name)
			}
		}
		return rt.NewArray([]vm.Value{rt.NewArray(out), rt.NewArray(sensitive)})
	})
}
