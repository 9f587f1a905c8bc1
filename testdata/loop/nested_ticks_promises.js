// Ticks queued inside promise callbacks wait for the microtask queue to
// drain; promises queued inside ticks wait for the tick queue to drain.
process.nextTick(() => {
  console.log('tick A');
  Promise.resolve().then(() => {
    console.log('promise in tick A');
    process.nextTick(() => console.log('tick in promise in tick A'));
  });
  process.nextTick(() => console.log('tick in tick A'));
});
Promise.resolve().then(() => {
  console.log('promise B');
  process.nextTick(() => {
    console.log('tick in promise B');
    Promise.resolve().then(() => console.log('promise in tick in promise B'));
  });
  Promise.resolve().then(() => console.log('promise in promise B'));
});
process.nextTick((a, b) => console.log('tick with args', a, b), 1, 'two');
(async () => {
  console.log('async start');
  await null;
  console.log('after await 1');
  await new Promise((r) => setTimeout(r, 5));
  console.log('after timer await');
  process.nextTick(() => console.log('tick after await'));
  await null;
  console.log('after await 2');
})();
