// node:test/reporters composed onto run()'s stream, as node's docs show:
// tap, spec (also as `new spec()`) and dot write what the same
// --test-reporter writes, failures included. Durations vary: they are masked;
// stack frames are left out (node runs a subtest inside its parent's call,
// Kiln from its queue, so a subtest's stack does not reach the parent test).
import { run } from 'node:test';
import { tap, spec, dot } from 'node:test/reporters';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '_discover');
const files = ['math.test.js', 'exits.test.js'].map((f) => path.join(dir, f));

async function report(name, reporter) {
  let text = '';
  for await (const chunk of run({ files }).compose(reporter)) text += chunk;
  text = text.replaceAll(dir + path.sep, '')
    .replace(/\(\d+(\.\d+)?ms\)/g, '(*ms)')
    .replace(/duration_ms:? [\d.]+/g, 'duration_ms *')
    .split('\n').filter((l) => !/^\s*(at )?\S*( \S+)? \(?[^ ]*:\d+:\d+\)?$/.test(l))
    .map((l) => l.replace(/^(\s*)at \S.*:\d+:\d+\)? \{$/, '$1at * {')).join('\n');
  console.log(`== ${name}\n${text}`);
}

await report('tap', tap);
await report('spec', spec);
await report('new spec', new spec());
await report('dot', dot);
