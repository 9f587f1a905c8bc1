// Flags: --max-old-space-size=100
// heap_size_limit is the limit the program runs under (the old space's,
// plus the young generation's 48 MB): it said 4144 MB whatever was set.
const v8 = require('v8');
const s = v8.getHeapStatistics();
console.log(s.heap_size_limit / 2 ** 20, s.total_available_size <= s.heap_size_limit);
