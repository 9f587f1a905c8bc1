// heapUsed (and v8's used_heap_size, made from it) counts the heap as it is
// now, from the start: a program that never collected has a heap in use,
// and allocating grows it. Values differ from node's; their relations do not.
const v8 = require('v8');
const first = process.memoryUsage();
console.log('heapUsed > 0:', first.heapUsed > 0);
console.log('heapUsed <= heapTotal:', first.heapUsed <= first.heapTotal);
const stats = v8.getHeapStatistics();
console.log('used_heap_size > 0:', stats.used_heap_size > 0);
console.log('used below the limit:', stats.used_heap_size < stats.heap_size_limit);
const keep = [];
for (let i = 0; i < 20000; i++) keep.push({ i, s: 'x' + i });
console.log('grows with allocation:', process.memoryUsage().heapUsed > first.heapUsed, keep.length);
