// Property reads on strings and numbers, cached at the site under their
// prototype's shape, while String.prototype and Number.prototype change
// under warm caches; and sites that see primitives and objects alike.
'use strict';
function scan(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) + s.indexOf('b', i);
  return n;
}
function fix(x) { return x.toFixed(1); }
const out = [];
for (let round = 0; round < 3; round++) out.push(scan('abcabc' + round), fix(round / 3));

// A method replaced, added, deleted and made an accessor after warm-up.
const saved = String.prototype.charCodeAt;
String.prototype.charCodeAt = function (i) { return 1000 + i; };
out.push(scan('ab'));
String.prototype.charCodeAt = saved;
function extra(s) { return typeof s.shout === 'function' ? s.shout() : s.shout; }
out.push(extra('x'));
String.prototype.shout = function () { return this.toUpperCase() + '!'; };
out.push(extra('y'), extra('z'));
delete String.prototype.shout;
out.push(extra('w'));
Object.defineProperty(String.prototype, 'shout', { get() { return typeof this + ':' + this; }, configurable: true });
out.push(extra('v'));
delete String.prototype.shout;
Object.prototype.shout = 'from Object.prototype';
out.push(extra('u'));
delete Object.prototype.shout;
Number.prototype.toFixed = function () { return 'patched'; };
out.push(fix(1));

// One site, many receivers: strings, numbers, arrays, objects, booleans.
function len(x) { return x.length; }
function str(x) { return x.toString(); }
const mixed = ['abc', [1, 2], { length: 7 }, 'de', new String('xyz'), 42, true, 1.5, Symbol('s'), 10n];
out.push(mixed.map(x => String(len(x))).join(','), mixed.map(x => str(x)).join(','));
// Index keys on strings.
function first(s) { return s[0] + s['1']; }
out.push(first('hey'), first('yo'));
try { len(undefined); } catch (e) { out.push(e.message); }
try { len(null); } catch (e) { out.push(e.message); }
console.log(out.join('\n'));
