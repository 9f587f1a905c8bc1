// fs.promises.watch: an async iterator of { eventType, filename } that its
// AbortSignal ends with an AbortError, plain and recursive, and its errors.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-watchprom-'));
process.chdir(root);
fs.mkdirSync('d/sub', { recursive: true });

const show = async (f) => {
  try {
    for await (const e of f()) console.log('unexpected', e);
  } catch (e) {
    console.log(e.name, e.code, e.message.replace(root, 'ROOT'));
  }
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function collect(options, changes) {
  const ac = new AbortController();
  const got = [];
  const done = (async () => {
    try {
      for await (const { eventType, filename } of fs.promises.watch('d', { ...options, signal: ac.signal })) {
        got.push(`${eventType} ${filename}`);
      }
    } catch (e) {
      got.push(`${e.name} ${e.code}`);
    }
  })();
  for (const change of changes) {
    await sleep(100);
    change();
  }
  await sleep(100);
  ac.abort();
  await done;
  return [...new Set(got)].sort();
}

(async () => {
  console.log(fs.promises.watch.length);
  await show(() => fs.promises.watch('missing'));
  await show(() => fs.promises.watch('d', 5));
  await show(() => fs.promises.watch('d', { persistent: 1 }));
  await show(() => fs.promises.watch('d', { encoding: 'nope' }));
  await show(() => fs.promises.watch('d', { signal: AbortSignal.abort() }));
  console.log(await collect({}, [() => fs.writeFileSync('d/a.txt', 'A'), () => fs.unlinkSync('d/a.txt')]));
  console.log(await collect({ recursive: true }, [() => fs.writeFileSync('d/sub/b.txt', 'B')]));
  fs.rmSync(root, { recursive: true });
  process.chdir(os.tmpdir());
})();
