// Flags: --experimental-vm-modules
// SourceTextModule's createCachedData and the cachedData option: data made
// from a module compiles the same source again; other data is rejected.
import vm from 'node:vm';

const show = (e) => console.log(e.name, e.code, e.message);
const src = 'export const a = 1;\nexport function where() { return new Error("x").stack.split("\\n")[1]; }';
const m = new vm.SourceTextModule(src, { lineOffset: 3 });
const data = m.createCachedData();
console.log(Buffer.isBuffer(data), data.length > 0);
try { new vm.SourceTextModule(src, { cachedData: Buffer.from('junk') }); } catch (e) { show(e); }
try { new vm.SourceTextModule('export const a = 22;', { cachedData: data }); } catch (e) { show(e); }
try { new vm.SourceTextModule(src, { cachedData: 'x' }); } catch (e) { show(e); }
const again = new vm.SourceTextModule(src, { cachedData: new Uint8Array(data) });
await m.link(() => {});
await m.evaluate();
console.log(m.namespace.a, m.namespace.where());
await again.link(() => {});
await again.evaluate();
console.log(again.namespace.a, typeof again.namespace.where);
try { m.createCachedData(); } catch (e) { show(e); }
