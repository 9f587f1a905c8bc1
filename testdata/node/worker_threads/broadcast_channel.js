// BroadcastChannel among the channels of one process: every other open channel of the same name gets a clone; a
// channel keeps the process alive until closed or unref'd.
const bc1 = new BroadcastChannel('n');
const bc2 = new BroadcastChannel('n');
const bc3 = new BroadcastChannel('other');
const bc4 = new BroadcastChannel('n');
console.log(bc1.name, String(bc1), Object.getOwnPropertyNames(BroadcastChannel.prototype), bc1 instanceof EventTarget);
let got = 0;
bc2.onmessage = (e) => {
  console.log('bc2', e.constructor.name, e.data, e.target === bc2);
  if (++got === 2) {
    bc1.close();
    bc2.close();
    bc3.close();
  }
};
bc4.addEventListener('message', (e) => console.log('bc4', e.data));
bc4.unref();
bc1.onmessage = (e) => console.log('bc1 (never its own)', e.data);
bc3.onmessage = (e) => console.log('bc3 (other name)', e.data);
const sent = { hi: 1 };
bc1.postMessage(sent);
bc4.postMessage('from bc4');
for (const f of [
  () => bc1.postMessage(),
  () => new BroadcastChannel(),
  () => BroadcastChannel.prototype.postMessage.call({}, 1),
  () => bc1.postMessage(() => {}),
]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const closed = new BroadcastChannel('x');
closed.close();
try { closed.postMessage(1); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof closed.ref, typeof closed.unref, typeof closed.on);
