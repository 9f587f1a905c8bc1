// Common async patterns: concurrency-limited pool, retry, timeout race, sequential vs parallel. "Time" is counted in
// hops of setTimeout(fn, 0), so the outcome depends only on event-loop ordering, never on the clock.
const log = [];
const hops = (n, fn) => setTimeout(() => (n <= 1 ? fn() : hops(n - 1, fn)), 0);
const tick = (v, n = 1) => new Promise((r) => hops(n, () => r(v)));
async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0, active = 0, maxActive = 0;
  async function worker(id) {
    while (next < tasks.length) {
      const i = next++;
      active++;
      maxActive = Math.max(maxActive, active);
      log.push(`w${id} start ${i}`);
      results[i] = await tasks[i]();
      active--;
      log.push(`w${id} done ${i}`);
    }
  }
  await Promise.all(Array.from({ length: limit }, (_, id) => worker(id)));
  return { results, maxActive };
}
async function retry(fn, attempts) {
  for (let i = 1; ; i++) {
    try {
      return await fn(i);
    } catch (e) {
      log.push(`attempt ${i} failed: ${e.message}`);
      if (i === attempts) throw new Error(`gave up after ${i}`, { cause: e });
      await tick(null);
    }
  }
}
const withTimeout = (p, n, label) => Promise.race([p, new Promise((_, rej) => hops(n, () => rej(new Error(`${label} timed out`))))]);

(async () => {
  const tasks = [5, 1, 4, 2, 3].map((v) => () => tick(v * 10, v));
  const { results, maxActive } = await pool(tasks, 2);
  console.log('pool results', results.join(), 'max concurrency', maxActive);
  console.log(log.join(' | '));
  log.length = 0;

  const flaky = (i) => (i < 3 ? Promise.reject(new Error(`flake ${i}`)) : tick(`succeeded on attempt ${i}`));
  console.log(await retry(flaky, 5), '|', log.join(' | '));
  log.length = 0;
  try {
    await retry(() => Promise.reject(new Error('always')), 2);
  } catch (e) {
    console.log(e.message, '<-', e.cause.message, '|', log.join(' | '));
  }

  console.log(await withTimeout(tick('fast enough', 1), 5, 'fast'));
  try {
    await withTimeout(tick('too slow', 5), 1, 'slow');
  } catch (e) {
    console.log(e.message);
  }

  const order = [];
  const job = (name, n) => tick(name, n).then((v) => { order.push(v); return v; });
  for (const [name, n] of [['s1', 3], ['s2', 1], ['s3', 2]]) await job(name, n);
  console.log('sequential', order.join());
  order.length = 0;
  await Promise.all([['p1', 3], ['p2', 1], ['p3', 2]].map(([name, n]) => job(name, n)));
  console.log('parallel completion order', order.join());
})();
