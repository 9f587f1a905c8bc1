// What v8.serialize cannot write and what v8.deserialize cannot read fail
// as in node.
const v8 = require('v8');

function show(f) {
  try {
    const r = f();
    console.log('ok', r);
  } catch (e) {
    console.log(e.constructor.name, e.code, e.message);
  }
}

for (const v of [() => {}, function named() {}, Symbol('sym'), new WeakMap(), new WeakSet(), Promise.resolve(),
  new SharedArrayBuffer(4), { nested: [Symbol.iterator] }, new Proxy({}, {}), class K {}]) {
  show(() => v8.serialize(v));
}
const detached = new ArrayBuffer(4);
structuredClone(detached, { transfer: [detached] });
show(() => v8.serialize(detached));
show(() => v8.serialize({ get boom() { throw new RangeError('from getter'); } }));

const bad = ['', 'ff', '5f', 'ff1f5f', 'ff0f', 'ff0f49', 'ff0f6f', 'ff0f99', 'ff0f6f2201614902', 'ff0f6f22016149027b05',
  'ff0f4102490224000a', 'ff0f63036100', 'ff0f5203616263ff7f', 'ff0f56420000', 'ff0f420200005642000300',
  'ff0f5e00', 'ff0f420300', 'ff0f22ff01', 'ff0f5c0a02', 'ff0f2d', 'ff0f7458', 'ff0f5a03'];
for (const hex of bad) {
  process.stdout.write(`${hex || '(empty)'}: `);
  show(() => v8.deserialize(Buffer.from(hex, 'hex')));
}
show(() => v8.deserialize('ff0f5f'));
show(() => v8.deserialize({}));
show(() => v8.deserialize(new Uint8Array([0xff, 0x0f, 0x54])));
show(() => v8.deserialize(new DataView(new Uint8Array([0xff, 0x0f, 0x46]).buffer)));
// Trailing bytes are left unread.
show(() => v8.deserialize(Buffer.from('ff0f5f5f', 'hex')));
