function f1(arr) {
  for (const v of arr) return v;
}
f1([1]);
function f2(o) {
  for (const k in o) return k;
}
f2({ a: 1 });
async function f3(arr) {
  for await (const v of arr) return v;
}
f3([1]);
function f4(arr) {
  for (const v of arr) if (v) break;
}
f4([1]);
async function f5() {
  try {
    return await Promise.reject(new Error('x'));
  } finally {
    f1([]);
  }
}
f5().catch(() => {});
async function f6() {
  try {
    await Promise.reject(new Error('x'));
  } finally {
    f1([]);
  }
}
f6().catch(() => {});
function h1(arr) {
  var v;
  for (v of arr) return v;
}
h1([1]);
function h2(o) {
  for (var k in o) return k;
}
h2({ a: 1 });
function h3(o) {
  let k;
  for (k in o) return k;
}
h3({ a: 1 });
function h4(n) {
  for (var i = 0; i < n; i++) return i;
}
h4(1);
function h5(n) {
  let i = 0;
  for (; i < n; i++) return i;
}
h5(1);
async function* pairs(source) { for await (const c of source) yield `[${c}]`; }
(async () => { for await (const p of pairs([1, 2, 3])) console.log(p); })();
