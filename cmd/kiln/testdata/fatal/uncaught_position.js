// The banner places a property read after a call at its dot, as V8 does.
const list = [1, 2];
function first() {
  return list.map((x) => x * 2).find((x) => x > 10).value.toFixed();
}
first();
