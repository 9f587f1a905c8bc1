// A call of a private method is placed at its parenthesis, as V8 places it
// (signal-exit's this.#processEmit(...) frames), and a function assigned
// to a private field is named by it in stack traces.
const at = (e, i) => e.stack.split('\n')[i].trim().replace(/\(.*:(\d+:\d+)\)$/, '($1)');
class A {
  #longer() { throw new Error('x'); }
  #f = null;
  q() { return this.#longer  (); }
  r(o) { return o?.#longer(); }
  s() { return this.#f(); }
  t() { this.#f = () => { throw new Error('y'); }; return this.#f(); }
  static #s() { throw new Error('s'); }
  static u() { return A.#s(); }
}
for (const m of ['q', 'r', 's', 't']) {
  try {
    new A()[m](new A());
  } catch (e) {
    console.log(m, e.message, '|', at(e, 1), '|', at(e, 2));
  }
}
try { A.u(); } catch (e) { console.log('u', at(e, 2)); }
