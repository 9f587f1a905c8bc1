// Reads through 4 and 5 prototypes (as a socket's emit and hasOwnProperty
// are), cached as chain entries, then every prototype on the way changed:
// a shadowing property added and deleted at each depth, a getter put in
// the middle, a prototype replaced, the holder's property redefined.
class A { m() { return 'A.m'; } get g() { return 'A.g'; } }
class B extends A {}
class C extends B {}
class D extends C {}
class E extends D {}
const e = new E();
const read = (o) => [o.m(), o.g, typeof o.hasOwnProperty, o.absent];
const out = [];
const step = (label) => { for (let i = 0; i < 3; i++) read(e); out.push(label + ': ' + read(e).join(',')); };
step('initial');
for (const [name, P] of [['E', E], ['D', D], ['C', C], ['B', B]]) {
  P.prototype.m = function () { return name + '.m'; };
  step('m on ' + name);
  delete P.prototype.m;
  step('deleted from ' + name);
}
Object.defineProperty(C.prototype, 'g', { get() { return 'C.g'; }, configurable: true });
step('getter on C');
delete C.prototype.g;
step('getter removed');
A.prototype.m = function () { return 'A.m2'; };
step('A.m redefined');
Object.prototype.absent = 'now present';
step('Object.prototype.absent');
delete Object.prototype.absent;
Object.setPrototypeOf(C.prototype, { m() { return 'X.m'; }, g: 'X.g' });
step('C reparented');
Object.setPrototypeOf(D.prototype, A.prototype);
step('D onto A');
console.log(out.join('\n'));
