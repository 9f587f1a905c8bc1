// Promise.all / allSettled / race / any: results order, empty input, non-promise values, and first-settle rules.
const delay = (v, ok = true) => new Promise((res, rej) => setTimeout(() => (ok ? res(v) : rej(new Error(String(v)))), 0));
const show = (v) => JSON.stringify(v, (k, x) => (x instanceof Error ? 'Error(' + x.message + ')' : x));

(async () => {
  console.log('all', show(await Promise.all([delay('slow'), 'plain', Promise.resolve('fast')])));
  console.log('all empty', show(await Promise.all([])));
  console.log('all string iterable', show(await Promise.all('ab')));
  try {
    await Promise.all([delay('x'), Promise.reject(new Error('first failure')), Promise.reject(new Error('second'))]);
  } catch (e) {
    console.log('all rejects with', e.message);
  }

  console.log('allSettled', show(await Promise.allSettled([1, Promise.reject(new Error('no')), delay('later')])));
  console.log('allSettled empty', show(await Promise.allSettled([])));

  console.log('race', await Promise.race([delay('slow'), Promise.resolve('fast')]));
  console.log('race plain value wins over resolved promise', await Promise.race([Promise.resolve('promise'), 'value']));
  try {
    await Promise.race([delay('slow'), Promise.reject(new Error('fast rejection'))]);
  } catch (e) {
    console.log('race rejects', e.message);
  }
  const never = Promise.race([]);
  let settled = false;
  never.then(() => { settled = true; });
  await delay();
  console.log('race([]) settled?', settled);

  console.log('any', await Promise.any([Promise.reject(new Error('a')), delay('b'), Promise.resolve('c')]));
  try {
    await Promise.any([]);
  } catch (e) {
    console.log('any empty', e.constructor.name, e.message, e.errors.length);
  }
  try {
    await Promise.any([Promise.reject(new Error('x')), delay('y', false)]);
  } catch (e) {
    console.log('any all rejected', e.constructor.name, show(e.errors));
  }

  // Non-iterable arguments reject (they do not throw synchronously).
  const r = Promise.all(5);
  console.log(r instanceof Promise);
  try {
    await r;
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }

  // Combinators call this.resolve on each element.
  let resolveCalls = 0;
  class Counting extends Promise {
    static resolve(v) { resolveCalls++; return super.resolve(v); }
  }
  await Counting.all([1, 2, 3]);
  console.log('resolve calls', resolveCalls);
})();
