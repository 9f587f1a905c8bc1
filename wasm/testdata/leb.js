// LEB128 encoders shared by the golden generators (numeric.js, simd.js).
'use strict';

// uleb encodes a non-negative Number.
function uleb(x) { const b = []; do { let c = x & 0x7f; x >>>= 7; if (x) c |= 0x80; b.push(c); } while (x); return b; }

// sleb encodes a BigInt.
function sleb(x) {
  const b = [];
  for (;;) {
    const c = Number(x & 0x7fn); x >>= 7n;
    if ((x === 0n && !(c & 0x40)) || (x === -1n && (c & 0x40))) { b.push(c); return b; }
    b.push(c | 0x80);
  }
}

module.exports = { uleb, sleb };
