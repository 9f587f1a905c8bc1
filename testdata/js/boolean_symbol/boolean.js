// Booleans: ToBoolean of every kind of value, Boolean wrappers, and Boolean.prototype methods.
const values = [undefined, null, true, false, 0, -0, 0n, NaN, 1, -1, Infinity, '', ' ', '0', 'false', [], [0], {}, () => {}, Symbol(), 1n,
  new Boolean(false), new Number(0), new String(''), new Date(NaN), /(?:)/];
console.log(values.map((v) => (Boolean(v) ? 'T' : 'F')).join(''));
console.log(values.map((v) => (!!v ? 'T' : 'F')).join(''));

const wrapped = new Boolean(false);
console.log(typeof wrapped, wrapped ? 'wrapper truthy' : 'wrapper falsy', wrapped.valueOf(), wrapped == false, wrapped === false, String(wrapped));
console.log(Boolean(), Boolean('x', 'ignored'), true.toString(), false.valueOf(), Boolean.prototype.valueOf(), Object.prototype.toString.call(true));
console.log(JSON.stringify([true, new Boolean(true)]), true + true, true + 1, true + '1', false * 10, -true, +false);
try {
  Boolean.prototype.toString.call(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// Logical operators return operands, not booleans.
console.log(1 && 'last', 0 && 'never', '' || 'fallback', 'first' || 'never', null ?? false, !'', !!'0');
// Comparison results.
console.log(true == 1, true == '1', true == 'true', false == '', false == [], false == [0], false == null, true > false, true === 1);
console.log(Object.getOwnPropertyNames(Boolean.prototype).sort().join(), Boolean.length, Boolean.name);
// if / while / ternary with objects.
if ([]) console.log('empty array is truthy');
if (new Boolean(false)) console.log('new Boolean(false) is truthy');
let n = 3;
while (n) n--;
console.log('loop ended at', n);
// Short-circuit evaluation skips side effects.
let touched = false;
false && (touched = true);
true || (touched = true);
console.log('short-circuit touched:', touched);
