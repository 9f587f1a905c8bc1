// TextEncoder/TextDecoder (UTF-8 only) on typed arrays: encode, encodeInto, decode with BOM, fatal mode, streaming.
const enc = new TextEncoder();
console.log(enc.encoding, Array.from(enc.encode('aé€😀')).join(' '), enc.encode('').length, enc.encode().length);
console.log(Array.from(enc.encode('\ud800x')).join(' '));
const target = new Uint8Array(5);
console.log(JSON.stringify(enc.encodeInto('héllo', target)), Array.from(target).join(' '));
console.log(JSON.stringify(enc.encodeInto('😀', new Uint8Array(3))));
const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM, dec.decode(new Uint8Array([0x68, 0x69])), JSON.stringify(dec.decode()));
console.log(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length);
console.log(JSON.stringify(dec.decode(new Uint8Array([0xff, 0x41, 0xc3]))));
try {
  new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]));
} catch (e) {
  console.log(e.constructor.name, e.code);
}
const stream = new TextDecoder();
const bytes = enc.encode('€uro');
console.log(JSON.stringify(stream.decode(bytes.subarray(0, 2), { stream: true })), JSON.stringify(stream.decode(bytes.subarray(2))));
console.log(dec.decode(new Uint16Array([0x6968])), dec.decode(new DataView(bytes.buffer, 3)), dec.decode(bytes.buffer));
console.log(new TextDecoder('utf8').encoding, new TextDecoder('UTF-8').encoding, new TextDecoder('latin1').encoding);
