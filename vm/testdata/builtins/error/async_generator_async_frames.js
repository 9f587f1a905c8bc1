// The async frames of a stack trace thrown in an async generator: whoever
// awaits the request the generator runs for (a for await, an awaited next())
// shows as 'at async', as in V8.
async function* inner() { yield 1; throw new Error('inner'); }
async function* mid() { yield* inner(); }
async function* direct() { await null; throw new Error('direct'); }
async function consume(g) { for await (const x of g) {} }
async function viaNext(g) { await g.next(); await g.next(); }
async function main() {
  for (const [name, f] of [['consume mid', () => consume(mid())], ['consume direct', () => consume(direct())],
    ['next direct', () => viaNext(direct())], ['next mid', () => viaNext(mid())]]) {
    try { await f(); } catch (e) { console.log(name + ':', e.stack.split('\n').slice(1).map((l) => l.trim().replace(/\/.*\//, '')).join(' | ')); }
  }
}
main();
