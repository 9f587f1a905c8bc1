function* a() {
  yield 1;
  console.log('x');
  const y = yield 2;
  yield* [3];
  return y;
}
[...a()];
function* b() { yield 1; }
const it = b(); it.next();
async function c() { await null; console.log('after'); }
c();
async function* d() { yield 1; await 2; yield 3; }
(async () => { for await (const v of d()) {} })();
async function x2() { await new Promise(() => {}); }
x2();
function* y2() { const a = yield 1; }
y2().next();
function* z2() { yield* [1]; }
z2().next();
