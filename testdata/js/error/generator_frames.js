// A generator's frames in a stack trace: the resumption's is named for the generator function that made the
// object ("named.next"), as V8's receiver type name takes the map's constructor, before any @@toStringTag.
const util = require('util');
function show(e) { console.log(e.stack.split('\n').slice(1, 3).map((l) => l.replace(__dirname, '.')).join('\n')); }
function* named() { throw new Error('x'); }
try { named().next(); } catch (e) { show(e); }
const anon = [function* () { throw new Error('y'); }][0];
try { anon().next(); } catch (e) { show(e); }
const obj = { *meth() { throw new Error('z'); } };
try { obj.meth().next(); } catch (e) { show(e); }
class C { static *sm() { throw new Error('s'); } *im() { yield 1; throw new Error('i'); } }
try { C.sm().next(); } catch (e) { show(e); }
try { for (const v of new C().im()) {} } catch (e) { show(e); }
async function* ag() { throw new Error('a'); }
ag().next().catch(show);
function* withProto() { throw new Error('p'); }
withProto.prototype = null;
try { withProto().next(); } catch (e) { show(e); }
function* tagged() { throw new Error('t'); }
tagged.prototype[Symbol.toStringTag] = 'Tagged';
try { tagged().next(); } catch (e) { show(e); }
try { named().throw(new Error('thrown in')); } catch (e) { show(e); }
console.log(util.inspect(named()), util.inspect(ag()), Object.prototype.toString.call(named()));
