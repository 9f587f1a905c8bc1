// Initialisers compiled straight into a local's register (an array or
// object literal, a template): the binding's dead zone, a var kept when its
// initialiser throws, self-references, generators suspended mid-literal.
function a() { try { const o = { x: o }; return o; } catch (e) { return e.constructor.name; } }
function b() { try { let o = [1, ...o]; return o; } catch (e) { return e.constructor.name; } }
function c() { var o = 5; try { var o = { x: 1, y: thrower() }; } catch (e) {} return o; }
function d() { let s = 'q'; s = `${s}-${s}`; s = `a${s}`; return s; }
function e() { let arr = [1, 2]; arr = [arr[1], arr[0], arr.length]; return arr.join(); }
function thrower() { throw new Error('t'); }
function f() { const t = `${1}${{ toString() { return 'x'; } }}`; const u = `${'only'}`; return t + u + `${2}z`; }
function g() { const out = []; for (let i = 0; i < 3; i++) { const o = { i, prev: out.length ? out[out.length - 1].i : -1 }; out.push(o); } return JSON.stringify(out); }
function h() { let r = []; for (let i = 0; i < 3; i++) { try { const o = { v: i === 1 ? thrower() : i }; r.push(o.v); } catch (e) { r.push('caught'); } } return r.join(); }
function* gen() { const o = { a: yield 1, b: yield 2 }; return o; }
const it = gen(); it.next(); it.next('A'); 
console.log(a(), b(), c(), d(), e(), f(), g(), h(), JSON.stringify(it.next('B')));
function k() { let x = 1; x = x ? [x, x + 1] : {}; const y = `${x}`; return y; }
console.log(k());
