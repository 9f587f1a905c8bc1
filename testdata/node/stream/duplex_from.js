// Duplex.from and the Transform.from / PassThrough.from it gives by
// inheritance (conventional-commits-parser makes its stream with
// Transform.from(async function*)): each kind of body, read to the end.
const { Duplex, Transform, PassThrough, Readable, Writable } = require('stream');

console.log('inherited', Transform.from === Duplex.from, PassThrough.from === Duplex.from,
  Duplex.from === Readable.from);

function collect(d) {
  return new Promise((resolve) => {
    const out = [];
    d.on('data', (c) => out.push(Buffer.isBuffer(c) ? 'buf:' + c : c));
    d.on('end', () => resolve(out));
    d.on('error', (e) => resolve(['error ' + e.message]));
  });
}

const steps = [
  async function generatorTransform() {
    const t = Transform.from(async function* (src) {
      for await (const c of src) yield String(c).toUpperCase();
    });
    console.log(t.constructor.name, t instanceof Duplex, t.readable, t.writable);
    const p = collect(t);
    t.write('a');
    t.end('b');
    console.log('generator', await p);
  },
  async function asyncSink() {
    const got = [];
    const d = Duplex.from(async (src) => {
      for await (const c of src) got.push(String(c));
    });
    console.log('sink readable', d.readable, 'writable', d.writable);
    d.end('z');
    await new Promise((r) => d.on('finish', r));
    console.log('sink got', got);
  },
  async function iterable() {
    const d = Duplex.from(['x', 'y']);
    console.log('iterable writable', d.writable, d.constructor.name);
    console.log('iterable', await collect(d));
  },
  async function string() {
    console.log('string', await collect(Duplex.from('hello')));
  },
  async function promise() {
    console.log('promise', await collect(Duplex.from(Promise.resolve('once'))));
    console.log('promise rejects', await collect(Duplex.from(Promise.reject(new Error('nope')))));
  },
  async function readableOnly() {
    const r = Readable.from(['r1', 'r2']);
    const d = Duplex.from(r);
    console.log('readable-only', d === r, d.writable, await collect(d));
  },
  async function duplexItself() {
    const p = new PassThrough();
    console.log('duplex itself', Duplex.from(p) === p);
  },
  async function pair() {
    const written = [];
    const w = new Writable({ write(c, e, cb) { written.push(String(c)); cb(); } });
    const r = Readable.from(['p1']);
    const d = Duplex.from({ readable: r, writable: w });
    const p = collect(d);
    d.end('into-w');
    console.log('pair', await p);
    await new Promise((res) => (w.writableFinished ? res() : w.on('finish', res)));
    console.log('pair wrote', written);
  },
  async function webReadable() {
    const rs = new ReadableStream({ start(c) { c.enqueue('w1'); c.close(); } });
    console.log('web', await collect(Duplex.from(rs)));
  },
  async function badBody() {
    for (const body of [42, null]) {
      try {
        Duplex.from(body);
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
    }
    try {
      Duplex.from(() => 5);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  },
];

(async () => {
  for (const s of steps) await s();
})();
