'use strict';
// v8.getHeapSnapshot is a Readable of the JSON; writeHeapSnapshot's
// default name is node's Heap.YYYYMMDD.HHMMSS.PID.TID.SEQ.heapsnapshot in
// the working directory; bad arguments are node's errors.
const v8 = require('v8');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { readSnapshot } = require('./lib/snapshot_reader');

class Streamed {}
globalThis.streamed = new Streamed();

const stream = v8.getHeapSnapshot();
console.log('readable', stream instanceof require('stream').Readable);
const chunks = [];
stream.on('data', (c) => chunks.push(c));
stream.on('end', () => {
  const snap = readSnapshot(Buffer.concat(chunks).toString('utf8'));
  console.log('problems', snap.problems);
  const node = snap.edge(snap.global().index, 'property', 'streamed');
  console.log('streamed', node.type, node.name);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snap-'));
  process.chdir(dir);
  const name = v8.writeHeapSnapshot();
  console.log('default name', /^Heap\.\d{8}\.\d{6}\.\d+\.0\.\d{3}\.heapsnapshot$/.test(name), String(process.pid) === name.split('.')[3]);
  console.log('written in the cwd', fs.existsSync(path.join(dir, name)));
  const second = v8.writeHeapSnapshot();
  console.log('sequence grows', Number(second.split('.')[5]) === Number(name.split('.')[5]) + 1);
  process.chdir(os.tmpdir());
  fs.rmSync(dir, { recursive: true });

  for (const args of [[5], [{}], [undefined, 5], [undefined, null], ['a\u0000b']]) {
    try {
      v8.writeHeapSnapshot(...args);
      console.log('no error for', args);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  try {
    v8.getHeapSnapshot(7);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    v8.writeHeapSnapshot(path.join(os.tmpdir(), 'no-such-dir-kiln', 'x.heapsnapshot'));
  } catch (e) {
    console.log(e.name, e.code, e.syscall);
  }
});
