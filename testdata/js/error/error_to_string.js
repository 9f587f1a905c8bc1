// Error.prototype.toString on errors and arbitrary objects: name/message defaults and empty parts.
const ts = (o) => Error.prototype.toString.call(o);
console.log(ts({}), '|', ts({ name: 'N' }), '|', ts({ message: 'M' }), '|', ts({ name: 'N', message: 'M' }));
console.log(ts({ name: '', message: 'only message' }), '|', ts({ name: 'only name', message: '' }), '|', JSON.stringify(ts({ name: '', message: '' })));
console.log(ts({ name: undefined, message: undefined }), '|', ts({ name: null, message: null }), '|', ts({ name: 1, message: 2 }));
console.log(ts(new Error('regular')), '|', ts(Error.prototype), '|', ts(TypeError.prototype));
try {
  ts(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const e = new Error('msg');
e.name = 'Changed';
console.log(String(e));
delete Error.prototype.name;
console.log(String(new Error('without prototype name')));
Error.prototype.name = 'Error';
// Template literal and concatenation use toString.
const err = new RangeError('out of range');
console.log(`${err}`, err + '!', [err].join());
// Custom toString on the prototype.
class Loud extends Error { toString() { return this.message.toUpperCase(); } }
console.log(`${new Loud('quiet')}`);
