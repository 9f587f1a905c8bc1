// process.binding, node's deprecated door to its internal bindings, for the
// ones old packages read: tty_wrap's isTTY, the buffer limits, the util type
// checks, uv's error names and the constants; an unknown name is an error.
const t = process.binding('tty_wrap');
console.log(typeof t.isTTY, t.isTTY(99));
const b = process.binding('buffer');
console.log(b.kMaxLength === require('buffer').constants.MAX_LENGTH,
  b.kStringMaxLength === require('buffer').constants.MAX_STRING_LENGTH);
const u = process.binding('util');
console.log(u.isDate(new Date()), u.isRegExp(/x/), u.isPromise(Promise.resolve()), u.isMap(new Map()),
  u.isNativeError(new TypeError()), u.isTypedArray(new Uint8Array(1)), u.isDate({}));
const uv = process.binding('uv');
console.log(uv.errname(-2), uv.UV_ENOENT, uv.UV_EACCES, typeof uv.UV_EADDRINUSE);
const uvMap = uv.getErrorMap();
console.log(uvMap instanceof Map, uvMap.get(-2), uvMap !== uv.getErrorMap(), Object.keys(uv).at(-1));
const c = process.binding('constants');
console.log(c.os === require('os').constants, c.fs.O_RDONLY, c.zlib.Z_OK, typeof c.crypto);
try {
  process.binding('nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const d = Object.getOwnPropertyDescriptor(process, 'binding');
console.log(d.enumerable, d.writable, process.binding.name, process.binding.length);
