// Accessors show as [Getter], [Setter], [Getter/Setter]; symbol keys are shown; non-enumerable keys are hidden.
const o = {
  plain: 1,
  get g() { return 'not called'; },
  set s(v) {},
  get gs() { return 1; },
  set gs(v) {},
  [Symbol('sym')]: 'symbol value',
  [Symbol.for('reg')]: 2,
};
Object.defineProperty(o, 'hidden', { value: 'not shown', enumerable: false });
Object.defineProperty(o, Symbol('hiddenSym'), { value: 'not shown', enumerable: false });
console.log(o);
class WithAccessor { get computed() { return 42; } }
console.log(new WithAccessor());
const inheritedGetter = Object.create({ get fromProto() { return 1; } });
inheritedGetter.own = true;
console.log(inheritedGetter);
let calls = 0;
console.log({ get counted() { calls++; return calls; } }, 'getter calls:', calls);
console.log([Symbol('in array')], { key: Symbol.iterator });
const arr = [1];
arr[Symbol('arraySym')] = 'x';
console.log(arr);
const fn = function f() {};
fn[Symbol('fnSym')] = 1;
console.log(fn);
const numbered = { 2: 'b', 1: 'a', z: 'z', '-1': 'neg', 1.5: 'frac' };
console.log(numbered);
