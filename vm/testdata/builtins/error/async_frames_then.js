// Async stack frames of an error made in a .then or .catch handler: V8
// starts at the promise the handler's job settles (the derived promise) and
// follows its waiters from there, as a client library's callback that makes
// its error in a then handler shows the program's awaiting functions.
const clean = (s) => s.split("\n").map((l) => l.replace(/(\(|async |at )\/.*[\/\\]/, '$1')).join('\n');
const tick = () => new Promise((res) => setTimeout(res, 1));
function query() { return tick().then(() => { throw new Error('in then'); }); }
function deeper() { return tick().then(() => make()); }
function make() { return new Error('made below the handler'); }
function caught() { return Promise.reject(new Error('x')).catch(() => { throw new Error('in catch'); }); }
function chained() { return tick().then(() => { throw new Error('chained'); }).then((v) => v); }
async function viaAwait() { return await query(); }
async function viaReturn() { return query(); }
async function top(f) { await f(); }
(async () => {
  for (const f of [query, caught, chained, viaAwait, viaReturn]) {
    try { await top(f); } catch (e) { console.log(clean(e.stack)); }
  }
  const made = await deeper();
  console.log(clean(made.stack));
  try { await Promise.all([query(), 1]); } catch (e) { console.log(clean(e.stack)); }
  // No one waits on the derived promise: no async frames.
  await new Promise((res) => tick().then(() => { console.log(clean(new Error('unwatched').stack)); res(); }));
  // Two waiters on the derived promise: V8 stops there.
  const p = tick().then(() => new Error('two waiters'));
  p.then(() => {});
  const [two] = await Promise.all([p]);
  console.log(clean(two.stack));
})();
