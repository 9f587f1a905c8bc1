// String.prototype.replace and split take a fast path while RegExp.prototype and RegExp are as built; each store
// into them (assignment at a monomorphic or megamorphic site, defineProperty) must turn it off, and putting the
// original back must turn it on again, without a stale answer in between.
const out = [];
function f(s) { return s.replace(/x/g, 'y'); }
out.push(f('axbx'));
const orig = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) { out.push('exec'); return orig.call(this, s); };
out.push(f('axbx'));
RegExp.prototype.exec = orig;
out.push(f('axbx'));
for (let i = 0; i < 3; i++) {
  RegExp.prototype.exec = i == 1 ? function () { out.push('e' + i); return null; } : orig;
  out.push(f('axbx'));
}
Object.defineProperty(RegExp.prototype, 'exec', { value: function () { out.push('dp'); return null; } });
out.push(f('axbx'));
Object.defineProperty(RegExp.prototype, 'exec', { value: orig });
out.push(f('axbx'));

const fl = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags');
Object.defineProperty(RegExp.prototype, 'flags', { get() { out.push('flags'); return fl.get.call(this); } });
out.push('a,b'.split(/,/));
Object.defineProperty(RegExp.prototype, 'flags', fl);
out.push('a,b'.split(/,/));

const sp = Object.getOwnPropertyDescriptor(RegExp, Symbol.species);
Object.defineProperty(RegExp, Symbol.species, { get() { out.push('species'); return RegExp; } });
out.push('a,b'.split(/,/));
Object.defineProperty(RegExp, Symbol.species, sp);
out.push('a,b'.split(/,/));

// A store site that has seen many shapes (megamorphic).
const objs = [];
for (let i = 0; i < 30; i++) { const o = {}; o['k' + i] = 1; objs.push(o); }
function setExec(o, v) { o.exec = v; }
for (const o of objs) setExec(o, 1);
setExec(RegExp.prototype, function () { out.push('mega'); return null; });
out.push(f('axbx'));
setExec(RegExp.prototype, orig);
out.push(f('axbx'));
for (let i = 0; i < 3; i++) {
  setExec(RegExp.prototype, i == 1 ? function () { out.push('m' + i); return null; } : orig);
  out.push(f('axbx'));
}

// Reflect.set and a computed key.
Reflect.set(RegExp.prototype, 'exec', function () { out.push('reflect'); return null; });
out.push(/a/.test('a'));
const key = 'ex' + 'ec';
RegExp.prototype[key] = orig;
out.push(/a/.test('a'));
RegExp.prototype[Symbol.replace] = function () { return 'own replace'; };
out.push('x'.replace(/x/, 'z'));
console.log(JSON.stringify(out));
