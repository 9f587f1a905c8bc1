// Array methods applied generically to array-likes, strings, arguments, and objects with odd lengths.
const like = { length: 4, 0: 'a', 1: 'b', 3: 'd' };
const ap = Array.prototype;
console.log(ap.join.call(like, '-'));
console.log(JSON.stringify(ap.slice.call(like, 1)));
console.log(ap.indexOf.call(like, 'd'), ap.includes.call(like, undefined), ap.indexOf.call(like, undefined));
console.log(JSON.stringify(ap.map.call(like, (x) => x.toUpperCase())));
console.log(ap.reverse.call({ length: 3, 0: 1, 2: 3 }) && 'reverse ok');
const rev = { length: 3, 0: 1, 2: 3 };
ap.reverse.call(rev);
console.log(JSON.stringify(rev));

// Strings: read-only; mutators throw.
console.log(ap.map.call('abc', (c) => c + c).join(''), ap.every.call('aaa', (c) => c === 'a'));
try {
  ap.push.call('abc', 'd');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  ap.reverse.call('abc');
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// arguments.
function f() {
  return [ap.slice.call(arguments, 1).join(), ap.includes.call(arguments, 2), ap.join.call(arguments, '+')];
}
console.log(f(1, 2, 3).join(' | '));

// splice on a plain object moves keys and sets length.
const obj = { length: 3, 0: 'x', 1: 'y', 2: 'z' };
const removed = ap.splice.call(obj, 0, 1, 'new1', 'new2');
console.log(JSON.stringify(removed), JSON.stringify(obj));

// fill, copyWithin, sort on objects.
const toFill = { length: 2 };
ap.fill.call(toFill, 'f');
console.log(JSON.stringify(toFill));
const toSort = { length: 3, 0: 3, 1: 1, 2: 2 };
ap.sort.call(toSort);
console.log(JSON.stringify(toSort));

// Length is read once; getters called in order.
const log = [];
const tracked = new Proxy({ length: 2, 0: 'p', 1: 'q' }, {
  get(t, k) { log.push(String(k)); return t[k]; },
  has(t, k) { log.push('has ' + String(k)); return k in t; },
});
ap.forEach.call(tracked, () => {});
console.log(log.join(', '));
log.length = 0;
ap.join.call(tracked);
console.log(log.join(', '));

// concat does not spread array-likes by default.
console.log(JSON.stringify([].concat({ length: 1, 0: 'no' })));

// Function objects have length: array methods treat them as array-likes.
function three(a, b, c) {}
three[0] = 'zero';
console.log(ap.join.call(three, '/'), ap.slice.call(three).length);

// Numbers and booleans are wrapped with length undefined → 0.
console.log(ap.map.call(5, (x) => x).length, ap.join.call(true));
try {
  ap.forEach.call(null, () => {});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
