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
  // A global read that comes first in a return, throw, if, switch or
  // expression statement (not a loop) is placed at the statement (V8 gives the statement's
  // position to its first instruction); elsewhere at the name.
  () => { return notDefined; },
  () => { return 1 + notDefined; },
  () => { return f(notDefined); },
  () => { return [1, notDefined]; },
  () => { const y = 1 + notDefined; },
  () => { let y; y = notDefined; },
  () => { notDefined; },
  () => { if (notDefined) {} },
  () => { return `${notDefined}`; },
  () => { return notDefined.a; },
  () => { return 1 +
      notDefined; },
  () => { return (
      notDefined); },
  () => { throw notDefined; },
  () => { const y = notDefined.a; },
  () => { switch (notDefined) {} },
  () => { while (notDefined) {} },
  () => { do {} while (notDefined); },
  () => { for (; notDefined;) {} },
  () => { if (1) notDefined; },
  () => notDefined,
  // Stores: at the assignment's or a postfix update's operator, a prefix
  // update's last token; a destructuring's
  // and a for-of head's at the target, a for-in head's at the property.
  () => { 'use strict'; undeclared1 = 1; },
  () => { 'use strict'; return y = notDefined; },
  () => { const c = 1; c = 2; },
  () => { const c = 1; c += 2; },
  () => { const c = 0; c ||= 2; },
  () => { const c = 1; c++; },
  () => { 'use strict'; const o = Object.freeze({ a: 1 }); o.a += 1; },
  () => { 'use strict'; const o = Object.freeze({ a: 0 }); o.a ||= 1; },
  () => { 'use strict'; const o = Object.freeze({ a: 0 }); o.a++; },
  () => { 'use strict'; const o = Object.freeze({ a: 0 }); --o.a; },
  () => { const c = 1; return 1 + ++c; },
  () => { 'use strict'; const o = Object.freeze({ a: 0 }); ++o['a']; },
  () => { 'use strict'; const o = Object.freeze({ a: 0 }); o['a'] += 1; },
  () => { 'use strict'; const o = Object.freeze({ a: 0 }); [o.a] = [1]; },
  () => { 'use strict'; const o = Object.freeze({ a: 0 }); ({ x: o.a } = { x: 1 }); },
  () => { 'use strict'; const o = Object.freeze({ a: 0 }); for (o.a of [1]) {} },
  () => { 'use strict'; const o = Object.freeze({ a: 0 }); for (o.a in { k: 1 }) {} },
  () => { 'use strict'; const o = Object.freeze({ a: 0 }); for (o['a'] of [1]) {} },
];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
    console.log(i, 'no throw');
  } catch (e) {
    console.log(i, at(e), e.message);
  }
}
