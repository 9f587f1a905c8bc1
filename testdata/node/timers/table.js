// timers and timers/promises: a table of calls, including the argument errors.
const timers = require('timers');
const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: nextImmediate, setInterval: every } = tp;
const show = (label, f) => {
  try {
    const v = f();
    console.log(label, '->', typeof v === 'object' && v !== null ? v.constructor.name : v);
  } catch (e) {
    console.log(label, '!!', e.code, e.name, e.message);
  }
};
console.log(timers.setTimeout === setTimeout, timers.setImmediate === setImmediate, Object.keys(timers).sort().join());
show('setTimeout(fn)', () => { const t = setTimeout(() => {}); clearTimeout(t); return t; });
show('setTimeout(null)', () => setTimeout(null));
show('setTimeout("code")', () => setTimeout('1 + 1'));
show('setInterval(1)', () => setInterval(1));
show('setImmediate({})', () => setImmediate({}));
show('clearTimeout(undefined)', () => clearTimeout(undefined));
show('clearTimeout("x")', () => clearTimeout('x'));
show('clearInterval(null)', () => clearInterval(null));
show('timeout refresh', () => { const t = setTimeout(() => {}, 10); const r = t.refresh() === t; clearTimeout(t); return r; });
show('timeout hasRef after unref', () => { const t = setTimeout(() => {}, 10); t.unref(); const r = t.hasRef(); clearTimeout(t); return r; });
show('timeout to primitive', () => { const t = setTimeout(() => {}, 10); const n = +t; clearTimeout(n); return typeof n; });
show('setTimeout huge delay', () => { const t = setTimeout(() => {}, 2 ** 31); clearTimeout(t); return t._idleTimeout; });
(async () => {
  console.log('sleep value', await sleep(1, 'slept'));
  console.log('immediate value', await nextImmediate('imm'));
  let n = 0;
  for await (const v of every(1, 'tick')) { if (++n === 3) { console.log('interval', v, n); break; } }
  const ac = new AbortController();
  const p = sleep(1000, 'never', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log('aborted', e.name, e.code); }
  for (const bad of [{ signal: 1 }, { ref: 'yes' }, 'options']) {
    try { await sleep(1, null, bad); } catch (e) { console.log('bad options', e.code, e.message); }
  }
})();
