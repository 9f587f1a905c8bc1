// Async stack traces pass through a promise resolved with another: an async
// function's `return p` and a `resolve(p)` hand p's outcome to their own
// promise through its resolve function, and the functions awaiting that
// promise are listed too, as V8 lists them (once the hand-over has been
// set up, which takes a job: hence the awaits before the throw).
function frames(stack) {
  return stack.split('\n').slice(1).map((l) => l.trim().replace(/ \(.*\)$/, '').replace(/ \/.*$/, '')).join(' < ');
}

async function thrower() { await null; await null; await null; throw new Error('x'); }
async function returnsIt() { return thrower(); }
async function awaitsReturned() { await returnsIt(); }
async function resolvesWith() { return new Promise((resolve) => resolve(awaitsReturned())); }
async function top() { await resolvesWith(); }
top().catch((e) => console.log(frames(e.stack)));

async function early() { await null; throw new Error('y'); }
async function returnsEarly() { return early(); }
async function awaitsEarly() { await returnsEarly(); }
awaitsEarly().catch((e) => console.log(frames(e.stack)));

class Base { async load() { await null; await null; await null; throw new Error('z'); } }
class Derived extends Base { async load() { return super.load(); } }
async function caller() { const v = await new Derived().load(); return v; }
caller().catch((e) => console.log(frames(e.stack)));

// A .then or .catch in the chain is passed through to the promise it
// derives, whichever handlers it has.
const inner = async () => { await null; await null; await null; throw new Error('c'); };
const plain = () => inner();
async function viaCatch() { const o = await plain().catch((e) => { throw e; }); return o; }
async function awaitsCatch() { await viaCatch(); }
awaitsCatch().catch((e) => console.log(frames(e.stack)));
async function viaThen() { await inner().then((v) => v).finally(() => {}); }
viaThen().catch((e) => console.log(frames(e.stack)));
