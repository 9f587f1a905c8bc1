// Flags: --experimental-vm-modules
// vm.SourceTextModule and vm.SyntheticModule through their states: link()
// with the linker's arguments, evaluate() with top-level await, live
// namespace bindings, import.meta, and the status errors on the way.
import vm from 'node:vm';

globalThis.print = console.log;
const show = (e) => console.log(e.name, e.code, e.message);

console.log(Object.keys(vm).filter((k) => /Module/.test(k)));
const m = new vm.SourceTextModule(
  `import { x } from 'dep'; import s from 'syn';
   export let y = x + 1;
   print('body', import.meta.url, s, y);
   export function bump() { y++; }
   await 1;
   print('after await');`,
  { initializeImportMeta(meta, mod) { meta.url = 'u:' + mod.identifier; } });
console.log(m.status, m.identifier, m.dependencySpecifiers, m.context);
try { m.namespace; } catch (e) { show(e); }
try { m.error; } catch (e) { show(e); }
try { await m.evaluate(); } catch (e) { show(e); }

const dep = new vm.SourceTextModule('export const x = 41;');
const syn = new vm.SyntheticModule(['default'], function () {
  print('syn steps', this === syn, typeof this.setExport);
  this.setExport('default', 'S');
});
try { syn.setExport('default', 1); } catch (e) { show(e); }
const linking = m.link(async (spec, referrer, extra) => {
  console.log('linker', spec, referrer === m, extra);
  return spec === 'dep' ? dep : syn;
});
console.log('while linking:', m.status, dep.status, syn.status);
await linking;
console.log('linked:', m.status, dep.status, syn.status);
try { await m.link(() => {}); } catch (e) { show(e); }

const evaluation = m.evaluate();
console.log('evaluate returned', m.status, evaluation instanceof Promise);
console.log('evaluate resolved to', await evaluation, m.status, dep.status, syn.status);
console.log(m.namespace, m.namespace.y);
m.namespace.bump();
console.log('live:', m.namespace.y);
console.log(await m.evaluate(), 'again');
try { await m.link(() => {}); } catch (e) { show(e); }
console.log(m, syn);

const thrower = new vm.SourceTextModule(`throw new Error('boom')`);
await thrower.link(() => {});
try { await thrower.evaluate(); } catch (e) { console.log('rejected', e.message, thrower.status, thrower.error === e); }
try { await thrower.evaluate(); } catch (e) { console.log('rejected again', e.message); }

const late = new vm.SourceTextModule(`await new Promise((r) => setTimeout(r, 5)); throw new Error('late')`);
await late.link(() => {});
const lateRun = late.evaluate();
console.log('late:', late.status);
try { await lateRun; } catch (e) { console.log('late rejected', e.message, late.status); }

const steps = new vm.SyntheticModule(['a', 'b'], () => { throw new Error('steps failed'); }, { identifier: 'synid' });
console.log(steps.identifier, steps.status);
await steps.link(() => { throw new Error('not called'); });
console.log(steps.status);
try { steps.setExport('nope', 1); } catch (e) { show(e); }
try { await steps.evaluate(); } catch (e) { console.log(e.message, steps.status); }

// Modules that import each other.
const a = new vm.SourceTextModule(`import { b } from 'b'; export const a = 'A'; export function getB() { return b; }`, { identifier: 'a' });
const b = new vm.SourceTextModule(`import { a } from 'a'; export const b = 'B'; export function getA() { return a; }`, { identifier: 'b' });
await a.link((spec) => (spec === 'a' ? a : b));
console.log(a.status, b.status);
await a.evaluate();
console.log(a.namespace.getB(), b.namespace.getA(), b.status);
