// A MessageChannel within one thread: messages arrive as clones in a later macrotask, each delivered as a callback of
// its own (ticks and microtasks in between), messages posted while a port is draining arrive in the same pass, and
// ports are woken in the order they were made whatever order the messages were posted in.
const wt = require('worker_threads');
console.log(MessageChannel === wt.MessageChannel, MessagePort === wt.MessagePort, typeof MessageEvent,
  BroadcastChannel === wt.BroadcastChannel);
const { port1, port2 } = new MessageChannel();
console.log(Object.keys(new MessageChannel()), port1 instanceof MessagePort, port1 instanceof EventTarget);
console.log(Object.getOwnPropertyNames(MessagePort.prototype));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(MessagePort.prototype)));
const sent = { n: 1, nested: { list: [1, 2, 3] }, when: new Date(0), map: new Map([['k', new Set([1])]]) };
port2.onmessage = (e) => {
  const v = e.data;
  console.log('msg', v, v === sent, e.constructor.name, e.ports, e.target === port2, e.type);
  Promise.resolve().then(() => console.log('microtask after', typeof v === 'object' ? v.n : v));
  process.nextTick(() => console.log('tick after', typeof v === 'object' ? v.n : v));
  if (v === 2) port1.postMessage(3);
  if (v === 3) {
    port2.close();
  }
};
setImmediate(() => console.log('immediate'));
port1.postMessage(sent);
port1.postMessage(2);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
port1.on('close', () => console.log('port1 close'));
port2.on('close', () => console.log('port2 close'));

const a = new MessageChannel();
const b = new MessageChannel();
a.port2.on('message', (v) => console.log('a', v));
b.port2.on('message', (v) => console.log('b', v));
b.port1.postMessage(1);
a.port1.postMessage(2);
b.port1.postMessage(3);
setImmediate(() => {
  a.port1.close();
  b.port1.close();
});
