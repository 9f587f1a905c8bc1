// Larger Map/Set workloads (exercising growth, deletion tombstones and rehashing) with order and size checks.
const m = new Map();
for (let i = 0; i < 10000; i++) m.set('k' + i, i);
console.log(m.size, m.get('k0'), m.get('k9999'), m.get('k10000'));
for (let i = 0; i < 10000; i++) if (i % 3 !== 0) m.delete('k' + i);
console.log(m.size, [...m.keys()].slice(0, 4).join(), [...m.values()].at(-1));
for (let i = 0; i < 10000; i += 1000) m.set('k' + (i + 1), 'again');
const keys = [...m.keys()];
console.log(m.size, keys.at(-10), keys.at(-1), keys.indexOf('k1'));
let sum = 0;
for (const v of m.values()) if (typeof v === 'number') sum += v;
console.log(sum);

// Numeric keys of mixed representation.
const nums = new Map();
for (let i = 0; i < 1000; i++) nums.set(i / 4, i);
console.log(nums.size, nums.get(0.25), nums.get(249.75), nums.has(250), nums.get(2 ** 31), nums.get(-0));
nums.set(2 ** 31, 'big').set(2 ** 53, 'huge').set(-1, 'neg');
console.log(nums.get(2147483648), nums.get(9007199254740992), nums.get(-1), nums.size);

// Set with object keys and repeated add/delete cycles.
const objs = Array.from({ length: 500 }, (_, i) => ({ i }));
const s = new Set(objs);
for (let round = 0; round < 5; round++) {
  for (const o of objs) if (o.i % 2 === round % 2) s.delete(o);
  for (const o of objs) s.add(o);
}
console.log(s.size, [...s][0].i, [...s][1].i, [...s].at(-1).i);

// Strings that look alike.
const strs = new Set(['1', '01', '1.0', ' 1', '1 ', 1, 1.0]);
console.log(strs.size);
