// v8.Serializer and v8.Deserializer with their documented methods and the
// hooks a subclass overrides.
const v8 = require('v8');

function show(f) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.constructor.name, e.code, e.message);
  }
}

// The raw writers and readers.
const s = new v8.Serializer();
s.writeHeader();
s.writeUint32(300);
s.writeUint64(1, 2);
s.writeUint64(0xffffffff, 0xffffffff);
s.writeDouble(-1.5);
s.writeRawBytes(Buffer.from('raw'));
s.writeRawBytes(new Uint16Array([0x4142]));
console.log(s.writeValue({ k: 'v' }));
const bytes = s.releaseBuffer();
console.log(Buffer.isBuffer(bytes), bytes.toString('hex'), s.releaseBuffer().length);
const d = new v8.Deserializer(bytes);
console.log(d.getWireFormatVersion(), d.readHeader(), d.getWireFormatVersion());
console.log(d.readUint32(), d.readUint64(), d.readUint64(), d.readDouble(), d.readRawBytes(3).toString(), d._readRawBytes(2));
console.log(d.readValue());
show(() => d.readValue());
show(() => d.readUint32());
show(() => d.readUint64());
show(() => d.readDouble());
show(() => d.readRawBytes(1));
console.log(d.buffer === bytes);

// Argument conversion and validation.
const w = new v8.Serializer();
w.writeUint32('x');
w.writeUint32(-1);
w.writeUint32(2 ** 32 + 5);
w.writeUint64();
w.writeDouble('x');
console.log(w.releaseBuffer().toString('hex'));
show(() => w.writeRawBytes('x'));
show(() => w.transferArrayBuffer(1, {}));
show(() => w.transferArrayBuffer(1, new SharedArrayBuffer(1)));
show(() => new v8.Deserializer('x'));
show(() => new v8.Deserializer().transferArrayBuffer(1, new ArrayBuffer(1)));
show(() => new v8.Deserializer(Buffer.alloc(0)).transferArrayBuffer(1, {}));

// The base class writes views as V8 does: the buffer, then the view.
const base = v => {
  const ser = new v8.Serializer();
  ser.writeHeader();
  ser.writeValue(v);
  return ser.releaseBuffer().toString('hex');
};
const ab = new ArrayBuffer(4);
console.log(base(new Uint8Array([1, 2])), base(new DataView(new ArrayBuffer(2), 1)), base([new Uint8Array(ab), new Int16Array(ab, 2)]));
console.log(base(new Uint16Array(new ArrayBuffer(8, { maxByteLength: 16 }))));
const rd = new v8.Deserializer(Buffer.from(base([new Uint8Array(ab), new Int16Array(ab, 2)]), 'hex'));
rd.readHeader();
const [u8, i16] = rd.readValue();
console.log(u8, i16, u8.buffer === i16.buffer);

// Transferred ArrayBuffers are written as an id and given to the reader.
const tr = new v8.Serializer();
const moved = new ArrayBuffer(4);
tr.transferArrayBuffer(3, moved);
tr.writeHeader();
tr.writeValue([moved, new Uint8Array(moved, 1)]);
const trb = tr.releaseBuffer();
console.log(trb.toString('hex'));
const td = new v8.Deserializer(trb);
const given = new ArrayBuffer(4);
td.transferArrayBuffer(3, given);
td.readHeader();
const got = td.readValue();
console.log(got[0] === given, got[1].buffer === given, got[1].byteOffset);
const missing = new v8.Deserializer(trb);
missing.readHeader();
show(() => missing.readValue());

// Host objects: _writeHostObject and _readHostObject.
class HostSerializer extends v8.Serializer {
  _writeHostObject(o) {
    console.log('writing host', o.constructor.name, o.length);
    this.writeUint32(o.length);
  }
}
const hs = new HostSerializer();
hs._setTreatArrayBufferViewsAsHostObjects(true);
hs.writeHeader();
hs.writeValue([new Uint8Array(5), new Float64Array(2)]);
const hb = hs.releaseBuffer();
console.log(hb.toString('hex'));
class HostDeserializer extends v8.Deserializer {
  _readHostObject() {
    return { length: this.readUint32() };
  }
}
const hd = new HostDeserializer(hb);
hd.readHeader();
console.log(hd.readValue());
const noHost = new v8.Deserializer(hb);
noHost.readHeader();
show(() => noHost.readValue());
class BadHost extends v8.Deserializer {
  _readHostObject() {
    return 5;
  }
}
const bh = new BadHost(hb);
bh.readHeader();
show(() => bh.readValue());
const plain = new v8.Serializer();
plain._setTreatArrayBufferViewsAsHostObjects(true);
show(() => plain.writeValue(new Uint8Array(1)));

// _getDataCloneError and _getSharedArrayBufferId.
class CloneErrors extends v8.Serializer {
  _getDataCloneError(message) {
    return new RangeError(`custom: ${message}`);
  }
}
show(() => new CloneErrors().writeValue(Symbol('s')));
class Sharing extends v8.Serializer {
  _getSharedArrayBufferId(sab) {
    return sab.byteLength + 0.5;
  }
}
const sh = new Sharing();
sh.writeHeader();
sh.writeValue(new SharedArrayBuffer(9));
console.log(sh.releaseBuffer().toString('hex'));
const sab = new SharedArrayBuffer(2);
const sd = new v8.Deserializer(Buffer.from('ff0f7409', 'hex'));
sd.transferArrayBuffer(9, sab);
sd.readHeader();
console.log(sd.readValue() === sab);
const su = new v8.Deserializer(Buffer.from('ff0f7509', 'hex'));
su.transferArrayBuffer(9, sab);
su.readHeader();
show(() => su.readValue());

// Ids go on across writeValue calls.
const multi = new v8.Serializer();
const o = {};
multi.writeValue(o);
multi.writeValue(o);
console.log(multi.releaseBuffer().toString('hex'));

// DefaultSerializer and DefaultDeserializer are what v8.serialize uses.
const ds = new v8.DefaultSerializer();
ds.writeHeader();
ds.writeValue([Buffer.from('hi'), new Uint16Array([1, 2]), new DataView(new ArrayBuffer(1))]);
const dbytes = ds.releaseBuffer();
console.log(dbytes.equals(v8.serialize([Buffer.from('hi'), new Uint16Array([1, 2]), new DataView(new ArrayBuffer(1))])));
const dd = new v8.DefaultDeserializer(dbytes);
dd.readHeader();
console.log(dd.readValue());
class Sub extends Uint8Array {}
console.log(v8.serialize(new Sub(2)).toString('hex'));
console.log(typeof v8.Serializer.prototype._writeHostObject, v8.Serializer.prototype._getDataCloneError === Error,
  typeof v8.DefaultSerializer.prototype._writeHostObject, typeof v8.DefaultDeserializer.prototype._readHostObject);
