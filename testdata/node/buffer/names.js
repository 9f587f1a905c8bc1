// Names and lengths of Buffer's methods, static and prototype.
const rows = [];
for (const [label, o] of [['Buffer', Buffer], ['Buffer.prototype', Buffer.prototype]]) {
  for (const k of Object.getOwnPropertyNames(o).sort()) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    if (typeof d.value === 'function') rows.push(`${label}.${k} ${d.value.name} ${d.value.length} ${d.enumerable}`);
    else rows.push(`${label}.${k} ${d.get ? 'getter' : typeof d.value} ${d.enumerable} ${d.writable}`);
  }
}
console.log(rows.filter((r) => !/Float|Double/.test(r)).join('\n'));
const b = require('buffer');
for (const k of ['atob', 'btoa', 'isUtf8', 'isAscii', 'transcode', 'SlowBuffer']) console.log(k, b[k].name, b[k].length);
const { StringDecoder } = require('string_decoder');
console.log(Object.getOwnPropertyNames(StringDecoder.prototype).sort().join(), StringDecoder.length);
