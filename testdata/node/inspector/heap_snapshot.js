'use strict';
// HeapProfiler.takeHeapSnapshot sends the snapshot as addHeapSnapshotChunk
// events before its answer; the chunks joined are a snapshot the reader
// accepts, showing what the program keeps.
const inspector = require('inspector');
const { readSnapshot } = require('../v8/lib/snapshot_reader');

class Kept {}
globalThis.kept = { first: new Kept(), second: new Kept() };

const session = new inspector.Session();
session.connect();
const chunks = [];
let notifications = 0;
session.on('inspectorNotification', () => notifications++);
session.on('HeapProfiler.addHeapSnapshotChunk', (m) => chunks.push(m.params.chunk));
let answered = false;
session.post('HeapProfiler.enable', (err, res) => console.log('enable', err, res));
session.post('HeapProfiler.takeHeapSnapshot', (err, res) => {
  answered = true;
  console.log('answer', err, res, 'chunks before the answer', chunks.length > 0, notifications === chunks.length);
});
console.log('answered before post returned', answered);
const snap = readSnapshot(chunks.join(''));
console.log('problems', snap.problems);
console.log('global', JSON.stringify(snap.global().name));
const kept = snap.edge(snap.global().index, 'property', 'kept');
console.log('kept', kept.type, kept.name);
for (const key of ['first', 'second']) {
  const k = snap.edge(kept.index, 'property', key);
  console.log(key, k.type, k.name);
}
console.log('Kept nodes', snap.count((x) => x.type === 'object' && x.name === 'Kept'));
session.post('HeapProfiler.noSuchMethod', (err) => console.log(err.code, err.message));
session.post('HeapProfiler.disable', (err, res) => console.log('disable', err, res));
session.disconnect();
