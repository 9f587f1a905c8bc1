'use strict';
// --heap-prof writes V8's sampling heap profile at exit under node's name
// (or --heap-prof-name) in --heap-prof-dir; the profile's tree holds the
// function that allocated what lives at exit.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { readHeapProfile } = require('../../v8/lib/heap_profile_reader');

const child = `
function retainMany(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push({ i, text: 'item ' + i });
  return out;
}
globalThis.kept = retainMany(20000);
`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heapprof-'));
execFileSync(process.execPath, ['--heap-prof', `--heap-prof-dir=${dir}`, '--heap-prof-interval=2048', '-e', child]);
const names = fs.readdirSync(dir);
console.log('files', names.length, /^Heap\.\d{8}\.\d{6}\.\d+\.0\.\d{3}\.heapprofile$/.test(names[0]));
const p = readHeapProfile(JSON.parse(fs.readFileSync(path.join(dir, names[0]), 'utf8')));
console.log('problems', p.problems);
console.log('keys', p.keys, p.nodeKeys, p.sampleKeys);
console.log('head', p.head);
console.log('samples', p.samples > 10);
console.log('retainMany sampled', p.selfOf('retainMany') > 2e5);
const frame = p.frameOf('retainMany');
// (Not the column: V8 starts a function at its parameters, Kiln at its
// keyword, in CPU profiles too.)
console.log('retainMany frame', frame.url, frame.lineNumber, typeof frame.scriptId);

execFileSync(process.execPath, ['--heap-prof', `--heap-prof-dir=${dir}`, '--heap-prof-name=named.heapprofile', '-e', '1']);
console.log('named', fs.existsSync(path.join(dir, 'named.heapprofile')));
fs.rmSync(dir, { recursive: true });
