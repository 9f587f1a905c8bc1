// vm.measureMemory's result has node's shape (the figures are the heap's:
// compared by type and order), and bad options get node's errors.
const vm = require('vm');
const shape = (m) => typeof m.jsMemoryEstimate === 'number' && m.jsMemoryEstimate > 0 &&
  Array.isArray(m.jsMemoryRange) && m.jsMemoryRange.length === 2 &&
  m.jsMemoryRange[0] <= m.jsMemoryEstimate && m.jsMemoryEstimate <= m.jsMemoryRange[1];
const p = vm.measureMemory({ execution: 'eager' });
console.log(p instanceof Promise, vm.measureMemory.length);
p.then((r) => console.log('summary', Object.keys(r), Object.keys(r.total), shape(r.total)));
vm.measureMemory({ mode: 'detailed', execution: 'eager' }).then((r) => {
  console.log('detailed', Object.keys(r), shape(r.total), shape(r.current), Array.isArray(r.other));
});
for (const bad of [1, null, { mode: 'x' }, { execution: 'y' }]) {
  try {
    vm.measureMemory(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
