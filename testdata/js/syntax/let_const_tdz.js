// Block scoping of let/const and the temporal dead zone.
let a = 1;
{
  let a = 2;
  console.log('inner a', a);
}
console.log('outer a', a);

function tdzRead() {
  try {
    console.log(x);
    let x = 1;
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
tdzRead();

function tdzTypeof() {
  try {
    typeof y;
    let y = 2;
  } catch (e) {
    console.log('typeof in TDZ:', e.constructor.name, e.message);
  }
}
tdzTypeof();

function tdzSelfInit() {
  try {
    let z = z + 1;
  } catch (e) {
    console.log('self init:', e.message);
  }
}
tdzSelfInit();

function tdzClosure() {
  const f = () => v;
  try {
    f();
  } catch (e) {
    console.log('closure before init:', e.message);
  }
  let v = 'ready';
  console.log('closure after init:', f());
}
tdzClosure();

const c = 10;
try {
  c = 11;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log('c still', c);

const obj = { n: 1 };
obj.n = 2;
console.log('const object mutable', obj.n);

let u;
console.log('let without init', u);

{
  function blockFn() { return 'block'; }
  console.log(blockFn());
}

switch (1) {
  case 0:
    let s = 'zero';
    break;
  case 1:
    try {
      s = 'one';
    } catch (e) {
      console.log('switch case TDZ:', e.message);
    }
}

for (let i = 0; i < 2; i++) {
  let i = 'shadow';
  console.log('body shadows head', i);
}

try {
  (function () { 'use strict'; let q = q; })();
} catch (e) {
  console.log('strict self ref:', e.message);
}

class K {}
try {
  (function () { new L(); class L {} })();
} catch (e) {
  console.log('class TDZ:', e.message);
}
console.log(typeof K);
