// v8.getHeapSpaceStatistics(): V8's spaces in node's order, each a record of non-negative
// integers, their sizes adding up to getHeapStatistics().total_heap_size.
const v8 = require('v8');
const spaces = v8.getHeapSpaceStatistics();
const h = v8.getHeapStatistics();
console.log(spaces.map((s) => s.space_name).join());
console.log(spaces.every((s) => Object.keys(s).join() === 'space_name,space_size,space_used_size,space_available_size,physical_space_size'));
console.log(spaces.every((s) => ['space_size', 'space_used_size', 'space_available_size', 'physical_space_size'].every((k) => Number.isInteger(s[k]) && s[k] >= 0)));
console.log(spaces.every((s) => s.space_used_size <= s.space_size));
const sum = (k) => spaces.reduce((a, s) => a + s[k], 0);
console.log(sum('space_size') === h.total_heap_size, sum('space_used_size') <= h.total_heap_size);
console.log(spaces.find((s) => s.space_name === 'old_space').space_used_size > 0);
