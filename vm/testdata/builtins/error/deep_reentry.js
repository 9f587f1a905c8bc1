// Unbounded recursion that re-enters the interpreter from a built-in
// (ToPrimitive, getters, callbacks) ends in a RangeError, promptly.
const cases = {
  toString: () => { const o = { toString() { return 'x' + this; } }; String(o); },
  valueOf: () => { const o = { valueOf() { return 1 + +this; } }; +o; },
  getter: () => { const o = { get self() { return this.self; } }; o.self; },
  callback: () => { const f = () => [1].map(f); f(); },
  json: () => { const o = { toJSON() { return JSON.stringify(this); } }; JSON.stringify(o); },
};
for (const [name, run] of Object.entries(cases)) {
  try {
    run();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, e.constructor.name, e.message);
  }
}
