// Async generators and for-await-of, including sync iterables and return/throw.
async function* agen() {
  yield 1;
  yield Promise.resolve(2);
  const sent = yield 3;
  console.log('sent', sent);
  return 'done';
}

async function main() {
  const g = agen();
  console.log(Object.prototype.toString.call(g));
  console.log(JSON.stringify(await g.next()));
  console.log(JSON.stringify(await g.next()));
  console.log(JSON.stringify(await g.next()));
  console.log(JSON.stringify(await g.next('hello')));
  console.log(JSON.stringify(await g.next()));

  const collected = [];
  for await (const v of agen()) collected.push(v);
  console.log('for await:', collected.join());

  // for await over a sync iterable of promises.
  const fromSync = [];
  for await (const v of [Promise.resolve('a'), 'b', Promise.resolve('c')]) fromSync.push(v);
  console.log('sync iterable:', fromSync.join());

  // Requests queue: calling next() several times before awaiting.
  const q = agen();
  const results = await Promise.all([q.next(), q.next(), q.next(), q.next(), q.next()]);
  console.log('queued:', results.map(r => r.done ? 'done:' + r.value : r.value).join(' '));

  // return() runs finally blocks.
  async function* withCleanup() {
    try {
      yield 'first';
      yield 'second';
    } finally {
      console.log('cleanup ran');
    }
  }
  for await (const v of withCleanup()) {
    console.log('got', v);
    break;
  }

  // throw() into the generator.
  async function* catcher() {
    try {
      yield 'ready';
    } catch (e) {
      yield 'caught ' + e;
    }
  }
  const c = catcher();
  await c.next();
  console.log(JSON.stringify(await c.throw('err')));

  // A rejected yielded promise becomes a throw inside the generator at the yield.
  async function* rejects() {
    try {
      yield Promise.reject(new Error('rejected value'));
    } catch (e) {
      console.log('inside generator:', e.message);
      yield 'after rejection';
    }
  }
  const r = rejects();
  try {
    console.log(JSON.stringify(await r.next()));
  } catch (e) {
    console.log('next rejected:', e.message);
  }

  // Custom async iterable.
  const custom = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next: async () => ({ value: i * 10, done: i++ >= 3 }),
        return: async () => { console.log('custom return'); return { done: true }; },
      };
    },
  };
  for await (const v of custom) {
    console.log('custom', v);
    if (v === 10) break;
  }

  // yield* delegates to another async generator.
  async function* outer() {
    const r = yield* agen();
    yield 'inner returned ' + r;
  }
  const delegated = [];
  for await (const v of outer()) delegated.push(v);
  console.log(delegated.join(' | '));

  // An exception in the loop body calls return on the iterator.
  try {
    for await (const v of withCleanup()) {
      throw new Error('body error ' + v);
    }
  } catch (e) {
    console.log(e.message);
  }
  console.log(typeof agen.prototype, Object.getPrototypeOf(agen).constructor.name);
}
main();
