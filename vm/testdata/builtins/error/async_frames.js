// Async stack frames: V8 follows each awaiting async function through the
// promise it awaits, as long as one reaction waits on each promise, and
// through Promise.all, allSettled and any, which appear as their own frame.
const clean = (s) => s.split('\n').map((l) => l.replace(/(\(|async )\/.*[\/\\]/, '$1')).join('\n');
async function c() { await null; throw new Error('boom'); }
async function b() { await c(); }
async function a() { await b(); }
class K { async m() { await a(); } }
async function viaThen() { return c().then((v) => v); }
async function outer() { await viaThen(); }
async function rejectsLater(i) { await null; throw new Error('no ' + i); }
(async () => {
  try { await new K().m(); } catch (e) { console.log(clean(e.stack)); }
  try { await outer(); } catch (e) { console.log(clean(e.stack)); }
  const results = await Promise.allSettled([b(), a()]);
  for (const r of results) console.log(clean(r.reason.stack));
  try { await Promise.all([1, c()]); } catch (e) { console.log(clean(e.stack)); }
  try { await Promise.any([rejectsLater(0), rejectsLater(1)]); } catch (e) {
    console.log(e.constructor.name, e.errors.length);
    console.log(clean(e.errors[1].stack));
  }
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (e, sites) => sites.map((s) => [s.isAsync(), s.isPromiseAll(), s.getPromiseIndex(),
    s.getFunctionName(), s.getTypeName(), s.getMethodName(), s.getFileName() === null, s.getLineNumber()].join('|')).join('\n');
  try { await Promise.all([c(), 2]); } catch (e) { console.log(e.stack); }
  Error.prepareStackTrace = prep;
})();
