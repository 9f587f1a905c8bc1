// Old code builds its decoders on StringDecoder by calling it on objects of its own (iconv-lite does), so it must be
// a plain function whose methods work on any object made that way.
const { StringDecoder } = require('string_decoder');
function Utf8Decoder() {
  StringDecoder.call(this, 'utf8');
}
Utf8Decoder.prototype = StringDecoder.prototype;
const d = new Utf8Decoder();
console.log(d instanceof StringDecoder, d.encoding, JSON.stringify(d.write(Buffer.from([0x68, 0xc3]))), d.lastNeed, d.lastTotal);
console.log(d.write(Buffer.from([0xa9])), d.end());
console.log(typeof StringDecoder, StringDecoder.name, StringDecoder.length, Object.getOwnPropertyNames(StringDecoder.prototype).join());
console.log(Object.keys(new StringDecoder('hex')), new StringDecoder('latin1').encoding);
