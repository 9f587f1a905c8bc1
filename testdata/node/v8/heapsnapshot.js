'use strict';
// v8.writeHeapSnapshot: the file's structure holds up, and the graph shows
// what the program made as V8 names it.
const v8 = require('v8');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { readSnapshot } = require('./lib/snapshot_reader');

class Foo {
  constructor(n) { this.n = n; }
}
globalThis.keep = [new Foo(1), new Foo(2)];
function makeCounter() {
  const counterState = { count: 0 };
  return function counterTick() { return ++counterState.count; };
}
globalThis.tick = makeCounter();
globalThis.table = new Map([['k', { inMap: 'yes' }]]);
globalThis.label = ['heap', 'snapshot', 'label'].join('-');
class Secretive {
  #secret = { hidden: 'yes' };
  #method() {}
}
globalThis.secretive = new Secretive();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snap-'));
const file = path.join(dir, 'a.heapsnapshot');
console.log('returned the name', v8.writeHeapSnapshot(file) === file);
const snap = readSnapshot(fs.readFileSync(file, 'utf8'));
console.log('problems', snap.problems);
console.log('root', snap.root.type, JSON.stringify(snap.root.name));
console.log('(GC roots)', snap.edge(0, 'element', 1).name);
const global = snap.global();
console.log('global', global.type, global.name);

const keep = snap.edge(global.index, 'property', 'keep');
console.log('keep', keep.type, keep.name);
for (const i of [0, 1]) {
  const foo = snap.edge(keep.index, 'element', i);
  console.log(`keep[${i}]`, foo.type, foo.name, foo.selfSize > 0);
}
console.log('Foo nodes', snap.count((x) => x.name === 'Foo' && x.type === 'object'));

const tick = snap.edge(global.index, 'property', 'tick');
console.log('tick', tick.type, tick.name);
const context = snap.edge(tick.index, 'internal', 'context');
console.log('context', context.type, context.name);
const state = snap.edge(context.index, 'context', 'counterState');
console.log('counterState', state.type, state.name);

const table = snap.edge(global.index, 'property', 'table');
console.log('table', table.type, table.name);

// A private field is a property edge named by its #name.
const secretive = snap.edge(global.index, 'property', 'secretive');
const secret = snap.edge(secretive.index, 'property', '#secret');
console.log('secretive', secretive.name, '#secret', secret && secret.name, secret && !!snap.edge(secret.index, 'property', 'hidden'));

const label = snap.edge(global.index, 'property', 'label');
console.log('label', label.type, label.name);
// A Map's entries hang off it (through V8's table, straight in Kiln).
const near = (from, depth) => {
  const found = new Set([from]);
  let layer = [from];
  for (let d = 0; d < depth; d++) {
    layer = layer.flatMap((i) => snap.edges(i).map((x) => x.to)).filter((i) => !found.has(i) && found.add(i));
  }
  return [...found].map(snap.node);
};
const entry = near(table.index, 3).find((x) => x.name === 'Object' && snap.edge(x.index, 'property', 'inMap'));
console.log('map entry value reached', entry !== undefined);

// A second snapshot keeps the ids.
const file2 = path.join(dir, 'b.heapsnapshot');
v8.writeHeapSnapshot(file2);
const snap2 = readSnapshot(fs.readFileSync(file2, 'utf8'));
console.log('second problems', snap2.problems);
const keep2 = snap2.edge(snap2.global().index, 'property', 'keep');
console.log('same id for keep', keep2.id === keep.id);
console.log('same id for keep[0]', snap2.edge(keep2.index, 'element', 0).id === snap.edge(keep.index, 'element', 0).id);
fs.rmSync(dir, { recursive: true });
