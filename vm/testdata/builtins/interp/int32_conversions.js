// ToInt32 and ToUint32 (bit operators, typed array stores) across the ranges
// their fast paths and the general path cover.
const xs = [0, -0, 1.5, -1.5, 2**31, 2**32, 2**32+5, -(2**32)-5, 2**53, -(2**53)+3, 2**62+2**40, -(2**62), 2**63, -(2**63), 2**64+4096, 1e300, -1e300, NaN, Infinity, -Infinity, 4294967295.9, -4294967295.9, 123456789012345];
console.log(xs.map(x => [x >>> 0, x | 0, x >> 1, x << 1]).join(';'));
console.log(new Uint32Array([2**32+7, -3, 2**63])[0], new Int32Array([2**40+5])[0]);
