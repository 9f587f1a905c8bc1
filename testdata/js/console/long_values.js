// Long strings, long keys, and large numbers of properties; how console.log truncates and wraps them.
console.log('x'.repeat(200).length, ['y'.repeat(120)]);
console.log({ long: 'z'.repeat(100) });
console.log('top-level strings are never quoted or truncated: ' + 'w'.repeat(50));
console.log(['a'.repeat(10001)].toString().length);
const longArr = ['s'.repeat(10001)];
console.log(JSON.stringify(longArr).length);
const many = {};
for (let i = 0; i < 60; i++) many['p' + i] = 'v' + i;
console.log(many);
const manyArr = Array.from({ length: 101 }, (_, i) => 'item' + i);
console.log(manyArr);
const nums = Array.from({ length: 100 }, (_, i) => (i * 7919) % 1000);
console.log(nums);
console.log([1.23456789, 22.5, 333, 4444.25, 55555, 6.5, 7, 88.125]);
console.log([-1, 20, -300, 4000, -50000, 6, -7]);
console.log(['mixed', 1, 'types', 2, 'in', 3, 'array', 4]);
