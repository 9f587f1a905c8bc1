// Built-ins on the stack show in stack traces as V8 shows its builtins:
// "at Array.map (<anonymous>)", "at new Promise (<anonymous>)", named by
// receiver type and method, while Error constructors, captureStackTrace,
// call/apply and Reflect.apply, and a well-known-symbol method another
// built-in delegates to, do not show.
const clean = (stack) => stack.split('\n').slice(0, 4)
  .map((l) => l.replace(/\((?:\/|[A-Za-z]:\\).*[\/\\]([^\/\\]+)\)$/, '($1)').replace(/at (?:\/|[A-Za-z]:\\)\S*[\/\\]([^\/\\\s]+)$/, 'at $1'))
  .join('\n');
const show = (f) => { try { f(); } catch (e) { console.log(clean(e.stack)); } };
show(() => [1].map(() => { throw new Error('map'); }));
show(() => JSON.parse('{'));
show(() => JSON.parse('{"a":1}', () => { throw new Error('reviver'); }));
show(() => Array.from([1], () => { throw new Error('from'); }));
show(() => 'abc'.replace(/b/, () => { throw new Error('replace'); }));
show(() => [3, 1, 2].sort(() => { throw new Error('sort'); }));
show(() => Reflect.apply(() => { throw new Error('reflect'); }, null, []));
show(() => Function.prototype.call.call(() => { throw new Error('call'); }));
show(() => new Map([[1, 2]]).forEach(() => { throw new Error('mapforeach'); }));
show(() => Object.keys(null));
show(() => [1].map(String.prototype.toUpperCase));
show(() => Promise.resolve().then.call(1));
show(() => Math.max({ valueOf() { throw new Error('valueOf'); } }));
class MyErr extends Error {}
show(() => [1].forEach(() => { throw new MyErr('sub'); }));
new Promise(() => { console.log(clean(new Error('executor').stack)); });
function outer() { return inner(); }
function inner() { const o = {}; Error.captureStackTrace(o, inner); return o.stack; }
console.log(clean(outer()).split('\n').slice(0, 3).join('\n'));
Error.prepareStackTrace = (e, sites) => sites.slice(0, 3).map((c) => [c.getFunctionName(), c.getTypeName(), c.getMethodName(), c.getFileName() === null, c.getLineNumber(), c.isConstructor()].join(' ')).join('\n');
try { [1].map(() => { throw new Error('sites'); }); } catch (e) { console.log(e.stack); }
