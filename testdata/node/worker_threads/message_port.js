// MessagePort as a NodeEventTarget: on() listeners get the data, addEventListener ones the MessageEvent; emit; once;
// ref and unref as listeners come and go; receiveMessageOnPort; argument and clone errors.
const { receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', function (v) { console.log('on', v, this === port2); });
port2.addEventListener('message', function (e) {
  console.log('event', e.constructor.name, e.data, e.ports, e.target === port2, e.isTrusted, this === port2);
});
port2.once('message', (v) => console.log('once', v));
port2.emit('message', 'emitted');
console.log(port2.listenerCount('message'));
port1.postMessage({ x: [1, 2] });
const ab = new ArrayBuffer(4);
const u = new Uint8Array(ab);
u[0] = 7;
port1.postMessage({ u }, [ab]);
console.log(ab.byteLength, u.length, u[0]);
try { port1.postMessage(ab); } catch (e) { console.log(e.name, e.code, e.message); }
port1.postMessage('after detached', [ab]);
const ab2 = new ArrayBuffer(2);
try { port1.postMessage(1, [ab2, ab2]); } catch (e) { console.log(e.name, e.message); }
console.log(ab2.byteLength);
port1.postMessage(new Map([[1, new Set([2])]]), { transfer: [] });
port2.on('message', (v) => {
  if (v instanceof Map) port2.close();
});

const ch = new MessageChannel();
for (const f of [
  () => new MessagePort(),
  () => MessageChannel(),
  () => ch.port1.postMessage(),
  () => ch.port1.postMessage(() => 1),
  () => ch.port1.postMessage(Symbol('x')),
  () => ch.port1.postMessage(1, 5),
  () => ch.port1.postMessage(1, [5]),
  () => ch.port1.postMessage(1, { transfer: 5 }),
  () => ch.port1.postMessage(ch.port1, [ch.port1]),
  () => ch.port1.postMessage({ p: ch.port1 }),
  () => receiveMessageOnPort({}),
]) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof DOMException);
  }
}
const m = new MessageEvent('message', { data: 5 });
console.log(m.data, m.type, m.ports, m.origin, m.lastEventId, m.source, new MessageEvent('x').data);
console.log(Object.getOwnPropertyNames(MessageEvent.prototype));
try { MessageEvent.prototype.data; } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.prototype.toString.call(m), Object.prototype.toString.call(ch.port1));

console.log(receiveMessageOnPort(ch.port2));
ch.port1.postMessage({ a: 1 });
ch.port1.postMessage('b');
console.log(receiveMessageOnPort(ch.port2), receiveMessageOnPort(ch.port2), receiveMessageOnPort(ch.port2));

console.log(ch.port1.hasRef(), ch.port2.hasRef());
ch.port2.on('message', () => {});
console.log(ch.port2.hasRef());
ch.port2.unref();
console.log(ch.port2.hasRef());
ch.port2.on('message', () => {});
console.log(ch.port2.hasRef());
ch.port2.removeAllListeners('message');
console.log(ch.port2.hasRef());
ch.port2.onmessage = () => {};
console.log(ch.port2.hasRef());
ch.port2.onmessage = null;
console.log(ch.port2.hasRef());
ch.port2.ref();
console.log(ch.port2.hasRef());
ch.port1.close();
ch.port1.close();
ch.port1.postMessage('dropped');
console.log(ch.port1.hasRef());
ch.port1.on('close', (e) => console.log('close1', e.constructor.name, e.type));
ch.port2.addEventListener('close', (e) => console.log('close2', e.constructor.name, e.type));
