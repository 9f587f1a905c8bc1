// Immediates queued inside immediates run on the next loop iteration,
// after timers that became due.
setImmediate(() => {
  console.log('imm 1');
  setImmediate(() => {
    console.log('imm 1.1');
    setImmediate(() => console.log('imm 1.1.1'));
  });
  process.nextTick(() => console.log('tick in imm 1'));
  Promise.resolve().then(() => console.log('promise in imm 1'));
});
setImmediate((a) => {
  console.log('imm 2', a);
  setTimeout(() => console.log('timeout from imm 2'), 50);
}, 'arg');
const c = setImmediate(() => console.log('cleared immediate'));
clearImmediate(c);
const i = setImmediate(() => {});
console.log(i.constructor.name, i.hasRef(), i.unref().hasRef(), i.ref().hasRef());
