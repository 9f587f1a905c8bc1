// Symbol.toPrimitive, OrdinaryToPrimitive order (valueOf/toString per hint), and the hints each operation passes.
const hints = [];
const spy = { [Symbol.toPrimitive](hint) { hints.push(hint); return hint === 'number' ? 42 : 'str'; } };
const results = [+spy, `${spy}`, spy + '', spy + 1, spy * 2, spy == 'str', String(spy), Number(spy), [spy].join(), spy < 50, new Date(spy).getTime(), Object.keys({ [spy]: 1 })[0]];
console.log(results.map(String).join(' | '));
console.log(hints.join(' '));

// Without Symbol.toPrimitive: number hint tries valueOf first, string hint tries toString first.
const order = [];
const plain = {
  valueOf() { order.push('valueOf'); return 10; },
  toString() { order.push('toString'); return 'ten'; },
};
console.log(plain + 1, `${plain}`, plain * 1, String(plain), plain > 5, plain == 10);
console.log(order.join(' '));

// Skipping non-primitive results.
const fallback = { valueOf() { return {}; }, toString() { return '7'; } };
console.log(fallback * 2, fallback + 1);
const noneWork = { valueOf() { return {}; }, toString() { return {}; } };
try {
  noneWork + 1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Symbol.toPrimitive must return a primitive; null/undefined means "not present".
const badReturn = { [Symbol.toPrimitive]() { return {}; } };
try {
  +badReturn;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const nullPrim = { [Symbol.toPrimitive]: null, valueOf: () => 5 };
console.log(nullPrim * 2);
const notCallable = { [Symbol.toPrimitive]: 1 };
try {
  +notCallable;
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Date's toPrimitive uses string for default hint.
const d = new Date(0);
console.log(typeof (d + 1), typeof (d - 1), d - 1, typeof d[Symbol.toPrimitive]('number'), typeof d[Symbol.toPrimitive]('default'));
try {
  d[Symbol.toPrimitive]('bogus');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Date.prototype[Symbol.toPrimitive].call(1, 'number');
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Symbol's own toPrimitive.
const s = Symbol('x');
console.log(Object(s)[Symbol.toPrimitive]() === s, Object(s) == s);

// Wrapper objects behave via valueOf.
console.log(new Number(5) + 1, new String('a') + 'b', new Boolean(false) + '', [1] + [2], [] + {}, [] + [], ({}) + 'x');
