// Expected output comes from node: go test ./vm -run TestBuiltins -update
// JSON.parse revivers that change the objects being revived: the keys are
// read once per object, before its members are revived, and each result
// is stored as CreateDataProperty stores it.
const log = [];
const r1 = JSON.parse('{"a":1,"b":2,"c":{"d":3,"e":4},"f":[5,6]}', function (k, v) {
  log.push(k);
  if (k === 'a') delete this.b;
  if (k === 'd') Object.defineProperty(this, 'e', { get() { return 40; }, enumerable: true, configurable: true });
  if (k === 'c') Object.defineProperty(this, 'f', { value: 'frozen', writable: false, enumerable: true, configurable: false });
  if (k === '0') this[5] = 'added';
  return typeof v === 'number' ? v * 10 : v;
});
console.log(log.join(','), JSON.stringify(r1), Object.getOwnPropertyDescriptor(r1, 'f').writable);

const sym = Symbol('s');
const r2 = JSON.parse('{"x":1,"y":{"z":2}}', function (k, v) {
  if (k === 'x') { this[sym] = 1; this[7] = 'seven'; Object.defineProperty(this, 'hidden', { value: 1, enumerable: false, configurable: true }); }
  return v;
});
console.log(Object.keys(r2).join(','), r2[sym], Object.getOwnPropertyNames(r2).join(','));

const r3 = JSON.parse('{"p":{"q":1,"r":2}}', function (k, v) {
  if (k === 'q') Object.defineProperty(this, 'r', { value: 2, writable: false, enumerable: true, configurable: true });
  if (k === 'r') return 'R';
  return v;
});
console.log(JSON.stringify(r3), JSON.stringify(Object.getOwnPropertyDescriptor(r3.p, 'r')));

const r4 = JSON.parse('{"1":"a","0":"b","k":"c","2":"d"}', (k, v) => (k === '' ? v : v + k));
console.log(JSON.stringify(r4), Object.keys(r4).join(','));

const r5 = JSON.parse('{"a":1,"b":2}', function (k, v) {
  if (k === 'a') Object.preventExtensions(this);
  return k === '' ? v : undefined;
});
console.log(JSON.stringify(r5), Object.isExtensible(r5));

const r6 = JSON.parse('[{"a":1},{"a":2}]', function (k, v) {
  if (k === 'a' && v === 1) Object.freeze(this);
  return typeof v === 'number' ? v + 100 : v;
});
console.log(JSON.stringify(r6), Object.isFrozen(r6[0]));
