// shift on long arrays used as queues: elements come out in order, holes
// and growth after shifting keep working, and length tracks every change.
const q = [];
for (let i = 0; i < 10000; i++) q.push(i);
let sum = 0, order = true, prev = -1;
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < 3000; i++) {
    const v = q.shift();
    if (v <= prev) order = false;
    prev = v;
    sum += v;
  }
  for (let i = 0; i < 1000; i++) q.push(10000 + round * 1000 + i);
}
console.log(q.length, sum, order, q[0], q[q.length - 1]);
const holey = new Array(5000);
holey[0] = 'a'; holey[2] = 'c'; holey[4999] = 'z';
console.log(holey.shift(), holey.shift(), holey.shift(), holey.length, 1 in holey, holey[4996]);
const drain = Array.from({ length: 4100 }, (_, i) => i);
let n = 0;
while (drain.length) { drain.shift(); n++; }
drain.push('again');
console.log(n, drain.length, drain[0], JSON.stringify(drain));
const big = Array.from({ length: 6000 }, (_, i) => i * 2);
big.shift();
big.unshift(-1);
big.splice(1, 2);
console.log(big.length, big[0], big[1], big.indexOf(10), big.slice(-2));
