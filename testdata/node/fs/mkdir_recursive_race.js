// Concurrent recursive mkdirs of one path all succeed, as libuv's mkdirp
// treats a directory that another call made meanwhile as made (rollup writes
// a build's files this way, and vite's build failed with EEXIST).
const fs = require('fs');
const path = require('path');
const os = require('os');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'mkdir-race-'));
const rel = (p) => (p === undefined ? p : path.relative(base, p));

(async () => {
  let failed = 0;
  let reported = 0;
  for (let i = 0; i < 200; i++) {
    const target = path.join(base, 'd' + i, 'assets');
    const res = await Promise.allSettled([1, 2, 3, 4, 5, 6].map(() => fs.promises.mkdir(target, { recursive: true })));
    for (const r of res) {
      if (r.status !== 'fulfilled') failed++;
      else if (r.value !== undefined) reported++;
    }
  }
  console.log('failed', failed, 'someone reported a first directory', reported >= 200);
  console.log(fs.statSync(path.join(base, 'd199', 'assets')).isDirectory());

  fs.writeFileSync(path.join(base, 'file'), '');
  for (const p of ['file', 'file/sub', 'd0', 'new/a/b']) {
    try {
      console.log(p, rel(fs.mkdirSync(path.join(base, p), { recursive: true })));
    } catch (e) {
      console.log(p, e.code, e.syscall, rel(e.path));
    }
  }
  fs.rmSync(base, { recursive: true });
})();
