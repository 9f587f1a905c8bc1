'use strict';
// HeapProfiler.startSampling / getSamplingProfile / stopSampling: V8's
// sampling heap profile of what the program allocated and keeps, by
// function; the domain's errors.
const inspector = require('inspector');
const { readHeapProfile } = require('../v8/lib/heap_profile_reader');

const session = new inspector.Session();
session.connect();
const post = (method, params) => {
  let out;
  session.post(method, params, (err, res) => { out = err ? `${err.code} ${err.message}` : res; });
  return out;
};

console.log('stop before start', post('HeapProfiler.stopSampling'));
console.log('get before start', post('HeapProfiler.getSamplingProfile'));
console.log('bad interval', post('HeapProfiler.startSampling', { samplingInterval: 'often' }));
console.log('start', post('HeapProfiler.startSampling', { samplingInterval: 4096 }));

function keepObjects(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push({ i, label: `object ${i}` });
  return out;
}
globalThis.kept = keepObjects(50000);

const during = post('HeapProfiler.getSamplingProfile');
console.log('while sampling', Object.keys(during), readHeapProfile(during.profile).problems);
const stopped = post('HeapProfiler.stopSampling');
const p = readHeapProfile(stopped.profile);
console.log('problems', p.problems);
console.log('keys', Object.keys(stopped), p.keys, p.nodeKeys, p.sampleKeys);
console.log('head', p.head.functionName);
console.log('keepObjects sampled', p.selfOf('keepObjects') > 1e6);
console.log('stop again', post('HeapProfiler.stopSampling'));
session.disconnect();
