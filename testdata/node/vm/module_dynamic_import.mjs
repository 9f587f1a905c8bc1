// Flags: --experimental-vm-modules
// import() inside a vm.SourceTextModule goes to its importModuleDynamically,
// which answers with a module (its namespace is what import() gives) or a
// namespace; without one import() rejects.
import vm from 'node:vm';

const show = (e) => console.log(e.name, e.code, e.message);

const m = new vm.SourceTextModule(`
  export const first = import('answer', { with: { type: 'json' } });
  export const meta = import.meta;
  export function later(spec) { return import(spec); }`, {
  async importModuleDynamically(spec, referrer, attributes) {
    console.log('importModuleDynamically', spec, referrer === m, attributes);
    if (spec === 'answer') {
      const s = new vm.SyntheticModule(['value'], () => s.setExport('value', 42));
      await s.link(() => {});
      await s.evaluate();
      return s;
    }
    if (spec === 'namespace') return m.namespace;
    if (spec === 'unlinked') return new vm.SourceTextModule('export let z = 1');
    if (spec === 'errored') {
      const bad = new vm.SourceTextModule('throw new Error("bad module")');
      await bad.link(() => {});
      await bad.evaluate().catch(() => {});
      return bad;
    }
    return { not: 'a module' };
  },
});
await m.link(() => {});
await m.evaluate();
console.log(m.namespace.meta, Object.getPrototypeOf(m.namespace.meta));
console.log(await m.namespace.first);
console.log((await m.namespace.later('namespace')) === m.namespace);
try { await m.namespace.later('unlinked'); } catch (e) { show(e); }
try { await m.namespace.later('errored'); } catch (e) { show(e); }
try { await m.namespace.later('other'); } catch (e) { show(e); }

const without = new vm.SourceTextModule(`export const p = import('x');`);
await without.link(() => {});
await without.evaluate();
try { await without.namespace.p; } catch (e) { show(e); }
