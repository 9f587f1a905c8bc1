// structuredClone and postMessage keep an error's own data-property cause (V8 clones it; an
// accessor is left out) with the clone's own properties in V8's order: stack, message, cause.
const show = (e) => Reflect.ownKeys(e).map((k) => { const d = Object.getOwnPropertyDescriptor(e, k); return `${String(k)}:${d.enumerable ? 'e' : ''}${d.writable ? 'w' : ''}${d.configurable ? 'c' : ''}`; }).join(' ');
const a = structuredClone(new Error('a', { cause: new TypeError('c') }));
console.log(show(a), a.cause instanceof TypeError, a.cause.message);
const b = new Error('b'); b.cause = 5; b.code = 'X';
const bc = structuredClone(b); console.log(show(bc), bc.cause, bc.code);
const c = new Error('c'); Object.defineProperty(c, 'cause', { get() { return 1; }, enumerable: true });
console.log(show(structuredClone(c)));
const e = new Error('e', { cause: undefined }); console.log(show(structuredClone(e)));
try { structuredClone(new Error('f', { cause: () => 1 })); } catch (err) { console.log(err.name, err.message); }
const { port1, port2 } = new MessageChannel();
port2.once('message', (m) => { console.log('port', show(m), m.cause.message); port1.close(); });
port1.postMessage(new RangeError('g', { cause: new Error('h') }));
