// Assignment sites that see so many receiver shapes they go megamorphic
// (stores to existing fields and adds of new ones, sharing the runtime's
// megamorphic set cache), then receivers of a cached shape whose
// prototype, extensibility or property attributes forbid what the cache
// would do.
'use strict';
const log = [];
function make(i) {
  const o = {};
  for (let j = 0; j <= i % 20; j++) o['k' + j] = j;
  return o;
}
function setFlags(o, v) { o.flags = v; }
function setParent(o, v) { o.parent = v; }

const objs = [];
for (let i = 0; i < 40; i++) objs.push(make(i));
for (let round = 0; round < 3; round++) {
  for (const o of objs) setParent(o, round);
  for (const o of objs) setFlags(o, round * 10);
}
console.log(objs.slice(0, 3).map(o => JSON.stringify(o)).join('\n'));
console.log(objs.every(o => o.parent === 2 && o.flags === 20));

// The shape of make(1) with a prototype whose setter takes the add.
const withSetter = Object.create({ set parent(v) { log.push('setter ' + v); } });
withSetter.k0 = 0; withSetter.k1 = 1;
setParent(withSetter, 'x');
console.log(Object.keys(withSetter), log);

// A read-only property on the prototype: the add throws in strict code.
const readOnly = Object.create(Object.defineProperty({}, 'parent', { value: 'ro' }));
readOnly.k0 = 0;
try { setParent(readOnly, 'y'); } catch (e) { console.log(e.constructor.name, e.message); }

// A setter defined on Object.prototype after the cache warmed up.
Object.defineProperty(Object.prototype, 'parent', {
  set(v) { log.push('late ' + v); }, configurable: true,
});
const fresh = make(5);
setParent(fresh, 'z');
console.log(Object.keys(fresh).length, log);
delete Object.prototype.parent;

// Frozen, sealed and non-extensible receivers of cached shapes.
const frozen = Object.freeze(make(3));
try { setFlags(frozen, 1); } catch (e) { console.log(e.constructor.name, e.message); }
const sealed = Object.seal(make(4));
try { setFlags(sealed, 1); } catch (e) { console.log(e.constructor.name, e.message); }
const stiff = make(6);
setFlags(stiff, 5);
Object.preventExtensions(stiff);
setFlags(stiff, 6);
try { setParent(stiff, 1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(stiff.flags, 'parent' in stiff);

// A field made read-only or an accessor after the site cached its slot.
const ro = make(7);
setFlags(ro, 1);
Object.defineProperty(ro, 'flags', { writable: false });
try { setFlags(ro, 2); } catch (e) { console.log(e.constructor.name, e.message); }
const acc = make(8);
setFlags(acc, 1);
Object.defineProperty(acc, 'flags', { set(v) { log.push('acc ' + v); } });
setFlags(acc, 3);
console.log(ro.flags, log);

// Sloppy code: the same failures are silent.
const sloppy = new Function('o', 'v', 'o.parent = v; return o.parent;');
for (const o of objs) sloppy(o, 1);
console.log(sloppy(Object.freeze(make(2)), 9), sloppy(readOnly, 9));
