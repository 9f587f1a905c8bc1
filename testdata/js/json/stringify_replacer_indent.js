// JSON.stringify replacers (function and allow-list array) and the space argument.
const data = { name: 'kiln', version: 1, nested: { a: 1, b: [1, 2, { c: 3 }] }, skip: 'me', n: 5 };

// Function replacer: called with the holder as this, root first with key ''.
const seen = [];
console.log(JSON.stringify(data, function (k, v) {
  seen.push(k === '' ? '(root)' : k);
  if (k === 'skip') return undefined;
  if (typeof v === 'number') return v * 10;
  return v;
}));
console.log(seen.join(' '));
console.log(JSON.stringify({ a: 1 }, (k, v) => (k === '' ? 'root replaced' : v)));
console.log(JSON.stringify([1, 2], (k, v) => (k === '0' ? undefined : v)));
console.log(JSON.stringify({ d: new Date(0) }, function (k, v) { return k === 'd' ? typeof this[k] + '/' + typeof v : v; }));

// Array replacer: an allow-list of keys applied at every level; numbers converted; duplicates ignored.
console.log(JSON.stringify(data, ['name', 'nested', 'a', 'name']));
console.log(JSON.stringify({ 1: 'one', 2: 'two' }, [1]));
console.log(JSON.stringify({ a: 1, b: 2 }, [new String('b'), {}, null, true]));
console.log(JSON.stringify([{ a: 1, b: 2 }], ['b']));

// Space argument: numbers clamp to 10, strings truncate to 10 chars.
console.log(JSON.stringify({ a: [1, { b: 2 }], c: {} , d: [] }, null, 2));
console.log(JSON.stringify([1, [2]], null, '--'));
console.log(JSON.stringify({ a: 1 }, null, 20).split('\n')[1].length);
console.log(JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'));
console.log(JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, -5), JSON.stringify({ a: 1 }, null, ''));
console.log(JSON.stringify({ a: 1 }, null, new Number(1)), JSON.stringify({ a: 1 }, null, new String('\t')));
console.log(JSON.stringify({ a: 1 }, null, 2.9), JSON.stringify([], null, 2), JSON.stringify({}, null, 2), JSON.stringify([[]], null, 1));
console.log(JSON.stringify({ a: undefined, b: 1 }, null, 1));
console.log(JSON.stringify('top', null, 4), JSON.stringify(null, null, 4));

// Replacer that is neither function nor array is ignored.
console.log(JSON.stringify({ a: 1 }, 'string replacer'), JSON.stringify({ a: 1 }, { b: 1 }));
