// Flags: --experimental-vm-modules
// vm.Module's errors: bad arguments, linkers that answer wrongly, missing
// exports, evaluation timeouts, modules of another context.
import vm from 'node:vm';

const show = (e) => console.log(e.name, e.code, e.message);

try { new vm.Module(); } catch (e) { show(e); }
try { new vm.SourceTextModule(1); } catch (e) { show(e); }
try { new vm.SourceTextModule('', { context: {} }); } catch (e) { show(e); }
try { new vm.SourceTextModule('', { identifier: 3 }); } catch (e) { show(e); }
try { new vm.SourceTextModule('', { lineOffset: 1.5 }); } catch (e) { show(e); }
try { new vm.SourceTextModule('', { initializeImportMeta: 1 }); } catch (e) { show(e); }
try { new vm.SyntheticModule(['a', 'a'], () => {}); } catch (e) { show(e); }
try { new vm.SyntheticModule([1], () => {}); } catch (e) { show(e); }
try { new vm.SyntheticModule(['a']); } catch (e) { show(e); }
try { new vm.SourceTextModule('export default ;'); } catch (e) { console.log(e.name); }

const s = new vm.SyntheticModule(['a'], () => {});
await s.link(() => {});
try { s.setExport(1, 1); } catch (e) { show(e); }

const undef = new vm.SourceTextModule(`import 'x'`);
try { await undef.link(() => undefined); } catch (e) { show(e); console.log(undef.status, undef.error === e); }
try { await undef.link(() => undefined); } catch (e) { show(e); }
try { await new vm.SourceTextModule('').link(1); } catch (e) { show(e); }
const plain = new vm.SourceTextModule(`import a from 'x'`);
try { await plain.link(() => ({})); } catch (e) { show(e); console.log(plain.status); }

const ctx = vm.createContext({});
const other = new vm.SourceTextModule(`import a from 'x'`);
try { await other.link(() => new vm.SourceTextModule('', { context: ctx })); } catch (e) { show(e); console.log(other.status); }

const missing = new vm.SourceTextModule(`import { nope } from 'x'`);
try { await missing.link(() => new vm.SourceTextModule('export const yes = 1')); } catch (e) { show(e); console.log(missing.status); }

const failed = new vm.SourceTextModule('throw 1');
await failed.link(() => {});
await failed.evaluate().catch(() => {});
const importsFailed = new vm.SourceTextModule(`import 'e'`);
try { await importsFailed.link(() => failed); } catch (e) { show(e); console.log('cause', e.cause); }

const done = new vm.SourceTextModule('export const a = 1');
await done.link(() => {});
try { await done.evaluate({ timeout: -1 }); } catch (e) { show(e); }
try { await done.evaluate({ timeout: 1.5 }); } catch (e) { show(e); }
try { await done.evaluate({ breakOnSigint: 1 }); } catch (e) { show(e); }
try { await done.evaluate(1); } catch (e) { show(e); }

const spin = new vm.SourceTextModule('while (true) {}');
await spin.link(() => {});
try { await spin.evaluate({ timeout: 20 }); } catch (e) { show(e); console.log(spin.status); }

// A module of a context runs there: its globals are the context's.
const inCtx = new vm.SourceTextModule(
  `export const seen = typeof process; export default Object; globalThis.fromModule = 1;`,
  { context: ctx });
console.log(inCtx.identifier, inCtx.context === ctx);
await inCtx.link(() => {});
await inCtx.evaluate();
console.log(inCtx.namespace.seen, inCtx.namespace.default === Object, ctx.fromModule);
console.log(new vm.SourceTextModule('', { context: ctx }).identifier, new vm.SyntheticModule([], () => {}).identifier);
