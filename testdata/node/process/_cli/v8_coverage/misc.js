function s1(x) {
  switch (x) {
    default:
      x = 'd';
    case 1: {
      x += '1';
      break;
    }
    case 2:
      return 2;
  }
  return x;
}
s1(1); s1(5); s1(1);
function d1(n) {
  let i = 0;
  do {
    i++;
    if (i === 2) continue;
    if (i > 3) break;
  } while (i < n);
  return i;
}
d1(5); d1(1);
class Base { constructor(v) { this.v = v; } get twice() { return this.v * 2; } set twice(x) { this.v = x / 2; } }
class Derived extends Base {
  constructor() { super(new.target ? 1 : 0); }
  static make() { return new Derived(); }
  method() { return super.twice; }
}
Derived.make().method();
const seq = (a, b) => (a++, b ? a : -a);
seq(1, 0); seq(2, 1);
function tc(x) {
  try {
    x.y.z = 1;
  } catch ({ message }) {
    return message.length > 0 ? 'msg' : 'none';
  }
  return 'ok';
}
tc(null); tc({ y: {} });
function nestedTernary(a, b) { return a ? b ? 1 : 2 : b ? 3 : 4; }
nestedTernary(1, 0); nestedTernary(0, 0);
function optionalCall(o) { return o.f?.(1)?.g ?? o?.h?.[0]; }
optionalCall({ f: () => ({ g: 1 }) }); optionalCall({ h: [2] });
const obj = { a: 1, ...{ b: 2 }, get c() { return 3; } };
console.log(obj.c, typeof tc);
