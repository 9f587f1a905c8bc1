// A failed private brand check names the class that declares the element as
// written, whatever its prototype.constructor or name property became later.
class A { #p() {} static callP(o) { o.#p(); } get #g() { return 1; } static readG(o) { return o.#g; } static #s() {} static callS(o) { o.#s(); } }
A.prototype.constructor = function Other() {};
Object.defineProperty(A, 'name', { value: 'Renamed' });
const B = class { #q() {} static call(o) { o.#q(); } };
B.prototype.constructor = class Named {};
const C = class Named2 { #q() {} static call(o) { o.#q(); } };
const D = class { static #q() {} static call(o) { o.#q(); } };
for (const f of [() => A.callP({}), () => A.readG({}), () => A.callS({}), () => B.call({}), () => C.call({}), () => D.call({})]) {
  try { f(); } catch (e) { console.log(e.message); }
}
