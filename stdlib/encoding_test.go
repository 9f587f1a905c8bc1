package stdlib_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEncodingAndClone checks TextEncoder, TextDecoder, structuredClone and
// DOMException against node; each want is the output of `node -p expr`.
func TestEncodingAndClone(t *testing.T) {
	for _, c := range []struct{ name, expr, want string }{
		{"encode replaces lone surrogates", `Array.from(new TextEncoder().encode('aé€😀\ud800')).join(' ')`, "97 195 169 226 130 172 240 159 152 128 239 191 189"},
		{"encodeInto writes whole code points only", `JSON.stringify(new TextEncoder().encodeInto('a\ud800😀b', new Uint8Array(8)))`, "{\"read\":4,\"written\":8}"},
		{"decode replaces each maximal invalid subpart", `JSON.stringify(new TextDecoder().decode(new Uint8Array([0xed, 0xa0, 0x80, 0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98])))`, "\"����A�\""},
		{"a stream keeps a split sequence and drops the BOM once", `(() => { const d = new TextDecoder(); return JSON.stringify(d.decode(new Uint8Array([0xef, 0xbb]), { stream: true }) + d.decode(new Uint8Array([0xbf, 0xe2]), { stream: true }) + '|' + d.decode()); })()`, "\"|�\""},
		{"labels map to WHATWG encodings", `[new TextDecoder('latin1').encoding, new TextDecoder(' UTF-16 ').encoding, new TextDecoder('utf-16be').decode(new Uint8Array([0, 0x41, 0xd8, 0x3d, 0xde, 0])), new TextDecoder('shift_jis').decode(new Uint8Array([0x82, 0xa0]))].join()`, "windows-1252,utf-16le,A😀,あ"},
		{"fatal mode throws node's error", `(() => { try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc3])); } catch (e) { return e.name + ' ' + e.code + ' ' + e.message; } })()`, "TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8"},
		{"an unknown label is a RangeError", `(() => { try { new TextDecoder('nope'); } catch (e) { return e.name + ' ' + e.code + ' ' + e.message; } })()`, "RangeError ERR_ENCODING_NOT_SUPPORTED The \"nope\" encoding is not supported"},
		{"structuredClone keeps cycles and built-in types", `(() => { const o = { d: new Date(0), r: /x/g, m: new Map([[1, new Set([2])]]), e: new TypeError('t') }; o.o = o; const c = structuredClone(o); return [c.o === c, c.d.getTime(), c.r.flags, c.m.get(1).has(2), c.e instanceof TypeError, c.e.message].join(); })()`, "true,0,g,true,true,t"},
		{"transfer detaches the buffer and its views", `(() => { const b = new ArrayBuffer(8); const v = new Uint16Array(b, 2, 2); v[0] = 7; const c = structuredClone({ v, b }, { transfer: [b] }); return [b.byteLength, v.length, c.v.buffer === c.b, c.v[0], c.v.byteOffset].join(); })()`, "0,0,true,7,2"},
		{"functions are not cloneable", `(() => { try { structuredClone({ f() {} }); } catch (e) { return [e.name, e.message, e.code, e instanceof DOMException, e instanceof Error].join(); } })()`, "DataCloneError,f() {} could not be cloned.,25,true,true"},
	} {
		t.Run(c.name, func(t *testing.T) {
			stdout, stderr, code := runSource(t, "console.log("+c.expr+")")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if diff := cmp.Diff(c.want, strings.TrimSuffix(stdout, "\n")); diff != "" {
				t.Error(diff)
			}
		})
	}
}
