// Reads the assets of sea-config.json through node:sea, as a single
// executable (node's with postject, Kiln's with kiln build --exe).
const sea = require('node:sea');
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};

show('isSea', () => sea.isSea());
show('text', () => sea.getAsset('greeting.txt', 'utf8'));
show('text as utf-16le length', () => sea.getAsset('greeting.txt', 'utf-16le').length);
show('text as latin1', () => sea.getAsset('data', 'latin1'));
show('unicode key', () => sea.getAsset('ключ ✓', 'utf8').split('\n')[0]);

const copy = sea.getAsset('data');
show('binary', () => [Object.prototype.toString.call(copy), copy.byteLength, [...new Uint8Array(copy)]]);
new Uint8Array(copy)[0] = 42;
show('a copy each time', () => [new Uint8Array(sea.getAsset('data'))[0], sea.getAsset('data') !== sea.getAsset('data')]);
show('empty', () => [sea.getAsset('empty').byteLength, JSON.stringify(sea.getAsset('empty', 'utf8'))]);

const raw = sea.getRawAsset('data');
show('raw', () => [raw instanceof ArrayBuffer, raw.byteLength, [...new Uint8Array(raw)], raw.resizable]);
show('raw view', () => new DataView(raw).getUint16(5, true));
show('raw sliced', () => [...new Uint8Array(raw.slice(2, 5))]);

const blob = sea.getAssetAsBlob('greeting.txt', { type: 'Text/Plain' });
show('blob', () => [blob instanceof Blob, blob.size, blob.type]);
show('blob untyped', () => JSON.stringify(sea.getAssetAsBlob('data').type));

show('missing key', () => sea.getAsset('nope'));
show('missing raw', () => sea.getRawAsset('nope'));
show('missing blob', () => sea.getAssetAsBlob('nope'));
show('key not a string', () => sea.getAsset(7));
show('raw key not a string', () => sea.getRawAsset({}));
show('blob key not a string', () => sea.getAssetAsBlob(null));
show('encoding not a string', () => sea.getAsset('data', 8));
show('unknown encoding', () => sea.getAsset('data', 'no-such-encoding'));
show('fatal decoding is not asked for', () => sea.getAsset('data', 'utf8').length);

blob.text().then((t) => console.log('blob text', JSON.stringify(t)));
sea.getAssetAsBlob('data').arrayBuffer().then((b) => console.log('blob bytes', [...new Uint8Array(b)]));
