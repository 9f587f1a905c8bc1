// The TypeErrors of for-await over a value that is not async iterable, in
// V8's words: a nullish operand fails reading Symbol.asyncIterator, and any
// other is printed back from its source ("o.b is not async iterable"), a
// call or new blamed on its callee. Symbol.iterator is read once.
const f = () => 1;
function F() {}
const o = {
  a: undefined, b: 1, c: {}, d: null, g() { return 2; },
  s: { [Symbol.iterator]: 5 }, t: { [Symbol.asyncIterator]: 5 },
  u: { [Symbol.asyncIterator]() { return 1; } }, v: { [Symbol.iterator]() { return 1; } },
};
let reads = 0;
const counted = { get [Symbol.iterator]() { reads++; return [][Symbol.iterator].bind([7, 8]); } };
const cases = {
  undef: async () => { for await (const x of o.a) {} },
  nul: async () => { for await (const x of o.d) {} },
  computedKey: async () => { const k = 'a'; for await (const x of o[k]) {} },
  number: async () => { for await (const x of o.b) {} },
  literal: async () => { for await (const x of 5) {} },
  object: async () => { for await (const x of o.c) {} },
  paren: async () => { for await (const x of (o.b)) {} },
  indexed: async () => { for await (const x of [1][0]) {} },
  call: async () => { for await (const x of f()) {} },
  method: async () => { for await (const x of o.g()) {} },
  newF: async () => { for await (const x of new F()) {} },
  syncNotFn: async () => { for await (const x of o.s) {} },
  asyncNotFn: async () => { for await (const x of o.t) {} },
  asyncNotObject: async () => { for await (const x of o.u) {} },
  syncNotObject: async () => { for await (const x of o.v) {} },
  yieldStarUndefined: async () => { const g = async function* () { yield* undefined; }; for await (const x of g()) {} },
  counted: async () => { const got = []; for await (const x of counted) got.push(x); return got.join(); },
  string: async () => { const got = []; for await (const x of 'ab') got.push(x); return got.join(); },
};
(async () => {
  for (const [k, fn] of Object.entries(cases)) {
    try {
      console.log(k, 'ok', await fn());
    } catch (e) {
      console.log(k, e.constructor.name, e.message);
    }
  }
  console.log('Symbol.iterator reads', reads);
})();
