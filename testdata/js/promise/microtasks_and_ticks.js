// Microtask ordering against queueMicrotask, process.nextTick, and setTimeout(0) in a CommonJS program.
const log = [];
const p = (s) => log.push(s);
setTimeout(() => p('timeout 1'), 0);
Promise.resolve().then(() => p('promise 1'));
queueMicrotask(() => p('queueMicrotask 1'));
process.nextTick(() => p('nextTick 1'));
Promise.resolve().then(() => {
  p('promise 2');
  process.nextTick(() => p('nextTick from promise'));
  queueMicrotask(() => p('microtask from promise'));
});
process.nextTick(() => {
  p('nextTick 2');
  Promise.resolve().then(() => p('promise from nextTick'));
  process.nextTick(() => p('nextTick from nextTick'));
});
setTimeout(() => {
  p('timeout 2');
  Promise.resolve().then(() => p('promise from timeout 2'));
  process.nextTick(() => p('nextTick from timeout 2'));
}, 0);
setTimeout(() => {
  p('timeout 3');
  console.log(log.join('\n'));
}, 0);
p('sync end');

// queueMicrotask argument validation and exceptions.
try {
  queueMicrotask('not a function');
} catch (e) {
  console.log(e.constructor.name, e.code);
}
