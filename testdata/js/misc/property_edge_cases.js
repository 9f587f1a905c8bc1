// Getter/setter and property edge cases: accessors on array indices, numeric-like keys, accessors vs Object.assign/spread.
const arr = [1, 2, 3];
Object.defineProperty(arr, 1, { get() { return 'getter at index 1'; }, enumerable: true, configurable: true });
console.log(arr[1], arr.join('|'), arr.map((x) => typeof x).join(), JSON.stringify(arr), arr.length);
const sorted = [3, 1, 2];
Object.defineProperty(sorted, 0, { get() { return 9; }, set(v) { console.log('setter during sort got', v); }, configurable: true });
sorted.sort();
console.log(JSON.stringify(sorted));
// A setter on Array.prototype for an index is invoked by array writes to holes.
Object.defineProperty(Array.prototype, 3, { set(v) { console.log('prototype setter for index 3 got', v); }, configurable: true });
const holey = [0, 1, 2];
holey[3] = 'value';
console.log(holey.length, Object.hasOwn(holey, 3));
holey.push('pushed');
console.log(holey.length, JSON.stringify(holey));
delete Array.prototype[3];
// Object.assign invokes getters on the source and setters on the target; spread only getters.
const source = { get computed() { console.log('source getter called'); return 'computed value'; } };
const target = { set computed(v) { console.log('target setter called with', v); } };
Object.assign(target, source);
const spread = { ...source };
console.log(Object.getOwnPropertyDescriptor(spread, 'computed').value);
// Getter defined with a numeric key on an object.
const numeric = { get 1() { return 'one via getter'; }, get 1.5() { return 'one and a half'; } };
console.log(numeric[1], numeric['1'], numeric[1.5], Object.keys(numeric).join());
// Shadowing an inherited accessor with a data property requires defineProperty.
const proto = { get v() { return 'proto getter'; } };
const child = Object.create(proto);
child.v = 'assignment ignored';
console.log(child.v);
Object.defineProperty(child, 'v', { value: 'own data', enumerable: true });
console.log(child.v, JSON.stringify(child));
// Getters can return functions that are then called with the right this.
const callThrough = { name: 'ct', get method() { return function () { return this.name; }; } };
console.log(callThrough.method());
// Accessor properties on functions and classes.
function fnWithAccessor() {}
Object.defineProperty(fnWithAccessor, 'extra', { get: () => 'fn accessor' });
class Statics { static get answer() { return 42; } static set answer(v) { Statics._set = v; } }
Statics.answer = 7;
console.log(fnWithAccessor.extra, Statics.answer, Statics._set);
