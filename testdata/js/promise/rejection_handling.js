// Rejections that are handled: late in the same tick, by Promise.all, by await in try/catch, and through chains.
const log = [];
const p = Promise.reject(new Error('handled in the same tick'));
log.push('created rejected promise');
p.catch((e) => log.push('caught: ' + e.message));

// Promise.all handles rejections of its inputs, even ones after the first.
Promise.all([Promise.reject(new Error('first')), Promise.reject(new Error('second'))]).catch((e) => log.push('all rejected with ' + e.message));

// allSettled never rejects.
Promise.allSettled([Promise.reject(1), Promise.resolve(2)]).then((r) => log.push('settled: ' + r.map((x) => x.status).join()));

// A rejection passed through several then() without handlers is handled at the end.
Promise.reject(new Error('deep')).then((v) => v).then((v) => v).finally(() => log.push('finally on rejected chain')).catch((e) => log.push('chain end caught ' + e.message));

// await inside try/catch handles it; so does .catch on the async function result.
(async () => {
  try {
    await Promise.reject(new Error('awaited'));
  } catch (e) {
    log.push('try/catch around await: ' + e.message);
  }
})();
(async () => { throw new Error('async throw'); })().catch((e) => log.push('async fn result caught: ' + e.message));

// Throwing from a catch handler creates a new rejection, handled further down.
Promise.reject(new Error('a')).catch(() => { throw new Error('rethrown'); }).catch((e) => log.push('second catch: ' + e.message));

// A handler attached later via then(_, onRejected).
const later = Promise.reject(new Error('handled by then second argument'));
later.then(() => log.push('not called'), (e) => log.push(e.message));

setTimeout(() => console.log(log.join('\n')), 0);
