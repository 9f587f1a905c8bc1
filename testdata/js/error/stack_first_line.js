// err.stack: only its first line is portable (frames contain absolute paths). V8 formats the stack on first access,
// so a name set right after super() (the common custom-error pattern) shows up, and later changes do not.
const first = (e) => String(e.stack).split('\n')[0];
console.log(first(new Error('plain')));
console.log(first(new TypeError('typed')));
console.log(first(new Error('')));
console.log(first(new Error()));
console.log(first(new RangeError('multi\nline')));
class Custom extends Error {
  constructor(m) { super(m); this.name = 'Custom'; }
}
console.log(first(new Custom('set after super')));
class ProtoName extends Error {}
ProtoName.prototype.name = 'ProtoName';
console.log(first(new ProtoName('name on prototype')));
const late = new Error('original');
late.name = 'Renamed';
late.message = 'changed';
console.log(first(late), '|', String(late));
const frozen = new Error('original');
const before = first(frozen);
frozen.name = 'Renamed';
frozen.message = 'changed';
console.log(before, '|', first(frozen), '|', String(frozen));

try {
  null.prop;
} catch (e) {
  console.log(first(e));
}
try {
  notDefinedAnywhere();
} catch (e) {
  console.log(first(e));
}

// Frames mention function names (checked without paths).
function outerFn() { return innerFn(); }
function innerFn() { return new Error('where'); }
const lines = outerFn().stack.split('\n');
console.log(lines.length > 2, /at innerFn/.test(lines[1]), /at outerFn/.test(lines[2]));

// stack is an own property, writable; non-errors have none.
const e = new Error('x');
console.log(Object.hasOwn(e, 'stack'), typeof e.stack, 'stack' in {});
e.stack = 'replaced';
console.log(e.stack);

// Error.captureStackTrace (V8 API used by many npm packages).
const target = {};
Error.captureStackTrace(target);
console.log(typeof target.stack, first(target));
const withMessage = { name: 'Thing', message: 'has message' };
Error.captureStackTrace(withMessage);
console.log(first(withMessage));
console.log(typeof Error.stackTraceLimit);
