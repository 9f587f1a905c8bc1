// spawn: ChildProcess events, streams, exit codes, signals and errors.
const cp = require('child_process');
const { Readable, Writable } = require('stream');

function run(name, start) {
  return new Promise(resolve => {
    const events = [];
    const child = start();
    const out = [];
    if (child.stdout) child.stdout.on('data', d => out.push(d));
    child.on('spawn', () => events.push('spawn'));
    child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
    child.on('error', e => events.push(`error ${e.code} ${e.message} ${JSON.stringify(e.spawnargs)}`));
    child.on('close', (code, signal) => {
      events.push(`close ${code} ${signal}`);
      console.log(name, events.join(', '), '| stdout', JSON.stringify(Buffer.concat(out).toString()),
        '| exitCode', child.exitCode, 'signalCode', child.signalCode, 'killed', child.killed);
      resolve(child);
    });
  });
}

(async () => {
  const c = cp.spawn('echo', ['hi']);
  console.log(c instanceof cp.ChildProcess, c instanceof require('events'), typeof c.pid,
    c.stdin instanceof Writable, c.stdout instanceof Readable, c.stderr instanceof Readable,
    c.stdio.length, c.stdio[1] === c.stdout, c.spawnfile, c.spawnargs);
  await run('echo', () => c);
  await run('exit 3', () => cp.spawn('sh', ['-c', 'echo out; exit 3']));
  await run('stdin', () => {
    const child = cp.spawn('tr', ['a-z', 'A-Z']);
    child.stdin.write('hello ');
    child.stdin.end('world');
    return child;
  });
  await run('kill', () => {
    const child = cp.spawn('sleep', ['10']);
    child.on('spawn', () => console.log('kill returns', child.kill(), child.killed));
    return child;
  });
  await run('kill SIGKILL', () => {
    const child = cp.spawn('sleep', ['10']);
    child.on('spawn', () => child.kill('SIGKILL'));
    return child;
  });
  await run('self signal', () => cp.spawn('sh', ['-c', 'kill -INT $$']));
  await run('missing', () => cp.spawn('kiln-no-such-program', ['q']));
  await run('missing with streams', () => {
    const child = cp.spawn('kiln-no-such-program');
    child.stdout.on('close', () => console.log('failed child stdout closed', child.stdin.destroyed));
    return child;
  });
  await run('inherit', () => cp.spawn('echo', ['inherited output'], { stdio: 'inherit' }));
  await run('shell', () => cp.spawn('echo $((6 * 7))', { shell: true }));
  await run('env', () => cp.spawn('sh', ['-c', 'echo $V'], { env: { V: 'value', PATH: process.env.PATH } }));
  await run('stdio ignore', () => cp.spawn('echo', ['hidden'], { stdio: 'ignore' }));
  await run('timeout', () => cp.spawn('sleep', ['10'], { timeout: 50 }));
  await run('unread output', () => cp.spawn('sh', ['-c', 'echo lots; echo more >&2']));
  await run('stderr', () => {
    const child = cp.spawn('sh', ['-c', 'echo e1 >&2; echo e2 >&2']);
    child.stderr.setEncoding('utf8');
    let err = '';
    child.stderr.on('data', d => { err += d; });
    child.stderr.on('end', () => console.log('stderr end', JSON.stringify(err)));
    return child;
  });
  const ac = new AbortController();
  await run('abort', () => {
    const child = cp.spawn('sleep', ['10'], { signal: ac.signal });
    child.on('spawn', () => ac.abort());
    return child;
  });
  const detached = cp.spawn('sleep', ['10'], { stdio: 'ignore' });
  detached.unref();
  console.log('unref leaves the loop free');

  for (const f of [
    () => cp.spawn(123),
    () => cp.spawn('echo', 'x'),
    () => cp.spawn('echo', [], { signal: 5 }),
    () => cp.spawn('echo', [], { killSignal: 'NOPE' }),
    () => cp.spawn('echo', [], { stdio: 'bad' }),
  ]) {
    try {
      f();
      console.log('no error');
    } catch (e) {
      console.log(e.code + ' ' + e.name + ': ' + e.message);
    }
  }
})();
