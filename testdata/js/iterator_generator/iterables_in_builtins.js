// Which built-ins consume iterables, how many next() calls they make, and whether they close the iterator.
function probe(label, values) {
  const stats = { next: 0, returned: 0 };
  const iterable = {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { stats.next++; return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true }; },
        return() { stats.returned++; return { done: true }; },
      };
    },
  };
  return { iterable, report: (extra = '') => console.log(label.padEnd(28), `next=${stats.next} return=${stats.returned}`, extra) };
}
let t;
t = probe('Array.from', [1, 2, 3]); t.report(Array.from(t.iterable).join());
t = probe('spread', [1, 2]); t.report([...t.iterable].join());
t = probe('new Set', ['a', 'a', 'b']); t.report(new Set(t.iterable).size);
t = probe('new Map', [[1, 'x'], [2, 'y']]); t.report(new Map(t.iterable).get(2));
t = probe('Object.fromEntries', [['k', 'v']]); t.report(JSON.stringify(Object.fromEntries(t.iterable)));
t = probe('new Uint8Array', [7, 8]); t.report(new Uint8Array(t.iterable).join());
t = probe('array destructuring [a]', [1, 2, 3]); { const [a] = t.iterable; t.report(a); }
t = probe('destructuring [a, ...r]', [1, 2, 3]); { const [a, ...rest] = t.iterable; t.report(rest.join()); }
t = probe('for-of with break', [1, 2, 3]); for (const v of t.iterable) break; t.report();
t = probe('Math.max(...it)', [4, 9, 2]); t.report(Math.max(...t.iterable));
t = probe('new WeakSet', [{}, {}]); t.report(new WeakSet(t.iterable) instanceof WeakSet);
t = probe('Map with bad entry', [[1, 1], 'bad']); try { new Map(t.iterable); } catch (e) { t.report(e.constructor.name); }
const asyncProbe = probe('Promise.all', [1, Promise.resolve(2)]);
Promise.all(asyncProbe.iterable).then((v) => asyncProbe.report(v.join()));
const raceProbe = probe('Promise.race', [Promise.resolve('first'), 'second']);
Promise.race(raceProbe.iterable).then((v) => raceProbe.report(v));
const gen = (function* () { yield 1; yield 2; })();
console.log('a generator can be consumed once:', [...gen].length, [...gen].length);
