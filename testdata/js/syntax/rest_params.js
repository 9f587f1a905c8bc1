// Rest parameters and their difference from arguments.
function collect(first, ...rest) {
  return { first, rest, isArray: Array.isArray(rest), argsLen: arguments.length };
}
console.log(JSON.stringify(collect(1, 2, 3)));
console.log(JSON.stringify(collect()));
console.log(JSON.stringify(collect(1)));

const arrow = (...all) => all.length;
console.log(arrow(), arrow(1, 2, 3));

function destructRest(...[a, b, ...c]) {
  return [a, b, c.length].join();
}
console.log(destructRest(1, 2, 3, 4, 5));

function objRest(...{ length }) {
  return length;
}
console.log(objRest('a', 'b'));

// rest is a real array, arguments is not.
function compare(...r) {
  return [typeof r.map, typeof arguments.map, Object.prototype.toString.call(arguments)].join();
}
console.log(compare(1));

// Modifying rest does not affect arguments.
function independent(...r) {
  r[0] = 'x';
  return arguments[0];
}
console.log(independent('orig'));

// Rest in methods and class constructors.
class Bag {
  constructor(...items) { this.items = items; }
  add(...more) { this.items.push(...more); return this; }
}
console.log(new Bag(1, 2).add(3, 4).items.join());

// Rest captures holes as undefined.
function holes(...r) { return r.length + ':' + (1 in r); }
console.log(holes(...[1, , 3]));

// Invalid placements are syntax errors.
for (const src of ['function f(...a, b) {}', 'function f(...a = []) {}', '(...a,) => 1']) {
  try {
    new Function(src);
    console.log('parsed', src);
  } catch (e) {
    console.log(e.constructor.name, src);
  }
}
console.log(collect.length, ((a, ...b) => 0).length);
