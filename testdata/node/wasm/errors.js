// Compile errors (V8's messages and byte offsets), traps and limits on
// hand-assembled modules.
const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
// A module of one function of type () -> i32 with the given body.
const fn = (...body) => new Uint8Array([...header,
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f,
  0x03, 0x02, 0x01, 0x00,
  0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x00,
  0x0a, body.length + 3, 0x01, body.length + 1, 0x00, ...body]);
const show = (f) => {
  try {
    const r = f();
    return r;
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
};

const cases = {
  empty: new Uint8Array(0),
  'bad magic': new Uint8Array([1, 2, 3, 4]),
  'bad version': new Uint8Array([...header.slice(0, 4), 2, 0, 0, 0]),
  'section too long': new Uint8Array([...header, 0x01, 0x09, 0x01]),
  'unknown section': new Uint8Array([...header, 0x20, 0x00]),
  'sections out of order': new Uint8Array([...header, 0x03, 0x01, 0x00, 0x01, 0x01, 0x00]),
  'missing operand': fn(0x6a, 0x0b),
  'wrong type': fn(0x42, 0x00, 0x0b),
  'invalid opcode': fn(0xff, 0x0b),
  'no end': fn(0x41, 0x00),
  'branch too deep': fn(0x41, 0x00, 0x0c, 0x05, 0x0b),
  'bad local': fn(0x20, 0x03, 0x0b),
  'extra value': fn(0x41, 0x00, 0x41, 0x00, 0x0b),
  'memory op without memory': fn(0x41, 0x00, 0x28, 0x02, 0x00, 0x0b),
};
for (const [name, bytes] of Object.entries(cases)) {
  console.log(name, WebAssembly.validate(bytes), show(() => new WebAssembly.Module(bytes)));
}

const ok = fn(0x41, 0x2a, 0x0b);
console.log('valid', WebAssembly.validate(ok), new WebAssembly.Instance(new WebAssembly.Module(ok)).exports.f());
console.log('unreachable after br', show(() => new WebAssembly.Module(fn(0x0c, 0x00, 0x6a, 0x0b)) instanceof WebAssembly.Module));
console.log(show(() => new WebAssembly.Module()));
console.log(show(() => new WebAssembly.Module('wasm')));
console.log(show(() => WebAssembly.Module.exports({})));
console.log(show(() => new WebAssembly.Memory({ initial: 70000 })));
console.log(show(() => new WebAssembly.Memory({ initial: 2, maximum: 1 })));
console.log(show(() => new WebAssembly.Memory({ initial: -1 })));
console.log(show(() => new WebAssembly.Memory()));
const t = new WebAssembly.Table({ initial: 1, element: 'anyfunc' });
console.log(show(() => t.get(5)), '|', show(() => t.set(0, () => 1)), '|', show(() => t.grow(1e9)));
console.log(show(() => new WebAssembly.Global({ value: 'i32' }, 1).value = 3));
console.log(show(() => new WebAssembly.Global({ value: 'x' })));
const g = new WebAssembly.Global({ value: 'i64', mutable: true }, -5n);
g.value = 2n ** 64n + 3n;
console.log(g.value, show(() => { g.value = 1; }));
const e = new WebAssembly.RuntimeError('boom');
console.log(e instanceof Error, e.name, e.message, Object.prototype.toString.call(e), WebAssembly.LinkError.name);
console.log(Object.prototype.toString.call(WebAssembly), Object.keys(WebAssembly));
WebAssembly.compile(cases['bad magic']).catch((err) => console.log('compile rejects', err.name, err.message));
WebAssembly.instantiate(cases['no end']).catch((err) => console.log('instantiate rejects', err.name, err.message));
