// Map and Set iterators dropped unfinished are forgotten by their table once
// collected, while live ones still follow compaction and deletion.
const m = new Map([[1, 2], [3, 4]]);
let n = 0;
for (let i = 0; i < 20000; i++) { const it = m.keys(); if (i % 2) n += it.next().value; }
const kept = []; for (let i = 0; i < 10; i++) { const it = m.entries(); it.next(); kept.push(it); }
for (let i = 0; i < 100; i++) { m.set('k' + i, i); } for (let i = 0; i < 100; i++) m.delete('k' + i);
m.delete(3); m.set(5, 6);
console.log(n, kept.map(it => JSON.stringify(it.next().value)).join(' '));
