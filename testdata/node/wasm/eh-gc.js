// Flags: --expose-gc
// WebAssembly exceptions under collection: an externref in an exception's payload stays alive while the exception
// does (made in JS, thrown by wasm, held by a catch block), and an exception a host function throws into wasm stays
// the same object while wasm holds it. stdlib's TestWasmReferencesUnderGC runs this under GC stress too; eh-leak.js
// checks that exceptions nothing refers to are collected.
const { churn, hooks, instantiate } = require('./_lib/eh_module.js');

const x = instantiate();
const { tagRef, tagI32 } = x;

const made = new WebAssembly.Exception(tagRef, [{ made: 1 }]);
churn();
console.log('made in JS', made.getArg(tagRef, 0));

try { x.throwRef({ thrown: 2 }); } catch (e) {
  churn();
  console.log('thrown by wasm', e.getArg(tagRef, 0));
}

try { x.holdRef({ held: 3 }); } catch (e) {
  churn();
  console.log('held by a catch', e.getArg(tagRef, 0));
}

hooks.jsThrow = () => {
  const e = new WebAssembly.Exception(tagRef, [{ fromJs: 4 }]);
  e.mark = 'the same object';
  throw e;
};
try { x.holdJs(); } catch (e) {
  churn();
  console.log('thrown by JS, held by wasm', e.mark, e.getArg(tagRef, 0));
}
hooks.jsThrow = () => { throw { plain: 5 }; };
try { x.holdJs(); } catch (e) { console.log('a JS value held by wasm', e); }
