// JSON.parse with a reviver: bottom-up call order, this binding, deletion via undefined, and modifications.
const calls = [];
const result = JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]},"e":"x"}', function (key, value) {
  calls.push(`${JSON.stringify(key)}:${Array.isArray(this) ? 'array' : typeof this}`);
  return value;
});
console.log(calls.join(' '));
console.log(JSON.stringify(result));

// Returning undefined deletes the property; in arrays that leaves a hole and keeps the length.
const pruned = JSON.parse('{"keep":1,"drop":2,"arr":[1,2,3]}', (k, v) => (k === 'drop' || v === 2 ? undefined : v));
console.log(JSON.stringify(pruned), pruned.arr.length, 1 in pruned.arr);

// Transforming values: dates revived from strings.
const withDate = JSON.parse('{"when":"2020-02-29T12:00:00.000Z","n":"5"}', (k, v) => (k === 'when' ? new Date(v) : v));
console.log(withDate.when instanceof Date, withDate.when.getUTCDate(), typeof withDate.n);

// Root is called last with the empty key and the holder object.
let rootHolder;
JSON.parse('[1]', function (k, v) {
  if (k === '') rootHolder = this;
  return v;
});
console.log(JSON.stringify(rootHolder), Object.keys(rootHolder).join() === '');

// Reviver replacing the root.
console.log(JSON.parse('1', () => 'replaced'));

// Modifying the holder during revival: later keys see changes.
const mutated = JSON.parse('{"a":1,"b":2}', function (k, v) {
  if (k === 'a') this.b = 'changed by a';
  return v;
});
console.log(JSON.stringify(mutated));

// Adding properties during revival does not visit them.
const visited = [];
JSON.parse('{"x":1}', function (k, v) {
  visited.push(k);
  if (k === 'x') this.added = 'new';
  return v;
});
console.log(visited.join('|'));

// Reviver exceptions propagate.
try {
  JSON.parse('[1,2]', (k, v) => { if (v === 2) throw new Error('reviver threw'); return v; });
} catch (e) {
  console.log(e.message);
}

// Non-function reviver is ignored.
console.log(JSON.stringify(JSON.parse('{"a":1}', 'not a function')));

// Number precision is lost before the reviver sees the value.
console.log(JSON.parse('{"big":12345678901234567890}', (k, v) => (k === 'big' ? String(v) : v)).big);
