// Where V8 places a throwing operation, read from the first stack frame:
// a property read at its name, or at its '.' once the chain has a call or
// an optional link in it, and at the '[' of a computed one; a failed call
// at the callee's name (at the template for a tagged one); a failed store
// at its '='; a compound assignment's or update's read, and a delete, at
// the object's own position; a binary operator at the operator; an
// iterable at its position (for-of/for-in heads and array spreads), a
// spread argument at the call; a destructured null at the first property;
// a heritage at its position.
const at = (e) => e.stack.split('\n')[1].replace(/^.*:(\d+:\d+)\)?$/, '$1');
const cases = [
  () => { const o = { a: {} }; return o.a.b.c; },
  () => { const o = { a: {} }; return o.a.b .c; },
  () => { const o = { a: {} }; return (o.a.b).c; },
  () => { const o = { a: {} }; return o.a.b[0]; },
  () => { const o = { a: {} }; return o.a.b['x']; },
  () => { const o = { a: {} }; return o?.a.b.c; },
  () => { const o = { a: {} }; return o.a?.b.c; },
  () => { const f = () => {}; return f().c; },
  () => { const f = () => {}; return f()[0]; },
  () => { const f = () => {}; return f().c(); },
  () => { const o = { f() { return null; } }; return o.f().g(); },
  () => { const o = { a: {} }; return o?.a.b(); },
  () => { const o = {}; return o.a
      .b
      .c(); },
  () => { const o = {}; o.a.b = 1; },
  () => { const o = { a: {} }; o.a.b.c = 1; },
  () => { const o = {}; o.a[0] = 1; },
  () => { class A { constructor() { this.x.y = 1; } } return new A(); },
  () => { const o = {}; o.a.b += 1; },
  () => { const o = {}; o.a.b++; },
  () => { const o = {}; ++o.a.b; },
  () => { const o = {}; o.a.b.c++; },
  () => { const o = { a: {} }; o.a.c.d ||= 1; },
  () => { const o = {}; delete o.b.c; },
  () => { const o = {}; delete o.b[0]; },
  () => { const o = undefined; delete o.b; },
  () => { const o = {}; return 'x' in o.a; },
  () => { const o = {}; return o instanceof o.a; },
  () => { const s = Symbol(); return s + ''; },
  () => { const s = Symbol(); return s < 1; },
  () => { const x = 1n; return x * 1; },
  () => { const o = {}; if ('x' in o.b) {} },
  () => { const t = undefined; return t`x`; },
  () => { const o = {}; return o.t`x`; },
  () => { const o = {}; for (const x of o.a) {} },
  () => { const o = { a: 1 }; for (const x of o.a) {} },
  () => { for (const x of 5) {} },
  () => { const o = {}; for (const k in o.a.b) {} },
  () => { const o = {}; return [1, ...o.a]; },
  () => { const f = () => {}; return f(...undefined); },
  () => { const o = {}; return Math.max(1, ...o.a); },
  () => { const o = {}; return o.f(1, ...o.a); },
  () => { function X() {} return new X(...undefined); },
  () => { const o = {}; const { x } = o.a; },
  () => { const o = {}; let x; ({ x } = o.a); },
  () => { const { x, y } = null; },
  () => { const o = {}; const [x] = o.a; },
  () => { const o = {}; class A extends o.B {} },
  () => { const o = {}; const B = o.B; class A extends B {} },
];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
    console.log(i, 'no throw');
  } catch (e) {
    console.log(i, at(e), e.message);
  }
}
