'use strict';
function withDefault(cb = () => 1, { a = 2, b } = {}) { return cb() + a + (b ?? 0); }
withDefault(); const five = () => 5;
withDefault(five, { b: 1 });
class P {
  #count = 0;
  static #instances = 0;
  static get instances() { return P.#instances; }
  #bump() { this.#count++; P.#instances++; }
  run(n) { for (let i = 0; i < n; i++) this.#bump(); return this.#count; }
}
new P().run(3);
console.log(P.instances);
function thrower(x) {
  try {
    if (x) throw new Error('a');
    return 'fine';
  } finally {
    if (x > 1) return 'overridden';
  }
}
try { thrower(1); } catch {}
thrower(2); thrower(0);
function args() { return arguments.length ? [...arguments].map((a) => a * 2) : []; }
args(1, 2); args();
function ev(x) { return eval('x + 1'); }
ev(1);
const arrowObj = (k) => ({ [k]: k });
arrowObj('z');
async function* agen() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('closed');
  }
}
(async () => {
  for await (const v of agen()) {
    if (v === 1) break;
  }
})();
function blockLabel(x) {
  out: {
    if (x) break out;
    return 'no';
  }
  return 'yes';
}
blockLabel(1); blockLabel(1); blockLabel(0);
